import { NA, type Answers } from '../answers/model.js';
import { pick, type Lang } from '../i18n/lang.js';
import type { Level, Option, Question, Rubric } from '../rubric/model.js';
import type { Report } from '../report/schema.js';
import { REPORT_SCHEMA_VERSION } from '../report/version.js';
import { round1, round2, round3 } from './round.js';
import { gateScenarios } from '../rubric/shares.js';
import { evidenceText } from '../evidence/describe.js';

export interface ScoreOptions {
  /** The report's language, already resolved (`--lang`, else the file's, else the rubric's first). */
  lang: Lang;
  tool: { name: string; version: string };
  /** Warnings from loading (another rubric version, migrations), carried into the report. */
  warnings?: readonly string[];
}

/** Where a question stands for one answer file (SPEC.md "Method"). */
export type QuestionStatus =
  /** answered with an option */
  | 'answered'
  /** applicable and blank: counts as 0 */
  | 'unanswered'
  /** answered `n/a` with a justification: leaves the score and the coverage */
  | 'declared-na'
  /** its gate's answer excludes it: leaves the score and the coverage */
  | 'gated';

/** One question's state: what was chosen, and what counts. */
export interface QuestionState {
  status: QuestionStatus;
  /** The option chosen (answered only). */
  chosen?: Option;
  /** The option that counts: the chosen one, or the best below `evidenceFrom` when an unsupported claim is downgraded. */
  counted?: Option;
  /**
   * A claim without an entry in `evidence`: an option at or above `evidenceFrom`, or a gate's
   * answer that would close questions (see `needsEvidence`).
   */
  unsupported: boolean;
}

interface Prepared {
  /** Each question's recommendations in the rubric's order of recommendations. */
  refs: ReadonlyMap<Question, Question['recommendations']>;
  /** Questions that gate others: changing their answer changes what applies. */
  gates: ReadonlySet<string>;
  /** Per gate, the options that close at least one of the questions it gates. */
  closing: ReadonlyMap<Question, ReadonlySet<string>>;
  byId: ReadonlyMap<string, Question>;
  questionsByRec: ReadonlyMap<string, readonly Question[]>;
  /** The best option below `evidenceFrom`, per question (for `unsupported: downgrade`). */
  downgrade: ReadonlyMap<Question, Option>;
  best: ReadonlyMap<Question, Option>;
  /** Each question's options from the lowest score up. */
  ascending: ReadonlyMap<Question, readonly Option[]>;
  /** Each question's weight in each recommendation it feeds. */
  refWeight: ReadonlyMap<Question, ReadonlyMap<string, number>>;
}

const prepared = new WeakMap<Rubric, Prepared>();

/**
 * What scoring needs from a rubric beyond the rubric itself, worked out once per rubric: a
 * batch scores thousands of files against the same one. Recommendations are ordered as the
 * rubric lists them, not as a question's map was written, so reordering keys changes
 * neither a report nor a float sum.
 */
function prepare(rubric: Rubric): Prepared {
  let p = prepared.get(rubric);
  if (p) return p;
  const rank = new Map(rubric.recommendations.map((r, i) => [r.id, i]));
  const questionsByRec = new Map<string, Question[]>(rubric.recommendations.map((r) => [r.id, []]));
  for (const q of rubric.questions) for (const ref of q.recommendations) questionsByRec.get(ref.id)!.push(q);
  const downgrade = new Map<Question, Option>();
  const from = rubric.scoring.evidenceFrom;
  for (const q of rubric.questions) {
    if (from === null) break;
    const below = q.options.filter((o) => o.score < from);
    if (below.length > 0) downgrade.set(q, below.reduce((a, b) => (b.score > a.score ? b : a)));
  }
  const byId = new Map(rubric.questions.map((q) => [q.id, q]));
  const closing = new Map<Question, Set<string>>();
  for (const sc of gateScenarios(rubric)) {
    const gate = byId.get(sc.gate)!;
    closing.set(gate, (closing.get(gate) ?? new Set<string>()).add(sc.option));
  }
  p = {
    closing,
    refs: new Map(rubric.questions.map((q) => [q, [...q.recommendations].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)])),
    gates: new Set(rubric.questions.flatMap((q) => (q.when ? [q.when.question] : []))),
    byId,
    questionsByRec,
    downgrade,
    best: new Map(rubric.questions.map((q) => [q, q.options.reduce((a, b) => (b.score > a.score ? b : a))])),
    ascending: new Map(rubric.questions.map((q) => [q, [...q.options].sort((a, b) => a.score - b.score)])),
    refWeight: new Map(rubric.questions.map((q) => [q, new Map(q.recommendations.map((ref) => [ref.id, ref.weight]))])),
  };
  prepared.set(rubric, p);
  return p;
}

