import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/model.js';
import { parseAnswers } from '../../src/answers/load.js';
import { formatFinding } from '../../src/errors.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { parseRubric } from '../../src/rubric/load.js';
import { normalizeRubric, type Rubric } from '../../src/rubric/model.js';
import type { RubricFile } from '../../src/rubric/schema.js';
import { renderJson } from '../../src/report/render-json.js';
import { ReportSchema, type Report } from '../../src/report/schema.js';
import { scoreAnswers } from '../../src/scoring/score.js';
import { answersOf, answerText, choicesArb, count, counted, rubricArb, RUNS, seeded, shuffleKeys, TIMEOUT } from './arbitraries.js';

const OPTIONS = { lang: 'en', tool: { name: 'readiness', version: 'fuzz' } } as const;

beforeAll(() => setMessageLang('en'));
afterAll(() => {
  const total = [...counted.values()].reduce((a, b) => a + b, 0);
  console.log(`fuzz scoring: ${total} cases (${[...counted].map(([k, v]) => `${k} ${v}`).join(', ')})`);
});

/** The scorer's rubric straight from a generated file, for properties about scoring alone. */
const direct = (file: RubricFile): Rubric => normalizeRubric(file, 'fuzz');

function load(file: RubricFile, text = stringify(file)): Rubric {
  const loaded = parseRubric('fuzz-rubric.yaml', text);
  if (!loaded.ok) throw new Error(`generated rubric refused:\n${loaded.findings.map(formatFinding).join('\n')}\n${text}`);
  return loaded.value.rubric;
}

/** Every score of a report, by where it is. */
function scores(report: Report): Map<string, number | null> {
  const out = new Map<string, number | null>([['overall', report.overall.score]]);
  for (const r of report.recommendations) out.set(`rec:${r.id}`, r.score);
  for (const a of report.problemAreas) out.set(`area:${a.id}`, a.score);
  for (const c of report.riskCategories) out.set(`risk:${c.id}`, c.exposure === null ? null : 100 - c.exposure);
  return out;
}

function expectValid(report: Report): void {
  const parsed = ReportSchema.safeParse(report);
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  const numbers = [
    report.overall.score,
    report.overall.answeredScore,
    ...report.recommendations.flatMap((r) => [r.score, r.answeredScore, r.gap]),
    ...report.problemAreas.map((a) => a.score),
    ...report.riskCategories.map((c) => c.exposure),
  ];
  for (const n of numbers) {
    if (n === null) continue;
    expect(n).toBeGreaterThanOrEqual(0);
    expect(n).toBeLessThanOrEqual(100);
    expect(Math.round(n * 10) / 10).toBe(n);
  }
  expect(report.overall.coverage).toBeGreaterThanOrEqual(0);
  expect(report.overall.coverage).toBeLessThanOrEqual(1);
  const o = report.overall;
  expect(o.answered + report.unanswered.length).toBe(o.applicable);
  expect(o.applicable + report.notApplicable.length).toBe(o.total);
  // Blanks count 0 in the score and not at all over answered questions: the score never exceeds it.
  if (o.score !== null && o.answeredScore !== null) expect(o.score).toBeLessThanOrEqual(o.answeredScore);
  for (const r of report.recommendations) if (r.score !== null && r.answeredScore !== null) expect(r.score).toBeLessThanOrEqual(r.answeredScore);
  // A level only at or above the coverage floor.
  expect(o.status).toBe(o.answered >= o.required ? 'complete' : 'incomplete');
  if (o.status === 'incomplete') expect(o.level).toBeNull();
}

/** Answers with few blanks or none, so that most files reach the coverage floor. */
const fullerChoicesArb = (optionCounts: number[]): fc.Arbitrary<Array<number | null>> =>
  fc.tuple(...optionCounts.map((n) => fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: null, freq: 30 })));

