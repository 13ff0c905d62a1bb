import type { Rubric } from '../rubric/model.js';
import { analyzeRubric } from './analyze.js';

/** The figures of `analyze` that a rubric change can move, for `diff`'s short section. */
export interface MethodSummary {
  minCoverage: number;
  weakestLink: number | null;
  evidenceFrom: number | null;
  /** Smallest and largest question share (fractions), weight-0 gates left out. */
  shares: { min: number; max: number };
  /** Overall score of each rung profile, lowest rung first. */
  rungs: Array<number | null>;
  uniform: { mean: number | null; sd: number | null };
  acquiescent: number | null;
  /** The level's label in the diff's language. */
  noAi: { level: string | null; score: number | null };
  routes: number;
  outsideBand: number;
}

/** Summarises `analyzeRubric` (fewer draws than `analyze` itself: a diff compares, it does not certify). */
export function summarizeMethod(rubric: Rubric, lang: string, draws = 2000): MethodSummary {
  const a = analyzeRubric(rubric, { draws });
  const weighted = a.shares.filter((s) => s.weight > 0).map((s) => s.share);
  const uniform = a.profiles.find((p) => p.id === 'uniform')!;
  return {
    minCoverage: a.method.minCoverage,
    weakestLink: a.method.weakestLink,
    evidenceFrom: a.method.evidenceFrom,
    shares: { min: weighted.length > 0 ? Math.min(...weighted) : 0, max: weighted.length > 0 ? Math.max(...weighted) : 0 },
    rungs: a.profiles.filter((p) => p.id === 'rung').map((p) => p.score),
    uniform: { mean: uniform.score, sd: uniform.sd ?? null },
    acquiescent: a.profiles.find((p) => p.id === 'acquiescent')!.score,
    noAi: { level: labelOf(rubric, a.checks.noAi.level, lang), score: a.checks.noAi.score },
    routes: a.routes.length,
    outsideBand: a.outsideBand.length,
  };
}

function labelOf(rubric: Rubric, id: string | null, lang: string): string | null {
  const level = rubric.levels.find((l) => l.id === id);
  return level ? (level.label[lang] ?? level.label[rubric.languages[0]!] ?? level.id) : null;
}
