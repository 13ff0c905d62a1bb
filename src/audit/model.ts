import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * An auditor's finding on one claim: `confirmed`, `rejected` (the documents show less), or
 * `not-found` (a document the claim cites does not exist as cited: a rejection that also
 * withdraws trust from every claim the auditor did not check; see `verifiedAnswers`).
 */
export type VerdictKind = 'confirmed' | 'rejected' | 'not-found';

/** The verdicts that reject a claim. */
export function isRejection(kind: VerdictKind | null): kind is 'rejected' | 'not-found' {
  return kind === 'rejected' || kind === 'not-found';
}

/** One question's entry in an audit: blank (`verdict` null) until the auditor fills it. */
export interface Verdict {
  verdict: VerdictKind | null;
  /** With `rejected` or `not-found`: the option the documents support (an option id or `n/a`); null: the claim counts at 0. */
  option: string | null;
  note: string | null;
}

/**
 * An audit file checked for shape: plain data (it crosses to the batch's worker threads).
 * `verdicts` keeps the file's order.
 */
export interface Audit {
  /** Where it was read from. */
  file: string;
  auditor: string | null;
  date: string | null;
  /**
   * The day the body's answers reached the auditor (its registration), from which the
   * verified result measures the rubric's periods; without it, the audit's `date`.
   */
  received: string | null;
  organization: string;
  /** The sha256 of the answer file's bytes it was made for (lower-case hex). */
  sha256: string;
  verdicts: Array<[question: string, verdict: Verdict]>;
}

/** Whether a parsed YAML or JSON value is an audit file: its top level has `verdicts`, which no answer file has. */
export function isAuditValue(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'verdicts');
}

/** The sha256 (lower-case hex) of a file's bytes, as an audit names its answer file. */
export function fileSha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
