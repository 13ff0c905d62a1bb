import type { Answers } from '../answers/model.js';
import type { Rubric } from '../rubric/model.js';
import { evaluateFigures, type Figures } from './evaluate.js';
import { round3 } from './round.js';

/**
 * The headline of a Report (`overall`): score, level, status, coverage and what capped the
 * level. Every field equals the same field of `scoreAnswers`' report for the same answers.
 */
export interface OverallOutcome {
  /** The overall score, one decimal; null when no recommendation has a score. */
  score: number | null;
  /** The level's id after the weakest-link cap; null when incomplete or below every level. */
  level: string | null;
  status: 'complete' | 'incomplete';
  /** Answered ÷ applicable questions, three decimals. */
  coverage: number;
  answered: number;
  applicable: number;
  /** The recommendation or `module:<gate>` that capped the level; null when not capped. */
  cappedBy: string | null;
}

/**
 * Scores answers to their headline only: the evaluation `scoreAnswers` builds its Report on,
 * without the texts, the trace, the gaps, the route to the next level and the flags for the
 * auditor (none of which moves a score or a level). For work that scores many simulated
 * bodies and reads only how far each one got (`analyze`'s random draws and its per-gate
 * checks): linear in the questions, a few small objects per call. Pure.
 */
export function scoreOverall(rubric: Rubric, answers: Answers): OverallOutcome {
  return headline(evaluateFigures(rubric, answers));
}

/** The headline of an evaluation: what `scoreOverall` returns and a batch summary row shows. */
export function headline(e: Figures): OverallOutcome {
  return {
    score: e.overallScore,
    level: e.overallLevel?.id ?? null,
    status: e.complete ? 'complete' : 'incomplete',
    coverage: e.applicable > 0 ? round3(e.answered / e.applicable) : 0,
    answered: e.answered,
    applicable: e.applicable,
    cappedBy: e.cap.by,
  };
}
