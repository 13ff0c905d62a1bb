import type { Namespace } from './entry.js';

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
  choices: { en: 'choices: {values}', ru: 'варианты: {values}', kk: 'мүмкін мәндер: {values}' },
  default: { en: 'default: {value}', ru: 'по умолчанию: {value}', kk: 'әдепкісі: {value}' },
  // Usage errors
  quoted: { en: '"{name}"', ru: '«{name}»', kk: '«{name}»' },
  suggested: { en: '{name}', ru: '«{name}»', kk: '«{name}»' },
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
  'arg.gitRef': { en: 'git-ref', ru: 'git-ссылка', kk: 'git-сілтеме' },
  'arg.answers': { en: 'answers', ru: 'файлы-ответов', kk: 'жауап-файлдары' },
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
