import type { Namespace } from './entry.js';

/** What the evidence checklist (`readiness checklist`) says. */
export const checklist = {
  title: {
    en: 'Evidence to gather before the interview: {rubric}',
    ru: 'Что подготовить к опросу: {rubric}',
    kk: 'Сауалнамаға дейін жиналатын растайтын құжаттар: {rubric}',
  },
  intro: {
    en: 'Each unit of the body gathers the documents listed for its questions and answers them in its own file: `npx readiness template --unit <id>` or `npx readiness assess --unit <id>`. The coordinator then merges the files: `npx readiness merge <files...> --out <body file>`.',
    ru: 'Каждое подразделение органа собирает документы, указанные для его вопросов, и отвечает на них в своём файле: `npx readiness template --unit <id>` или `npx readiness assess --unit <id>`. Затем координатор объединяет файлы: `npx readiness merge <файлы...> --out <файл органа>`.',
    kk: 'Органның әр бөлімшесі өз сұрақтарына көрсетілген құжаттарды жинап, оларға өз файлында жауап береді: `npx readiness template --unit <id>` немесе `npx readiness assess --unit <id>`. Содан кейін үйлестіруші файлдарды біріктіреді: `npx readiness merge <файлдар...> --out <орган файлы>`.',
  },
  rubric: { en: 'Rubric: {title} ({id} {version})', ru: 'Методика: {title} ({id} {version})', kk: 'Әдістеме: {title} ({id} {version})' },
  unit: { en: 'Unit: {title}', ru: 'Подразделение: {title}', kk: 'Құрылымдық бөлімше: {title}' },
  unassigned: { en: 'Questions no unit is named for', ru: 'Вопросы без подразделения', kk: 'Құрылымдық бөлімше көрсетілмеген сұрақтар' },
  count: { en: '{n} {n:question|questions}; unit id `{id}`.', ru: 'Вопросов: {n}; идентификатор подразделения `{id}`.', kk: 'Сұрақ саны: {n}; бөлімше идентификаторы `{id}`.' },
  section: { en: 'Section', ru: 'Раздел', kk: 'Бөлім' },
  options: { en: 'Options', ru: 'Варианты ответа', kk: 'Жауап нұсқалары' },
  evidence: { en: 'Supporting document', ru: 'Подтверждающий документ', kk: 'Растайтын құжат' },
  noEvidence: { en: '(the rubric names none)', ru: '(в методике не указан)', kk: '(әдістемеде көрсетілмеген)' },
  types: { en: 'Document types that show it: {types}', ru: 'Подходящие типы документов: {types}', kk: 'Жарамды құжат түрлері: {types}' },
  notApplicable: { en: 'Not applicable when', ru: 'Неприменимо, если', kk: 'Мына жағдайда қолданылмайды:' },
  onlyWhen: {
    en: 'Asked only when `{question}` is answered: {options}',
    ru: 'Задаётся, только если на `{question}` ответ: {options}',
    kk: '`{question}` сұрағына жауап мынадай болғанда ғана қойылады: {options}',
  },
  gathered: { en: 'gathered', ru: 'собрано', kk: 'жиналды' },
} as const satisfies Namespace;
