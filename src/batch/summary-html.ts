import { cspFor, htmlPage } from '../report/html-page.js';
import { fleetPage as words } from '../i18n/catalogue/batch.js';
import { type Lang, type PlainKey, sayerIn, type VarsArg } from '../i18n/lang.js';
import { barChart, heatClass, heatCss, histogram, stackedBars } from '../report/charts.js';
import { escapeHtml } from '../report/escape.js';
import { formatNumber, formatPercent, formatPlain } from '../report/labels.js';
import { repeatText, type RepeatNote, type SummaryAudit, type SummaryLayout, type SummaryRow } from '../report/render-csv.js';
import { batchFleet } from '../i18n/catalogue/batch.js';
import { auditSection } from './summary-audit.js';
import { GROUP_NOT_GIVEN, type BatchTotals, type GroupTotals } from './totals.js';
import type { RepeatEntry } from './run-batch.js';

/**
 * The fleet view (`index.html` beside a batch's reports): one self-contained page for an
 * auditor comparing many bodies, rendered from the batch summary alone (the streamed
 * totals and one small row per body). Like the body's HTML report: no script, no request,
 * a CSP that admits only its own style block, charts as inline SVG with a table beside
 * each, printable on A4 landscape.
 */

/** What the fleet page needs of one scored body: a few numbers, kept for every body of the batch. */
export interface FleetBody {
  organization: string;
  file: string;
  /** Its HTML report, relative to `index.html`. */
  link?: string;
  overall: number | null;
  level: string | null;
  status: 'complete' | 'incomplete' | null;
  coverage: number | null;
  recommendations: ReadonlyArray<number | null>;
  unsupported: number;
  type?: string;
  region?: string;
  /** Its place among the batch's inputs (1-based), as summary.csv numbers it. */
  index?: number;
  /** The recommendation that capped its level, and the level its score alone reaches. */
  cappedBy?: string | null;
  uncappedLevel?: string | null;
  /** Each gate's answer (option id), in `layout.gates` order. */
  gates?: ReadonlyArray<string | null>;
  lenient?: readonly string[];
  repeats?: readonly RepeatNote[];
  /** With `--fail-under`: whether it falls short of the bar. */
  belowBar?: boolean;
  /** With `score --audit`: the body's audit (see `summary-audit.ts`). */
  audit?: SummaryAudit;
}

/** A file the batch could not score, with its error, and the body it names when that could be read. */
export interface FleetError {
  file: string;
  organization?: string;
  error: string;
}

/** The batch summary the page is rendered from. */
export interface FleetSummary {
  layout: SummaryLayout;
  rubric: { id: string; version: string; title: string };
  tool: { name: string; version: string };
  totals: BatchTotals;
  bodies: readonly FleetBody[];
  errors: readonly FleetError[];
  /** Files that repeat an earlier one, in input order. */
  repeats?: readonly RepeatEntry[];
  /** `--fail-under`, when given: the page marks the bodies below it. */
  failUnder?: number;
}

/** Errors longer than this are cut on the page (the CSV summary keeps them whole). */
const ERROR_CHARS = 400;
/** Questions shown in "the questions most bodies fail". */
const TOP_QUESTIONS = 15;

/** The small row the fleet page keeps of a scored summary row. */
export function fleetBodyOf(row: SummaryRow, link?: string, index?: number): FleetBody {
  return {
    ...(index !== undefined ? { index } : {}),
    ...(row.cappedBy != null ? { cappedBy: row.cappedBy, uncappedLevel: row.uncappedLevel ?? null } : {}),
    ...(row.gates ? { gates: row.gates } : {}),
    ...(row.lenient && row.lenient.length > 0 ? { lenient: row.lenient } : {}),
    ...(row.repeats && row.repeats.length > 0 ? { repeats: row.repeats } : {}),
    ...(row.belowBar !== undefined ? { belowBar: row.belowBar } : {}),
    organization: row.organization ?? '',
    file: row.file,
    ...(link !== undefined ? { link } : {}),
    overall: row.overall,
    level: row.level,
    status: row.status,
    coverage: row.coverage,
    recommendations: row.recommendations,
    unsupported: row.unsupported ?? 0,
    ...(row.type !== undefined ? { type: row.type } : {}),
    ...(row.region !== undefined ? { region: row.region } : {}),
    ...(row.audit !== undefined ? { audit: row.audit } : {}),
  };
}

