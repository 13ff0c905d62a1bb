import { formatPath, limitFindings, sortFindings, type Finding, type Loaded } from '../errors.js';
import type { Rubric } from '../rubric/model.js';
import type { RuleIssue } from '../rubric/rules.js';
import { lazy } from '../lazy.js';
import type { SheetDocument, SourceDocument } from '../source/parse-yaml.js';
import { printable } from '../source/printable.js';
import { parsePlainJson } from '../source/plain-json.js';
import { parsePlainYaml } from '../source/plain-yaml.js';
import { ANSWER_LIMITS, readSource } from '../source/read-source.js';
import { m } from '../i18n/messages.js';
import { scoringDay } from '../i18n/dates.js';
import { checkAnswers } from './check.js';
import type { Answers } from './model.js';
import type { AnswersFile } from './schema.js';
import { answersSchema, plainAnswersFile } from './shape.js';

// The guarded parser and the schema's wording load only for a file that needs them.
const yaml = lazy<typeof import('../source/parse-yaml.js')>('../source/parse-yaml.js', import.meta.url);
const findingsOf = lazy<typeof import('../source/schema-findings.js')>('../source/schema-findings.js', import.meta.url);
const salvaged = lazy<typeof import('../source/salvage.js')>('../source/salvage.js', import.meta.url);
// The workbook reader loads only for an .xlsx file.
const sheets = lazy<typeof import('./workbook.js')>('./workbook.js', import.meta.url);

/** An answer file read and parsed, in whichever format it came: YAML, JSON or a workbook. */
export type AnswerSource = { ok: true; source: SourceDocument | SheetDocument; warnings: Finding[] } | { ok: false; findings: Finding[] };

/**
 * Reads and parses an answer file without checking it against a rubric (for a command that
 * needs the rubric it names first, or the positions of its values later). YAML and JSON go
 * through the guarded parser; a workbook (`.xlsx`) through the workbook reader.
 */
export function readAnswerSource(file: string): AnswerSource {
  if (/\.xlsx$/i.test(file)) return sheets().readAnswerWorkbook(file);
  const read = readSource(file);
  if (!read.ok) return { ok: false, findings: [read.finding] };
  return yaml().parseYaml(file, read.text, ANSWER_LIMITS);
}

function toFinding(source: SourceDocument | SheetDocument, issue: RuleIssue, severity: Finding['severity']): Finding {
  return { file: source.file, ...yaml().locate(source, issue.path, { key: issue.key }), path: printable(formatPath(issue.path), 200), message: issue.message, severity };
}

/**
 * Parses answer-file text (YAML or JSON) and checks it against the rubric. Returns the
 * answers with warnings (another rubric version, migrations applied), or every finding
 * with its line and column. Never throws for bad input.
 */
