import type { ScoreOptions } from './score.js';

/** `score`'s options that take a value, as commander names them in the options object. */
const SCORE_VALUES: Readonly<Record<string, Exclude<keyof ScoreOptions, 'lenient' | 'clean' | 'audit'>>> = {
  '--rubric': 'rubric',
  '--lang': 'lang',
  '--out': 'out',
  '--format': 'format',
  '--fail-under': 'failUnder',
  '--csv-separator': 'csvSeparator',
};
/** The program's own flags, which `main` reads from argv itself (commander only accepts them). */
const GLOBAL_FLAGS = new Set(['-q', '--quiet', '--no-color']);
const LANGS = new Set(['ru', 'kk', 'en']);

/**
 * `score <answers...>` with the options it usually has, read without commander: scoring one
 * file is what scripts run most, and commander and the program's help texts were a tenth of
 * its start-up. Gives what commander would pass to the command (its positionals and options
 * object), or undefined for anything else, which commander then parses as always: another
 * command, help, an unknown or repeated option, an option without its value or with one that
 * starts with `-`, a `--lang` commander would refuse, `--`, or no input. test/cli/quick.test.ts
 * holds it to commander's result.
 */
export function quickScore(args: readonly string[]): { inputs: string[]; options: ScoreOptions } | undefined {
  let i = 0;
  while (i < args.length && GLOBAL_FLAGS.has(args[i]!)) i++;
  if (args[i] !== 'score') return undefined;
  const inputs: string[] = [];
  const options: ScoreOptions = {};
  for (i++; i < args.length; i++) {
    const arg = args[i]!;
    if (GLOBAL_FLAGS.has(arg)) continue;
    if (!arg.startsWith('-')) {
      inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const key = SCORE_VALUES[eq === -1 ? arg : arg.slice(0, eq)];
    if (key === undefined || key in options) return undefined;
    let value: string | undefined;
    value = eq !== -1 ? arg.slice(eq + 1) : args[++i];
    // A value that looks like an option is commander's to judge (and refuse); `--x=-5` is a value.
    if (value === undefined || value.startsWith(eq !== -1 ? '--' : '-')) return undefined;
    if (key === 'lang' && !LANGS.has(value)) return undefined;
    options[key] = value;
  }
  return inputs.length === 0 ? undefined : { inputs, options };
}
