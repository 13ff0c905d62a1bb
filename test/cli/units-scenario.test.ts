import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, STACK } from '../helpers/cli.js';

/**
 * The coordinator's whole round through the real CLI: the checklist for each unit, three
 * units' files made with `template --unit` and filled in, merged (a conflict refused, then
 * settled with --prefer), the body's file scored, and a year later the second round
 * compared with the first.
 */
const RUBRIC = 'test/fixtures/rubrics/units.yaml';
const ORG = 'Akimat of Kostanay region';
let dir: string;
const at = (name: string) => join(dir, name);
// The scenario's second year is dated 2027-03-01: its files are read on a day after it (an
// assessment dated after the day it is read is judged on that day, with a warning).
const TODAY = { READINESS_TODAY: '2027-06-01' };
const run = (args: string[]) => cli([...args, '--rubric', RUBRIC], { env: TODAY });

/** Fills a template: the organization, answers after their ids, and an evidence block. */
function fill(file: string, answers: Record<string, string>, evidence: Record<string, string> = {}, extra = ''): void {
  let text = readFileSync(file, 'utf8').replace('organization: ""', `organization: "${ORG}"`);
  for (const [id, option] of Object.entries(answers)) {
    const re = new RegExp(`^  ${id}:$`, 'm');
    text = re.test(text) ? text.replace(re, `  ${id}: ${option}`) : text.replace(/^answers:$/m, `answers:\n  ${id}: ${option}`);
  }
  // The template lists each question again under `evidence:` (blank): the second occurrence is its evidence.
  for (const [id, doc] of Object.entries(evidence)) text = text.replace(new RegExp(`^  ${id}:$`, 'm'), `  ${id}: "${doc}"`);
  // Its documents are of 2027: the assessment date says when they are judged.
  writeFileSync(file, text.replace(/^date:.*$/m, 'date: 2027-03-01') + extra);
}

