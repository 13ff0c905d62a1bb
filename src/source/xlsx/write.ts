import { columnName } from './read.js';
import { escapeXml } from './xml.js';
import { writeZip } from './zip.js';

/*
 * A SpreadsheetML writer for the few things an answer sheet needs: text cells (inline
 * strings), a fixed set of styles, column widths, hidden rows and columns, frozen header
 * rows, merged cells, list validations, A4 print setup with repeated title rows, hidden
 * sheets. The output is checked by LibreOffice (headless, converted to CSV) and read back by
 * openpyxl in the tests and in CI.
 */

/** The styles a cell may take; their look is fixed in `STYLES`. */
export type CellStyle = 'plain' | 'header' | 'text' | 'input' | 'date' | 'key' | 'title' | 'muted';
const STYLE_INDEX: Record<CellStyle, number> = { plain: 0, header: 1, text: 2, input: 3, date: 4, key: 5, title: 6, muted: 7 };

export interface CellOut {
  text: string;
  style?: CellStyle;
}

export interface RowOut {
  /** Cells from column A on; `undefined` leaves a cell empty (a style alone is kept). */
  cells: ReadonlyArray<CellOut | undefined>;
  hidden?: boolean;
}

export interface SheetOut {
  name: string;
  /** Column widths in characters, from column A on. */
  widths: readonly number[];
  hiddenColumns?: readonly number[];
  rows: readonly RowOut[];
  /** Rows frozen at the top (the header and the hidden key row). */
  freezeRows?: number;
  merges?: readonly string[];
  /** List drop-downs: the cells (`D3` or `B3:B202`) and the range their choices come from. */
  lists?: ReadonlyArray<{ ref: string; source: string }>;
  hidden?: boolean;
  landscape?: boolean;
  /** Rows repeated at the top of every printed page (`1:2`). */
  printTitleRows?: string;
  /** The selected sheet when the workbook opens. */
  selected?: boolean;
}

/** `'Sheet name'` as a formula names a sheet. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Fonts: 0 normal, 1 bold, 2 small grey, 3 large bold. Fills: 2 grey header, 3 pale yellow input.
// numFmtId 49 is text ("@"), so a document number such as 3/2026 stays as typed; 14 is a date.
const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}">
<fonts count="4"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><sz val="9"/><color rgb="FF808080"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="4"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color rgb="FFBFBFBF"/></left><right style="thin"><color rgb="FFBFBFBF"/></right><top style="thin"><color rgb="FFBFBFBF"/></top><bottom style="thin"><color rgb="FFBFBFBF"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="8">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="49" fontId="0" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>
<xf numFmtId="14" fontId="0" fillId="3" borderId="1" xfId="0" applyNumberFormat="1" applyFill="1" applyBorder="1" applyAlignment="1" applyProtection="1"><alignment vertical="top" wrapText="1"/><protection locked="0"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/**
 * A row's height in points for its wrapped text: spreadsheet programs do not grow a row to
 * fit a file's text when they open it, so the writer estimates the lines each cell needs.
 */
function rowHeight(row: RowOut, widths: readonly number[], merges: ReadonlyMap<number, number>): number | undefined {
  let lines = 1;
  row.cells.forEach((cell, i) => {
    if (!cell || cell.text === '') return;
    const span = merges.get(i + 1);
    const width = span ? widths.slice(i, span).reduce((a, b) => a + b, 0) : (widths[i] ?? 10);
    const perLine = Math.max(1, Math.floor(width * 1.05));
    const n = cell.text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, n * (cell.style === 'title' ? 1.4 : 1));
  });
  return lines > 1 ? Math.ceil(lines * 15) : undefined;
}

