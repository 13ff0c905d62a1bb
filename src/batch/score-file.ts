import { parseAnswers } from '../answers/load.js';
import { formatFinding, type Finding } from '../errors.js';
import { batchFile as words } from '../i18n/catalogue/batch.js';
import { isLang, type Lang, pick, t } from '../i18n/lang.js';
import { errorRow, QUESTION_NOT_APPLICABLE, QUESTION_UNANSWERED, summaryRowOf, type SummaryLayout, type SummaryRow } from '../report/render-csv.js';
import type { Renderer, ReportFormat } from '../report/render.js';
import type { Report } from '../report/schema.js';
import type { Rubric } from '../rubric/model.js';
import type { Answers } from '../answers/model.js';
import { SUMMARY_NOT_APPLICABLE, SUMMARY_UNANSWERED, scoreAnswers, summarizeAnswers } from '../scoring/score.js';
import { readSource } from '../source/read-source.js';

/** What every file of a batch is scored with; plain data, so a worker thread can receive it. */
export interface ScoreSetup {
  rubric: Rubric;
  /** `--lang`, when given: the language of every report. */
  lang?: Lang;
  /** The language of the tool's messages (findings), and of the summary. */
  messageLang: Lang;
  summaryLang: Lang;
  /** Formats to render each report in (the per-file reports); may be empty. */
  formats: readonly ReportFormat[];
  tool: { name: string; version: string };
}

/** `ScoreSetup` with what cannot cross a thread: the renderers and the summary layout. */
export interface ScoreEnv extends ScoreSetup {
  renderers: ReadonlyMap<ReportFormat, Renderer>;
  layout: SummaryLayout;
}

/**
 * The result of one input file, in a form that can cross threads. Scored: its summary row,
 * the warnings, and the report rendered in each asked format. Refused: every finding, and
 * a summary row carrying the error.
 */
export type FileOutcome =
  | { file: string; ok: true; row: SummaryRow; organization: string; findings: Finding[]; rendered: Array<[ReportFormat, string]> }
  | { file: string; ok: false; row: SummaryRow; findings: Finding[] };

/** The summary columns of a batch: the rubric's recommendations, risk categories and levels in `lang`. */
export function layoutOfRubric(rubric: Rubric, lang: Lang): SummaryLayout {
  return {
    lang,
    recommendations: rubric.recommendations.map((r) => ({ id: r.id, title: pick(r.title, lang) })),
    risks: rubric.riskCategories.map((r) => ({ id: r.id, title: pick(r.title, lang) })),
    levels: rubric.levels.map((l) => ({ id: l.id, label: pick(l.label, lang), min: l.min })),
    questions: rubric.questions.map((q) => ({ id: q.id, text: pick(q.text, lang) })),
  };
}

/** Loads the renderers a setup needs and the summary layout: once per thread. */
export async function prepareEnv(setup: ScoreSetup): Promise<ScoreEnv> {
  const { rendererFor } = await import('../report/render.js');
  const renderers = new Map<ReportFormat, Renderer>();
  for (const f of setup.formats) renderers.set(f, await rendererFor(f));
  return { ...setup, renderers, layout: layoutOfRubric(setup.rubric, setup.summaryLang) };
}

/** The error cell of a refused file: its errors as `file:line:col: message`, the first few. */
export function errorText(findings: readonly Finding[], lang: Lang, max = 5): string {
  const errors = findings.filter((f) => f.severity === 'error');
  const shown = errors.slice(0, max).map(formatFinding);
  if (errors.length > max) shown.push(t(lang, words.more, { count: errors.length - max }));
  return shown.join('; ');
}

/** The report's language: `--lang`, else the answer file's, else the rubric's first. */
export function reportLang(setup: Pick<ScoreSetup, 'lang' | 'rubric'>, fileLang: string | undefined): Lang {
  if (setup.lang) return setup.lang;
  if (isLang(fileLang)) return fileLang;
  return setup.rubric.languages.find(isLang) ?? 'en';
}

/** A warning as the report keeps it: where in the answer file, and what (`3:12: rubric.version: …`). */
export function warningText(w: Finding): string {
  const where = w.line === undefined ? '' : `${w.line}:${w.column ?? 1}: `;
  return `${where}${w.path ? `${w.path}: ` : ''}${w.message}`;
}

