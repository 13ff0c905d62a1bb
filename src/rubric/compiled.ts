import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, fstatSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, readSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
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
 * build id, the rubric's sha256 and its seal (see below) all match; anything else (a
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
 *
 * An entry of the user's folder is also sealed with a key of the user's own: HMAC-SHA256 over
 * the key inputs (format, build, rubric sha256, syntax) and the entry's bytes, with a random
 * key kept 0600 in the user's state folder (`$XDG_STATE_HOME/readiness/cache.key`, else
 * `~/.local/state/readiness/cache.key`), outside the cache folder. Owner and mode say who
 * could have written an entry here; the key says it was written on this account, by this
 * tool: a cache folder restored or copied from elsewhere (a CI cache restored from another
 * run's archive, a copied home, a share whose files all show as the user's) comes without
 * the key, so its entries are parsed again rather than trusted. Another process of the same
 * user can still read the key; it could as well change the tool itself. The shipped entries
 * (`dist/compiled/`) come with the tool and carry a plain sha256 in the same place.
 */

const FORMAT = 3;
/** The largest entry read (the shipped 2.0.0 rubric's is some 310 KB). */
export const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

/**
 * An entry's file is its seal (64 hex digits: HMAC-SHA256 with the user's key, or sha256 for
 * a shipped entry), a newline, then this JSON; the seal covers the key inputs and the JSON's
 * bytes, so a damaged, edited or foreign entry never passes for a valid one.
 */
interface Entry {
  format: number;
  build: string;
  sha256: string;
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

/** The file holding the user's cache key: in the user's state folder, never in the cache folder (see above). */
export function cacheKeyFile(env: NodeJS.ProcessEnv = process.env): string {
  const state = env.XDG_STATE_HOME && isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : join(homedir(), '.local', 'state');
  return join(state, 'readiness', 'cache.key');
}

const KEY_BYTES = 32;

/**
 * The user's cache key: 32 random bytes in a regular file of the user's own, readable by the
 * user alone (0600), in a folder writable by the user alone. Made on first need when `create`
 * (0600 from the start; never replacing a key another run made meanwhile). Undefined when
 * there is none to be had: the user's folder is then neither read nor written.
 */
function cacheKey(env: NodeJS.ProcessEnv, create: boolean): Buffer | undefined {
  const file = cacheKeyFile(env);
  const uid = process.getuid?.();
  // The user's own key, readable by nobody else (as ssh wants of a private key), of its exact size.
  const read = (): Buffer | undefined => {
    if (!trustedFolder(dirname(file))) return undefined;
    const key = readGuardedFile(file, KEY_BYTES, (stat) => stat.size === KEY_BYTES && (uid === undefined || (stat.uid === uid && (stat.mode & 0o077) === 0)));
    return key?.length === KEY_BYTES ? key : undefined;
  };
  const key = read();
  if (key !== undefined || !create) return key;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  } catch {
    return undefined;
  }
  return writeKey(file) ?? read();
}

/** Writes a new key atomically, 0600 from its first byte; undefined when another run's key won the race or the write failed. */
function writeKey(file: string): Buffer | undefined {
  if (!trustedFolder(dirname(file))) return undefined;
  const key = randomBytes(KEY_BYTES);
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o600);
    try {
      let offset = 0;
      while (offset < KEY_BYTES) offset += writeSync(fd, key, offset, KEY_BYTES - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // link, not rename: a key another run made meanwhile is kept (EEXIST), and its entries stay valid.
    linkSync(tmp, file);
    return key;
  } catch {
    return undefined;
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // never made
    }
  }
}

/** The seal of an entry or verdict: HMAC-SHA256 with the user's key, sha256 for the shipped entries (no key). */
function seal(key: Buffer | null, inputs: readonly string[], body: string): string {
  const mac = key === null ? createHash('sha256') : createHmac('sha256', key);
  return mac.update(JSON.stringify(inputs)).update('\n').update(body).digest('hex');
}

/** Whether `mac` is the seal of `body` (compared in constant time). */
function sealed(key: Buffer | null, inputs: readonly string[], body: string, mac: string): boolean {
  const expected = Buffer.from(seal(key, inputs, body), 'latin1');
  const given = Buffer.from(mac, 'latin1');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

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
  return readGuardedFile(path, MAX_ENTRY_BYTES, (stat) => !checkOwner || ownedAlone(stat))?.toString('utf8');
}

/**
 * A file's bytes, read as the cache trusts files: opened without following a link and without
 * blocking (a FIFO or a device is never read), a regular file of at most `maxBytes` that `allowed`
 * accepts (owner, mode, size), and not grown since it was checked; else undefined.
 */
