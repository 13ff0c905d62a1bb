import { escapeHtml as h } from '../report/escape.js';
import { htmlPage } from '../report/html-page.js';
import type { Checklist } from './checklist.js';
import { checklist } from '../i18n/catalogue/checklist.js';
import { sayer } from '../i18n/lang.js';

const say = sayer(checklist);

/** The checklist as one self-contained, printable HTML page (a box to tick per document). Pure. */
export function renderChecklistHtml(list: Checklist): string {
  const { lang } = list;
  const code = (id: string) => `<code>${h(id)}</code>`;
  const title = say(lang, 'title', { rubric: list.rubric.title });
  const body: string[] = [`<h1>${h(title)}</h1>`];
  body.push(`<p class="note">${h(say(lang, 'rubric', { title: list.rubric.title, id: list.rubric.id, version: list.rubric.version }))}</p>`);
  body.push(`<p>${h(say(lang, 'intro')).replace(/`([^`]*)`/g, '<code>$1</code>')}</p>`);
  for (const unit of list.units) {
    body.push('<section>', `<h2>${h(unit.id === null ? say(lang, 'unassigned') : say(lang, 'unit', { title: unit.title }))}</h2>`);
    if (unit.id !== null) body.push(`<p class="note">${h(say(lang, 'count', { n: unit.questions.length, id: unit.id })).replace(/`([^`]*)`/g, '<code>$1</code>')}</p>`);
    unit.questions.forEach((q, i) => {
      body.push(`<h3>${i + 1}. ${h(q.text)}</h3>`, `<p class="note">${code(q.id)} · ${h(say(lang, 'section'))}: ${h(q.section)}</p>`);
      if (q.help) body.push(`<p>${h(q.help)}</p>`);
      if (q.when) body.push(`<p class="note">${h(say(lang, 'onlyWhen', { question: q.when.question, options: q.when.in.join(', ') })).replace(/`([^`]*)`/g, '<code>$1</code>')}</p>`);
      const options = q.options.map((o) => `<li>${code(o.id)} ${h(o.label)}</li>`);
      if (q.notApplicable) options.push(`<li>${code('n/a')} ${h(say(lang, 'notApplicable'))}: ${h(q.notApplicable)}</li>`);
      body.push(`<p>${h(say(lang, 'options'))}:</p>`, `<ul>${options.join('')}</ul>`);
      body.push(`<p><span class="box" role="img" aria-label="${h(say(lang, 'gathered'))}"></span><strong>${h(say(lang, 'evidence'))}:</strong> ${h(q.evidence ?? say(lang, 'noEvidence'))}</p>`);
      if (q.types) body.push(`<p class="types">${h(say(lang, 'types', { types: q.types.join(', ') }))}</p>`);
    });
    body.push('</section>');
  }
  return htmlPage(lang, title, body);
}
