import type { DocumentEntry, EvidenceRef } from './model.js';

/**
 * A reference as one line of text, for reports and merged files: a free reference as
 * written; register ids each with what the register says of them (number, date, title), an
 * id the register lacks as it is. Pure; no labels, so the same in every language.
 */
export function evidenceText(ref: EvidenceRef, documents: ReadonlyMap<string, DocumentEntry>): string {
  if ('text' in ref) return ref.text;
  return ref.documents.map((id) => describeDocument(id, documents.get(id))).join('; ');
}

/** One register entry as `id (12-п, 2026-02-14, title)`, or the id alone. */
export function describeDocument(id: string, doc: DocumentEntry | undefined): string {
  if (!doc) return id;
  const parts = [doc.number, doc.date, doc.title, doc.link].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 0 ? `${id} (${parts.join(', ')})` : id;
}

/** Whether two references say the same thing (the same text, or the same ids in the same order). */
export function sameRef(a: EvidenceRef | undefined, b: EvidenceRef | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if ('text' in a) return 'text' in b && a.text === b.text;
  return 'documents' in b && a.documents.length === b.documents.length && a.documents.every((d, i) => d === b.documents[i]);
}
