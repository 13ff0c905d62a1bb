import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ExitError, formatFinding, type Finding } from '../errors.js';
import { batchRun as words } from '../i18n/catalogue/batch.js';
import { type Lang, t } from '../i18n/lang.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { CSV_BOM, type CsvSeparator } from '../report/csv.js';
import { csvHeader, csvRow, errorRow, repeatText, type RepeatNote, type SummaryLayout, type SummaryRow } from '../report/render-csv.js';
import { batchFleet } from '../i18n/catalogue/batch.js';
import { sayerIn } from '../i18n/lang.js';
import { EXTENSIONS } from '../report/render.js';
import { longCsvHeader, longCsvRows } from './long-csv.js';
import { renderFleetJson } from './fleet-json.js';
import { reportPaths, reportStem } from '../report/write.js';
import { describeFsError } from '../source/read-source.js';
import { printable } from '../source/printable.js';
import { formatNumber, formatPlain } from '../report/labels.js';
import { AtomicFileStream } from '../io/atomic-write.js';
import { ConsoleSummary } from './console-summary.js';
import { letSignalsIn, scoreFiles, type PoolOptions } from './pool.js';
import { NoProgress, PROGRESS_MIN_FILES, ProgressBar } from './progress.js';
import { internalFinding, layoutOfRubric, type FileOutcome, type QuestionDetail, type ScoreSetup } from './score-file.js';
import { summaryHead, summaryRow, summaryTail } from './summary-markdown.js';
import { fleetBodyOf, renderFleetHtml, type FleetBody, type FleetError, type FleetSummary } from './summary-html.js';
import { TotalsCounter, type BatchTotals } from './totals.js';
import { FirstSeen } from './first-seen.js';
import type { Paths } from './paths.js';

/** The signals that stop a batch between files, and the exit code each gives (128 + its number). */
const BATCH_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Why a file fails `--fail-under`, or null when it passes: its score is below it, it has
 * none, or the assessment is incomplete (SPEC.md: an incomplete assessment counts as below).
 * The file name is untrusted (it may hold escape codes or a line break): made printable; the
 * numbers are written as the reports write them (one decimal, a decimal comma in ru and kk).
 */
export function failUnderMessage(file: string, row: Pick<SummaryRow, 'overall' | 'status'> & { organization?: string | null }, min: number, lang: Lang): string | null {
  const score = row.overall;
  // The body is named first: the auditor acts on bodies, the path says where its file is.
  const who = row.organization ? `${printable(row.organization, 300)} (${printable(file, 1000)})` : printable(file, 1000);
  const vars = { file: who, min: formatPlain(lang, min) };
  if (score === null) return t(lang, words.noScore, vars);
  if (row.status === 'incomplete') return t(lang, words.incomplete, { ...vars, score: formatNumber(lang, score, 1) });
  if (score < min) return t(lang, words.below, { ...vars, score: formatNumber(lang, score, 1) });
  return null;
}

/** Names of the summary files in `--out`. */
export const SUMMARY_CSV = 'summary.csv';
export const SUMMARY_MD = 'summary.md';
/** The long export: one row per body × question, always written beside summary.csv. */
export const SUMMARY_LONG_CSV = 'summary-long.csv';
/** The fleet page, written beside the reports when html is among the formats. */
export const FLEET_HTML = 'index.html';
/** Everything the fleet page shows, as data: always written with `--out`. */
export const FLEET_JSON = 'index.json';

/** Where a batch's output goes and how it is shown. */
export interface BatchOptions {
  /** How each file is scored; `setup.formats` are the per-file report formats. */
  setup: ScoreSetup;
  /** Reports and the summary go here (created if missing). */
  outDir?: string;
  /** Without `outDir`: the CSV summary is written here (stdout). */
  csvOut?: { write(text: string): unknown };
  /**
   * How the CSV summary (stdout or `summary.csv`) separates cells: `comma` (the default) or
   * `semicolon` with decimal commas. Rows are rendered here, in the main thread, from the
   * rows the worker threads send back, so the threads need not know it.
   */
  csvSeparator?: CsvSeparator;
  /** Exit 1 when an overall score is below this, or an assessment is incomplete. */
  failUnder?: number;
  /** Remove the reports in `outDir` of bodies not in this batch (otherwise they are only named). */
  clean?: boolean;
  /** Findings, the fail-under notes and the progress bar. */
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  /** The console table, when shown at all; its colours. */
  table?: { out: { write(text: string): unknown }; color: boolean };
  quiet: boolean;
  /** The language of the tool's own lines (the bar, the fail-under notes). */
  lang: Lang;
  pool?: PoolOptions;
}

