import type { Namespace } from './entry.js';

// The command line's texts, in one file because every command loads both namespaces.

/** What `--help` says about each command and option. Kept as prose; the wiring is in src/cli/main.ts. */
export const help = {
  program: {
    en: 'Assess how ready a government body of Kazakhstan is to adopt AI, against the six recommendations of the analytical note on AI in the civil service.',
    ru: 'Оценка готовности государственного органа Республики Казахстан к внедрению ИИ по шести рекомендациям аналитической записки об ИИ на государственной службе.',
    kk: 'Қазақстан Республикасы мемлекеттік органының жасанды интеллектіні енгізуге дайындығын мемлекеттік қызметтегі ЖИ туралы талдамалық жазбаның алты ұсынымы бойынша бағалау.',
  },
  assess: {
    en: 'interview the body\'s representative, saving after every answer; then write the reports',
    ru: 'провести опрос представителя органа (каждый ответ сразу сохраняется) и сформировать отчёты',
    kk: 'орган өкілімен сауалнама жүргізу (әр жауап бірден сақталады), соңында есептер жасау',
  },
  score: {
    en: 'score answer files (files, folders, globs): one report each and, for several, a summary',
    ru: 'оценить файлы ответов (файлы, папки, маски вида *.yaml): отчёт по каждому и сводка по нескольким',
    kk: 'жауап файлдарын бағалау (файлдар, қалталар, *.yaml түріндегі маскалар): әрқайсысына есеп, бірнешеуіне жиынтық',
  },
  validate: {
    en: 'check rubrics (schema and meaning) and, with --answers, answer files against them',
    ru: 'проверить методики (схему и смысл), а с --answers — и файлы ответов',
    kk: 'әдістемелерді (схема мен мағына) және --answers арқылы жауап файлдарын тексеру',
  },
  diff: {
    en: 'show what a rubric change does: structural changes and each answer file\'s scores before and after',
    ru: 'показать, что меняет правка методики: изменения структуры и баллы каждого файла ответов до и после',
    kk: 'әдістемедегі өзгерістің әсерін көрсету: құрылым өзгерістері және әр жауап файлының бұрынғы мен кейінгі ұпайлары',
  },
  template: {
    en: 'print a blank answer file with every question and its options as comments',
    ru: 'вывести пустой файл ответов: все вопросы и варианты ответа в комментариях',
    kk: 'бос жауап файлын шығару: барлық сұрақтар мен жауап нұсқалары түсініктемелерде',
  },
  checklist: {
    en: 'print what each unit of the body gathers before the interview: its questions and the document that shows each answer',
    ru: 'вывести, что каждое подразделение органа готовит к опросу: его вопросы и документ, подтверждающий каждый ответ',
    kk: 'органның әр бөлімшесі сауалнамаға дейін не дайындайтынын шығару: оның сұрақтары және әр жауапты растайтын құжат',
  },
  merge: {
    en: 'merge the files a body\'s units filled in into one answer file; conflicting answers are refused',
    ru: 'объединить файлы подразделений органа в один файл ответов; противоречащие ответы отклоняются',
    kk: 'құрылымдық бөлімшелер толтырған файлдарды органның бір жауап файлына біріктіру; қайшы жауаптар қабылданбайды',
  },
  compare: {
    en: 'compare the same body at two dates: scores and levels then and now, what improved, what slipped',
    ru: 'сравнить состояние одного органа на две даты: баллы и уровни тогда и сейчас, что улучшилось, что ухудшилось',
    kk: 'бір органның екі кезеңдегі жағдайын салыстыру: сол кездегі және қазіргі ұпайлар мен деңгейлер, не жақсарды, не нашарлады',
  },
  schema: {
    en: 'print the JSON Schema of the rubric, answer-file, report, comparison or agreement format',
    ru: 'вывести JSON Schema формата методики, файла ответов, отчёта, сравнения или согласованности',
    kk: 'әдістеме, жауап файлы, есеп, салыстыру немесе келісімділік пішімінің JSON Schema сипаттамасын шығару',
  },
  analyze: {
    en: 'show what the rubric\'s method does: each question\'s share, simulated respondents, gaming routes (exit 1 if any)',
    ru: 'показать, как устроен подсчёт по методике: доля каждого вопроса, смоделированные респонденты, пути обхода (код 1, если они есть)',
    kk: 'әдістеме бойынша есептеудің қалай құрылғанын көрсету: әр сұрақтың үлесі, модельденген респонденттер, айналып өту жолдары (бар болса, 1 коды)',
  },
  optFormatAnalyze: { en: 'output format', ru: 'формат вывода', kk: 'шығыс пішімі' },
  analyzeExamples: {
    en: 'Examples:\n  readiness analyze                       the built-in rubric, markdown\n  readiness analyze rubrics/new.yaml --format json\n\nExit codes: 0 — no gaming route and every share in its band; 1 — otherwise.',
    ru: 'Примеры:\n  readiness analyze                       встроенная методика, формат Markdown\n  readiness analyze rubrics/new.yaml --format json\n\nКоды выхода: 0 — путей обхода нет и доли в допустимых пределах; 1 — иначе.',
    kk: 'Мысалдар:\n  readiness analyze                       кірістірілген әдістеме, Markdown пішімі\n  readiness analyze rubrics/new.yaml --format json\n\nШығу кодтары: 0 — айналып өту жолы жоқ, үлестер рұқсат етілген шекте; 1 — әйтпесе.',
  },
  optUnit: {
    en: 'only the questions of this unit of the body (an id from the rubric\'s units)',
    ru: 'только вопросы этого подразделения органа (идентификатор из units методики)',
    kk: 'тек органның осы бөлімшесінің сұрақтары (әдістеменің units тізіміндегі идентификатор)',
  },
  optFormatChecklist: { en: 'output format', ru: 'формат вывода', kk: 'шығыс пішімі' },
  optFormatCompare: { en: 'output format', ru: 'формат вывода', kk: 'шығыс пішімі' },
  optMergeOut: { en: 'the body\'s answer file to write', ru: 'файл ответов органа, который будет записан', kk: 'органның жауаптары жазылатын файл' },
  optPrefer: {
    en: 'settle conflicts with this file\'s answer (repeatable; recorded in the merged file)',
    ru: 'решать противоречия в пользу ответа из этого файла (можно повторять; записывается в объединённый файл)',
    kk: 'қайшылықтарды осы файлдың жауабы пайдасына шешу (қайталауға болады; біріктірілген файлға жазылады)',
  },
  optForceOut: { en: 'replace --out if it exists', ru: 'заменить --out, если он существует', kk: '--out бар болса, оны ауыстыру' },
  optForceMerge: { en: 'overwrite --out if it exists', ru: 'перезаписать --out, если он существует', kk: '--out бар болса, қайта жазу' },
  optForceCompare: {
    en: 'compare even when the two files name different organizations; replace --out if it exists',
    ru: 'сравнить, даже если в файлах указаны разные органы; перезаписать --out, если он существует',
    kk: 'файлдарда әртүрлі органдар көрсетілсе де салыстыру; --out бар болса, қайта жазу',
  },
  audit: {
    en: "an auditor's work: the sample of claims to check against their documents",
    ru: 'работа аудитора: выборка ответов для проверки по документам',
    kk: 'аудитордың жұмысы: құжаттар бойынша тексерілетін жауаптар іріктемесі',
  },
  auditSample: {
    en: 'per body, every flagged claim, gate and n/a, every claim the declared level rests on, then a weighted random sample of the other claims; one audit file each, verdicts blank',
    ru: 'по каждому органу — все отмеченные ответы, ответы на вопросы-фильтры и n/a, все ответы, на которых держится заявленный уровень, затем взвешенная случайная выборка остальных; по файлу аудита на орган, вердикты пустые',
    kk: 'әр орган бойынша — барлық белгіленген жауаптар, сүзгі сұрақтардың жауаптары мен n/a, мәлімделген деңгей сүйенетін барлық жауаптар, одан кейін қалғандарының салмақты кездейсоқ іріктемесі; әр органға бір аудит файлы, шешімдер бос',
  },
  optAuditSize: {
    en: 'claims per body (default 10); the claims the declared level rests on come on top',
    ru: 'ответов на орган (по умолчанию 10); ответы, на которых держится заявленный уровень, добавляются сверх этого',
    kk: 'бір органға жауаптар саны (әдепкісі 10); мәлімделген деңгей сүйенетін жауаптар бұған қосымша алынады',
  },
  optAuditSeed: { en: 'seed of the draw (default: drawn at random and written into each audit file, so a body cannot compute its sample in advance): the same seed, the same sample', ru: 'seed выборки (по умолчанию выбирается случайно и записывается в каждый файл аудита, чтобы орган не мог заранее вычислить свою выборку): тот же seed — та же выборка', kk: 'іріктеме seed мәні (әдепкісі кездейсоқ таңдалып, әр аудит файлына жазылады, орган өз іріктемесін алдын ала есептей алмауы үшін): сол seed — сол іріктеме' },
  optAuditOut: { en: 'folder for the audit files, one per body', ru: 'папка для файлов аудита, по одному на орган', kk: 'аудит файлдарына арналған қалта, әр органға біреуден' },
  optFormatAudit: { en: 'yaml (the audit file), json, or md (a printable work list)', ru: 'yaml (файл аудита), json или md (лист проверки для печати)', kk: 'yaml (аудит файлы), json немесе md (басып шығаруға арналған тексеру парағы)' },
  optForceAudit: { en: 'write over existing audit files', ru: 'перезаписать существующие файлы аудита', kk: 'бар аудит файлдарын қайта жазу' },
  optAuditCompare: {
    en: 'the audits of both dates (files or folders): the verified results are compared',
    ru: 'аудиты обеих дат (файлы или папки): сравниваются подтверждённые результаты',
    kk: 'екі күннің аудиттері (файлдар немесе қалталар): расталған нәтижелер салыстырылады',
  },
  optAudit: {
    en: "auditors' verdict files or folders: the verified score beside the declared one",
    ru: 'файлы или папки с вердиктами аудиторов: подтверждённый балл рядом с заявленным',
    kk: 'аудиторлар шешімдерінің файлдары немесе қалталары: мәлімделген балдың жанында расталған балл',
  },
  optRubric: { en: 'rubric file (default: the built-in rubric)', ru: 'файл методики (по умолчанию: встроенная методика)', kk: 'әдістеме файлы (әдепкісі: кірістірілген әдістеме)' },
  optLang: { en: 'language', ru: 'язык', kk: 'тіл' },
  optOutDir: { en: 'folder for the reports', ru: 'папка для отчётов', kk: 'есептерге арналған қалта' },
  optOutFile: { en: 'write to this file instead of stdout', ru: 'записать в этот файл вместо стандартного вывода', kk: 'стандартты шығыстың орнына осы файлға жазу' },
  optFormatTemplate: {
    en: 'yaml (a text answer file with the questions as comments), json (the same for other systems, without comments) or xlsx (an Excel workbook to fill in; needs --out)',
    ru: 'yaml (текстовый файл ответов с вопросами в комментариях), json (то же для других систем, без комментариев) или xlsx (книга Excel для заполнения; нужен --out)',
    kk: 'yaml (сұрақтары түсініктемеде берілген мәтіндік жауап файлы), json (басқа жүйелерге арналған, түсініктемесіз) немесе xlsx (толтыруға арналған Excel кітабы; --out қажет)',
  },
  optFormatReport: {
    en: 'report formats, comma-separated: md, json, csv, html',
    ru: 'форматы отчёта через запятую: md, json, csv, html',
    kk: 'есеп пішімдері, үтір арқылы: md, json, csv, html',
  },
  optCsvSeparator: {
    en: 'CSV cells split by: comma (default), or semicolon, with decimal commas, for Excel set to Russian or Kazakh regional settings (also READINESS_CSV_SEPARATOR)',
    ru: 'разделитель ячеек CSV: comma (запятая, по умолчанию) или semicolon (точка с запятой и десятичная запятая) — для Excel с русскими или казахскими региональными настройками (также READINESS_CSV_SEPARATOR)',
    kk: 'CSV ұяшықтарының бөлгіші: comma (үтір, әдепкісі) немесе semicolon (нүктелі үтір және ондық үтір) — аймақтық параметрлері орыс немесе қазақ тіліне қойылған Excel үшін (әдепкі мәнді READINESS_CSV_SEPARATOR айнымалысымен де беруге болады)',
  },
  optLenient: {
    en: 'score a file refused only for some answers (an unknown option or question id) with those answers unanswered, marked as lenient',
    ru: 'оценить файл, отклонённый только из-за отдельных ответов (неизвестный вариант или идентификатор вопроса), считая эти ответы отсутствующими; такой файл помечается как lenient',
    kk: 'тек жекелеген жауаптары үшін қабылданбаған файлды (белгісіз нұсқа немесе сұрақ идентификаторы) сол жауаптарды жоқ деп есептеп бағалау; мұндай файл lenient деп белгіленеді',
  },
  optClean: {
    en: 'with --out: remove the reports of bodies not in this batch (left from an earlier run)',
    ru: 'с --out: удалить отчёты органов, которых нет в этом запуске (оставшиеся от прежнего)',
    kk: '--out бірге: осы іске қосуда жоқ органдардың есептерін жою (бұрынғы іске қосудан қалған)',
  },
  optFailUnder: {
    en: 'exit 1 if any overall score is below this (0–100) or an assessment is incomplete',
    ru: 'код выхода 1, если хотя бы один общий балл ниже заданного значения (0–100) или оценка не завершена',
    kk: 'кез келген жалпы ұпай көрсетілген мәннен төмен болса (0–100) немесе бағалау аяқталмаса, 1 кодымен шығу',
  },
  optAnswersFile: {
    en: 'answer file to save to and resume from',
    ru: 'файл ответов для сохранения и продолжения',
    kk: 'сақтау және жалғастыру үшін жауап файлы',
  },
  optAnswersDir: { en: 'folder of answer files', ru: 'папка с файлами ответов', kk: 'жауап файлдары бар қалта' },
  optRestart: {
    en: 'start over; the old answer file is kept as a backup',
    ru: 'начать заново; прежний файл ответов сохраняется как резервная копия',
    kk: 'басынан бастау; бұрынғы жауап файлы сақтық көшірме ретінде қалады',
  },
  optMaxDelta: {
    en: 'exit 1 if any overall score moves by more than this many points',
    ru: 'код выхода 1, если хотя бы один общий балл изменится больше чем на указанное число баллов',
    kk: 'кез келген жалпы ұпай көрсетілген мәннен көп өзгерсе, 1 кодымен шығу',
  },
  optBase: {
    en: 'read the old rubric from this git ref (same path as the new one)',
    ru: 'взять старую методику из этой git-ссылки (тот же путь, что у новой)',
    kk: 'ескі әдістемені осы git сілтемесінен алу (жаңасымен бірдей жол)',
  },
  optStrictValidate: {
    en: 'version discipline as errors: a change that can move a score needs a new version, migrations start from archived versions, nothing is lost undeclared (for CI)',
    ru: 'нарушения порядка версий — ошибки: изменение, способное сдвинуть баллы, требует новой версии, миграции начинаются с версий из архива, ничего не теряется без объявления (для CI)',
    kk: 'нұсқа тәртібінің бұзылуы — қате: ұпайды өзгертуі мүмкін өзгеріске жаңа нұсқа керек, миграциялар архивтегі әдістеме нұсқасынан басталады, ештеңе жарияланбай жоғалмайды (CI үшін)',
  },
  optBaseValidate: {
    en: 'also compare each rubric with its copy at this git ref (the base branch)',
    ru: 'также сравнить каждую методику с её копией в этой git-ссылке (базовая ветка)',
    kk: 'әр әдістемені осы git сілтемесіндегі көшірмесімен де салыстыру (негізгі тармақ)',
  },
  optFailOnLevelChange: {
    en: "exit 1 if any answer file's readiness level changes between the two rubrics (the files are listed)",
    ru: 'код выхода 1, если уровень готовности хотя бы одного файла ответов меняется между двумя методиками (файлы перечисляются)',
    kk: 'кез келген жауап файлының дайындық деңгейі екі әдістеме арасында өзгерсе, 1 кодымен шығу (файлдар тізіліп көрсетіледі)',
  },
  optStrictDiff: {
    en: 'version discipline as errors (exit 1): a change that can move a score under the same version, questions or options lost undeclared',
    ru: 'нарушения порядка версий — ошибки (код 1): изменение, способное сдвинуть баллы, без новой версии; вопросы или варианты, потерянные без объявления',
    kk: 'нұсқа тәртібінің бұзылуы — қате (1 коды): жаңа нұсқасыз ұпайды өзгертуі мүмкін өзгеріс; жарияланбай жоғалған сұрақтар не жауап нұсқалары',
  },
  genAnswers: {
    en: `Usage: node scripts/gen-answers.mjs --out <dir> [options]

Writes synthetic answer files for a rubric, for benchmarks and for trying a batch: deterministic
(the same options give the same bytes), shaped as the interview saves them, YAML with a share
of JSON, in folders of 1,000 files (batch-000/, batch-001/, …). Run npm run build first.

Options:
  --out <dir>            where to write (required)
  --count <n>            how many files (default 1000)
  --rubric <file>        the rubric to answer (default rubrics/default.yaml)
  --seed <n>             the seed of the generator (default 1)
  --json-ratio <0..1>    the share written as JSON (default 0.1)
  --broken-ratio <0..1>  the share with a deliberate error, to see how a batch reports it (default 0)
  --groups               add respondent.type and respondent.region (the fleet page groups by them)
  --plain                the shape other systems export: English, Latin names, no comments
  -h, --help             show this help

Example: node scripts/gen-answers.mjs --out temp/answers --count 300 --groups && npx readiness score temp/answers --out temp/reports --format html,csv`,
    ru: `Использование: node scripts/gen-answers.mjs --out <папка> [параметры]

Создаёт синтетические файлы ответов по методике – для замеров скорости и для пробы пакетной оценки:
детерминированно (одни и те же параметры дают одни и те же байты), в том виде, в каком их сохраняет
опрос, YAML и часть JSON, в папках по 1 000 файлов (batch-000/, batch-001/, …). Сначала выполните npm run build.

Параметры:
  --out <папка>          куда записать (обязательно)
  --count <n>            сколько файлов (по умолчанию 1000)
  --rubric <файл>        методика, на вопросы которой отвечать (по умолчанию rubrics/default.yaml)
  --seed <n>             начальное значение генератора (по умолчанию 1)
  --json-ratio <0..1>    доля файлов в формате JSON (по умолчанию 0,1)
  --broken-ratio <0..1>  доля файлов с намеренной ошибкой, чтобы увидеть, как пакетная оценка о ней сообщает (по умолчанию 0)
  --groups               добавить respondent.type и respondent.region (по ним группирует страница сводки)
  --plain                как выгружают другие системы: английский язык, имена латиницей, без комментариев
  -h, --help             показать эту справку

Пример: node scripts/gen-answers.mjs --out temp/answers --count 300 --groups && npx readiness score temp/answers --out temp/reports --format html,csv`,
    kk: `Қолданылуы: node scripts/gen-answers.mjs --out <қалта> [параметрлер]

Әдістеме бойынша синтетикалық жауап файлдарын жасайды – жылдамдықты өлшеу және топтама бағалауды сынап көру үшін:
детерминирленген (бірдей параметрлер бірдей байттар береді), сауалнама сақтайтын түрде, YAML және бір бөлігі JSON,
1 000 файлдан тұратын қалталарда (batch-000/, batch-001/, …). Алдымен npm run build орындаңыз.

Параметрлер:
  --out <қалта>          қайда жазу керек (міндетті)
  --count <n>            файлдар саны (әдепкі 1000)
  --rubric <файл>        сұрақтарына жауап берілетін әдістеме (әдепкі rubrics/default.yaml)
  --seed <n>             генератордың бастапқы мәні (әдепкі 1)
  --json-ratio <0..1>    JSON пішіміндегі файлдардың үлесі (әдепкі 0,1)
  --broken-ratio <0..1>  әдейі қатесі бар файлдардың үлесі, топтама бағалаудың ол туралы қалай хабарлайтынын көру үшін (әдепкі 0)
  --groups               respondent.type және respondent.region қосу (жиынтық беті органдарды солар бойынша топтайды)
  --plain                басқа жүйелер шығаратын түр: ағылшын тілі, есімдер латын әрпімен, түсініктемелерсіз
  -h, --help             осы анықтаманы көрсету

Мысал: node scripts/gen-answers.mjs --out temp/answers --count 300 --groups && npx readiness score temp/answers --out temp/reports --format html,csv`,
  },
  optFormatDiff: { en: 'output format', ru: 'формат вывода', kk: 'шығыс пішімі' },
  optFormatValidate: { en: 'output format', ru: 'формат вывода', kk: 'шығыс пішімі' },
  agreement: {
    en: 'inter-rater agreement of independent respondents of the same bodies: Krippendorff\'s alpha per question, ambiguous questions, answers to settle',
    ru: 'согласованность независимых респондентов одних и тех же органов: альфа Криппендорфа по вопросам, неоднозначные вопросы, расхождения',
    kk: 'бір органдардың тәуелсіз респонденттерінің келісімділігі: сұрақтар бойынша Криппендорф альфасы, екіұшты сұрақтар, келіспеушіліктер',
  },
  optRespondents: {
    en: 'also the expected alpha of each question in a simulated pilot with this many respondents per body',
    ru: 'также ожидаемая альфа каждого вопроса в смоделированном пилоте с таким числом респондентов в органе',
    kk: 'сондай-ақ әр органда осынша респонденті бар модельденген пилоттағы әр сұрақтың күтілетін альфасы',
  },
  optFormatAgreement: { en: 'output format', ru: 'формат вывода', kk: 'шығыс пішімі' },
  optMinAlpha: {
    en: 'exit 1 when a question\'s alpha is below this (0 to 1, e.g. 0.667)',
    ru: 'код выхода 1, если альфа какого-либо вопроса ниже этого значения (от 0 до 1, например 0.667)',
    kk: 'қандай да бір сұрақтың альфасы осы мәннен төмен болса, шығу коды 1 (0-ден 1-ге дейін, мысалы 0.667)',
  },
  optQuiet: { en: 'print only errors', ru: 'выводить только ошибки', kk: 'тек қателерді шығару' },
  optNoColor: { en: 'no colours (also NO_COLOR=1)', ru: 'без цвета (также NO_COLOR=1)', kk: 'түссіз (сондай-ақ NO_COLOR=1)' },
  optHelp: { en: 'show this help', ru: 'показать эту справку', kk: 'осы анықтаманы көрсету' },
  optVersion: { en: 'show the version', ru: 'показать версию программы', kk: 'бағдарлама нұсқасын көрсету' },
  examples: {
    en: `Examples:
  npx readiness assess                        interview, answers saved to ./readiness-answers.yaml
  readiness score answers/ --out reports/     score a folder; one report per file plus a summary
  readiness score ministry.yaml --format md   a markdown report on stdout
  readiness score answers/ --format csv       one CSV row per file, on stdout
  readiness validate rubrics/*.yaml           check rubrics; findings as file:line:col
  readiness template --lang kk > blank.yaml   a blank answer file to fill by hand

Exit codes: 0 — all good; 1 — a check failed; 2 — usage error; 130 — interrupted (answers saved).`,
    ru: `Примеры:
  npx readiness assess                        опрос; ответы сохраняются в ./readiness-answers.yaml
  readiness score answers/ --out reports/     оценить папку: отчёт по каждому файлу и сводка
  readiness score ministry.yaml --format md   отчёт в формате Markdown в стандартный вывод
  readiness score answers/ --format csv       по строке CSV на каждый файл, в стандартный вывод
  readiness validate rubrics/*.yaml           проверить методики; замечания в виде файл:строка:столбец
  readiness template --lang kk > blank.yaml   пустой файл ответов для заполнения вручную

Коды выхода: 0 — всё в порядке; 1 — проверка не пройдена; 2 — ошибка в команде; 130 — прервано (ответы сохранены).`,
    kk: `Мысалдар:
  npx readiness assess                        сауалнама; жауаптар ./readiness-answers.yaml файлына сақталады
  readiness score answers/ --out reports/     қалтаны бағалау: әр файлға есеп және жиынтық
  readiness score ministry.yaml --format md   Markdown пішіміндегі есеп стандартты шығысқа
  readiness score answers/ --format csv       әр файлға бір CSV жолы, стандартты шығысқа
  readiness validate rubrics/*.yaml           әдістемелерді тексеру; тексеру нәтижелері файл:жол:баған түрінде
  readiness template --lang kk > blank.yaml   қолмен толтыруға арналған бос жауап файлы

Шығу кодтары: 0 — бәрі дұрыс; 1 — тексеруден өтпеді; 2 — команда қатесі; 130 — тоқтатылды (жауаптар сақталды).`,
  },
} as const satisfies Namespace;

