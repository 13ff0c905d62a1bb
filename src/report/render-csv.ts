import { audit as auditWords } from '../i18n/catalogue/audit.js';
import { reportCsv as words } from '../i18n/catalogue/report.js';
import { batchFleet } from '../i18n/catalogue/batch.js';
import { type Lang, sayerIn } from '../i18n/lang.js';
import { CSV_BOM, csvLine, type CsvSeparator, type CsvValue } from './csv.js';
import type { Report } from './schema.js';

/**
 * The auditor's CSV: one row per answer file with the file, the body, its overall score,
 * level and coverage, every recommendation's score and every risk category's exposure, and
 * the method's signals (score over answered questions, claims without evidence, questions
 * that do not apply) and the status: `complete`, `incomplete` or `error` with the message.
 * Header labels are in the summary's language; the columns and their order depend only on
 * the rubric, so a script can rely on them (see `summaryColumnIds`).
 */

/** What the summary's columns are: taken from the rubric (a batch) or from one report. */
export interface SummaryLayout {
  /** The language of the header labels and level labels. */
  lang: Lang;
  recommendations: ReadonlyArray<{ id: string; title: string }>;
  risks: ReadonlyArray<{ id: string; title: string }>;
  /** Level thresholds (`min`) place a recommendation's score in a level for the fleet view. */
  levels: ReadonlyArray<{ id: string; label: string; min?: number }>;
  /** The questions, in rubric order: rows carry one result per question for the fleet's counts. */
  questions?: ReadonlyArray<{ id: string; text: string }>;
  /** The gate questions (those other questions apply under), with their options: one column each. */
  gates?: ReadonlyArray<{ id: string; text: string; options: ReadonlyArray<{ id: string; label: string }> }>;
  /** With `score --audit`: the audit columns follow the others (see `AUDIT_COLUMNS`). */
  audit?: boolean;
}

/** The audit columns (`score --audit`), after `error`, so the columns before them never move; a later column goes last. */
export const AUDIT_COLUMNS = ['audit:verified', 'audit:verifiedLevel', 'audit:difference', 'audit:confirmed', 'audit:rejected', 'audit:unchecked', 'audit:error', 'audit:notFound'] as const;

/** A body's audit in the summary: its verified score and level, the counts, or why none applies. */
export interface SummaryAudit {
  verified: number | null;
  /** The verified level id; its label comes from the layout. */
  verifiedLevel: string | null;
  confirmed: number;
  rejected: number;
  /** Of the rejected, those whose cited document does not exist as cited. */
  notFound: number;
  unchecked: number;
  error: string | null;
}

/** Another file of the batch this row repeats: the same organization, or the same answers and evidence. */
export interface RepeatNote {
  kind: 'organization' | 'copy';
  /** The earlier row's 1-based place among the inputs, and its file. */
  index: number;
  file: string;
}

/** A question's result in `SummaryRow.questions`: the counted option's score (0..1), or one of these. */
export const QUESTION_UNANSWERED = -1;
export const QUESTION_NOT_APPLICABLE = -2;

/**
 * One answer file in the summary. Scored: `error` is null and the scores are filled
 * (a score is null where nothing was answered). Refused: `error` holds the findings and
 * the scores are null.
 */
