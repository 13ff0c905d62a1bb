import { diff } from '../i18n/catalogue/diff.js';
import { collectInputs } from '../batch/collect.js';
import type { AnswerSource, Impact } from '../diff/impact.js';
import { ExitError, formatPath, InputError, UsageError, type Finding } from '../errors.js';
import { type Lang, sayerIn } from '../i18n/lang.js';
import { loadRubric, parseRubric, type LoadedRubric } from '../rubric/load.js';
import { oneLine } from '../report/escape.js';
import { locate } from '../source/parse-yaml.js';
import { decodeText, readSource } from '../source/read-source.js';
import { parseLang, parsePoints, printFindings, type Context } from './context.js';

export interface DiffOptions {
  answers?: string;
  maxDelta?: string;
  base?: string;
  format: 'md' | 'json';
  lang?: string;
  strict?: boolean;
  failOnLevelChange?: boolean;
}

async function oldFromGit(ref: string, file: string, lang: Lang): Promise<{ loaded: ReturnType<typeof parseRubric>; label: string }> {
  const { readAtRef } = await import('../diff/git.js');
  const read = await readAtRef(ref, file);
  const w = sayerIn(diff, lang);
  if (!read.ok) {
    switch (read.reason) {
      case 'noGit':
        throw new ExitError(2, w('gitMissing'));
      case 'notRepo':
        throw new ExitError(2, w('gitNotRepo', { file }));
      case 'badRef':
        throw new UsageError(w('gitBadRef', { ref }));
      case 'notAtRef':
        throw new InputError([{ file: read.detail, message: w('gitNotAtRef'), severity: 'error' }]);
      case 'tooLarge':
        throw new InputError([{ file: read.detail, message: w('gitTooLarge'), severity: 'error' }]);
      default:
        throw new ExitError(1, w('gitFailed', { detail: read.detail }));
    }
  }
  const text = decodeText(read.label, read.bytes);
  if (!text.ok) return { loaded: { ok: false, findings: [text.finding] }, label: read.label };
  return { loaded: parseRubric(read.label, text.text), label: read.label };
}

/**
 * `readiness diff <old> <new> [--answers dir] [--max-delta N] [--format md|json]`, or
 * `readiness diff <new> --base <git-ref>`: what a rubric change does to its structure
 * and to every answer file's scores. Prints the diff on stdout; exit 1 when an answer
 * file or the migration is invalid, or a score moves by more than `--max-delta`.
 */