describe('fuzz: scoring', () => {
  it('every rubric and every set of answers gives a valid report, scores within 0..100, byte-identical when repeated', () => {
    fc.assert(
      fc.property(rubricArb.chain((c) => fc.tuple(fc.constant(c), choicesArb(c.optionCounts))), ([{ file }, choices]) => {
        count('valid-report');
        const rubric = load(file);
        const loaded = parseAnswers('fuzz.yaml', answerText(file, choices, 'Акимат <b>"x"</b>'), rubric);
        expect(loaded.ok).toBe(true);
        if (!loaded.ok) return;
        const report = scoreAnswers(rubric, loaded.value, OPTIONS);
        expectValid(report);
        expect(renderJson(scoreAnswers(rubric, loaded.value, OPTIONS))).toBe(renderJson(report));
        expect(report.overall.answered).toBe(choices.filter((c) => c !== null).length);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('changing an answer to a higher-scoring option never lowers any score', () => {
    const arb = rubricArb.chain((c) =>
      fc.tuple(fc.constant(c), choicesArb(c.optionCounts), fc.nat({ max: c.optionCounts.length - 1 }), fc.nat(), fc.nat()),
    );
    fc.assert(
      fc.property(arb, ([{ file, optionCounts }, choices, qi, a, b]) => {
        count('monotone');
        const rubric = direct(file);
        const n = optionCounts[qi]!;
        const opts = file.questions[qi]!.options;
        let [lo, hi] = [a % n, b % n];
        if (opts[lo]!.score > opts[hi]!.score) [lo, hi] = [hi, lo];
        const before = scores(scoreAnswers(rubric, answersOf(file, choices.map((c, i) => (i === qi ? lo : c))), OPTIONS));
        const after = scores(scoreAnswers(rubric, answersOf(file, choices.map((c, i) => (i === qi ? hi : c))), OPTIONS));
        for (const [where, s] of before) {
          const t = after.get(where)!;
          expect(t === null, where).toBe(s === null);
          if (s !== null && t !== null) expect(t, where).toBeGreaterThanOrEqual(s);
        }
      }),
      { numRuns: RUNS * 3 },
    );
  }, TIMEOUT);

  it('the order of keys in the rubric and in the answer file changes nothing', () => {
    const arb = rubricArb.chain((c) => fc.tuple(fc.constant(c), choicesArb(c.optionCounts), fc.integer()));
    fc.assert(
      fc.property(arb, ([{ file }, choices, seed]) => {
        count('key-order');
        const rand = seeded(seed);
        const rubric = load(file);
        const shuffledRubric = load(file, stringify(shuffleKeys(file, rand)));
        const text = answerText(file, choices);
        const shuffledText = stringify(shuffleKeys((() => {
          const a = answersOf(file, choices);
          return { answers: Object.fromEntries(a.answers), language: file.languages[0], respondent: { organization: 'Акимат' }, rubric: { version: file.version, id: file.id } };
        })(), rand));
        const one = parseAnswers('a.yaml', text, rubric);
        const two = parseAnswers('a.yaml', shuffledText, shuffledRubric);
        expect(one.ok && two.ok).toBe(true);
        if (!one.ok || !two.ok) return;
        const r1 = scoreAnswers(rubric, one.value, OPTIONS);
        const r2 = scoreAnswers(shuffledRubric, two.value, OPTIONS);
        // The rubric's hash names its exact text, which a reorder changes; nothing else may.
        expect(r2.rubric.sha256).not.toBe('');
        expect(renderJson({ ...r2, rubric: { ...r2.rubric, sha256: r1.rubric.sha256 } })).toBe(renderJson(r1));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('the plan to the next level: when reachable, its changes reach it; when not, even every answer at its best falls short', () => {
    // Below the coverage floor there is no level and so no plan: most files here are complete.
    const arb = rubricArb.chain((c) => fc.tuple(fc.constant(c), fc.oneof(fullerChoicesArb(c.optionCounts), choicesArb(c.optionCounts))));
    fc.assert(
      fc.property(arb, ([{ file }, choices]) => {
        count('next-level');
        const rubric = direct(file);
        const answers = answersOf(file, choices);
        const report = scoreAnswers(rubric, answers, OPTIONS);
        const next = report.overall.next;
        if (report.overall.status === 'incomplete') expect(next).toBeNull();
        if (next === null) return;
        count('next-level-planned');
        const changed = new Map(answers.answers);
        // A change may answer a blank question (from: null); the fallback puts every question, blank or not, at its best.
        if (next.reachable) for (const c of next.changes) changed.set(c.question, c.to.id);
        else for (const q of rubric.questions) changed.set(q.id, q.options.reduce((x, y) => (y.score > x.score ? y : x)).id);
        const after = scoreAnswers(rubric, { ...answers, answers: changed } as Answers, OPTIONS).overall;
        const rank = (id: string | undefined) => rubric.levels.findIndex((l) => l.id === id);
        if (next.reachable) {
          expect(after.score!).toBeGreaterThanOrEqual(next.level.min);
          expect(rank(after.level?.id)).toBeGreaterThanOrEqual(rank(next.level.id));
        } else {
          expect(after.score!).toBeLessThan(next.level.min);
        }
      }),
      { numRuns: RUNS * 3 },
    );
  }, TIMEOUT);

  it('leaving an answer blank never raises a score (it may raise the score over answered questions only)', () => {
    const arb = rubricArb.chain((c) =>
      fc.tuple(fc.constant(c), choicesArb(c.optionCounts), fc.nat({ max: c.optionCounts.length - 1 }), fc.nat()),
    );
    fc.assert(
      fc.property(arb, ([{ file, optionCounts }, choices, qi, pick]) => {
        count('blank-never-raises');
        const rubric = direct(file);
        const answered = choices.map((c, i) => (i === qi ? (c ?? pick % optionCounts[qi]!) : c));
        const blank = choices.map((c, i) => (i === qi ? null : c));
        const withAnswer = scoreAnswers(rubric, answersOf(file, answered), OPTIONS);
        const without = scoreAnswers(rubric, answersOf(file, blank), OPTIONS);
        const before = scores(withAnswer);
        const after = scores(without);
        for (const [where, s] of before) {
          const t = after.get(where)!;
          // No gates here: a blank leaves what applies, and so which scores exist, as it was.
          expect(t === null, where).toBe(s === null);
          if (s !== null && t !== null) expect(t, where).toBeLessThanOrEqual(s);
        }
        expect(without.overall.answered).toBe(withAnswer.overall.answered - 1);
        expect(without.unanswered.map((u) => u.id)).toContain(file.questions[qi]!.id);
        const a = withAnswer.overall.answeredScore;
        const b = without.overall.answeredScore;
        if (a !== null && b !== null && b > a) count('blank-raises-answeredScore');
      }),
      { numRuns: RUNS * 3 },
    );
  }, TIMEOUT);

  it('without a scoring block, a file answering under 0.9 of the applicable questions has no level; at or over it, one', () => {
    const arb = rubricArb.chain((c) => fc.tuple(fc.constant(c), fc.oneof(choicesArb(c.optionCounts), fullerChoicesArb(c.optionCounts))));
    fc.assert(
      fc.property(arb, ([{ file }, choices]) => {
        count('coverage-floor');
        const rubric = direct(file);
        expect(file).not.toHaveProperty('scoring');
        const report = scoreAnswers(rubric, answersOf(file, choices), OPTIONS);
        const o = report.overall;
        expect(report.method.minCoverage).toBe(0.9);
        const answered = choices.filter((c) => c !== null).length;
        const applicable = file.questions.length;
        expect([o.answered, o.applicable]).toEqual([answered, applicable]);
        // In whole numbers, so that no float decides: answered / applicable < 9 / 10.
        if (10 * answered < 9 * applicable) {
          count('coverage-floor-below');
          expect(o).toMatchObject({ status: 'incomplete', level: null, next: null });
          expect(o.missing).toBeGreaterThan(0);
          expect(o.score).not.toBeNull();
        } else {
          count('coverage-floor-reached');
          expect(o.status).toBe('complete');
          expect(o.level).not.toBeNull();
          expect(o.missing).toBe(0);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  }, TIMEOUT);

  it('the default rubric: any answers give a valid report', () => {
    const text = readFileSync('rubrics/default.yaml', 'utf8');
    const loaded = parseRubric('rubrics/default.yaml', text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const rubric = loaded.value.rubric;
    const arb = fc.tuple(...rubric.questions.map((q) => fc.option(fc.constantFrom(...q.options.map((o) => o.id)), { nil: null })), fc.constantFrom('ru', 'kk', 'en'));
    fc.assert(
      fc.property(arb, (drawn) => {
        count('default-rubric');
        const lang = drawn.pop() as 'ru' | 'kk' | 'en';
        const answers = new Map<string, string>();
        rubric.questions.forEach((q, i) => {
          if (drawn[i]) answers.set(q.id, drawn[i]!);
        });
        const report = scoreAnswers(rubric, { rubric: { id: rubric.id, version: rubric.version }, respondent: { organization: 'x' }, answers, comments: new Map(), documents: new Map(), evidence: new Map() }, { ...OPTIONS, lang });
        expectValid(report);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