function sheetXml(sheet: SheetOut): string {
  const widths = sheet.widths;
  const hidden = new Set(sheet.hiddenColumns ?? []);
  const out: string[] = [HEAD, `<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`];
  out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  const lastCol = Math.max(1, widths.length, ...sheet.rows.map((r) => r.cells.length));
  out.push(`<dimension ref="A1:${columnName(lastCol)}${Math.max(1, sheet.rows.length)}"/>`);
  const selected = sheet.selected ? ' tabSelected="1"' : '';
  const freeze = sheet.freezeRows ?? 0;
  if (freeze > 0) {
    const top = `A${freeze + 1}`;
    out.push(
      `<sheetViews><sheetView workbookViewId="0"${selected}><pane ySplit="${freeze}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`,
    );
  } else out.push(`<sheetViews><sheetView workbookViewId="0"${selected}/></sheetViews>`);
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (widths.length > 0) {
    out.push('<cols>');
    widths.forEach((w, i) => out.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${hidden.has(i + 1) ? ' hidden="1"' : ''}/>`));
    out.push('</cols>');
  }
  // Merged cells of one row (`A12:C12`): first column → last column, for the height estimate.
  const mergedIn = new Map<number, Map<number, number>>();
  for (const ref of sheet.merges ?? []) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m || m[2] !== m[4]) continue;
    const row = Number(m[2]);
    const toCol = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    if (!mergedIn.has(row)) mergedIn.set(row, new Map());
    mergedIn.get(row)!.set(toCol(m[1]!), toCol(m[3]!));
  }
  out.push('<sheetData>');
  sheet.rows.forEach((row, i) => {
    const r = i + 1;
    const ht = row.hidden ? undefined : rowHeight(row, widths, mergedIn.get(r) ?? new Map());
    const attrs = `${row.hidden ? ' hidden="1"' : ''}${ht ? ` ht="${ht}" customHeight="1"` : ''}`;
    const cells: string[] = [];
    row.cells.forEach((cell, j) => {
      if (!cell) return;
      const ref = `${columnName(j + 1)}${r}`;
      const s = STYLE_INDEX[cell.style ?? 'plain'];
      const style = s ? ` s="${s}"` : '';
      if (cell.text === '') cells.push(`<c r="${ref}"${style}/>`);
      else cells.push(`<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.text)}</t></is></c>`);
    });
    out.push(`<row r="${r}"${attrs}>${cells.join('')}</row>`);
  });
  out.push('</sheetData>');
  if (sheet.merges && sheet.merges.length > 0) {
    out.push(`<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`);
  }
  if (sheet.lists && sheet.lists.length > 0) {
    out.push(`<dataValidations count="${sheet.lists.length}">`);
    for (const v of sheet.lists) {
      out.push(`<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${v.ref}"><formula1>${escapeXml(v.source)}</formula1></dataValidation>`);
    }
    out.push('</dataValidations>');
  }
  out.push('<printOptions gridLines="1"/>');
  out.push('<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>');
  // paperSize 9 is A4; one page wide, as many pages tall as it takes.
  out.push(`<pageSetup paperSize="9" orientation="${sheet.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>`);
  out.push('</worksheet>');
  return out.join('');
}

/** The .xlsx bytes of the given sheets, in order. The same sheets give the same bytes. */
export function writeWorkbook(sheets: readonly SheetOut[]): Buffer {
  const parts: { name: string; data: string }[] = [];
  const overrides = sheets.map(
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  parts.push({
    name: '[Content_Types].xml',
    data: `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides.join('')}</Types>`,
  });
  parts.push({
    name: '_rels/.rels',
    data: `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  });
  const active = Math.max(0, sheets.findIndex((s) => s.selected));
  const sheetList = sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`)
    .join('');
  const titles = sheets
    .map((s, i) => (s.printTitleRows ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(sheetRef(s.name))}!$${s.printTitleRows.replace(':', ':$')}</definedName>` : ''))
    .join('');
  parts.push({
    name: 'xl/workbook.xml',
    data: `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView activeTab="${active}"/></bookViews><sheets>${sheetList}</sheets>${titles ? `<definedNames>${titles}</definedNames>` : ''}</workbook>`,
  });
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  parts.push({ name: 'xl/_rels/workbook.xml.rels', data: `${HEAD}<Relationships xmlns="${PKG_REL}">${rels.join('')}</Relationships>` });
  parts.push({ name: 'xl/styles.xml', data: STYLES });
  sheets.forEach((s, i) => parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: sheetXml(s) }));
  return writeZip(parts.map((p) => ({ name: p.name, data: Buffer.from(p.data, 'utf8') })));
}
