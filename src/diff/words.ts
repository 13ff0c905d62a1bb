import { format, type Lang, type Texts } from '../i18n/lang.js';
import type { MigrationProblem } from './structure.js';

/** What `readiness diff` says, in every language: the markdown output and the command's messages. */
export const words = {
  // Markdown: headings
  title: { en: 'Rubric change: {id} {from} → {to}', ru: 'Изменение методики: {id} {from} → {to}', kk: 'Әдістеме өзгерісі: {id} {from} → {to}' },
  headLevelChanges: { en: 'Level changes', ru: 'Органы, у которых меняется уровень', kk: 'Деңгейі өзгеретін органдар' },
  headStructure: { en: 'What changed in the rubric', ru: 'Что изменилось в методике', kk: 'Әдістемедегі өзгерістер' },
  headQuestions: { en: 'Questions', ru: 'Вопросы', kk: 'Сұрақтар' },
  headLevels: { en: 'Levels and thresholds', ru: 'Уровни и пороги', kk: 'Деңгейлер мен шекті мәндер' },
  headRecommendations: { en: 'Recommendations', ru: 'Рекомендации', kk: 'Ұсынымдар' },
  headSections: { en: 'Sections', ru: 'Разделы', kk: 'Бөлімдер' },
  headRubric: { en: 'Rubric', ru: 'Методика', kk: 'Әдістеме' },
  headMigration: { en: 'Migration checks', ru: 'Проверка миграции', kk: 'Миграцияны тексеру' },
  headScores: {
    en: 'Scores before and after (biggest moves first)',
    ru: 'Баллы до и после (сначала самые большие сдвиги)',
    kk: 'Бұрынғы және кейінгі ұпайлар (алдымен ең үлкен өзгерістер)',
  },
  headMethod: { en: 'The method, before and after', ru: 'Методика до и после', kk: 'Әдістеме бұрын және кейін' },
  methodNote: {
    en: 'What `readiness analyze` finds on each version (simulated respondents; {draws} random draws).',
    ru: 'Что находит `readiness analyze` в каждой версии (смоделированные респонденты; {draws} случайных испытаний).',
    kk: '`readiness analyze` әр нұсқада не табатыны (модельденген респонденттер; {draws} кездейсоқ сынақ).',
  },
  colFigure: { en: 'Figure', ru: 'Показатель', kk: 'Көрсеткіш' },
  mMinCoverage: { en: 'Coverage floor', ru: 'Минимальный охват', kk: 'Ең аз қамту' },
  mWeakestLink: { en: 'Weakest link', ru: 'Слабое звено', kk: 'Әлсіз буын' },
  mEvidenceFrom: { en: 'Evidence needed from', ru: 'Подтверждение требуется от балла варианта', kk: 'Растау талап етілетін жауап нұсқасының ұпайы' },
  mShares: { en: 'Question shares (smallest–largest)', ru: 'Доли вопросов (наименьшая–наибольшая)', kk: 'Сұрақ үлестері (ең кіші–ең үлкен)' },
  mRungs: { en: 'Every answer at rung 1, 2, …', ru: 'Все ответы на ступени 1, 2, …', kk: 'Барлық жауап 1, 2, … сатыда' },
  mUniform: { en: 'Uniformly random answers (mean ± spread)', ru: 'Случайные ответы (среднее ± разброс)', kk: 'Кездейсоқ жауаптар (орташа ± шашырау)' },
  mAcquiescent: { en: 'Acquiescent answers (mean)', ru: '«Соглашающиеся» ответы (среднее)', kk: '«Келісуші» жауаптар (орташа)' },
  mNoAi: { en: 'Exemplary body without AI', ru: 'Образцовый орган без ИИ', kk: 'ЖИ жоқ үлгілі орган' },
  mRoutes: { en: 'Gaming routes', ru: 'Пути обхода методики', kk: 'Әдістемені айналып өту жолдары' },
  mOutsideBand: { en: 'Questions outside the share band', ru: 'Вопросы вне допустимой доли', kk: 'Рұқсат етілген үлестен тыс сұрақтар' },
  mOff: { en: 'off', ru: 'не задано', kk: 'берілмеген' },
  headByRecommendation: { en: 'By recommendation', ru: 'По рекомендациям', kk: 'Ұсынымдар бойынша' },
  headPerFile: {
    en: 'Each recommendation, file by file',
    ru: 'Каждая рекомендация по каждому файлу',
    kk: 'Әр ұсыным, әр файл бойынша',
  },
  headInvalid: { en: 'Invalid answer files', ru: 'Файлы ответов с ошибками', kk: 'Қатесі бар жауап файлдары' },
  headSkipped: {
    en: 'Skipped: made for another rubric',
    ru: 'Пропущены: составлены для другой методики',
    kk: 'Өткізіп жіберілді: басқа әдістеме үшін жасалған',
  },
  headWarnings: {
    en: 'Warnings when carrying answer files forward',
    ru: 'Предупреждения при переносе файлов ответов',
    kk: 'Жауап файлдарын тасымалдау кезіндегі ескертулер',
  },
  // Markdown: summary
  summaryFiles: { en: '**{n}** answer {n:file|files}', ru: 'файлов ответов: **{n}**', kk: 'жауап файлдары: **{n}**' },
  summaryLevels: { en: '**{n}** change level', ru: 'меняют уровень: **{n}**', kk: 'деңгейі өзгереді: **{n}**' },
  summaryMoves: {
    en: 'scores up {up}, down {down}, unchanged {same}',
    ru: 'балл вырос: {up}, снизился: {down}, не изменился: {same}',
    kk: 'ұпайы өскені: {up}, төмендегені: {down}, өзгермегені: {same}',
  },
  summaryLargest: { en: 'largest move **{n}** {n:point|points}', ru: 'наибольший сдвиг: **{n}** {n:балл|балла|баллов}', kk: 'ең үлкен өзгеріс: **{n}** ұпай' },
  summaryMean: { en: 'mean move {n}', ru: 'средний сдвиг: {n}', kk: 'орташа өзгеріс: {n}' },
  summaryInvalid: { en: '**{n}** invalid', ru: 'с ошибками: **{n}**', kk: 'қатесі бар: **{n}**' },
  summarySkipped: { en: '{n} skipped', ru: 'пропущено: {n}', kk: 'өткізіп жіберілді: {n}' },
  overLimit: {
    en: 'Over the limit of {limit} {limit:point|points}: {n} {n:file|files}.',
    ru: 'Превышен допустимый сдвиг ({limit} {limit:балл|балла|баллов}); файлов: {n}.',
    kk: '{limit} ұпай шегінен асты: {n} файл.',
  },
  withinLimit: {
    en: 'Every overall score moves by at most {limit} {limit:point|points}.',
    ru: 'Ни один общий балл не сдвигается больше чем на {limit} {limit:балл|балла|баллов}.',
    kk: 'Ешбір жалпы ұпай {limit} ұпайдан артық өзгермейді.',
  },
  noAnswers: {
    en: 'No answer files were given (--answers): structure only.',
    ru: 'Файлы ответов не указаны (--answers): только структура.',
    kk: 'Жауап файлдары көрсетілмеген (--answers): тек құрылым.',
  },
  noFiles: { en: 'No answer file could be scored.', ru: 'Ни один файл ответов не удалось оценить.', kk: 'Бірде-бір жауап файлы бағаланбады.' },
  identical: { en: 'The two rubrics are the same.', ru: 'Методики совпадают.', kk: 'Екі әдістеме бірдей.' },
  more: {
    en: '… and {n} more; `--format json` lists them all.',
    ru: '… и ещё {n}; полный список в `--format json`.',
    kk: '… және тағы {n}; толық тізім `--format json` шығысында.',
  },
  // Markdown: table headers
  colBody: { en: 'Body', ru: 'Орган', kk: 'Орган' },
  colFile: { en: 'File', ru: 'Файл', kk: 'Файл' },
  colBefore: { en: 'Before', ru: 'До', kk: 'Бұрын' },
  colAfter: { en: 'After', ru: 'После', kk: 'Кейін' },
  colDelta: { en: 'Δ', ru: 'Δ', kk: 'Δ' },
  colLevel: { en: 'Level', ru: 'Уровень', kk: 'Деңгей' },
  colRecommendation: { en: 'Recommendation', ru: 'Рекомендация', kk: 'Ұсыным' },
  colFiles: { en: 'Files', ru: 'Файлов', kk: 'Файлдар' },
  colMeanBefore: { en: 'Mean before', ru: 'Среднее до', kk: 'Бұрынғы орташа' },
  colMeanAfter: { en: 'Mean after', ru: 'Среднее после', kk: 'Кейінгі орташа' },
  colMeanDelta: { en: 'Mean Δ', ru: 'Средний Δ', kk: 'Орташа Δ' },
  colLargest: { en: 'Largest |Δ|', ru: 'Наибольший |Δ|', kk: 'Ең үлкен |Δ|' },
  noScore: { en: 'no score', ru: 'нет балла', kk: 'ұпай жоқ' },
  /** A score without a level: the assessment is below the coverage floor. */
  noLevel: { en: 'no level (incomplete)', ru: 'нет уровня (не завершена)', kk: 'деңгей жоқ (аяқталмаған)' },
  // Markdown: structure items
  renamed: { en: 'Renamed', ru: 'Переименованы', kk: 'Идентификаторы өзгертілді' },
  split: { en: 'Split', ru: 'Разделены', kk: 'Бөлінді' },
  dropped: {
    en: 'Dropped (declared in the migration)',
    ru: 'Удалены (указано в миграции)',
    kk: 'Алынып тасталды (миграцияда көрсетілген)',
  },
  removedUndeclared: {
    en: 'Removed without a migration entry (their answers are lost)',
    ru: 'Удалены без записи в миграции (ответы на них теряются)',
    kk: 'Миграция жазбасынсыз алынды (оларға берілген жауаптар жоғалады)',
  },
  added: { en: 'Added', ru: 'Добавлены', kk: 'Қосылды' },
  removed: { en: 'Removed', ru: 'Удалены', kk: 'Алынды' },
  reweighted: { en: 'Re-weighted', ru: 'Изменён вес', kk: 'Салмағы өзгерді' },
  remapped: {
    en: 'Re-mapped to other recommendations',
    ru: 'Отнесены к другим рекомендациям',
    kk: 'Басқа ұсынымдарға жатқызылды',
  },
  recWeights: {
    en: 'Weights for recommendations changed',
    ru: 'Изменены веса по рекомендациям',
    kk: 'Ұсынымдар бойынша салмақтар өзгерді',
  },
  moved: { en: 'Moved to another section', ru: 'Перенесены в другой раздел', kk: 'Басқа бөлімге ауыстырылды' },
  options: { en: 'Options changed', ru: 'Изменены варианты ответа', kk: 'Жауап нұсқалары өзгерді' },
  texts: { en: 'Texts changed', ru: 'Изменены тексты', kk: 'Мәтіндер өзгерді' },
  questionOrder: { en: 'The order of questions changed.', ru: 'Изменён порядок вопросов.', kk: 'Сұрақтардың реті өзгерді.' },
  inSection: { en: 'section {area}', ru: 'раздел {area}', kk: '{area} бөлімі' },
  weightIs: { en: 'weight {w}', ru: 'вес {w}', kk: 'салмағы {w}' },
  optRenamedHead: { en: 'renamed', ru: 'переименованы', kk: 'идентификаторы өзгертілді' },
  optAddedHead: { en: 'added', ru: 'добавлены', kk: 'қосылды' },
  optRemovedHead: { en: 'removed', ru: 'удалены', kk: 'алынды' },
  optRescoredHead: { en: 'scores', ru: 'баллы', kk: 'ұпайлары' },
  optLabelsHead: { en: 'labels', ru: 'подписи', kk: 'мәтіндері' },
  optOrder: { en: 'order changed', ru: 'изменён порядок', kk: 'реті өзгерді' },
  threshold: { en: 'Thresholds changed', ru: 'Изменены пороги', kk: 'Шекті мәндер өзгерді' },
  fromScore: { en: 'from {min}', ru: 'от {min}', kk: '{min} ұпайдан бастап' },
  weight: { en: 'Weights changed', ru: 'Изменены веса', kk: 'Салмақтар өзгерді' },
  kindChanged: { en: 'Kind changed', ru: 'Изменён вид', kk: 'Түрі өзгерді' },
  problemArea: { en: 'problem area', ru: 'проблемная область', kk: 'проблемалық сала' },
  riskCategory: { en: 'risk category', ru: 'категория рисков', kk: 'тәуекел санаты' },
  languagesAdded: { en: 'Languages added', ru: 'Добавлены языки', kk: 'Тілдер қосылды' },
  languagesRemoved: { en: 'Languages removed', ru: 'Удалены языки', kk: 'Тілдер алынды' },
  idChanged: { en: 'Rubric id changed', ru: 'Изменён идентификатор методики', kk: 'Әдістеме идентификаторы өзгерді' },
  // Text field names
  fieldText: { en: 'text', ru: 'текст', kk: 'мәтін' },
  fieldHelp: { en: 'help', ru: 'пояснение', kk: 'түсіндірме' },
  fieldLabel: { en: 'label', ru: 'подпись', kk: 'мәтіні' },
  fieldTitle: { en: 'title', ru: 'заголовок', kk: 'тақырыбы' },
  fieldDescription: { en: 'description', ru: 'описание', kk: 'сипаттамасы' },
  fieldActions: { en: 'actions for {level}', ru: 'действия для уровня {level}', kk: '{level} деңгейіне арналған әрекеттер' },
  fieldExample: { en: 'example {n}', ru: 'пример {n}', kk: '{n}-мысал' },
  fieldSource: { en: 'source', ru: 'источник', kk: 'дереккөзі' },
  // Migration problems
  versionNotBumped: {
    en: 'Questions or options were renamed or removed but the version is still {version}: answer files made with it will be refused. Raise the version and declare a migration.',
    ru: 'Вопросы или варианты ответа переименованы или удалены, но версия методики осталась {version}: файлы ответов этой версии будут отклонены. Повысьте версию и опишите миграцию.',
    kk: 'Сұрақтар немесе жауап нұсқалары өзгертілді не алынды, бірақ әдістеме нұсқасы әлі {version}: осы нұсқамен жасалған жауап файлдары қабылданбайды. Нұсқа нөмірін арттырып, миграцияны сипаттаңыз.',
  },
  noMigration: {
    en: 'Questions were renamed or removed but {version} declares no migration from {from}: answer files made with {from} are scored only where their ids match.',
    ru: 'Вопросы переименованы или удалены, но в {version} нет миграции с {from}: файлы ответов версии {from} оцениваются только там, где совпадают идентификаторы.',
    kk: 'Сұрақтар өзгертілді не алынды, бірақ {version} нұсқасында {from} нұсқасынан миграция жоқ: {from} нұсқасының жауап файлдары тек идентификаторлар сәйкес келген жерде бағаланады.',
  },
  unknownOldQuestion: {
    en: 'migrations ({where}) name question "{id}", which version {version} does not have',
    ru: 'в миграции ({where}) указан вопрос «{id}», которого нет в версии {version}',
    kk: 'миграцияда ({where}) {version} нұсқасында жоқ «{id}» сұрағы көрсетілген',
  },
  unknownOldOption: {
    en: 'migrations (options) name option "{option}" of question "{id}", which version {version} does not have',
    ru: 'в миграции (options) указан вариант ответа «{option}» вопроса «{id}», которого нет в версии {version}',
    kk: 'миграцияда (options) «{id}» сұрағының {version} нұсқасында жоқ «{option}» жауап нұсқасы көрсетілген',
  },
  removedUndeclaredProblem: {
    en: 'question "{id}" is gone but the migration neither renames, splits nor drops it',
    ru: 'вопрос «{id}» удалён, но миграция не переименовывает, не разделяет и не удаляет его',
    kk: '«{id}» сұрағы алынды, бірақ миграция оның идентификаторын өзгертпейді, оны бөлмейді және алып тастамайды',
  },
  optionRemovedUndeclared: {
    en: 'option "{option}" of question "{id}" is gone and the migration maps it to no other option: answers that chose it are lost',
    ru: 'вариант ответа «{option}» вопроса «{id}» удалён, и миграция не сопоставляет его ни с одним другим вариантом: такие ответы теряются',
    kk: '«{id}» сұрағының «{option}» жауап нұсқасы алынды, миграция оны басқа жауап нұсқасына сәйкестендірмейді: мұндай жауаптар жоғалады',
  },
  // Command messages
  madeFor: { en: 'made for rubric {rubric}', ru: 'составлен для методики {rubric}', kk: '{rubric} әдістемесі үшін жасалған' },
  overLimitMessage: {
    en: 'overall score moved by more than {limit} {limit:point|points} in {n} {n:file|files}:',
    ru: 'общий балл изменился больше чем на {limit} {limit:балл|балла|баллов} в {n} {n:файле|файлах|файлах}:',
    kk: 'жалпы ұпай {limit} ұпайдан артық өзгерген файлдар ({n}):',
  },
  invalidMessage: {
    en: '{n} answer {n:file|files} could not be scored; see the findings above',
    ru: 'файлов ответов, которые не удалось оценить: {n}; см. замечания выше',
    kk: 'бағаланбаған жауап файлдары: {n}; жоғарыдағы тексеру нәтижелерін қараңыз',
  },
  migrationErrors: {
    en: 'the migration does not match the old rubric; see the findings above',
    ru: 'миграция не соответствует старой методике; см. замечания выше',
    kk: 'миграция ескі әдістемеге сәйкес емес; жоғарыдағы тексеру нәтижелерін қараңыз',
  },
  needNewRubric: {
    en: 'give the old and the new rubric, or the new rubric with --base <git-ref>',
    ru: 'укажите старую и новую методику либо новую методику с --base <git-ссылка>',
    kk: 'ескі және жаңа әдістемені немесе жаңа әдістемені --base <git-сілтеме> арқылы көрсетіңіз',
  },
  baseTakesOne: {
    en: 'with --base give only the new rubric: the old one is read from git',
    ru: 'с --base укажите только новую методику: старая берётся из git',
    kk: '--base қолданылғанда тек жаңа әдістемені көрсетіңіз: ескісі git-тен алынады',
  },
  maxDeltaNeedsAnswers: {
    en: '--max-delta needs --answers <dir>: there is nothing to measure without answer files',
    ru: '--max-delta требует --answers <папка>: без файлов ответов нечего измерять',
    kk: '--max-delta үшін --answers <қалта> керек: жауап файлдарынсыз өлшейтін ештеңе жоқ',
  },
  gitMissing: {
    en: 'git is not installed or not on PATH; --base needs it',
    ru: 'git не установлен или не найден в PATH; он нужен для --base',
    kk: 'git орнатылмаған немесе PATH ішінде жоқ; --base үшін қажет',
  },
  gitNotRepo: {
    en: '{file} is not inside a git repository; --base needs one',
    ru: '{file} находится вне git-репозитория; для --base он нужен',
    kk: '{file} git репозиторийінен тыс орналасқан; --base үшін репозиторий қажет',
  },
  gitBadRef: {
    en: '--base {ref}: no such commit, branch or tag (in CI, fetch the base branch first)',
    ru: '--base {ref}: нет такого коммита, ветки или тега (в CI сначала загрузите базовую ветку)',
    kk: '--base {ref}: мұндай коммит, тармақ немесе тег жоқ (CI ішінде алдымен негізгі тармақты жүктеңіз)',
  },
  gitNotAtRef: {
    en: 'the file does not exist at that ref (a new rubric has nothing to compare with)',
    ru: 'по этой ссылке (ревизии) файла нет (новую методику не с чем сравнивать)',
    kk: 'бұл сілтемеде файл жоқ (жаңа әдістемені салыстыратын ештеңе жоқ)',
  },
  gitTooLarge: {
    en: 'the file at that ref is over the size limit',
    ru: 'файл в этой ревизии превышает предельный размер',
    kk: 'бұл сілтемедегі файл көлем шегінен асады',
  },
  gitFailed: { en: 'git failed: {detail}', ru: 'ошибка git: {detail}', kk: 'git қатесі: {detail}' },
} as const satisfies Record<string, Texts>;

export type WordKey = keyof typeof words;

/** The word `key` in `lang`, with `{name}` placeholders filled. */
export function word(lang: Lang, key: WordKey, vars?: Readonly<Record<string, string | number>>): string {
  return format(words[key], lang, vars);
}

const problemWord: Record<MigrationProblem['code'], WordKey> = {
  versionNotBumped: 'versionNotBumped',
  noMigration: 'noMigration',
  unknownOldQuestion: 'unknownOldQuestion',
  unknownOldOption: 'unknownOldOption',
  removedUndeclared: 'removedUndeclaredProblem',
  optionRemovedUndeclared: 'optionRemovedUndeclared',
};

/** A migration problem worded in `lang`. */
export function problemText(lang: Lang, p: MigrationProblem): string {
  return word(lang, problemWord[p.code], p.vars);
}
