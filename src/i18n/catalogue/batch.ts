import type { Namespace } from './entry.js';
import { states } from './states.js';

/** What a batch says about files that fail `--fail-under`, and when it is interrupted. */
export const batchRun = {
  below: {
    en: '{file}: overall score {score} is below {min}',
    ru: '{file}: общий балл {score} ниже {min}',
    kk: '{file}: жалпы ұпай {score}, бұл {min} мәнінен төмен',
  },
  noScore: {
    en: '{file}: no overall score (nothing answered), so it does not reach {min}',
    ru: '{file}: нет общего балла (нет ни одного ответа), поэтому порог {min} не достигнут',
    kk: '{file}: жалпы ұпай жоқ (бірде-бір жауап жоқ), сондықтан {min} шекті мәніне жетпеді',
  },
  incomplete: {
    en: '{file}: the assessment is incomplete (score so far {score}, no level), so it does not count as reaching {min}',
    ru: '{file}: оценка не завершена (балл на сегодня {score}, уровня нет), поэтому порог {min} не считается достигнутым',
    kk: '{file}: бағалау аяқталмаған (қазіргі ұпай {score}, деңгей жоқ), сондықтан {min} шекті мәніне жетті деп есептелмейді',
  },
  interrupted: {
    en: 'interrupted after {done} of {total} {total:file|files}; the summary was not written',
    ru: 'прервано после {done} из {total} {total:файла|файлов|файлов}; сводка не записана',
    kk: '{total} файлдың {done} файлынан кейін тоқтатылды; жиынтық жазылмады',
  },
  interruptedCsv: {
    en: 'interrupted after {done} of {total} {total:file|files}; the CSV on stdout is INCOMPLETE: it has rows for the files done ({done}) only and ends with a row that says so',
    ru: 'прервано после {done} из {total} {total:файла|файлов|файлов}; CSV в stdout НЕПОЛНЫЙ: в нём строки только обработанных файлов ({done}), а последняя строка говорит об этом',
    kk: '{total} файлдың {done} файлынан кейін тоқтатылды; stdout-тағы CSV ТОЛЫҚ ЕМЕС: онда тек өңделген файлдардың ({done}) жолдары бар, соңғы жол бұл туралы айтады',
  },
  incompleteRow: {
    en: 'INCOMPLETE: interrupted after {done} of {total} {total:file|files}; the files after this row were not scored',
    ru: 'НЕПОЛНЫЙ: прервано после {done} из {total} {total:файла|файлов|файлов}; файлы после этой строки не оценены',
    kk: 'ТОЛЫҚ ЕМЕС: {total} файлдың {done} файлынан кейін тоқтатылды; осы жолдан кейінгі файлдар бағаланбады',
  },
} as const satisfies Namespace;

/** What a batch says about one file it could not score. */
export const batchFile = {
  internal: {
    en: 'internal error while scoring this file: {detail}',
    ru: 'внутренняя ошибка при оценке этого файла: {detail}',
    kk: 'осы файлды бағалау кезінде ішкі қате: {detail}',
  },
  more: { en: '(and {count} more)', ru: '(и ещё {count})', kk: '(тағы {count})' },
  lenient: {
    en: '--lenient: this answer is set aside and counts as unanswered ({message})',
    ru: '--lenient: этот ответ отброшен и учтён как «нет ответа» ({message})',
    kk: '--lenient: бұл жауап алынып тасталды және «жауап жоқ» деп есептелді ({message})',
  },
  lenientEntry: {
    en: '--lenient: this entry is set aside ({message})',
    ru: '--lenient: эта запись отброшена ({message})',
    kk: '--lenient: бұл жазба алынып тасталды ({message})',
  },
} as const satisfies Namespace;

/** The progress bar of a batch. */
export const batchProgress = {
  files: { en: '{done}/{total} {total:file|files}', ru: 'файлов: {done}/{total}', kk: 'файл: {done}/{total}' },
} as const satisfies Namespace;

