import { escapeMarkdown, escapeMarkdownCode } from '../report/escape.js';
import type { Checklist } from './checklist.js';
import { checklist } from '../i18n/catalogue/checklist.js';
import { sayer } from '../i18n/lang.js';

const say = sayer(checklist);

/**
 * The checklist as markdown to send by e-mail or print: per unit, each question with its
 * options and a box to tick for the document that shows the answer. Pure.
 */
export function renderChecklistMarkdown(list: Checklist): string {
  const { lang } = list;
  const md = (text: string) => escapeMarkdown(text, { midLine: true });
  const code = (id: string) => escapeMarkdownCode(id);
  const out: string[] = [`# ${md(say(lang, 'title', { rubric: list.rubric.title }))}`, ''];
  out.push(say(lang, 'rubric', { title: md(list.rubric.title), id: code(list.rubric.id), version: md(list.rubric.version) }), '');
  out.push(say(lang, 'intro'), '');
  for (const unit of list.units) {
    out.push(`## ${unit.id === null ? md(say(lang, 'unassigned')) : md(say(lang, 'unit', { title: unit.title }))}`, '');
    if (unit.id !== null) out.push(say(lang, 'count', { n: unit.questions.length, id: unit.id }).replace(/`([^`]*)`/, (_, id: string) => code(id)), '');
    unit.questions.forEach((q, i) => {
      out.push(`### ${i + 1}. ${md(q.text)}`, '');
      out.push(`${code(q.id)} · ${md(say(lang, 'section'))}: ${md(q.section)}`, '');
      if (q.help) out.push(md(q.help), '');
      if (q.when) out.push(say(lang, 'onlyWhen', { question: q.when.question, options: q.when.in.join(', ') }).replace(/`([^`]*)`/, (_, id: string) => code(id)), '');
      out.push(`${md(say(lang, 'options'))}:`, '');
      for (const o of q.options) out.push(`- ${code(o.id)} ${md(o.label)}`);
      if (q.notApplicable) out.push(`- ${code('n/a')} ${md(say(lang, 'notApplicable'))}: ${md(q.notApplicable)}`);
      out.push('', `- [ ] **${md(say(lang, 'evidence'))}:** ${q.evidence ? md(q.evidence) : md(say(lang, 'noEvidence'))}`);
      if (q.types) out.push(`  ${md(say(lang, 'types', { types: q.types.join(', ') }))}`);
      out.push('');
    });
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
