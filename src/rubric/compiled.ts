import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
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
 *
 * Whoever can write the cache decides every score, so it is trusted as git and ssh trust
 * their files: the user's folder and each entry must belong to the user running the tool
 * and be writable by nobody else, an entry must be a regular file (no link, FIFO or device)
 * of at most `MAX_ENTRY_BYTES`; anything else is not read, and the rubric is parsed. The key
 * holds all that changes the verdict: the bytes, the build, and whether the file is read as
 * JSON (a `.json` rubric is refused for a `//` line that YAML reads as text). `validate`, the
 * CI gate, never takes its verdict from the user's folder (a CI cache may be restored from
 * an untrusted run): it checks the rubric and only refreshes the entry.
 */

const FORMAT = 2;
/** The largest entry read (the shipped 2.0.0 rubric's is some 310 KB). */
export const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

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
  /** How the file was read: `json` for a `.json` name (comments refused), else `yaml`. */
  syntax: Syntax;
}

type Syntax = 'json' | 'yaml';
const syntaxOf = (file: string): Syntax => (/\.json$/i.test(file) ? 'json' : 'yaml');

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

/**
 * The user's cache folder for compiled rubrics, or null when the cache is off. A relative
 * `READINESS_CACHE_DIR` or `XDG_CACHE_HOME` is not used (as the XDG spec says of relative
 * paths: it would land in whatever folder the command runs in, beside the answers); `~` and
 * `~/…` are the home folder, as a shell would have expanded them.
 */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.READINESS_NO_CACHE && env.READINESS_NO_CACHE !== '0') return null;
  const absolute = (value: string | undefined): string | undefined => {
    if (!value) return undefined;
    if (value === '~' || value.startsWith('~/')) return join(homedir(), value.slice(1));
    return isAbsolute(value) ? value : undefined;
  };
  const own = absolute(env.READINESS_CACHE_DIR);
  if (own !== undefined) return own;
  const base = absolute(env.XDG_CACHE_HOME) ?? join(homedir(), '.cache');
  return join(base, 'readiness', 'rubrics');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const entryName = (sha: string, build: string, syntax: Syntax) => `${sha}.${build.slice(0, 16)}${syntax === 'json' ? '.j' : ''}.json`;

/**
 * Whether a file or folder of the cache may be trusted: owned by the user running the tool
 * and writable by no one else (group and others), as ssh asks of `~/.ssh`. Always true where
 * there are no owners to compare (Windows).
 */
function ownedAlone(stat: Stats): boolean {
  const uid = process.getuid?.();
  if (uid === undefined) return true;
  return stat.uid === uid && (stat.mode & 0o022) === 0;
}

/** Whether the user's cache folder may be read: a folder, the user's own, writable by them alone. */
function trustedFolder(dir: string): boolean {
  try {
    const stat = statSync(dir);
    return stat.isDirectory() && ownedAlone(stat);
  } catch {
    return false;
  }
}

/**
 * An entry's text: a regular file (not through a link; a FIFO or a device is never opened for
 * reading), the user's own in the user's folder, at most `MAX_ENTRY_BYTES`; else undefined.
 */
function readEntryText(path: string, checkOwner: boolean): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_ENTRY_BYTES || (checkOwner && !ownedAlone(stat))) return undefined;
    const buffer = Buffer.allocUnsafe(stat.size + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      // Grown since fstat: not the entry that was checked.
      if (total > stat.size) return undefined;
    }
    return buffer.toString('utf8', 0, total);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

