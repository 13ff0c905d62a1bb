import { createHash } from 'node:crypto';
import { formatPath, sortFindings, type Finding, type Loaded } from '../errors.js';
import { locate, parseYaml, type SourceDocument } from '../source/parse-yaml.js';
import { readSource } from '../source/read-source.js';
import { schemaFindings } from '../source/schema-findings.js';
import { normalizeRubric, type Rubric } from './model.js';
import { checkRubric } from './rules.js';
import { questionShares } from './shares.js';
import { m, messageLang } from '../i18n/messages.js';
import { formatPlain } from '../i18n/numbers.js';
import { RubricSchema, type RubricFile } from './schema.js';

import { DEFAULT_RUBRIC_PATH, displayPath } from './paths.js';

export { DEFAULT_RUBRIC_PATH, displayPath };

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
  const rubric = normalizeRubric(result.data, sha256);
  const warnings = [...parsed.warnings];
  const band = rubric.scoring.shareBand;
  if (band) {
    // Tolerance of half the shown precision, so a share printed as the bound is inside it.
    const pct = (x: number) => formatPlain(messageLang(), Math.round(x * 1000) / 10);
    questionShares(rubric).forEach((s, i) => {
      if (rubric.questions[i]!.weight === 0) return; // a pure gate carries no score by design
      if (s.share < band[0] - 5e-4 || s.share > band[1] + 5e-4) {
        const { line, column } = locate(source, ['questions', i, 'id']);
        warnings.push({
          file, line, column, path: formatPath(['questions', i]), severity: 'warning',
          message: m('shareOutsideBand', { share: pct(s.share), min: pct(band[0]), max: pct(band[1]) }),
        });
      }
    });
  }
  return { ok: true, value: { rubric, file: result.data, source }, warnings };
}


/** Reads and checks a rubric file (see `parseRubric`). */
export function loadRubric(file: string = displayPath(DEFAULT_RUBRIC_PATH)): Loaded<LoadedRubric> {
  const read = readSource(file);
  if (!read.ok) return { ok: false, findings: [read.finding] };
  return parseRubric(file, read.text);
}
