import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatFinding, type Finding } from '../errors.js';
import { m } from '../i18n/messages.js';
import { loadRubricModel } from '../rubric/compiled.js';
import { sectionsOf, type Rubric } from '../rubric/model.js';
import { DEFAULT_RUBRIC_PATH, displayPath } from '../rubric/paths.js';
import { ANSWER_LIMITS, readSource } from '../source/read-source.js';
import type { Context } from './context.js';

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
export async function run(rubrics: string[], opts: { answers?: string; format: 'text' | 'json' }, ctx: Context): Promise<number> {
  const results: FileResult[] = [];
  const { files, problems } = rubricFiles(rubrics.length > 0 ? rubrics : [displayPath(DEFAULT_RUBRIC_PATH)]);
  for (const p of problems) results.push({ file: p.file, kind: 'rubric', ok: false, findings: [p] });
  const loadedRubrics: LoadedRubric[] = [];
  const okLines: string[] = [];
  for (const file of files) {
    // The CI gate checks the rubric itself: the user's cache may have been restored from elsewhere.
    const loaded = await loadRubricModel(file, process.env, { userCache: 'refresh' });
    if (loaded.ok) {
      loadedRubrics.push(loaded.value);
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

  if (opts.answers !== undefined && loadedRubrics.length > 0) {
    // Loaded only when asked for: a rubric maintainer's `validate` stays as quick as it can.
    const [{ answersFromSource, namedRubric }, { collectInputs }, { parseYaml }] = await Promise.all([
      import('../answers/load.js'),
      import('../batch/collect.js'),
      import('../source/parse-yaml.js'),
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
      const read = readSource(file);
      const parsed = read.ok ? parseYaml(file, read.text, ANSWER_LIMITS) : { ok: false as const, findings: [read.finding] };
      if (!parsed.ok) {
        results.push({ file, kind: 'answers', ok: false, findings: parsed.findings });
        continue;
      }
      if (isAuditValue(parsed.source.value)) {
        auditSources.push(parsed.source);
        continue;
      }
      const named = namedRubric(parsed.source.value);
      const rubric = rubricFor(named, loadedRubrics);
      if (!rubric) {
        const id = named?.id ?? '?';
        results.push({ file, kind: 'answers', ok: true, findings: [{ file, message: m('answersSkipped', { id }), severity: 'warning' }] });
        continue;
      }
      const loaded = answersFromSource(parsed, rubric.rubric);
      if (loaded.ok) {
        valid.push({ file, rubric });
        results.push({ file, kind: 'answers', ok: true, findings: loaded.warnings });
        okLines.push(m('validAnswers', { file, answered: loaded.value.answers.size, total: rubric.rubric.questions.length }));
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
        const reread = named && readSource(named.file);
        const reparsed = named && reread && reread.ok ? parseYaml(named.file, reread.text, ANSWER_LIMITS) : undefined;
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
