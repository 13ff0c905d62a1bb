import { createHash } from 'node:crypto';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPath, sortFindings, type Finding, type Loaded } from '../errors.js';
import { locate, parseYaml, type SourceDocument } from '../source/parse-yaml.js';
import { readSource } from '../source/read-source.js';
import { schemaFindings } from '../source/schema-findings.js';
import { normalizeRubric, type Rubric } from './model.js';
import { checkRubric } from './rules.js';
import { RubricSchema, type RubricFile } from './schema.js';

/** The built-in rubric every command uses when `--rubric` is not given. */
export const DEFAULT_RUBRIC_PATH = fileURLToPath(new URL('../../rubrics/default.yaml', import.meta.url));

/** A rubric with the parsed document it came from, for tools that point into it (diff, validate). */
export interface LoadedRubric {
  rubric: Rubric;
  file: RubricFile;
  source: SourceDocument;
}

/**
 * Parses and checks rubric text: YAML guards, the schema, then every semantic rule.
 * Every finding is returned at once, sorted by position; never throws for bad input.
 */
export function parseRubric(file: string, text: string): Loaded<LoadedRubric> {
  const parsed = parseYaml(file, text);
  if (!parsed.ok) return parsed;
  const { source } = parsed;
  const result = RubricSchema.safeParse(source.value);
  if (!result.success) return { ok: false, findings: sortFindings(schemaFindings(source, result.error)) };
  const findings: Finding[] = checkRubric(result.data).map((issue) => {
    const { line, column } = locate(source, issue.path, { key: issue.key });
    return { file, line, column, path: formatPath(issue.path), message: issue.message, severity: 'error' };
  });
  if (findings.length > 0) return { ok: false, findings: sortFindings(findings) };
  const sha256 = createHash('sha256').update(text).digest('hex');
  return {
    ok: true,
    value: { rubric: normalizeRubric(result.data, sha256), file: result.data, source },
    warnings: parsed.warnings,
  };
}

/** How to name a file in messages: relative to the current folder when it lies inside it. */
export function displayPath(file: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(process.cwd(), file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}

/** Reads and checks a rubric file (see `parseRubric`). */
export function loadRubric(file: string = displayPath(DEFAULT_RUBRIC_PATH)): Loaded<LoadedRubric> {
  const read = readSource(file);
  if (!read.ok) return { ok: false, findings: [read.finding] };
  return parseRubric(file, read.text);
}