/** A refused file's outcome. */
export function refused(file: string, findings: Finding[], env: Pick<ScoreEnv, 'layout' | 'messageLang'>): FileOutcome {
  return { file, ok: false, findings, row: errorRow(file, errorText(findings, env.messageLang), env.layout) };
}

/** One answer file scored, or every finding that refused it. */
export type Scored = { ok: true; report: Report; warnings: Finding[] } | { ok: false; findings: Finding[] };

/** Reads and checks one answer file: its answers and warnings, or every finding that refused it. */
function loadFile(file: string, rubric: Rubric): { ok: true; answers: Answers; warnings: Finding[] } | { ok: false; findings: Finding[] } {
  const read = readSource(file);
  if (!read.ok) return { ok: false, findings: [read.finding] };
  const loaded = parseAnswers(file, read.text, rubric);
  if (!loaded.ok) return loaded;
  return { ok: true, answers: loaded.value, warnings: loaded.warnings };
}

/**
 * Reads, checks and scores one answer file. Never throws for bad input: a file that is
 * missing, unreadable, binary, hostile or wrong comes back refused with its findings.
 */
export function scoreReport(file: string, setup: Pick<ScoreSetup, 'rubric' | 'lang' | 'tool'>): Scored {
  const loaded = loadFile(file, setup.rubric);
  if (!loaded.ok) return loaded;
  const { answers } = loaded;
  const report = scoreAnswers(setup.rubric, answers, {
    lang: reportLang(setup, answers.language),
    tool: setup.tool,
    warnings: loaded.warnings.map(warningText),
  });
  return { ok: true, report, warnings: loaded.warnings };
}

// The scorer's codes for a question's result are the summary row's: checked when compiling.
SUMMARY_UNANSWERED satisfies typeof QUESTION_UNANSWERED;
SUMMARY_NOT_APPLICABLE satisfies typeof QUESTION_NOT_APPLICABLE;

/**
 * The summary row of scored answers without building their Report: the same row as
 * `summaryRowOf(scoreAnswers(…), file, layout)`, from the same evaluation (`summarizeAnswers`),
 * for a batch that writes no per-file report. `layout` must be `layoutOfRubric(rubric, …)`:
 * its columns are the rubric's, in the rubric's order.
 */
export function summaryRowOfAnswers(rubric: Rubric, answers: Answers, file: string, layout: SummaryLayout): SummaryRow {
  const s = summarizeAnswers(rubric, answers);
  const r = answers.respondent;
  return {
    file,
    organization: r.organization,
    overall: s.overall,
    level: s.level,
    coverage: s.coverage,
    answeredScore: s.answeredScore,
    status: s.status,
    unsupported: s.unsupported,
    flags: s.flags,
    notApplicable: s.notApplicable,
    recommendations: s.recommendations,
    risks: s.risks,
    error: null,
    ...(r.type !== undefined ? { type: r.type } : {}),
    ...(r.region !== undefined ? { region: r.region } : {}),
    ...(layout.questions ? { questions: s.questions } : {}),
  };
}

/** An unexpected failure while scoring, worded as a finding about the file. */
export function internalFinding(file: string, error: unknown, lang: Lang): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  return { file, message: t(lang, words.internal, { detail }), severity: 'error' };
}

/**
 * Reads, checks, scores and renders one answer file. Never throws: a refused file, and
 * even an unexpected failure, becomes a refused outcome with its findings, so the batch
 * always goes on.
 */
export function scoreFile(file: string, env: ScoreEnv): FileOutcome {
  try {
    if (env.renderers.size === 0) {
      // Only the summary row is wanted: no Report is built.
      const loaded = loadFile(file, env.rubric);
      if (!loaded.ok) return refused(file, loaded.findings, env);
      const { answers } = loaded;
      const row = summaryRowOfAnswers(env.rubric, answers, file, env.layout);
      return { file, ok: true, row, organization: answers.respondent.organization, findings: loaded.warnings, rendered: [] };
    }
    const scored = scoreReport(file, env);
    if (!scored.ok) return refused(file, scored.findings, env);
    const { report } = scored;
    const rendered: Array<[ReportFormat, string]> = [];
    for (const [f, render] of env.renderers) rendered.push([f, render(report)]);
    return {
      file,
      ok: true,
      row: summaryRowOf(report, file, env.layout),
      organization: report.respondent.organization,
      findings: scored.warnings,
      rendered,
    };
  } catch (error) {
    return refused(file, [internalFinding(file, error, env.messageLang)], env);
  }
}
