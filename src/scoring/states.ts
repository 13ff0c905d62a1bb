import { NA, type Answers } from '../answers/model.js';
import { classifyEvidence, type EvidenceClass } from '../evidence/classify.js';
import { fromOtherUnit } from '../evidence/flags.js';
import type { UnsupportedReason } from '../evidence/model.js';
import { isSubstantive } from '../evidence/placeholder.js';
import type { Level, Option, Question, Rubric } from '../rubric/model.js';
import { gateScenarios } from '../rubric/shares.js';
import { contradictedAnswers, contradictions } from './contradictions.js';

/** Where a question stands for one answer file (SPEC.md "Method"). */
export type QuestionStatus =
  /** answered with an option */
  | 'answered'
  /** applicable and blank, or an `n/a` without its justification: counts as 0 */
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
   * A claim its evidence does not support: an option at or above `evidenceFrom`, a gate's
   * answer that would close questions (see `needsEvidence`), or an `n/a` without its
   * justification (then `status` is `unanswered` and `na` is set).
   */
  unsupported: boolean;
  /** Why it is unsupported. */
  reason?: UnsupportedReason;
  /** An `n/a` that does not count. */
  na?: true;
}

/** What scoring needs from a rubric beyond the rubric itself, worked out once per rubric. */
export interface Prepared {
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
  /** Modules: per gate id (in rubric order of gates), the questions it gates. */
  modules: ReadonlyMap<string, readonly Question[]>;
}

const prepared = new WeakMap<Rubric, Prepared>();

/**
 * What scoring needs from a rubric, worked out once per rubric: a batch scores thousands of
 * files against the same one. Recommendations are ordered as the rubric lists them, not as a
 * question's map was written, so reordering keys changes neither a report nor a float sum.
 */
export function prepare(rubric: Rubric): Prepared {
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
  const modules = new Map<string, Question[]>();
  for (const q of rubric.questions) {
    if (q.when && byId.has(q.when.question)) modules.set(q.when.question, [...(modules.get(q.when.question) ?? []), q]);
  }
  p = {
    closing,
    refs: new Map(rubric.questions.map((q) => [q, [...q.recommendations].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)])),
    gates: new Set(modules.keys()),
    byId,
    questionsByRec,
    downgrade,
    best: new Map(rubric.questions.map((q) => [q, q.options.reduce((a, b) => (b.score > a.score ? b : a))])),
    ascending: new Map(rubric.questions.map((q) => [q, [...q.options].sort((a, b) => a.score - b.score)])),
    refWeight: new Map(rubric.questions.map((q) => [q, new Map(q.recommendations.map((ref) => [ref.id, ref.weight]))])),
    modules,
  };
  prepared.set(rubric, p);
  return p;
}

/** Whether answering gate `q` with `optionId` would take at least one of its questions out. */
export function closesQuestions(rubric: Rubric, q: Question, optionId: string): boolean {
  return prepare(rubric).closing.get(q)?.has(optionId) ?? false;
}

/**
 * Whether choosing `option` for `q` needs evidence (SPEC.md "Method", Evidence): with
 * `evidenceFrom` set, an option scoring that or more, and a gate's answer that would close
 * questions. Saying "none of this applies to us" is a claim too: it takes whole questions
 * out of the score, so it stands only with its document.
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
 * Whether a question's evidence supports its answer: the one classifier (src/evidence/),
 * with the chosen option's period (`recentMonths`), and in a merged file evidence given only by another unit never does (`other-unit`).
 */
export function evidenceSupport(answers: Answers, q: Question): EvidenceClass {
  const ref = answers.evidence.get(q.id);
  if (ref !== undefined && fromOtherUnit(answers, q)) return { supported: false, reason: 'other-unit' };
  // Dates are checked against the assessment date, or without one against the day the file
  // was read (`checkedOn`); a rung that names a period asks for a document of that period.
  const date = answers.checkedOn ?? answers.date;
  const answer = answers.answers.get(q.id);
  const period = answer === undefined ? undefined : q.options.find((o) => o.id === answer);
  return classifyEvidence(ref, { documents: answers.documents, date, period });
}

/**
 * Why an `n/a` does not count, or undefined when it does: it needs a sentence of substance
 * in `comments` (see `isSubstantive`) and, where the rubric sets `evidenceFrom`, evidence
 * that names a document.
 */
