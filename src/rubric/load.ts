import { createHash } from 'node:crypto';
import { formatPath, limitFindings, sortFindings, type Finding, type Loaded } from '../errors.js';
import { locate, parseYaml, type SourceDocument } from '../source/parse-yaml.js';
import { readSource } from '../source/read-source.js';
import { outside, refusedUnder, salvage, type Salvaged } from '../source/salvage.js';
import { schemaFindings } from '../source/schema-findings.js';
import { normalizeRubric, type Rubric } from './model.js';
import { checkRubric, type RuleGaps, type RuleIssue } from './rules.js';
import { outsideBand, questionShares, worstScenarioShares } from './shares.js';
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
  const toFinding = (issue: RuleIssue): Finding => {
    const { line, column } = locate(source, issue.path, { key: issue.key });
    return { file, line, column, path: formatPath(issue.path), message: issue.message, severity: 'error' };
  };
  if (!result.success) {
    // Every finding at once: the rules check what the schema left, except the refused parts.
    const findings = schemaFindings(source, result.error);
    const rest = salvage(RubricSchema, source.value, result.error);
    if (rest) findings.push(...rulesOnSalvaged(rest).map(toFinding));
    return { ok: false, findings: limitFindings(sortFindings(findings)) };
  }
  const findings: Finding[] = checkRubric(result.data).map(toFinding);
  if (findings.length > 0) return { ok: false, findings: sortFindings(findings) };
  const sha256 = createHash('sha256').update(text).digest('hex');
  const rubric = normalizeRubric(result.data, sha256);
  const warnings = [...parsed.warnings];
  const band = rubric.scoring.shareBand;
  if (band) {
    const pct = (x: number) => formatPlain(messageLang(), Math.round(x * 1000) / 10);
    const warn = (i: number, message: string) => {
      const { line, column } = locate(source, ['questions', i, 'id']);
      warnings.push({ file, line, column, path: formatPath(['questions', i]), severity: 'warning', message });
    };
    // One warning per question: with every question applicable, else its worst gate
    // scenario (the farthest outside its band). A warning per (scenario, question) grew as
    // n² on a chain of gates; at most MAX_FINDINGS_PER_FILE are kept, the rest counted.
    const outside = new Map<number, string>();
    questionShares(rubric).forEach((s, i) => {
      if (rubric.questions[i]!.weight === 0) return; // a pure gate carries no score by design
      if (outsideBand(s.share, band)) outside.set(i, m('shareOutsideBand', { share: pct(s.share), min: pct(band[0]), max: pct(band[1]) }));
    });
    for (const [i, w] of worstScenarioShares(rubric, band)) {
      if (outside.has(i)) continue;
      outside.set(i, m('shareOutsideBandWhen', { share: pct(w.share), min: pct(w.band[0]), max: pct(w.band[1]), gate: w.gate, option: w.option, count: w.open }));
    }
    for (const [i, message] of outside) warn(i, message);
  }
  return { ok: true, value: { rubric, file: result.data, source }, warnings: limitFindings(sortFindings(warnings)) };
}

// The lists the rules reach across: without one of them every reference into it would be
// reported, so the rules are not run on what is left.
const COLLECTIONS = ['problemAreas', 'riskCategories', 'recommendations', 'levels', 'questions'] as const;

/**
 * The rules' issues in what is left of a refused rubric, without those about its refused
 * parts (see `source/salvage.ts`). A refused list of languages turns the text checks off (each
 * text would be told it lacks the language), a refused version the migration order.
 */
function rulesOnSalvaged(rest: Salvaged): RuleIssue[] {
  const doc = rest.value as Record<string, unknown>;
  if (COLLECTIONS.some((kind) => !Array.isArray(doc[kind]) || rest.failed.some((f) => f.path.length === 1 && f.path[0] === kind))) return [];
  const texts = !refusedUnder(rest.failed, ['languages']);
  if (!texts) doc.languages = [];
  if (refusedUnder(rest.failed, ['version'])) delete doc.version;
  // A list (units) or a member refused whole or by its id, a question's refused reference (see RuleGaps).
  const refused = (kind: string, field?: string) =>
    rest.failed.some((f) => f.path[0] === kind && !f.unknown && (f.path.length <= 2 || (field !== undefined && f.path[2] === field)));
  const gaps: RuleGaps = {};
  if (refused('levels', 'id')) gaps.levels = true;
  if (refused('recommendations', 'id')) gaps.recommendations = true;
  if (refused('problemAreas', 'id') || refused('riskCategories', 'id')) gaps.sections = true;
  if (refused('questions', 'id')) gaps.questions = true;
  if (refused('units', 'id')) gaps.units = true;
  const option = (p: ReadonlyArray<PropertyKey>) => p[0] === 'questions' && p[2] === 'options' && (p.length <= 4 || p[4] === 'id');
  if (rest.failed.some((f) => !f.unknown && option(f.path))) gaps.options = true;
  if (refused('questions', 'area')) gaps.areaRefs = true;
  if (refused('questions', 'recommendations')) gaps.recommendationRefs = true;
  if (refused('questions', 'unit')) gaps.unitRefs = true;
  return checkRubric(doc as unknown as RubricFile, { texts, gaps }).filter((issue) => outside(rest.failed, issue.path));
}

/** Reads and checks a rubric file (see `parseRubric`). */
export function loadRubric(file: string = displayPath(DEFAULT_RUBRIC_PATH)): Loaded<LoadedRubric> {
  const read = readSource(file);
  if (!read.ok) return { ok: false, findings: [read.finding] };
  return parseRubric(file, read.text);
}
