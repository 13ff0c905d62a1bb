import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alphaOf, coincidences, krippendorffAlpha, poolCoincidences, type Metric } from '../../src/agreement/alpha.js';

/**
 * Krippendorff's own worked example: "Computing Krippendorff's Alpha-Reliability" (2011),
 * section C, the reliability data matrix of four observers and twelve units with missing
 * values (`null`). The paper gives α = 0.743 (nominal), 0.815 (ordinal), 0.849 (interval)
 * and 0.797 (ratio) for it.
 */
const OBSERVERS: ReadonlyArray<ReadonlyArray<number | null>> = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null], // A
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3], // B
  [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null], // C
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null], // D
];
const UNITS = OBSERVERS[0]!.map((_, u) => OBSERVERS.map((row) => row[u]!));

describe("Krippendorff's worked example (2011)", () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('%s alpha is %s', (metric, expected) => {
    expect(krippendorffAlpha(UNITS, metric).alpha!.toFixed(3)).toBe(expected.toFixed(3));
  });

  it('has the paper’s coincidence matrix: 40 pairable values, unit 12 (one value) left out', () => {
    const co = coincidences(UNITS);
    expect(co.n).toBeCloseTo(40, 10);
    expect(co.units).toBe(11);
    expect(co.values).toEqual([1, 2, 3, 4, 5]);
    // The paper's marginals n_c: 9, 13, 10, 5, 3.
    expect(co.marginals.map((x) => Math.round(x * 1000) / 1000)).toEqual([9, 13, 10, 5, 3]);
    // o_11 = 7, o_12 = 4/3 (the paper's matrix).
    expect(co.o[0]![0]).toBeCloseTo(7, 10);
    expect(co.o[0]![1]).toBeCloseTo(4 / 3, 10);
  });
});

/**
 * An independent implementation, written here from the paper's pairwise definitions, not
 * from the module: D_o is the mean difference over all pairs of values within units (each
 * unit's pairs weighted 1/(m_u − 1)), D_e the mean difference over all pairs of pairable
 * values regardless of unit, and the ordinal difference counts the values lying between.
 */
function pairwiseAlpha(units: ReadonlyArray<ReadonlyArray<number | null>>, metric: Metric): number | null {
  const pairable = units.map((u) => u.filter((v): v is number => v !== null)).filter((u) => u.length > 1);
  const all = pairable.flat();
  const n = all.length;
  if (n < 2) return null;
  const frequency = (v: number) => all.filter((x) => x === v).length;
  const delta = (a: number, b: number): number => {
    if (metric === 'nominal') return a === b ? 0 : 1;
    if (metric === 'interval') return (a - b) ** 2;
    if (metric === 'ratio') return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
    if (a === b) return 0;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const between = all.filter((x) => x >= lo && x <= hi).length;
    return (between - (frequency(a) + frequency(b)) / 2) ** 2;
  };
  let within = 0;
  for (const u of pairable) {
    let sum = 0;
    for (let i = 0; i < u.length; i++) for (let j = 0; j < u.length; j++) if (i !== j) sum += delta(u[i]!, u[j]!);
    within += sum / (u.length - 1);
  }
  let across = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) across += delta(all[i]!, all[j]!);
  const dO = within / n;
  const dE = across / (n * (n - 1));
  return dE === 0 ? null : 1 - dO / dE;
}

const METRICS: readonly Metric[] = ['nominal', 'ordinal', 'interval', 'ratio'];
const runs = Number(process.env.FUZZ_RUNS ?? 200);

/** Reliability data: 1..30 units, 1..5 coders, values 1..6 (positive, for the ratio metric), some missing. */
const data = fc.integer({ min: 1, max: 5 }).chain((coders) =>
  fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 6 }), { nil: null, freq: 4 }), { minLength: coders, maxLength: coders }), { minLength: 1, maxLength: 30 }),
);

describe('alpha against an independent pairwise implementation', () => {
  it('agrees with the pairwise form on random data for every metric', () => {
    expect(pairwiseAlpha(UNITS, 'ordinal')!.toFixed(3)).toBe('0.815');
    fc.assert(
      fc.property(data, fc.constantFrom(...METRICS), (units, metric) => {
        const a = krippendorffAlpha(units, metric).alpha;
        const b = pairwiseAlpha(units, metric);
        if (a === null || b === null) return a === b;
        return Math.abs(a - b) < 1e-9;
      }),
      { numRuns: runs },
    );
  });
});

