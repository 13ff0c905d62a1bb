import type { Namespace } from './entry.js';

/** The comments of a blank answer file (`readiness template`). */
export const template = {
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
  evidence: { en: 'supporting document: {text}', ru: 'подтверждающий документ: {text}', kk: 'растайтын құжат: {text}' },
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
} as const satisfies Namespace;
