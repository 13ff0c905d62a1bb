import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

// One fixture per rule of SPEC.md's `validate`, each with the exact finding it must produce.
const cases: Array<[fixture: string, expected: string[]]> = [
  ['duplicate-id', ['36:9: questions[1].id: id "staff-training" is already used at questions[0]']],
  [
    'unknown-area',
    [
      '10:9: riskCategories[0].id: no question belongs to "cyber"',
      '37:11: questions[1].area: area "cyber-threats" is not a problem area or risk category of this rubric',
    ],
  ],
  ['unknown-recommendation', ['30:33: questions[0].recommendations[1]: recommendation "pilots" is not defined in this rubric']],
  ['unused-section', ['10:9: riskCategories[0].id: no question belongs to "financial"']],
  ['unused-recommendation', ['24:9: recommendations[2].id: no question evidences recommendation "pilots"']],
  ['missing-language', ['31:11: questions[0].text: missing the "kk" text']],
  ['thresholds', ["26:25: levels[1].min: min 0 must be greater than the previous level's 0"]],
  ['score-range', ['35:26: questions[0].options[2].score: must be between 0 and 1']],
  ['no-zero-option', ['42:7: questions[1].options: needs an option scoring 0 (nothing in place)']],
  ['no-full-option', ['33:7: questions[0].options: needs an option scoring 1 (fully in place)']],
  ['unknown-field', ['39:5: questions[1].wieght: unknown field "wieght"']],
  [
    'actions-level',
    [
      '16:7: recommendations[0].actions: no actions for level "advanced"',
      '17:7: recommendations[0].actions.expert: level "expert" is not defined in this rubric',
    ],
  ],
  ['yaml-syntax', ['41:5: YAML syntax: a list or map in brackets is not closed; add "}" (on a line indented like its contents)']],
  ['duplicate-key', ['21:5: duplicate key: each key may appear once']],
  ['bad-id', ['28:9: questions[0].id: must be a kebab-case id (a-z, 0-9 and single hyphens)']],
];

describe('readiness validate refuses each broken rubric with file, line and column', () => {
  it.each(cases)('%s', (fixture, expected) => {
    const file = `test/fixtures/rubrics/broken-${fixture}.yaml`;
    const result = cli(['validate', file]);
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((l) => l.startsWith(file));
    expect(lines).toEqual(expected.map((e) => `${file}:${e}`));
    expect(result.stderr).not.toMatch(/\n\s+at /); // never a stack trace
  });

  it('reports every finding of every file at once', () => {
    const files = cases.map(([f]) => `test/fixtures/rubrics/broken-${f}.yaml`);
    const result = cli(['validate', ...files, '--format', 'json']);
    expect(result.status).toBe(1);
    const out = JSON.parse(result.stdout) as { ok: boolean; files: Array<{ file: string; ok: boolean; findings: unknown[] }> };
    expect(out.ok).toBe(false);
    expect(out.files.map((f) => f.file)).toEqual(files);
    expect(out.files.every((f) => !f.ok && f.findings.length > 0)).toBe(true);
    expect(out.files.reduce((n, f) => n + f.findings.length, 0)).toBe(cases.reduce((n, [, e]) => n + e.length, 0));
  });

  it('accepts the minimal fixture and exits 0', () => {
    const result = cli(['validate', 'test/fixtures/rubrics/minimal.yaml']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('minimal.yaml: valid (2 questions, 2 sections, 2 recommendations, 2 levels)');
    expect(result.status).toBe(0);
  });

  it('speaks Russian and Kazakh too', () => {
    const file = 'test/fixtures/rubrics/broken-missing-language.yaml';
    expect(cli(['validate', file], { env: { READINESS_LANG: 'ru' } }).stderr).toContain('нет текста на языке «kk»');
    expect(cli(['validate', file], { env: { READINESS_LANG: 'kk' } }).stderr).toContain('«kk» тіліндегі мәтін жоқ');
  });

  it('names a missing rubric file without a stack trace', () => {
    const result = cli(['validate', 'no/such/rubric.yaml']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no/such/rubric.yaml: no such file');
  });
});
