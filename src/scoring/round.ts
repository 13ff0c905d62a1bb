/**
 * The one place numbers are rounded. Half away from zero on the decimal value, with a
 * nudge so that binary artefacts (0.15 stored as 0.1499…) round as a person expects.
 */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f + Math.sign(value) * 1e-9) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** Scores and gains as shown: one decimal. */
export const round1 = (value: number): number => roundTo(value, 1);
/** Contributions in the trace: two decimals, so they add up to the score as shown. */
export const round2 = (value: number): number => roundTo(value, 2);
/** Coverage: three decimals of a fraction. */
export const round3 = (value: number): number => roundTo(value, 3);
