import { NA, type Answers } from '../answers/model.js';
import type { Rubric } from '../rubric/model.js';
import { needsEvidence, summarizeAnswers } from '../scoring/score.js';

/** A level's rank in the rubric (0 the lowest), or -1 for none. */
export function levelRank(rubric: Rubric, level: string | null | undefined): number {
  return level === null || level === undefined ? -1 : rubric.levels.findIndex((l) => l.id === level);
}

/** The answers with evidence kept on `kept` alone: what the other claims show once their documents are not taken on trust. */
export function withEvidenceOn(answers: Answers, kept: ReadonlySet<string>): Answers {
  const evidence = new Map([...answers.evidence].filter(([id]) => kept.has(id)));
  return { ...answers, evidence };
}

/** The level (rank) the answers reach with evidence on `kept` alone, and the pillar that caps it. */
function carried(rubric: Rubric, answers: Answers, kept: ReadonlySet<string>): { rank: number; cappedBy: string | null } {
  const s = summarizeAnswers(rubric, withEvidenceOn(answers, kept));
  return { rank: levelRank(rubric, s.level), cappedBy: s.cappedBy };
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
 * full rather than by sampling. Starting from the claims already checked (`kept`), each claim
 * whose evidence is not yet checked is taken in turn, the one carrying the most `points`
 * first (from the pillar that caps the level, while one does), until the answers reach
 * level rank `target` with evidence on the checked and the key claims alone. Claims whose
 * evidence cannot matter (none given, or an answer that needs none) are never key. Returns them in the order taken; every
 * candidate when even all of them do not reach `target`. Pure.
 */
export function keyClaims(rubric: Rubric, answers: Answers, kept: ReadonlySet<string>, target: number, points: ReadonlyMap<string, number>): string[] {
  if (target < 0) return [];
  const taken = new Set(kept);
  const byId = new Map(rubric.questions.map((q) => [q.id, q]));
  // A claim whose answer needs no document (an option below evidenceFrom) is the same without it.
  const matters = (id: string) => {
    const q = byId.get(id);
    const answer = answers.answers.get(id);
    if (q === undefined || answer === undefined) return false;
    if (answer === NA) return rubric.scoring.evidenceFrom !== null;
    const option = q.options.find((o) => o.id === answer);
    return option !== undefined && needsEvidence(rubric, q, option);
  };
  const candidates = [...answers.evidence.keys()].filter((id) => !taken.has(id) && matters(id));
  const key: string[] = [];
  const weight = (id: string) => points.get(id) ?? 0;
  const order = new Map(rubric.questions.map((q, i) => [q.id, i]));
  let state = carried(rubric, answers, taken);
  while (state.rank < target) {
    const left = candidates.filter((id) => !taken.has(id));
    if (left.length === 0) break;
    const pillar = state.cappedBy === null ? null : pillarOf(rubric, state.cappedBy);
    const inPillar = pillar === null ? [] : left.filter((id) => pillar.has(id));
    const pool = inPillar.length > 0 ? inPillar : left;
    const next = pool.reduce((a, b) => (weight(b) > weight(a) || (weight(b) === weight(a) && order.get(b)! < order.get(a)!) ? b : a));
    taken.add(next);
    key.push(next);
    state = carried(rubric, answers, taken);
  }
  return key;
}
