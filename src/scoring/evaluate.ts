import type { Answers } from '../answers/model.js';
import type { Level, Question, Rubric } from '../rubric/model.js';
import { round1 } from './round.js';
import { evidenceFlags, type EvidenceFlag } from '../evidence/flags.js';
import { monthsBefore } from '../evidence/dates.js';
import { levelFor, prepare, questionStates, type QuestionState } from './states.js';
import { contradictionFlags, contradictions } from './contradictions.js';

/** Running sums of one recommendation: applicable weight, and weight × counted score. */
export interface RecSums {
  weight: number;
  /** Σ over applicable questions (unanswered as 0). */
  applicable: number;
  weighted: number;
  /** Σ over answered questions only, for `answeredScore`. */
  answered: number;
  answeredWeighted: number;
}

export const isApplicable = (s: QuestionState) => s.status === 'answered' || s.status === 'unanswered';

/**
 * The method's figures for one answer file, before any text: question states, each
 * recommendation's sums, the overall, the coverage floor and the level with the weakest-link
 * cap. `scoreAnswers` builds the Report on it and `summarizeAnswers` a batch's summary row,
 * so the two can never disagree on a number.
 */
export interface Evaluation {
  states: Map<string, QuestionState>;
  sums: Map<string, RecSums>;
  exactOverall: number;
  overallScore: number | null;
  totalRecWeight: number;
  /** The score over answered questions only, unrounded; null when nothing was answered. */
  answeredOverall: number | null;
  applicable: number;
  answered: number;
  required: number;
  missing: number;
  complete: boolean;
  uncappedIndex: number;
  /** The level index reached after the weakest-link cap (-1: none), and the recommendation or `module:<gate>` that capped it. */
  cap: { index: number; by: string | null };
  /** Each module (the questions one gate gates) that applies: its score, unrounded, or null without weight. */
  /** The flags for the auditor (they change no score). */
  flags: readonly EvidenceFlag[];
  modules: ReadonlyArray<{ gate: string; questions: readonly Question[]; weight: number; weighted: number; score: number | null; applicable: number; answered: number }>;
  overallLevel: Level | undefined;
}

export const recRaw = (s: RecSums) => (s.applicable > 0 ? (100 * s.weighted) / s.applicable : null);
export const recAnswered = (s: RecSums) => (s.answered > 0 ? (100 * s.answeredWeighted) / s.answered : null);

/** The index of the level a score (as shown) reaches, or -1. */
export function levelIndexOf(rubric: Rubric, score: number): number {
  const level = levelFor(rubric.levels, score);
  return level ? rubric.levels.indexOf(level) : -1;
}

/** Everything `Evaluation` holds but the flags for the auditor, which change no figure. */
export type Figures = Omit<Evaluation, 'flags'>;

/**
 * The method's figures for one answer file (see `Evaluation`), with the flags for the auditor.
 */
export function evaluate(rubric: Rubric, answers: Answers): Evaluation {
  const figures = evaluateFigures(rubric, answers);
  return { ...figures, flags: flagsOf(rubric, answers, figures.states) };
}

/**
 * `evaluate` without the flags for the auditor: every score, the coverage and the level with
 * its cap, and nothing that only a report or a summary row shows. Linear in the questions.
 */
