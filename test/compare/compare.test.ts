import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/model.js';
import { compareReports } from '../../src/compare/compare.js';
import { renderComparisonHtml } from '../../src/compare/render-html.js';
import { renderComparisonMarkdown } from '../../src/compare/render-md.js';
import { ComparisonSchema } from '../../src/compare/schema.js';
import { loadRubric } from '../../src/rubric/load.js';
import { scoreAnswers } from '../../src/scoring/score.js';

const loaded = loadRubric('test/fixtures/rubrics/units.yaml');
if (!loaded.ok) throw new Error('fixture rubric does not load');
const rubric = loaded.value.rubric;

const report = (answers: Record<string, string>, evidence: Record<string, string> = {}, organization = 'Akimat of Kostanay region') => {
  const a: Answers = {
    rubric: { id: 'units', version: '1.1.0' },
    respondent: { organization },
    language: 'en',
    answers: new Map(Object.entries(answers)),
    comments: new Map(),
    documents: new Map(),
    evidence: new Map(Object.entries(evidence).map(([id, text]) => [id, { text }])),
  };
  return scoreAnswers(rubric, a, { lang: 'en', tool: { name: 'readiness', version: 'test' } });
};

const all = (overrides: Record<string, string>) => ({
  'ai-policy': 'draft',
  'ai-register': 'none',
  'data-law': 'once',
  'staff-training': 'some',
  'staff-roles': 'no',
  'staff-champion': 'no',
  'cyber-pentest': 'once',
  'cyber-backup': 'no',
  'cyber-access': 'never',
  ...overrides,
});

describe('compareReports', () => {
  const then = report(all({ 'ai-policy': 'approved', 'data-law': 'yearly', 'cyber-backup': 'yes' }), { 'data-law': 'Opinion 3', 'cyber-backup': 'Log' });
  const now = report(
    all({ 'ai-policy': 'approved', 'data-law': 'once', 'staff-champion': 'yes', 'cyber-pentest': 'yearly', 'cyber-backup': 'yes' }),
    { 'ai-policy': 'Order 45', 'staff-champion': 'Order 7', 'cyber-pentest': 'Report 12' },
  );
  const c = compareReports({ file: 'then.yaml', report: then }, { file: 'now.yaml', report: now }, true);

  it('is a valid, versioned result', () => {
    expect(ComparisonSchema.parse(c)).toEqual(c);
    expect(c.schemaVersion).toBe(2);
  });

  it('gives the overall and each recommendation then and now, with level moves', () => {
    expect(c.earlier.score).toBe(then.overall.score);
    expect(c.later.score).toBe(now.overall.score);
    expect(c.overall.delta).toBeCloseTo(now.overall.score! - then.overall.score!, 1);
    const policy = c.recommendations.find((r) => r.id === 'policy')!;
    expect(policy.earlier.score).toBe(then.recommendations.find((r) => r.id === 'policy')!.score);
    expect(['up', 'down', 'same']).toContain(policy.level);
  });

  it('lists the questions that improved and slipped, largest move first', () => {
    expect(c.improved.map((q) => [q.id, q.delta])).toEqual([
      ['staff-champion', 1],
      ['cyber-pentest', 0.5],
    ]);
    expect(c.slipped.map((q) => [q.id, q.delta])).toEqual([['data-law', -0.5]]);
  });

  it('lists the claims that gained or lost their evidence', () => {
    expect(c.evidence.rule).toBe(1);
    expect(c.evidence.gained.map((x) => [x.id, x.evidence])).toEqual([['ai-policy', 'Order 45']]);
    expect(c.evidence.lost.map((x) => x.id)).toEqual(['cyber-backup']);
  });

  it('renders markdown and HTML with every section', () => {
    const md = renderComparisonMarkdown(c);
    expect(md).toContain('# Akimat of Kostanay region: then and now');
    expect(md).toContain('| Is an officer responsible for AI named? (staff-champion) | No | Yes | +1 |');
    expect(md).toContain('## Claims that lost their evidence'.replace('##', '###'));
    const html = renderComparisonHtml(c);
    expect(html).toContain('<h2>Questions that slipped</h2>');
    expect(html).not.toContain('<script');
  });

  it("shows both assessment dates when the reports carry the answer files' date, and says when one has none", () => {
    const dated = (r: typeof then, date?: string) => (date === undefined ? r : ({ ...r, date } as typeof r));
    const both = compareReports({ file: 'a.yaml', report: dated(then, '2025-03-01') }, { file: 'b.yaml', report: dated(now, '2026-03-01') }, true);
    expect([both.earlier.date, both.later.date]).toEqual(['2025-03-01', '2026-03-01']);
    expect(renderComparisonMarkdown(both)).toContain("Assessment dates (the answer files' date): then 1 March 2025, now 1 March 2026.");
    const one = compareReports({ file: 'a.yaml', report: then }, { file: 'b.yaml', report: dated(now, '2026-03-01') }, true);
    expect(renderComparisonMarkdown(one)).toContain('then not given, now 1 March 2026');
    expect(renderComparisonMarkdown(c)).not.toContain('Assessment dates');
    expect(ComparisonSchema.parse(both)).toEqual(both);
  });

  it('escapes untrusted names: no HTML, no broken table, no forged line', () => {
    const org = 'Akimat <script>alert(1)</script> | x\n# forged';
    const a = report(all({}), {}, org);
    const hostile = compareReports({ file: 'a|<b>.yaml', report: a }, { file: 'b.yaml', report: a }, true);
    const md = renderComparisonMarkdown(hostile);
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/^# forged/m);
    expect(renderComparisonHtml(hostile)).not.toContain('<script>alert');
  });
});

describe('compareReports: a gate\'s document', () => {
  const method = loadRubric('test/fixtures/rubrics/method.yaml');
  if (!method.ok) throw new Error('method fixture does not load');
  const m = method.value.rubric;
  const base = { 'ai-systems': 'none', policy: 'applied', 'data-exchange': 'all', training: 'all', 'hr-ai': 'yes', 'skills-plan': 'yes' };
  const docs = Object.fromEntries(Object.keys(base).filter((id) => id !== 'ai-systems').map((id) => [id, `Order ${id}`]));
  const of = (evidence: Record<string, string>) =>
    scoreAnswers(
      m,
      { rubric: { id: m.id, version: m.version }, respondent: { organization: 'Akimat' }, answers: new Map(Object.entries(base)), comments: new Map(), documents: new Map(), evidence: new Map(Object.entries(evidence).map(([id, text]) => [id, { text }])) },
      { lang: 'en', tool: { name: 'readiness', version: 'test' } },
    );

  it('counts the document for "no AI systems" as evidence gained, though that option scores 0', () => {
    const c = compareReports({ file: 'then.yaml', report: of(docs) }, { file: 'now.yaml', report: of({ ...docs, 'ai-systems': 'Register, 1 March' }) }, true);
    expect(c.evidence.gained.map((g) => g.id)).toEqual(['ai-systems']);
    const back = compareReports({ file: 'then.yaml', report: of({ ...docs, 'ai-systems': 'Register, 1 March' }) }, { file: 'now.yaml', report: of(docs) }, true);
    expect(back.evidence.lost.map((g) => g.id)).toEqual(['ai-systems']);
  });
});
