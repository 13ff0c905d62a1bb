import { z } from 'zod';
import { REPORT_SCHEMA_VERSION } from './version.js';
import { FLAG_KINDS, UNSUPPORTED_REASONS } from '../evidence/model.js';

/**
 * The one result model. Every output format is rendered from it alone: it carries the
 * titles, levels and actions in the report's language, so a renderer never needs the
 * rubric. Bump `REPORT_SCHEMA_VERSION` on any change that breaks a reader.
 */
export { REPORT_SCHEMA_VERSION };

const Score = z.number().min(0).max(100).describe('0..100, one decimal');
const OptionRef = z.strictObject({ id: z.string(), label: z.string(), score: z.number().min(0).max(1) });
const LevelRef = z.strictObject({ id: z.string(), label: z.string(), min: z.number() });

const Status = z
  .enum(['answered', 'unanswered', 'declared-na', 'gated'])
  .describe('answered; applicable and blank, or n/a without its justification (counts as 0); declared not applicable with a justification; excluded by its gate');

const Reason = z
  .enum(UNSUPPORTED_REASONS)
  .describe('why the evidence does not support the claim: none given; a placeholder; no document number and date; dated after the assessment; not in the register; given by another unit');

const TraceQuestion = z.strictObject({
  id: z.string(),
  text: z.string(),
  area: z.string(),
  status: Status,
  option: OptionRef.nullable().describe('the chosen option; null when not answered with an option'),
  countedAs: OptionRef.optional().describe('the option that counts when an unsupported claim is downgraded'),
  unsupported: z.literal(true).optional().describe('a claim its evidence does not support: an option at or above evidenceFrom, a gate answer that would close questions, or an n/a without its justification'),
  reason: Reason.optional(),
  weight: z.number().describe("question weight × its weight for this recommendation"),
  contribution: z
    .number()
    .nullable()
    .describe('points this question adds to the recommendation score (two decimals); 0 when blank; null when it does not apply'),
  evidence: z.string().optional(),
  comment: z.string().optional(),
});

const AuditResult = z.strictObject({
  score: Score.nullable(),
  level: z.strictObject({ id: z.string(), label: z.string() }).nullable(),
  status: z.enum(['complete', 'incomplete']),
});

