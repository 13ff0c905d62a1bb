import { z } from 'zod';
import { DOCUMENT_TYPES } from '../evidence/model.js';

// Messages here are keys of the catalogue's `messages` namespace (src/i18n/catalogue/messages.ts),
// worded per language when the issue becomes a finding.

/** Stable, kebab-case identifiers: `staff-ai-roles`, `legal-framework`. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'kebabId' })
  .max(80);

const Semver = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, { message: 'semver' });

/** A text in every language of the rubric: `{ru: …, kk: …, en: …}`. */
export const Localized = z.record(
  z.string().regex(/^[a-z]{2,3}$/, { message: 'langCode' }),
  z.string().trim().min(1, { message: 'notEmpty' }),
);

const Section = z.strictObject({
  id: Id,
  title: Localized,
  description: Localized.optional(),
  /** Where in the analytical note this rests (a citation, shown as written). */
  source: z.string().optional(),
});

const Recommendation = Section.extend({
  /** Weight in the overall score; 1 when absent. */
  weight: z.number().positive().max(100).optional(),
  /** What to do next, one text per level id. */
  actions: z.record(Id, Localized),
  /** International experience from the note that fits this recommendation. */
  examples: z.array(Localized).optional(),
  /** false: left out of the weakest-link cap (for example a recommendation of small weight). */
  veto: z.boolean().optional(),
});

const Level = z.strictObject({
  id: Id,
  /** The lowest overall score (0..100) that reaches this level. */
  min: z.number().min(0).max(100),
  label: Localized,
  description: Localized.optional(),
});

/**
 * What choosing an option says about another question's answer: that it is one of `in`
 * (for example "the pilot's system runs on the body's data" says the gate on AI systems is
 * `pilot` or `operation`). A file whose answers contradict it is flagged `contradiction`, and
 * a gate's closing answer it contradicts closes nothing.
 */
const Implies = z.strictObject({
  question: Id,
  in: z.array(Id).min(1),
});

const Option = z.strictObject({
  id: Id,
  label: Localized,
  score: z.number().min(0, { message: 'scoreRange' }).max(1, { message: 'scoreRange' }),
  /** What choosing this option says about another question's answer (see `Implies`). */
  implies: Implies.optional(),
  /** A rung that names a period ("in the last 12 months"): a document dated within the last `recentMonths` months must show it. */
  recentMonths: z.number().int({ message: 'recentMonthsRange' }).min(1, { message: 'recentMonthsRange' }).max(120, { message: 'recentMonthsRange' }).optional(),
  /** A rung that only an event makes possible (the Law's publication): its document must be dated on or after `notBefore`. */
  notBefore: z.string().regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, { message: 'isoDate' }).optional(),
});

/**
 * The document or record that shows a question's answer: a text per language, and the
 * document types that can show it (`types`, from the fixed vocabulary).
 */
const Evidence = z
  .object({ types: z.array(z.enum(DOCUMENT_TYPES)).min(1).optional() })
  .catchall(z.string().trim().min(1, { message: 'notEmpty' }));

/** Applicability: the question applies only when the gate question's answer is one of `in`. */
const When = z.strictObject({
  question: Id,
  in: z.array(Id).min(1),
});

const Question = z.strictObject({
  id: Id,
  /** The problem area or risk category this question belongs to: its interview section. */
  area: Id,
  /** The recommendations it evidences: a list, or a map of id to weight. */
  recommendations: z.union([z.array(Id).min(1), z.record(Id, z.number().positive().max(100))]),
  /** 0 is allowed for a question that only gates others: it counts for coverage, not for any score. */
  weight: z.number().min(0).max(100).optional(),
  source: z.string().optional(),
  text: Localized,
  help: Localized.optional(),
  options: z.array(Option).min(2),
  /** The unit of the body that holds the evidence (an id from `units`). */
  unit: Id.optional(),
  /** The document or record that shows the answer, and the document types that can. */
  evidence: Evidence.optional(),
  /** Applicability (see `When`). */
  when: When.optional(),
  /** When "not applicable" is a true answer; without it, `n/a` is refused. */
  notApplicable: Localized.optional(),
});

/** The method's parameters (SPEC.md "Method"); defaults in `model.ts` `DEFAULT_SCORING`. */
const Scoring = z.strictObject({
  /** Answered ÷ applicable questions below which there is no level. */
  minCoverage: z.number().min(0).max(1).optional(),
  /** The overall level is at most this many levels above the lowest recommendation's level. */
  weakestLink: z.number().int().min(0).max(10).optional(),
  /** An option scoring this or more needs an entry in `evidence`. */
  evidenceFrom: z.number().gt(0).max(1).optional(),
  /** What an unsupported claim scores: as chosen and flagged, or as the best option below `evidenceFrom`. */
  unsupported: z.enum(['flag', 'downgrade']).optional(),
  /** One document cited for more questions than this is flagged `reused-document`; default 3. */
  maxCitations: z.number().int().min(1).max(1000).optional(),
  /** A document dated more than this many months before the assessment is flagged `old-document` for the auditor (does the state it shows still hold?); default: no such flag. */
  oldAfterMonths: z.number().int({ message: 'recentMonthsRange' }).min(1, { message: 'recentMonthsRange' }).max(120, { message: 'recentMonthsRange' }).optional(),
  /** Each question's share of the overall, as fractions: `[0.015, 0.04]`; `validate` warns outside it. */
  shareBand: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]).optional(),
});

const Unit = z.strictObject({
  id: Id,
  title: Localized,
});

/**
 * How to carry answer files made with an older rubric version forward. Applied in order
 * to files whose `rubric.version` is `from`.
 */
const Migration = z.strictObject({
  from: Semver,
  /** old question id → new question id */
  renamed: z.record(Id, Id).optional(),
  /** old question id → the new question ids that take its answer */
  split: z.record(Id, z.array(Id).min(1)).optional(),
  /** question ids that no longer exist; their answers are dropped with a warning */
  dropped: z.array(Id).optional(),
  /** question id (new name) → old option id → new option id */
  options: z.record(Id, z.record(Id, Id)).optional(),
});

export const RubricSchema = z.strictObject({
  $schema: z.string().optional(),
  id: Id,
  version: Semver,
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, { message: 'langCode' })).min(1),
  title: Localized,
  description: Localized.optional(),
  problemAreas: z.array(Section).min(1),
  riskCategories: z.array(Section),
  recommendations: z.array(Recommendation).min(1),
  levels: z.array(Level).min(1),
  scoring: Scoring.optional(),
  units: z.array(Unit).optional(),
  questions: z.array(Question).min(1),
  migrations: z.array(Migration).optional(),
});

/** A rubric file as written, after the schema check. */
export type RubricFile = z.infer<typeof RubricSchema>;
export type RubricMigration = z.infer<typeof Migration>;
export type RubricScoring = z.infer<typeof Scoring>;