function readEntry(dir: string, sha: string, build: string, lang: string, syntax: Syntax, checkOwner: boolean): Entry | undefined {
  const text = readEntryText(join(dir, entryName(sha, build, syntax)), checkOwner);
  if (text === undefined) return undefined;
  try {
    const entry = JSON.parse(text) as Partial<Entry>;
    if (entry.format !== FORMAT || entry.build !== build || entry.sha256 !== sha || entry.syntax !== syntax) return undefined;
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
export async function writeEntry(dir: string, rubric: Rubric, warnings: readonly Finding[], build = buildId(), syntax: Syntax = 'yaml'): Promise<void> {
  if (build === null) return;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Never into a folder that would not be read back (another user's, or writable by others).
    if (dir !== BUILTIN_DIR && !trustedFolder(dir)) return;
    const entry: Entry = {
      format: FORMAT,
      build,
      sha256: rubric.sha256,
      checksum: sha256(JSON.stringify(rubric)),
      rubric,
      warnings: warnings.map(({ file: _file, ...rest }) => rest),
      lang: messageLang(),
      syntax,
    };
    const text = JSON.stringify(entry);
    if (Buffer.byteLength(text) > MAX_ENTRY_BYTES) return;
    const { writeFileAtomic } = await import('../io/atomic-write.js');
    writeFileAtomic(join(dir, entryName(rubric.sha256, build, syntax)), text);
  } catch {
    // A read-only home or a full disk: the next run checks the rubric again.
  }
}

/**
 * A clean verdict of a check that depends only on rubric texts (their sha256) and this build:
 * `validate`'s version discipline against the archive. Stored beside the compiled entries, as
 * trusted as they are (the user's own folder, a regular file of the user's own); only "no
 * problem" is stored, so a cached answer never hides a finding, it only spares the work of
 * finding none again. Never read where the caller is the CI gate.
 */
export function cleanVerdictCached(parts: readonly string[], env: NodeJS.ProcessEnv = process.env): boolean {
  const build = buildId();
  const dir = userCacheDir(env);
  if (build === null || dir === null || !trustedFolder(dir)) return false;
  const key = sha256(JSON.stringify([FORMAT, build, ...parts]));
  return readEntryText(join(dir, `verdict.${key}.json`), true) === key;
}

/** Records that the check of `parts` found no problem (see `cleanVerdictCached`). */
export async function cacheCleanVerdict(parts: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const build = buildId();
  const dir = userCacheDir(env);
  if (build === null || dir === null) return;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!trustedFolder(dir)) return;
    const key = sha256(JSON.stringify([FORMAT, build, ...parts]));
    const { writeFileAtomic } = await import('../io/atomic-write.js');
    writeFileAtomic(join(dir, `verdict.${key}.json`), key);
  } catch {
    // A read-only home or a full disk: the next run checks again.
  }
}

/**
 * The checked model of a rubric file: from the compiled cache when an entry for these exact
 * bytes and this build exists, else by the full check (`loadRubric`), whose result is then
 * cached. Findings and warnings are the full check's, with this file's name. With
 * `userCache: 'refresh'` (validate) the user's folder is written but never read.
 */
export async function loadRubricModel(
  file: string = displayPath(DEFAULT_RUBRIC_PATH),
  env: NodeJS.ProcessEnv = process.env,
  options: { userCache?: 'use' | 'refresh' } = {},
): Promise<Loaded<{ rubric: Rubric }>> {
  const read = readSource(file);
  if (!read.ok) return { ok: false, findings: [read.finding] };
  const build = buildId();
  const userDir = userCacheDir(env);
  const sha = sha256(read.text);
  const syntax = syntaxOf(file);
  if (build !== null && userDir !== null) {
    const dirs: Array<[string, boolean]> = [[BUILTIN_DIR, false]];
    if (options.userCache !== 'refresh' && trustedFolder(userDir)) dirs.push([userDir, true]);
    for (const [dir, checkOwner] of dirs) {
      const entry = readEntry(dir, sha, build, messageLang(), syntax, checkOwner);
      if (entry) return { ok: true, value: { rubric: entry.rubric }, warnings: entry.warnings.map((w) => ({ ...w, file })) };
    }
  }
  const { parseRubric } = await import('./load.js');
  const loaded = parseRubric(file, read.text);
  if (!loaded.ok) return loaded;
  if (userDir !== null) await writeEntry(userDir, loaded.value.rubric, loaded.warnings, build, syntax);
  return { ok: true, value: { rubric: loaded.value.rubric }, warnings: loaded.warnings };
}
