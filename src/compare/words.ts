import { format, type Lang, type Texts } from '../i18n/lang.js';

/** What the comparison of two rounds says, in every language. */
export const words = {
  title: { en: '{org}: then and now', ru: '{org}: тогда и сейчас', kk: '{org}: сол кезде және қазір' },
  earlier: { en: 'Then', ru: 'Тогда', kk: 'Сол кезде' },
  later: { en: 'Now', ru: 'Сейчас', kk: 'Қазір' },
  file: { en: 'file', ru: 'файл', kk: 'файл' },
  rubric: {
    en: 'Both rounds scored against rubric {title} ({id} {version}).',
    ru: 'Оба раунда оценены по рубрике {title} ({id} {version}).',
    kk: 'Екі кезең де {title} ({id} {version}) рубрикасы бойынша бағаланды.',
  },
  carried: {
    en: 'The {which} file was made with rubric version {version} and is carried forward by the rubric\'s migrations.',
    ru: 'Файл «{which}» составлен по версии рубрики {version} и перенесён на текущую миграциями рубрики.',
    kk: '«{which}» файлы рубриканың {version} нұсқасымен жасалған және рубрика көшірулері арқылы ағымдағы нұсқаға көшірілді.',
  },
  otherOrganizations: {
    en: 'Warning: the two files name different organizations ({a}; {b}); compared because of --force.',
    ru: 'Внимание: в файлах указаны разные организации ({a}; {b}); сравнение выполнено из-за --force.',
    kk: 'Назар аударыңыз: файлдарда әртүрлі ұйымдар көрсетілген ({a}; {b}); --force себебінен салыстырылды.',
  },
  headOverall: { en: 'Overall', ru: 'Итог', kk: 'Жалпы нәтиже' },
  headRecommendations: { en: 'Recommendations', ru: 'Рекомендации', kk: 'Ұсынымдар' },
  headImproved: { en: 'Questions that improved', ru: 'Вопросы, по которым есть улучшение', kk: 'Жақсарған сұрақтар' },
  headSlipped: { en: 'Questions that slipped', ru: 'Вопросы, по которым есть ухудшение', kk: 'Нашарлаған сұрақтар' },
  headApplicability: { en: 'Questions that began or stopped applying', ru: 'Вопросы, которые стали или перестали быть применимыми', kk: 'Қолданыла бастаған немесе қолданылмай қалған сұрақтар' },
  headEvidence: { en: 'Evidence', ru: 'Подтверждения', kk: 'Дәлелдер' },
  headGained: { en: 'Claims that gained their evidence', ru: 'Утверждения, получившие подтверждение', kk: 'Дәлелі пайда болған мәлімдемелер' },
  headLost: { en: 'Claims that lost their evidence', ru: 'Утверждения, утратившие подтверждение', kk: 'Дәлелінен айырылған мәлімдемелер' },
  noEvidenceRule: {
    en: 'The rubric sets no evidence rule (evidenceFrom), so no claim needs evidence.',
    ru: 'В рубрике нет правила подтверждений (evidenceFrom), поэтому подтверждения не требуются.',
    kk: 'Рубрикада дәлел ережесі (evidenceFrom) жоқ, сондықтан мәлімдемелерге дәлел қажет емес.',
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
  coverage: { en: 'Coverage', ru: 'Полнота ответов', kk: 'Жауаптардың толықтығы' },
  unsupported: { en: 'Claims without evidence', ru: 'Утверждения без подтверждения', kk: 'Дәлелсіз мәлімдемелер' },
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