/** The summary of a batch printed on a terminal. */
export const batchConsole = {
  rank: { en: '#', ru: '№', kk: '№' },
  file: { en: 'File', ru: 'Файл', kk: 'Файл' },
  organization: { en: 'Organization', ru: 'Орган', kk: 'Орган' },
  overall: { en: 'Score', ru: 'Балл', kk: 'Ұпай' },
  level: { en: 'Level', ru: 'Уровень', kk: 'Деңгей' },
  coverage: { en: 'Coverage', ru: 'Охват', kk: 'Қамту' },
  files: { en: 'Files', ru: 'Число файлов', kk: 'Файлдар' },
  error: { en: 'error', ru: 'ошибка', kk: 'қате' },
  noScore: { en: 'no answers', ru: 'нет ответов', kk: 'жауап жоқ' },
  incomplete: states.noLevel,
  incompleteShort: { en: 'incomplete', ru: 'не завершено', kk: 'аяқталмаған' },
  unsupported: {
    en: 'claims without evidence: {claims} in {files} {files:file|files}',
    ru: 'ответов без подтверждения: {claims} в {files} {files:файле|файлах|файлах}',
    kk: 'расталмаған жауаптар: {files} файлда {claims}',
  },
  counts: {
    en: '{inputs} inputs: {scored} scored, {refused} with errors',
    ru: 'Всего файлов: {inputs}; оценено: {scored}; с ошибками: {refused}',
    kk: 'Барлығы: {inputs} файл; бағаланды: {scored}; қатесі бар: {refused}',
  },
  mean: { en: 'mean overall score {mean}', ru: 'средний общий балл: {mean}', kk: 'орташа жалпы ұпай: {mean}' },
  meanWithIncomplete: {
    en: 'mean overall score {mean} (the {incomplete} incomplete included, with their score so far)',
    ru: 'средний общий балл: {mean} (включая незавершённые, {incomplete}, с их баллом на сегодня)',
    kk: 'орташа жалпы ұпай: {mean} (аяқталмағандар да, {incomplete}, қазіргі ұпайымен ескерілді)',
  },
  weakest: { en: 'Weakest recommendations: {list}', ru: 'Самые слабые рекомендации: {list}', kk: 'Ең әлсіз ұсынымдар: {list}' },
} as const satisfies Namespace;

