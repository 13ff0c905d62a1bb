import type { DocumentEntry, EvidenceRef } from '../evidence/model.js';

/** Who answered, for which body. */
export interface Respondent {
  organization: string;
  unit?: string;
  name?: string;
  position?: string;
  /** The kind of body, free text (`ministry`, `akimat`, `agency`…); the fleet page groups by it. */
  type?: string;
  /** The body's region, free text; the fleet page groups by it. */
  region?: string;
}

/** An answer file checked against a rubric: only known questions, only known options. */
export interface Answers {
  rubric: { id: string; version: string };
  respondent: Respondent;
  language?: string;
  /** question id → option id or `NA`, answered questions only. */
  answers: ReadonlyMap<string, string>;
  /** question id → free text. */
  comments: ReadonlyMap<string, string>;
  /** The assessment date (ISO); documents dated later do not support a claim. */
  date?: string;
  /**
   * A file without `date`, or dated after the day it was read: that day (today in Astana),
   * against which its documents' dates are checked instead. Never written back and never shown
   * as the assessment date.
   */
  checkedOn?: string;
  /** The body's register of documents: id → entry. */
  documents: ReadonlyMap<string, DocumentEntry>;
  /** question id → the documents that show the answer: register ids or a free reference. */
  evidence: ReadonlyMap<string, EvidenceRef>;
  /** A unit's file: the unit that answered it, and the questions it was asked. */
  unit?: string;
  asked?: readonly string[];
  /** A merged file: who gave which answer, and the conflicts settled by `--prefer`. */
  contributors?: readonly Contributor[];
  decisions?: readonly Decision[];
}

/** One unit file merged into a body's file, and the answers it gave. */
export interface Contributor {
  file: string;
  unit?: string;
  name?: string;
  position?: string;
  /** Question ids whose answer in the merged file is this contributor's. */
  answers: readonly string[];
  /** Question ids whose evidence in the merged file came from this contributor. */
  evidence?: readonly string[];
  /** Register ids this contributor brought. */
  documents?: readonly string[];
}

/** A conflict settled by `merge --prefer`: the answer kept and the answers set aside. */
export interface Decision {
  question: string;
  answer: string;
  file: string;
  over: ReadonlyArray<{ answer: string; file: string }>;
}

/**
 * The answer that says a question does not apply to the body. Accepted only for a question
 * whose rubric entry has `notApplicable`, and only with a justification: a sentence of
 * substance in `comments` and, where the rubric sets `evidenceFrom`, a document. Option ids are kebab-case, so it never collides with one.
 */
export const NA = 'n/a';
