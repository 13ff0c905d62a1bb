import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ExitError, formatFinding, type Finding } from '../errors.js';
import { batchRun as words } from '../i18n/catalogue/batch.js';
import { type Lang, t } from '../i18n/lang.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { CSV_BOM, type CsvSeparator } from '../report/csv.js';
import { csvHeader, csvRow, errorRow, type SummaryLayout, type SummaryRow } from '../report/render-csv.js';
import { reportPaths } from '../report/write.js';
import { describeFsError } from '../source/read-source.js';
import { printable } from '../source/printable.js';
import { formatNumber, formatPlain } from '../report/labels.js';
import { AtomicFileStream } from '../io/atomic-write.js';
import { ConsoleSummary } from './console-summary.js';
import { letSignalsIn, scoreFiles, type PoolOptions } from './pool.js';
import { NoProgress, PROGRESS_MIN_FILES, ProgressBar } from './progress.js';
import { internalFinding, layoutOfRubric, type FileOutcome, type ScoreSetup } from './score-file.js';
import { summaryHead, summaryRow, summaryTail } from './summary-markdown.js';
import { fleetBodyOf, renderFleetHtml, type FleetBody, type FleetError } from './summary-html.js';
import { TotalsCounter, type BatchTotals } from './totals.js';

/** The signals that stop a batch between files, and the exit code each gives (128 + its number). */
const BATCH_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Why a file fails `--fail-under`, or null when it passes: its score is below it, it has
 * none, or the assessment is incomplete (SPEC.md: an incomplete assessment counts as below).
 * The file name is untrusted (it may hold escape codes or a line break): made printable; the
 * numbers are written as the reports write them (one decimal, a decimal comma in ru and kk).
 */
export function failUnderMessage(file: string, row: Pick<SummaryRow, 'overall' | 'status'>, min: number, lang: Lang): string | null {
  const score = row.overall;
  const vars = { file: printable(file, 1000), min: formatPlain(lang, min) };
  if (score === null) return t(lang, words.noScore, vars);
  if (row.status === 'incomplete') return t(lang, words.incomplete, { ...vars, score: formatNumber(lang, score, 1) });
  if (score < min) return t(lang, words.below, { ...vars, score: formatNumber(lang, score, 1) });
  return null;
}

/** Names of the summary files in `--out`. */
export const SUMMARY_CSV = 'summary.csv';
export const SUMMARY_MD = 'summary.md';
/** The fleet page, written beside the reports when html is among the formats. */
export const FLEET_HTML = 'index.html';

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
 * Rows are streamed out, never gathered, so memory does not grow with the batch. The
 * summaries appear atomically when the batch is done. Throws only when the output itself
 * cannot be written (a full disk, a read-only folder).
 */
export async function runBatch(files: readonly string[], problems: readonly Finding[], options: BatchOptions): Promise<BatchResult> {
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
  // The fleet page needs one small row per body (a few numbers), kept until the end.
  const fleet = outDir !== undefined && setup.formats.includes('html') ? { bodies: [] as FleetBody[], errors: [] as FleetError[] } : undefined;

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
      } catch (error) {
        fail(outDir, error);
      }
      csv = csvFile;
    } else if (options.csvOut) {
      stdoutCsv = new BufferedWriter(options.csvOut);
      csv = stdoutCsv;
    }
    csv?.write(CSV_BOM + csvHeader(layout, separator));
    mdFile?.write(summaryHead(layout, { count, rubric: { id: setup.rubric.id, version: setup.rubric.version, title: layoutTitle(setup) } }));

    const emit = (row: SummaryRow, link?: string, htmlLink?: string) => {
      // Both lines are made before either is written, so a failure leaves neither half done.
      const csvLine = csv ? csvRow(row, layout, separator) : '';
      const mdLine = mdFile ? summaryRow(layout, index + 1, row, link) : '';
      index++;
      if (fleet) {
        if (row.error === null) fleet.bodies.push(fleetBodyOf(row, htmlLink));
        else fleet.errors.push({ file: row.file, error: row.error.length > 2000 ? row.error.slice(0, 2000) : row.error });
      }
      if (row.audit?.error != null) auditErrors++;
      csv?.write(csvLine);
      mdFile?.write(mdLine);
      table?.add(index, row);
      totals.add(row);
      progress.tick();
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
        if (outcome.ok && options.failUnder !== undefined) {
          const why = failUnderMessage(outcome.file, outcome.row, options.failUnder, options.lang);
          if (why !== null) {
            below++;
            progress.print(`${why}\n`);
          }
        }
        emit(outcome.row, names?.values().next().value, names?.get('html'));
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
    mdFile?.write(summaryTail(layout, result));
    let fleetFile: BatchResult['fleet'];
    if (fleet && outDir !== undefined) {
      const started = performance.now();
      const page = renderFleetHtml({
        layout,
        rubric: { id: setup.rubric.id, version: setup.rubric.version, title: layoutTitle(setup) },
        tool: setup.tool,
        totals: result,
        bodies: fleet.bodies,
        errors: fleet.errors,
      });
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
    } catch (error) {
      fail(outDir!, error);
    }
    stdoutCsv?.flush();
    progress.clear();
    if (table && options.table) options.table.out.write(await table.render(result, options.table.color));
    return { totals: result, below, written, layout, auditErrors, ...(fleetFile ? { fleet: fleetFile } : {}) };
  } finally {
    for (const signal of BATCH_SIGNALS) process.off(signal, onSignal);
    progress.clear();
    csvFile?.abort();
    mdFile?.abort();
  }
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
