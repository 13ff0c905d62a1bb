import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS_PER_FILE } from '../../src/errors.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { parseRubric } from '../../src/rubric/load.js';
import { MAX_GATE_DEPTH } from '../../src/rubric/method-rules.js';
import { outsideBand, scenarioShares, worstScenarioShares } from '../../src/rubric/shares.js';

// Bounded work on any rubric under the caps (adversarial review of 0.2.0, finding 9): a chain
// of a thousand gates cost validate 15 s, 560 MB and 500,500 warnings, and analyze 7.7 minutes.

const L = (s: string) => `{ru: ${s}, kk: ${s}, en: ${s}}`;
/**
 * A rubric of `n` yes/no questions (the review's chain.py): question i is gated on the one
 * `gateOf(i)` names, if any; recommendations x and z; a tight share band.
 */
function rubricText(n: number, gateOf: (i: number) => number | undefined, weightOf: (i: number) => number = () => 1, recOf: (i: number) => string = () => 'x'): string {
  const out = [
    'id: chain',
    'version: 1.0.0',
    'languages: [ru, kk, en]',
    `title: ${L('T')}`,
    'problemAreas:',
    `  - {id: a, title: ${L('A')}}`,
    'riskCategories:',
    `  - {id: r, title: ${L('R')}}`,
    'recommendations:',
    `  - {id: x, title: ${L('X')}, actions: {lo: ${L('d')}, hi: ${L('d')}}}`,
    `  - {id: z, title: ${L('Z')}, weight: 2, actions: {lo: ${L('d')}, hi: ${L('d')}}}`,
    'levels:',
    `  - {id: lo, min: 0, label: ${L('L')}}`,
    `  - {id: hi, min: 50, label: ${L('H')}}`,
    'scoring: {shareBand: [0.01, 0.02]}',
    'questions:',
  ];
  for (let i = 0; i < n; i++) {
    const gate = gateOf(i);
    const recs = i < 2 ? (i === 0 ? 'x' : 'z') : recOf(i);
    const when = gate === undefined ? '' : `, when: {question: q${gate}, in: [y]}`;
    out.push(`  - {id: q${i}, area: ${i % 2 === 0 ? 'a' : 'r'}, weight: ${weightOf(i)}, recommendations: [${recs}]${when}, text: ${L('t')}, options: [{id: n, score: 0, label: ${L('n')}}, {id: y, score: 1, label: ${L('y')}}]}`);
  }
  return `${out.join('\n')}\n`;
}

describe('gate depth', () => {
  setMessageLang('en');
  it(`a question more than ${MAX_GATE_DEPTH} gates deep is an error with its position, once per chain`, () => {
    const chain = (n: number) => parseRubric('c.yaml', rubricText(n, (i) => (i === 0 ? undefined : i - 1)));
    expect(chain(MAX_GATE_DEPTH + 1).ok).toBe(true);
    const refused = chain(200);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.findings).toEqual([
      {
        file: 'c.yaml',
        line: 17 + MAX_GATE_DEPTH + 1,
        column: expect.any(Number),
        path: `questions[${MAX_GATE_DEPTH + 1}].when.question`,
        message: `question "q${MAX_GATE_DEPTH + 1}" sits ${MAX_GATE_DEPTH + 1} \`when\` gates deep; at most ${MAX_GATE_DEPTH} are allowed (each gate is one more way to answer, and the method checks every one)`,
        severity: 'error',
      },
    ]);
  });
});

describe('share-band warnings', () => {
  it('at most one per question, at most a hundred per file, then a count that is a warning', () => {
    // 30 chains of 10 gates: 300 questions, 270 gates; each question outside the band.
    const loaded = parseRubric('w.yaml', rubricText(300, (i) => (i % 10 === 0 ? undefined : i - 1)));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings.slice(0, 3)));
    expect(loaded.warnings).toHaveLength(MAX_FINDINGS_PER_FILE + 1);
    expect(loaded.warnings.at(-1)).toMatchObject({ severity: 'warning', message: expect.stringMatching(/^… and 200 more findings in this file/) });
    expect(new Set(loaded.warnings.slice(0, -1).map((w) => w.path)).size).toBe(MAX_FINDINGS_PER_FILE);
  });

  it('worstScenarioShares names exactly the questions scenarioShares puts outside a band, each at its worst scenario (property)', () => {
    const shape = fc.record({
      n: fc.integer({ min: 2, max: 14 }),
      gates: fc.array(fc.nat(), { minLength: 14, maxLength: 14 }),
      weights: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 14, maxLength: 14 }),
      recs: fc.array(fc.constantFrom('x', 'z', 'x, z'), { minLength: 14, maxLength: 14 }),
      band: fc.tuple(fc.double({ min: 0.01, max: 0.2, noNaN: true }), fc.double({ min: 0.05, max: 0.5, noNaN: true })),
    });
    let checked = 0;
    fc.assert(
      fc.property(shape, ({ n, gates, weights, recs, band }) => {
        // A question is gated on an earlier one, or on none; depth stays small.
        const text = rubricText(n, (i) => (i === 0 || gates[i]! % 3 === 0 ? undefined : gates[i]! % i), (i) => weights[i]!, (i) => recs[i]!);
        const loaded = parseRubric('p.yaml', text);
        if (!loaded.ok) return;
        checked++;
        const rubric = loaded.value.rubric;
        const b: [number, number] = [Math.min(...band), Math.max(...band)];
        const expected = new Map<number, { share: number; gate: string; option: string; by: number }>();
        for (const sc of scenarioShares(rubric, b)) {
          sc.shares.forEach((s, i) => {
            const q = rubric.questions[i]!;
            if (q.weight === 0 || sc.closed.has(q.id) || !outsideBand(s.share, sc.band)) return;
            const [min, max] = sc.band!;
            const by = s.share < min ? (min - s.share) / min : (s.share - max) / max;
            if (by > (expected.get(i)?.by ?? -1)) expected.set(i, { share: s.share, gate: sc.gate, option: sc.option, by });
          });
        }
        const got = worstScenarioShares(rubric, b);
        expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [i, e] of expected) expect(got.get(i)).toMatchObject({ share: e.share, gate: e.gate, option: e.option });
      }),
      { numRuns: 200 },
    );
    expect(checked).toBeGreaterThan(100);
  });
});