export interface SummaryRow {
  file: string;
  organization: string | null;
  overall: number | null;
  /** The level id; its label comes from the layout, in the summary's language. */
  level: string | null;
  coverage: number | null;
  answeredScore: number | null;
  /** `complete` or `incomplete` (below the coverage floor); null for a file that could not be scored. */
  status: 'complete' | 'incomplete' | null;
  /** Claims without evidence, and questions that do not apply (gated or declared). */
  unsupported: number | null;
  /** Flags for the auditor. */
  flags: number | null;
  notApplicable: number | null;
  /** In the layout's order. */
  recommendations: ReadonlyArray<number | null>;
  risks: ReadonlyArray<number | null>;
  error: string | null;
  /** The respondent's `type` and `region`, when the answer file gives them (fleet grouping). */
  type?: string;
  region?: string;
  /**
   * One result per `layout.questions` entry: the counted option's score, `QUESTION_UNANSWERED`
   * or `QUESTION_NOT_APPLICABLE`. Only when the layout lists the questions.
   */
  questions?: ReadonlyArray<number>;
  /** The recommendation that capped the level by the weakest-link rule, and the level the score alone reaches. */
  cappedBy?: string | null;
  uncappedLevel?: string | null;
  /** Each `layout.gates` entry's answer: an option id, `n/a`, or null when not answered. */
  gates?: ReadonlyArray<string | null>;
  /** Question ids whose answers `--lenient` set aside as unanswered (the file was refused otherwise). */
  lenient?: readonly string[];
  /** sha256 of the answers and evidence (not of the respondent), to find copies; absent when nothing is answered. */
  fingerprint?: string;
  /** Filled by the batch, in input order: earlier rows this one repeats. */
  repeats?: readonly RepeatNote[];
  /** Filled by the batch with `--fail-under`: whether this body falls short of it. */
  belowBar?: boolean;
  /** With `score --audit`, for a file that has an audit (or an audit error). */
  audit?: SummaryAudit;
}

/** The summary's audit of a report's `audit` block. */
export function summaryAuditOf(audit: NonNullable<Report['audit']>): SummaryAudit {
  return {
    verified: audit.verified?.score ?? null,
    verifiedLevel: audit.verified?.level?.id ?? null,
    confirmed: audit.confirmed,
    rejected: audit.rejected,
    notFound: audit.notFound,
    unchecked: audit.unchecked,
    error: audit.error ?? null,
  };
}

/** The layout of a single report: its recommendations, risk categories and levels, in its language. */
export function layoutOfReport(report: Report): SummaryLayout {
  return {
    lang: report.language,
    recommendations: report.recommendations.map((r) => ({ id: r.id, title: r.title })),
    risks: report.riskCategories.map((r) => ({ id: r.id, title: r.title })),
    levels: report.levels.map((l) => ({ id: l.id, label: l.label, min: l.min })),
    questions: questionsOfReport(report),
  };
}

/** Every question of a report once, in the order its trace first shows it. */
function questionsOfReport(report: Report): Array<{ id: string; text: string }> {
  const seen = new Map<string, string>();
  for (const rec of report.recommendations) for (const q of rec.questions) if (!seen.has(q.id)) seen.set(q.id, q.text);
  return [...seen].map(([id, text]) => ({ id, text }));
}

/** Each question's result in the layout's order (see `SummaryRow.questions`). */
function questionResults(report: Report, layout: SummaryLayout): number[] | undefined {
  if (!layout.questions) return undefined;
  const results = new Map<string, number>();
  for (const rec of report.recommendations) {
    for (const q of rec.questions) {
      if (results.has(q.id)) continue;
      const counted = q.countedAs ?? q.option;
      results.set(
        q.id,
        q.status === 'gated' || q.status === 'declared-na' ? QUESTION_NOT_APPLICABLE : counted ? counted.score : QUESTION_UNANSWERED,
      );
    }
  }
  // A question that feeds no recommendation is not in the trace: it counts as not applicable here.
  return layout.questions.map((q) => results.get(q.id) ?? QUESTION_NOT_APPLICABLE);
}

