import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, STACK } from '../helpers/cli.js';
import { MINIMAL_RUBRIC } from './helpers.js';

/**
 * Hostile rubrics and answer files through the real CLI: each refused with exit 1 and a
 * `file:line:col` line that says what was wrong, quickly and without a stack trace; files
 * from Windows and office tools (byte-order mark, CRLF) simply work.
 */

const run = (args: string[]) => cli(args, { timeout: 60_000 });

describe('hostile files through the CLI', () => {
  let work: string;
  const at = (name: string) => join(work, name);
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'readiness-cli-hostile-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const minimal = () => readFileSync(MINIMAL_RUBRIC, 'utf8');
  const answers = 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: Акимат}\nanswers:\n  staff-training: all\n  cyber-pentest: never\n';

  const rubrics: Array<[string, () => string | Buffer, RegExp]> = [
    ['deep.yaml', () => '['.repeat(500_000), /deep\.yaml:1:\d+: nesting is deeper than 64 levels; refused before parsing/],
    ['bomb.yaml', () => `${minimal()}\nx: &a [1,1,1,1,1,1,1,1,1,1]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nw: [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`, /bomb\.yaml:\d+:\d+: aliases expand too far/],
    ['proto.yaml', () => minimal().replace('levels:', '__proto__: {polluted: true}\nlevels:'), /proto\.yaml:24:1: "__proto__" is not allowed as a key/],
    ['huge.yaml', () => `${minimal()}#${'x'.repeat(3 * 1024 * 1024)}\n`, /huge\.yaml: file is 3\.0 MiB, over the limit of 2\.0 MiB/],
    ['binary.yaml', () => Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]), /binary\.yaml:1:8: file is binary/],
    ['latin1.yaml', () => Buffer.concat([Buffer.from(minimal().replace('Minimal rubric', 'Minimal rubric caf')), Buffer.from([0xe9])]), /latin1\.yaml:\d+:\d+: file is not valid UTF-8/],
    ['two.yaml', () => `${minimal()}---\n${minimal()}`, /two\.yaml:\d+:1: the file holds several YAML documents/],
    ['dup.yaml', () => minimal().replace('version: 1.0.0', 'version: 1.0.0\nversion: 1.0.1'), /dup\.yaml:4:1: duplicate key/],
    ['types.yaml', () => minimal().replace('version: 1.0.0', 'version: [1, 0, 0]'), /types\.yaml:3:10: version: must be a text, not a list/],
  ];
  for (const [name, data, error] of rubrics) {
    it(`validate refuses ${name}: exit 1, file:line:col, no stack`, () => {
      writeFileSync(at(name), data());
      const r = run(['validate', at(name)]);
      expect(r.status).toBe(1);
      expect(r.stderr + r.stdout).toMatch(error);
      expect(r.stderr + r.stdout).not.toMatch(STACK);
    });
  }

  it('validate of several hostile rubrics in one run names each', () => {
    const names = rubrics.map(([name]) => name);
    for (const [name, data] of rubrics) writeFileSync(at(name), data());
    const r = run(['validate', ...names.map(at)]);
    expect(r.status).toBe(1);
    for (const [name, , error] of rubrics) expect(r.stderr + r.stdout, name).toMatch(error);
    expect(r.stderr + r.stdout).not.toMatch(STACK);
  });

  it('a rubric and an answer file saved by Windows tools (BOM, CRLF) simply work', () => {
    writeFileSync(at('windows-rubric.yaml'), `\uFEFF${minimal().replace(/\n/g, '\r\n')}`);
    writeFileSync(at('windows-answers.yaml'), `\uFEFF${answers.replace(/\n/g, '\r\n')}`);
    const v = run(['validate', at('windows-rubric.yaml'), '--answers', at('windows-answers.yaml')]);
    expect(v.stderr).toBe('');
    expect(v.status).toBe(0);
    const s = run(['score', '--rubric', at('windows-rubric.yaml'), at('windows-answers.yaml'), '--format', 'json']);
    expect(s.status, s.stderr).toBe(0);
    expect(JSON.parse(s.stdout).respondent.organization).toBe('Акимат');
  });

  it('a hostile answer file through score: exit 1, named with its position', () => {
    writeFileSync(at('proto-answers.yaml'), answers.replace('answers:\n', 'answers:\n  __proto__: {isAdmin: true}\n'));
    const r = run(['score', '--rubric', MINIMAL_RUBRIC, at('proto-answers.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/proto-answers\.yaml:4:3: "__proto__" is not allowed as a key/);
    expect(r.stderr + r.stdout).not.toMatch(STACK);
  });

  it('template --out through a regular file: a clear error in words, no temporary file named', () => {
    writeFileSync(at('plain'), 'keep');
    const r = run(['template', '--rubric', MINIMAL_RUBRIC, '--out', join(at('plain'), 'blank.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${join(at('plain'), 'blank.yaml')}: a part of the path is a file, not a folder\n`);
    expect(readFileSync(at('plain'), 'utf8')).toBe('keep');
  });

  it('an answer file whose --out is a regular file: a clear error, the file untouched', () => {
    writeFileSync(at('good.yaml'), answers);
    writeFileSync(at('taken'), 'keep');
    const r = run(['score', '--rubric', MINIMAL_RUBRIC, at('good.yaml'), '--out', at('taken')]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).toContain(at('taken'));
    expect(readFileSync(at('taken'), 'utf8')).toBe('keep');
  });
});
