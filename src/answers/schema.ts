import { z } from 'zod';
import { DOCUMENT_ID, DOCUMENT_TYPES } from '../evidence/model.js';

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
  /** The question ids whose evidence in this file is theirs (a unit vouches only for its own questions). */
  evidence: z.array(z.string().max(200)).max(10000).nullish(),
  /** The register ids this file brought. */
  documents: z.array(z.string().max(200)).max(10000).nullish(),
});

/** An ISO date, `2026-02-14` (checked as a calendar date by the rules). */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'isoDate' });

/** One entry of the body's register of documents. */
const DocumentEntry = z.strictObject({
  type: z.enum(DOCUMENT_TYPES).nullish(),
  /** As written on the document: `12-п`, `3/2026`; a plain number is read as its digits. */
  number: z.union([z.string().max(200), z.number()]).nullish(),
  /** The document's date: ISO, `dd.mm.yyyy` or written out (`14 февраля 2026`). */
  date: z.string().max(200).nullish(),
  title: OptionalText,
  issuer: OptionalText,
  link: z.string().max(2000).nullish(),
});

/** A register id: a key of `documents` (see `DOCUMENT_ID`). */const DocumentId = z.string().regex(DOCUMENT_ID, { message: 'documentId' });

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
  /** The assessment date; documents dated later do not support a claim. */
  date: IsoDate.nullish(),
  /** question id → option id, or `n/a` (see `NA`); an empty value means not answered yet. */
  answers: z.record(z.string(), z.string().nullable()).nullish(),
  /** question id → free text; never counts as evidence. */
  comments: z.record(z.string(), z.string().max(4000).nullable()).nullish(),
  /** The body's register of documents, cited by id under `evidence`. */
  documents: z.record(DocumentId, DocumentEntry).nullish(),
  /**
   * question id → the documents that show the answer: register ids, or one free reference
   * that names a document's number and date («Приказ № 12-п от 14.02.2026»), or a link.
   */
  evidence: z.record(z.string(), z.union([z.string().max(2000), z.array(DocumentId).max(50)]).nullable()).nullish(),
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