/** The markdown summary of a batch (summary.md). */
export const batchSummary = {
  title: { en: 'AI readiness: summary of {count} answer {count:file|files}', ru: 'Готовность к внедрению ИИ: сводка по {count} {count:файлу|файлам|файлам} ответов', kk: 'ЖИ-ді енгізуге дайындық: {count} жауап файлы бойынша жиынтық' },
  rubric: { en: 'Rubric', ru: 'Методика', kk: 'Әдістеме' },
  files: { en: 'Answer files', ru: 'Файлы ответов', kk: 'Жауап файлдары' },
  rank: { en: '#', ru: '№', kk: '№' },
  file: { en: 'File', ru: 'Файл', kk: 'Файл' },
  organization: { en: 'Organization', ru: 'Орган', kk: 'Орган' },
  overall: { en: 'Overall score', ru: 'Общий балл', kk: 'Жалпы ұпай' },
  level: { en: 'Level', ru: 'Уровень', kk: 'Деңгей' },
  coverage: { en: 'Coverage', ru: 'Охват', kk: 'Қамту' },
  result: { en: 'Result', ru: 'Результат', kk: 'Нәтиже' },
  ok: { en: 'scored', ru: 'оценён', kk: 'бағаланды' },
  error: { en: 'error: {message}', ru: 'ошибка: {message}', kk: 'қате: {message}' },
  notAssessed: { en: 'not assessed', ru: 'не оценено', kk: 'бағаланбады' },
  counts: {
    en: '{inputs} inputs: {scored} scored, {refused} with errors.',
    ru: 'Всего файлов: {inputs}; оценено: {scored}; с ошибками: {refused}.',
    kk: 'Барлығы: {inputs} файл; бағаланды: {scored}; қатесі бар: {refused}.',
  },
  overallStats: {
    en: 'Overall score across the scored files: mean {mean}, lowest {min}, highest {max}.',
    ru: 'Общий балл по оценённым файлам: в среднем {mean}, наименьший {min}, наибольший {max}.',
    kk: 'Бағаланған файлдар бойынша жалпы ұпай: орташа {mean}, ең төменгі {min}, ең жоғары {max}.',
  },
  levels: { en: 'Levels', ru: 'Уровни', kk: 'Деңгейлер' },
  bodies: { en: 'Files', ru: 'Число файлов', kk: 'Файлдар' },
  noScore: { en: 'no answers, no score', ru: 'нет ответов, нет балла', kk: 'жауап жоқ, ұпай жоқ' },
  incomplete: states.noLevel,
  incompleteShort: { en: 'incomplete', ru: 'не завершено', kk: 'аяқталмаған' },
  unsupportedTotal: {
    en: 'Claims without evidence: {claims} in {files} {files:file|files}.',
    ru: 'Ответов без подтверждения: {claims} в {files} {files:файле|файлах|файлах}.',
    kk: 'Расталмаған жауаптар: {files} файлда {claims}.',
  },
  weakest: { en: 'Weakest recommendations across the bodies', ru: 'Самые слабые рекомендации по всем органам', kk: 'Барлық органдар бойынша ең әлсіз ұсынымдар' },
  weakestNote: {
    en: 'Mean score of each recommendation over the scored files that have a score for it; lowest first.',
    ru: 'Средний балл каждой рекомендации по оценённым файлам, в которых он есть; от наименьшего.',
    kk: 'Әр ұсынымның ұпайы бар бағаланған файлдар бойынша орташа ұпайы; ең төменінен бастап.',
  },
  recommendation: { en: 'Recommendation', ru: 'Рекомендация', kk: 'Ұсыным' },
  mean: { en: 'Mean score', ru: 'Средний балл', kk: 'Орташа ұпай' },
  withScore: { en: 'Files with a score', ru: 'Файлов с баллом', kk: 'Ұпайы бар файлдар' },
  risks: { en: 'Most exposed risks across the bodies', ru: 'Наиболее высокая подверженность риску по всем органам', kk: 'Барлық органдар бойынша тәуекел дәрежесі ең жоғары санаттар' },
  risksNote: {
    en: 'Mean exposure (100 − the mean score of the category’s questions) over the scored files; highest first.',
    ru: 'Средняя подверженность риску (100 − средний балл вопросов категории) по оценённым файлам; от наибольшей.',
    kk: 'Бағаланған файлдар бойынша орташа тәуекел дәрежесі (100 − санат сұрақтарының орташа ұпайы); ең жоғарысынан бастап.',
  },
  riskCategory: { en: 'Risk category', ru: 'Категория рисков', kk: 'Тәуекел санаты' },
  meanExposure: { en: 'Mean exposure', ru: 'Средняя подверженность риску', kk: 'Орташа тәуекел дәрежесі' },
  nothingScored: { en: 'No file could be scored.', ru: 'Ни один файл не удалось оценить.', kk: 'Бірде-бір файл бағаланбады.' },
} as const satisfies Namespace;