/** The summary row of a scored report. Scores are looked up by id, so the layout's order rules. */
export function summaryRowOf(report: Report, file: string, layout: SummaryLayout = layoutOfReport(report)): SummaryRow {
  const recs = new Map(report.recommendations.map((r) => [r.id, r.score]));
  const risks = new Map(report.riskCategories.map((r) => [r.id, r.exposure]));
  return {
    file,
    organization: report.respondent.organization,
    overall: report.overall.score,
    level: report.overall.level?.id ?? null,
    coverage: report.overall.coverage,
    answeredScore: report.overall.answeredScore,
    status: report.overall.status,
    unsupported: report.unsupported.length,
    flags: report.flags.length,
    notApplicable: report.notApplicable.length,
    recommendations: layout.recommendations.map((r) => recs.get(r.id) ?? null),
    risks: layout.risks.map((r) => risks.get(r.id) ?? null),
    error: null,
    ...(report.respondent.type !== undefined ? { type: report.respondent.type } : {}),
    ...(report.respondent.region !== undefined ? { region: report.respondent.region } : {}),
    ...(layout.questions ? { questions: questionResults(report, layout) } : {}),
    cappedBy: report.overall.cappedBy?.id ?? null,
    uncappedLevel: report.overall.cappedBy ? (report.overall.uncappedLevel?.id ?? null) : null,
    ...(report.audit ? { audit: summaryAuditOf(report.audit) } : {}),
  };
}

/** The summary row of a file that could not be scored. */
export function errorRow(file: string, error: string, layout: SummaryLayout): SummaryRow {
  return {
    file,
    organization: null,
    overall: null,
    level: null,
    coverage: null,
    answeredScore: null,
    status: null,
    unsupported: null,
    flags: null,
    notApplicable: null,
    recommendations: layout.recommendations.map(() => null),
    risks: layout.risks.map(() => null),
    error,
  };
}

/**
 * The stable column ids, in order: `file, organization, overall, level, coverage,
 * answeredScore, unsupported, flags, notApplicable, recommendation:<id>…, risk:<id>…, type,
 * region, cappedBy, uncappedLevel, gate:<id>…, lenient, repeats, belowFailUnder, status,
 * error`. `status` is `complete`, `incomplete` (below the coverage floor: no level) or
 * `error` (the file could not be scored). `cappedBy` names the recommendation that lowered
 * the level by the weakest-link rule; `gate:<id>` holds each gate question's answer;
 * `repeats` names the earlier file of the same organization or with the same answers and
 * evidence; `belowFailUnder` is 1 or 0 with `--fail-under`, empty without.
 */
export function summaryColumnIds(layout: SummaryLayout): string[] {
  return [
    'file',
    'organization',
    'overall',
    'level',
    'coverage',
    'answeredScore',
    'unsupported',
    'flags',
    'notApplicable',
    ...layout.recommendations.map((r) => `recommendation:${r.id}`),
    ...layout.risks.map((r) => `risk:${r.id}`),
    'type',
    'region',
    'cappedBy',
    'uncappedLevel',
    ...(layout.gates ?? []).map((g) => `gate:${g.id}`),
    'lenient',
    'repeats',
    'belowFailUnder',
    'status',
    'error',
    ...(layout.audit ? AUDIT_COLUMNS : []),
  ];
}

/** The words of a repeat, in the layout's language. */
export function repeatText(note: RepeatNote, lang: Lang): string {
  const f = sayerIn(batchFleet, lang);
  return f(note.kind === 'organization' ? 'repeatOrganization' : 'repeatCopy', { index: note.index, file: note.file });
}

/** The header record (CRLF-terminated), labels in the layout's language. */
export function csvHeader(layout: SummaryLayout, separator: CsvSeparator = 'comma'): string {
  const w = sayerIn(words, layout.lang);
  return csvLine([
    w('file'),
    w('organization'),
    w('overall'),
    w('level'),
    w('coverage'),
    w('answeredScore'),
    w('unsupported'),
    w('flags'),
    w('notApplicable'),
    ...layout.recommendations.map((r) => w('recommendation', { title: r.title, id: r.id })),
    ...layout.risks.map((r) => w('risk', { title: r.title, id: r.id })),
    ...extraHeader(layout),
    w('status'),
    w('error'),
    ...(layout.audit ? auditHeader(layout.lang) : []),
  ], separator);
}