const Change = z.strictObject({
  question: z.string(),
  text: z.string(),
  from: OptionRef.nullable().describe('null: the question is not answered yet'),
  to: OptionRef,
  gain: z.number().describe('overall points this measure adds'),
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
    type: z.string().optional().describe('the kind of body (ministry, akimat, agency…), from the answer file'),
    region: z.string().optional().describe("the body's region, from the answer file"),
  }),
  language: z.enum(['ru', 'kk', 'en']),
  date: z.string().nullable().describe('the assessment date from the answer file (ISO); documents dated later do not count'),
  answersRubricVersion: z.string().describe('the rubric version the answer file was made with'),
  method: z
    .strictObject({
      minCoverage: z.number(),
      weakestLink: z.number().int().nullable(),
      evidenceFrom: z.number().nullable(),
      unsupported: z.enum(['flag', 'downgrade']),
      maxCitations: z.number().int(),
      oldAfterMonths: z.number().int().nullable(),
    })
    .describe("the rubric's scoring parameters this report was scored with"),
  overall: z.strictObject({
    score: Score.nullable().describe('mean of the recommendation scores; unanswered applicable questions count as 0'),
    answeredScore: Score.nullable().describe('the same over answered questions only, for information'),
    level: LevelRef.nullable().describe('null while the assessment is incomplete'),
    status: z.enum(['complete', 'incomplete']).describe('incomplete: coverage below the minCoverage of the rubric'),
    coverage: z.number().min(0).max(1).describe('answered ÷ applicable questions, three decimals'),
    answered: z.number().int(),
    applicable: z.number().int().describe('questions that apply: not excluded by a gate, not declared n/a'),
    total: z.number().int(),
    required: z.number().int().describe('answers the coverage floor asks for'),
    missing: z.number().int().describe('answers still needed to reach the floor'),
    uncappedLevel: LevelRef.nullable().describe('the level the score alone would reach, when the weakest link lowers it'),
    cappedBy: z
      .strictObject({ id: z.string(), title: z.string(), score: Score, level: LevelRef.nullable() })
      .nullable()
      .describe('the recommendation, or the module (id `module:<gate id>`, title the gate question), that holds the level down (weakest link)'),
    heldAt: z
      .strictObject({ level: LevelRef, claims: z.array(z.string()), overstated: z.boolean().describe('the audit found a claim overstated, so unchecked answers carry nothing either') })
      .optional()
      .describe('a verified result only: the level the score reaches, which the claims the auditor checked do not carry on their own documents; the unchecked claims it rests on, to check next (the level above is then the one they carry)'),
    next: z
      .strictObject({
        level: LevelRef,
        pointsNeeded: z.number(),
        reachable: z.boolean().describe('false when even every answered question at its best cannot reach it'),
        changes: z.array(Change).describe('the fewest measures (states to put in place, from → to) that reach the next level'),
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
      answeredScore: Score.nullable(),
      level: LevelRef.nullable(),
      gap: Score.nullable().describe('100 minus the score'),
      gain: z.number().describe('overall points gained if every answered question of it were fully in place'),
      actions: z.string(),
      examples: z.array(z.string()),
      answered: z.number().int(),
      applicable: z.number().int(),
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
        option: OptionRef.nullable().describe('the option that counts; null when not answered'),
        best: OptionRef,
        gain: z.number(),
      }),
    )
    .describe('applicable questions not fully in place, answered or blank, ranked by the overall points closing them would add'),
  problemAreas: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      score: Score.nullable(),
      answered: z.number().int(),
      applicable: z.number().int(),
      total: z.number().int(),
    }),
  ),
  riskCategories: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      exposure: Score.nullable().describe('100 minus the section score'),
      answered: z.number().int(),
      applicable: z.number().int(),
      total: z.number().int(),
    }),
  ),
  unanswered: z
    .array(z.strictObject({ id: z.string(), text: z.string(), area: z.string(), unit: z.string().optional() }))
    .describe('applicable questions with no answer'),
  notApplicable: z.array(
    z.discriminatedUnion('reason', [
      z.strictObject({
        id: z.string(),
        text: z.string(),
        area: z.string(),
        reason: z.literal('declared'),
        label: z.string().describe("the rubric's words for when n/a is true"),
        justification: z.string(),
      }),
      z.strictObject({
        id: z.string(),
        text: z.string(),
        area: z.string(),
        reason: z.literal('gated'),
        gate: z.strictObject({ question: z.string(), text: z.string(), answer: OptionRef.nullable() }),
      }),
    ]),
  ),
  unsupported: z
    .array(
      z.strictObject({
        id: z.string(),
        text: z.string(),
        area: z.string(),
        option: OptionRef,
        countedAs: OptionRef.nullable().describe('the option it counts as when downgraded; null when flagged only'),
        kind: z.enum(['option', 'gate', 'n/a']).describe('an option at or above evidenceFrom; a gate answer that would close questions (it then closes nothing); an n/a (it then does not count: the question stays applicable and unanswered)'),
        reason: Reason,
        given: z.string().optional().describe('the evidence as given, when there is any'),
        evidence: z.string().optional().describe('the document the rubric expects'),
      }),
    )
    .describe('claims their evidence does not support, each with its reason'),
  flags: z
    .array(
      z.strictObject({
        id: z.string(),
        text: z.string(),
        kind: z.enum(FLAG_KINDS),
        documents: z.array(z.string()).describe('register ids, or the free reference as written; empty for a contradiction'),
        question: z
          .strictObject({ id: z.string(), text: z.string() })
          .optional()
          .describe('contradiction: the other question, whose answer this one contradicts'),
      }),
    )
    .describe('for the auditor, never a change of score: one document cited for more than maxCitations questions; a document type the question does not accept (a register entry\'s type, or the type a free reference names); evidence given by another unit; two answers that contradict each other (an option\'s implies), when a gate\'s closing answer is one of them it closes nothing'),
  modules: z
    .array(
      z.strictObject({
        id: z.string().describe('`module:<gate id>`'),
        gate: z.string(),
        title: z.string().describe("the gate question's text"),
        score: Score.nullable(),
        level: LevelRef.nullable(),
        answered: z.number().int(),
        applicable: z.number().int(),
        total: z.number().int(),
      }),
    )
    .describe('the modules that apply (the questions one gate gates): pillars of the weakest link beside the recommendations'),
  warnings: z.array(z.string()),
  source: z
    .strictObject({ file: z.string(), sha256: z.string().describe("sha256 of the answer file's bytes") })
    .optional()
    .describe('the answer file this report was scored from (reports written by a batch)'),
  audit: z
    .strictObject({
      file: z.string().describe('the audit file'),
      auditor: z.string().nullable(),
      date: z.string().nullable(),
      sha256: z.string().nullable().describe('the sha256 of the answer file the audit was made for; null when it names none given'),
      declared: AuditResult.describe('the result as the body declared it (the same as overall)'),
      verified: AuditResult.nullable().describe('the result of the answers as verified: each rejected claim at the auditor\'s option, or 0 without one; a rejected n/a or gate answer as not given; after a not-found verdict, every claim without a verdict judged as if it cited no document; null when the audit could not be applied'),
      confirmed: z.number().int().min(0).describe('answered questions the auditor confirmed'),
      rejected: z.number().int().min(0).describe('answered questions the auditor rejected (not-found included)'),
      notFound: z.number().int().min(0).describe('rejected because a document they cite does not exist as cited: the claims without a verdict then count as if they cited no document'),
      unchecked: z.number().int().min(0).describe('answered questions without a verdict'),
      measuredOn: z
        .strictObject({ date: z.string(), from: z.enum(['received', 'audit']) })
        .nullable()
        .describe("the day the verified result measures the rubric's periods from, when it is not the day the declared one is measured from: the day the answers were received (audit.received), else the audit's date; null: the same day as declared (the audit names no later day, or it was not applied)"),
      held: z
        .strictObject({
          level: z.strictObject({ id: z.string(), label: z.string() }).describe('the level the verified score reaches'),
          claims: z.array(z.strictObject({ id: z.string(), text: z.string() })).describe('the unchecked claims that level rests on'),
          overstated: z.boolean().describe('true: the audit found a claim overstated (rejected or not-found), so unchecked answers carry nothing either; false: only unchecked documents are not counted'),
        })
        .nullable()
        .describe('when the claims the auditor checked do not carry the level the verified score reaches: the verified level is the one they carry, and these claims are to check next; null otherwise'),
      verdicts: z.array(
        z.strictObject({
          id: z.string(),
          text: z.string(),
          verdict: z.enum(['confirmed', 'rejected', 'not-found']).nullable().describe('null: sampled, not yet checked; not-found: a document the claim cites does not exist as cited'),
          claimed: z.strictObject({ id: z.string(), label: z.string() }).describe('the option the body claimed (or n/a)'),
          option: z.strictObject({ id: z.string(), label: z.string() }).nullable().describe("the auditor's option, when one is named"),
          countedAs: OptionRef.nullable().describe('what a rejected claim counts as in the verified result; null when not given or not rejected'),
          note: z.string().optional(),
        }),
      ),
      error: z.string().optional().describe('why the audit could not be applied: it names another answer file, or the file changed since'),
    })
    .optional()
    .describe('only with score --audit: the declared and the verified result side by side'),
});

export type Report = z.infer<typeof ReportSchema>;
export type ReportRecommendation = Report['recommendations'][number];