/** What a batch came to: every count, and what the exit code rests on. */
export interface BatchResult {
  totals: BatchTotals;
  /** Scored files whose overall score is below `failUnder` (or that have none). */
  below: number;
  /** Files that repeat an earlier one (the same organization, or the same answers and evidence). */
  repeats: number;
  /** Report files in `outDir` of bodies not in this batch: removed with `clean`, else left and named. */
  stale: { files: string[]; removed: boolean };
  /** Report files written into `outDir`, in input order. */
  written: string[];
  /** The fleet page, when one was written (html among the formats, with `outDir`). */
  fleet?: { path: string; bytes: number; renderMs: number };
  layout: SummaryLayout;
  /** Bodies whose audit could not be applied (`score --audit`). */
  auditErrors: number;
}

/**
 * Scores a batch: the inputs that could not even be listed (`problems`) and every file,
 * in order. Each file's findings go to stderr as they come, its reports into `outDir`, its
 * row into the CSV and markdown summaries; none is ever skipped and none stops the batch.
 * Rows are streamed out, never gathered, so memory does not grow with the batch: per file
 * it keeps only what finds a repeat (two hashes in `FirstSeen`) and, with `outDir`, the
 * fleet's small row and the organization (for stale reports). The
 * summaries appear atomically when the batch is done. Throws only when the output itself
 * cannot be written (a full disk, a read-only folder).
 */
