import { limitFindings, type Finding } from '../errors.js';
import { documentTypeLabel } from '../evidence/labels.js';
import { DOCUMENT_TYPES } from '../evidence/model.js';
import { workbook as words } from '../i18n/catalogue/workbook.js';
import { LANGS, pick, sayerIn } from '../i18n/lang.js';
import { formatNumber } from '../i18n/numbers.js';
import type { Rubric } from '../rubric/model.js';
import { cellKey, type SheetDocument } from '../source/parse-yaml.js';
import { printable } from '../source/printable.js';
import { m, messageLang } from '../i18n/messages.js';
import { FORBIDDEN_KEYS, readBytes } from '../source/read-source.js';
import { columnName, readWorkbook, SHEET_LIMITS, WorkbookError, type Sheet } from '../source/xlsx/read.js';
import { ZIP_LIMITS } from '../source/xlsx/zip.js';
import { NA } from './model.js';

/*
 * An Excel answer sheet (`readiness template --format xlsx`) read as an answer file: the same
 * value a YAML file gives, with the cell each value came from, so every later step (the
 * schema, the rubric checks, scoring, merge) is the one YAML files go through. Sheets are
 * found by the machine keys in their hidden second row, never by their names or column
 * positions, so an officer may translate the headers, move columns or rename sheets.
 */

/** Largest workbook file read, in bytes. */
export const WORKBOOK_MAX_BYTES = ZIP_LIMITS.maxPartBytes;

/** A workbook read: its document, or every finding that refused it. */
export type SheetResult = { ok: true; source: SheetDocument; warnings: Finding[] } | { ok: false; findings: Finding[] };

/** The machine keys of the sheets' hidden second row. */
export const SHEET_KEYS = {
  respondent: ['label', 'key', 'value'],
  answers: ['id', 'section', 'question', 'answer', 'evidence', 'comment'],
  documents: ['id', 'type', 'number', 'date', 'title', 'issuer', 'link'],
} as const;

const say = () => sayerIn(words, messageLang());

function bytesText(n: number): string {
  return m('sizeMib', { n: formatNumber(messageLang(), n / (1024 * 1024), 0) });
}

/** The refusal of a whole workbook, worded. */
function refusal(file: string, error: WorkbookError): Finding {
  const w = say();
  let message: string;
  switch (error.problem) {
    case 'zipBomb':
      message = w('zipBomb', { limit: bytesText(ZIP_LIMITS.maxPartBytes) });
      break;
    case 'zipTooManyEntries':
      message = w('zipTooManyEntries', { limit: ZIP_LIMITS.maxEntries });
      break;
    case 'sheetTooMany':
      message = w('sheetTooMany', { limit: SHEET_LIMITS.maxSheets });
      break;
    case 'sheetTooLarge':
      message = w('sheetTooLarge', { sheet: printable(error.part ?? ''), rows: SHEET_LIMITS.maxRows, cells: SHEET_LIMITS.maxCells });
      break;
    case 'zipNotZip':
    case 'zipEncrypted':
    case 'zipUnsupported':
    case 'zipCorrupt':
    case 'xmlDoctype':
    case 'xmlMalformed':
    case 'xmlTooLarge':
    case 'workbookNotXlsx':
    case 'workbookExternalLinks':
      message = w(error.problem);
      break;
    default:
      message = w('xmlMalformed');
  }
  return { file, message, severity: 'error' };
}

/**
 * Reads an answer workbook: the answer-file value it holds and where each value came from.
 * Answer cells keep what the officer chose (a label); `resolveLabels` turns them into option
 * ids once the rubric is known. Never throws for bad input.
 */
export function readAnswerWorkbook(file: string): SheetResult {
  // The file's size is capped before a byte of it is read. A workbook may carry what the reader
  // never unpacks (a scan pasted in, a thumbnail), so its cap is that of an unpacked part.
  const read = readBytes(file, WORKBOOK_MAX_BYTES);
  if (!read.ok) return { ok: false, findings: [read.finding] };
  let sheets: Sheet[];
  try {
    sheets = readWorkbook(read.bytes);
  } catch (error) {
    if (error instanceof WorkbookError) return { ok: false, findings: [refusal(file, error)] };
    throw error;
  }
  return sheetsToAnswers(file, sheets);
}

interface Table {
  sheet: Sheet;
  /** machine key → column number */
  columns: Map<string, number>;
}

/** A sheet's columns by the keys of its second row, when it has every one of `need`. */
function tableOf(sheet: Sheet, need: readonly string[]): Table | undefined {
  const keys = sheet.rows.get(2);
  if (!keys) return undefined;
  const columns = new Map<string, number>();
  for (const [col, key] of keys) if (!columns.has(key.trim())) columns.set(key.trim(), col);
  return need.every((k) => columns.has(k)) ? { sheet, columns } : undefined;
}