/** Whether answering gate `q` with `optionId` would take at least one of its questions out. */
export function closesQuestions(rubric: Rubric, q: Question, optionId: string): boolean {
  return prepare(rubric).closing.get(q)?.has(optionId) ?? false;
}

/**
 * Whether choosing `option` for `q` needs an entry in `evidence` (SPEC.md "Method",
 * Evidence): with `evidenceFrom` set, an option scoring that or more, and a gate's answer
 * that would close questions. Saying "none of this applies to us" is a claim too: it takes
 * whole questions out of the score, so it stands only with its document. Without one the
 * questions it would close stay applicable (see `questionStates`).
 */
export function needsEvidence(rubric: Rubric, q: Question, option: Option): boolean {
  const from = rubric.scoring.evidenceFrom;
  if (from === null) return false;
  return option.score >= from || closesQuestions(rubric, q, option.id);
}

/** The level a score reaches, applied to the score as shown (one decimal). */
export function levelFor(levels: readonly Level[], score: number): Level | undefined {
  let found: Level | undefined;
  for (const level of levels) if (score >= level.min) found = level;
  return found;
}

/**
 * Each question's status for an answer file: applicability through `when` gates (a gate's
 * own gate first; while a gate is unanswered its questions count as applicable and
 * unanswered; a gate's answer that would close them without its evidence, when the rubric
 * sets `evidenceFrom`, closes nothing), `n/a`, and unsupported claims. Pure.
 */
export function questionStates(rubric: Rubric, answers: Answers): Map<string, QuestionState> {
  const { byId, downgrade } = prepare(rubric);
  const { evidenceFrom, unsupported } = rubric.scoring;
  const states = new Map<string, QuestionState>();
  const applies = (q: Question, depth: number): boolean => {
    if (!q.when) return true;
    const gate = byId.get(q.when.question);
    // validate refuses unknown gates and cycles; a depth guard keeps an unchecked rubric finite.
    if (!gate || depth > rubric.questions.length) return true;
    if (!applies(gate, depth + 1)) return false;
    const answer = answers.answers.get(gate.id);
    if (answer === undefined) return true;
    if (answer === NA) return false;
    if (q.when.in.includes(answer)) return true;
    // An unsupported "this does not apply to us" takes nothing out of the score.
    return evidenceFrom !== null && !answers.evidence.has(gate.id);
  };
  for (const q of rubric.questions) {
    if (!applies(q, 0)) {
      states.set(q.id, { status: 'gated', unsupported: false });
      continue;
    }
    const answer = answers.answers.get(q.id);
    if (answer === NA) {
      states.set(q.id, { status: 'declared-na', unsupported: false });
      continue;
    }
    const chosen = answer === undefined ? undefined : q.options.find((o) => o.id === answer);
    if (!chosen) {
      states.set(q.id, { status: 'unanswered', unsupported: false });
      continue;
    }
    const claim = !answers.evidence.has(q.id) && needsEvidence(rubric, q, chosen);
    const counted = claim && unsupported === 'downgrade' ? (downgrade.get(q) ?? chosen) : chosen;
    states.set(q.id, { status: 'answered', chosen, counted, unsupported: claim });
  }
  return states;
}

