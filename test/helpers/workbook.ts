import { openZip, writeZip } from '../../src/source/xlsx/zip.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Types text into cells of a workbook, as an officer would: `{ 'Answers!D3': 'label' }`. Sheets
 * are named by their order in the file (`1` the first sheet); each edit replaces the empty
 * cell the template wrote, or adds a cell to the row. `raw` puts whole `<c>` XML instead
 * (formulas, numbers with a style).
 */
export function fillWorkbook(bytes: Buffer, edits: Record<string, string>, raw: Record<string, string> = {}): Buffer {
  const zip = openZip(bytes);
  const parts = new Map(zip.names().map((n) => [n, zip.read(n)]));
  const names = [...parts.get('xl/workbook.xml')!.toString('utf8').matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]!);
  const all: Array<[string, string, string]> = [
    ...Object.entries(edits).map(([at, text]) => [at, `<c r="§" t="inlineStr"><is><t xml:space="preserve">${esc(text)}</t></is></c>`, ''] as [string, string, string]),
    ...Object.entries(raw).map(([at, xml]) => [at, xml, ''] as [string, string, string]),
  ];
  for (const [at, xml] of all) {
    const [sheet, ref] = at.split('!') as [string, string];
    const index = names.indexOf(sheet) + 1 || Number(sheet);
    const part = `xl/worksheets/sheet${index}.xml`;
    let text = parts.get(part)!.toString('utf8');
    const cell = xml.replace('§', ref);
    const existing = new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`);
    if (existing.test(text)) text = text.replace(existing, cell);
    else {
      const row = ref.replace(/^[A-Z]+/, '');
      const rowRe = new RegExp(`<row r="${row}"([^>]*)>(.*?)</row>`);
      text = rowRe.test(text) ? text.replace(rowRe, `<row r="${row}"$1>$2${cell}</row>`) : text.replace('</sheetData>', `<row r="${row}">${cell}</row></sheetData>`);
    }
    parts.set(part, Buffer.from(text, 'utf8'));
  }
  return writeZip([...parts].map(([name, data]) => ({ name, data })));
}
