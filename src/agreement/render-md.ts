import { escapeMarkdown } from '../report/escape.js';
import { agreement as words } from '../i18n/catalogue/agreement.js';
import { sayer, type PlainKey } from '../i18n/lang.js';
import { present, type Table } from './present.js';
import type { Agreement } from './schema.js';

const say = sayer(words);

/** The agreement as markdown: overall, ambiguous questions, each question, sections, recommendations, then what each body must settle. Pure. */
export function renderAgreementMarkdown(a: Agreement): string {
  const p = present(a);
  const cell = (text: string) => escapeMarkdown(text, { cell: true }) || ' ';
  const table = (t: Table, numeric: number[] = []) => {
    if (t.rows.length === 0) return [say(a.language, 'none')];
    const align = t.head.map((_, i) => (numeric.includes(i) ? '---:' : '---'));
    return [`| ${t.head.map(cell).join(' | ')} |`, `| ${align.join(' | ')} |`, ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
  };
  const s = (key: PlainKey<typeof words>) => escapeMarkdown(say(a.language, key), { midLine: true });
  const out: string[] = [`# ${escapeMarkdown(p.title, { midLine: true })}`, ''];
  for (const note of p.notes) out.push(escapeMarkdown(note), '');
  out.push(`## ${s('headOverall')}`, '', ...table(p.overall, [1, 2, 3]), '');
  out.push(`## ${s('headAmbiguous')}`, '', escapeMarkdown(p.ambiguous), '');
  out.push(`## ${s('headQuestions')}`, '', ...table(p.questions, [1, 2, 3]), '');
  out.push(`## ${s('headSections')}`, '', ...table(p.sections, [1, 2, 3]), '');
  out.push(`## ${s('headRecommendations')}`, '', ...table(p.recommendations, [1, 2, 3]), '');
  out.push(`## ${s('headBodies')}`, '');
  if (p.bodiesNote) out.push(escapeMarkdown(p.bodiesNote), '');
  else if (p.bodies.length === 0) out.push(s('none'), '');
  for (const b of p.bodies) out.push(`### ${escapeMarkdown(b.head, { midLine: true })}`, '', ...table(b.table), '');
  return `${out.join('\n').trimEnd()}\n`;
}
