import { formatDate } from '../i18n/dates.js';
import { report as words } from '../i18n/catalogue/report.js';
import { cspFor, htmlPage } from './html-page.js';
import { type Lang, sayerIn, type VarsArg } from '../i18n/lang.js';
import { barChart, meterChart } from './charts.js';
import { escapeHtml } from './escape.js';
import {
  applicableWeight,
  areaTitles,
  byGain,
  formatNumber,
  formatPercent,
  formatPlain,
  methodRules,
  nextLevelText,
  flagText,
  notApplicableReason,
  unsupportedReason,
  overallNotes,
  traceAnswer,
  recommendationTitles,
  type LabelKey,
} from './labels.js';
import type { Report } from './schema.js';
import { auditView } from './audit-view.js';
import { clause } from './clause.js';

const CSS = `
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: #1b1f24; margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; }
header { border-bottom: 3px solid #1f4e79; padding-bottom: .75rem; margin-bottom: 1.25rem; }
h1 { font-size: 1.7rem; margin: 0 0 .5rem; line-height: 1.25; color: #1f4e79; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
p, ul, ol { margin: .5rem 0; }
.meta { color: #424a53; margin: 0; font-size: .92rem; }
.meta dt { display: inline; font-weight: 600; }
.meta dd { display: inline; margin: 0; }
.meta dd::after { content: ""; display: block; }
.overall { border: 1px solid #d0d7de; border-left: 6px solid #1f4e79; border-radius: 6px; padding: .25rem 1.25rem 1rem; background: #f6f8fa; }
.overall h2 { border: 0; margin-top: .75rem; }
.headline { display: flex; flex-wrap: wrap; gap: 1rem 2.5rem; align-items: flex-start; }
.verdict p { margin: 0; }
.verdict .level { font-size: 2rem; font-weight: 700; line-height: 1.2; color: #1f4e79; }
.verdict .score { font-size: 1.15rem; color: #424a53; }
.verdict .score strong { font-size: 1.6rem; color: #1b1f24; }
.status { display: inline-block; margin-top: .5rem !important; padding: .1rem .6rem; border-radius: 1rem; font-weight: 600; font-size: .9rem; border: 1.5px solid currentColor; }
.status.ok { color: #1a5e20; }
.status.warn { color: #8a4b00; }
.coverage { flex: 1 1 20rem; }
.coverage p { margin: .25rem 0 0; font-size: .92rem; }
.next { font-weight: 600; }
ol.changes li { margin: .3rem 0; }
.signals { list-style: none; padding: 0; }
.signals li { padding: .35rem .6rem; margin: .3rem 0; border-left: 4px solid #57606a; background: #ffffff; }
.signals li.warn { border-left-color: #8a4b00; }
.signals li.warn::before { content: "! "; font-weight: 700; }
.signals li.info::before { content: "i "; font-weight: 700; font-style: italic; }
.mark { font-size: .85em; font-weight: 600; white-space: nowrap; }
.note { color: #57606a; font-size: .9rem; }
figure.chart { margin: .75rem 0 .5rem; break-inside: avoid; }
figure.chart svg { display: block; width: 100%; max-width: 52rem; height: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 600; }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; background: #f6f8fa; padding: 0 .2em; border-radius: 3px; word-break: break-all; }
.comment { white-space: pre-line; overflow-wrap: anywhere; }
.na { color: #57606a; }
section.rec { break-inside: avoid; }
@page { size: A4; margin: 16mm 14mm 18mm 16mm; @bottom-right { content: counter(page) " / " counter(pages); font: 9pt sans-serif; color: #57606a; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.4; }
  table { font-size: 8.5pt; }
  th, td { padding: .2rem .35rem; }
  #gaps table, #trace table { font-size: 8pt; }
  .overall { background: #ffffff; }
  h1 { font-size: 16pt; }
  h2 { margin-top: 1.2rem; }
  .headline { flex-wrap: nowrap; gap: 1.5rem; }
  .verdict .level { font-size: 20pt; }
  .coverage { flex: 1 1 auto; }
  figure.chart svg { max-width: 100%; }
  h2, h3 { break-after: avoid; }
  table.keep, tr, figure.chart, .signals li { break-inside: avoid; }
  thead { display: table-header-group; }
  #gaps, #risks, #trace { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
`.trim();

