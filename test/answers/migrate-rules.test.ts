import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/errors.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { parseRubric } from '../../src/rubric/load.js';
import { cli } from '../helpers/cli.js';

setMessageLang('en');

const V2 = 'test/fixtures/rubrics/diff-v1.1.0.yaml';
const base = readFileSync(V2, 'utf8');
const start = base.indexOf('migrations:\n');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

/** The 1.1.0 fixture with its migrations replaced; the findings it gets, as lines. */
function check(migrations: string): { text: string; lines: string[] } {
  const text = `${base.slice(0, start)}migrations:\n${migrations}`;
  const r = parseRubric('r.yaml', text);
  return { text, lines: r.ok ? [] : r.findings.map(formatFinding) };
}

describe('validate checks the migrations themselves', () => {
  it('accepts the fixture as it is', () => {
    expect(parseRubric(V2, base).ok).toBe(true);
    expect(cli(['validate', V2]).status).toBe(0);
  });

  it('refuses a migration that renames into a missing question or keeps the old one', () => {
    const { text, lines } = check('  - from: 1.0.0\n    renamed: {staff-training: staff-trainin, data-catalog: data-sharing}\n');
    const line = lineOf(text, '    renamed:');
    expect(lines).toEqual([
      `r.yaml:${line}:31: migrations[0].renamed.staff-training: question "staff-trainin" does not exist in this rubric version`,
      `r.yaml:${line}:46: migrations[0].renamed.data-catalog: question "data-catalog" still exists in this rubric; a renamed, split or dropped question must be gone`,
    ]);
  });

  it('refuses two migrations from the same version', () => {
    const { text, lines } = check('  - from: 1.0.0\n    dropped: [legal-audit]\n  - from: 1.0.0\n    dropped: [legal-audit]\n');
    const line = text.split('\n').lastIndexOf('  - from: 1.0.0') + 1;
    expect(lines).toEqual([`r.yaml:${line}:11: migrations[1].from: a migration from 1.0.0 is already declared at migrations[0]; only one can apply`]);
  });

  it('refuses an old question named twice, and two old answers sent to one question', () => {
    const { lines } = check(
      '  - from: 1.0.0\n    renamed: {staff-training: staff-ai-training, old-roles: staff-ai-training}\n    dropped: [staff-training]\n',
    );
    expect(lines.map((l) => l.replace(/^r\.yaml:\d+:\d+: /, ''))).toEqual([
      'migrations[0].renamed.old-roles: question "staff-ai-training" already receives the answer of "staff-training" in this migration; one answer per question',
      'migrations[0].dropped[0]: question "staff-training" is already carried forward by this migration (renamed); name it once',
    ]);
  });

  it('refuses an option map to an option the question does not have, and a migration from a newer version', () => {
    const { lines } = check('  - from: 1.2.0\n    options:\n      staff-roles: {planned: drafting}\n');
    expect(lines.map((l) => l.replace(/^r\.yaml:\d+:\d+: /, ''))).toEqual([
      "migrations[0].from: migration from 1.2.0 must name a version older than the rubric's 1.1.0",
      'migrations[0].options.staff-roles.planned: option "drafting" is not an option of question "staff-roles"',
    ]);
  });

  it('validate exits 1 and names the line of a broken migration', () => {
    const { text } = check('  - from: 1.0.0\n    split: {staff-training: [staff-ai-training, staff-ai-training]}\n');
    const file = join(mkdtempSync(join(tmpdir(), 'readiness-migrate-')), 'split-twice.yaml');
    writeFileSync(file, text);
    const r = cli(['validate', file]);
    expect(r.status).toBe(1);
    const line = lineOf(text, '    split:');
    expect(r.stderr).toContain(
      `${file}:${line}:49: migrations[0].split.staff-training[1]: question "staff-ai-training" already receives the answer of "staff-training" in this migration; one answer per question`,
    );
  });
});