/** 1-based line and column of the answer to `id` in a file. */
function where(file: string, id: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.startsWith(`  ${id}: `));
  return `${file}:${line + 1}:${`  ${id}: `.length + 1}`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-units-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a body answers together, then a year later', () => {
  it('prints the evidence checklist for each unit, and refuses a rubric without units', () => {
    for (const [unit, doc] of [
      ['it', 'The report of the last penetration test'],
      ['legal', 'The order approving the AI policy (number and date)'],
      ['hr', 'Job descriptions with AI duties'],
    ] as const) {
      const r = run(['checklist', '--unit', unit, '--lang', 'en']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`- [ ] **Supporting document:** ${doc}`);
    }
    const all = run(['checklist', '--lang', 'ru']);
    expect(all.stdout).toContain('## Подразделение: Юридическая служба');
    const html = run(['checklist', '--format', 'html', '--out', at('checklist.html')]);
    expect(html.status).toBe(0);
    expect(readFileSync(at('checklist.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const none = cli(['checklist', '--rubric', 'test/fixtures/rubrics/minimal.yaml']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('declares no units');
    const bad = run(['checklist', '--unit', 'press']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--unit press: not one of the rubric\'s units (it, legal, hr)');
  });

  it('makes each unit\'s file with template --unit, with only its questions', () => {
    for (const unit of ['it', 'legal', 'hr']) {
      const r = run(['template', '--unit', unit, '--lang', 'en', '--out', at(`${unit}.yaml`)]);
      expect(r.status).toBe(0);
    }
    const it = readFileSync(at('it.yaml'), 'utf8');
    expect(it).toContain('unit: it\nasked: [cyber-pentest, cyber-backup, cyber-access]');
    expect(it).not.toContain('ai-policy');
    fill(at('it.yaml'), { 'cyber-pentest': 'yearly', 'cyber-backup': 'yes', 'cyber-access': 'never' }, { 'cyber-pentest': 'Report 12 of 2027-03-01', 'cyber-backup': 'Backup log No. 7 of 2027-02-01' });
    fill(at('legal.yaml'), { 'ai-policy': 'approved', 'ai-register': 'kept', 'data-law': 'once' }, { 'ai-policy': 'Order 45 of 2027-02-10', 'ai-register': 'Register No. 4 of 2027-02-15' });
    // HR also answers an IT question: a unit answers and evidences only its own questions.
    fill(at('hr.yaml'), { 'staff-training': 'all', 'staff-roles': 'yes', 'staff-champion': 'yes', 'cyber-access': 'yearly' }, { 'staff-training': 'Training plan No. 2 of 2027-01-20', 'cyber-access': 'HR access review memo' });
    const refused = cli(['validate', RUBRIC, '--answers', dir], { env: TODAY });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${at('hr.yaml')}:${where(at('hr.yaml'), 'cyber-access').split(':').at(-2)}:3: answers.cyber-access: question "cyber-access" belongs to the unit "it", not to this file's unit "hr"`);
    writeFileSync(at('hr.yaml'), run(['template', '--unit', 'hr', '--lang', 'en']).stdout);
    fill(at('hr.yaml'), { 'staff-training': 'all', 'staff-roles': 'yes', 'staff-champion': 'yes' }, { 'staff-training': 'Training plan No. 2 of 2027-01-20' });
    // A second respondent of IT answers an IT question differently: a conflict.
    run(['template', '--unit', 'it', '--lang', 'en', '--out', at('it-2.yaml')]);
    fill(at('it-2.yaml'), { 'cyber-access': 'yearly' }, { 'cyber-access': 'Access review memo No. 3 of 2027-01-12' });
    const valid = cli(['validate', RUBRIC, '--answers', dir], { env: TODAY });
    expect(valid.stderr).toBe('');
    expect(valid.status).toBe(0);
  });

  it('refuses the conflict, naming both files\' lines and columns, and writes nothing', () => {
    const r = run(['merge', at('it.yaml'), at('legal.yaml'), at('hr.yaml'), at('it-2.yaml'), '--out', at('body.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${where(at('it.yaml'), 'cyber-access')}: answers.cyber-access: "never" (Never) here, but "yearly" (Every year) in ${where(at('it-2.yaml'), 'cyber-access')}`);
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(at('body.yaml'))).toBe(false);
  });

  it('settles it with --prefer, records the decision and every contributor, and scores as one respondent', () => {
    const r = run(['merge', at('it.yaml'), at('legal.yaml'), at('hr.yaml'), at('it-2.yaml'), '--out', at('body.yaml'), '--prefer', at('it.yaml')]);
    expect(r.status).toBe(0);
    const body = readFileSync(at('body.yaml'), 'utf8');
    expect(body).toContain(`decisions:\n  - question: cyber-access\n    answer: never\n    file: ${JSON.stringify(at('it.yaml'))}\n    over:\n      - {answer: yearly, file: ${JSON.stringify(at('it-2.yaml'))}}`);
    expect(body).toContain(`contributors:\n  - file: ${JSON.stringify(at('it.yaml'))}\n    unit: it\n    answers: [cyber-pentest, cyber-backup, cyber-access]`);
    // The second respondent's evidence was for the answer set aside: kept, but as a comment, not as evidence.
    expect(body).toContain('cyber-access: "[it] yearly: Access review memo No. 3 of 2027-01-12"');
    // Refuses to overwrite without --force.
    const again = run(['merge', at('it.yaml'), at('legal.yaml'), '--out', at('body.yaml')]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('the file exists');

    // The same answers, comments and evidence typed by one person score byte for byte the same.
    const single = body
      .split('\ncontributors:')[0]!
      .replace(/^#.*\n/, '');
    writeFileSync(at('single.yaml'), `${single}\n`);
    const merged = run(['score', at('body.yaml'), '--format', 'json']);
    const one = run(['score', at('single.yaml'), '--format', 'json']);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(one.stdout);
    expect(JSON.parse(merged.stdout).overall.coverage).toBe(1);
  });

  it('a year later: the first round (partly an older rubric version) compared with the second', () => {
    // Last year's IT file was made with rubric 1.0.0, where the pentest question had another id.
    writeFileSync(
      at('2026-it.yaml'),
      `rubric: {id: units, version: 1.0.0}\nrespondent: {organization: "${ORG}"}\nlanguage: en\nunit: it\nasked: [pentest, cyber-backup, cyber-access]\nanswers:\n  pentest: once\n  cyber-backup: "yes"\n  cyber-access: never\nevidence:\n  cyber-backup: "Backup log 2026"\n`,
    );
    writeFileSync(
      at('2026-rest.yaml'),
      `rubric: {id: units, version: 1.1.0}\nrespondent: {organization: "${ORG}", unit: legal and HR}\nlanguage: en\nanswers:\n  ai-policy: draft\n  ai-register: none\n  data-law: yearly\n  staff-training: some\n  staff-roles: "no"\n  staff-champion: "no"\nevidence:\n  data-law: "Opinion 3 of 2026"\n`,
    );
    const merged = run(['merge', at('2026-it.yaml'), at('2026-rest.yaml'), '--out', at('2026.yaml')]);
    expect(merged.status).toBe(0);
    expect(merged.stderr).toContain('carried forward from rubric version 1.0.0: pentest → cyber-pentest');
    expect(readFileSync(at('2026.yaml'), 'utf8')).toContain('cyber-pentest: once');

    const json = run(['compare', at('2026.yaml'), at('body.yaml'), '--format', 'json']);
    expect(json.status).toBe(0);
    const c = JSON.parse(json.stdout);
    expect(c.schemaVersion).toBe(2);
    expect(c.later.score).toBeGreaterThan(c.earlier.score);
    expect(c.improved.map((q: { id: string }) => q.id)).toEqual(
      expect.arrayContaining(['ai-policy', 'ai-register', 'staff-training', 'staff-roles', 'staff-champion', 'cyber-pentest']),
    );
    expect(c.slipped.map((q: { id: string }) => q.id)).toEqual(['data-law']);
    expect(c.evidence.lost.map((x: { id: string }) => x.id)).toEqual([]);
    const md = run(['compare', at('2026.yaml'), at('body.yaml'), '--lang', 'kk']);
    expect(md.status).toBe(0);
    expect(md.stdout).toContain(`# ${ORG}: сол кезде және қазір`);
    expect(md.stdout).toContain('## Нашарлаған сұрақтар');

    // Another body's file is refused, unless --force.
    writeFileSync(at('other.yaml'), readFileSync(at('2026.yaml'), 'utf8').replace(ORG, 'Akimat of Aktobe region'));
    const other = run(['compare', at('other.yaml'), at('body.yaml')]);
    expect(other.status).toBe(1);
    expect(other.stderr).toMatch(/body\.yaml:4:\d+: respondent\.organization: "Akimat of Kostanay region" is not the organization of/);
    expect(run(['compare', at('other.yaml'), at('body.yaml'), '--force', '--format', 'html']).status).toBe(0);
  });
});