/** Running sums of one recommendation: applicable weight, and weight × counted score. */
interface RecSums {
  weight: number;
  /** Σ over applicable questions (unanswered as 0). */
  applicable: number;
  weighted: number;
  /** Σ over answered questions only, for `answeredScore`. */
  answered: number;
  answeredWeighted: number;
}

const isApplicable = (s: QuestionState) => s.status === 'answered' || s.status === 'unanswered';

/**
 * The method's figures for one answer file, before any text: question states, each
 * recommendation's sums, the overall, the coverage floor and the level with the weakest-link
 * cap. `scoreAnswers` builds the Report on it and `summarizeAnswers` a batch's summary row,
 * so the two can never disagree on a number.
 */
interface Evaluation {
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
  /** The level index reached after the weakest-link cap (-1: none), and the recommendation that capped it. */
  cap: { index: number; by: string | null };
  overallLevel: Level | undefined;
}

const recRaw = (s: RecSums) => (s.applicable > 0 ? (100 * s.weighted) / s.applicable : null);
const recAnswered = (s: RecSums) => (s.answered > 0 ? (100 * s.answeredWeighted) / s.answered : null);

/** The index of the level a score (as shown) reaches, or -1. */
function levelIndexOf(rubric: Rubric, score: number): number {
  const level = levelFor(rubric.levels, score);
  return level ? rubric.levels.indexOf(level) : -1;
}

function evaluate(rubric: Rubric, answers: Answers): Evaluation {
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
  /** The level index reached, capped by the weakest link, and the recommendation that capped it. */
  const capped = (uncapped: number): { index: number; by: string | null } => {
    if (scoring.weakestLink === null || recLevelIndex.size === 0) return { index: uncapped, by: null };
    let lowest = Infinity;
    let by: string | null = null;
    for (const r of rubric.recommendations) {
      const index = recLevelIndex.get(r.id);
      if (index !== undefined && index < lowest) {
        lowest = index;
        by = r.id;
      }
    }
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
  };
}

/** Mean counted score (0..100) over the applicable questions of a problem area or risk category. */
function sectionMean(rubric: Rubric, states: ReadonlyMap<string, QuestionState>, id: string) {
  let weight = 0;
  let sum = 0;
  let answeredIn = 0;
  let applicableIn = 0;
  let total = 0;
  for (const q of rubric.questions) {
    if (q.area !== id) continue;
    total++;
    const state = states.get(q.id)!;
    if (!isApplicable(state)) continue;
    applicableIn++;
    if (state.status === 'answered') answeredIn++;
    weight += q.weight;
    sum += q.weight * (state.counted?.score ?? 0);
  }
  return { mean: weight > 0 ? (100 * sum) / weight : null, answered: answeredIn, applicable: applicableIn, total };
}

/** A question's result in a summary: the counted option's score (0..1), or one of these. */
export const SUMMARY_UNANSWERED = -1;
export const SUMMARY_NOT_APPLICABLE = -2;

/**
 * The figures of a Report that a batch summary shows, without the texts, the traces, the
 * gaps and the route to the next level that a full report builds. Every number comes from
 * the same evaluation as `scoreAnswers`, so it equals the one in the full report.
 */
export interface ScoreSummary {
  overall: number | null;
  /** The overall level's id, after the weakest-link cap; null when incomplete or below every level. */
  level: string | null;
  coverage: number;
  answeredScore: number | null;
  status: 'complete' | 'incomplete';
  /** Claims without evidence. */
  unsupported: number;
  /** Questions that do not apply (gated or declared n/a). */
  notApplicable: number;
  /** In the rubric's order of recommendations. */
  recommendations: Array<number | null>;
  /** Exposure per risk category, in the rubric's order. */
  risks: Array<number | null>;
  /**
   * Per question in the rubric's order: the counted score, `SUMMARY_UNANSWERED`, or
   * `SUMMARY_NOT_APPLICABLE` (gated, declared n/a, or feeding no recommendation).
   */
  questions: number[];
  /** The recommendation that capped the level (weakest link), and the level the score alone reaches; null when not capped. */
  cappedBy: string | null;
  uncappedLevel: string | null;
}

