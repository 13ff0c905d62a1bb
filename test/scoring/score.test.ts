import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/model.js';
import { parseRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { ReportSchema } from '../../src/report/schema.js';
import { round1 } from '../../src/scoring/round.js';
import { levelFor, scoreAnswers } from '../../src/scoring/score.js';

const L = (s: string) => `{ru: ${s}, kk: ${s}, en: ${s}}`;
const opts = (ids: Array<[string, number]>) =>
  ids.map(([id, score]) => `      - {id: ${id}, score: ${score}, label: ${L(id)}}`).join('\n');

/** Three questions, two recommendations (one weighted 2), three levels: numbers easy to check by hand. */
const text = `
id: arith
version: 2.0.0
languages: [ru, kk, en]
title: ${L('Arith')}
problemAreas:
  - {id: staff, title: ${L('Staff')}}
  - {id: trust, title: ${L('Trust')}}
riskCategories:
  - {id: cyber, title: ${L('Cyber')}}
recommendations:
  - id: law
    title: ${L('Law')}
    actions: {low: ${L('law-low')}, mid: ${L('law-mid')}, high: ${L('law-high')}}
  - id: infra
    title: ${L('Infra')}
    weight: 2
    actions: {low: ${L('infra-low')}, mid: ${L('infra-mid')}, high: ${L('infra-high')}}
levels:
  - {id: low, min: 0, label: ${L('Low')}}
  - {id: mid, min: 50, label: ${L('Mid')}}
  - {id: high, min: 80, label: ${L('High')}}
questions:
  - id: q1
    area: staff
    recommendations: [law]
    text: ${L('q1')}
    options:
${opts([['no', 0], ['half', 0.5], ['yes', 1]])}
  - id: q2
    area: trust
    recommendations: {law: 1, infra: 3}
    weight: 2
    text: ${L('q2')}
    options:
${opts([['no', 0], ['some', 0.25], ['most', 0.75], ['yes', 1]])}
  - id: q3
    area: cyber
    recommendations: [infra]
    text: ${L('q3')}
    options:
${opts([['no', 0], ['yes', 1]])}
`;

const loaded = parseRubric('arith.yaml', text);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
const rubric: Rubric = loaded.value.rubric;

const answers = (map: Record<string, string>, comments: Record<string, string> = {}): Answers => ({
  rubric: { id: 'arith', version: '2.0.0' },
  respondent: { organization: 'Test body' },
  language: 'en',
  answers: new Map(Object.entries(map)),
  comments: new Map(Object.entries(comments)),
  documents: new Map(), evidence: new Map(),
});
const score = (map: Record<string, string>, comments?: Record<string, string>) =>
  scoreAnswers(rubric, answers(map, comments), { lang: 'en', tool: { name: 'readiness', version: '0.0.0' } });

describe('scoreAnswers', () => {
  it('computes weighted means per SPEC.md', () => {
    // law: q1 (w 1) = 0.5, q2 (w 2×1 = 2) = 0.75 → (0.5 + 1.5) / 3 = 66.67
    // infra: q2 (w 2×3 = 6) = 0.75, q3 (w 1) = 0 → 4.5 / 7 = 64.29
    // overall: (1 × 66.67 + 2 × 64.29) / 3 = 65.08
    const r = score({ q1: 'half', q2: 'most', q3: 'no' });
    expect(r.recommendations.map((x) => x.score)).toEqual([66.7, 64.3]);
    expect(r.overall.score).toBe(65.1);
    expect(r.overall.level?.id).toBe('mid');
    expect(r.overall.coverage).toBe(1);
    expect(r.problemAreas.map((a) => a.score)).toEqual([50, 75]);
    expect(r.riskCategories.map((c) => c.exposure)).toEqual([100]);
    expect(ReportSchema.safeParse(r).success).toBe(true);
  });

  it('shows contributions that add up to each recommendation score', () => {
    const r = score({ q1: 'half', q2: 'most', q3: 'no' });
    for (const rec of r.recommendations) {
      const sum = rec.questions.reduce((s, q) => s + (q.contribution ?? 0), 0);
      expect(Math.abs(sum - rec.score!)).toBeLessThanOrEqual(0.05);
    }
    expect(r.recommendations[1]!.questions.map((q) => [q.id, q.weight, q.contribution])).toEqual([
      ['q2', 6, 64.29],
      ['q3', 1, 0],
    ]);
  });

  it('counts an unanswered applicable question as 0, lists it, and keeps answeredScore beside', () => {
    const r = score({ q1: 'yes' });
    // law: q1 (w 1) = 1, q2 (w 2) blank = 0 → 100 × 1 / 3 = 33.33; over answered only: 100 × 1 / 1 = 100
    // infra: q2 (w 6) and q3 (w 1) both blank → 0 / 7 = 0; over answered only: none → null
    // overall: (1 × 33.33 + 2 × 0) / 3 = 11.11; answeredScore: only law has an answered question → 100
    expect(r.recommendations.map((x) => x.score)).toEqual([33.3, 0]);
    expect(r.recommendations.map((x) => x.answeredScore)).toEqual([100, null]);
    expect(r.overall.score).toBe(11.1);
    expect(r.overall.answeredScore).toBe(100);
    expect(r.recommendations[0]!.questions.map((q) => [q.id, q.status, q.contribution])).toEqual([
      ['q1', 'answered', 33.33],
      ['q2', 'unanswered', 0],
    ]);
    // coverage 1 / 3 below the default floor 0.9: no level; ceil(0.9 × 3) = 3 answers needed, 2 missing
    expect(r.overall).toMatchObject({ coverage: 0.333, answered: 1, applicable: 3, required: 3, missing: 2, status: 'incomplete', level: null, next: null });
    expect(r.method.minCoverage).toBe(0.9);
    expect(r.unanswered.map((u) => u.id)).toEqual(['q2', 'q3']);
    // a recommendation scored 0 has the lowest level and its actions, not "not assessed"
    expect(r.recommendations[1]!.level?.id).toBe('low');
    expect(r.recommendations[1]!.actions).toBe('infra-low');
    // sections: trust (q2 blank) scores 0; cyber (q3 blank) is fully exposed
    expect(r.problemAreas.map((a) => a.score)).toEqual([100, 0]);
    expect(r.riskCategories.map((c) => c.exposure)).toEqual([100]);
    expect(ReportSchema.safeParse(r).success).toBe(true);
  });

  it('has a level from the default floor on: 0.9 of the applicable questions answered', () => {
    // Two of three answered: coverage 0.667 < 0.9, incomplete even though the answers are all "yes".
    const two = score({ q1: 'yes', q2: 'yes' });
    // law: (1 + 2) / 3 = 100; infra: q2 6 × 1, q3 blank → 6 / 7 = 85.71; overall (100 + 2 × 85.71) / 3 = 90.48
    expect(two.overall).toMatchObject({ score: 90.5, answeredScore: 100, status: 'incomplete', level: null, missing: 1 });
    const all = score({ q1: 'yes', q2: 'yes', q3: 'no' });
    expect(all.overall).toMatchObject({ score: 90.5, answeredScore: 90.5, status: 'complete', missing: 0 });
    expect(all.overall.level?.id).toBe('high');
  });

  it('scores nothing answered as 0, with no level, every question a gap from no answer', () => {
    const r = score({});
    expect(r.overall).toMatchObject({ score: 0, answeredScore: null, level: null, status: 'incomplete', coverage: 0, answered: 0, missing: 3, next: null });
    expect(r.recommendations.map((x) => [x.score, x.answeredScore])).toEqual([
      [0, null],
      [0, null],
    ]);
    // the slopes of 'ranks gaps by gain' below, over the whole unit: q2 79.4, q1 11.1, q3 9.5
    expect(r.gaps.map((g) => [g.question, g.option, g.gain])).toEqual([
      ['q2', null, 79.4],
      ['q1', null, 11.1],
      ['q3', null, 9.5],
    ]);
  });

  it('maps levels on the score as shown, rounded to one decimal', () => {
    expect(levelFor(rubric.levels, 49.9)?.id).toBe('low');
    expect(levelFor(rubric.levels, 50)?.id).toBe('mid');
    expect(round1(49.95)).toBe(50);
    expect(round1(0.15)).toBe(0.2);
  });

  it('ranks gaps by what closing them adds to the overall', () => {
    const r = score({ q1: 'no', q2: 'some', q3: 'no' });
    // slopes: q1 → law only: (1 × 100 × 1/3) / 3 = 11.1 per unit; q2 → law 2/3 + infra 2×6/7 → (66.67 + 171.43)/3 = 79.4;
    // q3 → infra: 2 × 100 × 1/7 / 3 = 9.5
    expect(r.gaps.map((g) => [g.question, g.gain])).toEqual([
      ['q2', 59.5],
      ['q1', 11.1],
      ['q3', 9.5],
    ]);
  });

  it('names the fewest answer changes that reach the next level, the last one no higher than needed', () => {
    const r = score({ q1: 'no', q2: 'no', q3: 'no' });
    expect(r.overall.score).toBe(0);
    expect(r.overall.next?.level.id).toBe('mid');
    expect(r.overall.next?.pointsNeeded).toBe(50);
    // q2 alone: "most" (0.75) adds 59.5 ≥ 50, "some" (0.25) only 19.8: one change, to "most".
    expect(r.overall.next?.changes.map((c) => [c.question, c.from.id, c.to.id])).toEqual([['q2', 'no', 'most']]);
    expect(r.overall.next?.reachable).toBe(true);

    // Applying the named changes really reaches the level.
    const after = score({ q1: 'no', q2: 'most', q3: 'no' });
    expect(after.overall.level?.id).toBe('mid');
  });

  it('has no next level at the top level', () => {
    const full = score({ q1: 'yes', q2: 'yes', q3: 'yes' });
    expect(full.overall.level?.id).toBe('high');
    expect(full.overall.next).toBeNull();
    expect(full.gaps).toEqual([]);
  });

  it('carries comments into the trace and is byte-identical for the same input', () => {
    const a = score({ q1: 'half' }, { q1: 'Order No. 12 of 2025' });
    const b = score({ q1: 'half' }, { q1: 'Order No. 12 of 2025' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.recommendations[0]!.questions[0]!.comment).toBe('Order No. 12 of 2025');
  });

  it('writes titles and labels in the chosen language', () => {
    const ru = scoreAnswers(rubric, answers({ q1: 'yes' }), { lang: 'ru', tool: { name: 'readiness', version: '0' } });
    expect(ru.language).toBe('ru');
    expect(ru.recommendations[0]!.title).toBe('Law');
  });
});
