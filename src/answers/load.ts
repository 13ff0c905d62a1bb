import { formatPath, limitFindings, sortFindings, type Finding, type Loaded } from '../errors.js';
import type { Rubric } from '../rubric/model.js';
import type { RuleIssue } from '../rubric/rules.js';
import { lazy } from '../lazy.js';
import type { SourceDocument } from '../source/parse-yaml.js';
import { printable } from '../source/printable.js';
import { parsePlainYaml } from '../source/plain-yaml.js';
import { readSource } from '../source/read-source.js';
import { checkAnswers } from './check.js';
import type { Answers } from './model.js';
import { answersSchema, plainAnswersFile } from './shape.js';

// The guarded parser and the schema's wording load only for a file that needs them.
const yaml = lazy<typeof import('../source/parse-yaml.js')>('../source/parse-yaml.js', import.meta.url);
const findingsOf = lazy<typeof import('../source/schema-findings.js')>('../source/schema-findings.js', import.meta.url);

function toFinding(source: SourceDocument, issue: RuleIssue, severity: Finding['severity']): Finding {
  const { line, column } = yaml().locate(source, issue.path, { key: issue.key });
  return { file: source.file, line, column, path: printable(formatPath(issue.path), 200), message: issue.message, severity };
}

/**
 * Parses answer-file text (YAML or JSON) and checks it against the rubric. Returns the
 * answers with warnings (another rubric version, migrations applied), or every finding
 * with its line and column. Never throws for bad input.
 */
export function parseAnswers(file: string, text: string, rubric: Rubric): Loaded<Answers> {
  // Plain files that pass every check need no positions: the quick reader, then the guarded
  // parser only when there is something to report (or the text is not plain).
  const quick = parsePlainYaml(text);
  const plain = quick && plainAnswersFile(quick);
  if (plain) {
    const checked = checkAnswers(rubric, plain);
    if (checked.errors.length === 0 && checked.warnings.length === 0) return { ok: true, value: checked.answers, warnings: [] };
  }
  const parsed = yaml().parseYaml(file, text);
  if (!parsed.ok) return parsed;
  return answersFromSource(parsed, rubric);
}

/** Checks an already parsed answer file against the rubric (see `parseAnswers`). */
export function answersFromSource(parsed: { source: SourceDocument; warnings: Finding[] }, rubric: Rubric): Loaded<Answers> {
  const { source } = parsed;
  const plain = plainAnswersFile(source.value);
  const result = plain ? { success: true as const, data: plain } : answersSchema().safeParse(source.value);
  if (!result.success) {
    // Every finding at once: the parts the schema refused are set aside, and what is left is
    // checked against the rubric too (an unknown option next to a wrong type is still named).
    const findings = findingsOf().schemaFindings(source, result.error);
    const rest = withoutPaths(source.value, result.error.issues.map((i) => i.path));
    const retry = rest === undefined ? undefined : answersSchema().safeParse(rest);
    if (retry?.success) findings.push(...checkAnswers(rubric, retry.data).errors.map((i) => toFinding(source, i, 'error')));
    return { ok: false, findings: limitFindings(sortFindings(findings)) };
  }
  const checked = checkAnswers(rubric, result.data);
  if (checked.errors.length > 0) {
    return { ok: false, findings: limitFindings(sortFindings(checked.errors.map((i) => toFinding(source, i, 'error')))) };
  }
  return {
    ok: true,
    value: checked.answers,
    warnings: limitFindings([...parsed.warnings, ...checked.warnings.map((i) => toFinding(source, i, 'warning'))]),
  };
}

/**
 * A copy of the plain value without the entries at `paths` (the deepest key of each inside a
 * map of answers or comments), or undefined when a path is not inside such a map: then there
 * is nothing worth checking further.
 */
function withoutPaths(value: unknown, paths: ReadonlyArray<ReadonlyArray<PropertyKey>>): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const path of paths) {
    const [section, key] = path;
    if ((section !== 'answers' && section !== 'comments' && section !== 'evidence') || typeof key !== 'string' || path.length !== 2) return undefined;
    const map = copy[section];
    if (map === null || typeof map !== 'object' || Array.isArray(map)) return undefined;
    const rest = { ...(map as Record<string, unknown>) };
    delete rest[key];
    copy[section] = rest;
  }
  return copy;
}

/** The rubric a parsed answer file names (`rubric: {id, version}`), read without checking anything else. */
export function namedRubric(value: unknown): { id: string; version?: string } | undefined {
  const named = (value as { rubric?: { id?: unknown; version?: unknown } } | null)?.rubric;
  if (typeof named?.id !== 'string') return undefined;
  return { id: named.id, version: typeof named.version === 'string' ? named.version : undefined };
}

/** Reads an answer file and checks it against the rubric (see `parseAnswers`). */
export function loadAnswers(file: string, rubric: Rubric): Loaded<Answers> {
  const read = readSource(file);
  if (!read.ok) return { ok: false, findings: [read.finding] };
  return parseAnswers(file, read.text, rubric);
}
