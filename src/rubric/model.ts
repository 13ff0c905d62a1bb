import type { RubricFile, RubricMigration } from './schema.js';
import { DEFAULT_MAX_CITATIONS, type DocumentType } from '../evidence/model.js';

/** A text per language code, as written in the rubric. */
export type Localized = Readonly<Record<string, string>>;

export interface Section {
  id: string;
  kind: 'problem-area' | 'risk-category';
  title: Localized;
  description?: Localized;
  source?: string;
}

export interface Recommendation {
  id: string;
  title: Localized;
  description?: Localized;
  source?: string;
  weight: number;
  actions: Readonly<Record<string, Localized>>;
  examples: readonly Localized[];
  /** false: left out of the weakest-link cap. */
  veto: boolean;
}

export interface Level {
  id: string;
  min: number;
  label: Localized;
  description?: Localized;
}

export interface Option {
  id: string;
  label: Localized;
  score: number;
  /** Choosing it says question `question` is answered with one of `in` (a contradiction otherwise). */
  implies?: { question: string; in: readonly string[] };
  /** The rung names a period: its evidence must include a document dated within the last so many months before the assessment date. */
  recentMonths?: number;
  /** The rung needs a document dated on or after this day (ISO): one of an earlier date cannot show it. */
  notBefore?: string;
}

/** The method's parameters, defaults filled in. */
export interface ScoringRules {
  /** Answered ÷ applicable below which there is no level. */
  minCoverage: number;
  /** Levels the overall may stand above the lowest recommendation's level; null: no cap. */
  weakestLink: number | null;
  /** Options scoring this or more need evidence; null: no evidence rule. */
  evidenceFrom: number | null;
  unsupported: 'flag' | 'downgrade';
  /** Each question's share of the overall (fractions); null: no band. */
  shareBand: readonly [number, number] | null;
  /** One document cited for more questions than this is flagged `reused-document`. */
  maxCitations: number;
  /** A document dated more than this many months before the assessment is flagged `old-document` (unless its rung's own period already refuses it); null: no such flag. */
  oldAfterMonths: number | null;
}

/**
 * The method's defaults for a rubric that does not set them. The coverage floor is on by
 * default (a score over a tenth of the questions left blank is not a readiness score); the
 * cap, the evidence rule and the band change what a rubric means, so its author opts in.
 */
export const DEFAULT_SCORING: ScoringRules = {
  minCoverage: 0.9,
  weakestLink: null,
  evidenceFrom: null,
  unsupported: 'flag',
  shareBand: null,
  maxCitations: DEFAULT_MAX_CITATIONS,
  oldAfterMonths: null,
};

export interface Unit {
  id: string;
  title: Localized;
}

export interface Question {
  id: string;
  area: string;
  /** Each recommendation it evidences, with its weight for that recommendation. */
  recommendations: ReadonlyArray<{ id: string; weight: number }>;
  weight: number;
  source?: string;
  text: Localized;
  help?: Localized;
  options: readonly Option[];
  unit?: string;
  /** The document that shows the answer, per language. */
  evidence?: Localized;
  /** The document types that can show the answer; absent: any. */
  evidenceTypes?: readonly DocumentType[];
  /** Applies only when question `question` is answered with one of `in`. */
  when?: { question: string; in: readonly string[] };
  /** When "not applicable" is a true answer; absent: `n/a` is not accepted. */
  notApplicable?: Localized;
}

/** A rubric that passed the schema and every semantic rule, normalised for scoring. */
export interface Rubric {
  id: string;
  version: string;
  languages: readonly string[];
  title: Localized;
  description?: Localized;
  problemAreas: readonly Section[];
  riskCategories: readonly Section[];
  recommendations: readonly Recommendation[];
  levels: readonly Level[];
  questions: readonly Question[];
  scoring: ScoringRules;
  units: readonly Unit[];
  migrations: readonly RubricMigration[];
  /** sha256 of the rubric's text, so a report names exactly what it was scored against. */
  sha256: string;
}

/** Builds the normalised rubric from a file that passed the schema and the rules. */
export function normalizeRubric(file: RubricFile, sha256: string): Rubric {
  return {
    id: file.id,
    version: file.version,
    languages: file.languages,
    title: file.title,
    description: file.description,
    problemAreas: file.problemAreas.map((s) => ({ ...s, kind: 'problem-area' as const })),
    riskCategories: file.riskCategories.map((s) => ({ ...s, kind: 'risk-category' as const })),
    recommendations: file.recommendations.map((r) => ({
      id: r.id,
      title: r.title,
      description: r.description,
      source: r.source,
      weight: r.weight ?? 1,
      actions: r.actions,
      examples: r.examples ?? [],
      veto: r.veto ?? true,
    })),
    levels: file.levels,
    questions: file.questions.map((q) => ({
      id: q.id,
      area: q.area,
      recommendations: Array.isArray(q.recommendations)
        ? q.recommendations.map((id) => ({ id, weight: 1 }))
        : Object.entries(q.recommendations).map(([id, weight]) => ({ id, weight })),
      weight: q.weight ?? 1,
      source: q.source,
      text: q.text,
      help: q.help,
      options: q.options,
      unit: q.unit,
      ...evidenceOf(q.evidence),
      when: q.when,
      notApplicable: q.notApplicable,
    })),
    scoring: {
      minCoverage: file.scoring?.minCoverage ?? DEFAULT_SCORING.minCoverage,
      weakestLink: file.scoring?.weakestLink ?? DEFAULT_SCORING.weakestLink,
      evidenceFrom: file.scoring?.evidenceFrom ?? DEFAULT_SCORING.evidenceFrom,
      unsupported: file.scoring?.unsupported ?? DEFAULT_SCORING.unsupported,
      shareBand: file.scoring?.shareBand ?? DEFAULT_SCORING.shareBand,
      maxCitations: file.scoring?.maxCitations ?? DEFAULT_SCORING.maxCitations,
      oldAfterMonths: file.scoring?.oldAfterMonths ?? DEFAULT_SCORING.oldAfterMonths,
    },
    units: file.units ?? [],
    migrations: file.migrations ?? [],
    sha256,
  };
}

/** A question's `evidence` as the model holds it: the texts, and the types apart. */
export function evidenceOf(evidence: RubricFile['questions'][number]['evidence']): { evidence?: Localized; evidenceTypes?: readonly DocumentType[] } {
  if (!evidence) return {};
  const { types, ...texts } = evidence;
  return { evidence: texts as Localized, ...(types !== undefined ? { evidenceTypes: types } : {}) };
}

/** Every section of the interview, problem areas first, in rubric order. */
export function sectionsOf(rubric: Rubric): readonly Section[] {
  return [...rubric.problemAreas, ...rubric.riskCategories];
}

/** Compares two semantic versions by major, minor and patch. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/).slice(0, 3).map(Number);
  const pb = b.split(/[.-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}
