import { Command, type Argument, type ErrorOptions, type HelpConfiguration, type Option } from 'commander';
import { format, type Lang, type Texts } from '../i18n/lang.js';

/**
 * Commander's own words (help headings, `[options]`, choices and defaults, usage errors) in
 * every language. Commander writes them in English; the help hooks and `LocalCommand.error`
 * below put these in their place, so a usage error under ru or kk is not in English.
 */
export const words = {
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
} as const satisfies Record<string, Texts>;

type Key = keyof typeof words;
type ArgKey = Extract<Key, `arg.${string}`> extends `arg.${infer K}` ? K : never;

/** The name of a value or argument placeholder (`<file>`, `<answers...>`) in `lang`: display only. */
export function placeholder(lang: Lang, name: ArgKey): string {
  return words[`arg.${name}`][lang];
}
const say = (lang: Lang, key: Key, vars?: Record<string, string | number>) => format(words[key], lang, vars);

const TITLES: Record<string, Key> = {
  'Usage:': 'usage',
  'Options:': 'options',
  'Commands:': 'commands',
  'Arguments:': 'arguments',
  'Global Options:': 'globalOptions',
};

/** Help hooks that put commander's headings, placeholders, choices and defaults in `lang`. */
export function localHelp(lang: Lang): HelpConfiguration {
  const placeholders = (text: string) =>
    text.replace('[options]', say(lang, 'optionsTerm')).replace('[command]', say(lang, 'commandTerm'));
  const describe = (description: string, choices: readonly string[] | undefined, defaultValue: unknown, showDefault: boolean) => {
    const extra: string[] = [];
    if (choices) extra.push(say(lang, 'choices', { values: choices.join(', ') }));
    if (defaultValue !== undefined && showDefault) extra.push(say(lang, 'default', { value: String(defaultValue) }));
    if (extra.length === 0) return description;
    return description ? `${description} (${extra.join('; ')})` : `(${extra.join('; ')})`;
  };
  return {
    styleTitle: (title: string) => (TITLES[title] ? say(lang, TITLES[title]) : title),
    commandUsage(cmd: Command) {
      const ancestors: string[] = [];
      for (let c = cmd.parent; c; c = c.parent) ancestors.unshift(c.name());
      return placeholders([...ancestors, cmd.name(), cmd.usage()].join(' '));
    },
    subcommandTerm(cmd: Command) {
      const args = cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`));
      return [cmd.name(), ...(cmd.options.length > 0 ? [say(lang, 'optionsTerm')] : []), ...args].join(' ');
    },
    optionDescription(option: Option) {
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      return describe(option.description, option.argChoices, option.defaultValueDescription ?? option.defaultValue, showDefault);
    },
    argumentDescription(argument: Argument) {
      return describe(argument.description, argument.argChoices, argument.defaultValueDescription ?? argument.defaultValue, true);
    },
  };
}

/**
 * Commander's English usage error, said in `lang`. Each error code has its own text; the
 * values (the command, option or argument named) are taken from commander's message, which
 * quotes them. A message this does not know stays as it is, labelled as commander's English.
 */
export function localError(lang: Lang, message: string, code: string | undefined): string {
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const [text, hint] = splitSuggestion(lang, message);
  const q = (s: string) => (lang === 'en' ? `"${s}"` : `«${s}»`);
  const withHint = (s: string) => (hint ? `${s}\n${hint}` : s);
  switch (code) {
    case 'commander.unknownCommand':
      return withHint(say(lang, 'unknownCommand', { name: quoted[0] ?? '' }));
    case 'commander.unknownOption':
      return withHint(say(lang, 'unknownOption', { name: quoted[0] ?? '' }));
    case 'commander.missingArgument':
      return say(lang, 'missingArgument', { name: quoted[0] ?? '' });
    case 'commander.optionMissingArgument':
      return say(lang, 'optionMissingArgument', { flags: quoted[0] ?? '' });
    case 'commander.missingMandatoryOptionValue':
      return say(lang, 'missingMandatoryOption', { flags: quoted[0] ?? '' });
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\.$/.exec(text)?.[1];
      if (choices === undefined) break;
      if (text.startsWith('error: option ')) return say(lang, 'invalidOptionValue', { flags: quoted[0] ?? '', value: quoted[1] ?? '', choices });
      return say(lang, 'invalidArgumentValue', { value: quoted[0] ?? '', name: quoted[1] ?? '', choices });
    }
    case 'commander.excessArguments': {
      const counts = /Expected (\d+) arguments? but got (\d+)/.exec(text);
      if (!counts) break;
      return say(lang, 'excessArguments', { command: quoted[0] ?? 'readiness', expected: counts[1]!, received: counts[2]! });
    }
    case 'commander.conflictingOption':
      if (quoted.length < 2) break;
      return say(lang, 'conflictingOption', { first: q(quoted[0]!), second: q(quoted[1]!) });
  }
  return lang === 'en' ? message : say(lang, 'other', { detail: message.replace(/^error: /, '') });
}

/** Splits commander's "(Did you mean …?)" line off a message and says it in `lang`. */
function splitSuggestion(lang: Lang, message: string): [string, string | undefined] {
  const match = /\n\(Did you mean (one of )?(.*)\?\)$/.exec(message);
  if (!match) return [message, undefined];
  const names = match[2]!.split(', ').map((n) => (lang === 'en' ? n : `«${n}»`)).join(', ');
  return [message.slice(0, match.index), match[1] ? say(lang, 'didYouMeanOneOf', { names }) : say(lang, 'didYouMean', { name: names })];
}

/** A commander `Command` whose usage errors, and those of its subcommands, are said in `lang`. */
export function localCommand(lang: Lang, name: string): Command {
  class LocalCommand extends Command {
    override createCommand(sub?: string): Command {
      return new LocalCommand(sub);
    }
    override error(message: string, errorOptions?: ErrorOptions): never {
      return super.error(localError(lang, message, errorOptions?.code), errorOptions);
    }
  }
  return new LocalCommand(name).configureHelp(localHelp(lang));
}
