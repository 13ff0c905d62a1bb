import { diff as diffWords } from '../i18n/catalogue/diff.js';
import { checkAnswers } from '../answers/check.js';
import type { Answers } from '../answers/model.js';
import { AnswersSchema, type AnswersFile } from '../answers/schema.js';
import { formatFinding, formatPath, sortFindings, type Finding } from '../errors.js';
import { format, pick, type Lang } from '../i18n/lang.js';
import type { Rubric } from '../rubric/model.js';
import type { RuleIssue } from '../rubric/rules.js';
import { scoreAnswers } from '../scoring/score.js';
import { round1 } from '../scoring/round.js';
import { locate, parseYaml, type SourceDocument } from '../source/parse-yaml.js';
import { schemaFindings } from '../source/schema-findings.js';
import { ANSWER_LIMITS } from '../source/read-source.js';

/** One side of the comparison: what the file scores under one rubric. */
export interface ScoreSide {
  score: number | null;
  level: { id: string; label: string } | null;
  coverage: number;
  answered: number;
  total: number;
}

export interface RecommendationMove {
  id: string;
  title: string;
  before: number | null;
  after: number | null;
  /** after − before, one decimal; null unless both exist. */
  delta: number | null;
}

export interface FileImpact {
  file: string;
  organization: string;
  /** The rubric version the answer file says it was made with. */
  answersVersion: string;
  before: ScoreSide;
  after: ScoreSide;
  /** after − before of the overall score, one decimal; null unless both exist. */
  delta: number | null;
  levelChanged: boolean;
  /**
   * Questions new in this change that apply to this file and are left blank under the new
   * rubric: each counts as 0 there, which is why a body can lose points after a new question.
   */
  newBlank: string[];
  recommendations: RecommendationMove[];
  /** Warnings from checking the file against each rubric (another version, migrations applied, ids not matched). */
  warnings: { before: string[]; after: string[] };
}

export interface RecommendationSummary {
  id: string;
  title: string;
  /** Files where both scores exist. */
  files: number;
  meanBefore: number | null;
  meanAfter: number | null;
  meanDelta: number | null;
  maxAbsDelta: number | null;
}

/** Every answer file's scores before and after, biggest movers first. Built by `diffImpact`. */
export interface Impact {
  files: FileImpact[];
  /** Files refused by either rubric, with every finding. */
  invalid: Array<{ file: string; findings: Finding[] }>;
  /** Answer files made for another rubric altogether: listed, not scored. */
  skipped: Array<{ file: string; rubric: string }>;
  recommendations: RecommendationSummary[];
  /** Each question new in this change: in how many of the scored files it is left blank (applicable, unanswered). */
  newQuestions: Array<{ id: string; blank: number }>;
  summary: {
    files: number;
    invalid: number;
    skipped: number;
    levelChanges: number;
    up: number;
    down: number;
    unchanged: number;
    maxAbsDelta: number | null;
    meanDelta: number | null;
  };
}

/** An answer file's text, already read (reading is the command's job). */
export interface AnswerSource {
  file: string;
  text: string;
}

export interface ImpactOptions {
  lang: Lang;
  tool: { name: string; version: string };
  /** The questions new in this change (not renamed or split from an old one), from the structural diff. */
  added?: readonly string[];
}

function toFinding(source: SourceDocument, issue: RuleIssue, severity: Finding['severity']): Finding {
  const { line, column } = locate(source, issue.path, { key: issue.key });
  return { file: source.file, line, column, path: formatPath(issue.path), message: issue.message, severity };
}

type Side = { ok: true; answers: Answers; warnings: Finding[] } | { ok: false; findings: Finding[] };

function check(rubric: Rubric, source: SourceDocument, file: AnswersFile): Side {
  const checked = checkAnswers(rubric, file);
  if (checked.errors.length > 0) return { ok: false, findings: checked.errors.map((i) => toFinding(source, i, 'error')) };
  return { ok: true, answers: checked.answers, warnings: checked.warnings.map((i) => toFinding(source, i, 'warning')) };
}

function side(report: ReturnType<typeof scoreAnswers>): ScoreSide {
  const o = report.overall;
  return {
    score: o.score,
    level: o.level ? { id: o.level.id, label: o.level.label } : null,
    coverage: o.coverage,
    answered: o.answered,
    total: o.total,
  };
}

const minus = (after: number | null, before: number | null) => (after === null || before === null ? null : round1(after - before));

/** Whether a file moved: a score that appears or disappears always counts as movement. */
export function moved(f: Pick<FileImpact, 'before' | 'after' | 'delta'>): number {
  if (f.delta !== null) return Math.abs(f.delta);
  return f.before.score === f.after.score ? 0 : Number.POSITIVE_INFINITY;
}

/**
 * Scores every answer file under both rubrics. A file made for the old version is
 * carried forward to the new one by the new rubric's migrations (as `score` would do);
 * a file made for another rubric id than either is listed as skipped; a file either
 * rubric refuses is listed as invalid with its findings. Files are ordered by how far
 * their overall score moved (a score that appears or disappears first), then level
 * changes, then name. Pure: the texts are given, nothing is read or printed.
 */
