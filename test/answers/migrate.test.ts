import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswers, parseAnswers } from '../../src/answers/load.js';
import { formatFinding } from '../../src/errors.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { loadRubric } from '../../src/rubric/load.js';
import { scoreAnswers } from '../../src/scoring/score.js';
import { cli } from '../helpers/cli.js';

setMessageLang('en');

const V2 = 'test/fixtures/rubrics/diff-v1.1.0.yaml';
const ANSWERS = 'test/fixtures/answers/diff';
const loaded = loadRubric(V2);
if (!loaded.ok) throw new Error('fixture');
const v2 = loaded.value.rubric;
const oldFiles = readdirSync(ANSWERS)
  .filter((n) => n.endsWith('.yaml'))
  .sort()
  .map((n) => join(ANSWERS, n));

describe('answer files made with 1.0.0, read by 1.1.0', () => {
  it.each(oldFiles)('%s is carried forward with one warning and scores', (file) => {
    expect(readFileSync(file, 'utf8')).toContain('version: 1.0.0');
    const r = loadAnswers(file, v2);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const warnings = r.warnings.map(formatFinding);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/:2:34: warning: rubric\.version: carried forward from rubric version 1\.0\.0: staff-training → staff-ai-training/);
    expect(r.value.answers.has('staff-training')).toBe(false);
    expect(r.value.answers.has('legal-audit')).toBe(false);
    const report = scoreAnswers(v2, r.value, { lang: 'en', tool: { name: 'readiness', version: 'test' } });
    expect(report.overall.score).not.toBeNull();
    expect(report.answersRubricVersion).toBe('1.0.0');
  });

  it('keeps the renamed answer and its comment, renames the option, drops the dropped question', () => {
    const r = loadAnswers(join(ANSWERS, 'akimat-north.yaml'), v2);
    if (!r.ok) throw new Error('refused');
    expect(Object.fromEntries(r.value.answers)).toEqual({
      'staff-ai-training': 'some',
      'staff-roles': 'drafted',
      'data-catalog': 'partial',
      'data-sharing': 'none',
      'cyber-pentest': 'yearly',
      'legal-ai-policy': 'none',
    });
    expect(Object.fromEntries(r.value.comments)).toEqual({ 'staff-ai-training': 'Обучено 40 из 120 служащих.' });
  });

  it('`readiness score --rubric 1.1.0 <1.0.0 file>` exits 0 with the migration warning', () => {
    const r = cli(['score', '--rubric', V2, join(ANSWERS, 'akimat-north.yaml'), '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(
      'akimat-north.yaml:2:34: warning: rubric.version: carried forward from rubric version 1.0.0: staff-training → staff-ai-training; legal-audit → ∅; staff-roles: planned → drafted',
    );
    const report = JSON.parse(r.stdout) as { overall: { score: number; level: { id: string } }; answersRubricVersion: string };
    expect(report.overall.score).toBe(44.4);
    expect(report.overall.level.id).toBe('initial');
    expect(report.answersRubricVersion).toBe('1.0.0');
  });
});

describe('answer files of a version the rubric has no migration for', () => {
  const text = (version: string) =>
    `rubric: {id: diff-demo, version: ${version}}\nrespondent: {organization: Old body}\nanswers:\n  staff-training: all\n  data-catalog: full\n  staff-roles: planned\n`;

  it('an unknown older version is scored where its ids match, with a clear warning for each mismatch', () => {
    const r = parseAnswers('old.yaml', text('0.9.0'), v2);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.map(formatFinding)).toEqual([
      'old.yaml:1:34: warning: rubric.version: made with rubric version 0.9.0; scored with 1.1.0 where the ids match',
      'old.yaml:4:3: warning: answers.staff-training: unknown question id "staff-training"',
      'old.yaml:6:16: warning: answers.staff-roles: unknown option "planned" for question "staff-roles"; expected one of: none, drafted, assigned',
    ]);
    expect(Object.fromEntries(r.value.answers)).toEqual({ 'data-catalog': 'full' });
  });

  it('a file that claims the current version but uses old ids is refused', () => {
    const r = parseAnswers('claims-new.yaml', text('1.1.0'), v2);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.findings.map(formatFinding)).toEqual([
      'claims-new.yaml:4:3: answers.staff-training: unknown question id "staff-training"',
      'claims-new.yaml:6:16: answers.staff-roles: unknown option "planned" for question "staff-roles"; expected one of: none, drafted, assigned',
    ]);
  });
});
