import { analyze as words } from '../i18n/catalogue/analyze.js';
import { type Lang, sayerIn } from '../i18n/lang.js';
import { escapeMarkdown, escapeMarkdownCode } from '../report/escape.js';
import { formatNumber, formatPercent } from '../report/labels.js';
import type { Rubric } from '../rubric/model.js';
import { outsideBand } from '../rubric/shares.js';
import type { Analysis, GamingRoute } from './analyze.js';

/** `readiness analyze` as markdown, in `lang`: verdict first, then routes, profiles, checks and shares. */
export function renderAnalysisMarkdown(a: Analysis, rubric: Rubric, lang: Lang): string {
  const w = sayerIn(words, lang);
  const t = (texts: Readonly<Record<string, string>> | undefined) => (texts ? (texts[lang] ?? texts[rubric.languages[0]!] ?? '') : '');
  const md = (s: string) => escapeMarkdown(s);
  const cell = (s: string) => escapeMarkdown(s, { cell: true });
  const n1 = (v: number | null) => (v === null ? '—' : formatNumber(lang, v, 1));
  const pct = (v: number) => formatPercent(lang, v);
  const levelLabel = (id: string | null) => (id === null ? w('noLevel') : t(rubric.levels.find((l) => l.id === id)?.label) || id);
  const recTitle = (id: string) => t(rubric.recommendations.find((r) => r.id === id)?.title) || id;
  const sectionTitle = (id: string) => t([...rubric.problemAreas, ...rubric.riskCategories].find((s) => s.id === id)?.title) || id;
  const unitTitle = (id: string | null) => (id === null ? '—' : t(rubric.units.find((u) => u.id === id)?.title) || id);
  const questionText = (id: string) => t(rubric.questions.find((q) => q.id === id)?.text);
  const out: string[] = [];

  out.push(`# ${md(w('title', { title: t(rubric.title), version: rubric.version }))}`, md(w('intro')));
  out.push(
    a.routes.length === 0 && a.outsideBand.length === 0
      ? `**${w('verdictOk')}**`
      : `**${w('verdictBad', { routes: a.routes.length, outside: a.outsideBand.length })}**`,
  );

  const m = a.method;
  out.push(`## ${w('method')}`);
  out.push(
    [
      `- ${w('minCoverage')}: ${pct(m.minCoverage)}`,
      `- ${w('weakestLink')}: ${m.weakestLink ?? w('off')}`,
      `- ${w('evidenceFrom')}: ${m.evidenceFrom === null ? w('off') : formatNumber(lang, m.evidenceFrom, 2)}`,
      `- ${w('unsupported')}: ${w(m.unsupported)}`,
      `- ${w('shareBand')}: ${m.shareBand === null ? w('off') : `${pct(m.shareBand[0])} – ${pct(m.shareBand[1])}`}`,
    ].join('\n'),
  );

  out.push(`## ${w('routes')}`);
  const routeText = (r: GamingRoute) => {
    const level = levelLabel(r.level);
    switch (r.kind) {
      case 'below-floor':
        return w('route_below_floor', { level });
      case 'skip-zeros':
        return w('route_skip_zeros', { level });
      case 'zero-pillar':
        return w('route_zero_pillar', { rec: recTitle(r.recommendation ?? ''), level });
      case 'no-ai-ceiling':
        return w('route_no_ai_ceiling', { level, score: n1(r.score) });
      case 'undocumented-gate':
        return w('route_undocumented_gate', { gate: r.gate ?? '', level, score: n1(r.score) });
      case 'placeholder-evidence':
        return w('route_placeholder_evidence', { level, score: n1(r.score) });
      case 'na-everywhere':
        return w('route_na_everywhere', { level, score: n1(r.score) });
      case 'one-document':
        return w('route_one_document', { level, score: n1(r.score) });
      case 'placeholder-gate':
        return w('route_placeholder_gate', { gate: r.gate ?? '', level, score: n1(r.score) });
      case 'zero-module':
        return w('route_zero_module', { gate: r.gate ?? '', level, score: n1(r.score) });
    }
  };
  out.push(a.routes.length === 0 ? w('none') : a.routes.map((r) => `- ${md(routeText(r))}`).join('\n'));

  out.push(`## ${w('profiles')}`);
  const rows = a.profiles.map((p) => {
    let name: string;
    if (p.id === 'rung') name = w('p_rung', { rung: p.rung! });
    else if (p.id === 'uniform' || p.id === 'acquiescent') name = w(`p_${p.id}`, { draws: p.draws!.toLocaleString('en').replace(/,/g, ' '), sd: n1(p.sd!) });
    else name = w(p.id === 'skip-zeros' ? 'p_skip_zeros' : 'p_no_ai');
    return `| ${cell(name)} | ${n1(p.score)} | ${cell(levelLabel(p.level))} | ${pct(p.coverage)} |`;
  });
  out.push([`| ${w('profile')} | ${w('score')} | ${w('level')} | ${w('coverage')} |`, '|---|---:|---|---:|', ...rows].join('\n'));

  out.push(`## ${w('checks')}`);
  const c = a.checks;
  out.push(
    [
      `- ${md(w('c_below', { answered: c.belowFloor.answered, applicable: c.belowFloor.applicable, level: levelLabel(c.belowFloor.level) }))}`,
      `- ${md(w('c_at', { answered: c.atFloor.answered, level: levelLabel(c.atFloor.level), score: n1(c.atFloor.score) }))}`,
      `- ${md(
        w('c_skip', {
          before: `${levelLabel(c.skipZeros.answeredAll.level)}, ${n1(c.skipZeros.answeredAll.score)}`,
          after: `${levelLabel(c.skipZeros.skipped.level)}, ${n1(c.skipZeros.skipped.score)}`,
          coverage: pct(c.skipZeros.skipped.coverage),
        }),
      )}`,
      `- ${md(w('c_noai', { gates: c.noAi.gates, applicable: c.noAi.applicable, level: levelLabel(c.noAi.level), score: n1(c.noAi.score) }))}`,
      `- ${md(w('c_zero'))}`,
      ...c.zeroPillar.map((z) => `  - ${md(recTitle(z.id))}: ${md(levelLabel(z.level))}, ${n1(z.score)}`),
      ...(c.undocumentedGates.length === 0
        ? []
        : [
            `- ${md(w('c_gate'))}`,
            ...c.undocumentedGates.map(
              (u) => `  - ${md(u.gate)} = ${md(u.option)}: ${md(levelLabel(u.before.level))}, ${n1(u.before.score)} → ${md(levelLabel(u.after.level))}, ${n1(u.after.score)}`,
            ),
          ]),
    ].join('\n'),
  );

  out.push(`## ${w('sectionsTitle')}`);
  out.push(
    [
      `| ${w('recommendation')} | ${w('share')} | ${w('questions')} |`,
      '|---|---:|---:|',
      ...a.recommendations.map((r) => `| ${cell(recTitle(r.id))} | ${pct(r.share)} | ${r.questions} |`),
    ].join('\n'),
  );
  out.push(
    [`| ${w('section')} | ${w('share')} |`, '|---|---:|', ...a.sections.map((s) => `| ${cell(sectionTitle(s.id))} | ${pct(s.share)} |`)].join('\n'),
  );

  out.push(`## ${w('shares')}`, md(w('sharesNote')));
  const band = a.method.shareBand;
  const figure = (x: number) => (outsideBand(x, band) ? `${pct(x)} **${w('outside')}**` : pct(x));
  // One more column per gate scenario: the share when that answer closes other questions.
  const scenarioHead = a.scenarios
    .map((sc) => ` ${cell(sc.band === null ? w('shareWhen', { gate: sc.gate, option: sc.option }) : w('shareWhenBand', { gate: sc.gate, option: sc.option, min: pct(sc.band[0]), max: pct(sc.band[1]) }))} |`)
    .join('');
  const scenarioCells = (s: Analysis['shares'][number]) =>
    a.scenarios
      .map((sc) => {
        const c = s.whenClosed.find((x) => x.gate === sc.gate && x.option === sc.option);
        return ` ${c ? (s.weight > 0 && c.outside ? `${pct(c.share)} **${w('outside')}**` : pct(c.share)) : '—'} |`;
      })
      .join('');
  out.push(
    [
      `| ${w('question')} | ${w('section')} | ${w('unit')} | ${w('share')} |${scenarioHead}`,
      `|---|---|---|---:|${'---:|'.repeat(a.scenarios.length)}`,
      ...a.shares.map(
        (s) =>
          `| ${cell(questionText(s.id))} (${escapeMarkdownCode(s.id, { cell: true })}) | ${cell(sectionTitle(s.area))} | ${cell(unitTitle(s.unit))} | ${s.weight > 0 ? figure(s.share) : pct(s.share)} |${scenarioCells(s)}`,
      ),
    ].join('\n'),
  );
  return `${out.join('\n\n')}\n`;
}
