import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

/**
 * The open routes of the independent review of rubric 2.2.0 (docs/reviews/
 * rubric-2.2.0-independent.md §5), each tried from the CLI on the fixture rubric whose top
 * training rung says "in the last 12 months" (`recentMonths: 12`), and each stopped.
 */
const RUBRIC = 'test/fixtures/rubrics/evidence-dates.yaml';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-review-routes-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, training: string, pentest: string, date?: string): string {
  const path = join(dir, name);
  const lines = ['rubric: {id: evidence-dates, version: 1.0.0}', 'respondent: {organization: "Akimat of Tests"}'];
  if (date) lines.push(`date: ${date}`);
  lines.push('answers:', '  staff-training: all', '  cyber-pentest: yearly', 'evidence:', `  staff-training: ${JSON.stringify(training)}`, `  cyber-pentest: ${JSON.stringify(pentest)}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}
type Json = { date: string | null; unsupported: Array<{ id: string; reason: string }>; overall: { score: number } };
const score = (path: string, env: Record<string, string> = {}, format = 'json') => cli(['score', path, '--rubric', RUBRIC, '--format', format], { env });

describe('routes of the review of rubric 2.2.0, stopped from the CLI', () => {
  it('G02‴ any reference with a word or a № sign: «док 7 01.01.2026» and «№7 01.01.2026» support nothing (no-type); a typed reference does', () => {
    const r = score(file('g02.yaml', 'док 7 01.01.2026', '№7 01.01.2026', '2026-03-01'));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as Json).unsupported.map((u) => [u.id, u.reason])).toEqual([
      ['staff-training', 'no-type'],
      ['cyber-pentest', 'no-type'],
    ]);
    const honest = score(file('g02-honest.yaml', 'Приказ № 7 от 01.01.2026', 'Акт № 7 от 01.01.2026', '2026-03-01'));
    expect((JSON.parse(honest.stdout) as Json).unsupported).toEqual([]);
    for (const [lang, words] of [['ru', 'не указан вид документа'], ['kk', 'құжаттың түрі көрсетілмеген'], ['en', 'does not say what the document is']] as const) {
      const md = cli(['score', join(dir, 'g02.yaml'), '--rubric', RUBRIC, '--format', 'md', '--lang', lang]);
      expect(md.stdout, lang).toContain(words);
    }
    expect(cli(['score', join(dir, 'g02.yaml'), '--rubric', RUBRIC, '--format', 'html', '--lang', 'kk']).stdout).toContain('құжаттың түрі көрсетілмеген');
  });

  it('R2 stale documents: a document of 2019 does not show a rung that says "in the last 12 months" (too-old); one of the period does', () => {
    const r = score(file('r2.yaml', 'Приказ № 5 от 01.02.2019', 'Протокол № 1 от 01.02.2019', '2026-06-01'));
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as Json).unsupported.map((u) => [u.id, u.reason])).toEqual([['staff-training', 'too-old']]);
    expect(cli(['score', join(dir, 'r2.yaml'), '--rubric', RUBRIC, '--format', 'md', '--lang', 'ru']).stdout).toContain('нет документа, датированного в пределах срока');
    const fresh = score(file('r2-fresh.yaml', 'Приказ № 5 от 01.02.2026', 'Протокол № 1 от 01.02.2019', '2026-06-01'));
    expect((JSON.parse(fresh.stdout) as Json).unsupported).toEqual([]);
  });

  it('R2 stale documents: validate refuses a period out of range or below evidenceFrom, with line and column', () => {
    const text = readFileSync(RUBRIC, 'utf8').replace('recentMonths: 12', 'recentMonths: 121').replace('{id: some, score: 0.5,', '{id: some, score: 0.5, recentMonths: 2.5,').replace('{id: none, score: 0,', '{id: none, score: 0, recentMonths: 6,');
    const path = join(dir, 'bad-rubric.yaml');
    writeFileSync(path, text);
    const r = cli(['validate', path]);
    expect(r.status).toBe(1);
    const at = (needle: string) => {
      const lines = text.split('\n');
      const i = lines.findIndex((l) => l.includes(needle));
      return `${i + 1}:${lines[i]!.indexOf(needle) + 1 + 'recentMonths: '.length}`;
    };
    expect(r.stderr).toContain(`bad-rubric.yaml:${at('recentMonths: 6')}: questions[0].options[0].recentMonths: \`recentMonths\` is checked through evidence`);
    expect(r.stderr).toContain(`bad-rubric.yaml:${at('recentMonths: 2.5')}: questions[0].options[1].recentMonths: must be a whole number of months from 1 to 120`);
    expect(r.stderr).toContain(`bad-rubric.yaml:${at('recentMonths: 121')}: questions[0].options[2].recentMonths: must be a whole number of months from 1 to 120`);
  });

  it('R3 no assessment date: a file without `date` is judged on today (a reference of 2031 is future, one of 2019 too old), says so on stderr, and puts no date in the report', () => {
    const path = file('r3.yaml', 'Приказ № 5 от 01.02.2031', 'Протокол № 1 от 01.02.2019');
    const env = { READINESS_TODAY: '2026-06-01' };
    const r = score(path, env);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`${path}: warning: no assessment date: dates checked against 2026-06-01\n`);
    const report = JSON.parse(r.stdout) as Json;
    expect(report.date).toBeNull();
    expect(report.unsupported.map((u) => [u.id, u.reason])).toEqual([['staff-training', 'future-date']]);
    expect(score(file('r3-old.yaml', 'Приказ № 5 от 01.02.2019', 'Протокол № 1 от 01.02.2019'), env).stdout).toContain('"too-old"');
    expect(score(path, { ...env, READINESS_LANG: 'ru' }).stderr).toContain('нет даты оценки: даты документов проверены по 2026-06-01');
    expect(score(path, { ...env, READINESS_LANG: 'kk' }).stderr).toContain('бағалау күні жоқ: құжаттардың күндері 2026-06-01 бойынша тексерілді');
    // The same input on the same day: the same bytes.
    expect(score(path, env).stdout).toBe(r.stdout);
  });

  it('R5 an assessment dated back (the fifth to seventh readings): more than three months before the day it is scored, a warning says the report describes the body as it was then', () => {
    const env = { READINESS_TODAY: '2026-06-01' };
    const old = file('r5.yaml', 'Приказ № 5 от 01.09.2025', 'Протокол № 1 от 01.09.2025', '2025-10-01');
    const r = score(old, env);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`${old}: warning: the assessment date 2025-10-01 is 243 days before today (2026-06-01): the report describes the body as it was then, its periods counted back from 2025-10-01\n`);
    // Judged as of its own date: the documents are within its period.
    expect((JSON.parse(r.stdout) as Json).unsupported).toEqual([]);
    expect(score(old, { ...env, READINESS_LANG: 'ru' }).stderr).toContain('дата оценки 2025-10-01 на 243 дн. раньше сегодняшней');
    expect(score(old, { ...env, READINESS_LANG: 'kk' }).stderr).toContain('бағалау күні 2025-10-01 бүгінгі күннен (2026-06-01) 243 күн бұрын');
    // Up to three months back: nothing to say; four months back (the readings' back-dating inside half a year): said.
    expect(score(file('r5-recent.yaml', 'Приказ № 5 от 01.03.2026', 'Протокол № 1 от 01.03.2026', '2026-03-01'), env).stderr).toBe('');
    expect(score(file('r5-quarter.yaml', 'Приказ № 5 от 01.12.2025', 'Протокол № 1 от 01.12.2025', '2026-02-01'), env).stderr).toContain('is 120 days before today');
  });

  it('R4 an assessment dated ahead (the fourth and fifth readings): documents are checked against today, not the future date, with a warning; the date stays as written', () => {
    const env = { READINESS_TODAY: '2026-06-01' };
    // Dated a year ahead: a reference of 01.12.2026 is after today (future-date), though not after
    // the file's date; one of 01.02.2025 is more than 12 months before today (too-old), though
    // within 12 months of the file's date.
    const path = file('r4.yaml', 'Приказ № 5 от 01.12.2026', 'Протокол № 1 от 01.02.2025', '2027-06-01');
    const r = score(path, env);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`${path}: warning: the assessment date 2027-06-01 is after today: dates checked against today, 2026-06-01\n`);
    const report = JSON.parse(r.stdout) as Json;
    expect(report.date).toBe('2027-06-01');
    expect(report.unsupported.map((u) => [u.id, u.reason])).toEqual([['staff-training', 'future-date']]);
    const stale = score(file('r4-stale.yaml', 'Приказ № 5 от 01.02.2025', 'Протокол № 1 от 01.02.2025', '2027-01-15'), env);
    expect((JSON.parse(stale.stdout) as Json).unsupported.map((u) => [u.id, u.reason])).toEqual([['staff-training', 'too-old']]);
    expect(score(path, { ...env, READINESS_LANG: 'ru' }).stderr).toContain('дата оценки 2027-06-01 позже сегодняшней');
    expect(score(path, { ...env, READINESS_LANG: 'kk' }).stderr).toContain('бағалау күні 2027-06-01 бүгінгі күннен кейін');
    // Dated today or earlier: judged on its own date, no warning.
    const today = score(file('r4-today.yaml', 'Приказ № 5 от 01.02.2026', 'Протокол № 1 от 01.02.2026', '2026-06-01'), env);
    expect(today.stderr).toBe('');
    expect((JSON.parse(today.stdout) as Json).unsupported).toEqual([]);
  });
});
