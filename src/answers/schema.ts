import { z } from 'zod';

const Text = z.string().trim().min(1, { message: 'notEmpty' }).max(500);
const OptionalText = z.string().max(500).nullish();

const Contributor = z.strictObject({
  /** The unit file it came from, as given to `merge`. */
  file: z.string().max(1000),
  unit: OptionalText,
  name: OptionalText,
  position: OptionalText,
  /** The question ids whose answer in this file is theirs. */
  answers: z.array(z.string().max(200)).max(10000).nullish(),
});

const Decision = z.strictObject({
  question: z.string().max(200),
  /** The answer kept, and the file it came from (the one named by `--prefer`). */
  answer: z.string().max(200),
  file: z.string().max(1000),
  /** The answers set aside, with their files. */
  over: z.array(z.strictObject({ answer: z.string().max(200), file: z.string().max(1000) })).max(1000),
});

/** An answer file as written by the interview, by hand, or by another system. */
export const AnswersSchema = z.strictObject({
  $schema: z.string().optional(),
  rubric: z.strictObject({ id: z.string().min(1), version: z.string().min(1) }),
  respondent: z.strictObject({
    organization: Text,
    unit: OptionalText,
    name: OptionalText,
    position: OptionalText,
    /** The kind of body (ministry, akimat, agency…): the fleet page groups bodies by it. */
    type: OptionalText,
    /** The body's region: the fleet page groups bodies by it too. */
    region: OptionalText,
  }),
  language: z.string().nullish(),
  /** question id → option id, or `n/a` (see `NA`); an empty value means not answered yet. */
  answers: z.record(z.string(), z.string().nullable()).nullish(),
  /** question id → free text: evidence, a document number, a link. */
  comments: z.record(z.string(), z.string().max(4000).nullable()).nullish(),
  /** question id → the document that shows the answer: its number, date, link. */
  evidence: z.record(z.string(), z.string().max(2000).nullable()).nullish(),
  /** A unit's file: the id of the unit (from the rubric's `units`) that answered it. */
  unit: z.string().trim().min(1).max(200).nullish(),
  /** A unit's file: the question ids that unit was asked. */
  asked: z.array(z.string().max(200)).max(10000).nullish(),
  /** A merged file: who gave which answer (one entry per unit file merged). */
  contributors: z.array(Contributor).max(1000).nullish(),
  /** A merged file: conflicts settled with `merge --prefer`. */
  decisions: z.array(Decision).max(10000).nullish(),
});

export type AnswersFile = z.infer<typeof AnswersSchema>;
