import { existsSync, linkSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, STACK } from '../helpers/cli.js';

const RUBRIC = 'test/fixtures/rubrics/units.yaml';
let dir: string;
const at = (name: string) => join(dir, name);
const head = (org = 'Akimat of Kostanay region', rubric = 'units') => `rubric: {id: ${rubric}, version: 1.1.0}\nrespondent: {organization: "${org}"}\nlanguage: en\n`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-merge-'));
  writeFileSync(at('it.yaml'), `${head()}unit: it\nanswers:\n  cyber-pentest: yearly\n`);
  writeFileSync(at('legal.yaml'), `${head()}unit: legal\nanswers:\n  ai-policy: approved\n`);
  writeFileSync(at('aktobe.yaml'), `${head('Akimat of Aktobe region')}unit: hr\nanswers:\n  staff-roles: "yes"\n`);
  writeFileSync(at('minimal.yaml'), `${head('Akimat of Kostanay region', 'minimal')}answers: {}\n`);
  writeFileSync(at('bad-unit.yaml'), `${head()}unit: press\nanswers: {}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const merge = (args: string[], lang = 'en') => cli(['merge', ...args, '--rubric', RUBRIC], { env: { READINESS_LANG: lang } });

describe('readiness merge', () => {
  it("refuses another organization's file, naming it, its line and column", () => {
    const r = merge([at('it.yaml'), at('aktobe.yaml'), '--out', at('body.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${at('aktobe.yaml')}:2:28: respondent.organization: "Akimat of Aktobe region" is not the organization of ${at('it.yaml')}`);
    expect(existsSync(at('body.yaml'))).toBe(false);
  });

  it('refuses a file of another rubric, or naming a unit the rubric lacks', () => {
    const r = merge([at('it.yaml'), at('minimal.yaml'), at('bad-unit.yaml'), '--out', at('body.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${at('minimal.yaml')}:1:`);
    expect(r.stderr).toContain('made for rubric "minimal", not "units"');
    expect(r.stderr).toContain(`${at('bad-unit.yaml')}:4:7: unit: unit "press" is not one of the rubric's units (it, legal, hr)`);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('usage errors exit 2: --prefer not among the files, --out among them, a file twice', () => {
    expect(merge([at('it.yaml'), at('legal.yaml'), '--out', at('body.yaml'), '--prefer', at('x.yaml')]).status).toBe(2);
    expect(merge([at('it.yaml'), at('legal.yaml'), '--out', at('it.yaml')]).status).toBe(2);
    expect(merge([at('it.yaml'), at('it.yaml'), '--out', at('body.yaml')]).status).toBe(2);
    expect(merge([at('it.yaml')]).status).toBe(2);
  });

  it('speaks Kazakh and Russian', () => {
    const kk = merge([at('it.yaml'), at('aktobe.yaml'), '--out', at('body.yaml')], 'kk');
    expect(kk.stderr).toContain('тек бір органның файлдарын біріктіріңіз');
    const ru = merge([at('it.yaml'), at('legal.yaml'), '--out', at('body.yaml')], 'ru');
    expect(ru.status).toBe(0);
    expect(ru.stderr).toContain('отвечено 2 из 9 вопросов');
    expect(readFileSync(at('body.yaml'), 'utf8')).toContain('answers:\n  ai-policy: approved\n  cyber-pentest: yearly\n');
    const exists = merge([at('it.yaml'), at('legal.yaml'), '--out', at('body.yaml')], 'ru');
    expect(exists.status).toBe(2);
    expect(exists.stderr).toContain('файл уже существует');
    expect(merge([at('it.yaml'), at('legal.yaml'), '--out', at('body.yaml'), '--force']).status).toBe(0);
  });

  it('--out x.json writes JSON with every field: contributors and decisions read back from it', () => {
    // A second respondent of the legal service (a unit answers only its own questions).
    writeFileSync(at('it-j.yaml'), `${head()}unit: legal\nanswers:\n  ai-policy: draft\n`);
    const r = merge([at('it-j.yaml'), at('legal.yaml'), '--out', at('body.json'), '--prefer', at('legal.yaml')]);
    expect(r.status).toBe(0);
    const json = JSON.parse(readFileSync(at('body.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['rubric', 'respondent', 'language', 'answers', 'contributors', 'decisions']);
    expect(json.decisions).toEqual([{ question: 'ai-policy', answer: 'approved', file: at('legal.yaml'), over: [{ answer: 'draft', file: at('it-j.yaml') }] }]);
    expect(cli(['score', at('body.json'), '--rubric', RUBRIC, '--format', 'json']).status).toBe(0);
  });

  it('one file given twice through a link or a hard link is refused as given twice', () => {
    symlinkSync(at('it.yaml'), at('it-link.yaml'));
    linkSync(at('it.yaml'), at('it-hard.yaml'));
    for (const twin of ['it-link.yaml', 'it-hard.yaml']) {
      const r = merge([at('it.yaml'), at(twin), '--out', at('dup.yaml')]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${at(twin)} is given twice`);
    }
    expect(existsSync(at('dup.yaml'))).toBe(false);
  });

  it('refuses a unit file of a rubric version with no migration to this one, with its position', () => {
    writeFileSync(at('future.yaml'), 'rubric: {id: units, version: 9.9.9}\nrespondent: {organization: "Akimat of Kostanay region"}\nanswers: {ai-policy: draft}\n');
    const r = merge([at('it.yaml'), at('future.yaml'), '--out', at('x6.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${at('future.yaml')}:1:30: rubric.version: made with rubric version 9.9.9, which this rubric (1.1.0) has no migration from: not merged`);
    expect(existsSync(at('x6.yaml'))).toBe(false);
  });
});