/** The fleet view of a batch (index.html). */
export const fleetPage = {
  title: { en: 'AI readiness of {count} {count:body|bodies}', ru: 'Готовность к внедрению ИИ: {count} {count:орган|органа|органов}', kk: 'ЖИ-ді енгізуге дайындық: {count} орган' },
  rubric: { en: 'Rubric', ru: 'Методика', kk: 'Әдістеме' },
  tool: { en: 'Tool', ru: 'Инструмент', kk: 'Құрал' },
  scored: { en: 'bodies scored', ru: 'оценено органов', kk: 'бағаланған орган' },
  refused: { en: 'files with errors', ru: 'файлов с ошибками', kk: 'қатесі бар файл' },
  meanScore: { en: 'mean overall score', ru: 'средний общий балл', kk: 'орташа жалпы ұпай' },
  incompleteCount: states.noLevel,
  unsupportedCount: { en: 'claims without evidence', ru: 'ответов без подтверждения', kk: 'расталмаған жауап' },
  contents: { en: 'Contents', ru: 'Содержание', kk: 'Мазмұны' },
  distribution: { en: 'Overall scores and levels', ru: 'Общие баллы и уровни', kk: 'Жалпы ұпайлар мен деңгейлер' },
  histogramTitle: { en: 'Bodies by overall score', ru: 'Органы по общему баллу', kk: 'Органдар жалпы ұпай бойынша' },
  histogramDesc: {
    en: 'Number of bodies in each band of 10 points of the overall score: {bins}. Level thresholds: {levels}.',
    ru: 'Число органов в каждом интервале общего балла шириной 10: {bins}. Пороги уровней: {levels}.',
    kk: 'Жалпы ұпайдың әр 10 ұпайлық аралығындағы органдар саны: {bins}. Деңгейлердің шекті мәндері: {levels}.',
  },
  overallAxis: { en: 'Overall score', ru: 'Общий балл', kk: 'Жалпы ұпай' },
  level: { en: 'Level', ru: 'Уровень', kk: 'Деңгей' },
  bodies: { en: 'Bodies', ru: 'Число органов', kk: 'Органдар' },
  share: { en: 'Share', ru: 'Доля', kk: 'Үлесі' },
  noLevel: states.noLevelHeading,
  noScore: { en: 'No answers, no score', ru: 'Нет ответов, нет балла', kk: 'Жауап жоқ, ұпай жоқ' },
  weak: { en: 'Where the fleet is weak', ru: 'Слабые места по всем органам', kk: 'Барлық органдардың әлсіз тұстары' },
  weakNote: {
    en: 'How the bodies spread over the levels on each recommendation; the weakest recommendations (lowest mean) first in the table.',
    ru: 'Как органы распределяются по уровням по каждой рекомендации; в таблице — от самой слабой (наименьший средний балл).',
    kk: 'Органдардың әр ұсыным бойынша деңгейлерге бөлінуі; кестеде — ең әлсізінен бастап (ең төменгі орташа ұпай).',
  },
  stackTitle: { en: 'Levels reached on each recommendation', ru: 'Уровни по каждой рекомендации', kk: 'Әр ұсыным бойынша деңгейлер' },
  stackDesc: {
    en: 'For each recommendation, the number of bodies at each level: {rows}.',
    ru: 'Для каждой рекомендации — число органов на каждом уровне: {rows}.',
    kk: 'Әр ұсыным үшін — әр деңгейдегі органдар саны: {rows}.',
  },
  noScoreShort: { en: 'no score', ru: 'нет балла', kk: 'ұпай жоқ' },
  recommendation: { en: 'Recommendation', ru: 'Рекомендация', kk: 'Ұсыным' },
  mean: { en: 'Mean', ru: 'Среднее', kk: 'Орташа' },
  failTitle: { en: 'The questions most bodies fall behind on', ru: 'Вопросы, по которым отстаёт большинство органов', kk: 'Органдардың көбі артта қалған сұрақтар' },
  failNote: {
    en: 'A body falls behind on a question that applies to it when its answer scores below half-way or it gave none. These are the fleet’s weakest points: what a programme across the bodies should address first.',
    ru: 'Орган отстаёт по применимому к нему вопросу, если балл ответа ниже половины или ответа нет. Это самые слабые места всех органов: с них стоит начинать общую программу.',
    kk: 'Егер жауап ұпайы жартысынан төмен болса немесе жауап болмаса, орган өзіне қолданылатын сұрақ бойынша артта қалған деп саналады. Бұл барлық органдардың ең әлсіз тұстары: жалпы бағдарламаны солардан бастаған жөн.',
  },
  failChart: { en: 'Share of bodies with a low score on each question', ru: 'Доля органов с низким баллом по вопросу', kk: 'Сұрақ бойынша ұпайы төмен органдардың үлесі' },
  rank: { en: '#', ru: '№', kk: '№' },
  question: { en: 'Question', ru: 'Вопрос', kk: 'Сұрақ' },
  failing: { en: 'Behind', ru: 'Отстают', kk: 'Артта қалған' },
  unanswered: { en: 'Unanswered', ru: 'Без ответа', kk: 'Жауапсыз' },
  meanAnswered: { en: 'Mean of answers', ru: 'Средний балл ответов', kk: 'Жауаптардың орташа ұпайы' },
  groupsTitle: { en: 'By {field}', ru: 'По полю «{field}»', kk: '«{field}» бойынша' },
  groupsNote: {
    en: 'Mean scores of the bodies sharing each value of the respondent’s {key} field.',
    ru: 'Средние баллы органов с одинаковым значением поля респондента {key}.',
    kk: 'Респонденттің {key} өрісінің мәні бірдей органдардың орташа ұпайлары.',
  },
  fieldType: { en: 'type of body', ru: 'тип органа', kk: 'орган түрі' },
  fieldRegion: { en: 'region', ru: 'регион', kk: 'өңір' },
  group: { en: 'Group', ru: 'Группа', kk: 'Топ' },
  overall: { en: 'Overall', ru: 'Общий', kk: 'Жалпы' },
  all: { en: 'Every body, by overall score', ru: 'Все органы по общему баллу', kk: 'Барлық органдар жалпы ұпай бойынша' },
  allNote: {
    en: 'Highest score first; each name links to the body’s report. The recommendation columns form a heatmap: the darker the cell, the higher the level; the number is the score.',
    ru: 'От наибольшего балла; название ведёт к отчёту органа. Столбцы рекомендаций образуют тепловую карту: чем темнее ячейка, тем выше уровень; число — балл.',
    kk: 'Ең жоғары ұпайдан бастап; атауы органның есебіне апарады. Ұсыным бағандары жылу картасын құрайды: ұяшық неғұрлым қою болса, деңгей соғұрлым жоғары; сан — ұпай.',
  },
  organization: { en: 'Body', ru: 'Орган', kk: 'Орган' },
  coverage: { en: 'Coverage', ru: 'Охват', kk: 'Қамту' },
  signals: { en: 'Limits and flags', ru: 'Ограничения и отметки', kk: 'Шектеулер мен белгілер' },
  incompleteMark: { en: 'incomplete', ru: 'не завершено', kk: 'аяқталмаған' },
  unsupportedMark: { en: '{count} without evidence', ru: 'без подтверждения: {count}', kk: 'расталмаған: {count}' },
  notAssessed: { en: 'not assessed', ru: 'не оценено', kk: 'бағаланбады' },
  noLevelYet: states.noLevel,
  legend: { en: 'Cell shades by level', ru: 'Оттенки ячеек по уровням', kk: 'Ұяшық реңктері деңгейлер бойынша' },
  errors: { en: 'Files that could not be scored', ru: 'Файлы, которые не удалось оценить', kk: 'Бағаланбаған файлдар' },
  noErrors: { en: 'Every file was scored.', ru: 'Все файлы оценены.', kk: 'Барлық файл бағаланды.' },
  file: { en: 'File', ru: 'Файл', kk: 'Файл' },
  error: { en: 'Error', ru: 'Ошибка', kk: 'Қате' },
  nothingScored: { en: 'No file could be scored.', ru: 'Ни один файл не удалось оценить.', kk: 'Бірде-бір файл бағаланбады.' },
} as const satisfies Namespace;

