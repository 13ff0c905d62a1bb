import { z } from 'zod';

/**
 * The comparison of one body's two rounds: a versioned, self-contained result like the
 * report (titles in its language), from which every format is rendered. Bump
 * `COMPARISON_SCHEMA_VERSION` on any change that breaks a reader.
 */
export const COMPARISON_SCHEMA_VERSION = 2;

const Score = z.number().min(0).max(100);
const LevelRef = z.strictObject({ id: z.string(), label: z.string(), min: z.number() });
const OptionRef = z.strictObject({ id: z.string(), label: z.string(), score: z.number().min(0).max(1) });
const Move = z.enum(['up', 'down', 'same', 'unknown']).describe('the level then and now: unknown when either has no level');

const Round = z.strictObject({
  file: z.string(),
  organization: z.string(),
  answersRubricVersion: z.string().describe('the rubric version the answer file was made with'),
  carriedForward: z.boolean().describe('made with another rubric version and scored against the current one through its migrations'),
  warnings: z.array(z.string()),
  score: Score.nullable(),
  answeredScore: Score.nullable(),
  level: LevelRef.nullable(),
  status: z.enum(['complete', 'incomplete']),
  coverage: z.number().min(0).max(1),
  answered: z.number().int(),
  applicable: z.number().int(),
  unsupported: z.number().int().describe('claims without evidence'),
  date: z.string().optional().describe("the assessment date the answer file gives (its `date`), when it gives one"),
  respondent: z.strictObject({ name: z.string().optional(), position: z.string().optional() }).describe('who answered'),
});

const Then = z.strictObject({
  status: z.enum(['answered', 'unanswered', 'declared-na', 'gated']),
  option: OptionRef.nullable(),
  counted: OptionRef.nullable().describe('the option that counts: the answer, or the one a claim without evidence is downgraded to'),
  value: z.number().nullable().describe('the score that counts (0 when blank); null when it does not apply'),
});

const QuestionChange = z.strictObject({
  id: z.string(),
  text: z.string(),
  area: z.string(),
  earlier: Then,
  later: Then,
  delta: z.number().describe('later value minus earlier value, option scores on the 0..1 scale'),
});

const GateChange = z.strictObject({
  id: z.string(),
  text: z.string(),
  earlier: Then,
  later: Then,
  opened: z.array(z.string()).describe('questions that began to apply with the new answer'),
  closed: z.array(z.string()).describe('questions that stopped applying with the new answer'),
});

const MigrationStep = z.strictObject({
  kind: z.enum(['renamed', 'split', 'dropped', 'option']),
  question: z.string().describe('the question id in the earlier file'),
  to: z.array(z.string()).describe('the question ids it answers now (renamed, split); for option, the option then and now'),
});

const Claim = z.strictObject({
  id: z.string(),
  text: z.string(),
  option: OptionRef.describe('the answer claimed now'),
  evidence: z.string().optional().describe('the document now recorded (gained) or the one the rubric expects (lost)'),
});

export const ComparisonSchema = z.strictObject({
  schemaVersion: z.literal(COMPARISON_SCHEMA_VERSION),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  rubric: z.strictObject({ id: z.string(), version: z.string(), sha256: z.string(), title: z.string() }),
  language: z.enum(['ru', 'kk', 'en']),
  sameOrganization: z.boolean().describe('false only when compared with --force'),
  earlier: Round,
  later: Round,
  overall: z.strictObject({ delta: z.number().nullable(), level: Move }),
  recommendations: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      earlier: z.strictObject({ score: Score.nullable(), level: LevelRef.nullable() }),
      later: z.strictObject({ score: Score.nullable(), level: LevelRef.nullable() }),
      delta: z.number().nullable(),
      level: Move,
    }),
  ),
  improved: z.array(QuestionChange).describe('questions whose counted score rose, largest rise first'),
  slipped: z.array(QuestionChange).describe('questions whose counted score fell, largest fall first'),
  applicability: z.array(QuestionChange.omit({ delta: true })).describe('questions that began or stopped applying'),
  gates: z
    .array(GateChange)
    .describe("gate questions whose answer changed: they decide which questions apply and carry no score, so they are neither progress nor a slip"),
  rubricChange: z
    .strictObject({
      version: z.string().describe('the rubric version the earlier file was made with'),
      own: z.strictObject({ score: Score.nullable(), coverage: z.number(), status: z.enum(['complete', 'incomplete']) }).describe('the earlier file scored under its own version'),
      current: z.strictObject({ score: Score.nullable(), coverage: z.number(), status: z.enum(['complete', 'incomplete']) }).describe('the earlier file scored under the current version'),
      rubricDelta: z.number().nullable().describe("current minus own: the part of the change the rubric's change explains"),
      answersDelta: z.number().nullable().describe('the later score minus the earlier file under the current version: the part the answers explain'),
      migration: z.array(MigrationStep).describe("what the rubric's migration did to the earlier file's answers"),
    })
    .nullable()
    .describe('when the earlier file was made with another rubric version whose archive is at hand; null otherwise'),
  evidence: z.strictObject({
    rule: z.number().nullable().describe("the rubric's evidenceFrom: options scoring this or more need evidence"),
    gained: z.array(Claim).describe('claims unsupported then, supported now'),
    lost: z.array(Claim).describe('claims supported then, unsupported now'),
  }),
});

export type Comparison = z.infer<typeof ComparisonSchema>;
export type QuestionChange = Comparison['improved'][number];
