import { createHash } from 'node:crypto';
import { answersFromSource, loadAnswers, parseAnswers } from '../answers/load.js';
import { formatFinding, formatPath, type Finding } from '../errors.js';
import { audit as auditWords } from '../i18n/catalogue/audit.js';
import { batchFile as words } from '../i18n/catalogue/batch.js';
import { messageLang } from '../i18n/messages.js';
import { isLang, type Lang, pick, t } from '../i18n/lang.js';
import { errorRow, QUESTION_NOT_APPLICABLE, QUESTION_UNANSWERED, summaryRowOf, type SummaryLayout, type SummaryRow } from '../report/render-csv.js';
import type { Renderer, ReportFormat } from '../report/render.js';
import type { Report } from '../report/schema.js';
import type { Rubric } from '../rubric/model.js';
import type { Answers } from '../answers/model.js';
import type { AuditFor } from '../audit/pair.js';
import { SUMMARY_NOT_APPLICABLE, SUMMARY_UNANSWERED, scoreAnswers, summarizeAnswers } from '../scoring/score.js';
import { ANSWER_LIMITS, readSource } from '../source/read-source.js';
import { lazy } from '../lazy.js';

// The guarded parser loads only for a refused file (its organization, a lenient second reading).
const yaml = lazy<typeof import('../source/parse-yaml.js')>('../source/parse-yaml.js', import.meta.url);

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
  /**
   * `--lenient`: a file refused only for some of its answers (an unknown option or question
   * id, an n/a the rubric does not allow) is scored with those answers unanswered, and says so.
   */
  lenient?: boolean;
  /** Each outcome carries its questions one by one (`QuestionDetail`), for the long export. */
  details?: boolean;
  /** With `score --audit`: each answer file's audit, or the error that stands for it (see `audit/pair.ts`). */
  audits?: Readonly<Record<string, AuditFor>>;
}

/**
 * One question of one body, as the long export lists it: the answer given, the option that
 * counts, its score, and why it counts lower (a claim without evidence).
 */
export interface QuestionDetail {
  id: string;
  status: 'answered' | 'unanswered' | 'declared-na' | 'gated';
  /** The option answered (`n/a` when declared not applicable), and its label. */
  answer: string | null;
  answerLabel: string | null;
  /** The option that counts, when it differs from the answer or is the answer. */
  counted: string | null;
  countedLabel: string | null;
  /** The counted score, 0..1; null when the question does not apply. */
  score: number | null;
  /** The evidence as the report records it (a document reference), when there is any. */
  evidence: string | null;
  /** Why the claim counts lower: the reason of its entry in `unsupported[]` (`missing` before schema 3). */
  unsupported: string | null;
  /** The kinds of the report's flags on this question. */
  flags: string[];
  /** Set aside by `--lenient`. */
  lenient: boolean;
}

/** How an audit is applied to a declared report: `audit/apply.ts`, loaded only when there are audits. */
export type ApplyAudit = typeof import('../audit/apply.js').applyAudit;

/** `ScoreSetup` with what cannot cross a thread: the renderers and the summary layout. */
export interface ScoreEnv extends ScoreSetup {
  renderers: ReadonlyMap<ReportFormat, Renderer>;
  layout: SummaryLayout;
  applyAudit?: ApplyAudit;
}

/**
 * The result of one input file, in a form that can cross threads. Scored: its summary row,
 * the warnings, and the report rendered in each asked format. Refused: every finding, and
 * a summary row carrying the error.
 */
export type FileOutcome =
  | {
      file: string;
      ok: true;
      row: SummaryRow;
      organization: string;
      findings: Finding[];
      rendered: Array<[ReportFormat, string]>;
      /** With `setup.details`: every question of the rubric, in its order. */
      details?: QuestionDetail[];
    }
  | { file: string; ok: false; row: SummaryRow; findings: Finding[] };

/** The summary columns of a batch: the rubric's recommendations, risk categories and levels in `lang`. */
export function layoutOfRubric(rubric: Rubric, lang: Lang): SummaryLayout {
  return {
    lang,
    recommendations: rubric.recommendations.map((r) => ({ id: r.id, title: pick(r.title, lang) })),
    risks: rubric.riskCategories.map((r) => ({ id: r.id, title: pick(r.title, lang) })),
    levels: rubric.levels.map((l) => ({ id: l.id, label: pick(l.label, lang), min: l.min })),
    questions: rubric.questions.map((q) => ({ id: q.id, text: pick(q.text, lang) })),
    gates: gateQuestions(rubric).map((q) => ({
      id: q.id,
      text: pick(q.text, lang),
      options: q.options.map((o) => ({ id: o.id, label: pick(o.label, lang) })),
    })),
  };
}

