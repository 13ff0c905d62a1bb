import { analyze as words } from '../i18n/catalogue/analyze.js';
import { type Lang, sayerIn } from '../i18n/lang.js';
import { escapeMarkdown, escapeMarkdownCode } from '../report/escape.js';
import { formatNumber, formatPercent } from '../report/labels.js';
import { formatCount, formatPercentFixed } from '../i18n/numbers.js';
import type { Rubric } from '../rubric/model.js';
import { outsideBand } from '../rubric/shares.js';
import type { Analysis, GamingRoute } from './analyze.js';

/**
 * `readiness analyze` as markdown, in `lang`: verdict first, then routes, profiles, checks and
 * shares. `upTo: 'routes'` stops after the routes (what stderr repeats), before the share
 * table, whose size grows with questions × gate scenarios.
 */
export function renderAnalysisMarkdown(a: Analysis, rubric: Rubric, lang: Lang, upTo?: 'routes'): string {
  const w = sayerIn(words, lang);
  const t = (texts: Readonly<Record<string, string>> | undefined) => (texts ? (texts[lang] ?? texts[rubric.languages[0]!] ?? '') : '');
  const md = (s: string) => escapeMarkdown(s);
  const cell = (s: string) => escapeMarkdown(s, { cell: true });
  const n1 = (v: number | null) => (v === null ? '—' : formatNumber(lang, v, 1));
  const pct = (v: number) => formatPercent(lang, v);
  // Shares in a column all carry one decimal, so 2,0 % and 1,9 % line up.
  const pct1 = (v: number) => formatPercentFixed(lang, v, 1);
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
      case 'old-documents':
        return w('route_old_documents', { level, score: n1(r.score) });
      case 'invented-documents':
        return w('route_invented_documents', { level, score: n1(r.score) });
      case 'placeholder-gate':
        return w('route_placeholder_gate', { gate: r.gate ?? '', level, score: n1(r.score) });
      case 'zero-module':
        return w('route_zero_module', { gate: r.gate ?? '', level, score: n1(r.score) });
      case 'contradicted-gate':
        return w('route_contradicted_gate', { gate: r.gate ?? '', level, score: n1(r.score) });
    }
  };
  out.push(a.routes.length === 0 ? w('none') : a.routes.map((r) => `- ${md(routeText(r))}`).join('\n'));
  if (upTo === 'routes') return `${out.join('\n\n')}\n`;

  out.push(`## ${w('profiles')}`);
  const rows = a.profiles.map((p) => {
    let name: string;
    if (p.id === 'rung') name = w('p_rung', { rung: p.rung! });
    else if (p.id === 'uniform' || p.id === 'acquiescent') name = w(`p_${p.id}`, { draws: formatCount(lang, p.draws!), sd: n1(p.sd!) });
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
      `- ${md(
        w('c_old', {
          months: c.claims.oldDocuments.months,
          level: levelLabel(c.claims.oldDocuments.level),
          score: n1(c.claims.oldDocuments.score),
          refused: c.claims.oldDocuments.refused,
          flagged: c.claims.oldDocuments.flagged,
          unflagged: c.claims.oldDocuments.unflagged,
          floor: `${levelLabel(c.claims.noDocuments.level)}, ${n1(c.claims.noDocuments.score)}`,
        }),
      )}`,
      `- ${md(
        w('c_invented', {
          declared: `${levelLabel(c.claims.invented.declared.level)}, ${n1(c.claims.invented.declared.score)}`,
          flagged: c.claims.invented.flagged,
          verified: `${levelLabel(c.claims.invented.verified.level)}, ${n1(c.claims.invented.verified.score)}`,
          unsupported: c.claims.invented.verified.unsupported,
          floor: `${levelLabel(c.claims.noDocuments.level)}, ${n1(c.claims.noDocuments.score)}`,
        }),
      )}`,
      ...(c.claims.contradictedGates.length === 0
        ? []
        : [
            `- ${md(w('c_contradiction'))}`,
            ...c.claims.contradictedGates.map(
              (u) =>
                `  - ${md(u.implied.question)} = ${md(u.implied.option)}, ${md(u.gate)} = ${md(u.option)}: ${md(levelLabel(u.allowed.level))}, ${n1(u.allowed.score)} → ${md(levelLabel(u.after.level))}, ${n1(u.after.score)}`,
            ),
          ]),
    ].join('\n'),
  );

  out.push(`## ${w('sectionsTitle')}`);
  out.push(
    [
      `| ${w('recommendation')} | ${w('share')} | ${w('questions')} |`,
      '|---|---:|---:|',
      ...a.recommendations.map((r) => `| ${cell(recTitle(r.id))} | ${pct1(r.share)} | ${r.questions} |`),
    ].join('\n'),
  );
  out.push(
    [`| ${w('section')} | ${w('share')} |`, '|---|---:|', ...a.sections.map((s) => `| ${cell(sectionTitle(s.id))} | ${pct1(s.share)} |`)].join('\n'),
  );

  out.push(`## ${w('shares')}`, md(w('sharesNote')));
  const band = a.method.shareBand;
  const figure = (x: number) => (outsideBand(x, band) ? `${pct1(x)} **${w('outside')}**` : pct1(x));
  // One more column per gate scenario: the share when that answer closes other questions.
  const scenarioHead = a.scenarios
    .map((sc) => ` ${cell(sc.band === null ? w('shareWhen', { gate: sc.gate, option: sc.option }) : w('shareWhenBand', { gate: sc.gate, option: sc.option, min: pct(sc.band[0]), max: pct(sc.band[1]) }))} |`)
    .join('');
  // `whenClosed` lists a question's scenarios in the order of `a.scenarios`, leaving out those
  // that close it: one walk over both, not a search of the list for every cell (with a
  // thousand gates, that search was a billion comparisons).
  const scenarioCells = (s: Analysis['shares'][number]) => {
    let k = 0;
    return a.scenarios
      .map((sc) => {
        const next = s.whenClosed[k];
        const c = next && next.gate === sc.gate && next.option === sc.option ? next : undefined;
        if (c) k++;
        return ` ${c ? (s.weight > 0 && c.outside ? `${pct1(c.share)} **${w('outside')}**` : pct1(c.share)) : '—'} |`;
      })
      .join('');
  };
  out.push(
    [
      `| ${w('question')} | ${w('section')} | ${w('unit')} | ${w('share')} |${scenarioHead}`,
      `|---|---|---|---:|${'---:|'.repeat(a.scenarios.length)}`,
      ...a.shares.map(
        (s) =>
          `| ${cell(questionText(s.id))} (${escapeMarkdownCode(s.id, { cell: true })}) | ${cell(sectionTitle(s.area))} | ${cell(unitTitle(s.unit))} | ${s.weight > 0 ? figure(s.share) : pct1(s.share)} |${scenarioCells(s)}`,
      ),
    ].join('\n'),
  );
  return `${out.join('\n\n')}\n`;
}