const quoteSheet = (name: string) => (/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

function cellName(sheet: Sheet, col: number, row: number): string {
  return `${quoteSheet(sheet.name)}!${columnName(col)}${row}`;
}

function sheetsToAnswers(file: string, sheets: readonly Sheet[]): SheetResult {
  const findings: Finding[] = [];
  const cells = new Map<string, string>();
  const value: Record<string, unknown> = {};
  const w = say();
  const find = (need: readonly string[]) => {
    for (const s of sheets) {
      const t = tableOf(s, need);
      if (t) return t;
    }
    return undefined;
  };
  const answersTable = find(['id', 'answer']);
  if (!answersTable) return { ok: false, findings: [{ file, message: w('noAnswersSheet'), severity: 'error' }] };
  const respondentTable = find(['key', 'value']);
  const documentsTable = sheets.map((s) => tableOf(s, ['id', 'type'])).find((t) => t && t.sheet !== answersTable.sheet);

  const text = (t: Table, row: ReadonlyMap<number, string>, key: string) => {
    const col = t.columns.get(key);
    const v = col === undefined ? undefined : row.get(col)?.trim();
    return v === '' ? undefined : v;
  };
  const at = (t: Table, key: string, row: number) => cellName(t.sheet, t.columns.get(key) ?? 1, row);
  const rowsOf = (t: Table) => [...t.sheet.rows.entries()].filter(([r]) => r > 2).sort((a, b) => a[0] - b[0]);
  const refuseKey = (key: string, where: string) => {
    findings.push({ file, cell: where, message: m('reservedId', { id: printable(key) }), severity: 'error' });
  };

  // The respondent block: `key` holds an answer-file path (`respondent.organization`).
  if (respondentTable) {
    for (const [r, row] of rowsOf(respondentTable)) {
      const key = text(respondentTable, row, 'key');
      if (key === undefined) continue;
      // A key the answer file does not have is kept as written, for the schema to refuse at its cell.
      const path = /^[a-z]+(\.[a-z]+)?$/.test(key) ? key.split('.') : [key];
      if (path.some((p) => FORBIDDEN_KEYS.has(p))) {
        refuseKey(key, at(respondentTable, 'key', r));
        continue;
      }
      // Every field's cell is known, filled or not: a required one left empty is named at its cell.
      cells.set(cellKey(path), at(respondentTable, 'value', r));
      if (path[0] === 'respondent' && value.respondent === undefined) value.respondent = {};
      const v = text(respondentTable, row, 'value');
      if (v === undefined) continue;
      let target = value;
      for (const p of path.slice(0, -1)) {
        const next = target[p];
        target = (typeof next === 'object' && next !== null ? next : (target[p] = {})) as Record<string, unknown>;
      }
      target[path[path.length - 1]!] = v;
    }
  }
  // A cell may say `respondent` as a whole is missing: point at the organization's row.
  for (const [key, cell] of cells) if (key.startsWith('respondent\u0000') && !cells.has('respondent')) cells.set('respondent', cell);

  // The register of documents.
  const documents: Record<string, Record<string, string>> = {};
  const docRow = new Map<string, string>();
  if (documentsTable) {
    for (const [r, row] of rowsOf(documentsTable)) {
      const id = text(documentsTable, row, 'id');
      if (id === undefined) continue;
      if (FORBIDDEN_KEYS.has(id)) {
        refuseKey(id, at(documentsTable, 'id', r));
        continue;
      }
      const here = at(documentsTable, 'id', r);
      if (docRow.has(id)) {
        findings.push({ file, cell: here, message: w('duplicateRow', { id: printable(id), first: docRow.get(id)! }), severity: 'error' });
        continue;
      }
      docRow.set(id, here);
      const entry: Record<string, string> = {};
      cells.set(cellKey(['documents', id]), here);
      for (const key of SHEET_KEYS.documents.slice(1)) {
        let v = text(documentsTable, row, key);
        if (v === undefined) continue;
        // The type drop-down offers labels: any language's label, or the id, gives the id; anything
        // else is kept as written for the schema to refuse at its cell.
        if (key === 'type') v = documentTypeOf(v) ?? v;
        entry[key] = v;
        cells.set(cellKey(['documents', id, key]), at(documentsTable, key, r));
      }
      documents[id] = entry;
    }
  }

  // One row per question.
  const answers: Record<string, string> = {};
  const evidence: Record<string, string | string[]> = {};
  const comments: Record<string, string> = {};
  const ids: string[] = [];
  const seen = new Map<string, string>();
  for (const [r, row] of rowsOf(answersTable)) {
    const id = text(answersTable, row, 'id');
    if (id === undefined) continue;
    const here = at(answersTable, 'id', r);
    if (FORBIDDEN_KEYS.has(id)) {
      refuseKey(id, here);
      continue;
    }
    if (seen.has(id)) {
      findings.push({ file, cell: here, message: w('duplicateRow', { id: printable(id), first: seen.get(id)! }), severity: 'error' });
      continue;
    }
    seen.set(id, here);
    ids.push(id);
    const answer = text(answersTable, row, 'answer');
    if (answer !== undefined) {
      answers[id] = answer;
      cells.set(cellKey(['answers', id]), at(answersTable, 'answer', r));
    }
    const ev = text(answersTable, row, 'evidence');
    if (ev !== undefined) {
      // Register ids, separated by commas: a list; anything else is a free reference. A cell of
      // id-like words of which one is in the register is a list too, so that a mistyped id is
      // named as not in the register rather than read as a reference without a number.
      const parts = ev.split(/\s*[,;]\s*/).filter((p) => p !== '');
      const cited = parts.filter((p) => Object.hasOwn(documents, p)).length;
      const list = cited === parts.length || (cited > 0 && parts.every((p) => !/\s/.test(p)));
      evidence[id] = parts.length > 0 && list ? parts : ev;
      cells.set(cellKey(['evidence', id]), at(answersTable, 'evidence', r));
    }
    const comment = text(answersTable, row, 'comment');
    if (comment !== undefined) {
      comments[id] = comment;
      cells.set(cellKey(['comments', id]), at(answersTable, 'comment', r));
    }
  }
  if (findings.length > 0) return { ok: false, findings: limitFindings(findings) };
  // A unit's sheet lists the questions it was asked, as a unit's YAML file does in `asked`.
  if (value.unit !== undefined) value.asked = ids;
  if (Object.keys(documents).length > 0) value.documents = documents;
  value.answers = answers;
  if (Object.keys(evidence).length > 0) value.evidence = evidence;
  if (Object.keys(comments).length > 0) value.comments = comments;
  return { ok: true, source: { file, value, cells }, warnings: [] };
}

/** A document type's id from its label in any language, or from the id itself. */
function documentTypeOf(text: string): string | undefined {
  const wanted = norm(text);
  return DOCUMENT_TYPES.find((type) => type === text || LANGS.some((lang) => norm(documentTypeLabel(type, lang)) === wanted));
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('ru');

/**
 * Turns the answer cells' labels into option ids: a label in any of the rubric's languages,
 * the `n/a` label of a question that allows it, or an option id as such. A label that is none
 * of these is an error at its cell, and the answer is set aside so that it is named once.
 */
export function resolveLabels(source: SheetDocument, rubric: Rubric): Finding[] {
  const value = source.value as { answers?: Record<string, string> };
  const answers = value.answers;
  if (!answers) return [];
  const findings: Finding[] = [];
  const questions = new Map(rubric.questions.map((q) => [q.id, q]));
  for (const [id, answer] of Object.entries(answers)) {
    const q = questions.get(id);
    // An unknown question is the rubric check's to name.
    if (!q) continue;
    if (q.options.some((o) => o.id === answer) || answer === NA) continue;
    const wanted = norm(answer);
    const langs = rubric.languages.filter((l): l is (typeof LANGS)[number] => (LANGS as readonly string[]).includes(l));
    const match = q.options.find((o) => langs.some((l) => norm(pick(o.label, l)) === wanted));
    if (match) {
      answers[id] = match.id;
      continue;
    }
    if (q.notApplicable && langs.some((l) => wanted === norm(naLabel(q.notApplicable!, l)) || wanted === norm(pick(q.notApplicable, l)))) {
      answers[id] = NA;
      continue;
    }
    const lang = langs.includes(messageLang()) ? messageLang() : (langs[0] ?? 'en');
    findings.push({
      file: source.file,
      cell: source.cells.get(cellKey(['answers', id])),
      path: `answers.${id}`,
      message: say()('unknownLabel', {
        answer: printable(answer, 200),
        options: q.options.map((o) => `«${pick(o.label, lang)}»`).join(', '),
      }),
      severity: 'error',
    });
    delete answers[id];
  }
  return findings;
}

/** The drop-down entry that answers `n/a`: "Not applicable: <when>". */
export function naLabel(notApplicable: Readonly<Record<string, string>>, lang: (typeof LANGS)[number]): string {
  return sayerIn(words, lang)('notApplicable', { text: pick(notApplicable, lang).replace(/\s+/g, ' ').trim() });
}
