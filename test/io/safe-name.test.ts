import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeFileStem, uniqueStem } from '../../src/io/safe-name.js';
import { reportStem, writeReports } from '../../src/report/write.js';
import { HOSTILE_TEXTS, hostileReport, minimalRubric } from '../hostile/helpers.js';

const runs = Number(process.env.FUZZ_RUNS ?? 500);
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

let out: string;
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'readiness-out-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

/** What every name made from untrusted text must be. */
function expectSafeName(name: string) {
  expect(name).not.toBe('');
  expect(name).not.toMatch(/[/\\:*?"<>|\0-\x1f]/);
  expect(name.startsWith('.')).toBe(false);
  expect(name).not.toMatch(/\.\./);
  expect(RESERVED.test(name)).toBe(false);
  expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(255);
  const rel = relative(out, resolve(out, name));
  expect(rel).toBe(name);
  expect(isAbsolute(rel)).toBe(false);
}

describe('file names made from organization names stay inside --out', () => {
  it('path tricks, reserved device names and long names become plain names', () => {
    expect(safeFileStem('../../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileStem('/etc/passwd')).toBe('etc-passwd');
    expect(safeFileStem('C:\\Windows\\win.ini')).toBe('c-windows-win-ini');
    expect(safeFileStem('..')).toBe('body');
    expect(safeFileStem('CON')).toBe('body-con');
    expect(safeFileStem('lpt1')).toBe('body-lpt1');
    expect(safeFileStem('Әкімдік «Алматы»')).toBe('әкімдік-алматы');
    expect(safeFileStem('Ә'.repeat(300)).length).toBe(80);
    for (const text of [...HOSTILE_TEXTS, '', ' ', '...', '\u0000', '\u202E', '．．／etc']) expectSafeName(`${reportStem(text)}.html`);
  });

  it('any text at all gives a safe name (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(...HOSTILE_TEXTS)), (text) => {
        for (const ext of ['.md', '.json', '.csv', '.html']) expectSafeName(`${reportStem(text)}${ext}`);
        const stem = safeFileStem(text);
        expect(stem.length).toBeLessThanOrEqual(80);
        expect(stem).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
      }),
      { numRuns: runs },
    );
  }, Math.max(120_000, runs * 200));

  it('names that differ only in case or punctuation get different files', () => {
    const names = ['Акимат', 'АКИМАТ', 'акимат', 'Акимат.', 'Акимат!'];
    expect(new Set(names.map(reportStem)).size).toBe(names.length);
    expect(new Set(names.map((n) => reportStem(n).toLowerCase())).size).toBe(names.length);
  });

  it('one stem taken twice in a run is told apart without regard to case', () => {
    const taken = new Set<string>();
    expect(uniqueStem('Body', taken)).toBe('Body');
    expect(uniqueStem('body', taken)).toBe('body-2');
    expect(uniqueStem('BODY', taken)).toBe('BODY-3');
  });
});

describe('writeReports with hostile organization names', () => {
  it('writes every report inside --out and nothing anywhere else', async () => {
    const rubric = minimalRubric();
    const taken = new Set<string>();
    const written: string[] = [];
    for (const text of HOSTILE_TEXTS) written.push(...(await writeReports(hostileReport(rubric, text), ['json'], out, taken)));
    expect(written).toHaveLength(HOSTILE_TEXTS.length);
    for (const path of written) {
      const rel = relative(out, path);
      expect(rel.startsWith('..') || isAbsolute(rel) || rel.includes('/')).toBe(false);
      expectSafeName(rel);
    }
    expect(readdirSync(out).sort()).toEqual(written.map((p) => relative(out, p)).sort());
  });

  it('never silently overwrites another body’s report, in one run or across runs', async () => {
    const rubric = minimalRubric();
    const [a] = await writeReports(hostileReport(rubric, 'Акимат'), ['json'], out, new Set());
    const [b] = await writeReports(hostileReport(rubric, 'АКИМАТ'), ['json'], out, new Set());
    expect(a).not.toBe(b);
    expect(JSON.parse(readFileSync(a!, 'utf8')).respondent.organization).toBe('Акимат');
    expect(JSON.parse(readFileSync(b!, 'utf8')).respondent.organization).toBe('АКИМАТ');
    // Two files of one body in one batch: both kept.
    const taken = new Set<string>();
    const [c] = await writeReports(hostileReport(rubric, 'Министерство'), ['json'], out, taken);
    const [d] = await writeReports(hostileReport(rubric, 'Министерство', { 'staff-training': 'all' }), ['json'], out, taken);
    expect(c).not.toBe(d);
    expect(readdirSync(out)).toHaveLength(4);
  });

  it('refuses to write into --out when --out is a regular file, with the file left alone', async () => {
    const file = join(out, 'not-a-folder');
    writeFileSync(file, 'keep');
    await expect(writeReports(hostileReport(minimalRubric(), 'X'), ['json'], file)).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('keep');
  });
});
