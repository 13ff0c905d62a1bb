/** Who answered, for which body. */
export interface Respondent {
  organization: string;
  unit?: string;
  name?: string;
  position?: string;
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
  /** question id → the document that shows the answer. */
  evidence: ReadonlyMap<string, string>;
}

/**
 * The answer that says a question does not apply to the body. Accepted only for a question
 * whose rubric entry has `notApplicable`, and only with a justification in `comments` or
 * `evidence`. Option ids are kebab-case, so it never collides with one.
 */
export const NA = 'n/a';
