import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatFinding, type Finding } from '../errors.js';
import { m } from '../i18n/messages.js';
import { loadRubricModel } from '../rubric/compiled.js';
import { sectionsOf, type Rubric } from '../rubric/model.js';
import { DEFAULT_RUBRIC_PATH, displayPath } from '../rubric/paths.js';
import { ANSWER_LIMITS, readSource } from '../source/read-source.js';
import { setMessageLang } from '../i18n/messages.js';
import { parseLang, type Context } from './context.js';

type LoadedRubric = { rubric: Rubric };

interface FileResult {
  file: string;
  kind: 'rubric' | 'answers';
  ok: boolean;
  findings: Finding[];
}

function rubricFiles(inputs: readonly string[]): { files: string[]; problems: Finding[] } {
  const files: string[] = [];
  const problems: Finding[] = [];
  for (const input of inputs) {
    try {
      if (statSync(input).isDirectory()) {
        const found = readdirSync(input)
          .filter((n) => /\.ya?ml$/i.test(n))
          .sort()
          .map((n) => join(input, n));
        if (found.length === 0) problems.push({ file: input, message: m('noMatch'), severity: 'error' });
        files.push(...found);
        continue;
      }
    } catch {
      // not a folder (or missing): loading the file reports why
    }
    files.push(input);
  }
  return { files, problems };
}

/**
 * Which of the validated rubrics checks an answer file: the one with the id it names (the same
 * version first). A file naming none of them is skipped, so one folder may hold answer files
 * of several rubrics; `score` still refuses such a file. A file that names no rubric at all is
 * checked against the first, which says what is missing.
 */
function rubricFor(named: { id: string; version?: string } | undefined, rubrics: readonly LoadedRubric[]): LoadedRubric | undefined {
  if (!named) return rubrics[0];
  const same = rubrics.filter((r) => r.rubric.id === named.id);
  return same.find((r) => r.rubric.version === named.version) ?? same.at(-1);
}

/**
 * `readiness validate [rubric...] [--answers dir]`: every finding of every file at once,
 * as `file:line:col: path: message`; exit 1 if any file has an error.
 */
