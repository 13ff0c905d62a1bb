/**
 * CSV for spreadsheets that cannot run a formula: UTF-8 with a byte-order mark (so Excel
 * reads Cyrillic and Kazakh letters), CRLF line ends and RFC 4180 quoting. Text from an
 * answer file is untrusted: a cell that a spreadsheet would read as a formula gets a leading
 * apostrophe. Numbers are written as numbers and never altered.
 *
 * Two separators. `comma`: cells split by `,`, numbers with a decimal point, as Excel opens
 * by double-click under a regional setting whose list separator is a comma (en-US and the
 * like). `semicolon`: cells split by `;`, numbers with a decimal comma, as Excel opens by
 * double-click under ru-RU and kk-KZ (list separator `;`, decimal comma).
 */

import { sanitizeText } from './escape.js';

/** The UTF-8 byte-order mark, first in every CSV file the tool writes. */
export const CSV_BOM = '\uFEFF';

/** RFC 4180 line end. */
export const CSV_EOL = '\r\n';

/** How cells are separated and how a number's fraction is written. */
export type CsvSeparator = 'comma' | 'semicolon';
export const CSV_SEPARATORS: readonly CsvSeparator[] = ['comma', 'semicolon'];

/** A value of one cell: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | null | undefined;

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP "CSV
 * injection"): = + - @, and tab, CR or LF, which some programs skip before one of those.
 * The full-width forms are included because some spreadsheets fold them to ASCII.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Characters that force quoting under RFC 4180, for each separator. */
const NEEDS_QUOTES = /[",\r\n]/;
// A comma is quoted here too, though `;` separates: a reader that guesses the separator
// (LibreOffice's import dialog with both ticked) then still keeps such text in one cell.
const NEEDS_QUOTES_SEMICOLON = /[";,\r\n]/;

/**
 * Neutralises text a spreadsheet would evaluate: `=HYPERLINK(…)` becomes `'=HYPERLINK(…)`,
 * shown as typed. Other text is returned unchanged.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One cell: numbers as they are (finite ones; anything else is empty; with `semicolon`, a
 * decimal comma for the point), text neutralised against formulas and quoted when it holds
 * the separator, a quote or a line break (quotes doubled).
 */
export function csvCell(value: CsvValue, separator: CsvSeparator = 'comma'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    return separator === 'semicolon' ? String(value).replace('.', ',') : String(value);
  }
  // A CSV is often printed on a terminal (`--format csv`, `cat summary.csv`): escape codes,
  // NUL, C1 controls and bidi overrides are shown as U+FFFD, as in markdown and HTML.
  // Tab, CR and LF stay (quoted), as RFC 4180 allows.
  const text = neutraliseFormula(sanitizeText(value));
  return (separator === 'semicolon' ? NEEDS_QUOTES_SEMICOLON : NEEDS_QUOTES).test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: the cells joined by the separator (`,` or `;`), ending in CRLF. */
export function csvLine(values: readonly CsvValue[], separator: CsvSeparator = 'comma'): string {
  const between = separator === 'semicolon' ? ';' : ',';
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : between) + csvCell(values[i], separator);
  return line + CSV_EOL;
}

/**
 * Parses CSV text written by `csvLine` (RFC 4180: quoted cells, doubled quotes, CRLF or LF)
 * back into rows of strings; a leading byte-order mark is skipped. Cells are split at the
 * separator's character (`,` or `;`); numbers stay as written (a decimal comma with
 * `semicolon`). For tests and tools that read the summary back; not a general-purpose CSV reader.
 */
export function parseCsv(text: string, separator: CsvSeparator = 'comma'): string[][] {
  const between = separator === 'semicolon' ? ';' : ',';
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
    else if (c === between) {
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