export async function runBatch(files: Paths, problems: readonly Finding[], options: BatchOptions): Promise<BatchResult> {
  const { setup, outDir } = options;
  const separator = options.csvSeparator ?? 'comma';
  const layout: SummaryLayout = { ...layoutOfRubric(setup.rubric, setup.summaryLang), ...(setup.audits ? { audit: true } : {}) };
  let auditErrors = 0;
  const count = files.length + problems.length;
  const totals = new TotalsCounter(layout);
  const table = options.table && !options.quiet ? new ConsoleSummary(layout) : undefined;
  const err = options.stderr;
  const progress =
    err.isTTY && !options.quiet && count > PROGRESS_MIN_FILES ? new ProgressBar(err, count, options.lang) : new NoProgress(err);

  let csv: { write(text: string): unknown } | undefined;
  let csvFile: AtomicFileStream | undefined;
  let mdFile: AtomicFileStream | undefined;
  let stdoutCsv: BufferedWriter | undefined;
  const written: string[] = [];
  const taken = new Set<string>();
  let below = 0;
  let index = 0;
  // The fleet page and index.json need one small row per body (a few numbers), kept until the end.
  const fleet = outDir !== undefined ? { bodies: [] as FleetBody[], errors: [] as FleetError[] } : undefined;
  const fleetHtml = outDir !== undefined && setup.formats.includes('html');
  let longFile: AtomicFileStream | undefined;
  // Repeats are found as rows come: a later file names the earlier one it repeats. Each
  // organization and each set of answers is kept as a hash with its row's place; the earlier
  // file's name is read back from `files` (its rows follow the problems' rows, one per file).
  const seenOrganizations = new FirstSeen();
  const seenAnswers = new FirstSeen();
  const earlier = (place: number) => ({ index: place, file: files.at(place - 1 - problems.length)! });
  const repeats: RepeatEntry[] = [];
  let lenientFiles = 0;
  // Every organization named in this batch (scored or refused): their reports are never stale.
  // Only an output folder can hold stale reports, so only then are they kept.
  const organizations = new Set<string>();
  const failCount = { below: 0, incomplete: 0 };

  const fail = (file: string, error: unknown): never => {
    throw new ExitError(1, `${file}: ${describeFsError(error)}`);
  };
  // Ctrl-C (or SIGTERM, or the terminal closing: SIGHUP) ends the batch between files: the
  // summaries are dropped (never left half written), the threads stopped, and the command
  // exits 128 + the signal's number (130 for Ctrl-C). A second signal is not needed.
  let interrupted: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted ??= signal;
  };
  for (const signal of BATCH_SIGNALS) process.on(signal, onSignal);
  const stop = (): never => {
    const done = index;
    if (stdoutCsv) {
      // What is on stdout stays there; it is marked as incomplete, in the CSV itself too.
      stdoutCsv.write(csvRow(errorRow('', t(options.lang, words.incompleteRow, { done, total: count }), layout), layout, separator));
      stdoutCsv.flush();
      throw new ExitError(SIGNAL_EXIT[interrupted!] ?? 130, t(options.lang, words.interruptedCsv, { done, total: count }));
    }
    throw new ExitError(SIGNAL_EXIT[interrupted!] ?? 130, t(options.lang, words.interrupted, { done, total: count }));
  };

  try {
    if (outDir !== undefined) {
      try {
        mkdirSync(outDir, { recursive: true });
        csvFile = new AtomicFileStream(join(outDir, SUMMARY_CSV));
        mdFile = new AtomicFileStream(join(outDir, SUMMARY_MD));
        longFile = new AtomicFileStream(join(outDir, SUMMARY_LONG_CSV));
      } catch (error) {
        fail(outDir, error);
      }
      csv = csvFile;
    } else if (options.csvOut) {
      stdoutCsv = new BufferedWriter(options.csvOut);
      csv = stdoutCsv;
    }
    csv?.write(CSV_BOM + csvHeader(layout, separator));
    longFile?.write(CSV_BOM + longCsvHeader(layout, separator));
    mdFile?.write(summaryHead(layout, { count, rubric: { id: setup.rubric.id, version: setup.rubric.version, title: layoutTitle(setup) } }));

    const emit = (given: SummaryRow, link?: string, htmlLink?: string, details?: readonly QuestionDetail[]) => {
      const row = given.error === null ? withRepeats(given, index + 1) : given;
      // Both lines are made before either is written, so a failure leaves neither half done.
      const csvLine = csv ? csvRow(row, layout, separator) : '';
      const mdLine = mdFile ? summaryRow(layout, index + 1, row, link) : '';
      const longLines = longFile && details ? longCsvRows(row, details, layout, separator) : '';
      index++;
      if (fleet) {
        if (row.error === null) fleet.bodies.push(fleetBodyOf(row, htmlLink, index));
        else {
          fleet.errors.push({
            file: row.file,
            ...(row.organization ? { organization: row.organization } : {}),
            error: row.error.length > 2000 ? row.error.slice(0, 2000) : row.error,
          });
        }
      }
      if (row.lenient && row.lenient.length > 0) lenientFiles++;
      if (row.organization && outDir !== undefined) organizations.add(row.organization);
      if (row.audit?.error != null) auditErrors++;
      csv?.write(csvLine);
      mdFile?.write(mdLine);
      longFile?.write(longLines);
      table?.add(index, row);
      totals.add(row);
      progress.tick();
    };
    // The same organization (compared as `compare` does: case, spaces and Unicode form
    // aside), or the same answers and evidence, as an earlier file of this batch.
    const withRepeats = (row: SummaryRow, place: number): SummaryRow => {
      const notes: RepeatNote[] = [];
      const orgKey = row.organization === null ? undefined : organizationKey(row.organization);
      if (orgKey !== undefined && orgKey !== '') {
        const first = seenOrganizations.firstOrAdd(orgKey, place);
        if (first !== undefined) notes.push({ kind: 'organization', ...earlier(first) });
      }
      if (row.fingerprint !== undefined) {
        const first = seenAnswers.firstOrAdd(row.fingerprint, place);
        if (first !== undefined) notes.push({ kind: 'copy', ...earlier(first) });
      }
      if (notes.length === 0) return row;
      repeats.push({ index: place, file: row.file, organization: row.organization ?? '', notes });
      return { ...row, repeats: notes };
    };
    const printFindings = (findings: readonly Finding[]) => {
      let text = '';
      for (const f of findings) if (f.severity === 'error' || !options.quiet) text += `${formatFinding(f)}\n`;
      if (text) progress.print(text);
    };

    for (const problem of problems) {
      printFindings([problem]);
      emit(errorRow(problem.file, formatFinding(problem), layout));
    }

    for await (const outcome of scoreFiles(files, setup, { ...options.pool, stopped: () => interrupted !== undefined })) {
      if (interrupted) stop();
      // One file never ends the batch: whatever goes wrong with its name or its reports
      // (short of the output itself failing) becomes its error row.
      try {
        printFindings(outcome.findings);
        let names: Map<string, string> | undefined;
        if (outcome.ok && outDir !== undefined && outcome.rendered.length > 0) names = writeOne(outcome, outDir, taken, written, fail);
        let row = outcome.row;
        if (outcome.ok && options.failUnder !== undefined) {
          const why = failUnderMessage(outcome.file, outcome.row, options.failUnder, options.lang);
          if (why !== null) {
            below++;
            if (outcome.row.status === 'incomplete' || outcome.row.overall === null) failCount.incomplete++;
            else failCount.below++;
            progress.print(`${why}\n`);
          }
          row = { ...row, belowBar: why !== null };
        }
        emit(row, names?.values().next().value, names?.get('html'), outcome.ok ? outcome.details : undefined);
      } catch (error) {
        if (error instanceof ExitError) throw error;
        const finding: Finding =
          error instanceof ReportNameError
            ? { file: outcome.file, message: error.message, severity: 'error' }
            : internalFinding(outcome.file, error, options.lang);
        printFindings([finding]);
        emit(errorRow(outcome.file, formatFinding(finding), layout));
      }
    }

    // Heard during the last file (or ended the scoring early): an interruption.
    await letSignalsIn();
    if (interrupted) stop();
    const result = totals.totals();
    mdFile?.write(summaryTail(layout, result, repeats));
    let fleetFile: BatchResult['fleet'];
    const fleetSummary: FleetSummary | undefined = fleet && {
      layout,
      rubric: { id: setup.rubric.id, version: setup.rubric.version, title: layoutTitle(setup) },
      tool: setup.tool,
      totals: result,
      bodies: fleet.bodies,
      errors: fleet.errors,
      repeats,
      ...(options.failUnder !== undefined ? { failUnder: options.failUnder } : {}),
    };
    if (fleetSummary && outDir !== undefined) {
      const path = join(outDir, FLEET_JSON);
      try {
        writeFileAtomic(path, renderFleetJson(fleetSummary));
      } catch (error) {
        fail(path, error);
      }
    }
    if (fleetSummary && fleetHtml && outDir !== undefined) {
      const started = performance.now();
      const page = renderFleetHtml(fleetSummary);
      const renderMs = performance.now() - started;
      const path = join(outDir, FLEET_HTML);
      try {
        writeFileAtomic(path, page);
      } catch (error) {
        fail(path, error);
      }
      fleetFile = { path, bytes: Buffer.byteLength(page), renderMs };
    }
    try {
      csvFile?.commit();
      mdFile?.commit();
      longFile?.commit();
    } catch (error) {
      fail(outDir!, error);
    }
    stdoutCsv?.flush();
    progress.clear();
    const stale = outDir !== undefined ? staleReports(outDir, organizations, options.clean === true) : { files: [], removed: false };
    if (table && options.table) options.table.out.write(await table.render(result, options.table.color));
    // The notes an auditor acts on, after the table: repeats, lenient files, stale reports, the bar.
    const f = sayerIn(batchFleet, options.lang);
    const notes: string[] = [];
    if (repeats.length > 0) {
      notes.push(f('repeatsConsole', { count: repeats.length }));
      // The first few on the terminal; every one is in summary.csv, summary.md and the fleet page.
      for (const r of repeats.slice(0, CONSOLE_REPEATS)) {
        // Names from the file system are untrusted: the earlier file's too.
        const what = r.notes.map((n) => repeatText({ ...n, file: printable(n.file, 300) }, options.lang)).join('; ');
        notes.push(`  ${f('repeatLine', { index: r.index, file: printable(r.file, 300), organization: printable(r.organization, 300), what })}`);
      }
    }
    if (repeats.length > CONSOLE_REPEATS) notes.push(`  ${f('repeatsMore', { count: repeats.length - CONSOLE_REPEATS })}`);
    if (lenientFiles > 0) notes.push(f('lenientConsole', { count: lenientFiles }));
    if (stale.files.length > 0 && outDir !== undefined) {
      const list = stale.files.map((p) => printable(basename(p), 200)).join(', ');
      notes.push(f(stale.removed ? 'cleaned' : 'stale', { dir: printable(outDir, 1000), count: stale.files.length, list }));
    }
    if (options.failUnder !== undefined) {
      notes.push(f('failSummary', { min: formatPlain(options.lang, options.failUnder), below: failCount.below, incomplete: failCount.incomplete, failed: result.refused }));
    }
    if (notes.length > 0 && (!options.quiet || options.failUnder !== undefined)) err.write(`${notes.join('\n')}\n`);
    return { totals: result, below, written, layout, auditErrors, repeats: repeats.length, stale, ...(fleetFile ? { fleet: fleetFile } : {}) };
  } finally {
    for (const signal of BATCH_SIGNALS) process.off(signal, onSignal);
    progress.clear();
    csvFile?.abort();
    mdFile?.abort();
    longFile?.abort();
  }
}

