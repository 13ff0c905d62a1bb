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
  /** question id → option id, answered questions only. */
  answers: ReadonlyMap<string, string>;
  /** question id → comment or evidence. */
  comments: ReadonlyMap<string, string>;
}
