/**
 * Krippendorff's alpha by the coincidence matrix, as in K. Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability" (2011): pure arithmetic on numbers, no I/O.
 *
 * Reliability data are units (here: bodies, or body × question) each holding the values the
 * coders (respondents) gave it; a coder who gave none is simply absent, so missing values
 * never count as disagreement. Only units with two values or more are pairable.
 */

/** The difference function δ² between two values (2011, section E). */
export type Metric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

/** Reliability data: per unit, the values its coders gave (missing ones left out or `null`). */
export type Units = ReadonlyArray<ReadonlyArray<number | null | undefined>>;

/** The coincidence matrix of reliability data. */
export interface Coincidences {
  /** The distinct values that occur in pairable units, ascending. */
  values: readonly number[];
  /** `o[c][k]`: the coincidences of value c with value k (indices into `values`); symmetric. */
  o: readonly (readonly number[])[];
  /** `n_c`: the marginal of each value (the number of pairable values equal to it). */
  marginals: readonly number[];
  /** `n..`: the number of pairable values. */
  n: number;
  /** The number of pairable units (two values or more). */
  units: number;
}

/**
 * The coincidence matrix: each pairable unit u with m_u values adds, for every ordered pair
 * of its values from different coders, 1/(m_u − 1) to o[c][k] (2011, section C). Units with
 * fewer than two values add nothing.
 */
export function coincidences(data: Units): Coincidences {
  const isValue = (v: number | null | undefined): v is number => v !== null && v !== undefined && !Number.isNaN(v);
  const index = new Map<number, number>();
  for (const unit of data) {
    let m = 0;
    for (const v of unit) if (isValue(v)) m++;
    if (m < 2) continue;
    for (const v of unit) if (isValue(v) && !index.has(v)) index.set(v, index.size);
  }
  // Indices in ascending order of value.
  const values = [...index.keys()].sort((a, b) => a - b);
  values.forEach((v, i) => index.set(v, i));
  const size = values.length;
  const o = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const counts = new Array<number>(size).fill(0);
  const seen: number[] = [];
  let units = 0;
  for (const unit of data) {
    let m = 0;
    for (const v of unit) if (isValue(v)) m++;
    if (m < 2) continue;
    units++;
    seen.length = 0;
    for (const v of unit) {
      if (!isValue(v)) continue;
      const i = index.get(v)!;
      if (counts[i] === 0) seen.push(i);
      counts[i]!++;
    }
    // n_uc · n_uk ordered pairs (n_uc · (n_uc − 1) on the diagonal), each weighted 1/(m_u − 1).
    for (const c of seen) {
      const row = o[c]!;
      const nc = counts[c]!;
      for (const k of seen) row[k]! += (c === k ? nc * (nc - 1) : nc * counts[k]!) / (m - 1);
    }
    for (const c of seen) counts[c] = 0;
  }
  return withMarginals(values, o, units);
}

function withMarginals(values: readonly number[], o: number[][], units: number): Coincidences {
  const marginals = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = marginals.reduce((s, x) => s + x, 0);
  return { values, o, marginals, n, units };
}

/**
 * The coincidence matrix of several sets of reliability data taken as one, each value first
 * mapped by `relabel` (values it maps together are merged). Coincidences add up over units,
 * so this equals `coincidences` of all the units, relabelled, put together: a pooled alpha
 * needs no second pass over the units.
 */
export function poolCoincidences(parts: readonly Coincidences[], relabel: (value: number, part: number) => number = (v) => v): Coincidences {
  const mapped = parts.map((co, p) => co.values.map((v) => relabel(v, p)));
  const values = [...new Set(mapped.flat())].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const o = Array.from({ length: values.length }, () => new Array<number>(values.length).fill(0));
  let units = 0;
  parts.forEach((co, p) => {
    units += co.units;
    const to = mapped[p]!.map((v) => index.get(v)!);
    co.o.forEach((row, c) => row.forEach((x, k) => (o[to[c]!]![to[k]!]! += x)));
  });
  return withMarginals(values, o, units);
}

/**
 * δ²(c, k) for value indices of a coincidence matrix (2011, section E): nominal 0 or 1;
 * ordinal (Σ_{g=c..k} n_g − (n_c + n_k)/2)² over the marginals, so it depends on the order of
 * the values only; interval (c − k)²; ratio ((c − k)/(c + k))².
 */
export function differenceFunction(co: Coincidences, metric: Metric): (c: number, k: number) => number {
  const { values, marginals } = co;
  switch (metric) {
    case 'nominal':
      return (c, k) => (c === k ? 0 : 1);
    case 'interval':
      return (c, k) => (values[c]! - values[k]!) ** 2;
    case 'ratio':
      return (c, k) => {
        const sum = values[c]! + values[k]!;
        return sum === 0 ? 0 : ((values[c]! - values[k]!) / sum) ** 2;
      };
    case 'ordinal': {
      // Cumulative marginals: Σ_{g=c..k} n_g = cum[k + 1] − cum[c] for c ≤ k.
      const cum = [0];
      for (const x of marginals) cum.push(cum.at(-1)! + x);
      return (c, k) => {
        const [lo, hi] = c <= k ? [c, k] : [k, c];
        return (cum[hi + 1]! - cum[lo]! - (marginals[lo]! + marginals[hi]!) / 2) ** 2;
      };
    }
  }
}

/** Alpha with its observed and expected disagreement. */
export interface AlphaResult {
  /** 1 − D_o/D_e; null when it is undefined: fewer than two pairable values, or no variation at all (D_e = 0). */
  alpha: number | null;
  observed: number;
  expected: number;
  /** Pairable units and values. */
  units: number;
  values: number;
}

/**
 * Alpha from a coincidence matrix: α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck (2011,
 * section C), that is 1 − D_o/D_e with D_o = Σ o_ck δ²_ck / n and D_e = Σ n_c n_k δ²_ck / (n(n − 1)).
 */
export function alphaOf(co: Coincidences, metric: Metric): AlphaResult {
  const delta = differenceFunction(co, metric);
  const size = co.values.length;
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      if (c === k) continue;
      const d = delta(c, k);
      observed += co.o[c]![k]! * d;
      expected += co.marginals[c]! * co.marginals[k]! * d;
    }
  }
  const n = co.n;
  const dO = n > 0 ? observed / n : 0;
  const dE = n > 1 ? expected / (n * (n - 1)) : 0;
  return { alpha: n < 2 || dE === 0 ? null : 1 - dO / dE, observed: dO, expected: dE, units: co.units, values: n };
}

/** Krippendorff's alpha of reliability data under `metric` (see `coincidences` and `alphaOf`). */
export function krippendorffAlpha(data: Units, metric: Metric): AlphaResult {
  return alphaOf(coincidences(data), metric);
}