/** `scoreAnswers` reduced to the figures of `ScoreSummary`. Pure. */
export function summarizeAnswers(rubric: Rubric, answers: Answers): ScoreSummary {
  const e = evaluate(rubric, answers);
  let unsupported = 0;
  let notApplicable = 0;
  const questions: number[] = [];
  for (const q of rubric.questions) {
    const state = e.states.get(q.id)!;
    if (state.unsupported) unsupported++;
    const na = state.status === 'gated' || state.status === 'declared-na';
    if (na) notApplicable++;
    questions.push(na || q.recommendations.length === 0 ? SUMMARY_NOT_APPLICABLE : state.counted ? state.counted.score : SUMMARY_UNANSWERED);
  }
  return {
    overall: e.overallScore,
    level: e.overallLevel?.id ?? null,
    coverage: e.applicable > 0 ? round3(e.answered / e.applicable) : 0,
    answeredScore: e.answeredOverall === null ? null : round1(e.answeredOverall),
    status: e.complete ? 'complete' : 'incomplete',
    unsupported,
    notApplicable,
    recommendations: rubric.recommendations.map((r) => {
      const raw = recRaw(e.sums.get(r.id)!);
      return raw === null ? null : round1(raw);
    }),
    risks: rubric.riskCategories.map((s) => {
      const { mean } = sectionMean(rubric, e.states, s.id);
      return mean === null ? null : round1(100 - mean);
    }),
    questions,
    cappedBy: e.cap.by,
    uncappedLevel: e.cap.by !== null && e.uncappedIndex >= 0 ? (rubric.levels[e.uncappedIndex]?.id ?? null) : null,
  };
}

/**
 * Scores answers against a rubric: the pure heart of the tool. No file system, no clock,
 * no console: the same rubric and answers give the same Report, byte for byte.
 *
 * The method (SPEC.md "Method"): a recommendation's score is 100 × the weighted mean over
 * its applicable questions, an unanswered one counting as 0; the overall is the weighted
 * mean of the recommendation scores that exist. Below the coverage floor there is no
 * level; the weakest-link rule caps the level; claims without evidence are flagged or
 * downgraded.
 */
