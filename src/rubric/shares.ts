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
 * applicable the shares add up to 1. Pure; in rubric order.
 */
export function questionShares(rubric: Rubric): QuestionShare[] {
  const recTotal = new Map<string, number>();
  for (const q of rubric.questions) {
    for (const ref of q.recommendations) recTotal.set(ref.id, (recTotal.get(ref.id) ?? 0) + q.weight * ref.weight);
  }
  // A recommendation that no weighted question feeds drops out of the overall.
  let weightSum = 0;
  for (const r of rubric.recommendations) if ((recTotal.get(r.id) ?? 0) > 0) weightSum += r.weight;
  const recWeight = new Map(rubric.recommendations.map((r) => [r.id, r.weight]));
  return rubric.questions.map((q) => {
    const byRecommendation = q.recommendations.map((ref) => {
      const total = recTotal.get(ref.id) ?? 0;
      const share = total > 0 && weightSum > 0 ? ((recWeight.get(ref.id) ?? 0) / weightSum) * ((q.weight * ref.weight) / total) : 0;
      return { id: ref.id, share };
    });
    return { id: q.id, area: q.area, share: byRecommendation.reduce((sum, r) => sum + r.share, 0), byRecommendation };
  });
}
