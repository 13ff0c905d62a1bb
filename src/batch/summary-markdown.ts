import { batchSummary as words } from '../i18n/catalogue/batch.js';
import { type Lang, sayer, t } from '../i18n/lang.js';
import { escapeMarkdown } from '../report/escape.js';
import { formatNumber, formatPercent } from '../report/labels.js';
import { repeatText, type SummaryLayout, type SummaryRow } from '../report/render-csv.js';
import { batchFleet } from '../i18n/catalogue/batch.js';
import type { RepeatEntry } from './run-batch.js';
import { encodeLink } from '../io/safe-name.js';
import type { BatchTotals } from './totals.js';

/**
 * The batch summary in markdown, for auditors comparing bodies: a table of every input
 * (scored, or refused with its error), then what the batch adds up to: levels, and the
 * recommendations that are weakest and the risks most exposed across the bodies. Written
 * in three parts (`summaryHead`, `summaryRow` per file, `summaryTail`) so a batch of any
 * size streams to disk. Every text from an answer file or a path is escaped.
 */

const w = sayer(words);
const cell = (text: string) => escapeMarkdown(text, { cell: true });
const num = (lang: Lang, value: number | null) => (value === null ? '—' : formatNumber(lang, value, 1));

/** The title, the rubric and the head of the table of inputs. */
export function summaryHead(layout: SummaryLayout, info: { count: number; rubric: { title: string; id: string; version: string } }): string {
  const l = layout.lang;
  const { rubric } = info;
  return [
    `# ${w(l, 'title', { count: info.count })}`,
    '',
    // The id and version passed the rubric schema (kebab-case, semver): safe in a code span.
    `${w(l, 'rubric')}: ${escapeMarkdown(rubric.title)} (\`${rubric.id}\` \`${rubric.version}\`)`,
    '',
    `## ${w(l, 'files')}`,
    '',
    `| ${w(l, 'rank')} | ${w(l, 'file')} | ${w(l, 'organization')} | ${w(l, 'overall')} | ${w(l, 'level')} | ${w(l, 'coverage')} | ${w(l, 'result')} |`,
    '|---:|---|---|---:|---|---:|---|',
    '',
  ].join('\n');
}

/**
 * One input's line of the table. `link` is the path of its report relative to the summary
 * (it links the organization's name), when reports were written.
 */
export function summaryRow(layout: SummaryLayout, index: number, row: SummaryRow, link?: string): string {
  const l = layout.lang;
  if (row.error !== null) {
    return `| ${index} | ${cell(row.file)} | ${cell(row.organization ?? '')} |  |  |  | ${cell(w(l, 'error', { message: row.error }))} |\n`;
  }
  const org = cell(row.organization ?? '');
  const name = link === undefined ? org : `[${org}](${encodeLink(link)})`;
  const level = row.level === null ? w(l, 'notAssessed') : (layout.levels.find((x) => x.id === row.level)?.label ?? row.level);
  const coverage = row.coverage === null ? '—' : formatPercent(l, row.coverage);
  const f = (key: 'lenientMark', count: number) => t(l, batchFleet[key], { count });
  const result = [
    row.status === 'incomplete' ? w(l, 'incompleteShort') : w(l, 'ok'),
    ...(row.belowBar ? ['--fail-under'] : []),
    ...(row.lenient && row.lenient.length > 0 ? [f('lenientMark', row.lenient.length)] : []),
    ...(row.repeats ?? []).map((r) => repeatText(r, l)),
  ].join('; ');
  return `| ${index} | ${cell(row.file)} | ${name} | ${num(l, row.overall)} | ${cell(level)} | ${coverage} | ${cell(result)} |\n`;
}

/** Everything after the table: counts, levels, weakest recommendations, most exposed risks. */
export function summaryTail(layout: SummaryLayout, totals: BatchTotals, repeats: readonly RepeatEntry[] = []): string {
  const l = layout.lang;
  const out: string[] = ['', w(l, 'counts', { inputs: totals.inputs, scored: totals.scored, refused: totals.refused }), ''];
  if (repeats.length > 0) {
    out.push(`## ${t(l, batchFleet.repeatsHeading)}`, '', t(l, batchFleet.repeatsNote), '');
    out.push(`| ${w(l, 'rank')} | ${w(l, 'organization')} | ${w(l, 'file')} | ${t(l, batchFleet.colRepeats)} |`, '|---:|---|---|---|');
    for (const r of repeats) out.push(`| ${r.index} | ${cell(r.organization)} | ${cell(r.file)} | ${cell(r.notes.map((n) => repeatText(n, l)).join('; '))} |`);
    out.push('');
  }
  if (totals.scored === 0) {
    out.push(w(l, 'nothingScored'), '');
    return out.join('\n');
  }
  const o = totals.overall;
  if (o.mean !== null) out.push(w(l, 'overallStats', { mean: num(l, o.mean), min: num(l, o.min), max: num(l, o.max) }), '');
  if (o.mean !== null && totals.incomplete > 0) out.push(t(l, batchFleet.meansNote, { incomplete: totals.incomplete }), '');

  out.push(`## ${w(l, 'levels')}`, '', `| ${w(l, 'level')} | ${w(l, 'bodies')} |`, '|---|---:|');
  for (const level of totals.levels) out.push(`| ${cell(level.label)} | ${level.count} |`);
  if (totals.incomplete > 0) out.push(`| ${w(l, 'incomplete')} | ${totals.incomplete} |`);
  if (totals.unscored > 0) out.push(`| ${w(l, 'noScore')} | ${totals.unscored} |`);
  if (totals.unsupported.claims > 0) out.push('', w(l, 'unsupportedTotal', totals.unsupported));

  out.push('', `## ${w(l, 'weakest')}`, '', w(l, 'weakestNote'), '');
  out.push(`| ${w(l, 'rank')} | ${w(l, 'recommendation')} | ${w(l, 'mean')} | ${w(l, 'withScore')} |`, '|---:|---|---:|---:|');
  totals.recommendations.forEach((r, i) => out.push(`| ${i + 1} | ${cell(r.title)} | ${num(l, r.mean)} | ${r.count} |`));

  if (totals.risks.length > 0) {
    out.push('', `## ${w(l, 'risks')}`, '', w(l, 'risksNote'), '');
    out.push(`| ${w(l, 'rank')} | ${w(l, 'riskCategory')} | ${w(l, 'meanExposure')} | ${w(l, 'withScore')} |`, '|---:|---|---:|---:|');
    totals.risks.forEach((r, i) => out.push(`| ${i + 1} | ${cell(r.title)} | ${num(l, r.mean)} | ${r.count} |`));
  }
  out.push('');
  return out.join('\n');
}