export function naRefusal(rubric: Rubric, answers: Answers, q: Question): UnsupportedReason | undefined {
  if (!q.notApplicable) return 'missing';
  const comment = answers.comments.get(q.id);
  if (comment === undefined) return 'missing';
  if (!isSubstantive(comment)) return 'placeholder';
  if (rubric.scoring.evidenceFrom === null) return undefined;
  const support = evidenceSupport(answers, q);
  return support.supported ? undefined : support.reason;
}

/**
 * Each question's status for an answer file: applicability through `when` gates (a gate's
 * own gate first; while a gate is unanswered its questions count as applicable and
 * unanswered; a gate's answer that would close them without evidence that names a document,
 * when the rubric sets `evidenceFrom`, or that another of the file's answers contradicts (an
 * option's `implies`), closes nothing), `n/a` (counted only with its
 * justification), and unsupported claims with their reasons. Pure.
 */
export function questionStates(rubric: Rubric, answers: Answers): Map<string, QuestionState> {
  const { byId, downgrade } = prepare(rubric);
  // A gate's closing answer that another of the file's answers contradicts closes nothing.
  const contradicted = contradictedAnswers(contradictions(rubric, answers));
  const { evidenceFrom, unsupported } = rubric.scoring;
  const supports = new Map<string, EvidenceClass>();
  const support = (q: Question) => {
    let s = supports.get(q.id);
    if (s === undefined) supports.set(q.id, (s = evidenceSupport(answers, q)));
    return s;
  };
  const naRefused = new Map<string, UnsupportedReason | undefined>();
  const refusedNa = (q: Question) => {
    if (!naRefused.has(q.id)) naRefused.set(q.id, naRefusal(rubric, answers, q));
    return naRefused.get(q.id);
  };
  const applies = (q: Question, depth: number): boolean => {
    if (!q.when) return true;
    const gate = byId.get(q.when.question);
    // validate refuses unknown gates and cycles; a depth guard keeps an unchecked rubric finite.
    if (!gate || depth > rubric.questions.length) return true;
    if (!appliesOnce(gate, depth + 1)) return false;
    const answer = answers.answers.get(gate.id);
    if (answer === undefined) return true;
    // An `n/a` on the gate closes its questions only when it counts.
    if (answer === NA) return refusedNa(gate) !== undefined || contradicted.has(gate.id);
    if (q.when.in.includes(answer)) return true;
    if (contradicted.has(gate.id)) return true;
    // An unsupported "this does not apply to us" takes nothing out of the score.
    return evidenceFrom !== null && !support(gate).supported;
  };
  // Each question's applicability worked out once: a question below a chain of gates asks its
  // gate, which asks its own, and so on; remembered, each gate is walked once per file, not
  // once for every question below it. (Without a cycle, which validate refuses, the depth
  // does not change the answer; with one, the guard still ends the walk.)
  const known = new Map<Question, boolean>();
  const appliesOnce = (q: Question, depth: number): boolean => {
    let open = known.get(q);
    if (open === undefined) known.set(q, (open = applies(q, depth)));
    return open;
  };
  const states = new Map<string, QuestionState>();
  for (const q of rubric.questions) {
    if (!appliesOnce(q, 0)) {
      states.set(q.id, { status: 'gated', unsupported: false });
      continue;
    }
    const answer = answers.answers.get(q.id);
    if (answer === NA) {
      const reason = refusedNa(q);
      states.set(q.id, reason === undefined ? { status: 'declared-na', unsupported: false } : { status: 'unanswered', unsupported: true, reason, na: true });
      continue;
    }
    const chosen = answer === undefined ? undefined : q.options.find((o) => o.id === answer);
    if (!chosen) {
      states.set(q.id, { status: 'unanswered', unsupported: false });
      continue;
    }
    const verdict = needsEvidence(rubric, q, chosen) ? support(q) : undefined;
    const claim = verdict !== undefined && !verdict.supported;
    const counted = claim && unsupported === 'downgrade' ? (downgrade.get(q) ?? chosen) : chosen;
    states.set(q.id, { status: 'answered', chosen, counted, unsupported: claim, ...(verdict && !verdict.supported ? { reason: verdict.reason } : {}) });
  }
  return states;
}
