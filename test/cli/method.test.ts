import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

// The method through the real CLI, on the fixture rubric: reports and --fail-under.
const RUBRIC = ['--rubric', 'test/fixtures/rubrics/method.yaml'];

describe('readiness score with the method', () => {
  it('gives the exemplary body without AI the top level, its n/a justified', () => {
    const r = cli(['score', 'test/fixtures/answers/method/no-ai-exemplary.yaml', ...RUBRIC, '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.overall).toMatchObject({ score: 100, status: 'complete', level: { id: 'advanced' }, applicable: 5, answered: 5 });
    expect(report.notApplicable.map((q: { id: string; reason: string }) => `${q.id}:${q.reason}`)).toEqual(['ai-register:gated', 'ai-audit:gated', 'hr-ai:declared']);
    expect(report.unsupported).toEqual([]);
  });

  it('says in the markdown report why a single answer gets no level', () => {
    const r = cli(['score', 'test/fixtures/answers/method/single-answer.yaml', ...RUBRIC, '--format', 'md', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('**No level (assessment incomplete).** Score so far: 11.1 of 100');
    expect(r.stdout).toContain('Answer 6 more');
  });

  it('counts an incomplete assessment as below --fail-under, whatever its score', () => {
    const low = cli(['score', 'test/fixtures/answers/method/single-answer.yaml', ...RUBRIC, '--format', 'json', '--fail-under', '5']);
    expect(low.status).toBe(1);
    expect(low.stderr).toContain('single-answer.yaml: the assessment is incomplete (score so far 11.1, no level), so it does not count as reaching 5');
    const ok = cli(['score', 'test/fixtures/answers/method/no-ai-exemplary.yaml', ...RUBRIC, '--format', 'json', '--fail-under', '99']);
    expect(ok.status).toBe(0);
  });

  it('writes status, answeredScore, unsupported and notApplicable in the CSV summary', () => {
    const r = cli(['score', 'test/fixtures/answers/method', ...RUBRIC, '--format', 'csv']);
    expect(r.status).toBe(0);
    const [head, ...rows] = r.stdout.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(head).toContain('Score over answered questions,Claims without evidence,Flags for the auditor,Not applicable');
    const byOrg = Object.fromEntries(rows.map((line) => [line.split(',')[1], line]));
    expect(byOrg['Exemplary body']).toMatch(/,100,Advanced,1,100,0,0,3,.*,complete,$/);
    // «Order No. 12» names no date: the claim is unsupported.
    expect(byOrg['One answer']).toMatch(/,11\.1,,0\.125,100,1,0,0,.*,incomplete,$/);
  });
});