export async function run(
  rubrics: string[],
  opts: { answers?: string; format: 'text' | 'json'; lang?: string; strict?: boolean; base?: string; rubric?: string },
  ctx: Context,
): Promise<number> {
  const lang = parseLang(opts.lang) ?? ctx.lang;
  // Findings are worded when made: the language is set before anything is checked.
  setMessageLang(lang);
  const results: FileResult[] = [];
  // `--rubric <file>` as the other commands take it: one more rubric to check.
  const named = opts.rubric !== undefined ? [...rubrics, opts.rubric] : rubrics;
  const { files, problems } = rubricFiles(named.length > 0 ? named : [displayPath(DEFAULT_RUBRIC_PATH)]);
  for (const p of problems) results.push({ file: p.file, kind: 'rubric', ok: false, findings: [p] });
  const loadedRubrics: LoadedRubric[] = [];
  const loadedFiles: string[] = [];
  const okLines: string[] = [];
  for (const file of files) {
    const loaded = await loadRubricModel(file);
    if (loaded.ok) {
      loadedRubrics.push(loaded.value);
      loadedFiles.push(file);
      const r = loaded.value.rubric;
      results.push({ file, kind: 'rubric', ok: true, findings: loaded.warnings });
      okLines.push(
        m('validRubric', {
          file,
          questions: r.questions.length,
          sections: sectionsOf(r).length,
          recommendations: r.recommendations.length,
          levels: r.levels.length,
        }),
      );
    } else results.push({ file, kind: 'rubric', ok: false, findings: loaded.findings });
  }

  // Version discipline, against rubrics/archive/ beside each rubric and the --base copy:
  // warnings, or errors with --strict (what CI runs).
  for (const [i, file] of loadedFiles.entries()) {
    const { checkDiscipline } = await import('./version-discipline.js');
    const found = await checkDiscipline(file, loadedRubrics[i]!.rubric, { strict: opts.strict === true, base: opts.base, lang });
    for (const extra of found.archives) results.push(extra);
    if (found.findings.length > 0) {
      const entry = results.find((r) => r.file === file && r.kind === 'rubric')!;
      entry.findings.push(...found.findings);
      if (found.findings.some((f) => f.severity === 'error')) entry.ok = false;
    }
  }

  if (opts.answers !== undefined && loadedRubrics.length > 0) {
    // Loaded only when asked for: a rubric maintainer's `validate` stays as quick as it can.
    const [{ answersFromSource, namedRubric }, { collectInputs }, { parseYaml }, { questionStates }] = await Promise.all([
      import('../answers/load.js'),
      import('../batch/collect.js'),
      import('../source/parse-yaml.js'),
      import('../scoring/score.js'),
    ]);
    const collected = collectInputs([opts.answers]);
    for (const p of collected.problems) results.push({ file: p.file, kind: 'answers', ok: false, findings: [p] });
    for (const w of collected.warnings) results.push({ file: w.file, kind: 'answers', ok: true, findings: [w] });
    for (const file of collected.files) {
      // Each file is read and parsed once: the rubric it names picks the rubric that checks it.
      const read = readSource(file);
      const parsed = read.ok ? parseYaml(file, read.text, ANSWER_LIMITS) : { ok: false as const, findings: [read.finding] };
      if (!parsed.ok) {
        results.push({ file, kind: 'answers', ok: false, findings: parsed.findings });
        continue;
      }
      const named = namedRubric(parsed.source.value);
      const rubric = rubricFor(named, loadedRubrics);
      if (!rubric) {
        // Counted as `score` counts it: a file of another rubric is an error, in the same words.
        const id = named?.id ?? '?';
        const want = loadedRubrics.map((r) => r.rubric.id).join(', ');
        results.push({ file, kind: 'answers', ok: false, findings: [{ file, message: m('otherRubric', { got: id, want }), severity: 'error' }] });
        continue;
      }
      const loaded = answersFromSource(parsed, rubric.rubric);
      if (loaded.ok) {
        results.push({ file, kind: 'answers', ok: true, findings: loaded.warnings });
        const line = m('validAnswers', { file, answered: loaded.value.answers.size, total: rubric.rubric.questions.length });
        // What the scorer would not take at its word: claims without the evidence the method
        // requires, and answers above zero that cite none (with no evidence rule, only these).
        const states = [...questionStates(rubric.rubric, loaded.value).entries()];
        const unsupported = states.filter(([, s]) => s.unsupported).length;
        const bare = states.filter(([id, s]) => s.status === 'answered' && (s.chosen?.score ?? 0) > 0 && !loaded.value.evidence.has(id)).length;
        okLines.push(unsupported + bare > 0 ? m('answersEvidence', { line, unsupported, bare }) : line);
      } else results.push({ file, kind: 'answers', ok: false, findings: loaded.findings });
    }
  }

  const ok = results.every((r) => r.ok);
  if (opts.format === 'json') {
    ctx.stdout.write(`${JSON.stringify({ ok, files: results }, null, 2)}\n`);
    return ok ? 0 : 1;
  }
  const all = results.flatMap((r) => r.findings);
  for (const f of all) if (f.severity === 'error' || !ctx.quiet) ctx.stderr.write(`${formatFinding(f)}\n`);
  if (!ctx.quiet) {
    for (const line of okLines) ctx.stdout.write(`${line}\n`);
    const errors = all.filter((f) => f.severity === 'error').length;
    if (all.length > 0) {
      ctx.stderr.write(`${m('findingsTotal', { errors, warnings: all.length - errors, files: results.filter((r) => r.findings.length > 0).length })}\n`);
    }
  }
  return ok ? 0 : 1;
}
