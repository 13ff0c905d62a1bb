import { format, pick, type Lang, type Texts } from '../i18n/lang.js';
import { sectionsOf, type Rubric, type Unit } from '../rubric/model.js';

export const words = {
  header: {
    en: 'Answer file for «{title}», version {version}.',
    ru: 'Файл ответов по методике «{title}», версия {version}.',
    kk: '«{title}» әдістемесі бойынша жауап файлы, {version} нұсқасы.',
  },
  howTo: {
    en: 'After each question id write the id of the option that describes the body today; leave it empty if unknown.\n# Comments (evidence, document numbers, links) go under `comments:` with the same question id.\n# Then: npx readiness score <this file>',
    ru: 'После идентификатора каждого вопроса укажите идентификатор варианта ответа, который описывает орган сегодня; если ответ неизвестен, оставьте пустым.\n# Комментарии (подтверждения, номера документов, ссылки) пишутся в `comments:` с тем же идентификатором вопроса.\n# Затем: npx readiness score <этот файл>',
    kk: 'Әр сұрақ идентификаторынан кейін органның бүгінгі жағдайын сипаттайтын жауап нұсқасының идентификаторын жазыңыз; белгісіз болса, бос қалдырыңыз.\n# Түсініктемелер (растайтын құжаттар, құжат нөмірлері, сілтемелер) `comments:` бөліміне сол сұрақ идентификаторымен жазылады.\n# Содан кейін: npx readiness score <осы файл>',
  },
  forUnit: {
    en: 'For the unit «{unit}»: only its questions. The coordinator merges the units\' files: npx readiness merge <files...> --out <body file>',
    ru: 'Для подразделения «{unit}»: только его вопросы. Координатор объединяет файлы подразделений: npx readiness merge <файлы...> --out <файл органа>',
    kk: '«{unit}» бөлімшесі үшін: тек оның сұрақтары. Үйлестіруші бөлімшелер файлдарын біріктіреді: npx readiness merge <файлдар...> --out <орган файлы>',
  },
  evidenceHint: {
    en: 'question id: the document that shows the answer (number, date, link)',
    ru: 'идентификатор вопроса: документ, подтверждающий ответ (номер, дата, ссылка)',
    kk: 'сұрақ идентификаторы: жауапты растайтын құжат (нөмірі, күні, сілтемесі)',
  },
  evidence: { en: 'evidence: {text}', ru: 'подтверждение: {text}', kk: 'растайтын құжат: {text}' },
  required: { en: 'required: the name of the body', ru: 'обязательно: наименование органа', kk: 'міндетті: органның атауы' },
  unit: { en: 'department or unit', ru: 'подразделение', kk: 'құрылымдық бөлімше' },
  name: { en: 'full name of the respondent', ru: 'ФИО респондента', kk: 'респонденттің аты-жөні' },
  position: { en: 'position', ru: 'должность', kk: 'лауазымы' },
  section: { en: 'Section {n} of {total}', ru: 'Раздел {n} из {total}', kk: '{total} бөлімнің {n}-бөлімі' },
  comments: {
    en: 'question id: comment or evidence (optional)',
    ru: 'идентификатор вопроса: комментарий или подтверждение (необязательно)',
    kk: 'сұрақ идентификаторы: түсініктеме немесе растайтын құжат (міндетті емес)',
  },
} as const satisfies Record<string, Texts>;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * A blank answer file for the rubric: every question id with its text and options as
 * comments, in the chosen language. `readiness score` accepts it once filled in.
 */
export function renderTemplate(rubric: Rubric, lang: Lang, unit?: Unit): string {
  const t = (texts: Readonly<Record<string, string>> | undefined) => oneLine(pick(texts, lang));
  const w = (key: keyof typeof words, vars?: Record<string, string | number>) => format(words[key], lang, vars);
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
