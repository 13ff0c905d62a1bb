/**
 * The evidence room (SPEC.md "Method": Evidence, Flags for the auditor): the vocabulary, the
 * one classifier of references, placeholders, dates, and the flags. Pure; used by scoring,
 * the interview, the template and the audit.
 */
export * from './model.js';
export { classifyDocument, classifyEvidence, classifyText, documentKeys, hasDocumentNumber, hasLink, type EvidenceClass, type EvidenceContext } from './classify.js';
export { findDates, isoDate, parseDate, type FoundDate } from './dates.js';
export { isPlaceholder, isSubstantive, visibleText } from './placeholder.js';
export { evidenceText, describeDocument } from './describe.js';
export { evidenceFlags, evidenceGivers, type EvidenceFlag } from './flags.js';
export { inferDocumentType } from './infer-type.js';
