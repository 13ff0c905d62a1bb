import { Command, type Argument, type ErrorOptions, type HelpConfiguration, type Option } from 'commander';
import { commander } from '../i18n/catalogue/cli.js';
import { type Lang, type PlainKey, sayer } from '../i18n/lang.js';

/*
 * Commander writes its help headings, `[options]`, choices and defaults, and usage errors in
 * English; the help hooks and `LocalCommand.error` below put the catalogue's `commander`
 * texts in their place, so a usage error under ru or kk is not in English.
 */

type Key = keyof typeof commander;
type ArgKey = Extract<Key, `arg.${string}`> extends `arg.${infer K}` ? K : never;
const say = sayer(commander);

/** The name of a value or argument placeholder (`<file>`, `<answers...>`) in `lang`: display only. */
export function placeholder(lang: Lang, name: ArgKey): string {
  return say(lang, `arg.${name}`);
}

const TITLES: Readonly<Record<string, PlainKey<typeof commander>>> = {
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
  const q = (s: string) => say(lang, 'quoted', { name: s });
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
  const names = match[2]!.split(', ').map((n) => say(lang, 'suggested', { name: n })).join(', ');
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