const STYLE = { css: CSS, csp: cspFor(CSS) };

/** Escaped text. */
const h = (text: string): string => escapeHtml(text);

interface Column {
  head: string;
  num?: boolean;
}

/** A table; cells are HTML already escaped. */
function table(columns: readonly Column[], rows: readonly (readonly string[])[], rowClass: readonly string[] = [], className?: string): string {
  const cls = (c: Column | undefined) => (c?.num ? ' class="num"' : '');
  const head = columns.map((c) => `<th${cls(c)}>${h(c.head)}</th>`).join('');
  const body = rows
    .map((row, i) => {
      const rc = rowClass[i] ? ` class="${rowClass[i]}"` : '';
      return `<tr${rc}>${row.map((v, j) => `<td${cls(columns[j])}>${v}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<table${className ? ` class="${className}"` : ''}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/**
 * The report as one self-contained, printable HTML page: inline CSS, no script, no
 * external resource, and a Content-Security-Policy that forbids scripts. The content and
 * its order are the markdown report's. Every text is HTML-escaped; the same report gives
 * the same bytes.
 */
export function renderHtml(report: Report): string {
  const lang: Lang = report.language;
  const w = sayerIn(words, lang);
  const hw = <K extends LabelKey>(key: K, ...vars: VarsArg<(typeof words)[K]>) => h(w(key, ...vars));
  const n1 = (value: number) => formatNumber(lang, value, 1);
  const na = `<span class="na">— (${hw('notAssessed')})</span>`;
  const scoreCell = (value: number | null) => (value === null ? '—' : n1(value));
  const code = (id: string) => `<code>${h(id)}</code>`;
  const areas = areaTitles(report);
  const recTitles = recommendationTitles(report);
  const out: string[] = [];
  const push = (...blocks: string[]) => out.push(...blocks);

  // Title and who answered
  const r = report.respondent;
  const title = w('title', { org: r.organization.replace(/\s+/g, ' ').trim() });
  push(`<header>`, `<h1>${h(title)}</h1>`, `<dl class="meta">`);
  if (r.unit) push(`<dt>${hw('unit')}:</dt> <dd>${h(r.unit)}</dd>`);
  const person = [r.name, r.position].filter((s): s is string => Boolean(s && s.trim()));
  if (person.length > 0) push(`<dt>${hw('respondent')}:</dt> <dd>${person.map(h).join(', ')}</dd>`);
  if (report.date) push(`<dt>${hw('assessmentDate')}:</dt> <dd>${h(formatDate(report.language, report.date))}</dd>`);
  if (r.type) push(`<dt>${hw('bodyType')}:</dt> <dd>${h(r.type)}</dd>`);
  if (r.region) push(`<dt>${hw('region')}:</dt> <dd>${h(r.region)}</dd>`);
  const madeWith = report.answersRubricVersion !== report.rubric.version ? `; ${hw('answersMadeWith', { version: report.answersRubricVersion })}` : '';
  push(`<dt>${hw('rubric')}:</dt> <dd>${h(report.rubric.title)} (${code(report.rubric.id)} ${h(report.rubric.version)}${madeWith})</dd>`);
  push(`<dt>${hw('tool')}:</dt> <dd>${h(report.tool.name)} ${h(report.tool.version)}</dd>`, `</dl>`, `</header>`);

  // Overall level, first: the verdict, the coverage against its floor, and every signal of the method.
  const o = report.overall;
  const notes = overallNotes(report);
  const coverage = `${hw('coverage')}: ${h(formatPercent(lang, o.coverage))} (${hw('applicableOf', { answered: o.answered, applicable: o.applicable })}).`;
  const complete = o.status === 'complete' && o.level !== null;
  const audited = auditView(report);
  push(`<section id="overall" class="overall">`, `<h2>${hw('overall')}</h2>`);
  if (audited) push(`<p class="audit-headline ${audited.error ? 'warn' : 'ok'}"><strong>${h(audited.headline)}</strong></p>`);
  push(`<div class="headline">`, `<div class="verdict">`);
  if (o.score === null) push(`<p class="level">${hw('noLevelYet')}</p>`, `<p>${hw('overallNotAssessed')}</p>`);
  else {
    push(
      `<p class="level">${complete ? h(o.level!.label) : hw('noLevelYet')}</p>`,
      `<p class="score"><strong>${h(n1(o.score))}</strong> / 100</p>`,
    );
  }
  push(
    `<p class="status ${complete ? 'ok' : 'warn'}">${complete ? `✓ ${hw('statusComplete')}` : `! ${hw('statusIncomplete')}`}</p>`,
    `</div>`,
    `<div class="coverage">`,
    meterChart({
      id: 'chart-coverage',
      title: w('chartCoverage'),
      desc: w('chartCoverageDesc', {
        answered: o.answered,
        applicable: o.applicable,
        coverage: formatPercent(lang, o.coverage),
        min: formatPercent(lang, report.method.minCoverage),
      }),
      value: o.coverage,
      floor: { value: report.method.minCoverage, label: w('floor', { min: formatPercent(lang, report.method.minCoverage) }) },
      text: formatPercent(lang, o.coverage),
    }),
    `<p>${coverage}</p>`,
    `</div>`,
    `</div>`,
  );
  // The method's signals, each on its own line with a mark that reads without colour.
  const signals: string[] = [];
  if (notes.incomplete) {
    if (notes.incomplete.scoreSoFar) signals.push(`<li class="warn"><strong>${hw('incomplete')}</strong> ${h(notes.incomplete.scoreSoFar)} ${h(notes.incomplete.why)}</li>`);
    else signals.push(`<li class="warn">${h(notes.incomplete.why)}</li>`);
  }
  if (notes.capped) signals.push(`<li class="warn">${h(notes.capped)}</li>`);
  if (notes.unsupported) signals.push(`<li class="warn">${h(notes.unsupported)}</li>`);
  if (notes.flags) signals.push(`<li class="warn">${h(notes.flags)}</li>`);
  if (report.notApplicable.length > 0) signals.push(`<li class="info">${hw('naCount', { count: report.notApplicable.length })}</li>`);
  if (notes.answeredScore) signals.push(`<li class="info">${h(notes.answeredScore)}</li>`);
  if (notes.declared) signals.push(`<li class="info">${h(notes.declared)}</li>`);
  push(`<h3>${hw('signals')}</h3>`);
  push(signals.length === 0 ? `<p class="signals-none">${hw('noSignals')}</p>` : `<ul class="signals">\n${signals.join('\n')}\n</ul>`);
  // The next level in one line here; the answer changes that reach it follow the recommendations.
  const next = o.score !== null && complete ? o.next : null;
  if (o.score !== null && complete) {
    push(
      o.next === null
        ? `<p class="next">${hw('topLevel')}</p>`
        : `<p class="next">${h(nextLevelText(report, o.next))}</p>`,
    );
  }
  push(`</section>`);
  if (audited) {
    const hd = audited.head;
    push(`<section id="audit">`, `<h2>${h(hd.section)}</h2>`);
    if (audited.by) push(`<p>${h(audited.by)}</p>`);
    push(
      `<table><thead><tr><th></th><th class="num">${h(hd.score)}</th><th>${h(hd.level)}</th></tr></thead><tbody>`,
      ...audited.rows.map((r) => `<tr><th scope="row">${h(r.label)}</th><td class="num">${h(r.score)}</td><td>${h(r.level)}</td></tr>`),
      `</tbody></table>`,
    );
    if (audited.counts) push(`<p>${h(audited.counts)}</p>`);
    if (audited.verdicts.length > 0) {
      push(
        `<table><thead><tr>${[hd.question, hd.verdict, hd.claimed, hd.option, hd.counted, hd.note].map((x) => `<th>${h(x)}</th>`).join('')}</tr></thead><tbody>`,
        ...audited.verdicts.map((v) => `<tr><td>${h(v.text)} ${code(v.id)}</td><td>${h(v.verdict)}</td><td>${h(v.claimed)}</td><td>${h(v.option)}</td><td>${h(v.counted)}</td><td>${h(v.note)}</td></tr>`),
        `</tbody></table>`,
      );
    }
    push(`</section>`);
  }

  // The six recommendations: the chart against the level thresholds, then the same figures as a table.
  const bands = report.levels.map((l) => ({ min: l.min, label: l.label }));
  const bandsDesc = w('chartBandsDesc', { bands: report.levels.map((l) => `${l.label} ${formatPlain(lang, l.min)}`).join('; ') });
  const cappedId = o.cappedBy?.id;
  push(`<section id="recommendations">`, `<h2>${hw('recommendations')}</h2>`);
  push(
    `<figure class="chart">`,
    barChart({
      id: 'chart-recommendations',
      title: w('chartRecommendations'),
      desc: `${w('chartBarsDesc', {
        items: report.recommendations
          .map((rec) => `${rec.title}: ${rec.score === null ? w('notAssessed') : `${n1(rec.score)}${rec.level ? ` (${rec.level.label})` : ''}`}${rec.id === cappedId ? `, ${w('weakestLinkMark')}` : ''}`)
          .join('; '),
      })} ${bandsDesc}`,
      kind: 'score',
      bands,
      bars: report.recommendations.map((rec) => ({
        label: rec.title,
        value: rec.score,
        note: rec.level?.label,
        flag: rec.id === cappedId ? w('weakestLinkMark') : undefined,
      })),
      emptyText: w('notAssessed'),
      format: n1,
    }),
    `</figure>`,
  );
  push(
    table(
      [{ head: w('recommendation') }, { head: w('score'), num: true }, { head: w('level') }, { head: w('gap'), num: true }, { head: w('answered'), num: true }],
      report.recommendations.map((rec) => [
        `${h(rec.title)}${rec.id === cappedId ? ` <span class="mark">▲ ${hw('weakestLinkMark')}</span>` : ''}`,
        scoreCell(rec.score),
        rec.level ? h(rec.level.label) : na,
        scoreCell(rec.gap),
        `${rec.answered}/${rec.applicable}`,
      ]),
      [],
      'keep',
    ),
  );
  push(`<p class="note">${hw('recommendationsNote')}</p>`);
  if (next !== null) {
    push(`<h3>${h(nextLevelText(report, next))}</h3>`);
    push(`<p>${next.reachable ? hw('fewestChanges') : hw('unreachable')}</p>`);
    if (next.reachable && next.changes.length > 0) {
      push(
        `<ol class="changes">`,
        ...next.changes.map(
          (c) => `<li>${h(c.text)} (${code(c.question)}): ${hw('change', { from: clause(c.from?.label ?? w('noAnswer')), to: clause(c.to.label) })} — <strong>+${n1(c.gain)}</strong></li>`,
        ),
        `</ol>`,
      );
    }
  }
  push(`</section>`);

  // Gaps ranked by gain
  push(`<section id="gaps">`, `<h2>${hw('gaps')}</h2>`);
  if (report.gaps.length === 0) {
    push(`<p>${hw('noGaps')}</p>`);
  } else {
    push(`<p class="note">${hw('gapsNote')}</p>`);
    push(
      table(
        [
          { head: w('rank'), num: true },
          { head: w('question') },
          { head: w('currentAnswer') },
          { head: w('bestAnswer') },
          { head: w('gain'), num: true },
          { head: w('recommendations') },
        ],
        report.gaps.map((g, i) => [
          String(i + 1),
          `${h(g.text)} ${code(g.question)}`,
          g.option ? h(g.option.label) : `<span class="na">— (${hw('noAnswer')})</span>`,
          h(g.best.label),
          `+${n1(g.gain)}`,
          g.recommendations.map((id) => h(recTitles.get(id) ?? id)).join('; '),
        ]),
      ),
    );
  }
  push(`</section>`);

  // Next actions per recommendation
  push(`<section id="next-actions">`, `<h2>${hw('nextActions')}</h2>`, `<p class="note">${hw('nextActionsNote')}</p>`);
  for (const rec of byGain(report)) {
    const status = rec.level && rec.score !== null ? `${h(rec.level.label)}, ${n1(rec.score)}` : na;
    push(`<section class="rec">`, `<h3>${h(rec.title)}: ${status}</h3>`, `<p><em>${hw('possibleGain', { gain: n1(rec.gain) })}</em></p>`);
    if (rec.actions.trim() !== '') push(`<p class="comment">${h(rec.actions.trim())}</p>`);
    if (rec.examples.length > 0) {
      push(`<p><strong>${hw('examples')}:</strong></p>`, `<ul>`, ...rec.examples.map((e) => `<li class="comment">${h(e.trim())}</li>`), `</ul>`);
    }
    push(`</section>`);
  }
  push(`</section>`);

  // Risks
  push(`<section id="risks">`, `<h2>${hw('risks')}</h2>`);
  push(
    `<figure class="chart">`,
    barChart({
      id: 'chart-risks',
      title: w('chartRisks'),
      desc: w('chartBarsDesc', {
        items: report.riskCategories.map((c) => `${c.title}: ${c.exposure === null ? w('notAssessed') : n1(c.exposure)}`).join('; '),
      }),
      kind: 'exposure',
      bars: report.riskCategories.map((c) => ({ label: c.title, value: c.exposure })),
      emptyText: w('notAssessed'),
      format: n1,
    }),
    `</figure>`,
  );
  push(
    table(
      [{ head: w('riskCategory') }, { head: w('exposure'), num: true }, { head: w('answered'), num: true }],
      report.riskCategories.map((c) => [h(c.title), c.exposure === null ? na : n1(c.exposure), `${c.answered}/${c.applicable}`]),
      [],
      'keep',
    ),
  );
  push(`<p class="note">${hw('risksNote')}</p>`, `</section>`);

  // Problem areas
  push(`<section id="problem-areas">`, `<h2>${hw('problemAreas')}</h2>`);
  push(
    `<figure class="chart">`,
    barChart({
      id: 'chart-areas',
      title: w('chartAreas'),
      desc: `${w('chartBarsDesc', {
        items: report.problemAreas.map((a) => `${a.title}: ${a.score === null ? w('notAssessed') : n1(a.score)}`).join('; '),
      })} ${bandsDesc}`,
      kind: 'score',
      bands,
      bars: report.problemAreas.map((a) => ({ label: a.title, value: a.score })),
      emptyText: w('notAssessed'),
      format: n1,
    }),
    `</figure>`,
  );
  push(
    table(
      [{ head: w('area') }, { head: w('score'), num: true }, { head: w('answered'), num: true }],
      report.problemAreas.map((a) => [h(a.title), a.score === null ? na : n1(a.score), `${a.answered}/${a.applicable}`]),
      [],
      'keep',
    ),
  );
  push(`<p class="note">${hw('problemAreasNote')}</p>`, `</section>`);

  // Unanswered
  push(`<section id="unanswered">`, `<h2>${hw('unanswered')}</h2>`);
  if (report.unanswered.length === 0) {
    push(`<p>${hw('allAnswered')}</p>`);
  } else {
    push(
      `<p class="note">${hw('unansweredNote')}</p>`,
      `<ul>`,
      ...report.unanswered.map((q) => `<li>${h(q.text)} (${code(q.id)}; ${h(areas.get(q.area) ?? q.area)})</li>`),
      `</ul>`,
    );
  }
  push(`</section>`);

  // Claims without evidence
  if (report.unsupported.length > 0) {
    push(
      `<section id="unsupported">`,
      `<h2>${hw('unsupportedTitle')}</h2>`,
      `<p class="note">${hw(report.method.unsupported === 'downgrade' ? 'unsupportedDowngradeNote' : 'unsupportedFlagNote')}</p>`,
      `<ul>`,
      ...report.unsupported.map((u) => {
        const counted = u.countedAs ? ` — ${hw('countedAs')} ${h(u.countedAs.label)}` : '';
        const why = ` — ${h(unsupportedReason(lang, u))}`;
        const given = u.given !== undefined ? `<br><em>${hw('givenEvidence')}:</em> <span class="comment">${h(u.given)}</span>` : '';
        const expected = u.evidence ? `<br><em>${hw('expectedEvidence')}:</em> ${h(u.evidence)}` : '';
        return `<li>${h(u.text)} (${code(u.id)}): ${h(u.option.label)}${counted}${why}${given}${expected}</li>`;
      }),
      `</ul>`,
      `</section>`,
    );
  }

  // Flags for the auditor
  if (report.flags.length > 0) {
    push(
      `<section id="flags">`,
      `<h2>${hw('flagsTitle')}</h2>`,
      `<p class="note">${hw('flagsNote')}</p>`,
      `<ul>`,
      ...report.flags.map((f) => `<li>${h(f.text)} (${code(f.id)}): <span class="comment">${h(flagText(lang, f))}</span></li>`),
      `</ul>`,
      `</section>`,
    );
  }

  // Modules
  if (report.modules.length > 0) {
    push(
      `<section id="modules">`,
      `<h2>${hw('modulesTitle')}</h2>`,
      `<p class="note">${hw('modulesNote')}</p>`,
      `<ul>`,
      ...report.modules.map((x) => `<li>${hw('moduleRow', { title: x.title, id: x.id, score: x.score === null ? '—' : n1(x.score), level: x.level?.label ?? '—' })}</li>`),
      `</ul>`,
      `</section>`,
    );
  }

  // Questions that do not apply
  if (report.notApplicable.length > 0) {
    push(
      `<section id="not-applicable">`,
      `<h2>${hw('notApplicableTitle')}</h2>`,
      `<p class="note">${hw('notApplicableNote')}</p>`,
      `<ul>`,
      ...report.notApplicable.map((q) => `<li>${h(q.text)} (${code(q.id)}): <span class="comment">${h(notApplicableReason(lang, q))}</span></li>`),
      `</ul>`,
      `</section>`,
    );
  }

  // Warnings
  if (report.warnings.length > 0) {
    push(`<section id="warnings">`, `<h2>${hw('warnings')}</h2>`, `<ul>`, ...report.warnings.map((t) => `<li class="comment">${h(t)}</li>`), `</ul>`, `</section>`);
  }

  // The trace of every score
  push(`<section id="trace">`, `<h2>${hw('trace')}</h2>`, `<p class="note">${hw('traceNote')}</p>`);
  const assessed = report.recommendations.filter((rec) => rec.score !== null);
  if (o.score !== null && assessed.length > 0) {
    const num = assessed.map((rec) => `${formatPlain(lang, rec.weight)} × ${n1(rec.score!)}`).join(' + ');
    const den = assessed.map((rec) => formatPlain(lang, rec.weight)).join(' + ');
    push(`<p>${hw('overallFormula')}</p>`, `<p>(${h(num)}) / (${h(den)}) = <strong>${n1(o.score)}</strong></p>`);
  }
  push(`<p>${h(methodRules(report).join(' '))}</p>`);
  for (const rec of report.recommendations) {
    push(`<section class="rec">`, `<h3>${h(rec.title)}: ${rec.score === null ? na : n1(rec.score)}</h3>`);
    push(
      `<p>${hw('answeredWeight', { weight: formatPlain(lang, applicableWeight(rec)), answered: rec.answered, applicable: rec.applicable, total: rec.total })}</p>`,
    );
    const rows = rec.questions.map((q) => {
      const shown = traceAnswer(lang, q);
      const counted = q.countedAs ?? q.option;
      const notes = [
        q.evidence !== undefined && q.evidence.trim() !== '' ? `<div class="comment"><em>${hw('evidenceTitle')}:</em> ${h(q.evidence.trim())}</div>` : '',
        q.comment !== undefined && q.comment.trim() !== '' ? `<div class="comment">${h(q.comment.trim())}</div>` : '',
      ].join('');
      return [
        `${h(q.text)} ${code(q.id)} <span class="na">${h(areas.get(q.area) ?? q.area)}</span>`,
        shown.option === null
          ? `<span class="na">— (${h(shown.status!)})</span>`
          : [h(shown.option), ...shown.marks.map((m) => `<span class="mark">${h(m)}</span>`)].join('; '),
        counted ? formatPlain(lang, counted.score) : q.status === 'unanswered' ? '0' : '—',
        formatPlain(lang, q.weight),
        q.contribution === null ? '—' : formatNumber(lang, q.contribution, 2),
        notes,
      ];
    });
    const classes = rows.map(() => '');
    if (rec.score !== null) {
      rows.push([hw('sum'), '', '', formatPlain(lang, applicableWeight(rec)), n1(rec.score), '']);
      classes.push('total');
    }
    push(
      table(
        [
          { head: w('question') },
          { head: w('answer') },
          { head: w('optionScore'), num: true },
          { head: w('weight'), num: true },
          { head: w('contribution'), num: true },
          { head: w('comments') },
        ],
        rows,
        classes,
      ),
    );
    push(`</section>`);
  }
  push(`</section>`);

  return htmlPage(lang, title, out, STYLE);
}
