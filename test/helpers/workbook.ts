import { pick } from '../../src/i18n/lang.js';
import type { Rubric } from '../../src/rubric/model.js';
import { readWorkbook } from '../../src/source/xlsx/read.js';
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

/** The answers-sheet row of each question in a template, by reading it back. */
export function rowsOf(bytes: Buffer): Map<string, number> {
  const answers = readWorkbook(bytes).find((s) => s.rows.get(2)?.get(4) === 'answer')!;
  const out = new Map<string, number>();
  for (const [r, row] of answers.rows) if (r > 2) out.set(row.get(1)!, r);
  return out;
}

/**
 * Answers for every question of a whole-rubric template, typed as an officer would, and the
 * same answers as a YAML file: the option picked by its position, its label in ru, kk or en
 * or its id; n/a with a comment where the rubric allows it; free references and comments.
 * `edits` name cells as `<sheet number>!<cell>`.
 */
export function answerPlan(rubric: Rubric, rows: ReadonlyMap<string, number>, lang: string): { edits: Record<string, string>; yaml: string } {
  const edits: Record<string, string> = {
    '1!C3': 'Министерство цифрового развития',
    '1!C5': 'Ахметова Динара Сериковна',
  };
  const yaml = [`rubric: {id: ${rubric.id}, version: ${rubric.version}}`, `language: ${lang}`, 'respondent:', '  organization: Министерство цифрового развития', '  name: Ахметова Динара Сериковна', 'answers:'];
  const comments: string[] = [];
  const evidence: string[] = [];
  rubric.questions.forEach((q, i) => {
    const r = rows.get(q.id)!;
    let option: string;
    let label: string;
    let comment: string | undefined;
    let ref: string | undefined;
    if (q.notApplicable && i % 3 === 0) {
      option = 'n/a';
      label = `Not applicable: ${pick(q.notApplicable, 'en').replace(/\s+/g, ' ').trim()}`;
      comment = 'The body has no such function under its statute of 2025.';
    } else {
      const o = q.options[i % q.options.length]!;
      option = o.id;
      // Labels in all three languages, and an option id, as a coordinator's files may mix them.
      label = i % 7 === 0 ? o.id : pick(o.label, (['ru', 'kk', 'en'] as const)[i % 3]!);
      ref = i % 2 === 0 ? `Приказ № ${i}-п от 14.02.2026` : undefined;
      comment = i % 5 === 0 ? `Комментарий ${i}` : undefined;
    }
    edits[`2!D${r}`] = label;
    yaml.push(`  ${q.id}: ${JSON.stringify(option)}`);
    if (comment) {
      edits[`2!F${r}`] = comment;
      comments.push(`  ${q.id}: ${JSON.stringify(comment)}`);
    }
    if (ref) {
      edits[`2!E${r}`] = ref;
      evidence.push(`  ${q.id}: ${JSON.stringify(ref)}`);
    }
  });
  yaml.push('comments:', ...comments, 'evidence:', ...evidence, '');
  return { edits, yaml: yaml.join('\n') };
}
