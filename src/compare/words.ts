import { format, type Lang, type Texts } from '../i18n/lang.js';

/** What the comparison of two rounds says, in every language. */
export const words = {
  title: { en: '{org}: then and now', ru: '{org}: тогда и сейчас', kk: '{org}: сол кезде және қазір' },
  earlier: { en: 'Then', ru: 'Тогда', kk: 'Сол кезде' },
  later: { en: 'Now', ru: 'Сейчас', kk: 'Қазір' },
  file: { en: 'file', ru: 'файл', kk: 'файл' },
  rubric: {
    en: 'Both rounds scored against rubric {title} ({id} {version}).',
    ru: 'Оба раунда оценены по методике {title} ({id} {version}).',
    kk: 'Екі кезең де {title} ({id} {version}) әдістемесі бойынша бағаланды.',
  },
  carried: {
    en: 'The {which} file was made with rubric version {version} and is carried forward by the rubric\'s migrations.',
    ru: 'Файл «{which}» составлен по версии методики {version} и перенесён на текущую версию миграциями методики.',
    kk: '«{which}» файлы әдістеменің {version} нұсқасымен жасалған және әдістеме миграциялары арқылы оның ағымдағы нұсқасына тасымалданды.',
  },
  otherOrganizations: {
    en: 'Warning: the two files name different organizations ({a}; {b}); compared because of --force.',
    ru: 'Внимание: в файлах указаны разные органы ({a}; {b}); сравнение выполнено, поскольку указан --force.',
    kk: 'Назар аударыңыз: файлдарда әртүрлі органдар көрсетілген ({a}; {b}); --force көрсетілгендіктен салыстырылды.',
  },
  headOverall: { en: 'Overall', ru: 'Итог', kk: 'Жалпы нәтиже' },
  headRecommendations: { en: 'Recommendations', ru: 'Рекомендации', kk: 'Ұсынымдар' },
  headImproved: { en: 'Questions that improved', ru: 'Вопросы, по которым есть улучшение', kk: 'Жақсарған сұрақтар' },
  headSlipped: { en: 'Questions that slipped', ru: 'Вопросы, по которым есть ухудшение', kk: 'Нашарлаған сұрақтар' },
  headApplicability: { en: 'Questions that began or stopped applying', ru: 'Вопросы, которые стали или перестали быть применимыми', kk: 'Қолданыла бастаған немесе қолданылмай қалған сұрақтар' },
  headEvidence: { en: 'Evidence', ru: 'Подтверждающие документы', kk: 'Растайтын құжаттар' },
  headGained: { en: 'Claims that gained their evidence', ru: 'Ответы, получившие подтверждение', kk: 'Растайтын құжаты пайда болған жауаптар' },
  headLost: { en: 'Claims that lost their evidence', ru: 'Ответы, утратившие подтверждение', kk: 'Растайтын құжатынан айырылған жауаптар' },
  noEvidenceRule: {
    en: 'The rubric sets no evidence rule (evidenceFrom), so no claim needs evidence.',
    ru: 'В методике нет правила подтверждений (evidenceFrom), поэтому подтверждения не требуются.',
    kk: 'Әдістемеде растау ережесі (evidenceFrom) жоқ, сондықтан жауаптарға растайтын құжат қажет емес.',
  },
  none: { en: 'None.', ru: 'Нет.', kk: 'Жоқ.' },
  colMeasure: { en: 'Measure', ru: 'Показатель', kk: 'Көрсеткіш' },
  colRecommendation: { en: 'Recommendation', ru: 'Рекомендация', kk: 'Ұсыным' },
  colQuestion: { en: 'Question', ru: 'Вопрос', kk: 'Сұрақ' },
  colChange: { en: 'Change', ru: 'Изменение', kk: 'Өзгеріс' },
  colLevel: { en: 'Level', ru: 'Уровень', kk: 'Деңгей' },
  colAnswer: { en: 'Answer now', ru: 'Ответ сейчас', kk: 'Қазіргі жауап' },
  colDocument: { en: 'Document', ru: 'Документ', kk: 'Құжат' },
  score: { en: 'Score', ru: 'Балл', kk: 'Ұпай' },
  level: { en: 'Level', ru: 'Уровень', kk: 'Деңгей' },
  coverage: { en: 'Coverage', ru: 'Охват', kk: 'Қамту' },
  unsupported: { en: 'Claims without evidence', ru: 'Ответы без подтверждения', kk: 'Расталмаған жауаптар' },
  incomplete: { en: 'incomplete', ru: 'не завершено', kk: 'аяқталмаған' },
  up: { en: 'up', ru: 'выше', kk: 'жоғарылады' },
  down: { en: 'down', ru: 'ниже', kk: 'төмендеді' },
  same: { en: 'same', ru: 'без изменений', kk: 'өзгеріссіз' },
  unknown: { en: '—', ru: '—', kk: '—' },
  blank: { en: 'not answered', ru: 'нет ответа', kk: 'жауап жоқ' },
  declaredNa: { en: 'not applicable', ru: 'неприменимо', kk: 'қолданылмайды' },
  gated: { en: 'does not apply', ru: 'не применяется', kk: 'қолданылмайды' },
  expected: { en: 'expected: {doc}', ru: 'ожидается: {doc}', kk: 'күтілетін құжат: {doc}' },
} as const satisfies Record<string, Texts>;

export type CompareWord = keyof typeof words;

export function say(lang: Lang, key: CompareWord, vars?: Readonly<Record<string, string | number>>): string {
  return format(words[key], lang, vars);
}
