/**
 * The evidence model (SPEC.md "Answer file format", "Method": Evidence, Flags for the
 * auditor): the document types, a register entry, a reference to evidence, and the reasons
 * and flags a reference can carry. Types and constants only; the labels a person reads are
 * in the catalogue (`src/i18n/catalogue/evidence.ts`).
 */

/** The fixed vocabulary of document types, by id. */
export const DOCUMENT_TYPES = [
  'order',
  'regulation',
  'staff-list',
  'job-description',
  'report',
  'minutes',
  'letter',
  'contract',
  'opinion',
  'plan',
  'register-extract',
  'web-page',
  'certificate',
  'other',
] as const;

/** One id of the document-type vocabulary. */
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Whether a string is one of the document-type ids. */
export function isDocumentType(value: string): value is DocumentType {
  return (DOCUMENT_TYPES as readonly string[]).includes(value);
}

/** A register id: one line of 1 to 200 characters without spaces at its ends (`order-12`, `приказ-12`). */
export const DOCUMENT_ID = /^\S(?:[^\n\r]{0,198}\S)?$/;

/** One entry of the body's register of documents (`documents:` in an answer file). */
export interface DocumentEntry {
  type?: DocumentType;
  /** The document's number as written on it: `12-п`, `3/2026`. */
  number?: string;
  /** Its date, ISO (`2026-02-14`) once checked. */
  date?: string;
  title?: string;
  issuer?: string;
  /** Where it is published (http or https). */
  link?: string;
}

/** What an answer file gives as evidence for one question: register ids, or a free reference. */
export type EvidenceRef = { readonly documents: readonly string[] } | { readonly text: string };

/** Whether a reference cites the register. */
export function isRegisterRef(ref: EvidenceRef): ref is { readonly documents: readonly string[] } {
  return 'documents' in ref;
}

/** Why a claim is not supported by its evidence. */
export const UNSUPPORTED_REASONS = ['missing', 'placeholder', 'no-number-or-date', 'no-type', 'future-date', 'too-old', 'unknown-document', 'other-unit'] as const;
export type UnsupportedReason = (typeof UNSUPPORTED_REASONS)[number];

/** What an auditor should look at first; a flag never changes a score. */
export const FLAG_KINDS = ['reused-document', 'type-mismatch', 'other-unit', 'contradiction', 'same-day', 'old-document'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** How many questions one document may be cited for before `reused-document` (SPEC "Flags"). */
export const DEFAULT_MAX_CITATIONS = 3;
