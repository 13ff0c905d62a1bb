import { seededRandom } from '../random.js';
import type { Rubric } from '../rubric/model.js';
import { roundTo } from '../scoring/round.js';
import { alphaOf, coincidences } from './alpha.js';
import { AMBIGUOUS_BELOW } from './schema.js';

/** The noise model of a pilot simulated on the rubric alone. */
export interface PilotModel {
  /** Respondents per body. */
  respondents: number;
  /** Bodies in the pilot. */
  bodies: number;
  /** The chance that a respondent slips one rung (up or down) from the body's true option. */
  slip: number;
  /** Simulated pilots. */
  draws: number;
  seed: number;
}

export const DEFAULT_PILOT: PilotModel = { respondents: 2, bodies: 30, slip: 0.1, draws: 400, seed: 1 };

/** One question's alpha over the simulated pilots. */
export interface ExpectedAlpha {
  id: string;
  options: number;
  /** The mean alpha over the draws where it is defined. */
  mean: number | null;
  /** The 5th percentile: one pilot in twenty comes out lower. */
  low: number | null;
  /** The 5th percentile is below the ambiguity bar: this ladder may be named ambiguous by noise alone. */
  fragile: boolean;
}

export interface ExpectedAgreement {
  model: PilotModel;
  questions: ExpectedAlpha[];
}

/**
 * The alpha each question's ladder would get in a pilot where respondents slip now and then,
 * before any pilot is run: per draw, every body's true option is uniform over the question's
 * options, and each respondent reports it or, with probability `slip`, a neighbouring rung in
 * the order of scores (the only one at either end). The same ordinal alpha as `agreement`, so
 * a short ladder (a slip across two options is a full disagreement) or a small pilot shows as
 * fragile. Deterministic for a seed. Pure.
 */
export function expectedAgreement(rubric: Rubric, model: Partial<PilotModel> = {}): ExpectedAgreement {
  const m: PilotModel = { ...DEFAULT_PILOT, ...model };
  const questions = rubric.questions.map((q, qi): ExpectedAlpha => {
    const rand = seededRandom((m.seed * 0x9e3779b1 + (qi + 1) * 0x85ebca6b) >>> 0);
    const k = q.options.length;
    const alphas: number[] = [];
    for (let d = 0; d < m.draws; d++) {
      const units: number[][] = [];
      for (let b = 0; b < m.bodies; b++) {
        const truth = Math.floor(rand() * k);
        const unit: number[] = [];
        for (let r = 0; r < m.respondents; r++) {
          let v = truth;
          if (rand() < m.slip) v = truth === 0 ? 1 : truth === k - 1 ? k - 2 : truth + (rand() < 0.5 ? -1 : 1);
          unit.push(Math.max(0, Math.min(k - 1, v)));
        }
        units.push(unit);
      }
      const a = alphaOf(coincidences(units), 'ordinal').alpha;
      if (a !== null) alphas.push(a);
    }
    alphas.sort((x, y) => x - y);
    const mean = alphas.length === 0 ? null : roundTo(alphas.reduce((s, x) => s + x, 0) / alphas.length, 3);
    const low = alphas.length === 0 ? null : roundTo(alphas[Math.floor(alphas.length * 0.05)]!, 3);
    return { id: q.id, options: q.options.length, mean, low, fragile: low !== null && low < AMBIGUOUS_BELOW };
  });
  return { model: m, questions };
}

