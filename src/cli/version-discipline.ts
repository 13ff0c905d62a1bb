import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { diff } from '../i18n/catalogue/diff.js';
import { formatPath, UsageError, type Finding } from '../errors.js';
import { type Lang, sayerIn } from '../i18n/lang.js';
import { cacheCleanVerdict, cleanVerdictCached, loadRubricModel } from '../rubric/compiled.js';
import type { Rubric } from '../rubric/model.js';
import { decodeText } from '../source/read-source.js';

/** The archive of a rubric file: `archive/` beside it (rubrics/archive/ for rubrics/default.yaml). */
export function archiveDir(file: string): string {
  return join(dirname(file), 'archive');
}

/**
 * `validate`'s version-discipline step for one rubric file: loads its archive (each archived
 * file is validated too and reported with the others) and, with `base`, the rubric at that
 * git ref; returns the findings located in the rubric's own file. A rubric inside an archive
 * folder is an archived version and is not checked against itself.
 */
export async function checkDiscipline(
  file: string,
  rubric: Rubric,
  opts: { strict: boolean; base?: string; lang: Lang; /** Read a clean verdict cached by an earlier run (never for the CI gate). */ cached?: boolean },
): Promise<{ findings: Finding[]; archives: Array<{ file: string; kind: 'rubric'; ok: boolean; findings: Finding[] }> }> {
  const archives: Array<{ file: string; kind: 'rubric'; ok: boolean; findings: Finding[] }> = [];
  if (basename(dirname(file)) === 'archive') return { findings: [], archives };
  const dir = archiveDir(file);
  const archive: Rubric[] = [];
  let hasArchive = false;
  try {
    hasArchive = existsSync(dir) && statSync(dir).isDirectory();
  } catch {
    hasArchive = false;
  }
  const archiveFiles = hasArchive ? readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n)).sort() : [];
  // The same rubric against the same archive bytes, already found clean by this build: the diff
  // of every migration step is the costly part of validate, so a clean verdict is remembered
  // (never one with a finding; never read by the CI gate, see `cached`).
  const parts =
    opts.base === undefined
      ? ['discipline', String(opts.strict), rubric.sha256, ...archiveFiles.map((n) => `${n}:${createHash('sha256').update(readFileSync(join(dir, n))).digest('hex')}`)]
      : undefined;
  if (parts && opts.cached && cleanVerdictCached(parts)) return { findings: [], archives };
  if (hasArchive) {
    for (const name of archiveFiles) {
      const path = join(dir, name);
      const loaded = await loadRubricModel(path);
      if (loaded.ok) archive.push(loaded.value.rubric);
      // A broken archived version is reported like any rubric: its files could not be carried.
      else archives.push({ file: path, kind: 'rubric', ok: false, findings: loaded.findings });
    }
  }
  let base: { rubric: Rubric; label: string } | null = null;
  if (opts.base !== undefined) {
    const w = sayerIn(diff, opts.lang);
    const { readAtRef } = await import('../diff/git.js');
    const read = await readAtRef(opts.base, file);
    if (!read.ok) {
      if (read.reason === 'notAtRef') {
        // A rubric new on this branch has no base to be compared with.
      } else if (read.reason === 'badRef') throw new UsageError(w('gitBadRef', { ref: opts.base }));
      else throw new UsageError(`--base ${opts.base}: ${w(read.reason === 'noGit' ? 'gitMissing' : read.reason === 'notRepo' ? 'gitNotRepo' : 'gitFailed', { file, detail: read.detail })}`);
    } else {
      const text = decodeText(read.label, read.bytes);
      const { parseRubric } = await import('../rubric/load.js');
      const parsed = text.ok ? parseRubric(read.label, text.text) : { ok: false as const, findings: [text.finding] };
      if (parsed.ok) base = { rubric: parsed.value.rubric, label: read.label };
      else archives.push({ file: read.label, kind: 'rubric', ok: false, findings: parsed.findings });
    }
  }
  if (!hasArchive && base === null && !opts.strict) return { findings: [], archives };
  const { checkVersionDiscipline } = await import('../diff/discipline.js');
  const { disciplineText } = await import('../diff/words.js');
  const problems = checkVersionDiscipline({ current: rubric, archive, base, strict: opts.strict });
  if (problems.length === 0) {
    if (parts && archives.length === 0) await cacheCleanVerdict(parts);
    return { findings: [], archives };
  }
  // Positions come from the rubric's own text (the compiled cache keeps none).
  const [{ loadRubric }, { locate }] = await Promise.all([import('../rubric/load.js'), import('../source/parse-yaml.js')]);
  const source = loadRubric(file);
  const findings = problems.map((p): Finding => {
    const at = source.ok ? locate(source.value.source, p.path, { key: p.key }) : {};
    return { file, ...at, path: formatPath(p.path), message: disciplineText(opts.lang, p), severity: p.severity === 'error' ? 'error' : 'warning' };
  });
  return { findings, archives };
}