/** Repeats listed one by one on the terminal; the rest are counted. */
const CONSOLE_REPEATS = 20;

/** A file of the batch that repeats earlier ones, for the console, summary.md, the fleet page and index.json. */
export interface RepeatEntry {
  index: number;
  file: string;
  organization: string;
  notes: RepeatNote[];
}

/** How two organization names are compared for repeats: as `compare` compares them. */
function organizationKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** A report file name as `reportPaths` makes it: a stem ending in an 8-digit hash, maybe `-2`, and a report extension. */
const REPORT_NAME = new RegExp(`^(.+-[0-9a-f]{8})(?:-\\d+)?(?:${Object.values(EXTENSIONS).map((e) => e.replace('.', '\\.')).join('|')})$`);

/**
 * The report files in `outDir` of bodies not in this batch: named as the tool names its
 * reports (`reportStem` of an organization, maybe `-2`, a report extension) with a stem no
 * organization of this batch has, scored or refused. The summaries and any other file are
 * never considered. With `remove`, those files are deleted. A folder that cannot be listed
 * has none.
 */
export function staleReports(outDir: string, organizations: Iterable<string>, remove: boolean): { files: string[]; removed: boolean } {
  const stems = new Set<string>();
  for (const org of organizations) stems.add(reportStem(org).toLowerCase());
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return { files: [], removed: false };
  }
  const stale: string[] = [];
  for (const name of names.sort()) {
    const match = REPORT_NAME.exec(name);
    if (!match || stems.has(match[1]!.toLowerCase())) continue;
    const path = join(outDir, name);
    try {
      if (!statSync(path).isFile()) continue;
    } catch {
      continue;
    }
    stale.push(path);
  }
  if (remove) for (const path of stale) rmSync(path, { force: true });
  return { files: stale, removed: remove && stale.length > 0 };
}
const FILE_NAME_ERRORS = new Set(['ENAMETOOLONG', 'EILSEQ', 'EINVAL']);

