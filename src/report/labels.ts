import { format, type Lang, type Texts } from '../i18n/lang.js';
import type { Report, ReportRecommendation } from './schema.js';

/**
 * The renderers' own words (headings, column names, explanations) in every language.
 * Texts from the rubric arrive in the Report already in its language; these are the rest.
 */
const words = {
  // Title and respondent
  title: { ru: 'Готовность к внедрению ИИ: {org}', kk: 'ЖИ-ді енгізуге дайындық: {org}', en: 'AI readiness: {org}' },
  unit: { ru: 'Подразделение', kk: 'Құрылымдық бөлімше', en: 'Unit' },
  respondent: { ru: 'Респондент', kk: 'Респондент', en: 'Respondent' },
  rubric: { ru: 'Рубрика', kk: 'Рубрика', en: 'Rubric' },
  answersMadeWith: {
    ru: 'ответы заполнены по версии {version}',
    kk: 'жауаптар {version} нұсқасы бойынша толтырылған',
    en: 'answers made with version {version}',
  },
  tool: { ru: 'Инструмент', kk: 'Құрал', en: 'Tool' },

  // Overall
  overall: { ru: 'Общий уровень', kk: 'Жалпы деңгей', en: 'Overall level' },
  level: { ru: 'Уровень', kk: 'Деңгей', en: 'Level' },
  score: { ru: 'Балл', kk: 'Ұпай', en: 'Score' },
  scoreOf100: { ru: '{score} из 100', kk: '100 ұпайдан {score}', en: '{score} of 100' },
  coverage: { ru: 'Охват', kk: 'Қамту', en: 'Coverage' },
  answeredOf: {
    ru: 'отвечено {answered} из {total} вопросов',
    kk: '{total} сұрақтың {answered} сұрағына жауап берілді',
    en: '{answered} of {total} questions answered',
  },
  overallNotAssessed: {
    ru: 'Не оценено: нет ни одного ответа.',
    kk: 'Бағаланбады: бірде-бір жауап жоқ.',
    en: 'Not assessed: no question is answered.',
  },
  notAssessed: { ru: 'не оценено', kk: 'бағаланбады', en: 'not assessed' },
  noAnswer: { ru: 'нет ответа', kk: 'жауап жоқ', en: 'no answer' },
  nextLevel: {
    ru: 'Следующий уровень: {level} (от {min} баллов), не хватает {points}.',
    kk: 'Келесі деңгей: {level} ({min} ұпайдан бастап), {points} ұпай жетпейді.',
    en: 'Next level: {level} (from {min} points), {points} points to go.',
  },
  fewestChanges: {
    ru: 'Наименьшее число изменений в ответах, которое приводит к нему:',
    kk: 'Оған жеткізетін жауаптардағы өзгерістердің ең аз саны:',
    en: 'The fewest answer changes that reach it:',
  },
  unreachable: {
    ru: 'Даже если все отвеченные вопросы довести до лучшего варианта, этот уровень не достигается; ответы на оставшиеся вопросы могут это изменить.',
    kk: 'Жауап берілген барлық сұрақтар ең жақсы нұсқаға жеткізілсе де, бұл деңгейге жетпейді; қалған сұрақтарға берілген жауаптар мұны өзгертуі мүмкін.',
    en: 'Even with every answered question at its best option this level is out of reach; answering the remaining questions may change that.',
  },
  topLevel: { ru: 'Достигнут высший уровень.', kk: 'Ең жоғары деңгейге жетті.', en: 'The highest level is reached.' },
  change: { ru: '{from} → {to}', kk: '{from} → {to}', en: '{from} → {to}' },
  points: { ru: 'баллов', kk: 'ұпай', en: 'points' },

  // Recommendations
  recommendations: { ru: 'Рекомендации', kk: 'Ұсынымдар', en: 'Recommendations' },
  recommendation: { ru: 'Рекомендация', kk: 'Ұсыным', en: 'Recommendation' },
  gap: { ru: 'Разрыв', kk: 'Алшақтық', en: 'Gap' },
  answered: { ru: 'Отвечено', kk: 'Жауап берілді', en: 'Answered' },
  recommendationsNote: {
    ru: 'Разрыв = 100 − балл рекомендации.',
    kk: 'Алшақтық = 100 − ұсыным ұпайы.',
    en: 'Gap = 100 − the recommendation score.',
  },

  // Gaps and next actions
  gaps: { ru: 'Разрывы по приросту', kk: 'Өсім бойынша алшақтықтар', en: 'Gaps ranked by gain' },
  gapsNote: {
    ru: 'Отвеченные вопросы, по которым меры ещё не приняты в полной мере; прирост — на сколько баллов вырастет общий балл при переходе к лучшему варианту.',
    kk: 'Шарасы әлі толық енгізілмеген жауап берілген сұрақтар; өсім — ең жақсы нұсқаға өткенде жалпы ұпай қанша ұпайға артатыны.',
    en: 'Answered questions not yet fully in place; gain is how many points the overall score rises on reaching the best option.',
  },
  noGaps: {
    ru: 'Все отвеченные вопросы — на лучшем варианте.',
    kk: 'Жауап берілген барлық сұрақтар ең жақсы нұсқада.',
    en: 'Every answered question is at its best option.',
  },
  rank: { ru: '№', kk: '№', en: '#' },
  question: { ru: 'Вопрос', kk: 'Сұрақ', en: 'Question' },
  currentAnswer: { ru: 'Текущий ответ', kk: 'Ағымдағы жауап', en: 'Current answer' },
  bestAnswer: { ru: 'Лучший ответ', kk: 'Ең жақсы жауап', en: 'Best answer' },
  gain: { ru: 'Прирост', kk: 'Өсім', en: 'Gain' },
  nextActions: { ru: 'Следующие шаги', kk: 'Келесі қадамдар', en: 'Next actions' },
  nextActionsNote: {
    ru: 'По рекомендациям, от наибольшего возможного прироста общего балла.',
    kk: 'Ұсынымдар бойынша, жалпы ұпайдың ең үлкен ықтимал өсімінен бастап.',
    en: 'By recommendation, from the largest possible gain in the overall score.',
  },
  possibleGain: {
    ru: 'Возможный прирост общего балла: +{gain}',
    kk: 'Жалпы ұпайдың ықтимал өсімі: +{gain}',
    en: 'Possible gain in the overall score: +{gain}',
  },
  examples: { ru: 'Международный опыт', kk: 'Халықаралық тәжірибе', en: 'International experience' },
  topGaps: { ru: 'Главные разрывы', kk: 'Негізгі алшақтықтар', en: 'Top gaps' },

  // Risks and problem areas
  risks: { ru: 'Подверженность рискам', kk: 'Тәуекелдерге ұшырағыштық', en: 'Risk exposure' },
  riskCategory: { ru: 'Категория риска', kk: 'Тәуекел санаты', en: 'Risk category' },
  exposure: { ru: 'Подверженность', kk: 'Ұшырағыштық', en: 'Exposure' },
  risksNote: {
    ru: 'Подверженность = 100 − средний балл вопросов категории: чем выше, тем меньше мер против риска.',
    kk: 'Ұшырағыштық = 100 − санат сұрақтарының орташа ұпайы: неғұрлым жоғары болса, тәуекелге қарсы шаралар соғұрлым аз.',
    en: 'Exposure = 100 − the mean score of the category’s questions: the higher, the fewer measures against the risk.',
  },
  problemAreas: { ru: 'Проблемные области', kk: 'Проблемалық салалар', en: 'Problem areas' },
  area: { ru: 'Область', kk: 'Сала', en: 'Area' },
  problemAreasNote: {
    ru: 'Балл области — средневзвешенный балл её вопросов.',
    kk: 'Сала ұпайы — оның сұрақтарының орташа салмақталған ұпайы.',
    en: 'An area’s score is the weighted mean of its questions’ scores.',
  },

  // Unanswered and warnings
  unanswered: { ru: 'Вопросы без ответа', kk: 'Жауапсыз сұрақтар', en: 'Unanswered questions' },
  unansweredNote: {
    ru: 'Не учитываются в баллах и снижают охват.',
    kk: 'Ұпайларға есептелмейді және қамтуды төмендетеді.',
    en: 'They count in no score and lower the coverage.',
  },
  allAnswered: { ru: 'Ответы даны на все вопросы.', kk: 'Барлық сұрақтарға жауап берілді.', en: 'Every question is answered.' },
  warnings: { ru: 'Предупреждения', kk: 'Ескертулер', en: 'Warnings' },

  // Trace
  trace: { ru: 'Расчёт баллов', kk: 'Ұпайлардың есебі', en: 'How each score is computed' },
  traceNote: {
    ru: 'Балл рекомендации = 100 × Σ(вес × балл варианта) / Σ весов отвеченных вопросов. Вклад вопроса = 100 × вес × балл варианта / Σ весов отвеченных вопросов; вклады в сумме дают балл рекомендации. Вопросы без ответа не учитываются.',
    kk: 'Ұсыным ұпайы = 100 × Σ(салмақ × нұсқа ұпайы) / жауап берілген сұрақтар салмақтарының Σ. Сұрақтың үлесі = 100 × салмақ × нұсқа ұпайы / жауап берілген сұрақтар салмақтарының Σ; үлестердің қосындысы ұсыным ұпайын береді. Жауапсыз сұрақтар есептелмейді.',
    en: 'Recommendation score = 100 × Σ(weight × option score) / Σ weights of the answered questions. A question’s contribution = 100 × weight × option score / Σ weights of the answered questions; the contributions add up to the recommendation score. Unanswered questions do not count.',
  },
  overallFormula: {
    ru: 'Общий балл = средневзвешенное баллов оценённых рекомендаций (веса рекомендаций; расчёт по неокруглённым значениям):',
    kk: 'Жалпы ұпай = бағаланған ұсынымдар ұпайларының орташа салмақталған мәні (ұсынымдар салмақтары; есеп дөңгелектенбеген мәндермен):',
    en: 'Overall score = weighted mean of the assessed recommendations’ scores (recommendation weights; computed before rounding):',
  },
  levelRule: {
    ru: 'Уровень определяется по общему баллу, округлённому до десятых: {levels}.',
    kk: 'Деңгей ондыққа дейін дөңгелектенген жалпы ұпай бойынша анықталады: {levels}.',
    en: 'The level follows the overall score rounded to one decimal: {levels}.',
  },
  levelFrom: { ru: '{label} — от {min}', kk: '{label} — {min} ұпайдан', en: '{label} from {min}' },
  answeredWeight: {
    ru: 'Σ весов отвеченных вопросов = {weight}; отвечено {answered} из {total}.',
    kk: 'Жауап берілген сұрақтар салмақтарының Σ = {weight}; {total} сұрақтың {answered} сұрағына жауап берілді.',
    en: 'Σ weights of the answered questions = {weight}; {answered} of {total} answered.',
  },
  answer: { ru: 'Ответ', kk: 'Жауап', en: 'Answer' },
  optionScore: { ru: 'Балл варианта', kk: 'Нұсқа ұпайы', en: 'Option score' },
  weight: { ru: 'Вес', kk: 'Салмақ', en: 'Weight' },
  contribution: { ru: 'Вклад', kk: 'Үлес', en: 'Contribution' },
  comments: { ru: 'Комментарии', kk: 'Түсініктемелер', en: 'Comments' },
  sum: { ru: 'Итого', kk: 'Барлығы', en: 'Total' },
} as const satisfies Record<string, Texts>;

