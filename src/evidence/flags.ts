import type { Answers } from '../answers/model.js';
import type { Question } from '../rubric/model.js';
import { documentKeyDay, documentKeys, entryDay, hasLink, referenceDay } from './classify.js';
import { inferDocumentType } from './infer-type.js';
import type { FlagKind } from './model.js';

/** A flag for the auditor on one question; it never changes a score. */
export interface EvidenceFlag {
  id: string;
  kind: FlagKind;
  /** The documents it is about: register ids, or the free reference as written (none for a contradiction). */
  documents: string[];
  /** `contradiction`: the other question, whose answer this one's contradicts. */
  question?: string;
}

/**
 * The units whose files gave a question's evidence in a merged file (`contributors[].evidence`);
 * empty when the file does not say (one respondent's file, or an older merged file).
 */
export function evidenceGivers(answers: Answers, questionId: string): Array<string | undefined> {
  return (answers.contributors ?? []).filter((c) => c.evidence?.includes(questionId)).map((c) => c.unit);
}

/**
 * Whether a question's evidence came only from units other than the question's own: every
 * file that gave it names a unit, and none is the question's.
 */
export function fromOtherUnit(answers: Answers, q: Question): boolean {
  if (q.unit === undefined) return false;
  const givers = evidenceGivers(answers, q.id);
  return givers.length > 0 && givers.every((u) => u !== undefined && u !== q.unit);
}

/**
 * The flags of an answer file (SPEC.md "Flags for the auditor"), in the rubric's order of
 * questions: `reused-document` (one document, a register id or the same free reference,
 * cited for more than `maxCitations` of the `cited` questions), `type-mismatch` (a register
 * document whose type the question's `evidenceTypes` does not list, or a free reference that
 * names such a type in words: see `inferDocumentType`), `other-unit` (evidence
 * given only by another unit in a merged file), `same-day` (a document one of more than
 * `maxCitations` different documents the file cites that bear the same date: a body may sign
 * several acts in one day, but a file whose claims rest on many documents of one day is what a
 * run of invented numbers looks like, so the auditor checks them first), `old-document` (a
 * document dated before the day `oldBefore` gives for the question, or a link without a date: a
 * standing state shown by an old paper, or by a page of unknown age, may no longer hold, so the
 * auditor checks that it does). `cited`: the
 * questions whose evidence counts for something (answered, `n/a` or a gate), so a stray entry
 * is not flagged. Pure.
 */
export function evidenceFlags(
  questions: readonly Question[],
  answers: Answers,
  maxCitations: number,
  cited: (q: Question) => boolean,
  oldBefore: (q: Question) => string | undefined = () => undefined,
): EvidenceFlag[] {
  // Each reference's keys once (a free reference's cost: its type, number and date read from the text).
  const keysOf = new Map<string, string[]>();
  const counts = new Map<string, number>();
  for (const q of questions) {
    const ref = answers.evidence.get(q.id);
    if (!ref || !cited(q)) continue;
    const keys = documentKeys(ref, answers.documents);
    keysOf.set(q.id, keys);
    for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // Different documents (type, number, date) by their date: the days with too many of them.
  const byDay = new Map<string, Set<string>>();
  for (const key of counts.keys()) {
    const day = documentKeyDay(key);
    if (day !== undefined) byDay.set(day, (byDay.get(day) ?? new Set()).add(key));
  }
  const crowded = (key: string) => {
    const day = documentKeyDay(key);
    return day !== undefined && byDay.get(day)!.size > maxCitations;
  };
  const flags: EvidenceFlag[] = [];
  for (const q of questions) {
    const ref = answers.evidence.get(q.id);
    if (!ref || !cited(q)) continue;
    const keys = keysOf.get(q.id)!;
    const reused = [...new Set(keys)].filter((k) => counts.get(k)! > maxCitations);
    if (reused.length > 0) flags.push({ id: q.id, kind: 'reused-document', documents: 'text' in ref ? [ref.text] : ref.documents.filter((_, i) => reused.includes(keys[i]!)) });
    if ('documents' in ref && q.evidenceTypes !== undefined) {
      const wrong = ref.documents.filter((id) => {
        const type = answers.documents.get(id)?.type;
        return type !== undefined && !q.evidenceTypes!.includes(type);
      });
      if (wrong.length > 0) flags.push({ id: q.id, kind: 'type-mismatch', documents: wrong });
    } else if ('text' in ref && q.evidenceTypes !== undefined) {
      // A free reference names its type in words («Приказ № 12-п…»); one it does not name is not flagged.
      const type = inferDocumentType(ref.text);
      if (type !== undefined && !q.evidenceTypes.includes(type)) flags.push({ id: q.id, kind: 'type-mismatch', documents: [ref.text] });
    }
    if (fromOtherUnit(answers, q)) flags.push({ id: q.id, kind: 'other-unit', documents: 'text' in ref ? [ref.text] : [...ref.documents] });
    const sameDay = keys.map(crowded);
    if (sameDay.some(Boolean)) flags.push({ id: q.id, kind: 'same-day', documents: 'text' in ref ? [ref.text] : ref.documents.filter((_, i) => sameDay[i]) });
    const cutOff = oldBefore(q);
    if (cutOff !== undefined) {
      // A document's date as the classifier reads it (a register entry's, a free reference's first);
      // a link without a date shows no age at all, so it is checked as an old one would be.
      const old = (day: string | undefined, link: boolean) => (day === undefined ? link : day < cutOff);
      if ('text' in ref) {
        if (old(referenceDay(ref.text), hasLink(ref.text))) flags.push({ id: q.id, kind: 'old-document', documents: [ref.text] });
      } else {
        const aged = ref.documents.filter((id) => {
          const entry = answers.documents.get(id);
          return entry !== undefined && old(entryDay(entry), entry.link !== undefined);
        });
        if (aged.length > 0) flags.push({ id: q.id, kind: 'old-document', documents: aged });
      }
    }
  }
  return flags;
}
