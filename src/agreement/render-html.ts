import { agreement as words } from '../i18n/catalogue/agreement.js';
import { sayer, type PlainKey } from '../i18n/lang.js';
import { escapeHtml as h } from '../report/escape.js';
import { htmlPage } from '../report/html-page.js';
import { alphaChart } from './chart.js';
import { formatCount, formatPlain } from '../i18n/numbers.js';
import { formatAlpha, present, verdictOf, type Table } from './present.js';
import { AMBIGUOUS_BELOW, FIRM_FROM, type Agreement } from './schema.js';

const say = sayer(words);

/** The agreement as one self-contained, printable HTML page with a chart of alpha per question; the markdown's content and order. Pure. */
export function renderAgreementHtml(a: Agreement): string {
  const p = present(a);
  const lang = a.language;
  const s = (key: PlainKey<typeof words>) => h(say(lang, key));
  const table = (t: Table, numeric: number[] = []) => {
    if (t.rows.length === 0) return `<p>${s('none')}</p>`;
    const cls = (i: number) => (numeric.includes(i) ? ' class="num"' : '');
    return [
      '<table>',
      `<thead><tr>${t.head.map((x, i) => `<th scope="col"${cls(i)}>${h(x)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
      ...t.rows.map((r) => `<tr>${r.map((x, i) => `<td${cls(i)}>${h(x)}</td>`).join('')}</tr>`),
      '</tbody>',
      '</table>',
    ].join('\n');
  };
  const count = (v: ReturnType<typeof verdictOf>) => formatCount(lang, a.questions.filter((q) => verdictOf(q.alpha) === v).length);
  const chart = alphaChart({
    id: 'chart-alpha',
    title: say(lang, 'headChart'),
    desc: say(lang, 'chartDesc', { count: formatCount(lang, a.questions.length), ambiguous: count('ambiguous'), firm: count('firm'), undefined: count('undefined') }),
    bars: a.questions.map((q) => ({ label: q.id, alpha: q.alpha, text: formatAlpha(lang, q.alpha), ambiguous: q.ambiguous })),
    lines: [
      { at: AMBIGUOUS_BELOW, label: say(lang, 'lineAmbiguous') },
      { at: FIRM_FROM, label: say(lang, 'lineFirm') },
    ],
    emptyText: say(lang, 'undefined'),
    tick: (v) => formatPlain(lang, v),
  });
  const body: string[] = [`<h1>${h(p.title)}</h1>`, ...p.notes.map((n) => `<p class="note">${h(n)}</p>`)];
  body.push(`<h2>${s('headOverall')}</h2>`, table(p.overall, [1, 2, 3]));
  body.push(`<h2>${s('headAmbiguous')}</h2>`, `<p>${h(p.ambiguous)}</p>`);
  body.push('<section id="questions">', `<h2>${s('headQuestions')}</h2>`, chart, table(p.questions, [1, 2, 3]), '</section>');
  body.push('<section>', `<h2>${s('headSections')}</h2>`, table(p.sections, [1, 2, 3]));
  body.push(`<h2>${s('headRecommendations')}</h2>`, table(p.recommendations, [1, 2, 3]), '</section>');
  body.push('<section>', `<h2>${s('headBodies')}</h2>`);
  if (p.bodiesNote) body.push(`<p>${h(p.bodiesNote)}</p>`);
  else if (p.bodies.length === 0) body.push(`<p>${s('none')}</p>`);
  for (const b of p.bodies) body.push(`<h3>${h(b.head)}</h3>`, table(b.table));
  body.push('</section>');
  return htmlPage(lang, p.title, body);
}