const CSS = `
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", "DejaVu Sans", Arial, sans-serif; color: #1b1f24; margin: 0 auto; max-width: 80rem; padding: 2rem 1.5rem; }
header { border-bottom: 3px solid #1f4e79; padding-bottom: .75rem; margin-bottom: 1.25rem; }
h1 { font-size: 1.7rem; margin: 0 0 .4rem; color: #1f4e79; line-height: 1.25; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid #d0d7de; }
p { margin: .5rem 0; }
.meta { color: #424a53; margin: 0; }
.figures { display: flex; flex-wrap: wrap; gap: .75rem; list-style: none; padding: 0; margin: 1rem 0; }
.figures li { border: 1px solid #d0d7de; border-left: 5px solid #1f4e79; border-radius: 6px; padding: .5rem .9rem; background: #f6f8fa; min-width: 9rem; }
.figures strong { display: block; font-size: 1.6rem; line-height: 1.2; }
.figures li.warn { border-left-color: #8a4b00; }
table.keep { width: auto; min-width: 60%; }
nav ul { margin: .25rem 0; padding-left: 1.2rem; columns: 2; }
.note { color: #57606a; font-size: .9rem; }
figure.chart { margin: .75rem 0 .5rem; break-inside: avoid; }
figure.chart svg { display: block; width: 100%; max-width: 54rem; height: auto; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .88rem; }
th, td { border: 1px solid #d0d7de; padding: .25rem .4rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
thead th { position: sticky; top: 0; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
table.fleet th.rec { font-size: .78rem; font-weight: 600; white-space: normal; writing-mode: vertical-rl; transform: rotate(180deg); text-align: left; vertical-align: bottom; max-height: 12rem; min-width: 3.4rem; padding: .4rem .2rem; }
table.fleet td.num.hm-0, table.fleet td.num.hm-1, table.fleet td.num.hm-2, table.fleet td.num.hm-3, table.fleet td.num.hm-4, table.fleet td.num.hm-5 { text-align: center; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; list-style: none; padding: 0; margin: .25rem 0 .5rem; font-size: .85rem; }
.legend span { display: inline-block; width: 1.6rem; border: 1px solid #8c959f; margin-right: .3rem; text-align: center; }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; background: #f6f8fa; padding: 0 .2em; border-radius: 3px; word-break: break-all; }
.err { overflow-wrap: anywhere; white-space: pre-line; }
.mark { font-size: .85em; white-space: nowrap; }
.sub { font-size: .8rem; color: #57606a; font-weight: 400; }
.sub strong { color: #8a4b00; font-weight: 600; }
table.fleet th.body { min-width: 16rem; }
a { color: #0b4f8a; }
${heatCss()}
@page { size: A4 landscape; margin: 12mm 12mm 14mm; @bottom-right { content: counter(page) " / " counter(pages); font: 9pt sans-serif; color: #57606a; } }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  nav { display: none; }
  h2 { break-after: avoid; }
  thead th { position: static; }
  thead { display: table-header-group; }
  tr, figure.chart, table.keep { break-inside: avoid; }
  #bodies { break-before: page; }
  a { color: inherit; text-decoration: none; }
}
`.trim();

const STYLE = { css: CSS, csp: cspFor(CSS) };

const h = (text: string): string => escapeHtml(text);

