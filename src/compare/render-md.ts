import { escapeMarkdown } from '../report/escape.js';
import { present } from './present.js';
import type { Comparison } from './schema.js';
import { compare } from '../i18n/catalogue/compare.js';
import { sayer, type PlainKey } from '../i18n/lang.js';

const say = sayer(compare);

/** The comparison as markdown: overall then and now, recommendations, questions, evidence. Pure. */
export function renderComparisonMarkdown(c: Comparison): string {
  const p = present(c);
  const cell = (text: string) => escapeMarkdown(text, { cell: true }) || ' ';
  const table = (t: { head: string[]; rows: string[][] }, numeric: number[] = []) => {
    if (t.rows.length === 0) return [say(c.language, 'none')];
    const align = t.head.map((_, i) => (numeric.includes(i) ? '---:' : '---'));
    return [`| ${t.head.map(cell).join(' | ')} |`, `| ${align.join(' | ')} |`, ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
  };
  const s = (key: PlainKey<typeof compare>) => escapeMarkdown(say(c.language, key), { midLine: true });
  const out: string[] = [`# ${escapeMarkdown(p.title, { midLine: true })}`, ''];
  for (const note of p.notes) out.push(escapeMarkdown(note), '');
  out.push(`## ${s('headOverall')}`, '', ...table(p.overall, [1, 2, 3]), '');
  if (p.rubricChange) {
    out.push(`## ${s('headRubricChange')}`, '', escapeMarkdown(p.rubricChange.note), '');
    if (p.rubricChange.split) out.push(...table(p.rubricChange.split, [1, 2]), '');
    if (p.rubricChange.migration) out.push(`### ${s('headMigration')}`, '', ...table(p.rubricChange.migration), '');
  }
  out.push(`## ${s('headRecommendations')}`, '', ...table(p.recommendations, [1, 2, 3]), '');
  out.push(`## ${s('headImproved')}`, '', ...table(p.improved, [3]), '');
  out.push(`## ${s('headSlipped')}`, '', ...table(p.slipped, [3]), '');
  if (p.gates.rows.length > 0) out.push(`## ${s('headGates')}`, '', escapeMarkdown(p.gates.note), '', ...table(p.gates), '');
  if (p.applicability.rows.length > 0) out.push(`## ${s('headApplicability')}`, '', ...table(p.applicability), '');
  out.push(`## ${s('headEvidence')}`, '');
  if (p.evidence.note) out.push(escapeMarkdown(p.evidence.note), '');
  else out.push(`### ${s('headGained')}`, '', ...table(p.evidence.gained), '', `### ${s('headLost')}`, '', ...table(p.evidence.lost), '');
  return `${out.join('\n').trimEnd()}\n`;
}