/**
 * What a batch says about the fleet as a whole beyond the per-file rows: the extra summary
 * columns, the long export, repeated bodies and copies, lenient files, stale reports and the
 * closing count of `--fail-under`.
 */
export const batchFleet = {
  colType: { en: 'Type of body (respondent.type)', ru: 'Тип органа (respondent.type)', kk: 'Орган түрі (respondent.type)' },
  colRegion: { en: 'Region (respondent.region)', ru: 'Регион (respondent.region)', kk: 'Өңір (respondent.region)' },
  colCappedBy: {
    en: 'Level capped by (weakest recommendation)',
    ru: 'Уровень ограничен рекомендацией (самое слабое звено)',
    kk: 'Деңгейді шектеген ұсыным (ең әлсіз буын)',
  },
  colUncapped: { en: 'Level by the score alone', ru: 'Уровень только по баллу', kk: 'Тек ұпай бойынша деңгей' },
  colGate: { en: 'Gate: {text} ({id})', ru: 'Вопрос-фильтр: {text} ({id})', kk: 'Сүзгі сұрақ: {text} ({id})' },
  colLenient: {
    en: 'Set aside by --lenient (an answer counts as unanswered)',
    ru: 'Отброшено режимом --lenient (ответ учтён как «нет ответа»)',
    kk: '--lenient режимі алып тастаған жазбалар (жауап «жауап жоқ» деп есептелді)',
  },
  colRepeats: { en: 'Repeats an earlier file', ru: 'Повторяет более ранний файл', kk: 'Бұрынғы файлды қайталайды' },
  colBelow: { en: 'Below --fail-under (1 = yes)', ru: 'Ниже порога --fail-under (1 = да)', kk: '--fail-under шекті мәнінен төмен (1 = иә)' },
  repeatOrganization: {
    en: 'same organization as file #{index} ({file})',
    ru: 'тот же орган, что в файле № {index} ({file})',
    kk: '№ {index} файлдағы органның өзі ({file})',
  },
  repeatCopy: {
    en: 'same answers and evidence as file #{index} ({file})',
    ru: 'те же ответы и подтверждения, что в файле № {index} ({file})',
    kk: '№ {index} файлдағы жауаптар мен растаулардың дәл өзі ({file})',
  },
  longFile: { en: 'File', ru: 'Файл', kk: 'Файл' },
  longOrganization: { en: 'Organization', ru: 'Орган', kk: 'Орган' },
  longBodyStatus: { en: 'Assessment status', ru: 'Статус оценки', kk: 'Бағалау күйі' },
  longQuestionId: { en: 'Question id', ru: 'Идентификатор вопроса', kk: 'Сұрақ идентификаторы' },
  longQuestion: { en: 'Question', ru: 'Вопрос', kk: 'Сұрақ' },
  longStatus: { en: 'Answer status', ru: 'Состояние ответа', kk: 'Жауап күйі' },
  longAnswerId: { en: 'Answer (option id)', ru: 'Ответ (идентификатор варианта)', kk: 'Жауап (нұсқа идентификаторы)' },
  longAnswer: { en: 'Answer', ru: 'Ответ', kk: 'Жауап' },
  longCountedId: { en: 'Counted as (option id)', ru: 'Учтено как (идентификатор варианта)', kk: 'Есептелген нұсқа (идентификаторы)' },
  longCounted: { en: 'Counted as', ru: 'Учтено как', kk: 'Есептелген нұсқа' },
  longScore: { en: 'Score counted (0–1)', ru: 'Учтённый балл (0–1)', kk: 'Есептелген ұпай (0–1)' },
  longEvidence: { en: 'Evidence (as written)', ru: 'Подтверждение (как указано)', kk: 'Растау (көрсетілгендей)' },
  longUnsupported: { en: 'Without evidence: reason', ru: 'Без подтверждения: причина', kk: 'Расталмаған: себебі' },
  longFlags: { en: 'Flags', ru: 'Отметки', kk: 'Белгілер' },
  longLenient: { en: 'Set aside by --lenient (1 = yes)', ru: 'Отброшено режимом --lenient (1 = да)', kk: '--lenient алып тастаған (1 = иә)' },
  statusAnswered: { en: 'answered', ru: 'есть ответ', kk: 'жауап берілді' },
  statusUnanswered: { en: 'not answered', ru: 'нет ответа', kk: 'жауап жоқ' },
  statusDeclared: { en: 'not applicable (justified)', ru: 'неприменимо (обосновано)', kk: 'қолданылмайды (негізделген)' },
  statusGated: { en: 'does not apply (gate)', ru: 'не применяется (вопрос-фильтр)', kk: 'қолданылмайды (сүзгі сұрақ)' },
  repeatsHeading: { en: 'Repeated bodies and copies', ru: 'Повторы органов и копии', kk: 'Қайталанған органдар мен көшірмелер' },
  repeatsNote: {
    en: 'Each file below repeats an earlier one. A body in two files counts twice in every count and mean; two bodies with the same answers and evidence are worth checking first.',
    ru: 'Каждый файл ниже повторяет более ранний. Орган, представленный двумя файлами, учтён дважды во всех счётчиках и средних; два органа с одинаковыми ответами и подтверждениями стоит проверить в первую очередь.',
    kk: 'Төмендегі әр файл бұрынғы файлды қайталайды. Екі файлмен берілген орган барлық санақ пен орташа мәнде екі рет ескерілді; жауаптары мен растаулары бірдей екі органды бірінші кезекте тексерген жөн.',
  },
  repeatsConsole: {
    en: 'repeats: {count} {count:file repeats|files repeat} an earlier one (same organization, or the same answers and evidence):',
    ru: 'повторы: {count} {count:файл повторяет|файла повторяют|файлов повторяют} более ранние (тот же орган или те же ответы и подтверждения):',
    kk: 'қайталаулар: {count} файл бұрынғы файлдарды қайталайды (сол орган немесе сол жауаптар мен растаулар):',
  },
  repeatLine: { en: '#{index} {file} ({organization}): {what}', ru: '№ {index} {file} ({organization}): {what}', kk: '№ {index} {file} ({organization}): {what}' },
  lenientMark: {
    en: 'lenient: {count} {count:answer|answers} set aside',
    ru: 'lenient: {count} {count:ответ отброшен|ответа отброшены|ответов отброшено}',
    kk: 'lenient: {count} жауап алынып тасталды',
  },
  lenientConsole: {
    en: '--lenient: {count} {count:file was|files were} scored with some answers set aside as unanswered; their rows say which',
    ru: '--lenient: {count} {count:файл оценён|файла оценены|файлов оценено} с отброшенными ответами (учтены как «нет ответа»); какие именно, сказано в их строках',
    kk: '--lenient: {count} файл кейбір жауаптары алынып тасталып бағаланды («жауап жоқ» деп есептелді); қайсысы екені олардың жолдарында көрсетілген',
  },
  belowMark: { en: 'below {min}', ru: 'ниже {min}', kk: '{min} шекті мәнінен төмен' },
  failSummary: {
    en: '--fail-under {min}: {below} below the bar, {incomplete} incomplete, {failed} could not be scored',
    ru: '--fail-under {min}: ниже порога {below}, не завершено {incomplete}, не удалось оценить {failed}',
    kk: '--fail-under {min}: шекті мәннен төмен {below}, аяқталмаған {incomplete}, бағалау мүмкін болмады {failed}',
  },
  stale: {
    en: '{dir}: {count} report {count:file is|files are} of bodies not in this batch (left from an earlier run): {list}; --clean removes them',
    ru: '{dir}: {count} {count:файл отчёта относится|файла отчётов относятся|файлов отчётов относятся} к органам, которых нет в этом запуске (остались от прежнего): {list}; --clean удалит их',
    kk: '{dir}: {count} есеп файлы осы іске қосуда жоқ органдарға тиесілі (бұрынғы іске қосудан қалған): {list}; --clean оларды жояды',
  },
  cleaned: {
    en: '{dir}: removed {count} report {count:file|files} of bodies not in this batch: {list}',
    ru: '{dir}: {count:удалён|удалено|удалено} {count} {count:файл отчёта|файла отчётов|файлов отчётов} органов, которых нет в этом запуске: {list}',
    kk: '{dir}: осы іске қосуда жоқ органдардың {count} есеп файлы жойылды: {list}',
  },
  notGiven: { en: '(not given)', ru: '(не указано)', kk: '(көрсетілмеген)' },
  meansNote: {
    en: 'Means are over every scored body with a score, the {incomplete} incomplete ones included (their score so far counts); the level table leaves them out.',
    ru: 'Средние рассчитаны по всем оценённым органам с баллом, включая незавершённые ({incomplete}; учтён их балл на сегодня); в таблицу уровней они не входят.',
    kk: 'Орташа мәндер ұпайы бар барлық бағаланған органдар бойынша есептелді, оның ішінде {incomplete} аяқталмаған орган бар (олардың қазіргі ұпайы ескерілді); деңгейлер кестесіне олар кірмейді.',
  },
  groupsMissing: {
    en: '{count} {count:body gives|bodies give} no {field}: counted in the row «(not given)».',
    ru: 'Органов без поля «{field}»: {count}; они учтены в строке «(не указано)».',
    kk: '«{field}» өрісі жоқ органдар: {count}; олар «(көрсетілмеген)» жолында ескерілді.',
  },
} as const satisfies Namespace;
