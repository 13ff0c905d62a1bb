import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inCi } from '../ci.js';
import { formatFinding, type Finding } from '../errors.js';
import { m } from '../i18n/messages.js';
import { loadRubricModel } from '../rubric/compiled.js';
import { sectionsOf, type Rubric } from '../rubric/model.js';
import { DEFAULT_RUBRIC_PATH, displayPath } from '../rubric/paths.js';
import { setMessageLang } from '../i18n/messages.js';
import { printable } from '../source/printable.js';
import { parseLang, type Context } from './context.js';

type LoadedRubric = { rubric: Rubric };

interface FileResult {
  file: string;
  kind: 'rubric' | 'answers' | 'audit';
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
  // The CI gate (`--strict`, or any run under CI) checks the rubric itself: a CI cache may
  // have been restored from another run.
  const gate = opts.strict === true || inCi();
  for (const file of files) {
    // The CI gate (`--strict`, or any run under CI) checks the rubric itself: a CI cache may
    // have been restored from another run. Elsewhere the user's own cache, which only its owner
    // can write (see rubric/compiled.ts), answers as it does for every other command.
    const loaded = await loadRubricModel(file, process.env, { userCache: gate ? 'refresh' : 'use' });
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
    const found = await checkDiscipline(file, loadedRubrics[i]!.rubric, { strict: opts.strict === true, base: opts.base, lang, cached: !gate });
    for (const extra of found.archives) results.push(extra);
    if (found.findings.length > 0) {
      const entry = results.find((r) => r.file === file && r.kind === 'rubric')!;
      entry.findings.push(...found.findings);
      if (found.findings.some((f) => f.severity === 'error')) entry.ok = false;
    }
  }

  if (opts.answers !== undefined && loadedRubrics.length > 0) {
    // Loaded only when asked for: a rubric maintainer's `validate` stays as quick as it can.
    const [{ answersFromSource, namedRubric, readAnswerSource }, { collectInputs }, { questionStates }] = await Promise.all([
      import('../answers/load.js'),
      import('../batch/collect.js'),
      import('../scoring/score.js'),
    ]);
    const collected = collectInputs([opts.answers]);
    const { fileSha256, isAuditValue } = await import('../audit/model.js');
    for (const p of collected.problems) results.push({ file: p.file, kind: 'answers', ok: false, findings: [p] });
    for (const w of collected.warnings) results.push({ file: w.file, kind: 'answers', ok: true, findings: [w] });
    // Audit files (a top-level `verdicts`) are checked after the answer files, against the one they name.
    const auditSources: Array<import('../source/parse-yaml.js').SourceDocument> = [];
    const valid: Array<{ file: string; rubric: LoadedRubric }> = [];
    for (const file of collected.files) {
      // Each file is read and parsed once: the rubric it names picks the rubric that checks it.
      const parsed = readAnswerSource(file);
      if (!parsed.ok) {
        results.push({ file, kind: 'answers', ok: false, findings: parsed.findings });
        continue;
      }
      // An audit file is YAML or JSON, never a workbook.
      if ('lineCounter' in parsed.source && isAuditValue(parsed.source.value)) {
        auditSources.push(parsed.source);
        continue;
      }
      const named = namedRubric(parsed.source.value);
      const rubric = rubricFor(named, loadedRubrics);
      if (!rubric) {
        // Counted as `score` counts it: a file of another rubric is an error, in the same words.
        const id = named?.id ?? '?';
        // An id that is a validated rubric's but for invisible characters (a no-break space
        // pasted in, a zero-width joiner) is a mistake, not a file of another rubric: an error.
        const near = named && loadedRubrics.find((r) => visible(r.rubric.id) === visible(named.id));
        if (near) {
          const { locate } = await import('../source/parse-yaml.js');
          const where = locate(parsed.source, ['rubric', 'id']);
          results.push({
            file,
            kind: 'answers',
            ok: false,
            findings: [{ file, ...where, path: 'rubric.id', message: m('rubricIdNearMiss', { got: shown(named.id), want: near.rubric.id }), severity: 'error' }],
          });
          continue;
        }
        const want = loadedRubrics.map((r) => r.rubric.id).join(', ');
        results.push({ file, kind: 'answers', ok: false, findings: [{ file, message: m('otherRubric', { got: id, want }), severity: 'error' }] });
        continue;
      }
      const loaded = answersFromSource(parsed, rubric.rubric);
      if (loaded.ok) {
        valid.push({ file, rubric });
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
    if (auditSources.length > 0) {
      const [{ auditFromSource, findingAt }, { checkVerdicts }] = await Promise.all([import('../audit/load.js'), import('../audit/check.js')]);
      const { audit: words } = await import('../i18n/catalogue/audit.js');
      const { messageLang } = await import('../i18n/messages.js');
      const { t } = await import('../i18n/lang.js');
      // Each audit is checked against the answer file it names when that is among the files (by sha256).
      const bySha = new Map<string, { file: string; rubric: LoadedRubric }>();
      for (const v of valid) {
        try {
          bySha.set(fileSha256(v.file), v);
        } catch {
          // read a moment ago; gone now: its audit is checked against the rubric alone
        }
      }
      for (const source of auditSources) {
        const file = source.file;
        const rubric = rubricFor(namedRubric(source.value), loadedRubrics) ?? loadedRubrics[0]!;
        const loaded = auditFromSource(source);
        if (!loaded.ok) {
          results.push({ file, kind: 'audit', ok: false, findings: loaded.findings });
          continue;
        }
        const { audit } = loaded.value;
        // Checked against its answer file when that is in the folder too; else against the rubric alone.
        const named = bySha.get(audit.sha256);
        const reparsed = named ? readAnswerSource(named.file) : undefined;
        const answersLoaded = named && reparsed && reparsed.ok ? answersFromSource(reparsed, named.rubric.rubric) : undefined;
        const answers = answersLoaded && answersLoaded.ok ? answersLoaded.value : undefined;
        const findings = checkVerdicts(rubric.rubric, audit, answers, messageLang()).map((i) => findingAt(source, i.path, i.message, 'error', i.key));
        results.push({ file, kind: 'audit', ok: findings.length === 0, findings });
        if (findings.length === 0) {
          const given = audit.verdicts.filter(([, v]) => v.verdict !== null).length;
          okLines.push(t(messageLang(), words.validAudit, { file, given, count: audit.verdicts.length }));
        }
      }
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

/** An id without the characters a reader cannot see: spaces of every kind, zero-width characters, BOM. */
function visible(id: string): string {
  return id.replace(/[\s\u200b-\u200d\u2060\ufeff]+/gu, '');
}

/** An id in quotes with its invisible characters written as `\uXXXX`, so the reader sees them. */
function shown(id: string): string {
  const escaped = id.replace(/[^\S ]|[\u200b-\u200d\u2060\ufeff]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `"${printable(escaped, 200)}"`;
}
