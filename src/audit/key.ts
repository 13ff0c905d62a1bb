import { NA, type Answers } from '../answers/model.js';
import type { EvidenceRef } from '../evidence/model.js';
import type { Rubric } from '../rubric/model.js';
import { scoreOverall } from '../scoring/overall.js';
import { needsEvidence } from '../scoring/score.js';
import { prepare } from '../scoring/states.js';

/** A level's rank in the rubric (0 the lowest), or -1 for none. */
export function levelRank(rubric: Rubric, level: string | null | undefined): number {
  return level === null || level === undefined ? -1 : rubric.levels.findIndex((l) => l.id === level);
}

/**
 * The evidence of the claims in `kept` alone: an unchecked claim's document is not taken on
 * trust (the method's evidence rule then judges the claim as if it cited none). The one rule
 * behind both a `not-found` verdict (`verifiedAnswers`) and a level carried by what the
 * auditor checked (`carriedAnswers`).
 */
export function evidenceOn(evidence: ReadonlyMap<string, EvidenceRef>, kept: ReadonlySet<string>): Map<string, EvidenceRef> {
  return new Map([...evidence].filter(([id]) => kept.has(id)));
}

/**
 * What the claims not in `kept` (not checked) are trusted with when a level is carried: never
 * their documents (`evidenceOn`); their answers until an audit has found a claim overstated
 * (`declarations: true`: each then counts at its question's lowest option). A gate's answer
 * stands (lowering it could close its module and so raise a level), and so does an `n/a` (its
 * document is what is not trusted).
 */
export interface Distrust {
  declarations: boolean;
}

/** The answers as the claims in `kept` alone carry them (see `Distrust`). */
export function carriedAnswers(rubric: Rubric, answers: Answers, kept: ReadonlySet<string>, distrust: Distrust = { declarations: false }): Answers {
  const evidence = evidenceOn(answers.evidence, kept);
  if (!distrust.declarations) return { ...answers, evidence };
  const { gates, ascending } = prepare(rubric);
  const lowered = new Map(answers.answers);
  for (const q of rubric.questions) {
    const answer = lowered.get(q.id);
    if (answer === undefined || answer === NA || kept.has(q.id) || gates.has(q.id)) continue;
    lowered.set(q.id, ascending.get(q)![0]!.id);
  }
  return { ...answers, answers: lowered, evidence };
}

/** The level (rank) the claims in `kept` alone carry, and the pillar that caps it. */
function carried(rubric: Rubric, answers: Answers, kept: ReadonlySet<string>, distrust: Distrust): { rank: number; cappedBy: string | null } {
  // The headline alone (no flags for the auditor, which change no level), as a report's overall has it.
  const o = scoreOverall(rubric, carriedAnswers(rubric, answers, kept, distrust));
  return { rank: levelRank(rubric, o.level), cappedBy: o.cappedBy };
}

/** The questions of a pillar of the weakest link: a recommendation's, or a module's (`module:<gate>`). */
function pillarOf(rubric: Rubric, pillar: string): ReadonlySet<string> {
  const { questionsByRec, modules } = prepare(rubric);
  const questions = pillar.startsWith('module:') ? modules.get(pillar.slice('module:'.length)) : questionsByRec.get(pillar);
  return new Set((questions ?? []).map((q) => q.id));
}

/**
 * The key claims (SPEC.md "Audit"): the claims a level rests on, which the audit checks in
 * full rather than by sampling. `carried` is the rank the claims already checked (`kept`)
 * carry on their own (see `Distrust`); while it is below `target`, each claim not yet checked
 * that could carry something is taken in turn, the one carrying the most `points` first (from
 * the pillar that caps the level, while one does), until the claims taken reach `target`. A
 * claim can carry something when its document matters (an option that needs one, an `n/a`)
 * or, with `declarations` distrusted, when its answer carries points; a gate never is one.
 * `claims` are in the order taken; every candidate when even all of them do not reach
 * `target`. Pure.
 */
export function keyClaims(
  rubric: Rubric,
  answers: Answers,
  kept: ReadonlySet<string>,
  target: number,
  points: ReadonlyMap<string, number>,
  distrust: Distrust = { declarations: false },
): { carried: number; claims: string[] } {
  // Below every level there is nothing to carry, and nothing is evaluated.
  if (target < 0) return { carried: -1, claims: [] };
  const taken = new Set(kept);
  let state = carried(rubric, answers, taken, distrust);
  const initial = state.rank;
  const claims: string[] = [];
  if (state.rank >= target) return { carried: initial, claims };
  const { byId, gates } = prepare(rubric);
  // A claim whose document matters: an option that needs one, or an n/a.
  const documented = (id: string) => {
    const q = byId.get(id);
    const answer = answers.answers.get(id);
    if (q === undefined || answer === undefined || !answers.evidence.has(id)) return false;
    if (answer === NA) return rubric.scoring.evidenceFrom !== null;
    const option = q.options.find((o) => o.id === answer);
    return option !== undefined && needsEvidence(rubric, q, option);
  };
  const weight = (id: string) => points.get(id) ?? 0;
  const candidates = [...answers.answers.keys()].filter(
    (id) => !taken.has(id) && (documented(id) || (distrust.declarations && !gates.has(id) && answers.answers.get(id) !== NA && weight(id) > 0)),
  );
  const order = new Map(rubric.questions.map((q, i) => [q.id, i]));
  while (state.rank < target) {
    const left = candidates.filter((id) => !taken.has(id));
    if (left.length === 0) break;
    const pillar = state.cappedBy === null ? null : pillarOf(rubric, state.cappedBy);
    const inPillar = pillar === null ? [] : left.filter((id) => pillar.has(id));
    const pool = inPillar.length > 0 ? inPillar : left;
    const next = pool.reduce((a, b) => (weight(b) > weight(a) || (weight(b) === weight(a) && order.get(b)! < order.get(a)!) ? b : a));
    taken.add(next);
    claims.push(next);
    state = carried(rubric, answers, taken, distrust);
  }
  return { carried: initial, claims };
}
