import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding, Loaded } from '../errors.js';
import { readSource } from '../source/read-source.js';
import type { Rubric } from './model.js';
import { DEFAULT_RUBRIC_PATH, displayPath } from './paths.js';
import { messageLang } from '../i18n/messages.js';

/**
 * The compiled-rubric cache: a rubric that passed every check, stored as its normalised
 * model, keyed by the sha256 of its bytes and the build of the tool that checked it. A
 * command that only needs the model (score, assess, template, analyze, validate of an
 * unchanged rubric) then reads a small JSON file instead of parsing 200 KB of YAML with
 * positions and loading the schema library: about 250 ms less per run on a 2-core machine.
 *
 * Where: the rubrics shipped in `rubrics/` are compiled at build time into `dist/compiled/`;
 * any other rubric is cached on first use in the user's cache folder (`READINESS_CACHE_DIR`,
 * else `$XDG_CACHE_HOME/readiness`, else `~/.cache/readiness`), never beside the rubric.
 * `READINESS_NO_CACHE=1` turns the cache off. An entry is trusted only when its format, its
 * build id, the rubric's sha256 and a checksum of its content all match; anything else (a
 * corrupt, truncated, foreign or older entry) is ignored and rebuilt. A new build of the tool
 * has a new id, so a change to the rules can never be answered from an old entry.
 */

const FORMAT = 1;

interface Entry {
  format: number;
  build: string;
  sha256: string;
  /** sha256 of `JSON.stringify(rubric)`: a damaged entry never passes for a valid one. */
  checksum: string;
  rubric: Rubric;
  /** Warnings of the full check (a share outside the band), without their file name. */
  warnings: Array<Omit<Finding, 'file'>>;
  /** The language the warnings are worded in: another language's reader gets them checked afresh. */
  lang: string;
}

let cachedBuild: string | null | undefined;
/** The id of this build of the tool (`dist/build.json`, written by the build); null outside a build. */
export function buildId(): string | null {
  if (cachedBuild === undefined) {
    try {
      const parsed = JSON.parse(readFileSync(new URL('../build.json', import.meta.url), 'utf8')) as { id?: unknown };
      cachedBuild = typeof parsed.id === 'string' && /^[0-9a-f]{16,64}$/.test(parsed.id) ? parsed.id : null;
    } catch {
      cachedBuild = null;
    }
  }
  return cachedBuild;
}

/** The shipped rubrics' entries, made by the build. */
export const BUILTIN_DIR = fileURLToPath(new URL('../compiled/', import.meta.url));

/** The user's cache folder for compiled rubrics, or null when the cache is off. */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.READINESS_NO_CACHE && env.READINESS_NO_CACHE !== '0') return null;
  if (env.READINESS_CACHE_DIR) return env.READINESS_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'readiness', 'rubrics');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const entryName = (sha: string, build: string) => `${sha}.${build.slice(0, 16)}.json`;

function readEntry(dir: string, sha: string, build: string, lang: string): Entry | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, entryName(sha, build)), 'utf8');
  } catch {
    return undefined;
  }
  try {
    const entry = JSON.parse(text) as Partial<Entry>;
    if (entry.format !== FORMAT || entry.build !== build || entry.sha256 !== sha) return undefined;
    if (!entry.rubric || typeof entry.rubric !== 'object' || entry.rubric.sha256 !== sha) return undefined;
    if (typeof entry.checksum !== 'string' || entry.checksum !== sha256(JSON.stringify(entry.rubric))) return undefined;
    if (!Array.isArray(entry.warnings)) return undefined;
    if (entry.warnings.length > 0 && entry.lang !== lang) return undefined;
    return entry as Entry;
  } catch {
    return undefined;
  }
}

/** Stores a checked rubric's model; best effort: a cache that cannot be written is simply not used. */
export async function writeEntry(dir: string, rubric: Rubric, warnings: readonly Finding[], build = buildId()): Promise<void> {
  if (build === null) return;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const entry: Entry = {
      format: FORMAT,
      build,
      sha256: rubric.sha256,
      checksum: sha256(JSON.stringify(rubric)),
      rubric,
      warnings: warnings.map(({ file: _file, ...rest }) => rest),
      lang: messageLang(),
    };
    const { writeFileAtomic } = await import('../io/atomic-write.js');
    writeFileAtomic(join(dir, entryName(rubric.sha256, build)), JSON.stringify(entry));
  } catch {
    // A read-only home or a full disk: the next run checks the rubric again.
  }
}

/**
 * The checked model of a rubric file: from the compiled cache when an entry for these exact
 * bytes and this build exists, else by the full check (`loadRubric`), whose result is then
 * cached. Findings and warnings are the full check's, with this file's name.
 */
export async function loadRubricModel(file: string = displayPath(DEFAULT_RUBRIC_PATH), env: NodeJS.ProcessEnv = process.env): Promise<Loaded<{ rubric: Rubric }>> {
  const read = readSource(file);
  if (!read.ok) return { ok: false, findings: [read.finding] };
  const build = buildId();
  const userDir = userCacheDir(env);
  const sha = sha256(read.text);
  if (build !== null && userDir !== null) {
    for (const dir of [BUILTIN_DIR, userDir]) {
      const entry = readEntry(dir, sha, build, messageLang());
      if (entry) return { ok: true, value: { rubric: entry.rubric }, warnings: entry.warnings.map((w) => ({ ...w, file })) };
    }
  }
  const { parseRubric } = await import('./load.js');
  const loaded = parseRubric(file, read.text);
  if (!loaded.ok) return loaded;
  if (userDir !== null) await writeEntry(userDir, loaded.value.rubric, loaded.warnings, build);
  return { ok: true, value: { rubric: loaded.value.rubric }, warnings: loaded.warnings };
}
