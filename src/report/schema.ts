import { z } from 'zod';

/**
 * The one result model. Every output format is rendered from it alone: it carries the
 * titles, levels and actions in the report's language, so a renderer never needs the
 * rubric. Bump `REPORT_SCHEMA_VERSION` on any change that breaks a reader.
 */
export const REPORT_SCHEMA_VERSION = 1;

const Score = z.number().min(0).max(100).describe('0..100, one decimal');
const OptionRef = z.strictObject({ id: z.string(), label: z.string(), score: z.number().min(0).max(1) });
const LevelRef = z.strictObject({ id: z.string(), label: z.string(), min: z.number() });

const TraceQuestion = z.strictObject({
  id: z.string(),
  text: z.string(),
  area: z.string(),
  option: OptionRef.nullable().describe('the chosen option; null when unanswered'),
  weight: z.number().describe("question weight × its weight for this recommendation"),
  contribution: z.number().nullable().describe('points this answer adds to the recommendation score (two decimals)'),
  comment: z.string().optional(),
});

const Change = z.strictObject({
  question: z.string(),
  text: z.string(),
  from: OptionRef,
  to: OptionRef,
  gain: z.number().describe('overall points this change adds'),
});

export const ReportSchema = z.strictObject({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  rubric: z.strictObject({ id: z.string(), version: z.string(), sha256: z.string(), title: z.string() }),
  respondent: z.strictObject({
    organization: z.string(),
    unit: z.string().optional(),
    name: z.string().optional(),
    position: z.string().optional(),
  }),
  language: z.enum(['ru', 'kk', 'en']),
  answersRubricVersion: z.string().describe('the rubric version the answer file was made with'),
  overall: z.strictObject({
    score: Score.nullable(),
    level: LevelRef.nullable(),
    coverage: z.number().min(0).max(1).describe('fraction of questions answered, three decimals'),
    answered: z.number().int(),
    total: z.number().int(),
    next: z
      .strictObject({
        level: LevelRef,
        pointsNeeded: z.number(),
        reachable: z.boolean().describe('false when even every answered question at its best cannot reach it'),
        changes: z.array(Change).describe('the fewest answer changes that reach the next level'),
      })
      .nullable(),
  }),
  levels: z.array(z.strictObject({ id: z.string(), label: z.string(), min: z.number(), description: z.string().optional() })),
  recommendations: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      description: z.string().optional(),
      weight: z.number(),
      score: Score.nullable(),
      level: LevelRef.nullable(),
      gap: Score.nullable().describe('100 minus the score'),
      gain: z.number().describe('overall points gained if every answered question of it were fully in place'),
      actions: z.string(),
      examples: z.array(z.string()),
      answered: z.number().int(),
      total: z.number().int(),
      questions: z.array(TraceQuestion),
    }),
  ),
  gaps: z
    .array(
      z.strictObject({
        question: z.string(),
        text: z.string(),
        area: z.string(),
        recommendations: z.array(z.string()),
        option: OptionRef,
        best: OptionRef,
        gain: z.number(),
      }),
    )
    .describe('answered questions not fully in place, ranked by the overall points closing them would add'),
  problemAreas: z.array(
    z.strictObject({ id: z.string(), title: z.string(), score: Score.nullable(), answered: z.number().int(), total: z.number().int() }),
  ),
  riskCategories: z.array(
    z.strictObject({ id: z.string(), title: z.string(), exposure: Score.nullable(), answered: z.number().int(), total: z.number().int() }),
  ),
  unanswered: z.array(z.strictObject({ id: z.string(), text: z.string(), area: z.string() })),
  warnings: z.array(z.string()),
});

export type Report = z.infer<typeof ReportSchema>;
export type ReportRecommendation = Report['recommendations'][number];
