import { findDates, monthsBefore, parseDate } from './dates.js';
import type { DocumentEntry, EvidenceRef, UnsupportedReason } from './model.js';
import { inferDocumentType, namesDocumentType } from './infer-type.js';
import { isPlaceholder, visibleText } from './placeholder.js';

/**
 * The period a chosen option names: its evidence must include a document dated within the last
 * `recentMonths` months before the assessment date, and on or after `notBefore` (ISO). A rubric
 * option (and the interview's planned option) is one: it carries both fields.
 */
export interface Period {
  recentMonths?: number | undefined;
  notBefore?: string | undefined;
}

/** What a reference is judged against: the body's register, the assessment date, the chosen option's period. */
export interface EvidenceContext {
  documents: ReadonlyMap<string, DocumentEntry>;
  /** The assessment date (ISO); absent: no date is in the future. */
  date?: string | undefined;
  period?: Period | undefined;
}

/** Whether a reference names a document, and if not, why. */
export type EvidenceClass = { supported: true } | { supported: false; reason: UnsupportedReason };

const SUPPORTED: EvidenceClass = { supported: true };
const no = (reason: UnsupportedReason): EvidenceClass => ({ supported: false, reason });

/**
 * Whether a document dated `when` (ISO, or undefined when it bears no date) falls within the
 * period a rung names: on or after `notBefore` (a rung only an event makes possible, such as the
 * Law's publication), and within the last `recentMonths` months up to the assessment date. With
 * no period there is nothing to check; an undated document shows no period.
 */
function recent(when: string | undefined, date: string | undefined, { recentMonths, notBefore }: Period): EvidenceClass {
  if (notBefore !== undefined && (when === undefined || when < notBefore)) return no('too-old');
  if (recentMonths === undefined || date === undefined) return SUPPORTED;
  return when !== undefined && when >= monthsBefore(date, recentMonths) ? SUPPORTED : no('too-old');
}