describe('alpha properties', () => {
  it('perfect agreement gives 1 whenever the values vary', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 2, max: 5 })), { minLength: 2, maxLength: 20 }),
        fc.constantFrom(...METRICS),
        (units, metric) => {
          fc.pre(new Set(units.map(([v]) => v)).size > 1);
          const data = units.map(([v, m]) => Array.from({ length: m }, () => v));
          return krippendorffAlpha(data, metric).alpha === 1;
        },
      ),
      { numRuns: runs },
    );
  });

  it('a relabelled copy gives the same alpha: any one-to-one map (nominal), any increasing map (ordinal)', () => {
    fc.assert(
      fc.property(data, fc.shuffledSubarray([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], { minLength: 6, maxLength: 6 }), (units, image) => {
        const nominal = new Map(image.map((to, i) => [i + 1, to]));
        const increasing = new Map([...image].sort((a, b) => a - b).map((to, i) => [i + 1, to * to]));
        const relabel = (map: Map<number, number>) => units.map((u) => u.map((v) => (v === null ? null : map.get(v)!)));
        const same = (a: number | null, b: number | null) => (a === null ? b === null : b !== null && Math.abs(a - b) < 1e-9);
        return (
          same(krippendorffAlpha(units, 'nominal').alpha, krippendorffAlpha(relabel(nominal), 'nominal').alpha) &&
          same(krippendorffAlpha(units, 'ordinal').alpha, krippendorffAlpha(relabel(increasing), 'ordinal').alpha)
        );
      }),
      { numRuns: runs },
    );
  });

  it('interval alpha is unchanged by an affine map of the values, ratio alpha by a positive scaling', () => {
    fc.assert(
      fc.property(data, fc.integer({ min: 1, max: 9 }), fc.integer({ min: -20, max: 20 }), (units, scale, shift) => {
        const map = (f: (v: number) => number) => units.map((u) => u.map((v) => (v === null ? null : f(v))));
        const same = (a: number | null, b: number | null) => (a === null ? b === null : b !== null && Math.abs(a - b) < 1e-9);
        return (
          same(krippendorffAlpha(units, 'interval').alpha, krippendorffAlpha(map((v) => scale * v + shift), 'interval').alpha) &&
          same(krippendorffAlpha(units, 'ratio').alpha, krippendorffAlpha(map((v) => scale * v), 'ratio').alpha)
        );
      }),
      { numRuns: runs },
    );
  });

  it('missing values are ignored, not counted as disagreement: adding blank coders or blank units changes nothing', () => {
    fc.assert(
      fc.property(data, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 5 }), fc.constantFrom(...METRICS), (units, blanks, emptyUnits, metric) => {
        const padded = [
          ...units.map((u) => [...u, ...Array.from({ length: blanks }, () => null)]),
          ...Array.from({ length: emptyUnits }, () => Array.from({ length: units[0]!.length + blanks }, () => null)),
        ];
        const a = krippendorffAlpha(units, metric);
        const b = krippendorffAlpha(padded, metric);
        return a.alpha === b.alpha && a.values === b.values && a.units === b.units;
      }),
      { numRuns: runs },
    );
  });

  it('a unit with one value contributes nothing; a lone disagreement lowers alpha', () => {
    const base = [[1, 1], [2, 2], [3, 3]];
    expect(krippendorffAlpha([...base, [3, null]], 'ordinal').alpha).toBe(1);
    expect(krippendorffAlpha([...base, [3, 1]], 'ordinal').alpha!).toBeLessThan(1);
  });

  it('is undefined without variation or without two pairable values', () => {
    expect(krippendorffAlpha([[2, 2], [2, 2]], 'nominal').alpha).toBeNull();
    expect(krippendorffAlpha([[2, null], [3]], 'interval').alpha).toBeNull();
  });

  it('pooling coincidence matrices, values relabelled, equals computing on all the units relabelled', () => {
    fc.assert(
      fc.property(fc.array(data, { minLength: 1, maxLength: 4 }), fc.constantFrom(...METRICS), (sets, metric) => {
        // Each set on its own scale: value v of set p means (v + p) / 10, so some values merge.
        const relabel = (v: number, p: number) => (v + p) / 10;
        const pooled = alphaOf(poolCoincidences(sets.map(coincidences), relabel), metric);
        const direct = krippendorffAlpha(sets.flatMap((units, p) => units.map((u) => u.map((v) => (v === null ? null : relabel(v, p))))), metric);
        if (pooled.alpha === null || direct.alpha === null) return pooled.alpha === direct.alpha;
        return Math.abs(pooled.alpha - direct.alpha) < 1e-9 && pooled.units === direct.units && Math.abs(pooled.values - direct.values) < 1e-9;
      }),
      { numRuns: runs },
    );
  });
});