/** A report of one file could not be written under its name; the message says why. */
class ReportNameError extends Error {}

/** Writes one file's reports; returns each format's file name, for the summaries' links. */
function writeOne(
  outcome: Extract<FileOutcome, { ok: true }>,
  outDir: string,
  taken: Set<string>,
  written: string[],
  fail: (file: string, error: unknown) => never,
): Map<string, string> {
  // Stems are given out in input order, so two files of one body never overwrite each
  // other and the same batch always gets the same names.
  const texts = new Map(outcome.rendered);
  const targets = reportPaths(outcome.organization, [...texts.keys()], outDir, taken);
  for (const { format, path } of targets) {
    try {
      writeFileAtomic(path, texts.get(format)!);
    } catch (error) {
      // A name this file system refuses is this file's problem (its row says so); a full
      // or read-only disk is the batch's, and ends it.
      if (FILE_NAME_ERRORS.has((error as NodeJS.ErrnoException).code ?? '')) throw new ReportNameError(`${printable(path, 1000)}: ${describeFsError(error)}`);
      fail(path, error);
    }
    written.push(path);
  }
  return new Map(targets.map((t) => [t.format, basename(t.path)]));
}

function layoutTitle(setup: ScoreSetup): string {
  const title = setup.rubric.title;
  return title[setup.summaryLang] ?? Object.values(title)[0] ?? setup.rubric.id;
}

/** Gathers small writes into large ones: ten thousand rows, a few dozen writes. */
class BufferedWriter {
  private buffer = '';
  constructor(private readonly out: { write(text: string): unknown }) {}
  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= 1 << 16) this.flush();
  }
  flush(): void {
    if (this.buffer === '') return;
    this.out.write(this.buffer);
    this.buffer = '';
  }
}
