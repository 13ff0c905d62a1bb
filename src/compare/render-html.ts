import { escapeHtml as h } from '../report/escape.js';
import { htmlPage } from '../report/html-page.js';
import { present } from './present.js';
import type { Comparison } from './schema.js';
import { compare } from '../i18n/catalogue/compare.js';
import { sayer, type PlainKey } from '../i18n/lang.js';

const say = sayer(compare);

/** The comparison as one self-contained, printable HTML page; the markdown's content and order. Pure. */
export function renderComparisonHtml(c: Comparison): string {
  const p = present(c);
  const table = (t: { head: string[]; rows: string[][] }, numeric: number[] = []) => {
    if (t.rows.length === 0) return `<p>${h(say(c.language, 'none'))}</p>`;
    const cls = (i: number) => (numeric.includes(i) ? ' class="num"' : '');
    return [
      '<table>',
      `<thead><tr>${t.head.map((x, i) => `<th${cls(i)}>${h(x)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
      ...t.rows.map((r) => `<tr>${r.map((x, i) => `<td${cls(i)}>${h(x)}</td>`).join('')}</tr>`),
      '</tbody>',
      '</table>',
    ].join('\n');
  };
  const s = (key: PlainKey<typeof compare>) => h(say(c.language, key));
  const body: string[] = [`<h1>${h(p.title)}</h1>`, ...p.notes.map((n) => `<p class="note">${h(n)}</p>`)];
  body.push(`<h2>${s('headOverall')}</h2>`, table(p.overall, [1, 2, 3]));
  if (p.rubricChange) {
    body.push(`<h2>${s('headRubricChange')}</h2>`, `<p>${h(p.rubricChange.note)}</p>`);
    if (p.rubricChange.split) body.push(table(p.rubricChange.split, [1, 2]));
    if (p.rubricChange.migration) body.push(`<h3>${s('headMigration')}</h3>`, table(p.rubricChange.migration));
  }
  body.push(`<h2>${s('headRecommendations')}</h2>`, table(p.recommendations, [1, 2, 3]));
  body.push(`<h2>${s('headImproved')}</h2>`, table(p.improved, [3]));
  body.push(`<h2>${s('headSlipped')}</h2>`, table(p.slipped, [3]));
  if (p.gates.rows.length > 0) body.push(`<h2>${s('headGates')}</h2>`, `<p class="note">${h(p.gates.note)}</p>`, table(p.gates));
  if (p.applicability.rows.length > 0) body.push(`<h2>${s('headApplicability')}</h2>`, table(p.applicability));
  body.push(`<h2>${s('headEvidence')}</h2>`);
  if (p.evidence.note) body.push(`<p>${h(p.evidence.note)}</p>`);
  else body.push(`<h3>${s('headGained')}</h3>`, table(p.evidence.gained), `<h3>${s('headLost')}</h3>`, table(p.evidence.lost));
  return htmlPage(c.language, p.title, body);
}
