import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { answersFromSource, readAnswerSource } from '../answers/load.js';
import type { MergeInput, MergeProblem } from '../answers/merge.js';
import { InputError, UsageError, type Finding } from '../errors.js';
import { pick } from '../i18n/lang.js';
import { m, messageLang } from '../i18n/messages.js';
import type { Rubric } from '../rubric/model.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { locate, type SheetDocument, type SourceDocument } from '../source/parse-yaml.js';
import { printable } from '../source/printable.js';
import { describeFsError } from '../source/read-source.js';
import { checkOut, printFindings, requireRubric, type Context } from './context.js';

export interface MergeOptions {
  out: string;
  prefer?: string[];
  force?: boolean;
  rubric?: string;
}

/**
 * `readiness merge <files...> --out <file>`: one body's answer file from its units' files.
 * Every file is checked against the rubric first (older versions carried forward); then
 * different organizations and conflicting answers are refused with each file's
 * `file:line:col` (exit 1), unless `--prefer` settles the conflict. Written atomically,
 * never over an existing file without `--force`.
 */
export async function run(files: string[], opts: MergeOptions, ctx: Context): Promise<number> {
  // One file is one file however it is named: by a link, a hard link, another path.
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(fileKey(file))) throw new UsageError(m('mergeDuplicate', { file }));
    seen.add(fileKey(file));
  }
  const rule = { force: opts.force, inputs: [...files, opts.rubric], isInput: m('mergeOutIsInput', { file: opts.out }) };
  checkOut(opts.out, rule);
  // A preferred file is named as the user likes; it is recorded as the file was given to merge.
  const prefer = (opts.prefer ?? []).map((p) => {
    const match = files.find((f) => fileKey(f) === fileKey(p));
    if (match === undefined) throw new UsageError(m('mergePreferUnknown', { file: p }));
    return match;
  });
  const { rubric } = await requireRubric(opts.rubric);

  const inputs: MergeInput[] = [];
  const sources = new Map<string, SourceDocument | SheetDocument>();
  const refused: Finding[] = [];
  const warnings: Finding[] = [];
  for (const file of files) {
    // YAML, JSON or a workbook: merge takes a mix of them.
    const parsed = readAnswerSource(file);
    if (!parsed.ok) {
      refused.push(...parsed.findings);
      continue;
    }
    const loaded = answersFromSource(parsed, rubric);
    if (!loaded.ok) {
      refused.push(...loaded.findings);
      continue;
    }
    // A version of the rubric with no migration to this one (a newer one, another line) is
    // another rubric in practice: merged, its answers would pass as this version's.
    const version = loaded.value.rubric.version;
    if (version !== rubric.version && !rubric.migrations.some((mg) => mg.from === version)) {
      refused.push({
        file,
        ...locate(parsed.source, ['rubric', 'version']),
        path: 'rubric.version',
        message: m('mergeOtherVersion', { got: printable(version), want: rubric.version }),
        severity: 'error',
      });
      continue;
    }
    warnings.push(...loaded.warnings);
    sources.set(file, parsed.source);
    inputs.push({ file, answers: loaded.value });
  }
  printFindings(ctx, warnings);
  if (refused.length > 0) throw new InputError(refused);

  const { mergeAnswers } = await import('../answers/merge.js');
  const result = mergeAnswers(rubric, inputs, prefer);
  if (!result.ok) {
    const findings = result.problems.map((p) => findingOf(p, sources, rubric));
    throw new InputError([...findings, { file: opts.out, message: m('mergeRefused', { n: findings.length }), severity: 'error' }]);
  }

  const { renderAnswerFileFor } = await import('../answers/store.js');
  try {
    // The format the name asks for: `--out body.json` is JSON, as the interview would keep it.
    writeFileAtomic(opts.out, renderAnswerFileFor(opts.out, rubric, result.draft), { noClobber: opts.force !== true });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EEXIST' && e.syscall !== 'mkdir') throw new UsageError(m('outExists', { file: opts.out }));
    throw new InputError([{ file: opts.out, message: describeFsError(error), severity: 'error' }]);
  }
  if (!ctx.quiet) {
    const settled = result.draft.decisions?.filter((d) => prefer.includes(d.file)).length ?? 0;
    ctx.stderr.write(
      `${m('merged', { file: opts.out, answered: result.draft.answers.size, total: rubric.questions.length, files: files.length, settled })}\n`,
    );
  }
  return 0;
}

/** Where `path` is in `file`, as `{line, column}` (the file's top when it was not parsed). */
function where(sources: ReadonlyMap<string, SourceDocument | SheetDocument>, file: string, path: readonly string[]): { line?: number; column?: number; cell?: string } {
  const source = sources.get(file);
  return source ? locate(source, path) : {};
}

function findingOf(problem: MergeProblem, sources: ReadonlyMap<string, SourceDocument | SheetDocument>, rubric: Rubric): Finding {
  switch (problem.kind) {
    case 'organization':
      return {
        file: problem.file,
        ...where(sources, problem.file, ['respondent', 'organization']),
        path: 'respondent.organization',
        message: m('mergeOtherOrganization', { got: printable(problem.organization), want: printable(problem.expected), first: printable(problem.first) }),
        severity: 'error',
      };
    case 'conflict': {
      const [a, ...others] = problem.conflict.answers;
      const id = problem.conflict.question;
      // The officer chose a label, not an id: both are shown.
      const question = rubric.questions.find((q) => q.id === id);
      const lang = messageLang();
      const labelOf = (answer: string) => {
        const option = question?.options.find((o) => o.id === answer);
        const label = option ? pick(option.label, lang) : '';
        return printable(label.length > 60 ? `${label.slice(0, 59)}…` : label);
      };
      const other = others
        .map((o) => {
          const at = where(sources, o.file, ['answers', id]);
          const place = at.cell !== undefined ? `:${printable(at.cell)}` : at.line !== undefined ? `:${at.line}:${at.column}` : '';
          return { answer: o.answer, where: `${printable(o.file)}${place}` };
        });
      return {
        file: a!.file,
        ...where(sources, a!.file, ['answers', id]),
        path: `answers.${id}`,
        message: m('mergeConflict', {
          answer: printable(a!.answer),
          label: labelOf(a!.answer),
          others: other.map((o) => m('mergeConflictOther', { answer: printable(o.answer), label: labelOf(o.answer), where: o.where })).join(', '),
        }),
        severity: 'error',
      };
    }
    case 'too-long':
      return {
        file: problem.files[0]!,
        ...where(sources, problem.files[0]!, [problem.field, problem.question]),
        path: `${problem.field}.${problem.question}`,
        message: m('mergeTooLong', { id: problem.question, files: problem.files.map((f) => printable(f)).join(', '), limit: problem.limit }),
        severity: 'error',
      };
    case 'document-conflict':
      return {
        file: problem.files[1],
        ...where(sources, problem.files[1], ['documents', problem.id]),
        path: `documents.${problem.id}`,
        message: m('mergeDocumentConflict', { id: printable(problem.id), first: printable(problem.files[0]) }),
        severity: 'error',
      };
  }
}

/** What identifies a file: its device and inode when it exists (links and hard links are one file), else its absolute path. */
function fileKey(file: string): string {
  try {
    const s = statSync(file);
    return `${s.dev}:${s.ino}`;
  } catch {
    return resolve(file);
  }
}
