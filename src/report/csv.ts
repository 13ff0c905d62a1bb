/**
 * CSV that opens correctly in Excel and LibreOffice and cannot run a formula: UTF-8 with a
 * byte-order mark (so Excel reads Cyrillic and Kazakh letters), CRLF line ends and RFC 4180
 * quoting. Text from an answer file is untrusted: a cell that a spreadsheet would read as a
 * formula gets a leading apostrophe. Numbers are written as numbers and never altered.
 */

import { sanitizeText } from './escape.js';

/** The UTF-8 byte-order mark, first in every CSV file the tool writes. */
export const CSV_BOM = '\uFEFF';

/** RFC 4180 line end. */
export const CSV_EOL = '\r\n';

/** A value of one cell: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | null | undefined;

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP "CSV
 * injection"): = + - @, and tab, CR or LF, which some programs skip before one of those.
 * The full-width forms are included because some spreadsheets fold them to ASCII.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Characters that force quoting under RFC 4180. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Neutralises text a spreadsheet would evaluate: `=HYPERLINK(…)` becomes `'=HYPERLINK(…)`,
 * shown as typed. Other text is returned unchanged.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One cell: numbers as they are (finite ones; anything else is empty), text neutralised
 * against formulas and quoted when it holds a comma, a quote or a line break (quotes doubled).
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  // A CSV is often printed on a terminal (`--format csv`, `cat summary.csv`): escape codes,
  // NUL, C1 controls and bidi overrides are shown as U+FFFD, as in markdown and HTML.
  // Tab, CR and LF stay (quoted), as RFC 4180 allows.
  const text = neutraliseFormula(sanitizeText(value));
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: the cells joined by commas, ending in CRLF. */
export function csvLine(values: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : ',') + csvCell(values[i]);
  return line + CSV_EOL;
}

/**
 * Parses CSV text written by `csvLine` (RFC 4180: quoted cells, doubled quotes, CRLF or LF)
 * back into rows of strings; a leading byte-order mark is skipped. For tests and tools that
 * read the summary back; not a general-purpose CSV reader.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let any = false;
  for (; i < text.length; i++) {
    const c = text[i]!;
    any = true;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      any = false;
    } else cell += c;
  }
  if (any) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