/** Bodies in the order the page lists them: highest overall score first, no score last, then by name and file. */
export function fleetOrder(a: FleetBody, b: FleetBody): number {
  const sa = a.overall ?? -1;
  const sb = b.overall ?? -1;
  if (sa !== sb) return sb - sa;
  if (a.organization !== b.organization) return a.organization < b.organization ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** The level index a score reaches by the layout's thresholds. */
function levelIndex(layout: SummaryLayout, score: number): number {
  const rounded = Math.round(score * 10) / 10;
  let index = 0;
  layout.levels.forEach((l, i) => {
    if (l.min !== undefined && rounded >= l.min) index = i;
  });
  return index;
}

/**
 * The fleet page as one HTML string. Pure: the same summary gives the same bytes. Bodies
 * are listed in `fleetOrder`; every text from an answer file or a path is escaped.
 */
export function renderFleetHtml(summary: FleetSummary): string {
  const { layout, totals } = summary;
  const lang: Lang = layout.lang;
  const w = sayerIn(words, lang);
  const f = sayerIn(batchFleet, lang);
  const hw = <K extends keyof typeof words & string>(key: K, ...vars: VarsArg<(typeof words)[K]>) => h(w(key, ...vars));
  const n1 = (v: number) => formatNumber(lang, v, 1);
  const pct = (part: number, whole: number) => (whole > 0 ? formatPercent(lang, part / whole) : '—');
  const levelLabel = (id: string | null) => (id === null ? null : (layout.levels.find((l) => l.id === id)?.label ?? id));
  const bands = layout.levels.filter((l) => l.min !== undefined).map((l) => ({ min: l.min!, label: l.label }));
  const out: string[] = [];
  const push = (...parts: string[]) => out.push(...parts);

  const title = w('title', { count: totals.scored });
  push(
    `<header>`,
    `<h1>${h(title)}</h1>`,
    `<p class="meta">${hw('rubric')}: ${h(summary.rubric.title)} (<code>${h(summary.rubric.id)}</code> ${h(summary.rubric.version)}) · ${hw('tool')}: ${h(summary.tool.name)} ${h(summary.tool.version)}</p>`,
    `</header>`,
  );
  // Key figures, each a number with its words: they read without the charts.
  const fig = (value: string, key: PlainKey<typeof words>, warn = false) =>
    `<li${warn ? ' class="warn"' : ''}><strong>${h(value)}</strong> ${hw(key)}</li>`;
  push(`<ul class="figures">`);
  push(fig(String(totals.scored), 'scored'));
  if (totals.overall.mean !== null) push(fig(n1(totals.overall.mean), 'meanScore'));
  push(fig(String(totals.refused), 'refused', totals.refused > 0));
  push(fig(String(totals.incomplete + totals.unscored), 'incompleteCount', totals.incomplete + totals.unscored > 0));
  push(fig(String(totals.unsupported.claims), 'unsupportedCount', totals.unsupported.claims > 0));
  const repeats = summary.repeats ?? [];
  if (repeats.length > 0) push(`<li class="warn"><strong>${repeats.length}</strong> <a href="#repeats">${h(f('repeatsHeading'))}</a></li>`);
  if (summary.failUnder !== undefined) {
    const belowCount = summary.bodies.filter((b) => b.belowBar).length;
    push(`<li${belowCount > 0 ? ' class="warn"' : ''}><strong>${belowCount}</strong> ${h(f('belowMark', { min: formatPlain(lang, summary.failUnder) }))} (--fail-under)</li>`);
  }
  push(`</ul>`);
  if (totals.overall.mean !== null && totals.incomplete > 0) push(`<p class="note">${h(f('meansNote', { incomplete: totals.incomplete }))}</p>`);

  const groupFields = (['type', 'region'] as const).filter((f) => totals.groups[f].length > 0);
  const fieldName = (f: 'type' | 'region') => w(f === 'type' ? 'fieldType' : 'fieldRegion');
  push(
    `<nav aria-label="${hw('contents')}"><ul>`,
    `<li><a href="#distribution">${hw('distribution')}</a></li>`,
    `<li><a href="#weak">${hw('weak')}</a></li>`,
    `<li><a href="#questions">${hw('failTitle')}</a></li>`,
    ...groupFields.map((f) => `<li><a href="#by-${f}">${hw('groupsTitle', { field: fieldName(f) })}</a></li>`),
    `<li><a href="#bodies">${hw('all')}</a></li>`,
    ...((summary.repeats ?? []).length > 0 ? [`<li><a href="#repeats">${h(f('repeatsHeading'))}</a></li>`] : []),
    `<li><a href="#errors">${hw('errors')}</a></li>`,
    `</ul></nav>`,
  );

  const missingNote = (groups: readonly GroupTotals[], field: string) => {
    const missing = groups.find((g) => g.value === GROUP_NOT_GIVEN)?.count ?? 0;
    return missing > 0 ? [`<p class="note">${h(f('groupsMissing', { count: missing, field }))}</p>`] : [];
  };
  if (totals.scored > 0) {
    // Distribution of the overall scores, with the level thresholds, and the count per level.
    const binLabel = (i: number) => `${i * 10}–${i === 9 ? 100 : n1(i * 10 + 9.9)}`;
    push(`<section id="distribution">`, `<h2>${hw('distribution')}</h2>`);
    push(
      `<figure class="chart">`,
      histogram({
        id: 'chart-distribution',
        title: w('histogramTitle'),
        desc: w('histogramDesc', {
          bins: totals.bins.map((c, i) => `${binLabel(i)}: ${c}`).join('; '),
          levels: bands.map((b) => `${b.label} ${b.min}`).join('; '),
        }),
        bins: totals.bins,
        binWidth: 10,
        bands,
        axisLabel: w('overallAxis'),
      }),
      `</figure>`,
    );
    const levelRows = totals.levels.map((l, i) => `<tr><td><span class="mark ${heatClass(i)}">&#8195;</span> ${h(l.label)}</td><td class="num">${l.count}</td><td class="num">${pct(l.count, totals.scored)}</td></tr>`);
    if (totals.incomplete > 0) levelRows.push(`<tr><td>${hw('noLevel')}</td><td class="num">${totals.incomplete}</td><td class="num">${pct(totals.incomplete, totals.scored)}</td></tr>`);
    if (totals.unscored > 0) levelRows.push(`<tr><td>${hw('noScore')}</td><td class="num">${totals.unscored}</td><td class="num">${pct(totals.unscored, totals.scored)}</td></tr>`);
    push(
      `<table class="keep"><thead><tr><th>${hw('level')}</th><th class="num">${hw('bodies')}</th><th class="num">${hw('share')}</th></tr></thead>`,
      `<tbody>${levelRows.join('')}</tbody></table>`,
      `</section>`,
    );

    // Where the fleet is weak: the levels reached on each recommendation.
    const segments = [...layout.levels.map((l) => l.label), w('noScoreShort')];
    push(`<section id="weak">`, `<h2>${hw('weak')}</h2>`, `<p class="note">${hw('weakNote')}</p>`);
    push(
      `<figure class="chart">`,
      stackedBars({
        id: 'chart-weak',
        title: w('stackTitle'),
        desc: w('stackDesc', {
          rows: totals.recommendationLevels.map((r) => `${r.title}: ${r.counts.map((c, i) => `${segments[i]} ${c}`).join(', ')}`).join('; '),
        }),
        rows: totals.recommendationLevels.map((r) => ({ label: r.title, counts: r.counts })),
        segments,
        emptyLast: true,
      }),
      `</figure>`,
    );
    const levelsByRec = new Map(totals.recommendationLevels.map((r) => [r.id, r.counts]));
    push(
      `<table class="keep"><thead><tr><th class="num">${hw('rank')}</th><th>${hw('recommendation')}</th><th class="num">${hw('mean')}</th>${segments
        .map((s) => `<th class="num">${h(s)}</th>`)
        .join('')}</tr></thead><tbody>`,
      ...totals.recommendations.map(
        (r, i) =>
          `<tr><td class="num">${i + 1}</td><td>${h(r.title)}</td><td class="num">${r.mean === null ? '—' : n1(r.mean)}</td>${(levelsByRec.get(r.id) ?? [])
            .map((c) => `<td class="num">${c}</td>`)
            .join('')}</tr>`,
      ),
      `</tbody></table>`,
      `</section>`,
    );

    // The questions most bodies fail.
    const top = totals.questions.filter((q) => q.applicable > 0 && q.failing > 0).slice(0, TOP_QUESTIONS);
    push(`<section id="questions">`, `<h2>${hw('failTitle')}</h2>`, `<p class="note">${hw('failNote')}</p>`);
    if (top.length > 0) {
      push(
        `<figure class="chart">`,
        barChart({
          id: 'chart-questions',
          title: w('failChart'),
          desc: top.map((q) => `${q.id}: ${pct(q.failing, q.applicable)}`).join('; '),
          kind: 'exposure',
          bars: top.slice(0, 10).map((q, i) => ({ label: `${i + 1}. ${q.id}: ${q.text}`, value: (100 * q.failing) / q.applicable })),
          emptyText: '—',
          format: (v) => formatPercent(lang, v / 100),
        }),
        `</figure>`,
      );
      push(
        `<table><thead><tr><th class="num">${hw('rank')}</th><th>${hw('question')}</th><th class="num">${hw('failing')}</th><th class="num">${hw('share')}</th><th class="num">${hw('unanswered')}</th><th class="num">${hw('meanAnswered')}</th></tr></thead><tbody>`,
        ...top.map(
          (q, i) =>
            `<tr><td class="num">${i + 1}</td><td>${h(q.text)} <code>${h(q.id)}</code></td><td class="num">${q.failing} / ${q.applicable}</td><td class="num">${pct(q.failing, q.applicable)}</td><td class="num">${q.unanswered}</td><td class="num">${q.mean === null ? '—' : n1(q.mean)}</td></tr>`,
        ),
        `</tbody></table>`,
      );
    }
    push(`</section>`);

    // Groups: one heatmap table per grouping field the answer files carry.
    for (const field of groupFields) {
      push(
        `<section id="by-${field}">`,
        `<h2>${hw('groupsTitle', { field: fieldName(field) })}</h2>`,
        `<p class="note">${hw('groupsNote', { key: '{key}' }).replace('{key}', `<code>respondent.${field}</code>`)}</p>`,
        ...missingNote(totals.groups[field], `respondent.${field}`),
        groupTable(totals.groups[field], layout, lang, w, f('notGiven')),
        `</section>`,
      );
    }
  } else {
    push(`<p>${hw('nothingScored')}</p>`);
  }

  // Every body, highest score first: the table is the heatmap of bodies × recommendations.
  const bodies = [...summary.bodies].sort(fleetOrder);
  const hasType = bodies.some((b) => b.type !== undefined);
  // (hasType and hasRegion only name what the grey line under each body holds.)
  const hasRegion = bodies.some((b) => b.region !== undefined);
  push(`<section id="bodies">`, `<h2>${hw('all')}</h2>`, `<p class="note">${hw('allNote')}</p>`);
  push(
    `<ul class="legend" aria-label="${hw('legend')}">`,
    ...layout.levels.map((l, i) => `<li><span class="${heatClass(i)}">${i + 1}</span>${h(l.label)}${l.min !== undefined ? ` (${l.min}+)` : ''}</li>`),
    `</ul>`,
  );
  // The type, region and signals sit under the body's name, so the table stays one screen wide.
  const head = [
    `<th class="num">${hw('rank')}</th>`,
    `<th class="body">${hw('organization')}${hasType || hasRegion ? ` <span class="sub">(${h([hasType ? fieldName('type') : '', hasRegion ? fieldName('region') : ''].filter(Boolean).join(' · '))})</span>` : ''}</th>`,
    `<th class="num">${hw('overall')}</th>`,
    `<th>${hw('level')}</th>`,
    `<th class="num">${hw('coverage')}</th>`,
    ...layout.recommendations.map((r) => `<th class="num rec">${h(r.title)}</th>`),
  ].join('');
  // A level the weakest link lowered says so, and by which recommendation.
  const capped = (b: FleetBody) => {
    if (!b.cappedBy) return '';
    const by = layout.recommendations.find((r) => r.id === b.cappedBy)?.title ?? b.cappedBy;
    return `<br><span class="sub">${h(f('colCappedBy'))}: ${h(by)}${b.uncappedLevel ? ` (${h(f('colUncapped'))}: ${h(levelLabel(b.uncappedLevel) ?? '')})` : ''}</span>`;
  };
  const rows = bodies.map((b, i) => {
    const name = b.link === undefined ? h(b.organization) : `<a href="${h(encodeURI(b.link))}">${h(b.organization)}</a>`;
    const level = levelLabel(b.level);
    const marks = [
      b.belowBar && summary.failUnder !== undefined ? h(f('belowMark', { min: formatPlain(lang, summary.failUnder) })) : '',
      b.status === 'incomplete' ? hw('incompleteMark') : '',
      b.unsupported > 0 ? hw('unsupportedMark', { count: b.unsupported }) : '',
      b.lenient ? h(f('lenientMark', { count: b.lenient.length })) : '',
      ...(b.repeats ?? []).map((r) => h(repeatText(r, lang))),
    ]
      .filter(Boolean)
      .join('; ');
    const cells = b.recommendations.map((v) => (v === null ? `<td class="num hm-x">—</td>` : `<td class="num ${heatClass(levelIndex(layout, v))}">${n1(v)}</td>`)).join('');
    const group = [b.type, b.region].filter((v): v is string => v !== undefined).map(h).join(' · ');
    const sub = [group, marks ? `<strong>! ${marks}</strong>` : ''].filter(Boolean).join(' · ');
    return (
      `<tr><td class="num">${i + 1}</td><td>${name}${sub ? `<br><span class="sub">${sub}</span>` : ''}</td>` +
      `<td class="num"><strong>${b.overall === null ? '—' : n1(b.overall)}</strong></td><td>${level !== null ? `${h(level)}${capped(b)}` : b.overall === null ? `— (${hw('notAssessed')})` : `<em>${hw('noLevelYet')}</em>`}</td>` +
      `<td class="num">${b.coverage === null ? '—' : formatPercent(lang, b.coverage)}</td>${cells}</tr>`
    );
  });
  push(`<table class="fleet"><thead><tr>${head}</tr></thead><tbody>`, rows.join('\n'), `</tbody></table>`, `</section>`);

  if (repeats.length > 0) {
    push(`<section id="repeats">`, `<h2>${h(f('repeatsHeading'))}</h2>`, `<p class="note">${h(f('repeatsNote'))}</p>`);
    push(
      `<table><thead><tr><th class="num">${hw('rank')}</th><th>${hw('organization')}</th><th>${hw('file')}</th><th>${h(f('colRepeats'))}</th></tr></thead><tbody>`,
      ...repeats.map(
        (r) =>
          `<tr><td class="num">${r.index}</td><td>${h(r.organization)}</td><td><code>${h(r.file)}</code></td><td>${r.notes.map((n) => h(repeatText(n, lang))).join('<br>')}</td></tr>`,
      ),
      `</tbody></table>`,
      `</section>`,
    );
  }

  // With `score --audit`: declared against verified, the largest fall first.
  const audited = summary.bodies.flatMap((b) => (b.audit ? [{ organization: b.organization, file: b.file, overall: b.overall, audit: b.audit }] : []));
  if (audited.length > 0) push(auditSection(audited, layout));

  // The files that failed, with their errors and, when it could be read, the body.
  push(`<section id="errors">`, `<h2>${hw('errors')}</h2>`);
  if (summary.errors.length === 0) push(`<p>${hw('noErrors')}</p>`);
  else {
    push(
      `<table><thead><tr><th class="num">${hw('rank')}</th><th>${hw('organization')}</th><th>${hw('file')}</th><th>${hw('error')}</th></tr></thead><tbody>`,
      ...summary.errors.map((e, i) => {
        // The cell repeats no path: each finding starts with the file, which has its own column.
        const text = e.error.length > ERROR_CHARS ? `${e.error.slice(0, ERROR_CHARS)}…` : e.error;
        return `<tr><td class="num">${i + 1}</td><td>${h(e.organization ?? '')}</td><td><code>${h(e.file)}</code></td><td class="err">${h(text)}</td></tr>`;
      }),
      `</tbody></table>`,
    );
  }
  push(`</section>`);

  return htmlPage(lang, title, out, STYLE);
}

function groupTable(
  groups: readonly GroupTotals[],
  layout: SummaryLayout,
  lang: Lang,
  w: (key: PlainKey<typeof words>) => string,
  notGiven: string,
): string {
  const n1 = (v: number) => formatNumber(lang, v, 1);
  const cell = (v: number | null) => (v === null ? `<td class="num hm-x">—</td>` : `<td class="num ${heatClass(levelIndex(layout, v))}">${n1(v)}</td>`);
  const head = `<tr><th>${h(w('group'))}</th><th class="num">${h(w('bodies'))}</th><th class="num">${h(w('overall'))}</th>${layout.recommendations
    .map((r) => `<th class="num rec">${h(r.title)}</th>`)
    .join('')}</tr>`;
  const rows = groups.map((g) => `<tr><td>${g.value === GROUP_NOT_GIVEN ? `<em>${h(notGiven)}</em>` : h(g.value)}</td><td class="num">${g.count}</td>${cell(g.overall)}${g.recommendations.map(cell).join('')}</tr>`);
  return `<table class="fleet keep"><thead>${head}</thead><tbody>${rows.join('')}</tbody></table>`;
}
