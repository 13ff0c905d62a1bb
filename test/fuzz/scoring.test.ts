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
    ...report.recommendations.flatMap((r) => [r.score, r.gap]),
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
  expect(report.overall.answered + report.unanswered.length).toBe(report.overall.total);
}

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
    const arb = rubricArb.chain((c) => fc.tuple(fc.constant(c), choicesArb(c.optionCounts)));
    fc.assert(
      fc.property(arb, ([{ file }, choices]) => {
        count('next-level');
        const rubric = direct(file);
        const answers = answersOf(file, choices);
        const report = scoreAnswers(rubric, answers, OPTIONS);
        const next = report.overall.next;
        if (next === null) return;
        const changed = new Map(answers.answers);
        if (next.reachable) for (const c of next.changes) changed.set(c.question, c.to.id);
        else for (const q of rubric.questions) if (changed.has(q.id)) changed.set(q.id, q.options.reduce((x, y) => (y.score > x.score ? y : x)).id);
        const after = scoreAnswers(rubric, { ...answers, answers: changed } as Answers, OPTIONS).overall.score!;
        if (next.reachable) expect(after).toBeGreaterThanOrEqual(next.level.min);
        else expect(after).toBeLessThan(next.level.min);
      }),
      { numRuns: RUNS * 3 },
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
        const report = scoreAnswers(rubric, { rubric: { id: rubric.id, version: rubric.version }, respondent: { organization: 'x' }, answers, comments: new Map(), evidence: new Map() }, { ...OPTIONS, lang });
        expectValid(report);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
