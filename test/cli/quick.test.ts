import { describe, expect, it } from 'vitest';
import { buildProgram, type Action } from '../../src/cli/program.js';
import { quickScore } from '../../src/cli/quick.js';

/** What commander passes to `score`'s command for `args`: its positionals and options object. */
async function commanderScore(args: string[]): Promise<{ inputs: unknown; options: unknown }> {
  let seen: { inputs: unknown; options: unknown } | undefined;
  const record: Action = () => async (...received) => {
    seen = { inputs: received[0], options: received[1] };
  };
  await buildProgram('en', record).parseAsync(['node', 'readiness', ...args]);
  if (seen === undefined) throw new Error(`commander ran no command for ${args.join(' ')}`);
  return seen;
}

// What scripts pass to `score` of one file: read without commander, as commander reads it.
const TAKEN = [
  ['score', 'a.yaml'],
  ['score', 'a.yaml', '--format', 'json'],
  ['score', '--format', 'json', 'a.yaml'],
  ['score', 'a.yaml', '--format=md'],
  ['score', 'a.yaml', 'b.json', '--format', 'csv'],
  ['score', 'a.yaml', '--rubric', 'r.yaml', '--lang', 'kk', '--fail-under', '60', '--out', 'out'],
  ['score', 'a.yaml', '--lang=ru', '--fail-under=-5', '--format='],
  ['-q', 'score', 'a.yaml', '--format', 'json'],
  ['--no-color', '--quiet', 'score', 'a.yaml'],
  ['score', 'a.yaml', '-q', '--no-color', '--format', 'json'],
  ['score', 'in/*.yaml', '--format', 'html'],
  ['score', 'a.yaml', 'b.json', '--format', 'csv', '--csv-separator', 'semicolon'],
  ['score', 'in/', '--out', 'out', '--csv-separator=comma'],
];

// Everything else is commander's: its errors, its help, its reading of odd forms.
const LEFT = [
  [],
  ['validate'],
  ['score'],
  ['score', '--format', 'json'],
  ['score', 'a.yaml', '--help'],
  ['score', '-h'],
  ['--help', 'score', 'a.yaml'],
  ['-V'],
  ['score', 'a.yaml', '--format'],
  ['score', 'a.yaml', '--rubric', '--format', 'json'],
  ['score', 'a.yaml', '--format', 'json', '--format', 'md'],
  ['score', 'a.yaml', '--lang', 'de'],
  ['score', 'a.yaml', '--lang='],
  ['score', 'a.yaml', '--colour'],
  ['score', 'a.yaml', '--csv-separator'],
  ['score', 'a.yaml', '--csv-separator', ';', '--csv-separator', 'comma'],
  ['score', '--', '-a.yaml'],
  ['score', '-'],
  ['score', 'a.yaml', '-qV'],
  ['diff', 'score', 'a.yaml'],
];

describe('score read without commander', () => {
  it.each(TAKEN.map((args) => [args]))('%j: what commander passes', async (args) => {
    const quick = quickScore(args);
    expect(quick).toBeDefined();
    const viaCommander = await commanderScore(args);
    expect(quick!.inputs).toEqual(viaCommander.inputs);
    // The same keys, not only the same values: `key in options` is how commands tell absent.
    expect(quick!.options).toStrictEqual(viaCommander.options);
  });

  it.each(LEFT.map((args) => [args]))('%j: left to commander', (args) => {
    expect(quickScore(args)).toBeUndefined();
  });
});
