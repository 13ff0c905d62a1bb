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
    en: 'print the JSON Schema of the rubric, answer-file, report or comparison format',
    ru: 'вывести JSON Schema формата методики, файла ответов, отчёта или сравнения',
    kk: 'әдістеме, жауап файлы, есеп немесе салыстыру пішімінің JSON Schema сипаттамасын шығару',
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
  optForceMerge: { en: 'overwrite --out if it exists', ru: 'перезаписать --out, если он существует', kk: '--out бар болса, қайта жазу' },
  optForceCompare: {
    en: 'compare even when the two files name different organizations',
    ru: 'сравнить, даже если в файлах указаны разные органы',
    kk: 'файлдарда әртүрлі органдар көрсетілсе де салыстыру',
  },
  optRubric: { en: 'rubric file (default: the built-in rubric)', ru: 'файл методики (по умолчанию: встроенная методика)', kk: 'әдістеме файлы (әдепкісі: кірістірілген әдістеме)' },
  optLang: { en: 'language', ru: 'язык', kk: 'тіл' },
  optOutDir: { en: 'folder for the reports', ru: 'папка для отчётов', kk: 'есептерге арналған қалта' },
  optOutFile: { en: 'write to this file instead of stdout', ru: 'записать в этот файл вместо стандартного вывода', kk: 'стандартты шығыстың орнына осы файлға жазу' },
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
  optFormatDiff: { en: 'output format', ru: 'формат вывода', kk: 'шығыс пішімі' },
  optFormatValidate: { en: 'output format', ru: 'формат вывода', kk: 'шығыс пішімі' },
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
  other: {
    en: 'error: {detail}',
    ru: 'ошибка (сообщение библиотеки commander на английском): {detail}',
    kk: 'қате (commander кітапханасының хабарламасы ағылшынша): {detail}',
  },
} as const satisfies Namespace;