export type LabelKey = keyof typeof words;

/** The renderer text `key` in `lang`, with `{name}` placeholders filled. */
export function label(lang: Lang, key: LabelKey, vars: Readonly<Record<string, string | number>> = {}): string {
  return format(words[key], lang, vars);
}

/**
 * A number as a reader of `lang` writes it: fixed decimals, a decimal comma in Russian
 * and Kazakh, a point in English. Report numbers are already rounded; this only shows them.
 */
export function formatNumber(lang: Lang, value: number, decimals: number): string {
  const text = (Object.is(value, -0) ? 0 : value).toFixed(decimals);
  return lang === 'en' ? text : text.replace('.', ',');
}

/** A weight or threshold as written in the rubric: no trailing zeros (1, 0,5, 1,25). */
export function formatPlain(lang: Lang, value: number): string {
  const text = String(Number(value.toFixed(4)));
  return lang === 'en' ? text : text.replace('.', ',');
}

/** A 0..1 fraction as a percentage with up to one decimal (83,3 %). */
export function formatPercent(lang: Lang, fraction: number): string {
  const pct = Math.round(fraction * 1000) / 10;
  const text = Number.isInteger(pct) ? String(pct) : pct.toFixed(1);
  return lang === 'en' ? `${text}%` : `${text.replace('.', ',')} %`;
}

// What every renderer derives from the Report the same way.

/** Section id → its title (problem areas and risk categories share one id space). */
export function areaTitles(report: Report): ReadonlyMap<string, string> {
  return new Map([...report.problemAreas, ...report.riskCategories].map((s) => [s.id, s.title]));
}

/** Recommendation id → its title. */
export function recommendationTitles(report: Report): ReadonlyMap<string, string> {
  return new Map(report.recommendations.map((r) => [r.id, r.title]));
}

/** The recommendations in the order their next actions are shown: largest gain first, then rubric order. */
export function byGain(report: Report): ReportRecommendation[] {
  return report.recommendations
    .map((r, order) => ({ r, order }))
    .sort((a, b) => b.r.gain - a.r.gain || a.order - b.order)
    .map(({ r }) => r);
}

/** The sum of the weights of a recommendation's answered questions: the trace's denominator. */
export function answeredWeight(rec: ReportRecommendation): number {
  return rec.questions.reduce((sum, q) => (q.option ? sum + q.weight : sum), 0);
}