export async function run(first: string, second: string | undefined, opts: DiffOptions, ctx: Context): Promise<number> {
  const lang = parseLang(opts.lang) ?? ctx.lang;
  const w = sayerIn(diff, lang);
  const maxDelta = parsePoints('--max-delta', opts.maxDelta) ?? null;
  if (opts.base !== undefined && second !== undefined) throw new UsageError(w('baseTakesOne'));
  if (opts.base === undefined && second === undefined) throw new UsageError(w('needNewRubric'));
  if (maxDelta !== null && opts.answers === undefined) throw new UsageError(w('maxDeltaNeedsAnswers'));
  if (opts.failOnLevelChange === true && opts.answers === undefined) throw new UsageError(w('failOnLevelNeedsAnswers'));

  const newPath = opts.base !== undefined ? first : second!;
  const newLoaded = loadRubric(newPath);
  // Git runs in the new rubric's folder: a missing or broken file is reported as such first.
  if (!newLoaded.ok && opts.base !== undefined) throw new InputError(newLoaded.findings);
  let oldLoaded: ReturnType<typeof loadRubric>;
  let oldSource: string;
  if (opts.base !== undefined) {
    const fromGit = await oldFromGit(opts.base, newPath, lang);
    oldLoaded = fromGit.loaded;
    oldSource = fromGit.label;
  } else {
    oldLoaded = loadRubric(first);
    oldSource = first;
  }
  const refused = [...(oldLoaded.ok ? [] : oldLoaded.findings), ...(newLoaded.ok ? [] : newLoaded.findings)];
  if (!oldLoaded.ok || !newLoaded.ok) throw new InputError(refused);

  let answers: AnswerSource[] | null = null;
  const unreadable: Impact['invalid'] = [];
  if (opts.answers !== undefined) {
    answers = [];
    const collected = collectInputs([opts.answers]);
    for (const p of collected.problems) unreadable.push({ file: p.file, findings: [p] });
    printFindings(ctx, collected.warnings);
    for (const file of collected.files) {
      // Workbooks are collected with the other answer files; diff checks each against two
      // rubrics from its text, so it names them and leaves them out.
      if (/\.xlsx$/i.test(file)) {
        const { workbook } = await import('../i18n/catalogue/workbook.js');
        printFindings(ctx, [{ file, message: sayerIn(workbook, ctx.lang)('diffSkipsWorkbook'), severity: 'warning' }]);
        continue;
      }
      const read = readSource(file);
      if (read.ok) answers.push({ file, text: read.text });
      else unreadable.push({ file, findings: [read.finding] });
    }
  }

  const { buildDiffResult } = await import('../diff/result.js');
  const result = buildDiffResult({
    old: { rubric: oldLoaded.value.rubric, source: oldSource },
    new: { rubric: newLoaded.value.rubric, source: newPath },
    answers,
    unreadable,
    maxDelta,
    lang,
    tool: ctx.tool,
    strict: opts.strict === true,
    failOnLevelChange: opts.failOnLevelChange === true,
  });

  const render =
    opts.format === 'json' ? (await import('../diff/render-json.js')).renderDiffJson : (await import('../diff/render-md.js')).renderDiffMarkdown;
  ctx.stdout.write(render(result));

  // The same verdict on stderr, compiler-style, for logs and terminals.
  const { problemText } = await import('../diff/words.js');
  const { formatPlain, formatSigned } = await import('../i18n/numbers.js');
  printFindings(ctx, result.structure.problems.map((p) => problemFinding(newLoaded.value, p.path, p.key, problemText(lang, p), p.severity)));
  if (result.impact) printFindings(ctx, result.impact.invalid.flatMap((i) => i.findings));
  if (result.impact && result.impact.invalid.length > 0) ctx.stderr.write(`${w('invalidMessage', { n: result.impact.invalid.length })}\n`);
  const discipline = new Set(['versionNotBumped', 'scoresChangedNotBumped', 'noMigration', 'removedUndeclared', 'optionRemovedUndeclared']);
  const errors = result.structure.problems.filter((p) => p.severity === 'error');
  if (errors.some((p) => !discipline.has(p.code))) ctx.stderr.write(`${w('migrationErrors')}\n`);
  if (errors.some((p) => discipline.has(p.code))) ctx.stderr.write(`${w('disciplineErrors')}\n`);
  if (result.overLimit.length > 0) {
    ctx.stderr.write(`${w('overLimitMessage', { limit: formatPlain(lang, maxDelta!), n: result.overLimit.length })}\n`);
    for (const f of result.overLimit) {
      const delta = f.delta === null ? '—' : formatSigned(lang, f.delta, 1);
      ctx.stderr.write(`  ${f.file} (${oneLine(f.organization)}): ${delta}\n`);
    }
  }
  if (result.failOnLevelChange && result.levelChanges.length > 0) {
    ctx.stderr.write(`${w('levelChangeMessage', { n: result.levelChanges.length })}\n`);
    const levelName = (level: { label: string } | null) => (level === null ? w('noLevel') : oneLine(level.label));
    for (const f of result.levelChanges) ctx.stderr.write(`  ${f.file} (${oneLine(f.organization)}): ${levelName(f.before)} → ${levelName(f.after)}\n`);
  }
  return result.ok ? 0 : 1;
}

function problemFinding(
  rubric: LoadedRubric,
  path: Array<string | number>,
  key: boolean | undefined,
  message: string,
  severity: Finding['severity'],
): Finding {
  const { line, column } = locate(rubric.source, path, { key });
  return { file: rubric.source.file, line, column, path: formatPath(path), message, severity };
}
