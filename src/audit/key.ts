import { NA, type Answers } from '../answers/model.js';
import type { Rubric } from '../rubric/model.js';
import { scoreOverall } from '../scoring/overall.js';
import { needsEvidence } from '../scoring/score.js';

/** A level's rank in the rubric (0 the lowest), or -1 for none. */
export function levelRank(rubric: Rubric, level: string | null | undefined): number {
  return level === null || level === undefined ? -1 : rubric.levels.findIndex((l) => l.id === level);
}

/**
 * What the claims not in `kept` (not checked) are trusted with when a level is carried:
 * - `documents: false`: their documents are not taken on trust (evidence removed, so the
 *   method's evidence rule judges them); their answers stand.
 * - `declarations: false` as well: their answers are not taken on trust either (each counts
 *   at its question's lowest option), once an audit has found a claim overstated. A gate's
 *   answer stands (lowering it could close its module and so raise a level), and so does an
 *   `n/a` (its document is what is not trusted).
 */
export interface Distrust {
  declarations: boolean;
}

/** The gates of a rubric: the questions other questions' `when` names. */
function gatesOf(rubric: Rubric): Set<string> {
  return new Set(rubric.questions.flatMap((q) => (q.when ? [q.when.question] : [])));
}

/** The answers as the claims in `kept` alone carry them (see `Distrust`). */
export function carriedAnswers(rubric: Rubric, answers: Answers, kept: ReadonlySet<string>, distrust: Distrust = { declarations: false }): Answers {
  const evidence = new Map([...answers.evidence].filter(([id]) => kept.has(id)));
  if (!distrust.declarations) return { ...answers, evidence };
  const gates = gatesOf(rubric);
  const lowered = new Map(answers.answers);
  for (const q of rubric.questions) {
    const answer = lowered.get(q.id);
    if (answer === undefined || answer === NA || kept.has(q.id) || gates.has(q.id)) continue;
    lowered.set(q.id, q.options.reduce((a, b) => (b.score < a.score ? b : a)).id);
  }
  return { ...answers, answers: lowered, evidence };
}

/** The level (rank) the claims in `kept` alone carry, and the pillar that caps it. */
function carried(rubric: Rubric, answers: Answers, kept: ReadonlySet<string>, distrust: Distrust): { rank: number; cappedBy: string | null } {
  // The headline alone (no flags for the auditor, which change no level), as a report's overall has it.
  const o = scoreOverall(rubric, carriedAnswers(rubric, answers, kept, distrust));
  return { rank: levelRank(rubric, o.level), cappedBy: o.cappedBy };
}

/** The level rank the claims in `kept` alone carry (see `Distrust`). Pure. */
export function carriedRank(rubric: Rubric, answers: Answers, kept: ReadonlySet<string>, distrust: Distrust = { declarations: false }): number {
  return carried(rubric, answers, kept, distrust).rank;
}

/** The questions of a pillar of the weakest link: a recommendation's, or a module's (`module:<gate>`). */
function pillarOf(rubric: Rubric, pillar: string): Set<string> {
  if (pillar.startsWith('module:')) {
    const gate = pillar.slice('module:'.length);
    return new Set(rubric.questions.filter((q) => q.when?.question === gate).map((q) => q.id));
  }
  return new Set(rubric.questions.filter((q) => q.recommendations.some((r) => r.id === pillar)).map((q) => q.id));
}

/**
 * The key claims (SPEC.md "Audit"): the claims a level rests on, which the audit checks in
 * full rather than by sampling. Starting from the claims already checked (`kept`), each
 * claim not yet checked that could carry something is taken in turn, the one carrying the
 * most `points` first (from the pillar that caps the level, while one does), until the
 * claims taken reach level rank `target` on their own (see `Distrust`). A claim can carry
 * something when its document matters (an option that needs one, an `n/a`) or, with
 * `declarations` distrusted, when its answer carries points; a gate never is one. Returns
 * them in the order taken; every candidate when even all of them do not reach `target`. Pure.
 */
export function keyClaims(
  rubric: Rubric,
  answers: Answers,
  kept: ReadonlySet<string>,
  target: number,
  points: ReadonlyMap<string, number>,
  distrust: Distrust = { declarations: false },
): string[] {
  if (target < 0) return [];
  const taken = new Set(kept);
  const byId = new Map(rubric.questions.map((q) => [q.id, q]));
  const gates = gatesOf(rubric);
  // A claim whose document matters: an option that needs one, or an n/a.
  const documented = (id: string) => {
    const q = byId.get(id);
    const answer = answers.answers.get(id);
    if (q === undefined || answer === undefined || !answers.evidence.has(id)) return false;
    if (answer === NA) return rubric.scoring.evidenceFrom !== null;
    const option = q.options.find((o) => o.id === answer);
    return option !== undefined && needsEvidence(rubric, q, option);
  };
  const candidates = [...answers.answers.keys()].filter(
    (id) => !taken.has(id) && (documented(id) || (distrust.declarations && !gates.has(id) && answers.answers.get(id) !== NA && (points.get(id) ?? 0) > 0)),
  );
  const key: string[] = [];
  const weight = (id: string) => points.get(id) ?? 0;
  const order = new Map(rubric.questions.map((q, i) => [q.id, i]));
  let state = carried(rubric, answers, taken, distrust);
  while (state.rank < target) {
    const left = candidates.filter((id) => !taken.has(id));
    if (left.length === 0) break;
    const pillar = state.cappedBy === null ? null : pillarOf(rubric, state.cappedBy);
    const inPillar = pillar === null ? [] : left.filter((id) => pillar.has(id));
    const pool = inPillar.length > 0 ? inPillar : left;
    const next = pool.reduce((a, b) => (weight(b) > weight(a) || (weight(b) === weight(a) && order.get(b)! < order.get(a)!) ? b : a));
    taken.add(next);
    key.push(next);
    state = carried(rubric, answers, taken, distrust);
  }
  return key;
}