export function evaluateFigures(rubric: Rubric, answers: Answers): Figures {
  const { scoring } = rubric;
  const states = questionStates(rubric, answers);
  const sums = new Map<string, RecSums>(
    rubric.recommendations.map((r) => [r.id, { weight: r.weight, applicable: 0, weighted: 0, answered: 0, answeredWeighted: 0 }]),
  );
  for (const q of rubric.questions) {
    const state = states.get(q.id)!;
    if (!isApplicable(state)) continue;
    for (const ref of q.recommendations) {
      const s = sums.get(ref.id)!;
      const w = q.weight * ref.weight;
      s.applicable += w;
      if (state.status === 'answered') {
        s.weighted += w * state.counted!.score;
        s.answered += w;
        s.answeredWeighted += w * state.counted!.score;
      }
    }
  }

  let totalRecWeight = 0;
  let overallRaw = 0;
  let answeredRecWeight = 0;
  let answeredRaw = 0;
  for (const s of sums.values()) {
    const score = recRaw(s);
    if (score !== null) {
      totalRecWeight += s.weight;
      overallRaw += s.weight * score;
    }
    const a = recAnswered(s);
    if (a !== null) {
      answeredRecWeight += s.weight;
      answeredRaw += s.weight * a;
    }
  }
  const exactOverall = totalRecWeight > 0 ? overallRaw / totalRecWeight : 0;
  const overallScore = totalRecWeight > 0 ? round1(exactOverall) : null;

  // Coverage floor: answered ÷ applicable, counted in whole answers so that no float
  // rounding decides whether a file is complete.
  let applicable = 0;
  let answered = 0;
  for (const q of rubric.questions) {
    const state = states.get(q.id)!;
    if (isApplicable(state)) applicable++;
    if (state.status === 'answered') answered++;
  }
  const required = applicable === 0 ? 0 : Math.ceil(scoring.minCoverage * applicable - 1e-9);
  const missing = Math.max(0, required - answered);
  const complete = applicable > 0 && missing === 0 && overallScore !== null;

  // Each recommendation's level by the same thresholds, from its score as shown.
  const recLevelIndex = new Map<string, number>();
  for (const r of rubric.recommendations) {
    const raw = recRaw(sums.get(r.id)!);
    if (raw !== null) recLevelIndex.set(r.id, levelIndexOf(rubric, round1(raw)));
  }
  // Modules (SPEC.md "Modules in the weakest link"): the questions one gate gates, while any applies.
  const modules: Evaluation['modules'][number][] = [];
  for (const [gate, qs] of prepare(rubric).modules) {
    const { weight, weighted, applicable: applicableIn, answered: answeredIn } = applicableSums(qs, states);
    if (applicableIn === 0) continue;
    modules.push({ gate, questions: qs, weight, weighted, score: weight > 0 ? (100 * weighted) / weight : null, applicable: applicableIn, answered: answeredIn });
  }
  /**
   * The level index reached, capped by the weakest link: the lowest level of a recommendation
   * that has a veto (`veto: false` is left out) or of a module that applies; and what capped it.
   */
  const capped = (uncapped: number): { index: number; by: string | null } => {
    if (scoring.weakestLink === null) return { index: uncapped, by: null };
    let lowest = Infinity;
    let by: string | null = null;
    for (const r of rubric.recommendations) {
      const index = recLevelIndex.get(r.id);
      if (r.veto && index !== undefined && index < lowest) {
        lowest = index;
        by = r.id;
      }
    }
    for (const mod of modules) {
      if (mod.score === null) continue;
      const index = levelIndexOf(rubric, round1(mod.score));
      if (index < lowest) {
        lowest = index;
        by = `module:${mod.gate}`;
      }
    }
    if (lowest === Infinity) return { index: uncapped, by: null };
    const cap = lowest + scoring.weakestLink;
    return uncapped > cap ? { index: cap, by } : { index: uncapped, by: null };
  };
  const uncappedIndex = overallScore === null ? -1 : levelIndexOf(rubric, overallScore);
  const cap = complete ? capped(uncappedIndex) : { index: -1, by: null };
  const overallLevel = complete && cap.index >= 0 ? rubric.levels[cap.index] : undefined;
  return {
    states,
    sums,
    exactOverall,
    overallScore,
    totalRecWeight,
    answeredOverall: answeredRecWeight > 0 ? answeredRaw / answeredRecWeight : null,
    applicable,
    answered,
    required,
    missing,
    complete,
    uncappedIndex,
    cap,
    overallLevel,
    modules,
  };
}

/**
 * The flags for the auditor: the evidence flags and the contradictions between answers, in
 * the rubric's order of questions (each question's evidence flags first).
 */
function flagsOf(rubric: Rubric, answers: Answers, states: ReadonlyMap<string, QuestionState>): EvidenceFlag[] {
  // Old documents: dated more than `oldAfterMonths` before the assessment date (or the day the
  // file was read), on a claim its rung's own period has not already refused (`too-old`).
  const { oldAfterMonths } = rubric.scoring;
  const day = answers.checkedOn ?? answers.date;
  const cutOff = oldAfterMonths === null || day === undefined ? undefined : monthsBefore(day, oldAfterMonths);
  // A document counts as cited where the file answers with it: an option or an n/a.
  const flags = evidenceFlags(
    rubric.questions,
    answers,
    rubric.scoring.maxCitations,
    (q) => {
      const st = states.get(q.id)!;
      return st.status === 'answered' || st.status === 'declared-na' || st.na === true;
    },
    (q) => (cutOff === undefined || states.get(q.id)!.reason === 'too-old' ? undefined : cutOff),
  );
  const found = contradictions(rubric, answers);
  if (found.length === 0) return flags;
  const order = new Map(rubric.questions.map((q, i) => [q.id, i]));
  // A stable sort: each question's flags keep their order, evidence before contradiction.
  return [...flags, ...contradictionFlags(found)].sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** Mean counted score (0..100) over the applicable questions of a problem area or risk category. */
export function sectionMean(rubric: Rubric, states: ReadonlyMap<string, QuestionState>, id: string) {
  const qs = rubric.questions.filter((q) => q.area === id);
  const { weight, weighted, applicable, answered } = applicableSums(qs, states);
  return { mean: weight > 0 ? (100 * weighted) / weight : null, answered, applicable, total: qs.length };
}

/**
 * The weighted sums over the applicable questions of a group (a module, a section): their
 * weights, their weighted counted scores (an unanswered one counting 0), how many apply and
 * how many of those are answered.
 */
function applicableSums(qs: Iterable<Question>, states: ReadonlyMap<string, QuestionState>) {
  let weight = 0;
  let weighted = 0;
  let applicable = 0;
  let answered = 0;
  for (const q of qs) {
    const state = states.get(q.id)!;
    if (!isApplicable(state)) continue;
    applicable++;
    if (state.status === 'answered') answered++;
    weight += q.weight;
    weighted += q.weight * (state.counted?.score ?? 0);
  }
  return { weight, weighted, applicable, answered };
}
