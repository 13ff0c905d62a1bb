import type { Rubric } from './model.js';

/** One question's effective weight in the overall score. */
export interface QuestionShare {
  id: string;
  area: string;
  /** Fraction of the overall (0..1) that this question carries when every question applies. */
  share: number;
  /** The same, split by the recommendations it feeds. */
  byRecommendation: ReadonlyArray<{ id: string; share: number }>;
}

/**
 * Each question's effective share of the overall: its weight through every recommendation
 * it feeds (question weight × its weight there ÷ that recommendation's total), times the
 * recommendation's weight ÷ the sum of recommendation weights. With every question
 * applicable the shares add up to 1; `closed` questions (a gate's answer took them out)
 * carry 0 and the others share their weight. Pure; in rubric order.
 */
export function questionShares(rubric: Rubric, closed: ReadonlySet<string> = new Set()): QuestionShare[] {
  const recTotal = new Map<string, number>();
  for (const q of rubric.questions) {
    if (closed.has(q.id)) continue;
    for (const ref of q.recommendations) recTotal.set(ref.id, (recTotal.get(ref.id) ?? 0) + q.weight * ref.weight);
  }
  // A recommendation that no weighted question feeds drops out of the overall.
  let weightSum = 0;
  for (const r of rubric.recommendations) if ((recTotal.get(r.id) ?? 0) > 0) weightSum += r.weight;
  const recWeight = new Map(rubric.recommendations.map((r) => [r.id, r.weight]));
  return rubric.questions.map((q) => {
    if (closed.has(q.id)) return { id: q.id, area: q.area, share: 0, byRecommendation: q.recommendations.map((ref) => ({ id: ref.id, share: 0 })) };
    const byRecommendation = q.recommendations.map((ref) => {
      const total = recTotal.get(ref.id) ?? 0;
      const share = total > 0 && weightSum > 0 ? ((recWeight.get(ref.id) ?? 0) / weightSum) * ((q.weight * ref.weight) / total) : 0;
      return { id: ref.id, share };
    });
    return { id: q.id, area: q.area, share: byRecommendation.reduce((sum, r) => sum + r.share, 0), byRecommendation };
  });
}

/** A gate answered so that it closes questions: which ones, its own gated questions' included. */
export interface GateScenario {
  gate: string;
  option: string;
  closed: ReadonlySet<string>;
}

/**
 * Every way a gate can take questions out of the score: per gate, per option that closes
 * at least one question (with the questions gated on those, in turn). A body's shares are
 * those of one of these scenarios or of "everything applies", so the share band must hold
 * in each. Pure; in rubric order.
 */
export function gateScenarios(rubric: Rubric): GateScenario[] {
  const dependents = new Map<string, Rubric['questions'][number][]>();
  for (const q of rubric.questions) if (q.when) dependents.set(q.when.question, [...(dependents.get(q.when.question) ?? []), q]);
  const scenarios: GateScenario[] = [];
  for (const gate of rubric.questions) {
    const direct = dependents.get(gate.id);
    if (!direct) continue;
    for (const option of gate.options) {
      const closed = new Set<string>();
      const queue = direct.filter((d) => !d.when!.in.includes(option.id));
      while (queue.length > 0) {
        const q = queue.pop()!;
        if (closed.has(q.id)) continue;
        closed.add(q.id);
        queue.push(...(dependents.get(q.id) ?? []));
      }
      if (closed.size > 0) scenarios.push({ gate: gate.id, option: option.id, closed });
    }
  }
  return scenarios;
}

/**
 * Whether a share falls outside a band, with a tolerance of half the shown precision (0.1%),
 * so that a share printed as the bound is inside it. No band: never outside.
 */
export function outsideBand(share: number, band: readonly [number, number] | null): boolean {
  return band !== null && (share < band[0] - 5e-4 || share > band[1] + 5e-4);
}

/** A gate scenario with its shares, the scored questions left open and the band scaled to them. */
export interface ScenarioShares extends GateScenario {
  shares: QuestionShare[];
  /** Scored questions (weight > 0) that still apply. */
  open: number;
  band: [number, number] | null;
}