export function diffImpact(before: Rubric, after: Rubric, sources: readonly AnswerSource[], options: ImpactOptions): Impact {
  const files: FileImpact[] = [];
  const invalid: Impact['invalid'] = [];
  const skipped: Impact['skipped'] = [];
  const added = new Set(options.added ?? []);
  for (const { file, text } of sources) {
    const parsed = parseYaml(file, text, ANSWER_LIMITS);
    if (!parsed.ok) {
      invalid.push({ file, findings: parsed.findings });
      continue;
    }
    const result = AnswersSchema.safeParse(parsed.source.value);
    if (!result.success) {
      invalid.push({ file, findings: sortFindings(schemaFindings(parsed.source, result.error)) });
      continue;
    }
    const data = result.data;
    if (data.rubric.id !== before.id && data.rubric.id !== after.id) {
      skipped.push({ file, rubric: `${data.rubric.id}@${data.rubric.version}` });
      continue;
    }
    const b = check(before, parsed.source, data);
    const a = check(after, parsed.source, data);
    if (!b.ok || !a.ok) {
      const seen = new Set<string>();
      // A finding only the old rubric makes (a question new in this change, in a file still
      // labelled with the old version) says so: otherwise it reads as if the new rubric refused it.
      // (The new rubric may report the same thing as a warning: that is not old-only.)
      const same = (f: Finding) => `${f.line}:${f.column}:${f.path}:${f.message}`;
      const newKeys = new Set((a.ok ? a.warnings : a.findings).map(same));
      const oldOnly = (b.ok ? [] : b.findings).map((f) =>
        newKeys.has(same(f)) ? f : { ...f, message: format(diffWords.underOldRubric, options.lang, { version: before.version, message: f.message }) },
      );
      const findings = [...oldOnly, ...(a.ok ? [] : a.findings)].filter((f) => {
        const key = formatFinding(f);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      invalid.push({ file, findings: sortFindings(findings) });
      continue;
    }
    const score = (rubric: Rubric, answers: Answers) => scoreAnswers(rubric, answers, { lang: options.lang, tool: options.tool });
    const rb = score(before, b.answers);
    const ra = score(after, a.answers);
    const ids = [...after.recommendations.map((r) => r.id), ...before.recommendations.map((r) => r.id)];
    const recommendations: RecommendationMove[] = [...new Set(ids)].map((id) => {
      const x = rb.recommendations.find((r) => r.id === id);
      const y = ra.recommendations.find((r) => r.id === id);
      const bs = x?.score ?? null;
      const as = y?.score ?? null;
      return { id, title: (y ?? x)!.title, before: bs, after: as, delta: minus(as, bs) };
    });
    files.push({
      file,
      organization: b.answers.respondent.organization,
      answersVersion: data.rubric.version,
      before: side(rb),
      after: side(ra),
      delta: minus(ra.overall.score, rb.overall.score),
      levelChanged: (rb.overall.level?.id ?? null) !== (ra.overall.level?.id ?? null),
      newBlank: ra.unanswered.filter((u) => added.has(u.id)).map((u) => u.id),
      recommendations,
      warnings: { before: b.warnings.map(formatFinding), after: a.warnings.map(formatFinding) },
    });
  }
  files.sort(
    (x, y) =>
      moved(y) - moved(x) ||
      Number(y.levelChanged) - Number(x.levelChanged) ||
      (x.file < y.file ? -1 : x.file > y.file ? 1 : 0),
  );

  const recommendations: RecommendationSummary[] = (files[0]?.recommendations ?? recIds(before, after, options.lang)).map(
    ({ id, title }) => {
      const moves = files.map((f) => f.recommendations.find((r) => r.id === id)!).filter((r) => r.delta !== null);
      const mean = (values: number[]) => (values.length > 0 ? round1(values.reduce((s, v) => s + v, 0) / values.length) : null);
      return {
        id,
        title,
        files: moves.length,
        meanBefore: mean(moves.map((r) => r.before!)),
        meanAfter: mean(moves.map((r) => r.after!)),
        meanDelta: mean(moves.map((r) => r.delta!)),
        maxAbsDelta: moves.length > 0 ? Math.max(...moves.map((r) => Math.abs(r.delta!))) : null,
      };
    },
  );
  const deltas = files.map((f) => f.delta).filter((d): d is number => d !== null);
  return {
    files,
    invalid,
    skipped,
    recommendations,
    newQuestions: [...added].map((id) => ({ id, blank: files.filter((f) => f.newBlank.includes(id)).length })),
    summary: {
      files: files.length,
      invalid: invalid.length,
      skipped: skipped.length,
      levelChanges: files.filter((f) => f.levelChanged).length,
      up: deltas.filter((d) => d > 0).length,
      down: deltas.filter((d) => d < 0).length,
      unchanged: deltas.filter((d) => d === 0).length,
      maxAbsDelta: deltas.length > 0 ? Math.max(...deltas.map(Math.abs)) : null,
      meanDelta: deltas.length > 0 ? round1(deltas.reduce((s, d) => s + d, 0) / deltas.length) : null,
    },
  };
}

function recIds(before: Rubric, after: Rubric, lang: Lang): Array<{ id: string; title: string }> {
  const all = [...after.recommendations, ...before.recommendations];
  const seen = new Set<string>();
  return all.filter((r) => !seen.has(r.id) && seen.add(r.id)).map((r) => ({ id: r.id, title: pick(r.title, lang) }));
}

/** The files whose overall score moved by more than `limit` points (or gained or lost a score). */
export function overLimit(impact: Impact, limit: number): FileImpact[] {
  return impact.files.filter((f) => moved(f) - limit > 1e-9);
}
