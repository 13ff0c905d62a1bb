import { template as words } from '../i18n/catalogue/template.js';
import { type Lang, pick, sayerIn } from '../i18n/lang.js';
import { sectionsOf, type Rubric, type Unit } from '../rubric/model.js';

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
    ...(unit ? [`unit: ${unit.id}`, `asked: [${rubric.questions.filter((q) => q.unit === unit.id).map((q) => q.id).join(', ')}]`] : []),
    'respondent:',
    `  organization: ""  # ${w('required')}`,
    unit ? `  unit: ${JSON.stringify(t(unit.title))}` : `  unit:             # ${w('unit')}`,
    `  name:             # ${w('name')}`,
    `  position:         # ${w('position')}`,
    'answers:',
  ];
  const mine = unit ? rubric.questions.filter((q) => q.unit === unit.id) : rubric.questions;
  const sections = sectionsOf(rubric).filter((s) => mine.some((q) => q.area === s.id));
  sections.forEach((section, i) => {
    lines.push('', `  # ── ${w('section', { n: i + 1, total: sections.length })}: ${t(section.title)} ──`);
    for (const q of mine.filter((x) => x.area === section.id)) {
      lines.push(`  # ${t(q.text)}`);
      if (unit && q.evidence) lines.push(`  #   (${w('evidence', { text: t(q.evidence) })})`);
      const width = Math.max(...q.options.map((o) => o.id.length));
      for (const o of q.options) lines.push(`  #   ${o.id.padEnd(width)}  ${t(o.label)}`);
      lines.push(`  ${q.id}:`);
    }
  });
  lines.push('', `# ${w('comments')}`, 'comments: {}');
  if (unit) lines.push(`# ${w('evidenceHint')}`, 'evidence: {}');
  lines.push('');
  return lines.join('\n');
}

/**
 * A blank answer file as JSON, for other systems to fill in: every question id with an empty
 * answer (JSON has no comments, so the questions' texts are not in it; `readiness schema
 * answers` describes the format). `readiness score` accepts it once filled in.
 */
export function renderTemplateJson(rubric: Rubric, lang: Lang, unit?: Unit): string {
  const mine = unit ? rubric.questions.filter((q) => q.unit === unit.id) : rubric.questions;
  const ids = sectionsOf(rubric).flatMap((s) => mine.filter((q) => q.area === s.id).map((q) => q.id));
  const file = {
    rubric: { id: rubric.id, version: rubric.version },
    language: lang,
    ...(unit ? { unit: unit.id, asked: ids } : {}),
    respondent: { organization: '', ...(unit ? { unit: oneLine(pick(unit.title, lang)) } : {}) },
    answers: Object.fromEntries(ids.map((id) => [id, null])),
    comments: {},
    evidence: {},
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
