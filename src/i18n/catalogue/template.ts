import type { Namespace } from './entry.js';

/** The comments of a blank answer file (`readiness template`). */
export const template = {
  header: {
    en: 'Answer file for «{title}», version {version}.',
    ru: 'Файл ответов по методике «{title}», версия {version}.',
    kk: '«{title}» әдістемесі бойынша жауап файлы, {version} нұсқасы.',
  },
  howTo: {
    en: 'Under `answers:`, after each question id write the id of the option that describes the body today; leave it empty if unknown.\n# List the documents that show your answers under `documents:` (the register), and cite them under `evidence:` by their ids, or write a reference with the document\'s type, number and date, or a link.\n# `comments:` are explanations only: a document named there does not count.\n# Then: npx readiness score <this file>',
    ru: 'В разделе `answers:` после идентификатора каждого вопроса укажите идентификатор варианта ответа, который описывает орган сегодня; если ответ неизвестен, оставьте пустым.\n# Документы, подтверждающие ответы, перечислите в разделе `documents:` (перечень документов), а в разделе `evidence:` сошлитесь на них по идентификаторам или укажите реквизиты документа (вид, номер и дату) либо ссылку.\n# Раздел `comments:` — только пояснения: документ, названный там, не учитывается.\n# Затем: npx readiness score <этот файл>',
    kk: '`answers:` бөлімінде әр сұрақ идентификаторынан кейін органның бүгінгі жағдайын сипаттайтын жауап нұсқасының идентификаторын жазыңыз; белгісіз болса, бос қалдырыңыз.\n# Жауаптарды растайтын құжаттарды `documents:` бөліміне (құжаттар тізбесі) жазып, `evidence:` бөлімінде оларға идентификаторлары арқылы сілтеме жасаңыз немесе құжаттың деректемелерін (түрін, нөмірі мен күнін) не сілтемесін көрсетіңіз.\n# `comments:` бөлімі тек түсіндірмелерге арналған: онда аталған құжат есепке алынбайды.\n# Содан кейін: npx readiness score <осы файл>',
  },
  dateHint: {
    en: 'the assessment date, YYYY-MM-DD; a document dated later does not count (left empty: the day of scoring)',
    ru: 'дата оценки, ГГГГ-ММ-ДД; документ с более поздней датой не учитывается (если пусто — день подсчёта)',
    kk: 'бағалау күні, ЖЖЖЖ-АА-КК; одан кейінгі күнмен жасалған құжат есепке алынбайды (бос болса — есептеу күні)',
  },
  documentsHint: {
    en: 'The register of documents: an id of your choice, then the document\'s type, number, date, title, issuer and link (number or title, and the date, are needed).',
    ru: 'Перечень документов: идентификатор по вашему выбору, затем тип документа, номер, дата, наименование, кем издан и ссылка (нужны номер или наименование и дата).',
    kk: 'Құжаттар тізбесі: өзіңіз таңдаған идентификатор, одан кейін құжаттың түрі, нөмірі, күні, атауы, кім шығарғаны және сілтемесі (нөмірі не атауы және күні міндетті).',
  },
  documentTypes: { en: 'Types: {types}', ru: 'Типы: {types}', kk: 'Түрлері: {types}' },
  documentExample: {
    en: 'On approving the rules for the use of AI',
    ru: 'Об утверждении правил использования ИИ',
    kk: 'ЖИ-ді пайдалану қағидаларын бекіту туралы',
  },
  documentExampleNumber: { en: '12', ru: '12-п', kk: '12-б' },
  forUnit: {
    en: 'For the unit «{unit}»: only its questions. The coordinator merges the units\' files: npx readiness merge <files...> --out <body file>',
    ru: 'Для подразделения «{unit}»: только его вопросы. Координатор объединяет файлы подразделений: npx readiness merge <файлы...> --out <файл органа>',
    kk: '«{unit}» бөлімшесі үшін: тек оның сұрақтары. Үйлестіруші бөлімшелер файлдарын біріктіреді: npx readiness merge <файлдар...> --out <орган файлы>',
  },
  evidenceHint: {
    en: 'question id: [register ids], or a reference with the document\'s type, number and date ("Order No. 12 of 14.02.2026"), or a link',
    ru: 'идентификатор вопроса: [идентификаторы из перечня] или реквизиты документа — вид, номер и дата («Приказ № 12-п от 14.02.2026»), либо ссылка',
    kk: 'сұрақ идентификаторы: [тізбедегі идентификаторлар] немесе құжаттың деректемелері — түрі, нөмірі мен күні («2026 жылғы 14 ақпандағы № 12-б бұйрық»), не сілтеме',
  },
  evidence: { en: 'supporting document: {text}', ru: 'подтверждающий документ: {text}', kk: 'растайтын құжат: {text}' },
  required: { en: 'required: the name of the body', ru: 'обязательно: наименование органа', kk: 'міндетті: органның атауы' },
  unit: { en: 'department or unit', ru: 'подразделение', kk: 'құрылымдық бөлімше' },
  name: { en: 'full name of the respondent', ru: 'ФИО респондента', kk: 'респонденттің аты-жөні' },
  position: { en: 'position', ru: 'должность', kk: 'лауазымы' },
  section: { en: 'Section {n} of {total}', ru: 'Раздел {n} из {total}', kk: '{total} бөлімнің {n}-бөлімі' },
  comments: {
    en: 'question id: comment (optional; never counts as evidence)',
    ru: 'идентификатор вопроса: комментарий (необязательно; подтверждением не считается)',
    kk: 'сұрақ идентификаторы: түсініктеме (міндетті емес; растау ретінде есептелмейді)',
  },
  types: { en: 'types: {types}', ru: 'типы: {types}', kk: 'түрлері: {types}' },
} as const satisfies Namespace;
