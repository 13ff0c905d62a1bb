import { copyFileSync, linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { cli, STACK } from '../helpers/cli.js';

// The one rule for `--out <file>` (cli/context.ts checkOut): never over one of the command's
// inputs, never over an existing file without --force. Every command with such an option is
// listed here; a command that gains one without a row fails the first test.
let dir: string;
const at = (name: string) => join(dir, name);
const head = 'rubric: {id: units, version: 1.1.0}\nrespondent: {organization: "Akimat X"}\nlanguage: en\n';

/** Each command writing a file: its arguments before `--out`, and the inputs it reads. */
const COMMANDS: Record<string, { args: () => string[]; inputs: () => string[] }> = {
  template: { args: () => ['template', '--rubric', at('r.yaml')], inputs: () => [at('r.yaml')] },
  checklist: { args: () => ['checklist', '--rubric', at('r.yaml')], inputs: () => [at('r.yaml')] },
  compare: { args: () => ['compare', at('then.yaml'), at('now.yaml'), '--rubric', at('r.yaml')], inputs: () => [at('then.yaml'), at('now.yaml'), at('r.yaml')] },
  merge: { args: () => ['merge', at('it.yaml'), at('legal.yaml'), '--rubric', at('r.yaml')], inputs: () => [at('it.yaml'), at('legal.yaml'), at('r.yaml')] },
};

function snapshot(): Map<string, string> {
  return new Map(['r.yaml', 'then.yaml', 'now.yaml', 'it.yaml', 'legal.yaml'].map((f) => [f, readFileSync(at(f), 'utf8')]));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-out-'));
  copyFileSync('test/fixtures/rubrics/units.yaml', at('r.yaml'));
  writeFileSync(at('then.yaml'), `${head}answers:\n  ai-policy: draft\n`);
  writeFileSync(at('now.yaml'), `${head}answers:\n  ai-policy: approved\n`);
  writeFileSync(at('it.yaml'), `${head}unit: it\nanswers:\n  cyber-pentest: yearly\n`);
  writeFileSync(at('legal.yaml'), `${head}unit: legal\nanswers:\n  ai-policy: approved\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--out <file>: one rule for every command', () => {
  it('every command with an --out file is covered here', () => {
    const program = buildProgram('en', () => async () => {});
    const withFile = program.commands.filter((c) => c.options.some((o) => o.long === '--out' && /<file>/.test(o.flags))).map((c) => c.name());
    expect(withFile.sort()).toEqual(Object.keys(COMMANDS).sort());
    // and each of them takes --force
    for (const c of program.commands.filter((x) => withFile.includes(x.name()))) expect(c.options.some((o) => o.long === '--force')).toBe(true);
  });

  for (const [name, { args, inputs }] of Object.entries(COMMANDS)) {
    it(`${name}: refuses an existing file without --force (exit 2), replaces it with --force, writes a new one`, () => {
      const out = at(`${name}-out.txt`);
      writeFileSync(out, 'not made by readiness');
      const refused = cli([...args(), '--out', out]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain(`--out ${out}: the file exists and was left as it is`);
      expect(refused.stderr).not.toMatch(STACK);
      expect(readFileSync(out, 'utf8')).toBe('not made by readiness');
      // a dangling link counts as something there
      const dangling = at(`${name}-dangling.txt`);
      symlinkSync(at('nowhere/x.txt'), dangling);
      expect(cli([...args(), '--out', dangling]).status).toBe(2);
      expect(cli([...args(), '--out', out, '--force']).status).toBe(0);
      expect(readFileSync(out, 'utf8')).not.toBe('not made by readiness');
      rmSync(out);
      expect(cli([...args(), '--out', out]).status).toBe(0);
    });

    it(`${name}: never writes over one of its inputs, even with --force, by name, link or hard link`, () => {
      const before = snapshot();
      for (const input of inputs()) {
        const link = `${input}.link`;
        const hard = `${input}.hard`;
        symlinkSync(input, link);
        linkSync(input, hard);
        for (const out of [input, link, hard]) {
          const r = cli([...args(), '--out', out, '--force']);
          expect(r.status, `${name} --out ${out}`).toBe(2);
          expect(r.stderr).toMatch(/is one of the files/);
        }
        rmSync(link);
        rmSync(hard);
      }
      expect(snapshot()).toEqual(before);
    });
  }
});
