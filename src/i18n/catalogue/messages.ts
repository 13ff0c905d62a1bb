import type { Namespace } from './entry.js';

/** The tool's messages about files and commands: reading and parsing, validation findings, migrations, usage errors, what a command reports when it is done. Worded in the language set by the entry point (`m` in src/i18n/messages.ts). */
export const messages = {
  // Reading files
  noSuchFile: { en: 'no such file', ru: 'файл не найден', kk: 'мұндай файл жоқ' },
  permissionDenied: { en: 'permission denied', ru: 'нет доступа', kk: 'қол жеткізуге рұқсат жоқ' },
  isFolder: { en: 'is a folder, not a file', ru: 'это папка, а не файл', kk: 'бұл файл емес, қалта' },
  noSpace: { en: 'no space left on the device', ru: 'на диске нет места', kk: 'дискіде орын жоқ' },
  readOnlyFs: { en: 'the file system is read-only', ru: 'файловая система доступна только для чтения', kk: 'файлдық жүйе тек оқуға арналған' },
  tooLarge: {
    en: 'file is {size}, over the limit of {limit}',
    ru: 'размер файла {size} превышает предел {limit}',
    kk: 'файл көлемі ({size}) {limit} шегінен асады',
  },
  utf16: {
    en: 'file is UTF-16 encoded; save it as UTF-8',
    ru: 'файл в кодировке UTF-16; сохраните его в UTF-8',
    kk: 'файл UTF-16 кодтамасында; оны UTF-8 кодтамасында сақтаңыз',
  },
  binary: {
    en: 'file is binary (contains a NUL byte), not a text file',
    ru: 'файл двоичный (содержит байт NUL), а не текстовый',
    kk: 'файл екілік (NUL байты бар), мәтіндік файл емес',
  },
  notUtf8: {
    en: 'file is not valid UTF-8 text; save it as UTF-8',
    ru: 'файл не является текстом в UTF-8; сохраните его в UTF-8',
    kk: 'файл жарамды UTF-8 мәтіні емес; оны UTF-8 кодтамасында сақтаңыз',
  },
  notRegularFile: {
    en: 'not a regular file (a FIFO, device or socket); refused without reading it',
    ru: 'это не обычный файл (канал, устройство или сокет); отклонён без чтения',
    kk: 'бұл кәдімгі файл емес (арна, құрылғы немесе сокет); оқылмай қабылданбады',
  },
  nameNotUtf8: {
    en: 'the file name is not valid UTF-8 (bad bytes shown as \uFFFD); rename the file and score it again',
    ru: 'имя файла не в кодировке UTF-8 (неверные байты показаны как \uFFFD); переименуйте файл и оцените его снова',
    kk: 'файл атауы UTF-8 кодтамасында емес (қате байттар \uFFFD ретінде көрсетілген); файлдың атын өзгертіп, қайта бағалаңыз',
  },
  moreFindings: {
    en: '… and {count} more {count:finding|findings} in this file (not shown)',
    ru: '… и ещё {count} {count:замечание|замечания|замечаний} в этом файле (не показаны)',
    kk: '… осы файлдағы тағы {count} тексеру нәтижесі көрсетілмеді',
  },
  emptyPath: { en: 'the path is empty', ru: 'путь пустой', kk: 'жол бос' },
  outNotFolder: {
    en: 'exists and is a file, not a folder; name a folder for the reports',
    ru: 'уже существует и это файл, а не папка; укажите папку для отчётов',
    kk: 'бар және ол қалта емес, файл; есептер үшін қалтаны көрсетіңіз',
  },
  migrationConflict: {
    en: '{from} was not carried forward to {to}: the file already answers {to} ({kept}), and that answer is kept',
    ru: '{from} не перенесён в {to}: в файле уже есть ответ на {to} ({kept}), он сохранён',
    kk: '{from} {to} сұрағына көшірілмеді: файлда {to} сұрағының жауабы бар ({kept}), ол сақталды',
  },

  badLangSetting: {
    en: 'READINESS_LANG={value} is not ru, kk or en and is ignored',
    ru: 'READINESS_LANG={value}: это не ru, kk или en, значение не учитывается',
    kk: 'READINESS_LANG={value}: бұл ru, kk немесе en емес, мән ескерілмейді',
  },
  // Parsing
  jsonComment: {
    en: 'comments are not allowed in JSON; remove them (or save the file as .yaml, where # starts a comment)',
    ru: 'в JSON комментарии недопустимы; удалите их (или сохраните файл как .yaml, где комментарий начинается с #)',
    kk: 'JSON-да түсініктемеге рұқсат жоқ; оларды жойыңыз (немесе файлды .yaml ретінде сақтаңыз, онда түсініктеме # белгісінен басталады)',
  },
  tooManyTokens: {
    en: 'the file has more than {limit} YAML elements (keys, values, punctuation); refused',
    ru: 'в файле более {limit} элементов YAML (ключей, значений, знаков); файл отклонён',
    kk: 'файлда {limit} YAML элементінен көп (кілттер, мәндер, белгілер); файл қабылданбады',
  },
  tooManyKeys: {
    en: 'a map with more than {limit} keys; refused',
    ru: 'словарь содержит более {limit} ключей; файл отклонён',
    kk: 'сөздікте {limit} кілттен көп; файл қабылданбады',
  },
  tooDeep: {
    en: 'nesting is deeper than {limit} {limit:level|levels}; refused before parsing',
    ru: 'глубина вложенности больше {limit} {limit:уровня|уровней|уровней}; файл отклонён до разбора',
    kk: 'кірістірілу тереңдігі {limit} деңгейден асады; файл талдауға дейін қабылданбады',
  },
  emptyFile: { en: 'the file is empty', ru: 'файл пуст', kk: 'файл бос' },
  severalDocuments: {
    en: 'the file holds several YAML documents; put everything in one',
    ru: 'в файле несколько YAML-документов; объедините их в один',
    kk: 'файлда бірнеше YAML құжаты бар; барлығын біреуіне біріктіріңіз',
  },
  duplicateKey: {
    en: 'duplicate key: each key may appear once',
    ru: 'повторяющийся ключ: каждый ключ допускается один раз',
    kk: 'қайталанған кілт: әр кілт бір рет қана болуы керек',
  },
  forbiddenKey: {
    en: '"{key}" is not allowed as a key',
    ru: '«{key}» нельзя использовать как ключ',
    kk: '«{key}» кілт ретінде қолдануға болмайды',
  },
  aliasBomb: {
    en: 'aliases expand too far (over {limit} expansions); refused as a possible alias bomb',
    ru: 'псевдонимы разворачиваются слишком широко (более {limit} раз); файл отклонён как возможная «алиас-бомба»',
    kk: 'бүркеншік аттар тым көп ашылады ({limit} реттен астам); файл «алиас-бомба» болуы мүмкін деп қабылданбады',
  },
  yamlSyntax: {
    en: 'YAML syntax: {detail}',
    ru: 'синтаксис YAML (сообщение разборщика YAML на английском): {detail}',
    kk: 'YAML синтаксисі (YAML талдағышының хабарламасы ағылшынша): {detail}',
  },
  // The common YAML errors, said in the reader's language (yaml error codes in source/parse-yaml.ts)
  yamlBadIndent: {
    en: 'YAML syntax: wrong indentation; align this line with the other lines of the same level, using spaces',
    ru: 'синтаксис YAML: неверный отступ; выровняйте строку по другим строкам того же уровня (пробелами)',
    kk: 'YAML синтаксисі: шегініс қате; бұл жолды сол деңгейдегі басқа жолдармен бос орын арқылы теңестіріңіз',
  },
  yamlTab: {
    en: 'YAML syntax: a tab in the indentation; YAML indents with spaces only',
    ru: 'синтаксис YAML: табуляция в отступе; в YAML отступы делаются только пробелами',
    kk: 'YAML синтаксисі: шегіністе табуляция бар; YAML-да шегініс тек бос орынмен жасалады',
  },
  yamlUnclosedQuote: {
    en: 'YAML syntax: a quoted text is not closed; add the closing quote',
    ru: 'синтаксис YAML: не закрыта кавычка; добавьте закрывающую кавычку',
    kk: 'YAML синтаксисі: тырнақша жабылмаған; жабатын тырнақшаны қойыңыз',
  },
  yamlUnclosedBracket: {
    en: 'YAML syntax: a list or map in brackets is not closed; add "{char}" (on a line indented like its contents)',
    ru: 'синтаксис YAML: не закрыта скобка списка или словаря; добавьте «{char}» (с отступом, как у его содержимого)',
    kk: 'YAML синтаксисі: тізімнің не сөздіктің жақшасы жабылмаған; «{char}» белгісін қойыңыз (ішіндегісімен бірдей шегініспен)',
  },
  yamlMissingComma: {
    en: 'YAML syntax: a comma is missing between the items in brackets',
    ru: 'синтаксис YAML: между элементами в скобках не хватает запятой',
    kk: 'YAML синтаксисі: жақша ішіндегі элементтердің арасында үтір жетіспейді',
  },
  yamlSpaceAfterColon: {
    en: 'YAML syntax: put a space after the colon',
    ru: 'синтаксис YAML: после двоеточия нужен пробел',
    kk: 'YAML синтаксисі: қос нүктеден кейін бос орын қажет',
  },
  yamlKeyWithoutValue: {
    en: 'YAML syntax: a key without a value; write "key: value" with a colon',
    ru: 'синтаксис YAML: ключ без значения; пишите «ключ: значение» через двоеточие',
    kk: 'YAML синтаксисі: мәні жоқ кілт; «кілт: мән» түрінде қос нүкте арқылы жазыңыз',
  },
  yamlCommentSpace: {
    en: 'YAML syntax: put a space before the # that starts a comment',
    ru: 'синтаксис YAML: перед знаком #, с которого начинается комментарий, нужен пробел',
    kk: 'YAML синтаксисі: түсініктемені бастайтын # белгісінің алдында бос орын қажет',
  },
  yamlMultilineKey: {
    en: 'YAML syntax: a key must fit on one line; check the colons and the indentation',
    ru: 'синтаксис YAML: ключ должен помещаться на одной строке; проверьте двоеточия и отступы',
    kk: 'YAML синтаксисі: кілт бір жолға сыюы керек; қос нүктелер мен шегіністерді тексеріңіз',
  },
  yamlBlockInFlow: {
    en: 'YAML syntax: an indented block inside brackets; write the brackets\' contents on one line or drop the brackets',
    ru: 'синтаксис YAML: блок с отступами внутри скобок; запишите содержимое скобок в одну строку или уберите скобки',
    kk: 'YAML синтаксисі: жақша ішінде шегіністі блок бар; жақша ішіндегіні бір жолға жазыңыз немесе жақшаны алып тастаңыз',
  },
  yamlBadStart: {
    en: 'YAML syntax: a value cannot start with "{char}" unless it is quoted; put the value in quotes',
    ru: 'синтаксис YAML: значение не может начинаться с «{char}» без кавычек; заключите значение в кавычки',
    kk: 'YAML синтаксисі: тырнақшасыз мән «{char}» белгісінен басталмауы керек; мәнді тырнақшаға алыңыз',
  },
  yamlBadEscape: {
    en: 'YAML syntax: an invalid escape {what} in double quotes; use single quotes or write \\\\ for a backslash',
    ru: 'синтаксис YAML: недопустимая escape-последовательность {what} в двойных кавычках; используйте одинарные кавычки или пишите \\\\ вместо обратной косой черты',
    kk: 'YAML синтаксисі: қос тырнақша ішінде жарамсыз {what} escape-тізбегі; дара тырнақшаны қолданыңыз немесе кері қиғаш сызықты \\\\ деп жазыңыз',
  },
  yamlUnexpected: {
    en: 'YAML syntax: unexpected text here; check the colons, dashes and indentation',
    ru: 'синтаксис YAML: здесь неожиданный текст; проверьте двоеточия, дефисы и отступы',
    kk: 'YAML синтаксисі: мұнда күтілмеген мәтін бар; қос нүктелерді, дефистерді және шегіністерді тексеріңіз',
  },
  // Schema
  required: { en: 'is required', ru: 'не указано обязательное поле', kk: 'міндетті өріс көрсетілмеген' },
  expectedType: {
    en: 'must be {expected}, not {received}',
    ru: 'должно быть {expected}, а не {received}',
    kk: '{received} емес, {expected} болуы керек',
  },
  unknownKey: {
    en: 'unknown field "{key}"',
    ru: 'неизвестное поле «{key}»',
    kk: '«{key}» деген өріс белгісіз',
  },
  tooFew: {
    en: 'must be at least {min}',
    ru: 'должно быть не меньше {min}',
    kk: 'кемінде {min} болуы керек',
  },
  tooMany: { en: 'must be at most {max}', ru: 'должно быть не больше {max}', kk: 'ең көбі {max} болуы керек' },
  tooLong: {
    en: 'must be at most {max} {max:character|characters} long',
    ru: 'должно быть не длиннее {max} {max:символа|символов|символов}',
    kk: 'ең көбі {max} таңбадан тұруы керек',
  },
  tooShort: {
    en: 'must be at least {min} {min:character|characters} long',
    ru: 'должно быть не короче {min} {min:символа|символов|символов}',
    kk: 'кемінде {min} таңбадан тұруы керек',
  },
  tooFewItems: {
    en: 'must have at least {min} {min:item|items}',
    ru: 'должно содержать не менее {min} {min:элемента|элементов|элементов}',
    kk: 'кемінде {min} элемент болуы керек',
  },
  tooManyItems: {
    en: 'must have at most {max} {max:item|items}',
    ru: 'должно содержать не более {max} {max:элемента|элементов|элементов}',
    kk: 'ең көбі {max} элемент болуы керек',
  },
  between: { en: 'must be between {min} and {max}', ru: 'должно быть от {min} до {max}', kk: 'ең азы {min}, ең көбі {max} болуы керек' },
  notEmpty: { en: 'must not be empty', ru: 'не должно быть пустым', kk: 'бос болмауы керек' },
  kebabId: {
    en: 'must be a kebab-case id (a-z, 0-9 and single hyphens)',
    ru: 'должен быть идентификатором в kebab-case (a-z, 0-9 и дефисы, не идущие подряд)',
    kk: 'kebab-case идентификаторы болуы керек (a-z, 0-9 және қатар тұрмайтын дефистер)',
  },
  semver: { en: 'must be a semantic version such as 1.2.0', ru: 'должна быть версия вида 1.2.0', kk: '1.2.0 түріндегі нұсқа нөмірі болуы керек' },
  langCode: { en: 'must be a language code such as ru, kk or en', ru: 'должен быть код языка: ru, kk или en', kk: 'тіл коды болуы керек: ru, kk немесе en' },
  scoreRange: { en: 'must be between 0 and 1', ru: 'должно быть от 0 до 1', kk: '0 мен 1 аралығында болуы керек' },
  isoDate: { en: 'must be a date written as 2026-03-01', ru: 'должна быть датой вида 2026-03-01', kk: '2026-03-01 түріндегі күн болуы керек' },
  documentId: {
    en: 'must be a register id: one line of at most 200 characters, without spaces at its ends',
    ru: 'должен быть идентификатором документа: одна строка не длиннее 200 символов без пробелов по краям',
    kk: 'құжат идентификаторы болуы керек: шетінде бос орны жоқ, ұзындығы 200 таңбадан аспайтын бір жол',
  },
  oneOf: { en: 'must be one of: {values}', ru: 'должно быть одним из: {values}', kk: 'мыналардың бірі болуы керек: {values}' },
  typeString: { en: 'a text', ru: 'текстом', kk: 'мәтін' },
  typeNumber: { en: 'a number', ru: 'числом', kk: 'сан' },
  typeBoolean: { en: 'true or false', ru: 'true или false', kk: 'true немесе false' },
  typeObject: { en: 'a map of keys to values', ru: 'словарём «ключ: значение»', kk: '«кілт: мән» сөздігі' },
  typeArray: { en: 'a list', ru: 'списком', kk: 'тізім' },
  typeNull: { en: 'empty', ru: 'пустым', kk: 'бос' },
  typeSet: { en: 'a set (!!set)', ru: 'множеством (!!set)', kk: 'жиын (!!set)' },
  typeOrderedMap: { en: 'an ordered map (!!omap or !!pairs)', ru: 'упорядоченным словарём (!!omap или !!pairs)', kk: 'реттелген сөздік (!!omap немесе !!pairs)' },
  typeBinary: { en: 'binary data (!!binary)', ru: 'двоичными данными (!!binary)', kk: 'екілік деректер (!!binary)' },
  typeNonFinite: { en: 'an infinite or undefined number (.inf, .nan)', ru: 'бесконечным или неопределённым числом (.inf, .nan)', kk: 'шексіз немесе анықталмаған сан (.inf, .nan)' },
  invalidValue: { en: 'is not a valid value', ru: 'недопустимое значение', kk: 'жарамсыз мән' },
  schemaOther: {
    en: 'is not a valid value: {detail}',
    ru: 'недопустимое значение (сообщение проверки схемы на английском: {detail})',
    kk: 'жарамсыз мән (схеманы тексеру хабарламасы ағылшынша: {detail})',
  },
  // Rubric meaning
  duplicateId: {
    en: 'id "{id}" is already used at {where}',
    ru: 'идентификатор «{id}» уже использован в {where}',
    kk: '«{id}» идентификаторы {where} ішінде бұрыннан қолданылған',
  },
  unknownArea: {
    en: 'area "{id}" is not a problem area or risk category of this rubric',
    ru: '«{id}» не является проблемной областью или категорией рисков этой методики',
    kk: '«{id}» осы әдістеменің проблемалық саласы да, тәуекел санаты да емес',
  },
  unknownRecommendation: {
    en: 'recommendation "{id}" is not defined in this rubric',
    ru: 'рекомендация «{id}» не определена в этой методике',
    kk: '«{id}» ұсынымы осы әдістемеде анықталмаған',
  },
  unknownLevel: {
    en: 'level "{id}" is not defined in this rubric',
    ru: 'уровень «{id}» не определён в этой методике',
    kk: '«{id}» деңгейі осы әдістемеде анықталмаған',
  },
  missingActions: {
    en: 'no actions for level "{id}"',
    ru: 'нет действий для уровня «{id}»',
    kk: '«{id}» деңгейі үшін әрекеттер жоқ',
  },
  sectionUnused: {
    en: 'no question belongs to "{id}"',
    ru: 'ни один вопрос не относится к «{id}»',
    kk: '«{id}» саласына немесе санатына бірде-бір сұрақ жатпайды',
  },
  recommendationUnused: {
    en: 'no question evidences recommendation "{id}"',
    ru: 'ни один вопрос не связан с рекомендацией «{id}»',
    kk: '«{id}» ұсынымына бірде-бір сұрақ байланыстырылмаған',
  },
  missingLanguage: {
    en: 'missing the "{lang}" text',
    ru: 'нет текста на языке «{lang}»',
    kk: '«{lang}» тіліндегі мәтін жоқ',
  },
  extraLanguage: {
    en: 'language "{lang}" is not in the rubric\'s languages',
    ru: 'языка «{lang}» нет в списке языков методики',
    kk: '«{lang}» тілі әдістеме тілдерінің тізімінде жоқ',
  },
  unsupportedLanguage: {
    en: 'language "{lang}" is not one the tool speaks (ru, kk, en)',
    ru: 'язык «{lang}» не поддерживается инструментом (ru, kk, en)',
    kk: '«{lang}» тілін құрал қолдамайды (ru, kk, en)',
  },
  firstLevelZero: {
    en: 'the first level must start at 0',
    ru: 'первый уровень должен начинаться с 0',
    kk: 'бірінші деңгей 0-ден басталуы керек',
  },
  thresholdsAscending: {
    en: 'min {min} must be greater than the previous level\'s {prev}',
    ru: 'порог {min} должен быть больше порога предыдущего уровня ({prev})',
    kk: '{min} шекті мәні алдыңғы деңгейдің шекті мәнінен ({prev}) үлкен болуы керек',
  },
  needsZeroOption: {
    en: 'needs an option scoring 0 (nothing in place)',
    ru: 'нужен вариант с баллом 0 (ничего не сделано)',
    kk: '0 ұпайлық жауап нұсқасы қажет (ештеңе енгізілмеген)',
  },
  needsFullOption: {
    en: 'needs an option scoring 1 (fully in place)',
    ru: 'нужен вариант с баллом 1 (полностью внедрено)',
    kk: '1 ұпайлық жауап нұсқасы қажет (толық енгізілген)',
  },
  duplicateLanguage: { en: 'language "{lang}" is listed twice', ru: 'язык «{lang}» указан дважды', kk: '«{lang}» тілі екі рет көрсетілген' },
  migrationUnknownQuestion: {
    en: 'question "{id}" does not exist in this rubric version',
    ru: 'вопроса «{id}» нет в этой версии методики',
    kk: '«{id}» сұрағы әдістеменің осы нұсқасында жоқ',
  },
  migrationStillExists: {
    en: 'question "{id}" still exists in this rubric; a renamed, split or dropped question must be gone',
    ru: 'вопрос «{id}» всё ещё есть в методике; переименованный, разделённый или удалённый вопрос должен отсутствовать',
    kk: '«{id}» сұрағы әдістемеде әлі бар; идентификаторы өзгертілген, бөлінген немесе алынған сұрақ болмауы керек',
  },
  migrationUnknownOption: {
    en: 'option "{option}" is not an option of question "{id}"',
    ru: 'варианта «{option}» нет у вопроса «{id}»',
    kk: '«{option}» жауап нұсқасы «{id}» сұрағында жоқ',
  },
  migrationNotOlder: {
    en: 'migration from {from} must name a version older than the rubric\'s {version}',
    ru: 'миграция с версии {from} должна указывать более раннюю версию, чем текущая версия методики ({version})',
    kk: '{from} нұсқасынан миграция әдістеменің ағымдағы {version} нұсқасынан ертерек нұсқаны көрсетуі керек',
  },
  // The method (applicability, units, parameters)
  unknownUnit: {
    en: 'unit "{id}" is not declared in `units`',
    ru: 'подразделение «{id}» не объявлено в `units`',
    kk: '«{id}» құрылымдық бөлімшесі `units` тізімінде жарияланбаған',
  },
  unitUnused: {
    en: 'no question names unit "{id}"',
    ru: 'ни один вопрос не указывает подразделение «{id}»',
    kk: '«{id}» құрылымдық бөлімшесін бірде-бір сұрақ көрсетпейді',
  },
  gateSelf: {
    en: 'a question cannot depend on its own answer',
    ru: 'вопрос не может зависеть от собственного ответа',
    kk: 'сұрақ өз жауабына тәуелді бола алмайды',
  },
  unknownGate: {
    en: 'question "{id}" named in `when` is not in this rubric',
    ru: 'вопроса «{id}», указанного в `when`, нет в этой методике',
    kk: '`when` ішінде көрсетілген «{id}» сұрағы бұл әдістемеде жоқ',
  },
  unknownGateOption: {
    en: 'option "{option}" is not an option of question "{id}"; expected one of: {options}',
    ru: 'варианта «{option}» нет у вопроса «{id}»; допустимые варианты: {options}',
    kk: '«{option}» жауап нұсқасы «{id}» сұрағында жоқ; рұқсат етілген жауап нұсқалары: {options}',
  },
  gateAlways: {
    en: 'lists every option of "{id}": the question always applies, so `when` says nothing',
    ru: 'перечислены все варианты вопроса «{id}»: вопрос применим всегда, условие `when` ничего не меняет',
    kk: '«{id}» сұрағының барлық жауап нұсқасы көрсетілген: сұрақ әрдайым қолданылады, `when` шарты ештеңе өзгертпейді',
  },
  impliesSelf: {
    en: 'an option cannot imply the answer to its own question',
    ru: 'вариант не может указывать на ответ своего же вопроса',
    kk: 'жауап нұсқасы өз сұрағының жауабын көрсете алмайды',
  },
  unknownImplied: {
    en: 'question "{id}" named in `implies` is not in this rubric',
    ru: 'вопроса «{id}», указанного в `implies`, нет в этой методике',
    kk: '`implies` ішінде көрсетілген «{id}» сұрағы бұл әдістемеде жоқ',
  },
  impliesAlways: {
    en: 'lists every option of "{id}": any answer agrees, so `implies` says nothing',
    ru: 'перечислены все варианты вопроса «{id}»: любой ответ согласуется, условие `implies` ничего не говорит',
    kk: '«{id}» сұрағының барлық жауап нұсқасы көрсетілген: кез келген жауап сәйкес келеді, `implies` ештеңе айтпайды',
  },
  impliesNeverApplies: {
    en: 'the question applies only when "{id}" is one of {options}, and this option says it is none of them: it could never be chosen without contradiction',
    ru: 'вопрос применим, только когда ответ на «{id}» — один из {options}, а этот вариант говорит, что ни один из них: его нельзя выбрать без противоречия',
    kk: 'сұрақ «{id}» сұрағының жауабы мына жауап нұсқаларының бірі болғанда ғана қолданылады: {options}; ал бұл жауап нұсқасы олардың ешқайсысы емес дейді: оны қайшылықсыз таңдау мүмкін емес',
  },
  gateCycle: {
    en: 'question "{id}" depends on itself through a chain of `when` gates',
    ru: 'вопрос «{id}» через цепочку условий `when` зависит сам от себя',
    kk: '«{id}» сұрағы `when` шарттарының тізбегі арқылы өзіне-өзі тәуелді',
  },
  gateTooDeep: {
    en: 'question "{id}" sits {depth} `when` gates deep; at most {max} are allowed (each gate is one more way to answer, and the method checks every one)',
    ru: 'вопрос «{id}» стоит за {depth} условиями `when` подряд; допускается не больше {max} (каждое условие — ещё один вариант ответов, и методика проверяет каждый)',
    kk: '«{id}» сұрағы қатарынан {depth} `when` шартының артында тұр; {max} шарттан көп болмауы керек (әр шарт — жауаптың тағы бір нұсқасы, әдістеме әрқайсысын тексереді)',
  },
  zeroWeightNotGate: {
    en: 'weight 0 is allowed only for a question that gates others through `when`',
    ru: 'вес 0 допустим только для вопроса, от которого через `when` зависят другие',
    kk: '0 салмақ тек басқа сұрақтар `when` арқылы тәуелді сұраққа ғана рұқсат етіледі',
  },
  bandOrder: {
    en: 'the band\'s lower bound {min} is above its upper bound {max}',
    ru: 'нижняя граница диапазона {min} больше верхней {max}',
    kk: 'ауқымның төменгі шегі ({min}) жоғарғы шегінен ({max}) үлкен',
  },
  weakestLinkRange: {
    en: 'must be at most {max} (one less than the number of levels), or the cap never applies',
    ru: 'должно быть не больше {max} (число уровней минус один), иначе ограничение не действует',
    kk: 'ең көбі {max} болуы керек (деңгейлер саны минус бір), әйтпесе шектеу әрекет етпейді',
  },
  recentMonthsRange: { en: 'must be a whole number of months from 1 to 120', ru: 'должно быть целым числом месяцев от 1 до 120', kk: '1-ден 120-ға дейінгі бүтін ай саны болуы керек' },
  recentMonthsNeedsEvidenceFrom: {
    en: '`recentMonths` needs `scoring.evidenceFrom`: without it no document is asked for, so no date is checked',
    ru: 'для `recentMonths` нужен `scoring.evidenceFrom`: без него документ не требуется и дата не проверяется',
    kk: '`recentMonths` үшін `scoring.evidenceFrom` қажет: онсыз құжат талап етілмейді, сондықтан күні тексерілмейді',
  },
  recentMonthsBelowEvidence: {
    en: '`recentMonths` is checked through evidence: only on an option scoring at least `scoring.evidenceFrom` ({evidenceFrom})',
    ru: '`recentMonths` проверяется по подтверждающим документам: только у варианта с баллом не ниже `scoring.evidenceFrom` ({evidenceFrom})',
    kk: '`recentMonths` растау құжаттары арқылы тексеріледі: тек балы `scoring.evidenceFrom` мәнінен ({evidenceFrom}) төмен емес нұсқада',
  },
  notBeforeNeedsEvidenceFrom: {
    en: '`notBefore` needs `scoring.evidenceFrom`: without it no document is asked for, so no date is checked',
    ru: 'для `notBefore` нужен `scoring.evidenceFrom`: без него документ не требуется и дата не проверяется',
    kk: '`notBefore` үшін `scoring.evidenceFrom` қажет: онсыз құжат талап етілмейді, сондықтан күні тексерілмейді',
  },
  notBeforeBelowEvidence: {
    en: '`notBefore` is checked through evidence: only on an option scoring at least `scoring.evidenceFrom` ({evidenceFrom})',
    ru: '`notBefore` проверяется по подтверждающим документам: только у варианта с баллом не ниже `scoring.evidenceFrom` ({evidenceFrom})',
    kk: '`notBefore` растау құжаттары арқылы тексеріледі: тек балы `scoring.evidenceFrom` мәнінен ({evidenceFrom}) төмен емес нұсқада',
  },
  downgradeNeedsEvidenceFrom: {
    en: '`downgrade` needs `evidenceFrom`: without it no claim needs evidence',
    ru: 'для `downgrade` нужен `evidenceFrom`: без него ни один ответ не требует подтверждения',
    kk: '`downgrade` үшін `evidenceFrom` қажет: онсыз бірде-бір жауап растауды талап етпейді',
  },
  shareOutsideBandWhen: {
    en: 'carries {share}% of the overall when {gate} is answered {option}, outside the band {min}–{max}% for the {count} scored {count:question|questions} that apply then',
    ru: 'при ответе {option} на вопрос {gate} доля в общем балле {share}\u00A0%, вне диапазона {min}–{max}\u00A0%, пересчитанного на {count} {count:применимый тогда вопрос|применимых тогда вопроса|применимых тогда вопросов} с баллами',
    kk: '{gate} сұрағына {option} деп жауап берілгенде жалпы ұпайдағы үлесі {share}\u00A0%, сол кезде қолданылатын {count} ұпайлы сұраққа қайта есептелген {min}–{max}\u00A0% ауқымынан тыс',
  },

  shareOutsideBand: {
    en: 'carries {share}% of the overall, outside the band {min}–{max}%',
    ru: 'доля в общем балле {share}\u00A0%, вне диапазона {min}–{max}\u00A0%',
    kk: 'жалпы ұпайдағы үлесі {share}\u00A0%, {min}–{max}\u00A0% ауқымынан тыс',
  },
  // Answer files
  unknownQuestion: {
    en: 'unknown question id "{id}"',
    ru: 'неизвестный идентификатор вопроса «{id}»',
    kk: '«{id}» деген сұрақ идентификаторы белгісіз',
  },
  unknownOption: {
    en: 'unknown option "{option}" for question "{id}"; expected one of: {options}',
    ru: 'неизвестный вариант «{option}» для вопроса «{id}»; допустимы: {options}',
    kk: '«{id}» сұрағында «{option}» деген жауап нұсқасы жоқ; мүмкін жауап нұсқалары: {options}',
  },
  naNotAllowed: {
    en: '"n/a" is not accepted for question "{id}": the rubric does not allow it; choose an option',
    ru: '«n/a» не принимается для вопроса «{id}»: методика этого не допускает; выберите вариант ответа',
    kk: '«{id}» сұрағы үшін «n/a» қабылданбайды: әдістеме оған жол бермейді; жауап нұсқасын таңдаңыз',
  },
  otherRubric: {
    en: 'made for rubric "{got}", not "{want}"',
    ru: 'файл составлен для методики «{got}», а не «{want}»',
    kk: 'файл «{want}» емес, «{got}» әдістемесі үшін жасалған',
  },
  otherVersion: {
    en: 'made with rubric version {got}; scored with {want} where the ids match',
    ru: 'файл составлен по версии методики {got}; оценён по версии {want} там, где совпадают идентификаторы',
    kk: 'файл әдістеменің {got} нұсқасымен жасалған; идентификаторлар сәйкес келетін жерде {want} нұсқасы бойынша бағаланды',
  },
  migratedSameIds: {
    en: 'carried forward from rubric version {from}; no question or option id changed',
    ru: 'перенесено с версии методики {from}; идентификаторы не менялись',
    kk: 'әдістеменің {from} нұсқасынан тасымалданды; идентификаторлар өзгермеген',
  },
  migrated: {
    en: 'carried forward from rubric version {from}: {what}',
    ru: 'перенесено с версии методики {from}: {what}',
    kk: 'әдістеменің {from} нұсқасынан тасымалданды: {what}',
  },
  mergeDocumentConflict: {
    en: 'register id "{id}" names another document in {first}: give one of them another id',
    ru: 'идентификатор «{id}» в {first} обозначает другой документ: присвойте одному из них другой идентификатор',
    kk: '«{id}» идентификаторы {first} файлында басқа құжатты білдіреді: олардың біріне басқа идентификатор беріңіз',
  },
  noAssessmentDate: {
    en: 'no assessment date: dates checked against {date}',
    ru: 'нет даты оценки: даты документов проверены по {date}',
    kk: 'бағалау күні жоқ: құжаттардың күндері {date} бойынша тексерілді',
  },
  oldAssessmentDate: {
    en: 'the assessment date {date} is {days} days before today ({today}): the report describes the body as it was then, its periods counted back from {date}',
    ru: 'дата оценки {date} на {days} дн. раньше сегодняшней ({today}): отчёт описывает орган на ту дату, сроки отсчитаны от {date}',
    kk: 'бағалау күні {date} бүгінгі күннен ({today}) {days} күн бұрын: есеп органды сол күнгі күйінде сипаттайды, мерзімдер {date} күнінен бастап есептелді',
  },
  futureAssessmentDate: {
    en: 'the assessment date {date} is after today: dates checked against today, {today}',
    ru: 'дата оценки {date} позже сегодняшней: даты документов проверены по сегодняшней дате, {today}',
    kk: 'бағалау күні {date} бүгінгі күннен кейін: құжаттардың күндері бүгінгі күн, {today} бойынша тексерілді',
  },
  badDate: {
    en: '"{value}" is no day of the calendar',
    ru: '«{value}»: такой даты нет в календаре',
    kk: '«{value}»: күнтізбеде мұндай күн жоқ',
  },
  badDocumentDate: {
    en: '"{value}" is not a date (write 2026-02-14, 14.02.2026 or 14 February 2026)',
    ru: '«{value}» не является датой (пишите 2026-02-14, 14.02.2026 или 14 февраля 2026)',
    kk: '«{value}» күн емес (2026-02-14, 14.02.2026 немесе 2026 жылғы 14 ақпан деп жазыңыз)',
  },
  otherUnitQuestion: {
    en: 'question "{id}" belongs to the unit "{owner}", not to this file\'s unit "{unit}": a unit answers and evidences only its own questions',
    ru: 'вопрос «{id}» относится к подразделению «{owner}», а не к подразделению этого файла «{unit}»: подразделение отвечает и подтверждает только свои вопросы',
    kk: '«{id}» сұрағы осы файлдың «{unit}» бөлімшесіне емес, «{owner}» бөлімшесіне тиесілі: бөлімше тек өз сұрақтарына жауап беріп, оларды растайды',
  },
  unknownAnswerUnit: {
    en: 'unit "{id}" is not one of the rubric\'s units ({units})',
    ru: 'подразделение «{id}» не входит в подразделения методики ({units})',
    kk: '«{id}» бөлімшесі әдістеме бөлімшелерінің ({units}) қатарында жоқ',
  },
  unsupportedAnswerLanguage: {
    en: 'language "{lang}" is not one of the rubric\'s languages ({langs})',
    ru: 'язык «{lang}» не входит в языки методики ({langs})',
    kk: '«{lang}» тілі әдістеме тілдерінің ({langs}) қатарында жоқ',
  },
  // Commands
  validRubric: {
    en: '{file}: valid ({questions} {questions:question|questions}, {sections} {sections:section|sections}, {recommendations} {recommendations:recommendation|recommendations}, {levels} {levels:level|levels})',
    ru: '{file}: без ошибок ({questions} {questions:вопрос|вопроса|вопросов}, {sections} {sections:раздел|раздела|разделов}, {recommendations} {recommendations:рекомендация|рекомендации|рекомендаций}, {levels} {levels:уровень|уровня|уровней})',
    kk: '{file}: қатесіз ({questions} сұрақ, {sections} бөлім, {recommendations} ұсыным, {levels} деңгей)',
  },
  validAnswers: {
    en: '{file}: valid ({answered} of {total} {total:question|questions} answered)',
    ru: '{file}: без ошибок (отвечено {answered} из {total} {total:вопроса|вопросов|вопросов})',
    kk: '{file}: қатесіз ({total} сұрақтың {answered} сұрағына жауап берілген)',
  },
  rubricIdNearMiss: {
    en: 'made for rubric {got}, which is "{want}" but for invisible characters (a no-break space, a zero-width character); write the id as "{want}"',
    ru: 'файл составлен для методики {got}: это «{want}», но с невидимыми символами (неразрывный пробел, символ нулевой ширины); запишите идентификатор как «{want}»',
    kk: 'файл {got} әдістемесі үшін жасалған: бұл «{want}», бірақ көрінбейтін таңбалары бар (бөлінбейтін бос орын, нөлдік ені бар таңба); идентификаторды «{want}» деп жазыңыз',
  },
  answersEvidence: {
    en: '{line}; {unsupported} {unsupported:claim|claims} without the evidence the method requires, {bare} {bare:answer|answers} above zero citing no evidence',
    ru: '{line}; утверждений без подтверждения, которого требует методика: {unsupported}; ответов выше нуля без ссылки на подтверждение: {bare}',
    kk: '{line}; әдістеме талап ететін растауы жоқ мәлімдемелер: {unsupported}; растауға сілтемесі жоқ нөлден жоғары жауаптар: {bare}',
  },
  answersSkipped: {
    en: 'skipped: made for rubric "{id}", which is not among the rubrics validated',
    ru: 'пропущен: файл составлен для методики «{id}», которой нет среди проверяемых',
    kk: 'өткізіп жіберілді: файл тексерілетін әдістемелер арасында жоқ «{id}» әдістемесі үшін жасалған',
  },
  warningPrefix: { en: 'warning', ru: 'предупреждение', kk: 'ескерту' },
  errorPrefix: { en: 'error', ru: 'ошибка', kk: 'қате' },
  findingsTotal: {
    en: '{errors} {errors:error|errors}, {warnings} {warnings:warning|warnings} in {files} {files:file|files}',
    ru: 'ошибок: {errors}, предупреждений: {warnings}, файлов: {files}',
    kk: 'қате: {errors}, ескерту: {warnings}, файл: {files}',
  },
  noInputs: { en: 'no answer files given', ru: 'не указаны файлы ответов', kk: 'жауап файлдары көрсетілмеген' },
  linkedFolder: {
    en: 'a link to a folder: not followed; name the folder itself to include it',
    ru: 'ссылка на папку: не обрабатывается; чтобы включить папку, укажите её саму',
    kk: 'қалтаға сілтеме: өңделмейді; қалтаны қосу үшін оның өзін көрсетіңіз',
  },
  noMatch: { en: 'matches no file', ru: 'не найдено ни одного файла', kk: 'бірде-бір файл табылмады' },
  badLang: { en: 'language must be ru, kk or en', ru: 'язык должен быть ru, kk или en', kk: 'тіл ru, kk немесе en болуы керек' },
  badCsvSeparator: {
    en: 'the separator must be one of: {separators}',
    ru: 'разделитель должен быть одним из: {separators}',
    kk: 'бөлгіш мыналардың бірі болуы керек: {separators}',
  },
  badFormat: {
    en: 'format must be one of: {formats}',
    ru: 'формат должен быть одним из: {formats}',
    kk: 'пішім мыналардың бірі болуы керек: {formats}',
  },
  badNumber: { en: '{option} must be a number from 0 to 100', ru: 'значение {option} должно быть числом от 0 до 100', kk: '{option} мәні 0-ден 100-ге дейінгі сан болуы керек' },
  // Units, merge, compare
  noUnits: {
    en: 'rubric "{id}" declares no units: this needs a rubric with `units` and a `unit` on each question',
    ru: 'в методике «{id}» не объявлены подразделения: нужна методика с `units` и полем `unit` у каждого вопроса',
    kk: '«{id}» әдістемесінде бөлімшелер жарияланбаған: `units` тізімі және әр сұрақта `unit` өрісі бар әдістеме қажет',
  },
  badUnit: {
    en: '--unit {id}: not one of the rubric\'s units ({units})',
    ru: '--unit {id}: такого подразделения нет в методике ({units})',
    kk: '--unit {id}: әдістемеде мұндай бөлімше жоқ ({units})',
  },
  mergeConflict: {
    en: '"{answer}" ({label}) here, but {others}; settle it in one file, or choose with --prefer <file>',
    ru: 'здесь «{answer}» ({label}), а {others}; согласуйте ответ в одном из файлов или выберите его через --prefer <файл>',
    kk: 'мұнда «{answer}» ({label}), ал {others}; жауапты бір файлда келісіңіз немесе --prefer <файл> арқылы таңдаңыз',
  },
  mergeConflictOther: { en: '"{answer}" ({label}) in {where}', ru: '«{answer}» ({label}) в {where}', kk: '{where} ішінде «{answer}» ({label})' },
  mergeOtherOrganization: {
    en: '"{got}" is not the organization of {first} ("{want}"): merge only one body\'s files',
    ru: '«{got}» — не тот орган, что в {first} («{want}»): объединяйте файлы только одного органа',
    kk: '«{got}» — {first} файлындағы орган емес («{want}»): тек бір органның файлдарын біріктіріңіз',
  },
  mergeTooLong: {
    en: 'the texts for "{id}" from {files} together are over {limit} characters; shorten one of them',
    ru: 'тексты по «{id}» из {files} вместе длиннее {limit} символов; сократите один из них',
    kk: '{files} файлдарындағы «{id}» бойынша мәтіндер бірге {limit} таңбадан ұзын; біреуін қысқартыңыз',
  },
  outExists: {
    en: '--out {file}: the file exists and was left as it is; choose another name, or add --force to replace it',
    ru: '--out {file}: файл уже существует и оставлен без изменений; выберите другое имя или добавьте --force, чтобы заменить его',
    kk: '--out {file}: файл бұрыннан бар және өзгертілмеді; басқа атау таңдаңыз немесе оны ауыстыру үшін --force қосыңыз',
  },
  outIsInput: {
    en: '--out {file} is one of the files this command reads; write under another name',
    ru: '--out {file} — один из файлов, которые читает эта команда; запишите результат под другим именем',
    kk: '--out {file} бұл команда оқитын файлдардың бірі; нәтижені басқа атпен жазыңыз',
  },

  mergeOutIsInput: {
    en: '--out {file} is one of the files to merge; write the body\'s file under another name',
    ru: '--out {file} — один из объединяемых файлов; запишите файл органа под другим именем',
    kk: '--out {file} біріктірілетін файлдардың бірі; органның файлын басқа атпен жазыңыз',
  },
  mergePreferUnknown: {
    en: '--prefer {file}: not one of the files to merge',
    ru: '--prefer {file}: такого файла нет среди объединяемых',
    kk: '--prefer {file}: біріктірілетін файлдар арасында жоқ',
  },
  mergeOtherVersion: {
    en: 'made with rubric version {got}, which this rubric ({want}) has no migration from: not merged (score it with its own version, or answer it again)',
    ru: 'файл составлен по версии методики {got}, для которой у этой методики ({want}) нет перехода: не объединён (оцените его по его версии или ответьте заново)',
    kk: 'файл әдістеменің {got} нұсқасымен жасалған, бұл әдістемеде ({want}) одан көшу жоқ: біріктірілмеді (оны өз нұсқасымен бағалаңыз немесе қайта жауап беріңіз)',
  },
  mergeDuplicate: { en: '{file} is given twice', ru: '{file} указан дважды', kk: '{file} екі рет көрсетілген' },
  mergeRefused: {
    en: 'nothing written: {n} {n:problem|problems} above',
    ru: 'ничего не записано: выше указаны проблемы ({n})',
    kk: 'ештеңе жазылмады: мәселелер жоғарыда көрсетілген ({n})',
  },
  merged: {
    en: '{file}: {answered} of {total} {total:question|questions} answered, from {files} {files:file|files}; {settled} {settled:conflict|conflicts} settled by --prefer',
    ru: '{file}: отвечено {answered} из {total} {total:вопроса|вопросов|вопросов}; объединено файлов: {files}; противоречий, решённых через --prefer: {settled}',
    kk: '{file}: {total} сұрақтың {answered} сұрағына жауап берілген, файлдар саны: {files}; --prefer арқылы шешілген қайшылықтар: {settled}',
  },
  bodyFileAsUnit: {
    en: '{file} holds the answers of the whole body, not of one unit: give unit "{unit}" its own file (readiness template --unit {unit} --out <file>, or --answers <new file>), or continue the body\'s file without --unit',
    ru: 'в {file} ответы всего органа, а не одного подразделения: дайте подразделению «{unit}» свой файл (readiness template --unit {unit} --out <файл> или --answers <новый файл>) либо продолжайте файл органа без --unit',
    kk: '{file} ішінде бір бөлімшенің емес, бүкіл органның жауаптары: «{unit}» бөлімшесіне өз файлын беріңіз (readiness template --unit {unit} --out <файл> немесе --answers <жаңа файл>) не орган файлын --unit опциясынсыз жалғастырыңыз',
  },
  threadStopped: {
    en: 'the scoring thread stopped while scoring this file',
    ru: 'поток оценки остановился при обработке этого файла',
    kk: 'бағалау ағыны осы файлды өңдеу кезінде тоқтады',
  },
  threadFailed: {
    en: 'the scoring thread stopped while scoring this file: {reason} (in the system\'s own words)',
    ru: 'поток оценки остановился при обработке этого файла: {reason} (сообщение системы)',
    kk: 'бағалау ағыны осы файлды өңдеу кезінде тоқтады: {reason} (жүйенің өз хабарламасы)',
  },
  otherUnitFile: {
    en: '{file} holds the answers of unit "{unit}", not "{asked}": give each unit its own --answers file',
    ru: 'в {file} ответы подразделения «{unit}», а не «{asked}»: у каждого подразделения свой файл --answers',
    kk: '{file} ішінде «{asked}» емес, «{unit}» бөлімшесінің жауаптары: әр бөлімшеге өз --answers файлын беріңіз',
  },
  compareOtherOrganization: {
    en: '"{got}" is not the organization of {first} ("{want}"): compare two assessments of one body, or add --force',
    ru: '«{got}» — не тот орган, что в {first} («{want}»): сравнивайте две оценки одного органа или добавьте --force',
    kk: '«{got}» — {first} файлындағы орган емес («{want}»): бір органның екі кезеңін салыстырыңыз немесе --force қосыңыз',
  },
  internalError: {
    en: 'internal error: this is a bug in readiness; please report it with the lines below',
    ru: 'внутренняя ошибка readiness (ошибка в программе); сообщите о ней разработчикам, приложив строки ниже',
    kk: 'readiness ішкі қатесі (бағдарламадағы ақау); төмендегі жолдарды тіркеп, әзірлеушілерге хабарлаңыз',
  },
  // File sizes (the number formatted by src/i18n/numbers.ts); a no-break space before the unit in ru and kk
  sizeBytes: { en: '{n} {n:byte|bytes}', ru: '{n}\u00A0{n:байт|байта|байт}', kk: '{n}\u00A0байт' },
  sizeKib: { en: '{n} KiB', ru: '{n}\u00A0КиБ', kk: '{n}\u00A0КиБ' },
  sizeMib: { en: '{n} MiB', ru: '{n}\u00A0МиБ', kk: '{n}\u00A0МиБ' },
  // File-system failures
  notFolder: {
    en: 'a part of the path is a file, not a folder',
    ru: 'часть пути — файл, а не папка',
    kk: 'жолдың бір бөлігі қалта емес, файл',
  },
  nameTooLong: {
    en: 'the file name is too long for this file system',
    ru: 'имя файла слишком длинное для этой файловой системы',
    kk: 'файл атауы бұл файлдық жүйе үшін тым ұзын',
  },
  linkLoop: {
    en: 'too many symbolic links (a link loop?)',
    ru: 'слишком много символических ссылок (ссылка на саму себя?)',
    kk: 'символдық сілтемелер тым көп (сілтеме өзіне сілтейді ме?)',
  },
  foreignLink: {
    en: "{path} is a symbolic link owned by another user ({owner}); another user's link is never written through",
    ru: '{path} — символическая ссылка, принадлежащая другому пользователю ({owner}); запись по чужой ссылке не выполняется',
    kk: '{path} — басқа пайдаланушыға ({owner}) тиесілі символдық сілтеме; бөгде сілтеме арқылы ештеңе жазылмайды',
  },
  tooManyOpen: {
    en: 'too many open files; close other programs and try again',
    ru: 'слишком много открытых файлов; закройте другие программы и повторите',
    kk: 'ашық файлдар тым көп; басқа бағдарламаларды жауып, қайталаңыз',
  },
  answerFileHeader: {
    en: 'readiness: answers saved after every answer. Resume: npx readiness assess --answers <this file>',
    ru: 'readiness: ответы сохраняются после каждого ответа. Продолжить: npx readiness assess --answers <этот файл>',
    kk: 'readiness: жауаптар әр жауаптан кейін сақталады. Жалғастыру: npx readiness assess --answers <осы файл>',
  },
  mergedFileHeader: {
    en: "readiness: one body's answers, merged from its units' files (see contributors). Continue: npx readiness assess --answers <this file>",
    ru: 'readiness: ответы одного органа, объединённые из файлов его подразделений (см. contributors). Продолжить: npx readiness assess --answers <этот файл>',
    kk: 'readiness: бір органның жауаптары, оның бөлімшелерінің файлдарынан біріктірілген (contributors қараңыз). Жалғастыру: npx readiness assess --answers <осы файл>',
  },
  outputFailed: {
    en: 'the output could not be written: {reason}; what was written is incomplete',
    ru: 'не удалось записать вывод: {reason}; записанное неполно',
    kk: 'шығысты жазу мүмкін болмады: {reason}; жазылғаны толық емес',
  },
  fileSizeLimit: {
    en: 'the file reached the size limit (ulimit -f, or the file system\'s)',
    ru: 'файл достиг предельного размера (ulimit -f или предел файловой системы)',
    kk: 'файл шекті өлшемге жетті (ulimit -f немесе файлдық жүйенің шегі)',
  },
  diskQuota: { en: 'the disk quota is used up', ru: 'дисковая квота исчерпана', kk: 'дискілік квота таусылды' },
  notReadyNow: {
    en: 'it gives no data now (a device or a special file, not a file to read)',
    ru: 'он сейчас не отдаёт данных (это устройство или особый файл, а не файл для чтения)',
    kk: 'ол қазір деректер бермейді (бұл құрылғы немесе арнайы файл, оқуға арналған файл емес)',
  },
  noDevice: {
    en: 'nothing is at the other end (a socket or a device that is not there)',
    ru: 'на другой стороне ничего нет (это сокет или отсутствующее устройство)',
    kk: 'арғы жағында ештеңе жоқ (бұл сокет немесе жоқ құрылғы)',
  },
  ioError: {
    en: 'the disk reported an input/output error',
    ru: 'диск сообщил об ошибке ввода-вывода',
    kk: 'диск енгізу-шығару қатесі туралы хабарлады',
  },
  // `readiness score`: what it needs and what it wrote
  severalNeedOut: {
    en: '{count} answer {count:file|files}: give --out <dir> for their reports, or --format csv for a summary on stdout',
    ru: 'файлов ответов: {count}; укажите --out <папка> для отчётов или --format csv для сводки в стандартный вывод',
    kk: 'жауап файлдары: {count}; есептер үшін --out <қалта> немесе стандартты шығысқа жиынтық үшін --format csv көрсетіңіз',
  },
  oneFormat: {
    en: 'stdout takes one format; give --out <dir> to write several',
    ru: 'в стандартный вывод можно выдать только один формат; чтобы записать несколько, укажите --out <папка>',
    kk: 'стандартты шығысқа бір ғана пішім шығады; бірнешеуін жазу үшін --out <қалта> көрсетіңіз',
  },
  summaryOnly: {
    en: 'summary: {csv}, {md}',
    ru: 'сводка: {csv}, {md}',
    kk: 'жиынтық: {csv}, {md}',
  },
  fleet: {
    en: 'fleet view: {path}',
    ru: 'обзор всех органов: {path}',
    kk: 'барлық органдарға шолу: {path}',
  },
  written: {
    en: '{reports} report files in {dir}; summary: {csv}, {md}',
    ru: 'файлов отчётов в папке {dir}: {reports}; сводка: {csv}, {md}',
    kk: '{dir} қалтасындағы есеп файлдары: {reports}; жиынтық: {csv}, {md}',
  },
  // Migration conflicts in a rubric
  migrationDuplicateFrom: {
    en: 'a migration from {from} is already declared at {where}; only one can apply',
    ru: 'миграция с версии {from} уже описана в {where}; применяется только одна',
    kk: '{from} нұсқасынан миграция {where} ішінде бұрыннан сипатталған; тек біреуі қолданылады',
  },
  migrationIdTwice: {
    en: 'question "{id}" is already carried forward by this migration ({where}); name it once',
    ru: 'вопрос «{id}» уже переносится этой миграцией ({where}); укажите его один раз',
    kk: '«{id}» сұрағын бұл миграция бұрыннан тасымалдайды ({where}); оны бір рет көрсетіңіз',
  },
  migrationTargetTwice: {
    en: 'question "{id}" already receives the answer of "{other}" in this migration; one answer per question',
    ru: 'вопрос «{id}» уже получает ответ вопроса «{other}» в этой миграции; на вопрос приходится один ответ',
    kk: '«{id}» сұрағы бұл миграцияда «{other}» сұрағының жауабын бұрыннан алады; бір сұраққа бір ғана жауап',
  },
  // Values the schema accepts but the method or the answer files cannot use
  reservedId: {
    en: 'the id "{id}" cannot be used: answer files may not have it as a key (it could reach an object\'s prototype)',
    ru: 'идентификатор «{id}» использовать нельзя: в файлах ответов он недопустим как ключ (может затронуть прототип объекта)',
    kk: '«{id}» идентификаторын қолдануға болмайды: жауап файлдарында ол кілт бола алмайды (объект прототипіне әсер етуі мүмкін)',
  },
  tinyWeight: {
    en: 'weight {weight} is too small to count; use {min} or more',
    ru: 'вес {weight} слишком мал, чтобы учитываться; укажите не меньше {min}',
    kk: '{weight} салмағы есепке алынбайтындай тым аз; кемінде {min} көрсетіңіз',
  },
} as const satisfies Namespace;
