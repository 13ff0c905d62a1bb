import { internalFinding, scoreReport, type ScoreSetup } from '../batch/score-file.js';
import { messages } from '../i18n/catalogue/messages.js';
import { isLang, type Lang, sayerIn } from '../i18n/lang.js';
import { m } from '../i18n/messages.js';
import { CSV_SEPARATORS, type CsvSeparator } from '../report/csv.js';
import { REPORT_FORMATS, rendererFor, type ReportFormat } from '../report/render.js';
import { InputError, UsageError, type Finding } from '../errors.js';
import type { Audit } from '../audit/model.js';
import type { AuditFor } from '../audit/pair.js';
import type { Paths } from '../batch/paths.js';
import { parseFormats, parseLang, parsePoints, printFindings, requireRubric, type Context } from './context.js';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { printable } from '../source/printable.js';

/** Whether `path` exists and is something other than a folder (a file where --out should go). */
function isNotFolder(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * One input naming a file (no glob, not a folder): what `collectInputs` makes of it, without
 * loading the glob library. Undefined for anything else, which `collectInputs` expands.
 */
function oneFile(inputs: readonly string[]): { files: string[]; problems: []; warnings: [] } | undefined {
  const input = inputs.length === 1 ? inputs[0]! : '';
  if (input === '' || /[*?[\]{}()!+@\\]/.test(input)) return undefined;
  try {
    return statSync(input).isDirectory() ? undefined : { files: [input], problems: [], warnings: [] };
  } catch {
    return undefined;
  }
}


export interface ScoreOptions {
  rubric?: string;
  lang?: string;
  out?: string;
  format?: string;
  failUnder?: string;
  csvSeparator?: string;
  lenient?: boolean;
  clean?: boolean;
  /** `--audit <files|folders...>`: auditors' verdict files. */
  audit?: string[];
}

/**
 * `--csv-separator`, else `READINESS_CSV_SEPARATOR` (for an office whose Excel always runs
 * with ru-RU or kk-KZ regional settings), else `comma`. A value other than comma or semicolon
 * is a usage error naming where it came from. The variable is read only when a CSV is
 * written, so a bad one does not stop a report in another format.
 */
export function parseCsvSeparator(value: string | undefined, env: NodeJS.ProcessEnv = process.env): CsvSeparator {
  const raw = value ?? env.READINESS_CSV_SEPARATOR;
  if (raw === undefined || (value === undefined && raw === '')) return 'comma';
  const wanted = raw.trim().toLowerCase();
  if (!(CSV_SEPARATORS as readonly string[]).includes(wanted)) {
    const where = value !== undefined ? `--csv-separator ${printable(raw, 100)}` : `READINESS_CSV_SEPARATOR=${printable(raw, 100)}`;
    throw new UsageError(`${where}: ${m('badCsvSeparator', { separators: CSV_SEPARATORS.join(', ') })}`);
  }
  return wanted as CsvSeparator;
}

/**
 * `readiness score <answers...>`: scores answer files (files, folders, globs; YAML or
 * JSON). One file without `--out`: its report on stdout (on a terminal with no `--format`,
 * the console summary; otherwise markdown or the one format asked for). With `--out`: one
 * report per file in each format (default md and json) plus `summary.csv` and `summary.md`
 * listing every input. `--format csv` without `--out`: the CSV summary on stdout;
 * `--csv-separator semicolon` writes either CSV for Excel under ru/kk regional settings. A bad
 * file is reported as `file:line:col: message` and the batch goes on; exit 1 if any file
 * was bad or, with `--fail-under`, any overall score is below the threshold.
 */
export async function run(inputs: string[], opts: ScoreOptions, ctx: Context): Promise<number> {
  const lang = parseLang(opts.lang);
  const failUnder = parsePoints('--fail-under', opts.failUnder);
  const asked = opts.format === undefined ? undefined : parseFormats(opts.format, REPORT_FORMATS, []);
  if (asked !== undefined && asked.length === 0) throw new UsageError(`--format: ${m('badFormat', { formats: REPORT_FORMATS.join(', ') })}`);
  // A CSV is written with --out (summary.csv) or --format csv; the variable counts only then.
  const writesCsv = opts.out !== undefined || asked?.[0] === 'csv';
  const csvSeparator = writesCsv || opts.csvSeparator !== undefined ? parseCsvSeparator(opts.csvSeparator) : 'comma';
  if (inputs.length === 0) throw new UsageError(m('noInputs'));
  const say = sayerIn(messages, ctx.lang);

  if (opts.out === '') throw new UsageError(`--out: ${m('emptyPath')}`);
  if (opts.out !== undefined && isNotFolder(opts.out)) throw new UsageError(`--out ${printable(opts.out, 1000)}: ${m('outNotFolder')}`);
  // The reports of an earlier run in --out are not answer files, even inside an input folder.
  // A batch's paths are kept packed (batch/paths.ts): 100,000 of them in a few megabytes.
  const collected =
    oneFile(inputs) ?? (await import('../batch/collect.js')).collectInputList(inputs, { skipFolders: opts.out === undefined ? [] : [opts.out] });
  const { problems, warnings } = collected;
  let files: Paths = collected.files;
  printFindings(ctx, warnings);
  // Audit files that cannot be read or apply to no given file are error rows of their own, not inputs.
  const auditProblems: Finding[] = [];
  let audits: Record<string, AuditFor> | undefined;
  if (opts.audit !== undefined) {
    const list = [...files];
    audits = await loadAudits(opts.audit, list, auditProblems, ctx);
    files = list;
  }
  const outDir = opts.out;
  if (outDir === undefined) {
    if (asked && asked.length > 1) throw new UsageError(say('oneFormat'));
    if (asked?.[0] !== 'csv') {
      // A report on stdout is for one file: an input that named nothing (a glob that matched no
      // file, a missing file) is the error to show, not a count of answer files that includes it.
      if (problems.length > 0) throw new InputError(problems);
      if (files.length > 1) throw new UsageError(say('severalNeedOut', { count: files.length }));
    }
  }

  const { rubric } = await requireRubric(opts.rubric);
  const summaryLang: Lang = lang ?? (rubric.languages.includes(ctx.lang) ? ctx.lang : (rubric.languages.find(isLang) ?? 'en'));
  const base: Omit<ScoreSetup, 'formats'> = {
    rubric,
    lang,
    messageLang: ctx.lang,
    summaryLang,
    tool: { ...ctx.tool },
    ...(opts.lenient ? { lenient: true } : {}),
    ...(audits ? { audits } : {}),
  };

  // One file, its report on stdout.
  if (outDir === undefined && asked?.[0] !== 'csv') {
    if (files.length === 0) throw new InputError(problems);
    // An audit that names no given file is an error beside the one report.
    printFindings(ctx, auditProblems);
    const code = await scoreToStdout(files.at(0)!, asked?.[0], base, failUnder, ctx);
    return auditProblems.length > 0 ? 1 : code;
  }

  // The batch machinery (worker pool, summaries, fleet page) loads only for a batch: one file
  // on stdout is the command scripts run most, and its start-up is most of its time.
  const { runBatch, SUMMARY_CSV, SUMMARY_MD, SUMMARY_LONG_CSV, FLEET_JSON } = await import('../batch/run-batch.js');
  const formats = (asked ?? ['md', 'json']).filter((f): f is Exclude<ReportFormat, 'csv'> => f !== 'csv');
  const several = files.length + problems.length > 1;
  const result = await runBatch(files, [...problems, ...auditProblems], {
    setup: { ...base, formats: outDir === undefined ? [] : formats, ...(outDir !== undefined ? { details: true } : {}) },
    outDir,
    clean: opts.clean === true,
    csvOut: outDir === undefined ? ctx.stdout : undefined,
    csvSeparator,
    failUnder,
    stderr: ctx.stderr,
    // The table goes where it does not mix with data: stdout when the output is in files.
    table: several
      ? outDir === undefined
        ? { out: ctx.stderr, color: ctx.color && Boolean(ctx.stderr.isTTY) }
        : { out: ctx.stdout, color: ctx.color }
      : undefined,
    quiet: ctx.quiet,
    lang: ctx.lang,
  });
  if (outDir !== undefined && !ctx.quiet) {
    const reports = several || result.written.length === 0 ? String(result.written.length) : result.written.join(', ');
    const paths = { dir: outDir, csv: `${join(outDir, SUMMARY_CSV)}, ${join(outDir, SUMMARY_LONG_CSV)}`, md: `${join(outDir, SUMMARY_MD)}, ${join(outDir, FLEET_JSON)}` };
    ctx.stdout.write(`${formats.length === 0 ? say('summaryOnly', paths) : say('written', { reports, ...paths })}\n`);
    if (result.fleet) ctx.stdout.write(`${say('fleet', { path: result.fleet.path })}\n`);
  }
  return result.totals.refused > 0 || result.below > 0 || result.auditErrors > 0 ? 1 : 0;
}

/**
 * `--audit`: reads every audit file (folders and globs as for answer files) and pairs each
 * with an answer file by sha256 (see `audit/pair.ts`). Audit files among the answer inputs
 * (one folder for both) are taken out of them. A refused audit file and an audit that
 * applies to no given file are added to `problems`: each an error row of the batch.
 */
async function loadAudits(inputs: readonly string[], files: string[], problems: Finding[], ctx: Context): Promise<Record<string, AuditFor>> {
  const [{ collectInputs }, { loadAudit, fileSha256 }, { pairAudits }, { organizationOf, sameOrganization }] = await Promise.all([
    import('../batch/collect.js'),
    import('../audit/load.js'),
    import('../audit/pair.js'),
    import('../answers/store.js'),
  ]);
  const collected = collectInputs(inputs);
  printFindings(ctx, collected.warnings);
  problems.push(...collected.problems);
  const auditFiles = new Set(collected.files.map((f) => resolve(f)));
  const kept = files.filter((f) => !auditFiles.has(resolve(f)));
  files.splice(0, files.length, ...kept);
  const audits: Audit[] = [];
  for (const file of collected.files) {
    const loaded = loadAudit(file);
    if (loaded.ok) audits.push(loaded.value.audit);
    else problems.push(...loaded.findings);
  }
  const sha = (file: string) => {
    try {
      return fileSha256(file);
    } catch {
      return undefined; // unreadable: scoring the file reports why
    }
  };
  const pairing = pairAudits(files, audits, sha, organizationOf, sameOrganization, ctx.lang);
  problems.push(...pairing.problems);
  return pairing.byFile;
}

async function scoreToStdout(
  file: string,
  format: ReportFormat | undefined,
  setup: Omit<ScoreSetup, 'formats'>,
  failUnder: number | undefined,
  ctx: Context,
): Promise<number> {
  let scored: ReturnType<typeof scoreReport>;
  try {
    const applyAudit = setup.audits ? (await import('../audit/apply.js')).applyAudit : undefined;
    scored = scoreReport(file, { ...setup, ...(applyAudit ? { applyAudit } : {}) });
  } catch (error) {
    scored = { ok: false, findings: [internalFinding(file, error, ctx.lang)] };
  }
  if (!scored.ok) throw new InputError(scored.findings);
  printFindings(ctx, scored.warnings);
  const { report } = scored;
  if (format === undefined && ctx.stdout.isTTY) {
    const { renderConsole } = await import('../report/render-console.js');
    ctx.stdout.write(renderConsole(report, { color: ctx.color, width: ctx.stdout.columns }));
  } else {
    ctx.stdout.write((await rendererFor(format ?? 'md'))(report));
  }
  if (report.audit?.error !== undefined) return 1;
  if (failUnder !== undefined) {
    const { failUnderMessage } = await import('../batch/run-batch.js');
    const why = failUnderMessage(file, { overall: report.overall.score, status: report.overall.status }, failUnder, ctx.lang);
    if (why !== null) {
      ctx.stderr.write(`${why}\n`);
      return 1;
    }
  }

  return 0;
}
