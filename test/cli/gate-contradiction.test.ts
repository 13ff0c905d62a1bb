import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

/**
 * The route of the second reading of rubric 2.1.0 (section 4, "gate contradiction"), from the
 * CLI on the fixture rubric built for it: a body says its pilot's system runs on its data
 * (`pilot-plan: started`, which implies `ai-systems` is `pilot` or `operation`), answers the
 * gate "none" with a well-formed document, and leaves the AI-system module blank.
 */
const FIXTURE = 'test/fixtures/rubrics/gate-contradiction.yaml';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-contradiction-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function body(name: string, gate: string, pilot: string): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    [
      'rubric: {id: gate-contradiction, version: 1.0.0}',
      'respondent: {organization: "Akimat of Tests"}',
      'date: 2026-03-01',
      'answers:',
      `  ai-systems: ${gate}`,
      '  policy: applied',
      `  pilot-plan: ${pilot}`,
      '  data-exchange: all',
      '  training: all',
      '  skills-plan: "yes"',
      'evidence:',
      '  ai-systems: "Перечень объектов информатизации № 3 от 10.01.2026"',
      '  policy: "Приказ № 1 от 11.02.2026"',
      '  pilot-plan: "Приказ № 2 от 12.02.2026"',
      '  data-exchange: "Соглашение № 3 от 13.02.2026"',
      '  training: "План обучения № 4 от 14.02.2026"',
      '  skills-plan: "План № 5 от 14.02.2026"',
      '',
    ].join('\n'),
  );
  return path;
}
type Json = {
  overall: { score: number; level: { id: string } | null; cappedBy: { id: string } | null };
  flags: Array<{ id: string; kind: string; question?: { id: string } }>;
  unanswered: Array<{ id: string }>;
  notApplicable: Array<{ id: string }>;
};
const json = (path: string) => {
  const r = cli(['score', path, '--rubric', FIXTURE, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Json;
};

describe('false gate contradicted by a running pilot', () => {
  it('score: the "none" closes nothing, the blank module counts, both answers are flagged', () => {
    const r = json(body('gamed.yaml', 'none', 'started'));
    expect(r.overall.level?.id).toBe('developing');
    expect(r.overall.cappedBy?.id).toBe('module:ai-systems');
    expect(r.unanswered.map((u) => u.id).sort()).toEqual(['ai-audit', 'ai-register']);
    expect(r.notApplicable).toEqual([]);
    expect(r.flags.filter((f) => f.kind === 'contradiction').map((f) => [f.id, f.question?.id])).toEqual([
      ['ai-systems', 'pilot-plan'],
      ['pilot-plan', 'ai-systems'],
    ]);
    // The markdown report words it.
    const md = cli(['score', body('gamed-md.yaml', 'none', 'started'), '--rubric', FIXTURE, '--lang', 'ru']);
    expect(md.stdout).toContain('ответы противоречат друг другу: противоречит ответу на вопрос «Запущен ли пилотный проект ИИ?» (pilot-plan)');
  });

  it('score: the same "none" from a body whose pilot is only planned closes the module, and nothing is flagged', () => {
    const r = json(body('honest.yaml', 'none', 'planned'));
    expect(r.notApplicable.map((n) => n.id).sort()).toEqual(['ai-audit', 'ai-register']);
    expect(r.flags).toEqual([]);
  });

  it('a batch: the long CSV lists the kind on both rows, the summary counts the flags', () => {
    const input = join(dir, 'batch');
    mkdirSync(input);
    writeFileSync(join(input, 'body.yaml'), readFileSync(body('batch.yaml', 'none', 'started')));
    const out = join(dir, 'batch-out');
    const r = cli(['score', input, '--rubric', FIXTURE, '--out', out, '--format', 'csv', '--quiet']);
    expect(r.stderr).toBe('');
    const long = readFileSync(join(out, 'summary-long.csv'), 'utf8').split(/\r?\n/);
    expect(long.filter((l) => l.includes(',contradiction,')).map((l) => l.split(',')[5])).toEqual(['ai-systems', 'pilot-plan']);
    const [head, row] = readFileSync(join(out, 'summary.csv'), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    expect(row!.split(',')[head!.split(',').indexOf('Flags for the auditor')]).toBe('2');
  });

  it('audit sample: the two contradicting claims come first', () => {
    const r = cli(['audit', 'sample', body('sample.yaml', 'none', 'started'), '--rubric', FIXTURE, '--format', 'json', '--size', '3']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { verdicts: Record<string, { reason: string }> };
    const claims = Object.entries(out.verdicts).map(([id, v]) => ({ id, reason: v.reason }));
    expect(claims.slice(0, 2).map((c) => [c.id, c.reason])).toEqual([
      ['ai-systems', 'flag:contradiction'],
      ['pilot-plan', 'flag:contradiction'],
    ]);
  });

  it('analyze: the route is simulated and stopped (the level stays at what the module at zero allows)', () => {
    const r = cli(['analyze', FIXTURE, '--format', 'json']);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout) as { routes: Array<{ kind: string }>; checks: { claims: { contradictedGates: Array<{ gate: string; option: string; implied: { question: string; option: string }; allowed: { level: string | null }; after: { level: string | null } }> } } };
    expect(a.routes).toEqual([]);
    // The exemplary body without AI has no running pilot: pilot-plan at "planned" (0.5), so
    // infrastructure is 75 and the overall (100 + 75 + 100) / 3 = 91.7, still the top level.
    expect((a as unknown as { checks: { noAi: { score: number; level: string } } }).checks.noAi).toMatchObject({ score: 91.7, level: 'advanced' });
    expect(a.checks.claims.contradictedGates).toEqual([
      { gate: 'ai-systems', option: 'none', implied: { question: 'pilot-plan', option: 'started' }, allowed: { level: 'developing', score: 66.7 }, after: { level: 'developing', score: 66.7 } },
    ]);
    const md = cli(['analyze', FIXTURE, '--lang', 'en']);
    expect(md.stdout).toContain('pilot-plan = started, ai-systems = none: Developing, 66.7 → Developing, 66.7');
  }, 60_000);

  it('validate names a broken implies with file:line:col (exit 1); the rubric\'s JSON Schema has the field', () => {
    const text = readFileSync(FIXTURE, 'utf8').replace('implies: {question: ai-systems, in: [pilot, operation]}', 'implies: {question: ai-systems, in: [pilot, running]}');
    const path = join(dir, 'broken.yaml');
    writeFileSync(path, text);
    const r = cli(['validate', path]);
    expect(r.status).toBe(1);
    const line = text.split('\n').findIndex((l) => l.includes('running]')) + 1;
    const col = text.split('\n')[line - 1]!.indexOf('running') + 1;
    expect(r.stderr + r.stdout).toContain(`broken.yaml:${line}:${col}: questions[4].options[2].implies.in[1]: option "running" is not an option of question "ai-systems"`);
    const schema = JSON.parse(cli(['schema', 'rubric']).stdout) as { properties: { questions: { items: { properties: { options: { items: { properties: Record<string, { required?: string[] }> } } } } } } };
    expect(schema.properties.questions.items.properties.options.items.properties.implies?.required).toEqual(['question', 'in']);
  });
});
