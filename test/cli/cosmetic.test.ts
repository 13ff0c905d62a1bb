import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setMessageLang } from '../../src/i18n/messages.js';
import { describeFsError } from '../../src/source/read-source.js';
import { cli } from '../helpers/cli.js';

// The cosmetic rest of the adversarial review of 0.2.0 (finding 14).
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-cosmetic-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('finding 14', () => {
  it('checklist follows the locale when the rubric has its language, as template does', () => {
    const first = (env: NodeJS.ProcessEnv) => cli(['checklist', '--rubric', 'test/fixtures/rubrics/units.yaml'], { env: { READINESS_LANG: '', ...env } }).stdout.split('\n')[0];
    expect(first({ LANG: 'kk_KZ.UTF-8' })).toMatch(/^# Сауалнамаға дейін жиналатын/);
    expect(first({ LANG: 'C.UTF-8' })).toMatch(/^# Evidence to gather before the interview/);
    expect(first({ LANG: 'ru_RU.UTF-8' })).toMatch(/^# Что подготовить к опросу/);
    expect(first({ LANG: 'kk_KZ.UTF-8', READINESS_LANG: 'ru' })).toMatch(/^# Что подготовить к опросу/);
  });

  it('a text limit names its unit, in every language', () => {
    const file = join(dir, 'long.yaml');
    writeFileSync(file, `rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: ${'x'.repeat(501)}}\nanswers: {}\ncomments: {staff-training: "${'y'.repeat(4001)}"}\n`);
    const run = (lang: string) => cli(['validate', 'test/fixtures/rubrics/minimal.yaml', '--answers', file], { env: { READINESS_LANG: lang } }).stderr;
    expect(run('en')).toContain('respondent.organization: must be at most 500 characters long');
    expect(run('en')).toContain('comments.staff-training: must be at most 4000 characters long');
    expect(run('ru')).toContain('respondent.organization: должно быть не длиннее 500 символов');
    expect(run('kk')).toContain('comments.staff-training: ең көбі 4000 таңбадан тұруы керек');
  });

  it('EFBIG, EDQUOT, EAGAIN and ENXIO are sentences, not raw errno text', () => {
    setMessageLang('en');
    const err = (code: string) => Object.assign(new Error(`${code}: raw text, write`), { code });
    expect(describeFsError(err('EFBIG'))).toBe("the file reached the size limit (ulimit -f, or the file system's)");
    expect(describeFsError(err('EDQUOT'))).toBe('the disk quota is used up');
    expect(describeFsError(err('EAGAIN'))).toMatch(/^it gives no data now/);
    expect(describeFsError(err('ENXIO'))).toMatch(/^nothing is at the other end/);
    setMessageLang('ru');
    expect(describeFsError(err('EFBIG'))).toMatch(/^файл достиг предельного размера/);
    setMessageLang('en');
  });
});