/** Commander's own words (help headings, `[options]`, choices and defaults, usage errors), said in the reader's language by src/cli/commander-words.ts; `arg.*` are the placeholders of usage lines. */
export const commander = {
  // Help headings and placeholders
  usage: { en: 'Usage:', ru: 'Использование:', kk: 'Қолданылуы:' },
  options: { en: 'Options:', ru: 'Параметры:', kk: 'Опциялар:' },
  commands: { en: 'Commands:', ru: 'Команды:', kk: 'Командалар:' },
  arguments: { en: 'Arguments:', ru: 'Аргументы:', kk: 'Аргументтер:' },
  globalOptions: { en: 'Global Options:', ru: 'Общие параметры:', kk: 'Жалпы опциялар:' },
  optionsTerm: { en: '[options]', ru: '[параметры]', kk: '[опциялар]' },
  commandTerm: { en: '[command]', ru: '[команда]', kk: '[команда]' },
  choices: { en: 'choices: {values}', ru: 'допустимые значения: {values}', kk: 'мүмкін мәндер: {values}' },
  default: { en: 'default: {value}', ru: 'по умолчанию: {value}', kk: 'әдепкісі: {value}' },
  // Usage errors
  quoted: { en: '"{name}"', ru: '«{name}»', kk: '«{name}»' },
  suggested: { en: '{name}', ru: '«{name}»', kk: '«{name}»' },
  optionAsValue: {
    en: 'option {option} needs a value, not the option {value}: write the value after {option} (a name that starts with "--" as ./{value})',
    ru: 'параметру {option} нужно значение, а не параметр {value}: укажите значение после {option} (имя, начинающееся с «--», — как ./{value})',
    kk: '{option} опциясына {value} опциясы емес, мән керек: мәнді {option} опциясынан кейін жазыңыз («--» деп басталатын атауды ./{value} түрінде)',
  },
  unknownCommand: { en: 'error: unknown command "{name}"', ru: 'ошибка: неизвестная команда «{name}»', kk: 'қате: «{name}» деген команда жоқ' },
  unknownOption: { en: 'error: unknown option "{name}"', ru: 'ошибка: неизвестный параметр «{name}»', kk: 'қате: «{name}» деген опция жоқ' },
  didYouMean: { en: 'Did you mean {name}?', ru: 'Возможно, имелось в виду {name}?', kk: '{name} болуы мүмкін бе?' },
  didYouMeanOneOf: { en: 'Did you mean one of {names}?', ru: 'Возможно, имелось в виду одно из: {names}?', kk: 'Мыналардың бірі болуы мүмкін бе: {names}?' },
  missingArgument: {
    en: 'error: missing required argument "{name}"',
    ru: 'ошибка: не указан обязательный аргумент «{name}»',
    kk: 'қате: міндетті «{name}» аргументі көрсетілмеген',
  },
  optionMissingArgument: {
    en: 'error: option "{flags}" needs a value',
    ru: 'ошибка: не указано значение параметра «{flags}»',
    kk: 'қате: «{flags}» опциясының мәні көрсетілмеген',
  },
  missingMandatoryOption: {
    en: 'error: required option "{flags}" not given',
    ru: 'ошибка: не указан обязательный параметр «{flags}»',
    kk: 'қате: міндетті «{flags}» опциясы көрсетілмеген',
  },
  invalidOptionValue: {
    en: 'error: "{value}" is not a valid value of option "{flags}"; allowed: {choices}',
    ru: 'ошибка: недопустимое значение «{value}» параметра «{flags}»; допустимы: {choices}',
    kk: 'қате: «{flags}» опциясының «{value}» мәні жарамсыз; мүмкін мәндер: {choices}',
  },
  invalidArgumentValue: {
    en: 'error: "{value}" is not a valid value of argument "{name}"; allowed: {choices}',
    ru: 'ошибка: недопустимое значение «{value}» аргумента «{name}»; допустимы: {choices}',
    kk: 'қате: «{name}» аргументінің «{value}» мәні жарамсыз; мүмкін мәндер: {choices}',
  },
  excessArguments: {
    en: 'error: too many arguments for "{command}": it takes {expected}, got {received}',
    ru: 'ошибка: слишком много аргументов для команды «{command}»: допускается {expected}, передано {received}',
    kk: 'қате: «{command}» командасына аргументтер тым көп: {expected} рұқсат етіледі, {received} берілді',
  },
  conflictingOption: {
    en: 'error: {first} cannot be used with {second}',
    ru: 'ошибка: {first} нельзя использовать вместе с {second}',
    kk: 'қате: {first} опциясын {second} опциясымен бірге қолдануға болмайды',
  },
  // Placeholders for values and arguments in usage lines
  'arg.file': { en: 'file', ru: 'файл', kk: 'файл' },
  'arg.dir': { en: 'dir', ru: 'папка', kk: 'қалта' },
  'arg.lang': { en: 'lang', ru: 'язык', kk: 'тіл' },
  'arg.formats': { en: 'formats', ru: 'форматы', kk: 'пішімдер' },
  'arg.format': { en: 'format', ru: 'формат', kk: 'пішім' },
  'arg.score': { en: 'score', ru: 'балл', kk: 'ұпай' },
  'arg.points': { en: 'points', ru: 'баллы', kk: 'ұпай' },
  'arg.separator': { en: 'separator', ru: 'разделитель', kk: 'бөлгіш' },
  'arg.gitRef': { en: 'git-ref', ru: 'git-ссылка', kk: 'git-сілтеме' },
  'arg.answers': { en: 'answers', ru: 'ответы', kk: 'жауаптар' },
  'arg.rubrics': { en: 'rubrics', ru: 'методики', kk: 'әдістемелер' },
  'arg.rubric': { en: 'rubric', ru: 'методика', kk: 'әдістеме' },
  'arg.oldRubric': { en: 'old-rubric', ru: 'старая-методика', kk: 'ескі-әдістеме' },
  'arg.newRubric': { en: 'new-rubric', ru: 'новая-методика', kk: 'жаңа-әдістеме' },
  'arg.id': { en: 'id', ru: 'идентификатор', kk: 'идентификатор' },
  'arg.earlier': { en: 'earlier', ru: 'прежний-файл', kk: 'бұрынғы-файл' },
  'arg.later': { en: 'later', ru: 'новый-файл', kk: 'жаңа-файл' },
  'arg.alpha': { en: 'alpha', ru: 'альфа', kk: 'альфа' },
  'arg.count': { en: 'count', ru: 'число', kk: 'саны' },
  'arg.seed': { en: 'seed', ru: 'seed', kk: 'seed' },
  'arg.audits': { en: 'file|dir', ru: 'файл|папка', kk: 'файл|қалта' },
  other: {
    en: 'error: {detail}',
    ru: 'ошибка (сообщение библиотеки commander на английском): {detail}',
    kk: 'қате (commander кітапханасының хабарламасы ағылшынша): {detail}',
  },
} as const satisfies Namespace;