/** The questions others apply under (`when`), in rubric order. */
export function gateQuestions(rubric: Rubric): Rubric['questions'][number][] {
  const ids = new Set(rubric.questions.flatMap((q) => (q.when ? [q.when.question] : [])));
  return rubric.questions.filter((q) => ids.has(q.id));
}

/** Loads the renderers a setup needs and the summary layout: once per thread. */
export async function prepareEnv(setup: ScoreSetup): Promise<ScoreEnv> {
  const { rendererFor } = await import('../report/render.js');
  const renderers = new Map<ReportFormat, Renderer>();
  for (const f of setup.formats) renderers.set(f, await rendererFor(f));
  const applyAudit = setup.audits ? (await import('../audit/apply.js')).applyAudit : undefined;
  return { ...setup, renderers, layout: { ...layoutOfRubric(setup.rubric, setup.summaryLang), ...(setup.audits ? { audit: true } : {}) }, ...(applyAudit ? { applyAudit } : {}) };
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
export function refused(file: string, findings: Finding[], env: Pick<ScoreEnv, 'layout' | 'messageLang'>, organization?: string): FileOutcome {
  const row = errorRow(file, errorText(findings, env.messageLang), env.layout);
  return { file, ok: false, findings, row: organization ? { ...row, organization } : row };
}

/** The organization a refused file names, when its text parses far enough to read it. */
function organizationIn(file: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = yaml().parseYaml(file, text, ANSWER_LIMITS);
    if (!parsed.ok) return undefined;
    const org = (parsed.source.value as { respondent?: { organization?: unknown } } | null)?.respondent?.organization;
    return typeof org === 'string' && org.trim() !== '' ? org.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** One answer file scored, or every finding that refused it. */
export type Scored =
  | { ok: true; report: Report; warnings: Finding[]; answers: Answers; lenient: string[]; text: string; verified?: Report }
  | { ok: false; findings: Finding[]; text?: string };

/** A loaded file: its answers, warnings, and what `--lenient` set aside; or every finding that refused it. */
type LoadedFile =
  | { ok: true; answers: Answers; warnings: Finding[]; lenient: string[]; text: string }
  | { ok: false; findings: Finding[]; text?: string };

/**
 * Reads and checks one answer file. With `lenient`, a file refused only for some of its
 * entries (every error sits on `answers.<id>`, `comments.<id>` or `evidence.<id>`) is checked
 * again without them; each finding comes back as a warning saying the entry is set aside
 * (an answer then counts as unanswered).
 */
function loadFile(file: string, rubric: Rubric, lenient = false, lang: Lang = 'en'): LoadedFile {
  // A workbook is read by its own reader; no YAML text to read again leniently.
  if (/\.xlsx$/i.test(file)) {
    const loaded = loadAnswers(file, rubric);
    return loaded.ok ? { ok: true, answers: loaded.value, warnings: loaded.warnings, lenient: [], text: '' } : { ok: false, findings: loaded.findings };
  }
  const read = readSource(file);
  if (!read.ok) return { ok: false, findings: [read.finding] };
  const loaded = parseAnswers(file, read.text, rubric);
  if (!loaded.ok && loaded.findings.some((f) => f.path === 'verdicts') && /^verdicts:|"verdicts"\s*:/m.test(read.text)) {
    // An audit file among the answer files: one line saying what it is, not a finding per field.
    return { ok: false, findings: [{ file, message: t(messageLang(), auditWords.notAnswers), severity: 'error' }], text: read.text };
  }
  if (loaded.ok) return { ok: true, answers: loaded.value, warnings: loaded.warnings, lenient: [], text: read.text };
  if (lenient) {
    const retried = withoutBadAnswers(file, read.text, rubric, loaded.findings, lang);
    if (retried) return { ...retried, text: read.text };
  }
  return { ...loaded, text: read.text };
}

/** `loadFile`'s lenient second reading, or undefined when some error is not about one answer. */
function withoutBadAnswers(
  file: string,
  text: string,
  rubric: Rubric,
  findings: readonly Finding[],
  lang: Lang,
): { ok: true; answers: Answers; warnings: Finding[]; lenient: string[] } | undefined {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return undefined;
  const parsed = yaml().parseYaml(file, text, ANSWER_LIMITS);
  if (!parsed.ok) return undefined;
  const value = parsed.source.value as Record<string, unknown> | null;
  if (value === null || typeof value !== 'object') return undefined;
  // An error may sit on one answer, or on a comment or an evidence entry under a question id
  // the rubric does not have (a misspelt id): each is set aside, nothing else is.
  const FIELDS = ['answers', 'comments', 'evidence'] as const;
  const byPath = new Map<string, { field: (typeof FIELDS)[number]; key: string }>();
  for (const field of FIELDS) {
    const map = value[field];
    if (map === null || typeof map !== 'object' || Array.isArray(map)) continue;
    for (const key of Object.keys(map)) byPath.set(formatPath([field, key]), { field, key });
  }
  const bad = new Map<string, { field: (typeof FIELDS)[number]; key: string }>();
  for (const f of errors) {
    const entry = f.path === undefined ? undefined : byPath.get(f.path);
    if (entry === undefined) return undefined;
    bad.set(f.path!, entry);
  }
  const without = { ...value };
  for (const field of FIELDS) {
    const map = value[field];
    if (map === null || typeof map !== 'object' || Array.isArray(map)) continue;
    without[field] = Object.fromEntries(Object.entries(map).filter(([k]) => !bad.has(formatPath([field, k]))));
  }
  const again = answersFromSource({ source: { ...parsed.source, value: without }, warnings: parsed.warnings }, rubric);
  if (!again.ok) return undefined;
  // Answers are named by their question id; a comment or evidence entry by its field too.
  const lenient = [...bad.values()].map((b) => (b.field === 'answers' ? b.key : `${b.field}.${b.key}`));
  const set = errors.map((f) => ({
    ...f,
    severity: 'warning' as const,
    message: t(lang, bad.get(f.path!)!.field === 'answers' ? words.lenient : words.lenientEntry, { message: f.message }),
  }));
  return { ok: true, answers: again.value, warnings: [...set, ...again.warnings], lenient };
}

/** sha256 of a body's answers, evidence and register of documents, to find copies; undefined when nothing is answered. */
export function answersFingerprint(answers: Answers): string | undefined {
  if (answers.answers.size === 0) return undefined;
  const sorted = (map: ReadonlyMap<string, unknown>) => [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // The register is part of the evidence: the same ids naming different documents are not a copy.
  return createHash('sha256').update(JSON.stringify([sorted(answers.answers), sorted(answers.evidence), sorted(answers.documents ?? new Map())])).digest('hex');
}

/** The extra cells of a body's row that come from its answers: gates, lenient, fingerprint. */
function answerCells(answers: Answers, layout: SummaryLayout, lenient: readonly string[]): Partial<SummaryRow> {
  const fingerprint = answersFingerprint(answers);
  return {
    ...(layout.gates ? { gates: layout.gates.map((g) => answers.answers.get(g.id) ?? null) } : {}),
    ...(lenient.length > 0 ? { lenient } : {}),
    ...(fingerprint !== undefined ? { fingerprint } : {}),
  };
}

/**
 * Reads, checks and scores one answer file. Never throws for bad input: a file that is
 * missing, unreadable, binary, hostile or wrong comes back refused with its findings.
 */
export function scoreReport(
  file: string,
  setup: Pick<ScoreSetup, 'rubric' | 'lang' | 'tool' | 'lenient' | 'audits'> & { applyAudit?: ApplyAudit; messageLang?: Lang },
): Scored {
  const loaded = loadFile(file, setup.rubric, setup.lenient, setup.messageLang);
  if (!loaded.ok) return loaded;
  const { answers } = loaded;
  const options = { lang: reportLang(setup, answers.language), tool: setup.tool, warnings: loaded.warnings.map(warningText) };
  const report = scoreAnswers(setup.rubric, answers, options);
  const base = { answers, lenient: loaded.lenient, text: loaded.text };
  const auditFor = setup.audits && Object.hasOwn(setup.audits, file) ? setup.audits[file] : undefined;
  if (auditFor && setup.applyAudit) {
    // The verified result beside the declared one; an audit's own errors are printed with the file's findings.
    const applied = setup.applyAudit(setup.rubric, answers, report, auditFor, options, setup.messageLang ?? options.lang);
    return { ok: true, report: applied.report, warnings: [...loaded.warnings, ...applied.findings], ...base, ...(applied.verified ? { verified: applied.verified } : {}) };
  }
  return { ok: true, report, warnings: loaded.warnings, ...base };
}

/** Every question of the rubric for one body, in rubric order, from its report and answers. */
export function questionDetails(rubric: Rubric, report: Report, answers: Answers, lenient: readonly string[]): QuestionDetail[] {
  type Trace = Report['recommendations'][number]['questions'][number];
  const traced = new Map<string, Trace>();
  for (const rec of report.recommendations) for (const q of rec.questions) if (!traced.has(q.id)) traced.set(q.id, q);
  const gated = new Set(report.notApplicable.filter((n) => n.reason === 'gated').map((n) => n.id));
  const declared = new Set(report.notApplicable.filter((n) => n.reason === 'declared').map((n) => n.id));
  const unsupported = new Map(report.unsupported.map((u) => [u.id, (u as { reason?: string }).reason ?? 'missing']));
  const flags = new Map<string, string[]>();
  for (const f of (report as { flags?: ReadonlyArray<{ id: string; kind: string }> }).flags ?? []) flags.set(f.id, [...(flags.get(f.id) ?? []), f.kind]);
  const lang = report.language;
  const skipped = new Set(lenient);
  return rubric.questions.map((q) => {
    const trace = traced.get(q.id);
    const given = answers.answers.get(q.id) ?? null;
    const label = (id: string | null) => (id === null ? null : id === 'n/a' ? 'n/a' : pick(q.options.find((o) => o.id === id)?.label, lang));
    const status: QuestionDetail['status'] =
      trace?.status ?? (gated.has(q.id) ? 'gated' : declared.has(q.id) ? 'declared-na' : given === null ? 'unanswered' : 'answered');
    const countedOption = trace ? (trace.countedAs ?? trace.option) : null;
    const counted = countedOption?.id ?? (status === 'answered' ? given : null);
    const na = status === 'gated' || status === 'declared-na';
    const score = na ? null : countedOption ? countedOption.score : status === 'unanswered' ? 0 : (q.options.find((o) => o.id === counted)?.score ?? null);
    return {
      id: q.id,
      status,
      answer: given,
      answerLabel: label(given),
      counted: na ? null : counted,
      countedLabel: na ? null : countedOption ? countedOption.label : label(counted),
      score,
      evidence: trace?.evidence ?? null,
      unsupported: unsupported.get(q.id) ?? null,
      flags: flags.get(q.id) ?? [],
      lenient: skipped.has(q.id),
    };
  });
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
    notApplicable: s.notApplicable,
    recommendations: s.recommendations,
    risks: s.risks,
    error: null,
    ...(r.type !== undefined ? { type: r.type } : {}),
    ...(r.region !== undefined ? { region: r.region } : {}),
    ...(layout.questions ? { questions: s.questions } : {}),
    cappedBy: s.cappedBy,
    uncappedLevel: s.uncappedLevel,
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
    if (env.renderers.size === 0 && !env.details && !env.audits) {
      // Only the summary row is wanted: no Report is built.
      const loaded = loadFile(file, env.rubric, env.lenient, env.messageLang);
      if (!loaded.ok) return refused(file, loaded.findings, env, organizationIn(file, loaded.text));
      const { answers } = loaded;
      const row = { ...summaryRowOfAnswers(env.rubric, answers, file, env.layout), ...answerCells(answers, env.layout, loaded.lenient) };
      return { file, ok: true, row, organization: answers.respondent.organization, findings: loaded.warnings, rendered: [] };
    }
    const scored = scoreReport(file, env);
    if (!scored.ok) return refused(file, scored.findings, env, organizationIn(file, scored.text));
    // The report records the file it was scored from (and its bytes' hash), so a report
    // found later can be traced back to its submission.
    const report: Report = { ...scored.report, source: { file, sha256: createHash('sha256').update(scored.text).digest('hex') } };
    const rendered: Array<[ReportFormat, string]> = [];
    for (const [f, render] of env.renderers) rendered.push([f, render(report)]);
    return {
      file,
      ok: true,
      row: { ...summaryRowOf(report, file, env.layout), ...answerCells(scored.answers, env.layout, scored.lenient) },
      organization: report.respondent.organization,
      findings: scored.warnings,
      rendered,
      ...(env.details ? { details: questionDetails(env.rubric, report, scored.answers, scored.lenient) } : {}),
    };
  } catch (error) {
    return refused(file, [internalFinding(file, error, env.messageLang)], env);
  }
}
