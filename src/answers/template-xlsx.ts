import { DOCUMENT_TYPES } from '../evidence/model.js';
import { documentTypeLabel } from '../evidence/labels.js';
import { workbook as words } from '../i18n/catalogue/workbook.js';
import { type Lang, pick, sayerIn } from '../i18n/lang.js';
import { sectionsOf, type Rubric, type Unit } from '../rubric/model.js';
import { interviewOrder } from '../rubric/order.js';
import { columnName } from '../source/xlsx/read.js';
import { sheetRef, writeWorkbook, type CellOut, type RowOut, type SheetOut } from '../source/xlsx/write.js';
import { naLabel, SHEET_KEYS } from './workbook.js';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Rows left for documents on the register sheet, each with the type drop-down. */
export const REGISTER_ROWS = 200;

/**
 * A blank answer workbook for the rubric, in the chosen language (SPEC "Answer sheets"): the
 * respondent sheet with the instructions, one row per question with a drop-down of its
 * options, the register of documents, and a hidden sheet holding the drop-downs' choices.
 * `readWorkbook` and every command that reads answer files read it back once filled in.
 */
export function renderTemplateXlsx(rubric: Rubric, lang: Lang, unit?: Unit): Buffer {
  const t = (texts: Readonly<Record<string, string>> | undefined) => oneLine(pick(texts, lang));
  const w = sayerIn(words, lang);
  const names = { respondent: w('sheetRespondent'), answers: w('sheetAnswers'), documents: w('sheetDocuments'), lists: w('sheetLists') };
  const h = (text: string): CellOut => ({ text, style: 'header' });
  const key = (text: string): CellOut => ({ text, style: 'key' });
  const input = (text = ''): CellOut => ({ text, style: 'input' });

  // The interview's order (rubric/order.ts): a gate before the questions it gates, each row
  // under the section the interview shows it in.
  const entries = interviewOrder(rubric).filter((e) => !unit || e.question.unit === unit.id);
  const ordered = entries.map((e) => e.question);
  const sectionOf = new Map(entries.map((e) => [e.question.id, e.section]));
  const sections = sectionsOf(rubric);

  // The hidden sheet of choices: one row per question (its labels from column B), then the document types.
  const listRows: RowOut[] = [];
  const listOf = new Map<string, string>();
  for (const q of ordered) {
    const labels = q.options.map((o) => t(o.label));
    if (q.notApplicable) labels.push(naLabel(q.notApplicable, lang));
    const r = listRows.length + 1;
    listRows.push({ cells: [{ text: q.id }, ...labels.map((text) => ({ text }))] });
    listOf.set(q.id, `${sheetRef(names.lists)}!$B$${r}:$${columnName(labels.length + 1)}$${r}`);
  }
  const typesRow = listRows.length + 1;
  listRows.push({ cells: [{ text: 'document-types' }, ...DOCUMENT_TYPES.map((type) => ({ text: documentTypeLabel(type, lang) }))] });
  const typesSource = `${sheetRef(names.lists)}!$B$${typesRow}:$${columnName(DOCUMENT_TYPES.length + 1)}$${typesRow}`;

  // The first sheet: who answers, then how to fill the workbook in.
  const respondentRows: RowOut[] = [
    { cells: [h(w('field')), h('key'), h(w('value'))] },
    { cells: [key('label'), key('key'), key('value')], hidden: true },
    { cells: [{ text: w('organization'), style: 'text' }, key('respondent.organization'), input()] },
    { cells: [{ text: w('unit'), style: 'text' }, key('respondent.unit'), input(unit ? t(unit.title) : '')] },
    { cells: [{ text: w('name'), style: 'text' }, key('respondent.name'), input()] },
    { cells: [{ text: w('position'), style: 'text' }, key('respondent.position'), input()] },
    // The assessment date: documents dated later do not support a claim.
    { cells: [{ text: w('date'), style: 'text' }, key('date'), { text: '', style: 'date' }] },
    // What the tool needs and the officer never changes: kept in rows of their own, hidden.
    { cells: [key('rubric'), key('rubric.id'), key(rubric.id)], hidden: true },
    { cells: [key('version'), key('rubric.version'), key(rubric.version)], hidden: true },
    { cells: [key('language'), key('language'), key(lang)], hidden: true },
    ...(unit ? [{ cells: [key('unit'), key('unit'), key(unit.id)], hidden: true }] : []),
  ];
  const merges: string[] = [];
  const note = (text: string, style: CellOut['style'] = 'plain') => {
    respondentRows.push({ cells: [{ text, style }] });
    merges.push(`A${respondentRows.length}:C${respondentRows.length}`);
  };
  respondentRows.push({ cells: [] });
  note(w('title', { title: t(rubric.title), version: rubric.version }), 'title');
  if (unit) note(w('forUnit', { unit: t(unit.title) }));
  note(w('howToTitle'), 'header');
  note(w('howTo1'));
  note(w('howTo2', { answers: names.answers, answer: w('colAnswer') }));
  note(w('howTo3', { documents: names.documents }));
  note(w('howTo4', { evidence: w('colEvidence') }));
  note(w('howTo5'));

  // One row per question.
  const answerRows: RowOut[] = [
    { cells: [h(w('colId')), h(w('colSection')), h(w('colQuestion')), h(w('colAnswer')), h(w('colEvidence')), h(w('colComment'))] },
    { cells: SHEET_KEYS.answers.map(key), hidden: true },
  ];
  const lists: { ref: string; source: string }[] = [];
  const byId = new Map(rubric.questions.map((q) => [q.id, q]));
  for (const q of ordered) {
    const r = answerRows.length + 1;
    const lines = [t(q.text)];
    if (q.help) lines.push(t(q.help));
    if (q.evidence) lines.push(w('expects', { text: t(q.evidence) }));
    if (q.when) {
      const gate = byId.get(q.when.question);
      const options = q.when.in.map((id) => `«${t(gate?.options.find((o) => o.id === id)?.label) || id}»`).join(', ');
      lines.push(w('onlyWhen', { question: q.when.question, options }));
    }
    if (q.notApplicable) lines.push(naLabel(q.notApplicable, lang));
    const section = sections.find((s) => s.id === sectionOf.get(q.id));
    answerRows.push({
      cells: [{ text: q.id, style: 'muted' }, { text: t(section?.title), style: 'text' }, { text: lines.join('\n'), style: 'text' }, input(), input(), input()],
    });
    lists.push({ ref: `D${r}`, source: listOf.get(q.id)! });
  }

  const registerRows: RowOut[] = [
    { cells: [h(w('colDocId')), h(w('colType')), h(w('colNumber')), h(w('colDate')), h(w('colTitle')), h(w('colIssuer')), h(w('colLink'))] },
    { cells: SHEET_KEYS.documents.map(key), hidden: true },
  ];
  for (let i = 0; i < REGISTER_ROWS; i++) {
    registerRows.push({ cells: [input(), input(), input(), { text: '', style: 'date' }, input(), input(), input()] });
  }

  const sheets: SheetOut[] = [
    { name: names.respondent, widths: [38, 24, 60], hiddenColumns: [2], rows: respondentRows, freezeRows: 2, merges, printTitleRows: '1:2', selected: true },
    {
      name: names.answers,
      widths: [22, 22, 60, 40, 30, 30],
      rows: answerRows,
      freezeRows: 2,
      lists,
      landscape: true,
      printTitleRows: '1:2',
    },
    {
      name: names.documents,
      widths: [16, 22, 14, 14, 40, 26, 30],
      rows: registerRows,
      freezeRows: 2,
      lists: [{ ref: `B3:B${REGISTER_ROWS + 2}`, source: typesSource }],
      landscape: true,
      printTitleRows: '1:2',
    },
    { name: names.lists, widths: [24], rows: listRows, hidden: true },
  ];
  return writeWorkbook(sheets);
}
