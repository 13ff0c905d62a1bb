import type { SummaryLayout, SummaryRow } from '../report/render-csv.js';
import { round1 } from '../scoring/round.js';

/** A mean over the scored files that have this score. */
export interface MeanScore {
  id: string;
  title: string;
  /** Rounded to one decimal; null when no file has this score. */
  mean: number | null;
  /** Files that have this score. */
  count: number;
}

/** What a whole batch adds up to, kept as running sums so memory stays flat. */
export interface BatchTotals {
  inputs: number;
  scored: number;
  refused: number;
  /** Scored files with an overall score, per level id (in the layout's level order). */
  levels: Array<{ id: string; label: string; count: number }>;
  /** Scored files without any answer: no overall score. */
  unscored: number;
  /** Scored files below the coverage floor: a score so far, no level. */
  incomplete: number;
  /** Claims without evidence over all scored files, and the files that have any. */
  unsupported: { claims: number; files: number };
  overall: { mean: number | null; min: number | null; max: number | null };
  /** Weakest first (lowest mean); recommendations without any score last. */
  recommendations: MeanScore[];
  /** Highest exposure first. */
  risks: MeanScore[];
}

/** Adds rows up one at a time: counts, per-level tallies and means per recommendation and risk. */
export class TotalsCounter {
  private inputs = 0;
  private scored = 0;
  private refused = 0;
  private unscored = 0;
  private incomplete = 0;
  private unsupportedClaims = 0;
  private unsupportedFiles = 0;
  private overallSum = 0;
  private overallCount = 0;
  private min = Infinity;
  private max = -Infinity;
  private readonly levelCounts: Map<string, number>;
  private readonly recSums: Array<{ sum: number; count: number }>;
  private readonly riskSums: Array<{ sum: number; count: number }>;

  constructor(private readonly layout: SummaryLayout) {
    this.levelCounts = new Map(layout.levels.map((l) => [l.id, 0]));
    this.recSums = layout.recommendations.map(() => ({ sum: 0, count: 0 }));
    this.riskSums = layout.risks.map(() => ({ sum: 0, count: 0 }));
  }

  add(row: SummaryRow): void {
    this.inputs++;
    if (row.error !== null) {
      this.refused++;
      return;
    }
    this.scored++;
    if (row.overall === null) this.unscored++;
    else {
      this.overallSum += row.overall;
      this.overallCount++;
      this.min = Math.min(this.min, row.overall);
      this.max = Math.max(this.max, row.overall);
    }
    if (row.status === 'incomplete' && row.overall !== null) this.incomplete++;
    if (row.unsupported) {
      this.unsupportedClaims += row.unsupported;
      this.unsupportedFiles++;
    }
    if (row.level !== null) this.levelCounts.set(row.level, (this.levelCounts.get(row.level) ?? 0) + 1);
    row.recommendations.forEach((v, i) => addTo(this.recSums[i], v));
    row.risks.forEach((v, i) => addTo(this.riskSums[i], v));
  }

  totals(): BatchTotals {
    const means = (items: SummaryLayout['recommendations'], sums: Array<{ sum: number; count: number }>): MeanScore[] =>
      items.map((item, i) => {
        const { sum, count } = sums[i]!;
        return { id: item.id, title: item.title, mean: count > 0 ? round1(sum / count) : null, count };
      });
    // Stable sorts: ties keep the rubric's order.
    const recommendations = means(this.layout.recommendations, this.recSums).sort(
      (a, b) => (a.mean ?? Infinity) - (b.mean ?? Infinity),
    );
    const risks = means(this.layout.risks, this.riskSums).sort((a, b) => (b.mean ?? -Infinity) - (a.mean ?? -Infinity));
    const has = this.overallCount > 0;
    return {
      inputs: this.inputs,
      scored: this.scored,
      refused: this.refused,
      levels: this.layout.levels.map((l) => ({ id: l.id, label: l.label, count: this.levelCounts.get(l.id) ?? 0 })),
      unscored: this.unscored,
      incomplete: this.incomplete,
      unsupported: { claims: this.unsupportedClaims, files: this.unsupportedFiles },
      overall: {
        mean: has ? round1(this.overallSum / this.overallCount) : null,
        min: has ? this.min : null,
        max: has ? this.max : null,
      },
      recommendations,
      risks,
    };
  }
}

function addTo(acc: { sum: number; count: number } | undefined, value: number | null): void {
  if (!acc || value === null) return;
  acc.sum += value;
  acc.count++;
}
