import { DOCUMENT_TYPES } from '../evidence/model.js';
import { documentTypeLabel } from '../evidence/labels.js';
import { template as words } from '../i18n/catalogue/template.js';
import { type Lang, pick, sayerIn } from '../i18n/lang.js';
import { sectionsOf, type Rubric, type Unit } from '../rubric/model.js';
import { interviewOrder } from '../rubric/order.js';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A blank answer file for the rubric: every question id with its text and options as
 * comments, in the chosen language. `readiness score` accepts it once filled in.
 */
export function renderTemplate(rubric: Rubric, lang: Lang, unit?: Unit): string {
  const t = (texts: Readonly<Record<string, string>> | undefined) => oneLine(pick(texts, lang));
  const w = sayerIn(words, lang);
  const lines: string[] = [
    `# ${w('header', { title: t(rubric.title), version: rubric.version })}`,
    ...(unit ? [`# ${w('forUnit', { unit: t(unit.title) })}`] : []),
    `# ${w('howTo')}`,
    `rubric: {id: ${rubric.id}, version: ${rubric.version}}`,
    `language: ${lang}`,
    `date:               # ${w('dateHint')}`,
    ...(unit ? [`unit: ${unit.id}`, `asked: [${rubric.questions.filter((q) => q.unit === unit.id).map((q) => q.id).join(', ')}]`] : []),
    'respondent:',
    `  organization: ""  # ${w('required')}`,
    unit ? `  unit: ${JSON.stringify(t(unit.title))}` : `  unit:             # ${w('unit')}`,
    `  name:             # ${w('name')}`,
    `  position:         # ${w('position')}`,
    'answers:',
  ];
  // The interview's order (a gate before the questions it gates), shared with the checklist.
  const order = interviewOrder(rubric).filter((e) => !unit || e.question.unit === unit.id);
  const mine = order.map((e) => e.question);
  const sections = sectionsOf(rubric).filter((s) => order.some((e) => e.section === s.id));
  sections.forEach((section, i) => {
    lines.push('', `  # ── ${w('section', { n: i + 1, total: sections.length })}: ${t(section.title)} ──`);
    for (const q of order.filter((e) => e.section === section.id).map((e) => e.question)) {
      lines.push(`  # ${t(q.text)}`);
      const width = Math.max(...q.options.map((o) => o.id.length));
      for (const o of q.options) lines.push(`  #   ${o.id.padEnd(width)}  ${t(o.label)}`);
      // What shows the answer, and the document types that can: the officer gathers these.
      const types = q.evidenceTypes?.length ? `; ${w('types', { types: q.evidenceTypes.join(', ') })}` : '';
      if (q.evidence) lines.push(`  #   (${w('evidence', { text: t(q.evidence) })}${types})`);
      lines.push(`  ${q.id}:`);
    }
  });
  // The register, then the evidence block with every question id: a document named only under
  // `comments:` never counts, so the file shows where one goes.
  const typeList = DOCUMENT_TYPES.map((type) => `${type} (${documentTypeLabel(type, lang)})`).join(', ');
  lines.push(
    '',
    `# ${w('documentsHint')}`,
    `# ${w('documentTypes', { types: typeList })}`,
    `#   order-12: {type: order, number: "${w('documentExampleNumber')}", date: 2026-02-14, title: "${w('documentExample')}"}`,
    'documents: {}',
    '',
    `# ${w('evidenceHint')}`,
    'evidence:',
    ...mine.map((q) => `  ${q.id}:`),
    '',
    `# ${w('comments')}`,
    'comments: {}',
    '',
  );
  return lines.join('\n');
}

/**
 * A blank answer file as JSON, for other systems to fill in: every question id with an empty
 * answer (JSON has no comments, so the questions' texts are not in it; `readiness schema
 * answers` describes the format). `readiness score` accepts it once filled in.
 */
export function renderTemplateJson(rubric: Rubric, lang: Lang, unit?: Unit): string {
  const ids = interviewOrder(rubric)
    .filter((e) => !unit || e.question.unit === unit.id)
    .map((e) => e.question.id);
  const file = {
    rubric: { id: rubric.id, version: rubric.version },
    language: lang,
    ...(unit ? { unit: unit.id, asked: ids } : {}),
    date: null,
    respondent: { organization: '', ...(unit ? { unit: oneLine(pick(unit.title, lang)) } : {}) },
    answers: Object.fromEntries(ids.map((id) => [id, null])),
    // The register, and per question the register ids (or a reference with number and date):
    // documents named only under comments never count.
    documents: {},
    evidence: Object.fromEntries(ids.map((id) => [id, null])),
    comments: {},
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
