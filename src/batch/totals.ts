import { QUESTION_NOT_APPLICABLE, QUESTION_UNANSWERED, type SummaryLayout, type SummaryRow } from '../report/render-csv.js';
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
  /** Scored files with an overall score, by score: bin i counts scores in [10i, 10i + 10), the last one includes 100. */
  bins: number[];
  /**
   * Per recommendation (in the layout's order), how many scored files reach each level
   * (the layout's level order), then how many have no score for it.
   */
  recommendationLevels: Array<{ id: string; title: string; counts: number[] }>;
  /** Per question, how many bodies fall short of it; most failed first. Empty when rows carry no question results. */
  questions: QuestionTally[];
  /**
   * Bodies grouped by the respondent's `type` and by `region`, when any answer file gives one;
   * bodies that give none are the group `GROUP_NOT_GIVEN`. Empty when no file gives the field.
   */
  groups: { type: GroupTotals[]; region: GroupTotals[] };
}

/**
 * One question across the fleet. A body fails a question that applies to it when the
 * counted answer scores below `FAIL_BELOW` (half-way) or it is not answered: what is not
 * shown is not in place.
 */
export interface QuestionTally {
  id: string;
  text: string;
  /** Scored files where it applies. */
  applicable: number;
  /** Of those, below half-way or unanswered. */
  failing: number;
  unanswered: number;
  /** Mean counted score over the answered ones, 0..100, one decimal; null when none answered. */
  mean: number | null;
}

/** A question is failed below this option score (see `QuestionTally`). */
export const FAIL_BELOW = 0.5;

/** The bodies that share one value of a grouping field. */
export interface GroupTotals {
  value: string;
  /** Scored files in the group. */
  count: number;
  overall: number | null;
  /** Mean score per recommendation, in the layout's order. */
  recommendations: Array<number | null>;
}

/** Distinct values kept per grouping field; beyond them, bodies are counted under `GROUP_OTHER`. */
export const MAX_GROUPS = 60;
export const GROUP_OTHER = '…';
/** The group of bodies whose answer file gives no value for the field (renderers word it). */
export const GROUP_NOT_GIVEN = '';

interface GroupSums {
  count: number;
  overall: { sum: number; count: number };
  recs: Array<{ sum: number; count: number }>;
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
  private readonly bins = new Array<number>(10).fill(0);
  private readonly recLevels: number[][];
  private readonly qApplicable: Uint32Array;
  private readonly qFailing: Uint32Array;
  private readonly qUnanswered: Uint32Array;
  private readonly qSum: Float64Array;
  private readonly groups = { type: new Map<string, GroupSums>(), region: new Map<string, GroupSums>() };

  constructor(private readonly layout: SummaryLayout) {
    this.levelCounts = new Map(layout.levels.map((l) => [l.id, 0]));
    this.recSums = layout.recommendations.map(() => ({ sum: 0, count: 0 }));
    this.riskSums = layout.risks.map(() => ({ sum: 0, count: 0 }));
    this.recLevels = layout.recommendations.map(() => new Array<number>(layout.levels.length + 1).fill(0));
    const n = layout.questions?.length ?? 0;
    this.qApplicable = new Uint32Array(n);
    this.qFailing = new Uint32Array(n);
    this.qUnanswered = new Uint32Array(n);
    this.qSum = new Float64Array(n);
  }

  /** The index of the level a score reaches (by the layout's thresholds), or null without thresholds. */
  private levelIndex(score: number): number {
    let index = 0;
    this.layout.levels.forEach((l, i) => {
      if (l.min !== undefined && round1(score) >= l.min) index = i;
    });
    return index;
  }

  private addGroup(field: 'type' | 'region', value: string | undefined, row: SummaryRow): void {
    const map = this.groups[field];
    // A body that gives no value is counted too, under its own row, so the groups add up to the bodies.
    const named = map.size - (map.has(GROUP_NOT_GIVEN) ? 1 : 0);
    const key = value === undefined ? GROUP_NOT_GIVEN : map.has(value) || named < MAX_GROUPS ? value : GROUP_OTHER;
    let g = map.get(key);
    if (!g) {
      g = { count: 0, overall: { sum: 0, count: 0 }, recs: this.layout.recommendations.map(() => ({ sum: 0, count: 0 })) };
      map.set(key, g);
    }
    g.count++;
    addTo(g.overall, row.overall);
    row.recommendations.forEach((v, i) => addTo(g.recs[i], v));
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
    if (row.overall !== null) this.bins[Math.min(9, Math.floor(row.overall / 10))]!++;
    row.recommendations.forEach((v, i) => {
      const counts = this.recLevels[i];
      if (counts) counts[v === null ? this.layout.levels.length : this.levelIndex(v)]!++;
    });
    const q = row.questions;
    if (q && q.length === this.qApplicable.length) {
      for (let i = 0; i < q.length; i++) {
        const v = q[i]!;
        if (v === QUESTION_NOT_APPLICABLE) continue;
        this.qApplicable[i]!++;
        if (v === QUESTION_UNANSWERED) {
          this.qUnanswered[i]!++;
          this.qFailing[i]!++;
        } else {
          this.qSum[i]! += v;
          if (v < FAIL_BELOW) this.qFailing[i]!++;
        }
      }
    }
    this.addGroup('type', row.type, row);
    this.addGroup('region', row.region, row);
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
      bins: [...this.bins],
      recommendationLevels: this.layout.recommendations.map((r, i) => ({ id: r.id, title: r.title, counts: [...this.recLevels[i]!] })),
      questions: this.questionTallies(),
      groups: { type: this.groupTotals('type'), region: this.groupTotals('region') },
    };
  }

  private questionTallies(): QuestionTally[] {
    const list = (this.layout.questions ?? []).map((q, i) => {
      const applicable = this.qApplicable[i]!;
      const answered = applicable - this.qUnanswered[i]!;
      return {
        id: q.id,
        text: q.text,
        applicable,
        failing: this.qFailing[i]!,
        unanswered: this.qUnanswered[i]!,
        mean: answered > 0 ? round1((100 * this.qSum[i]!) / answered) : null,
      };
    });
    // Most failing first by share of the bodies it applies to, then by count; ties keep rubric order.
    const share = (t: QuestionTally) => (t.applicable > 0 ? t.failing / t.applicable : -1);
    return list.sort((a, b) => share(b) - share(a) || b.failing - a.failing);
  }

  private groupTotals(field: 'type' | 'region'): GroupTotals[] {
    const map = this.groups[field];
    if ([...map.keys()].every((k) => k === GROUP_NOT_GIVEN)) return [];
    const out = [...map].map(([value, g]) => ({
      value,
      count: g.count,
      overall: g.overall.count > 0 ? round1(g.overall.sum / g.overall.count) : null,
      recommendations: g.recs.map((r) => (r.count > 0 ? round1(r.sum / r.count) : null)),
    }));
    // By name, the pooled rest and then the bodies without a value last.
    const rank = (v: string) => (v === GROUP_NOT_GIVEN ? 2 : v === GROUP_OTHER ? 1 : 0);
    return out.sort((a, b) => rank(a.value) - rank(b.value) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }
}

function addTo(acc: { sum: number; count: number } | undefined, value: number | null): void {
  if (!acc || value === null) return;
  acc.sum += value;
  acc.count++;
}
