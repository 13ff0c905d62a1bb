import { z } from 'zod';

const Text = z.string().trim().min(1, { message: 'notEmpty' }).max(500);
const OptionalText = z.string().max(500).nullish();

/** An answer file as written by the interview, by hand, or by another system. */
export const AnswersSchema = z.strictObject({
  $schema: z.string().optional(),
  rubric: z.strictObject({ id: z.string().min(1), version: z.string().min(1) }),
  respondent: z.strictObject({
    organization: Text,
    unit: OptionalText,
    name: OptionalText,
    position: OptionalText,
  }),
  language: z.string().nullish(),
  /** question id → option id, or `n/a` (see `NA`); an empty value means not answered yet. */
  answers: z.record(z.string(), z.string().nullable()).nullish(),
  /** question id → free text: evidence, a document number, a link. */
  comments: z.record(z.string(), z.string().max(4000).nullable()).nullish(),
  /** question id → the document that shows the answer: its number, date, link. */
  evidence: z.record(z.string(), z.string().max(2000).nullable()).nullish(),
});

export type AnswersFile = z.infer<typeof AnswersSchema>;