export function parseAnswers(file: string, text: string, rubric: Rubric): Loaded<Answers> {
  // Plain files that pass every check need no positions: the quick reader, then the guarded
  // parser only when there is something to report (or the text is not plain). JSON text
  // starts with `{`, which plain YAML never does.
  const quick = /^[ \n]*\{/.test(text) ? parsePlainJson(text) : parsePlainYaml(text);
  const plain = quick && plainAnswersFile(quick);
  if (plain) {
    const checked = checkAnswers(rubric, plain);
    if (checked.errors.length === 0 && checked.warnings.length === 0) return checkDay(file, rubric, { ok: true, value: checked.answers, warnings: [] });
  }
  const parsed = yaml().parseYaml(file, text, ANSWER_LIMITS);
  if (!parsed.ok) return parsed;
  return answersFromSource(parsed, rubric);
}

/** Checks an already parsed answer file against the rubric (see `parseAnswers`). */
export function answersFromSource(parsed: { source: SourceDocument | SheetDocument; warnings: Finding[] }, rubric: Rubric): Loaded<Answers> {
  const { source } = parsed;
  // A workbook's answer cells hold labels: they become option ids first (an unknown label is
  // named at its cell), then the file is checked as any other.
  const labels = 'cells' in source ? sheets().resolveLabels(source, rubric) : [];
  const plain = plainAnswersFile(source.value);
  const result = plain ? { success: true as const, data: plain } : answersSchema().safeParse(source.value);
  if (!result.success) {
    // Every finding at once: what the schema refused is set aside, and the rest is checked
    // against the rubric too (an unknown option next to a wrong type is still named).
    const findings = [...labels, ...findingsOf().schemaFindings(source, result.error)];
    const rest = salvaged().salvage(answersSchema(), source.value, result.error);
    if (rest) findings.push(...rulesOnSalvaged(rest, rubric).map((i) => toFinding(source, i, 'error')));
    return { ok: false, findings: limitFindings(sortFindings(findings)) };
  }
  const checked = checkAnswers(rubric, result.data);
  if (checked.errors.length > 0 || labels.length > 0) {
    return { ok: false, findings: limitFindings(sortFindings([...labels, ...checked.errors.map((i) => toFinding(source, i, 'error'))])) };
  }
  return checkDay(source.file, rubric, {
    ok: true,
    value: checked.answers,
    warnings: limitFindings([...parsed.warnings, ...checked.warnings.map((i) => toFinding(source, i, 'warning'))]),
  });
}

/**
 * Days after which an assessment date is called old when its file is scored (three months: a
 * date set back by up to half a year kept half a year of old documents inside every period in
 * silence, the seventeenth to nineteenth readings' route; an audit round follows its
 * assessments within a quarter).
 */
const STALE_AFTER_DAYS = 92;

/** Whole days from one ISO day to a later one. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The day a file's documents are checked against (SPEC.md "Method", Evidence), and what is said
 * about it where there is a date to check (the rubric has an evidence rule and the file cites
 * evidence). The file's own `date` always stays as written, so a report shows no assessment date
 * it was not given.
 * - No `date`: today in Astana (`checkedOn`), with a warning naming that day.
 * - A `date` after today: today. An assessment that cannot have happened yet admits no document
 *   dated after today and keeps no old document inside a period; a warning names both days.
 * - A `date` more than three months before today: its own date (a real assessment made then is a
 *   statement about then), with a warning that the report describes the body as it was then, so
 *   that a date set back to keep old documents inside a period does not pass unnoticed.
 */
function checkDay(file: string, rubric: Rubric, loaded: Loaded<Answers> & { ok: true }): Loaded<Answers> {
  if (rubric.scoring.evidenceFrom === null || loaded.value.evidence.size === 0) {
    // Nothing to check a date against: only a dateless file needs a day (it is never shown).
    return loaded.value.date === undefined ? { ...loaded, value: { ...loaded.value, checkedOn: scoringDay() } } : loaded;
  }
  const given = loaded.value.date;
  const day = scoringDay();
  const warn = (message: string) => [...loaded.warnings, { file, message, severity: 'warning' as const }];
  if (given === undefined) return { ok: true, value: { ...loaded.value, checkedOn: day }, warnings: warn(m('noAssessmentDate', { date: day })) };
  if (given > day) return { ok: true, value: { ...loaded.value, checkedOn: day }, warnings: warn(m('futureAssessmentDate', { date: given, today: day })) };
  const days = daysBetween(given, day);
  return days > STALE_AFTER_DAYS ? { ...loaded, warnings: warn(m('oldAssessmentDate', { date: given, days: String(days), today: day })) } : loaded;
}

/**
 * The rule errors of what is left of a refused file (see `source/salvage.ts`), without those
 * about the refused parts. Nothing is checked when the file's `rubric` was refused: without
 * its version, every answer could be checked against the wrong one.
 */
function rulesOnSalvaged(rest: import('../source/salvage.js').Salvaged, rubric: Rubric): RuleIssue[] {
  const { refusedUnder, outside } = salvaged();
  const value = rest.value as Record<string, unknown>;
  if (refusedUnder(rest.failed, ['rubric'])) return [];
  const respondent = value.respondent as Record<string, unknown> | undefined;
  // The respondent is not checked against the rubric: any organization will do.
  if (typeof respondent?.organization !== 'string') value.respondent = { ...respondent, organization: '' };
  return checkAnswers(rubric, value as unknown as AnswersFile).errors.filter((issue) => outside(rest.failed, issue.path));
}

/** The rubric a parsed answer file names (`rubric: {id, version}`), read without checking anything else. */
export function namedRubric(value: unknown): { id: string; version?: string } | undefined {
  const named = (value as { rubric?: { id?: unknown; version?: unknown } } | null)?.rubric;
  if (typeof named?.id !== 'string') return undefined;
  return { id: named.id, version: typeof named.version === 'string' ? named.version : undefined };
}

/** Reads an answer file and checks it against the rubric (see `parseAnswers`). */
export function loadAnswers(file: string, rubric: Rubric): Loaded<Answers> {
  if (/\.xlsx$/i.test(file)) {
    const parsed = sheets().readAnswerWorkbook(file);
    return parsed.ok ? answersFromSource(parsed, rubric) : parsed;
  }
  const read = readSource(file);
  if (!read.ok) return { ok: false, findings: [read.finding] };
  return parseAnswers(file, read.text, rubric);
}