/** An http or https address with a host that has a dot: `https://adilet.zan.kz/rus/docs/Z2500000230`. */
const LINK = /(?<![\p{L}\p{N}])https?:\/\/(?:[\p{L}\p{N}-]+\.)+[\p{L}\p{N}-]{2,}(?::\d+)?(?:[/?#][^\s]*)?/iu;

/** Whether a text holds a link (http or https, a host with a dot). */
export function hasLink(text: string): boolean {
  return LINK.test(text);
}

// A number after its marker: «№ 12-п», «№12», "No. 12", "Nr 3", "#5", «номер 7», «нөмірі 7».
const MARKED = /(?:№|(?<![\p{L}\p{N}])(?:no|nr|n|номер|номером|нөмір|нөмірі|нөмірлі)\.?(?![\p{L}])|#)\s*:?\s*[\p{L}\p{N}]*\p{N}/iu;
// A token with a digit left after the dates are taken out: «12-п», «3/2026», «01-12/345».
const TOKEN = /(?<![\p{L}\p{N}])[\p{L}\p{N}]*\p{N}[\p{L}\p{N}/\\-]*/gu;
// A year alone or with its word: «2025», «2025 год», «2025 жылғы», "2025".
const YEAR = /^(?:19|20|21)\d{2}$/;

/**
 * Whether a free reference names a document's number: after a marker (№, No., номер,
 * нөмірі), or as a token with a digit that is neither part of a date nor a year.
 */
export function hasDocumentNumber(text: string): boolean {
  const withoutDates = blankDates(text);
  if (MARKED.test(withoutDates)) return true;
  for (const m of withoutDates.replace(LINK, ' ').matchAll(TOKEN)) {
    if (!YEAR.test(m[0])) return true;
  }
  return false;
}

function blankDates(text: string): string {
  let out = text;
  for (const d of findDates(text)) out = out.slice(0, d.index) + ' '.repeat(d.length) + out.slice(d.index + d.length);
  return out;
}

// Words that carry no name of a document: the connectives between its number and date.
const FILLERS = new Set(['dated', 'from', 'date', 'года', 'год', 'дата', 'датой', 'жылғы', 'жыл', 'күні', 'күнгі']);

/** Whether a reference, its dates, numbers and links set aside, still has a word of three letters or more that is not a connective. */
function namesKind(text: string): boolean {
  const rest = blankDates(text).replace(LINK, ' ').replace(TOKEN, ' ');
  for (const m of rest.matchAll(/\p{L}{3,}/gu)) if (!FILLERS.has(m[0].toLowerCase())) return true;
  return false;
}

/**
 * Classifies a free reference (SPEC.md "Method", Evidence): a link; or the document's type,
 * a number and a date not after the assessment date. Otherwise unsupported: `placeholder`
 * (nothing visible, no letter or digit, or a word that says nothing), `no-number-or-date`,
 * `no-type` (no type of document named), `future-date`.
 */
export function classifyText(text: string, date?: string, period: Period = {}): EvidenceClass {
  const visible = visibleText(text);
  if (visible === '') return no('placeholder');
  if (isPlaceholder(visible)) return no('placeholder');
  if (hasLink(visible)) {
    const first = findDates(visible)[0]?.iso;
    if (date !== undefined && first !== undefined && first > date) return no('future-date');
    return recent(first, date, period);
  }
  const dates = findDates(visible);
  if (dates.length === 0 || !hasDocumentNumber(visible)) return no('no-number-or-date');
  // A number and a date alone («1 01.01.2026», «k 01.01.2026») name no document: a reference
  // says what it is (a word: «Приказ», «хаттама», "Minutes"…) or marks its number («№ 12-п»).
  if (!MARKED.test(blankDates(visible)) && !namesKind(visible)) return no('placeholder');
  // A reference says what the document is: «док 7 01.01.2026», «№7 01.01.2026» name none.
  if (!namesDocumentType(visible)) return no('no-type');
  // The document's own date is the first one written (a later one is usually an amendment's).
  if (date !== undefined && dates[0]!.iso > date) return no('future-date');
  // A rung that names a period ("in the last 12 months") needs a document of that period.
  return recent(dates[0]!.iso, date, period);
}

/**
 * Classifies one register entry: a type, a number or a title, and a date not after the
 * assessment date; or a type and a link.
 */
export function classifyDocument(doc: DocumentEntry | undefined, date?: string, period: Period = {}): EvidenceClass {
  if (doc === undefined) return no('unknown-document');
  // A number field of digits alone once its number sign is read as `reused-document` reads it
  // ("5", "№5", "N 11", "No. 7") is a number, not a placeholder (a lone or repeated character
  // would be one); zeros are not.
  const said = (v: string | undefined) => {
    if (v === undefined) return false;
    const digits = numberKey(v);
    return /^\p{N}+$/u.test(digits) ? !/^0+$/.test(digits) : !isPlaceholder(v);
  };
  const fields = [doc.number, doc.title, doc.date, doc.issuer, doc.link].filter((v): v is string => v !== undefined);
  if (fields.length > 0 && fields.every((v) => !said(v))) return no('placeholder');
  const when = entryDay(doc);
  if (doc.type !== undefined && doc.link !== undefined && hasLink(doc.link)) {
    if (date !== undefined && when !== undefined && when > date) return no('future-date');
    return recent(when, date, period);
  }
  if (doc.type === undefined || when === undefined || !(said(doc.number) || said(doc.title))) return no('no-number-or-date');
  if (date !== undefined && when > date) return no('future-date');
  return recent(when, date, period);
}

/**
 * Whether a reference names a document (the one classifier: scoring, the interview, the
 * template and the audit all ask it). Register ids must all be in the register
 * (`unknown-document`), and at least one of them must name a document; a free reference is
 * judged by `classifyText`. Absent: `missing`.
 */
export function classifyEvidence(ref: EvidenceRef | undefined, ctx: EvidenceContext): EvidenceClass {
  if (ref === undefined) return no('missing');
  if ('text' in ref) return classifyText(ref.text, ctx.date, ctx.period);
  if (ref.documents.length === 0) return no('missing');
  const classes = ref.documents.map((id) => classifyDocument(ctx.documents.get(id), ctx.date, ctx.period));
  if (classes.some((c) => !c.supported && c.reason === 'unknown-document')) return no('unknown-document');
  if (classes.some((c) => c.supported)) return SUPPORTED;
  const order: UnsupportedReason[] = ['future-date', 'too-old', 'placeholder', 'no-number-or-date'];
  const reasons = classes.map((c) => (c.supported ? 'missing' : c.reason));
  return no(order.find((r) => reasons.includes(r)) ?? 'no-number-or-date');
}

/**
 * The key of a register entry for `reused-document`: the document itself (its type, its number
 * as written without spaces or case, and its date) when the entry names all three, so one order
 * entered under several ids is one document; otherwise its id.
 */
function registerKey(id: string, doc: DocumentEntry | undefined): string {
  const number = doc?.number === undefined ? '' : numberKey(doc.number);
  const when = doc?.date === undefined ? undefined : parseDate(doc.date);
  if (doc?.type === undefined || number === '' || when === undefined) return `id:${id}`;
  return `doc:${doc.type}|${number}|${when}`;
}

/**
 * The number a free reference gives its document, as `registerKey` writes numbers: the first
 * token with a digit once the dates are taken out that is not a year alone («№ 12-п от
 * 14.02.2026» → «12-п»); undefined when there is none.
 */
function referenceNumber(text: string): string | undefined {
  for (const m of blankDates(visibleText(text)).matchAll(TOKEN)) if (!YEAR.test(m[0])) return numberKey(m[0]);
  return undefined;
}

/**
 * A document number as `reused-document` compares it, the same for a register entry and a free
 * reference: lower case, without spaces or a number sign, and without a marker written against
 * its digits («№ 12-П» → «12-п», «N1» → «1»).
 */
function numberKey(number: string): string {
  return visibleText(number).toLowerCase().replace(/[\s№#]+/gu, '').replace(/^(?:no|nr|n)\.?(?=\p{N})/u, '');
}

/** A free reference's date as the classifier reads it: the first one written (ISO), or none. */
export function referenceDay(text: string): string | undefined {
  return findDates(visibleText(text))[0]?.iso;
}

/** A register entry's date (ISO), or none. */
export function entryDay(doc: DocumentEntry): string | undefined {
  return doc.date === undefined ? undefined : parseDate(doc.date);
}

/** The date of a document key `doc:<type>|<number>|<date>` (`documentKeys`); none for a key by id or by text. */
export function documentKeyDay(key: string): string | undefined {
  return key.startsWith('doc:') ? key.slice(key.lastIndexOf('|') + 1) : undefined;
}

/**
 * The key under which a reference counts as "the same document" for `reused-document`: the
 * document itself (type, number, date) when the register entry or the free reference names all
 * three, so «Приказ № 1 от 01.02.2026», «ПРИКАЗ N1 от 1 февраля 2026 года» and a register entry
 * of that order are one document; otherwise the register id, or the free reference lower-cased
 * with its spaces and invisible characters collapsed.
 */
export function documentKeys(ref: EvidenceRef, register?: ReadonlyMap<string, DocumentEntry>): string[] {
  if ('documents' in ref) return ref.documents.map((id) => registerKey(id, register?.get(id)));
  const type = inferDocumentType(ref.text);
  const number = referenceNumber(ref.text);
  const when = referenceDay(ref.text);
  if (type !== undefined && number !== undefined && when !== undefined) return [`doc:${type}|${number}|${when}`];
  return [`text:${visibleText(ref.text).toLowerCase().replace(/ё/g, 'е').replace(/\s*([№.,:;])\s*/gu, '$1')}`];
}