function readGuardedFile(path: string, maxBytes: number, allowed: (stat: Stats) => boolean): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes || !allowed(stat)) return undefined;
    const buffer = Buffer.allocUnsafe(stat.size + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) break;
      total += n;
      // Grown since fstat: not the file that was checked.
      if (total > stat.size) return undefined;
    }
    return buffer.subarray(0, total);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

const entryInputs = (sha: string, build: string, syntax: Syntax) => [String(FORMAT), build, sha, syntax];

function readEntry(dir: string, sha: string, build: string, lang: string, syntax: Syntax, key: Buffer | null): Entry | undefined {
  const text = readEntryText(join(dir, entryName(sha, build, syntax)), key !== null);
  if (text === undefined || text.charCodeAt(64) !== 10) return undefined;
  const body = text.slice(65);
  // The seal first: an entry not sealed here is never parsed.
  if (!sealed(key, entryInputs(sha, build, syntax), body, text.slice(0, 64))) return undefined;
  try {
    const entry = JSON.parse(body) as Partial<Entry>;
    if (entry.format !== FORMAT || entry.build !== build || entry.sha256 !== sha || entry.syntax !== syntax) return undefined;
    if (!entry.rubric || typeof entry.rubric !== 'object' || entry.rubric.sha256 !== sha) return undefined;
    if (!Array.isArray(entry.warnings)) return undefined;
    if (entry.warnings.length > 0 && entry.lang !== lang) return undefined;
    return entry as Entry;
  } catch {
    return undefined;
  }
}

/**
 * Stores a checked rubric's model; best effort: a cache that cannot be written is simply not
 * used. An entry of the user's folder is sealed with the user's key (made on first need);
 * without a key nothing is written there, since nothing there would be read back.
 */
export async function writeEntry(
  dir: string,
  rubric: Rubric,
  warnings: readonly Finding[],
  build = buildId(),
  syntax: Syntax = 'yaml',
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  if (build === null) return;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Never into a folder that would not be read back (another user's, or writable by others).
    if (dir !== BUILTIN_DIR && !trustedFolder(dir)) return;
    const key = dir === BUILTIN_DIR ? null : cacheKey(env, true);
    if (key === undefined) return;
    const entry: Entry = {
      format: FORMAT,
      build,
      sha256: rubric.sha256,
      rubric,
      warnings: warnings.map(({ file: _file, ...rest }) => rest),
      lang: messageLang(),
      syntax,
    };
    const body = JSON.stringify(entry);
    const text = `${seal(key, entryInputs(rubric.sha256, build, syntax), body)}\n${body}`;
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
  const name = sha256(JSON.stringify([FORMAT, build, ...parts]));
  const text = readEntryText(join(dir, `verdict.${name}.json`), true);
  if (text === undefined) return false;
  const key = cacheKey(env, false);
  return key !== undefined && sealed(key, ['verdict', name], '', text);
}

/** Records that the check of `parts` found no problem (see `cleanVerdictCached`), sealed with the user's key. */
export async function cacheCleanVerdict(parts: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const build = buildId();
  const dir = userCacheDir(env);
  if (build === null || dir === null) return;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!trustedFolder(dir)) return;
    const key = cacheKey(env, true);
    if (key === undefined) return;
    const name = sha256(JSON.stringify([FORMAT, build, ...parts]));
    const { writeFileAtomic } = await import('../io/atomic-write.js');
    writeFileAtomic(join(dir, `verdict.${name}.json`), seal(key, ['verdict', name], ''));
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
    const found = (entry: Entry | undefined): Loaded<{ rubric: Rubric }> | undefined =>
      entry && { ok: true, value: { rubric: entry.rubric }, warnings: entry.warnings.map((w) => ({ ...w, file })) };
    const builtin = found(readEntry(BUILTIN_DIR, sha, build, messageLang(), syntax, null));
    if (builtin) return builtin;
    // The key is read only here, past the shipped entries: the default rubric never needs it.
    const key = options.userCache !== 'refresh' && trustedFolder(userDir) ? cacheKey(env, false) : undefined;
    const own = key === undefined ? undefined : found(readEntry(userDir, sha, build, messageLang(), syntax, key));
    if (own) return own;
  }
  const { parseRubric } = await import('./load.js');
  const loaded = parseRubric(file, read.text);
  if (!loaded.ok) return loaded;
  if (userDir !== null) await writeEntry(userDir, loaded.value.rubric, loaded.warnings, build, syntax, env);
  return { ok: true, value: { rubric: loaded.value.rubric }, warnings: loaded.warnings };
}
