import { z } from 'zod';

/**
 * The agreement of independent respondents of the same bodies: a versioned, self-contained
 * result like the report (titles in its language), from which every format is rendered.
 * Bump `AGREEMENT_SCHEMA_VERSION` on any change that breaks a reader.
 */
export const AGREEMENT_SCHEMA_VERSION = 1;

/** Below this a question is named ambiguous (Krippendorff's lowest bar for tentative conclusions). */
export const AMBIGUOUS_BELOW = 0.667;
/** The usual bar for firm conclusions. */
export const FIRM_FROM = 0.8;

const Alpha = z.number().max(1).nullable().describe('Krippendorff’s alpha, rounded to three decimals; null when undefined (fewer than two pairable values, or no variation)');
const OptionRef = z.strictObject({ id: z.string(), label: z.string(), score: z.number().min(0).max(1) });

const Measure = {
  alpha: Alpha,
  units: z.number().int().min(0).describe('pairable units: units with at least two values'),
  values: z.number().int().min(0).describe('pairable values: the answers in pairable units'),
};

const Respondent = z.strictObject({
  file: z.string(),
  name: z.string().nullable().describe('respondent.name of the file, when given'),
});

const Choice = z.strictObject({
  file: z.string(),
  name: z.string().nullable(),
  status: z.enum(['answered', 'unanswered', 'declared-na', 'gated']),
  option: OptionRef.nullable().describe('the option chosen (answered only)'),
});

export const AgreementSchema = z.strictObject({
  schemaVersion: z.literal(AGREEMENT_SCHEMA_VERSION),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  rubric: z.strictObject({ id: z.string(), version: z.string(), sha256: z.string(), title: z.string() }),
  language: z.enum(['ru', 'kk', 'en']),
  method: z.strictObject({
    metric: z.literal('ordinal').describe("per question: the question's options ordered by score; pooled (overall, sections, recommendations): option scores"),
    ambiguousBelow: z.number(),
    firmFrom: z.number(),
  }),
  files: z.number().int().min(0),
  carriedForward: z
    .array(z.strictObject({ file: z.string(), version: z.string() }))
    .describe('files made with another rubric version, carried forward by its migrations before comparison'),
  overall: z.strictObject({ ...Measure }).describe('alpha over all (body, question) units'),
  questions: z.array(
    z.strictObject({
      id: z.string(),
      text: z.string(),
      section: z.string(),
      ...Measure,
      ambiguous: z.boolean().describe(`alpha below the ambiguity bar`),
      confusions: z
        .array(
          z.strictObject({
            a: OptionRef,
            b: OptionRef,
            pairs: z.number().int().min(1).describe('pairs of respondents of one body where one chose a and the other b'),
            bodies: z.number().int().min(1).describe('bodies where both were chosen'),
          }),
        )
        .describe('the option pairs most often confused, most pairs first'),
    }),
  ),
  sections: z.array(z.strictObject({ id: z.string(), title: z.string(), kind: z.enum(['problem-area', 'risk-category']), ...Measure })),
  recommendations: z.array(z.strictObject({ id: z.string(), title: z.string(), ...Measure })),
  bodies: z.array(
    z.strictObject({
      organization: z.string(),
      respondents: z.array(Respondent),
      contributes: z.boolean().describe('false for a body with one respondent: it has no pair to compare'),
      disagreements: z
        .array(z.strictObject({ id: z.string(), text: z.string(), choices: z.array(Choice) }))
        .describe('questions its respondents answered differently (n/a counts as an answer here), to settle before merge'),
    }),
  ),
  singleRespondent: z.number().int().min(0).describe('bodies with one respondent, which contribute nothing to alpha'),
});

export type Agreement = z.infer<typeof AgreementSchema>;
export type AgreementQuestion = Agreement['questions'][number];
export type AgreementBody = Agreement['bodies'][number];
