import { posix } from 'node:path';
import { childNamed, childrenNamed, parseXml, textOf, XmlError, type XmlElement } from './xml.js';
import { openZip, ZipError, ZIP_LIMITS, type ZipArchive } from './zip.js';

/**
 * A workbook's worksheets as text cells: what an .xlsx holds, read without evaluating
 * anything. A formula's cached value is read as text, never the formula; a number formatted
 * as a date is read as its ISO date (`2026-02-14`), as the person who typed it saw a date.
 */
export interface Sheet {
  name: string;
  /** row number (1-based) → column number (1-based) → the cell's text. Empty cells are absent. */
  rows: ReadonlyMap<number, ReadonlyMap<number, string>>;
}

/** Why a workbook was refused: a message key of the catalogue (`messages`), and the part concerned. */
export class WorkbookError extends Error {
  constructor(
    readonly problem: string,
    readonly part?: string,
  ) {
    super(problem);
  }
}

export const SHEET_LIMITS = {
  maxSheets: 64,
  /**
   * Most rows of one sheet: an answer sheet has one per question, a register one per document;
   * the same bound as the keys of one map in a YAML answer file (`INPUT_LIMITS.maxKeys`).
   */
  maxRows: 10_000,
  /** Most non-empty cells of one sheet. */
  maxCells: 200_000,
} as const;

const REL_EXTERNAL_LINK = /\/externalLink$/;
const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;
const REL_WORKSHEET = /\/worksheet$/;

/** Reads every worksheet of an .xlsx file's bytes. Throws `WorkbookError` for anything refused. */
export function readWorkbook(bytes: Buffer): Sheet[] {
  try {
    return readSheets(openZip(bytes, ZIP_LIMITS));
  } catch (error) {
    if (error instanceof ZipError) throw new WorkbookError(error.problem, error.part);
    if (error instanceof XmlError) throw new WorkbookError(error.problem);
    throw error;
  }
}

function xml(zip: ZipArchive, name: string): XmlElement {
  // A UTF-16 part (rare, but allowed by XML) is read as such; everything else as UTF-8.
  const bytes = zip.read(name);
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le', 2) : bytes.toString('utf8');
  return parseXml(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

interface Rel {
  type: string;
  target: string;
  external: boolean;
}

function rels(zip: ZipArchive, part: string): Map<string, Rel> {
  const dir = posix.dirname(part);
  const relsName = posix.join(dir, '_rels', `${posix.basename(part)}.rels`).replace(/^\.\//, '');
  const out = new Map<string, Rel>();
  if (!zip.has(relsName)) return out;
  for (const r of childrenNamed(xml(zip, relsName), 'Relationship')) {
    const target = r.attrs.Target ?? '';
    const external = r.attrs.TargetMode === 'External';
    // Targets are relative to the part's folder, or absolute from the package root.
    const resolved = external ? target : target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target));
    out.set(r.attrs.Id ?? '', { type: r.attrs.Type ?? '', target: resolved, external });
  }
  return out;
}

function readSheets(zip: ZipArchive): Sheet[] {
  if (!zip.has('[Content_Types].xml')) throw new WorkbookError('workbookNotXlsx');
  const root = [...rels(zip, '').values()].find((r) => REL_OFFICE_DOCUMENT.test(r.type));
  const workbookPart = root && !root.external ? root.target : 'xl/workbook.xml';
  if (!zip.has(workbookPart)) throw new WorkbookError('workbookNotXlsx');
  const workbook = xml(zip, workbookPart);
  const workbookRels = rels(zip, workbookPart);
  // Links to other workbooks: their cached values would be read as if this workbook held them.
  if (
    childNamed(workbook, 'externalReferences') ||
    [...workbookRels.values()].some((r) => REL_EXTERNAL_LINK.test(r.type) || r.external) ||
    zip.names().some((n) => n.startsWith('xl/externalLinks/'))
  ) {
    throw new WorkbookError('workbookExternalLinks');
  }
  const date1904 = ['1', 'true'].includes(childNamed(workbook, 'workbookPr')?.attrs.date1904 ?? '');
  const rel = (test: RegExp) => [...workbookRels.values()].find((r) => test.test(r.type) && zip.has(r.target));
  const shared = rel(REL_SHARED_STRINGS);
  const strings = shared ? childrenNamed(xml(zip, shared.target), 'si').map(stringItem) : [];
  const stylesRel = rel(REL_STYLES);
  const dateStyles = stylesRel ? dateStyleIndexes(xml(zip, stylesRel.target)) : new Set<number>();

  const sheetsEl = childNamed(workbook, 'sheets');
  const listed = sheetsEl ? childrenNamed(sheetsEl, 'sheet') : [];
  if (listed.length > SHEET_LIMITS.maxSheets) throw new WorkbookError('sheetTooMany');
  const out: Sheet[] = [];
  for (const s of listed) {
    const target = workbookRels.get(s.attrs['r:id'] ?? '');
    // Chart sheets and dialog sheets hold no cells.
    if (!target || !REL_WORKSHEET.test(target.type) || !zip.has(target.target)) continue;
    const name = s.attrs.name ?? '';
    out.push({ name, rows: readCells(xml(zip, target.target), strings, dateStyles, date1904, name) });
  }
  return out;
}

/** A shared string: its runs' text, without phonetic hints. */
function stringItem(si: XmlElement): string {
  let out = '';
  for (const c of si.children) {
    if (typeof c === 'string') continue;
    if (c.name === 't') out += textOf(c);
    else if (c.name === 'r') for (const t of childrenNamed(c, 't')) out += textOf(t);
  }
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 50, 57]);