export function scoreAnswers(rubric: Rubric, answers: Answers, options: ScoreOptions): Report {
  const { lang } = options;
  const { refs, gates, questionsByRec, best, ascending, refWeight } = prepare(rubric);
  const { scoring } = rubric;
  // A text missing in the asked language falls back to the rubric's languages in their
  // order, never to whichever key the author happened to write first.
  const fallback = [lang, ...rubric.languages];
  const t = (texts: Readonly<Record<string, string>> | undefined) => {
    const found = texts && fallback.find((l) => Object.hasOwn(texts, l));
    return found ? texts[found]! : pick(texts, lang);
  };
  const e = evaluate(rubric, answers);
  const { states, sums, exactOverall, overallScore, totalRecWeight, applicable, answered, required, missing, complete, uncappedIndex, cap, overallLevel } = e;
  const stateOf = (q: Question) => states.get(q.id)!;
  const counted = (q: Question) => stateOf(q).counted?.score ?? 0;

  // The overall is linear in each applicable question's counted score (applicability, and
  // so every denominator, is fixed by the answers to gates), so each non-gate question has
  // a fixed slope: the overall points one full unit of its score is worth.
  const slopes = new Map<Question, number>();
  const slope = (q: Question): number => {
    let cached = slopes.get(q);
    if (cached === undefined) {
      let sum = 0;
      for (const ref of refs.get(q)!) {
        const s = sums.get(ref.id)!;
        if (s.applicable > 0) sum += (s.weight * 100 * q.weight * ref.weight) / s.applicable;
      }
      cached = totalRecWeight === 0 ? 0 : sum / totalRecWeight;
      slopes.set(q, cached);
    }
    return cached;
  };
  const levelIndex = (score: number) => levelIndexOf(rubric, score);

  const levelRef = (level: Level | undefined) => (level ? { id: level.id, label: t(level.label), min: level.min } : null);
  const optionRef = (o: Option) => ({ id: o.id, label: t(o.label), score: o.score });

  // Gaps: applicable questions below their best, answered or blank (answering is a change
  // too), ranked by what reaching the best would add. Gates are left out: changing a gate
  // changes what applies, not a score.
  const gapList = rubric.questions
    .filter((q) => isApplicable(stateOf(q)) && !gates.has(q.id) && counted(q) < best.get(q)!.score && slope(q) > 0)
    .map((q, order) => ({ q, order, gainRaw: slope(q) * (best.get(q)!.score - counted(q)) }))
    .sort((a, b) => b.gainRaw - a.gainRaw || a.order - b.order);

  const next = complete && overallLevel ? nextLevelRoute() : null;

  /**
   * A short route to the next level, in two phases. First, while the weakest link would
   * hold the target level down, each recommendation below the level it needs is raised by
   * its own most valuable gaps. Then the gaps that add the most to the overall, largest
   * first: with the recommendations' denominators fixed, that is the fewest changes (the
   * overall is linear in each answer). The last change of each phase takes the lowest
   * option that suffices. Linear in the number of questions.
   */
  function nextLevelRoute(): Report['overall']['next'] {
    const target = cap.index + 1;
    const nextLevel = rubric.levels[target];
    if (!nextLevel) return null;
    const recIds = rubric.recommendations.map((r) => r.id);
    const recIndex = new Map(recIds.map((id, i) => [id, i]));
    const den = recIds.map((id) => sums.get(id)!.applicable);
    const num = recIds.map((id) => sums.get(id)!.weighted);
    const level = new Map<Question, number>(); // the counted score of each changed question
    let running = exactOverall;
    const recLevel = (i: number) => levelIndex(round1((100 * num[i]!) / den[i]!));
    const reached = () => {
      const uncapped = levelIndex(round1(running));
      if (uncapped < target) return false;
      if (scoring.weakestLink === null) return true;
      for (let i = 0; i < recIds.length; i++) if (den[i]! > 0 && recLevel(i) + scoring.weakestLink < target) return false;
      return true;
    };
    const current = (q: Question) => level.get(q) ?? counted(q);
    const apply = (q: Question, to: number) => {
      const delta = to - current(q);
      for (const ref of q.recommendations) num[recIndex.get(ref.id)!]! += q.weight * ref.weight * delta;
      running += slope(q) * delta;
      level.set(q, to);
    };
    const changes: NonNullable<Report['overall']['next']>['changes'] = [];
    const change = (q: Question, done: () => boolean) => {
      const before = running;
      const from = stateOf(q).counted;
      // The lowest option above the current one that makes `done` true; else the best.
      const start = current(q);
      let to = best.get(q)!;
      for (const o of ascending.get(q)!) {
        if (o.score <= start) continue;
        apply(q, o.score);
        const ok = done();
        apply(q, start);
        if (ok) {
          to = o;
          break;
        }
      }
      apply(q, to.score);
      changes.push({ question: q.id, text: t(q.text), from: from ? optionRef(from) : null, to: optionRef(to), gain: round1(running - before) });
    };
    const left = new Set(gapList.map((g) => g.q));

    if (scoring.weakestLink !== null) {
      const need = target - scoring.weakestLink;
      for (let i = 0; i < recIds.length; i++) {
        if (den[i]! === 0 || recLevel(i) >= need) continue;
        const own = gapList
          .filter((g) => left.has(g.q) && g.q.recommendations.some((ref) => ref.id === recIds[i]))
          .map((g, order) => {
            const ref = g.q.recommendations.find((x) => x.id === recIds[i])!;
            return { q: g.q, order, gain: g.q.weight * ref.weight * (best.get(g.q)!.score - current(g.q)) };
          })
          .sort((a, b) => b.gain - a.gain || a.order - b.order);
        for (const { q } of own) {
          if (recLevel(i) >= need) break;
          left.delete(q);
          change(q, () => recLevel(i) >= need);
        }
        if (recLevel(i) < need) return unreachable();
      }
    }
    for (const { q } of gapList) {
      if (reached()) break;
      if (!left.has(q)) continue;
      left.delete(q);
      change(q, reached);
    }
    if (!reached()) return unreachable();
    return { level: levelRef(nextLevel)!, pointsNeeded: round1(Math.max(0, nextLevel.min - overallScore!)), reachable: true, changes };

    function unreachable(): Report['overall']['next'] {
      return { level: levelRef(nextLevel)!, pointsNeeded: round1(Math.max(0, nextLevel!.min - overallScore!)), reachable: false, changes: [] };
    }
  }

  const recommendations = rubric.recommendations.map((r) => {
    const s = sums.get(r.id)!;
    const raw = recRaw(s);
    const score = raw === null ? null : round1(raw);
    const answeredRaw = recAnswered(s);
    const level = score === null ? undefined : levelFor(rubric.levels, score);
    const qs = questionsByRec.get(r.id)!;
    let gain = 0;
    let answeredCount = 0;
    let applicableCount = 0;
    const trace = qs.map((q) => {
      const state = stateOf(q);
      const w = q.weight * refWeight.get(q)!.get(r.id)!;
      const applies = isApplicable(state);
      if (applies) applicableCount++;
      if (state.status === 'answered') answeredCount++;
      if (applies && !gates.has(q.id)) gain += slope(q) * (best.get(q)!.score - counted(q));
      const comment = answers.comments.get(q.id);
      const ref = answers.evidence.get(q.id);
      const evidence = ref === undefined ? undefined : evidenceText(ref, answers.documents);
      return {
        id: q.id,
        text: t(q.text),
        area: q.area,
        status: state.status,
        option: state.chosen ? optionRef(state.chosen) : null,
        ...(state.counted && state.counted !== state.chosen ? { countedAs: optionRef(state.counted) } : {}),
        ...(state.unsupported ? { unsupported: true as const } : {}),
        weight: w,
        contribution: applies && s.applicable > 0 ? round2((100 * w * counted(q)) / s.applicable) : null,
        ...(evidence !== undefined ? { evidence } : {}),
        ...(comment !== undefined ? { comment } : {}),
      };
    });
    return {
      id: r.id,
      title: t(r.title),
      ...(r.description ? { description: t(r.description) } : {}),
      weight: r.weight,
      score,
      answeredScore: answeredRaw === null ? null : round1(answeredRaw),
      level: levelRef(level),
      gap: score === null ? null : round1(100 - score),
      gain: round1(gain),
      actions: t(r.actions[(level ?? rubric.levels[0]!).id]),
      examples: r.examples.map((e) => t(e)),
      answered: answeredCount,
      applicable: applicableCount,
      total: trace.length,
      questions: trace,
    };
  });

  const sectionScore = (id: string) => sectionMean(rubric, states, id);

  const cappedBy = cap.by === null ? null : recommendations.find((r) => r.id === cap.by)!;
  const r = answers.respondent;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: options.tool.name, version: options.tool.version },
    rubric: { id: rubric.id, version: rubric.version, sha256: rubric.sha256, title: t(rubric.title) },
    respondent: {
      organization: r.organization,
      ...(r.unit !== undefined ? { unit: r.unit } : {}),
      ...(r.name !== undefined ? { name: r.name } : {}),
      ...(r.position !== undefined ? { position: r.position } : {}),
      ...(r.type !== undefined ? { type: r.type } : {}),
      ...(r.region !== undefined ? { region: r.region } : {}),
    },
    language: lang,
    answersRubricVersion: answers.rubric.version,
    method: {
      minCoverage: scoring.minCoverage,
      weakestLink: scoring.weakestLink,
      evidenceFrom: scoring.evidenceFrom,
      unsupported: scoring.unsupported,
    },
    overall: {
      score: overallScore,
      answeredScore: e.answeredOverall === null ? null : round1(e.answeredOverall),
      level: levelRef(overallLevel),
      status: complete ? 'complete' : 'incomplete',
      coverage: applicable > 0 ? round3(answered / applicable) : 0,
      answered,
      applicable,
      total: rubric.questions.length,
      required,
      missing,
      uncappedLevel: complete && cappedBy ? levelRef(rubric.levels[uncappedIndex]) : null,
      cappedBy: cappedBy ? { id: cappedBy.id, title: cappedBy.title, score: cappedBy.score!, level: cappedBy.level } : null,
      next,
    },
    levels: rubric.levels.map((l) => ({
      id: l.id,
      label: t(l.label),
      min: l.min,
      ...(l.description ? { description: t(l.description) } : {}),
    })),
    recommendations,
    gaps: gapList.map(({ q, gainRaw }) => {
      const state = stateOf(q);
      return {
        question: q.id,
        text: t(q.text),
        area: q.area,
        recommendations: refs.get(q)!.map((ref) => ref.id),
        option: state.counted ? optionRef(state.counted) : null,
        best: optionRef(best.get(q)!),
        gain: round1(gainRaw),
      };
    }),
    problemAreas: rubric.problemAreas.map((s) => {
      const { mean, answered: a, applicable: n, total } = sectionScore(s.id);
      return { id: s.id, title: t(s.title), score: mean === null ? null : round1(mean), answered: a, applicable: n, total };
    }),
    riskCategories: rubric.riskCategories.map((s) => {
      const { mean, answered: a, applicable: n, total } = sectionScore(s.id);
      return { id: s.id, title: t(s.title), exposure: mean === null ? null : round1(100 - mean), answered: a, applicable: n, total };
    }),
    unanswered: rubric.questions
      .filter((q) => stateOf(q).status === 'unanswered')
      .map((q) => ({ id: q.id, text: t(q.text), area: q.area, ...(q.unit !== undefined ? { unit: q.unit } : {}) })),
    notApplicable: rubric.questions.flatMap((q): Report['notApplicable'] => {
      const state = stateOf(q);
      if (state.status === 'declared-na') {
        const ref = answers.evidence.get(q.id);
        const justification = answers.comments.get(q.id) ?? (ref === undefined ? '' : evidenceText(ref, answers.documents));
        return [{ id: q.id, text: t(q.text), area: q.area, reason: 'declared' as const, label: t(q.notApplicable), justification }];
      }
      if (state.status === 'gated') {
        const gate = q.when!.question;
        const answer = answers.answers.get(gate);
        const gateQ = prepare(rubric).byId.get(gate)!;
        const option = gateQ.options.find((o) => o.id === answer);
        return [{
          id: q.id,
          text: t(q.text),
          area: q.area,
          reason: 'gated' as const,
          gate: { question: gate, text: t(gateQ.text), answer: option ? optionRef(option) : null },
        }];
      }
      return [];
    }),
    unsupported: rubric.questions.flatMap((q) => {
      const state = stateOf(q);
      if (!state.unsupported) return [];
      return [{
        id: q.id,
        text: t(q.text),
        area: q.area,
        option: optionRef(state.chosen!),
        countedAs: state.counted !== state.chosen ? optionRef(state.counted!) : null,
        ...(q.evidence ? { evidence: t(q.evidence) } : {}),
      }];
    }),
    warnings: [...(options.warnings ?? [])],
  };
}