/**
 * Every gate scenario (`gateScenarios`) with its shares and its band. `shareBand` is stated
 * for the rubric where every question applies, around a mean share of 1 / (scored
 * questions); when a gate's answer closes some, the mean grows with the questions left, and
 * so does the band: the same bounds relative to the mean. (A core of 25 questions has a mean
 * share of 4%: a band of 1.5–4% for all 40 could not hold there for any weights.)
 */
export function scenarioShares(rubric: Rubric, band: readonly [number, number] | null): ScenarioShares[] {
  return scenarioBands(rubric, band).map((sc) => ({ ...sc, shares: questionShares(rubric, sc.closed) }));
}

/**
 * `scenarioShares` without the share lists: each scenario's open questions and band. For a
 * caller that takes one scenario's shares at a time (`questionShares(rubric, sc.closed)`):
 * every scenario's list at once is questions × scenarios objects, kept alive together.
 */
export function scenarioBands(rubric: Rubric, band: readonly [number, number] | null): Array<Omit<ScenarioShares, 'shares'>> {
  const scored = rubric.questions.filter((q) => q.weight > 0);
  return gateScenarios(rubric).map((sc) => {
    const open = scored.filter((q) => !sc.closed.has(q.id)).length;
    const factor = open > 0 ? scored.length / open : 1;
    return { ...sc, open, band: band === null ? null : [band[0] * factor, band[1] * factor] };
  });
}

/** A question's share in the gate scenario that puts it farthest outside that scenario's band. */
export interface WorstScenario {
  gate: string;
  option: string;
  share: number;
  band: [number, number];
  /** Scored questions left open in that scenario. */
  open: number;
}

/**
 * For each question (by index) outside its band in some gate scenario, the scenario where it
 * is farthest outside (relative to the bound it crosses): what `scenarioShares` gives, without
 * building every scenario's share list. Each scenario costs two passes over the questions and
 * no allocation per question, so a rubric of a thousand questions and as many gates is checked
 * in milliseconds; the shares are summed in the same order as `questionShares`, so the verdict
 * is the same bit for bit.
 */
export function worstScenarioShares(rubric: Rubric, band: readonly [number, number]): Map<number, WorstScenario> {
  const scored = rubric.questions.filter((q) => q.weight > 0).length;
  const recIndex = new Map(rubric.recommendations.map((r, k) => [r.id, k]));
  const recWeight = rubric.recommendations.map((r) => r.weight);
  const worst = new Map<number, WorstScenario & { by: number }>();
  const total = new Float64Array(rubric.recommendations.length);
  for (const sc of gateScenarios(rubric)) {
    total.fill(0);
    let open = 0;
    for (const q of rubric.questions) {
      if (sc.closed.has(q.id)) continue;
      if (q.weight > 0) open++;
      for (const ref of q.recommendations) {
        const k = recIndex.get(ref.id);
        if (k !== undefined) total[k] = total[k]! + q.weight * ref.weight;
      }
    }
    let weightSum = 0;
    for (const r of rubric.recommendations) if (total[recIndex.get(r.id)!]! > 0) weightSum += r.weight;
    const factor = open > 0 ? scored / open : 1;
    const scBand: [number, number] = [band[0] * factor, band[1] * factor];
    rubric.questions.forEach((q, i) => {
      if (q.weight === 0 || sc.closed.has(q.id)) return;
      let share = 0;
      for (const ref of q.recommendations) {
        const k = recIndex.get(ref.id);
        const t = k === undefined ? 0 : total[k]!;
        share += t > 0 && weightSum > 0 ? (recWeight[k!]! / weightSum) * ((q.weight * ref.weight) / t) : 0;
      }
      if (!outsideBand(share, scBand)) return;
      const by = share < scBand[0] ? (scBand[0] - share) / scBand[0] : (share - scBand[1]) / scBand[1];
      if (by > (worst.get(i)?.by ?? -1)) worst.set(i, { gate: sc.gate, option: sc.option, share, band: scBand, open, by });
    });
  }
  return worst;
}
