import type { RubricFile, RubricMigration } from './schema.js';

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
    })),
    migrations: file.migrations ?? [],
    sha256,
  };
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