/**
 * Why `readiness analyze` fails, for stderr (a CI log shows it even when stdout goes to a
 * file): the verdict, each gaming route, and each question outside the share band with its
 * share (overall and in each gate scenario where it is outside). Empty when it passes.
 */
export function renderAnalysisFailure(a: Analysis, rubric: Rubric, lang: Lang): string {
  if (a.routes.length === 0 && a.outsideBand.length === 0) return '';
  const w = sayerIn(words, lang);
  const pct = (v: number) => formatPercent(lang, v);
  const band = rubric.scoring.shareBand;
  const lines = [w('verdictBad', { routes: a.routes.length, outside: a.outsideBand.length })];
  // The routes worded as in the markdown, without its emphasis.
  const md = renderAnalysisMarkdown(a, rubric, lang, 'routes').split('\n');
  const start = md.findIndex((l) => l === `## ${w('routes')}`);
  for (const l of md.slice(start + 1)) {
    if (l.startsWith('## ')) break;
    if (l.startsWith('- ')) lines.push(`  ${w('stderrRoute')}: ${l.slice(2).replace(/\\/g, '')}`);
  }
  for (const s of a.shares.filter((x) => x.outsideBand)) {
    const scenarios = s.whenClosed.filter((c) => c.outside).map((c) => `${c.gate} = ${c.option}: ${pct(c.share)}`);
    lines.push(
      `  ${w('stderrOutside', { id: s.id, share: pct(s.share), band: band ? `${pct(band[0])}–${pct(band[1])}` : '—' })}${scenarios.length > 0 ? `; ${scenarios.join('; ')}` : ''}`,
    );
  }
  if (a.outsideBand.length > 0) lines.push(`  ${w('stderrHint')}`);
  return `${lines.join('\n')}\n`;
}
