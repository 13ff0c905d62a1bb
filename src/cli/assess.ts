import { DEFAULT_ANSWERS_FILE } from '../answers/store.js';
import { ExitError, UsageError } from '../errors.js';
import { pick, type Lang, sayerIn } from '../i18n/lang.js';
import { interview } from '../i18n/catalogue/interview.js';
import { REPORT_FORMATS } from '../report/render.js';
import type { Report } from '../report/schema.js';
import type { Rubric } from '../rubric/model.js';
import { printable } from '../source/printable.js';
import { describeFsError } from '../source/read-source.js';
import { parseFormats, parseLang, parseUnit, printFindings, requireRubric, type Context } from './context.js';

export interface AssessOptions {
  rubric?: string;
  lang?: string;
  answers?: string;
  out: string;
  format?: string;
  restart?: boolean;
  unit?: string;
}

/**
 * The report of the saved answer file, built by the very function `readiness score` uses
 * (`--lang`, else the file's language, else the rubric's first), so the reports match
 * `score`'s byte for byte. Throws an ExitError with every finding if the file is refused.
 */
async function reportFromFile(file: string, rubric: Rubric, asked: Lang | undefined, ctx: Context): Promise<Report> {
  const { scoreReport } = await import('../batch/score-file.js');
  const scored = scoreReport(file, { rubric, lang: asked, tool: { ...ctx.tool } });
  if (!scored.ok) {
    printFindings(ctx, scored.findings);
    throw new ExitError(1, sayerIn(interview, ctx.lang)('answersRefused', { file }));
  }
  printFindings(ctx, scored.warnings);
  return scored.report;
}

/**
 * `readiness assess`: the interview, saved after every answer; at the end the summary and
 * the reports. Exits 2 at once without a terminal, 130 after Ctrl+C (answers saved).
 */
export async function run(opts: AssessOptions, ctx: Context): Promise<number> {
  const asked = parseLang(opts.lang);
  const formats = parseFormats(opts.format, REPORT_FORMATS, ['md', 'json']);
  // The interview saves YAML (or JSON): saving into a workbook would turn it into a text file.
  if (opts.answers !== undefined && /\.xlsx$/i.test(opts.answers)) {
    const { workbook } = await import('../i18n/catalogue/workbook.js');
    throw new UsageError(sayerIn(workbook, ctx.lang)('assessNotWorkbook', { file: printable(opts.answers) }));
  }
  // Before loading the prompt library: without a terminal it could only hang or fail.
  if (!process.stdin.isTTY) throw new UsageError(sayerIn(interview, ctx.lang)('noTerminal'));
  const { rubric } = await requireRubric(opts.rubric);
  const unit = parseUnit(rubric, opts.unit);
  const file = opts.answers ?? DEFAULT_ANSWERS_FILE;

  const { runInterview, interruptedMessage, shellQuote } = await import('../interview/run.js');
  const result = await runInterview({
    rubric,
    file,
    ...(asked ? { lang: asked } : {}),
    preferredLang: ctx.lang,
    restart: opts.restart === true,
    ...(unit ? { unit } : {}),
    out: ctx.stdout,
    err: ctx.stderr,
    color: ctx.color,
  });
  if (result.status === 'interrupted') {
    // The same command continues: the same rubric, report folder and formats.
    let command = 'npx readiness assess';
    if (opts.rubric !== undefined) command += ` --rubric ${shellQuote(opts.rubric)}`;
    if (opts.out !== 'reports') command += ` --out ${shellQuote(opts.out)}`;
    if (opts.format !== undefined) command += ` --format ${shellQuote(opts.format)}`;
    if (opts.unit !== undefined) command += ` --unit ${shellQuote(opts.unit)}`;
    ctx.stderr.write(`\n${interruptedMessage(result, command)}\n`);
    return 130;
  }

  const say = sayerIn(interview, result.lang);
  const report = await reportFromFile(result.file, rubric, asked, ctx);
  const closing = async () => {
    if (report.unsupported.length === 0) return;
    const { unsupportedLines } = await import('../interview/closing.js');
    ctx.stdout.write(`\n${unsupportedLines(report, result.lang).join('\n')}\n`);
  };
  // One unit's answers are a part of the body's file: no level, no reports of their own.
  const unitOfFile = result.draft.unit;
  if (unitOfFile !== undefined) {
    const title = rubric.units.find((u) => u.id === unitOfFile)?.title;
    const unit = title ? pick(title, result.lang) : unitOfFile;
    ctx.stdout.write(`\n${say('unitDone', { unit: printable(unit), file: result.file })}\n`);
    await closing();
    return 0;
  }
  if (!ctx.quiet) {
    const { renderConsole } = await import('../report/render-console.js');
    ctx.stdout.write(`\n${renderConsole(report, { color: ctx.color, width: ctx.stdout.columns })}`);
  }
  const { writeReports } = await import('../report/write.js');
  let paths: string[];
  try {
    paths = await writeReports(report, formats, opts.out);
  } catch (error) {
    ctx.stderr.write(`${say('reportsFailed', { dir: opts.out, reason: describeFsError(error), file: result.file })}\n`);
    return 1;
  }
  ctx.stdout.write(`\n${say('reportsWritten')}\n${paths.map((p) => `  ${p}\n`).join('')}${say('answersSaved', { file: result.file })}\n`);
  await closing();
  return 0;
}