/** The columns added in 0.3.0, between the risks and the status (status and error stay last). */
function extraHeader(layout: SummaryLayout): string[] {
  const f = sayerIn(batchFleet, layout.lang);
  return [
    f('colType'),
    f('colRegion'),
    f('colCappedBy'),
    f('colUncapped'),
    ...(layout.gates ?? []).map((g) => f('colGate', { text: g.text, id: g.id })),
    f('colLenient'),
    f('colRepeats'),
    f('colBelow'),
  ];
}

function extraCells(row: SummaryRow, layout: SummaryLayout): CsvValue[] {
  const label = (id: string | null | undefined) => (id == null ? null : (layout.levels.find((x) => x.id === id)?.label ?? id));
  const cappedBy = row.cappedBy == null ? null : (layout.recommendations.find((r) => r.id === row.cappedBy)?.title ?? row.cappedBy);
  return [
    row.type ?? null,
    row.region ?? null,
    cappedBy,
    label(row.uncappedLevel),
    ...(layout.gates ?? []).map((g, i) => {
      const answer = row.gates?.[i] ?? null;
      return answer === null ? null : (g.options.find((o) => o.id === answer)?.label ?? answer);
    }),
    row.lenient && row.lenient.length > 0 ? row.lenient.join('; ') : null,
    row.repeats && row.repeats.length > 0 ? row.repeats.map((r) => repeatText(r, layout.lang)).join('; ') : null,
    row.belowBar === undefined ? null : row.belowBar ? 1 : 0,
  ];
}

/**
 * One data record (CRLF-terminated). Text is neutralised against formulas; numbers stay
 * numbers (with a decimal comma when the separator is `semicolon`).
 */
export function csvRow(row: SummaryRow, layout: SummaryLayout, separator: CsvSeparator = 'comma'): string {
  const level = row.level === null ? null : (layout.levels.find((x) => x.id === row.level)?.label ?? row.level);
  const cells: CsvValue[] = [
    row.file,
    row.organization,
    row.overall,
    level,
    row.coverage,
    row.answeredScore,
    row.unsupported,
    row.flags,
    row.notApplicable,
    ...row.recommendations,
    ...row.risks,
    ...extraCells(row, layout),
    row.error === null ? (row.status ?? 'complete') : 'error',
    row.error,
    ...(layout.audit ? auditCells(row, layout) : []),
  ];
  return csvLine(cells, separator);
}

/**
 * A report as CSV: byte-order mark, header and its one row (the file column is empty:
 * a report does not know which file it came from). `readiness score --format csv` writes
 * the same columns for many files.
 */
export function renderCsv(report: Report, file = '', separator: CsvSeparator = 'comma'): string {
  const layout = { ...layoutOfReport(report), ...(report.audit ? { audit: true } : {}) };
  return CSV_BOM + csvHeader(layout, separator) + csvRow(summaryRowOf(report, file, layout), layout, separator);
}

function auditHeader(lang: Lang): string[] {
  const a = sayerIn(auditWords, lang);
  return [a('colVerified'), a('colVerifiedLevel'), a('colDifference'), a('colConfirmed'), a('colRejected'), a('colUnchecked'), a('colAuditError'), a('colNotFound')];
}

/** A row's audit cells: empty for a body without an audit; the difference is declared minus verified. */
function auditCells(row: SummaryRow, layout: SummaryLayout): CsvValue[] {
  const a = row.audit;
  if (!a) return [null, null, null, null, null, null, null, null];
  const level = a.verifiedLevel === null ? null : (layout.levels.find((x) => x.id === a.verifiedLevel)?.label ?? a.verifiedLevel);
  const difference = row.overall !== null && a.verified !== null ? Math.round((row.overall - a.verified) * 10) / 10 : null;
  if (a.error !== null) return [null, null, null, null, null, null, a.error, null];
  return [a.verified, level, difference, a.confirmed, a.rejected, a.unchecked, null, a.notFound];
}
