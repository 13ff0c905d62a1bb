import { formatPath, sortFindings, type Finding, type Loaded } from '../errors.js';
import type { Rubric } from '../rubric/model.js';
import type { RuleIssue } from '../rubric/rules.js';
import { locate, parseYaml, type SourceDocument } from '../source/parse-yaml.js';
import { printable } from '../source/printable.js';
import { readSource } from '../source/read-source.js';
import { schemaFindings } from '../source/schema-findings.js';
import { checkAnswers } from './check.js';
import type { Answers } from './model.js';
import { answersSchema, plainAnswersFile } from './shape.js';

function toFinding(source: SourceDocument, issue: RuleIssue, severity: Finding['severity']): Finding {
  const { line, column } = locate(source, issue.path, { key: issue.key });
  return { file: source.file, line, column, path: printable(formatPath(issue.path), 200), message: issue.message, severity };
}

/**
 * Parses answer-file text (YAML or JSON) and checks it against the rubric. Returns the
 * answers with warnings (another rubric version, migrations applied), or every finding
 * with its line and column. Never throws for bad input.
 */
export function parseAnswers(file: string, text: string, rubric: Rubric): Loaded<Answers> {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  return answersFromSource(parsed, rubric);
}

/** Checks an already parsed answer file against the rubric (see `parseAnswers`). */
export function answersFromSource(parsed: { source: SourceDocument; warnings: Finding[] }, rubric: Rubric): Loaded<Answers> {
  const { source } = parsed;
  const plain = plainAnswersFile(source.value);
  const result = plain ? { success: true as const, data: plain } : answersSchema().safeParse(source.value);
  if (!result.success) return { ok: false, findings: sortFindings(schemaFindings(source, result.error)) };
  const checked = checkAnswers(rubric, result.data);
  if (checked.errors.length > 0) {
    return { ok: false, findings: sortFindings(checked.errors.map((i) => toFinding(source, i, 'error'))) };
  }
  return {
    ok: true,
    value: checked.answers,
    warnings: [...parsed.warnings, ...checked.warnings.map((i) => toFinding(source, i, 'warning'))],
  };
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
