import { batchFleet as words } from '../i18n/catalogue/batch.js';
import { sayerIn } from '../i18n/lang.js';
import { csvLine, type CsvSeparator } from '../report/csv.js';
import type { SummaryLayout, SummaryRow } from '../report/render-csv.js';
import type { QuestionDetail } from './score-file.js';

/**
 * The long export (`summary-long.csv`, written beside `summary.csv` with `--out`): one row
 * per body × question, for pivot tables. Every column a pivot needs is on each row (the
 * body's file, name, type, region and status next to the question's answer, counted option,
 * score, the evidence as written, the unsupported reason and flags), so a spreadsheet needs no lookup. Same CSV rules as
 * `summary.csv`: BOM, CRLF, formula guard, both separators. Refused files have no rows
 * (they are in `summary.csv` with their error).
 */

/** The stable column ids, in order (the header itself is in the summary's language). */
export const LONG_COLUMN_IDS = [
  'file',
  'organization',
  'type',
  'region',
  'bodyStatus',
  'question',
  'questionText',
  'status',
  'answer',
  'answerLabel',
  'counted',
  'countedLabel',
  'score',
  'evidence',
  'unsupported',
  'flags',
  'lenient',
] as const;

/** The header record of the long export. */
export function longCsvHeader(layout: SummaryLayout, separator: CsvSeparator): string {
  const w = sayerIn(words, layout.lang);
  return csvLine(
    [
      w('longFile'),
      w('longOrganization'),
      w('colType'),
      w('colRegion'),
      w('longBodyStatus'),
      w('longQuestionId'),
      w('longQuestion'),
      w('longStatus'),
      w('longAnswerId'),
      w('longAnswer'),
      w('longCountedId'),
      w('longCounted'),
      w('longScore'),
      w('longEvidence'),
      w('longUnsupported'),
      w('longFlags'),
      w('longLenient'),
    ],
    separator,
  );
}

/** One body's rows: one per question of `layout.questions`, in the rubric's order. */
export function longCsvRows(row: SummaryRow, details: readonly QuestionDetail[], layout: SummaryLayout, separator: CsvSeparator): string {
  const w = sayerIn(words, layout.lang);
  const statusWord = {
    answered: w('statusAnswered'),
    unanswered: w('statusUnanswered'),
    'declared-na': w('statusDeclared'),
    gated: w('statusGated'),
  } as const;
  const texts = new Map((layout.questions ?? []).map((q) => [q.id, q.text]));
  let out = '';
  for (const d of details) {
    out += csvLine(
      [
        row.file,
        row.organization,
        row.type ?? null,
        row.region ?? null,
        row.status,
        d.id,
        texts.get(d.id) ?? null,
        statusWord[d.status],
        d.answer,
        d.answerLabel,
        d.counted,
        d.countedLabel,
        d.score,
        d.evidence,
        d.unsupported,
        d.flags.length > 0 ? d.flags.join('; ') : null,
        d.lenient ? 1 : 0,
      ],
      separator,
    );
  }
  return out;
}