/** The cell style indexes whose number format shows a date. */
function dateStyleIndexes(styles: XmlElement): Set<number> {
  const custom = new Map<number, string>();
  const numFmts = childNamed(styles, 'numFmts');
  for (const f of numFmts ? childrenNamed(numFmts, 'numFmt') : []) custom.set(Number(f.attrs.numFmtId), f.attrs.formatCode ?? '');
  const isDate = (id: number) => {
    const code = custom.get(id);
    if (code === undefined) return BUILTIN_DATE_FORMATS.has(id);
    // Quoted text, escaped characters and [colour]/[locale] sections say nothing of dates.
    const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
    return /[dy]/i.test(bare);
  };
  const out = new Set<number>();
  const xfs = childNamed(styles, 'cellXfs');
  (xfs ? childrenNamed(xfs, 'xf') : []).forEach((xf, i) => {
    if (isDate(Number(xf.attrs.numFmtId ?? 0))) out.add(i);
  });
  return out;
}

/** A cell reference's column and row: `D14` → [4, 14]. */
export function parseRef(ref: string): [number, number] | undefined {
  const m = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [col, Number(m[2])];
}

/** A column number as letters: 4 → `D`. */
export function columnName(col: number): string {
  let out = '';
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

function readCells(sheet: XmlElement, strings: readonly string[], dateStyles: ReadonlySet<number>, date1904: boolean, name: string): Map<number, Map<number, string>> {
  const rows = new Map<number, Map<number, string>>();
  const data = childNamed(sheet, 'sheetData');
  if (!data) return rows;
  let cells = 0;
  let rowNumber = 0;
  for (const row of childrenNamed(data, 'row')) {
    rowNumber = row.attrs.r !== undefined ? Number(row.attrs.r) : rowNumber + 1;
    if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > SHEET_LIMITS.maxRows) throw new WorkbookError('sheetTooLarge', name);
    let col = 0;
    for (const c of childrenNamed(row, 'c')) {
      const ref = c.attrs.r !== undefined ? parseRef(c.attrs.r) : undefined;
      if (c.attrs.r !== undefined && (!ref || ref[1] !== rowNumber)) throw new WorkbookError('xmlMalformed', name);
      col = ref ? ref[0] : col + 1;
      const text = cellText(c, strings, dateStyles, date1904);
      if (text === undefined || text === '') continue;
      if (++cells > SHEET_LIMITS.maxCells) throw new WorkbookError('sheetTooLarge', name);
      let r = rows.get(rowNumber);
      if (!r) rows.set(rowNumber, (r = new Map()));
      r.set(col, text);
    }
  }
  return rows;
}

function cellText(c: XmlElement, strings: readonly string[], dateStyles: ReadonlySet<number>, date1904: boolean): string | undefined {
  const type = c.attrs.t ?? 'n';
  // The formula (<f>) is never looked at: only the value the writing program cached.
  const v = childNamed(c, 'v');
  switch (type) {
    case 'inlineStr': {
      const is = childNamed(c, 'is');
      return is ? stringItem(is) : undefined;
    }
    case 's': {
      if (!v) return undefined;
      const index = Number(textOf(v));
      const s = strings[index];
      if (!Number.isInteger(index) || s === undefined) throw new WorkbookError('xmlMalformed');
      return s;
    }
    case 'b':
      return v ? (textOf(v).trim() === '1' ? 'TRUE' : 'FALSE') : undefined;
    case 'n': {
      if (!v) return undefined;
      const raw = textOf(v).trim();
      if (dateStyles.has(Number(c.attrs.s ?? 0))) {
        const date = serialToIso(Number(raw), date1904);
        if (date) return date;
      }
      return raw;
    }
    default:
      // 'str' (a formula's text), 'e' (an error such as #N/A), 'd' (an ISO date): as written.
      return v ? textOf(v) : undefined;
  }
}

/** A spreadsheet date serial as an ISO date, or undefined when it is not one. */
function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  // 1900 system: day 1 is 1900-01-01 and the nonexistent 1900-02-29 is day 60.
  const days = Math.floor(serial) + (date1904 ? 1462 : serial < 60 ? 1 : 0);
  const ms = Date.UTC(1899, 11, 30) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}
