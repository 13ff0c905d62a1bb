import {
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { homedir, hostname, tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import type { Finding } from '../errors.js';
import { AtomicFileStream, writeFileAtomic } from '../io/atomic-write.js';
import type { Rubric } from '../rubric/model.js';
import { parseYaml } from '../source/parse-yaml.js';
import { ANSWER_LIMITS, readSource } from '../source/read-source.js';
import { loadAnswers, parseAnswers } from './load.js';
import { fileModel, renderJson, renderYaml, toPlain } from './write.js';
import type { Answers, Contributor, Decision, Respondent } from './model.js';
import type { DocumentEntry, EvidenceRef } from '../evidence/model.js';

/** What the interview holds in memory and saves after every answer. */
export interface AnswerDraft {
  rubric: { id: string; version: string };
  respondent: Respondent;
  language?: string;
  /** question id → option id. */
  answers: Map<string, string>;
  /** question id → free text. */
  comments: Map<string, string>;
  /** The assessment date (ISO). */
  date?: string;
  /** The body's register of documents: id → entry. */
  documents: Map<string, DocumentEntry>;
  /** question id → the documents that show the answer: register ids or a free reference. */
  evidence: Map<string, EvidenceRef>;
  /** A unit's file: its unit id and the questions it was asked. */
  unit?: string;
  asked?: readonly string[];
  /** A merged file: who gave which answer, and the conflicts settled by `--prefer`. */
  contributors?: readonly Contributor[];
  decisions?: readonly Decision[];
}

/** The answer file the interview saves to when `--answers` is not given. */
export const DEFAULT_ANSWERS_FILE = 'readiness-answers.yaml';

/**
 * The answer file's text in the SPEC format: rubric, respondent, language, a unit's `unit`
 * and `asked`, the answers in rubric order (unanswered questions left out), the comments and
 * evidence, a merged file's `contributors` and `decisions` (see `write.ts`, the one model
 * both formats are written from). Pure and fast: it is written after every answer.
 */
export function renderAnswerFile(rubric: Rubric, draft: AnswerDraft): string {
  const header =
    draft.contributors !== undefined && draft.contributors.length > 0
      ? "readiness: one body's answers, merged from its units' files (see contributors). Continue: npx readiness assess --answers <this file>"
      : 'readiness: answers saved after every answer. Resume: npx readiness assess --answers <this file>';
  return renderYaml(fileModel(rubric, draft), [header]);
}

/**
 * The answer file as JSON, for an answer file named `.json`: the same model, fields and
 * order as `renderAnswerFile`, so a file keeps the format it was given in and every field.
 */
export function renderAnswerFileJson(rubric: Rubric, draft: AnswerDraft): string {
  return renderJson(fileModel(rubric, draft));
}

/** The answer file in the format its name asks for: JSON for `.json`, else YAML. */
export function renderAnswerFileFor(file: string, rubric: Rubric, draft: AnswerDraft): string {
  return isJsonAnswerFile(file) ? renderAnswerFileJson(rubric, draft) : renderAnswerFile(rubric, draft);
}

/** Whether an answer file is kept as JSON (by its name), else YAML. */
export function isJsonAnswerFile(file: string): boolean {
  return extname(file).toLowerCase() === '.json';
}

/** A draft from answers loaded from a file, for resuming. */
export function draftFromAnswers(rubric: Rubric, answers: Answers): AnswerDraft {
  return {
    // Answers carried forward from another version are saved under the current one.
    rubric: { id: rubric.id, version: rubric.version },
    respondent: { ...answers.respondent },
    language: answers.language,
    ...(answers.date !== undefined ? { date: answers.date } : {}),
    answers: new Map(answers.answers),
    comments: new Map(answers.comments),
    documents: new Map(answers.documents),
    evidence: new Map(answers.evidence),
    ...(answers.unit !== undefined ? { unit: answers.unit } : {}),
    ...(answers.asked !== undefined ? { asked: [...answers.asked] } : {}),
    ...(answers.contributors !== undefined ? { contributors: answers.contributors } : {}),
    ...(answers.decisions !== undefined ? { decisions: answers.decisions } : {}),
  };
}

/** What is found at the answer file's path when the interview starts. */
export type OpenedAnswers =
  | { kind: 'new' }
  | { kind: 'resume'; answers: Answers; warnings: Finding[] }
  | { kind: 'invalid'; findings: Finding[] };

/** Looks at the answer file: absent (a new interview), resumable, or refused with every finding. */
export function openAnswerFile(file: string, rubric: Rubric): OpenedAnswers {
  if (!existsSync(file)) return { kind: 'new' };
  const loaded = loadAnswers(file, rubric);
  if (!loaded.ok) return { kind: 'invalid', findings: loaded.findings };
  return { kind: 'resume', answers: loaded.value, warnings: loaded.warnings };
}

/** The first path beside `file`, `<stem><suffix(n)><ext>` for n = 1, 2, …, that does not exist yet. */
function freePath(file: string, suffix: (n: number) => string): string {
  const ext = extname(file);
  const stem = basename(file, ext);
  for (let n = 1; ; n++) {
    const candidate = join(dirname(file), `${stem}${suffix(n)}${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Moves the answer file aside for `--restart` and returns where it went: beside it, as
 * `<name>.backup.yaml` (then `.backup-2.yaml`, …), never over an earlier backup. The backup
 * keeps its extension, so `readiness score` reads it like any answer file.
 */
export function backupAnswerFile(file: string): string {
  for (;;) {
    const backup = freePath(file, (n) => (n === 1 ? '.backup' : `.backup-${n}`));
    try {
      // A hard link cannot overwrite (EEXIST), so two runs never share a backup name.
      linkSync(file, backup);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      copyFileSync(file, backup, constants.COPYFILE_EXCL);
    }
    unlinkSync(file);
    return backup;
  }
}

/** The organization named by an answer file on disk, if it can be read at all. */
export function organizationOf(file: string): string | undefined {
  const read = readSource(file);
  if (!read.ok) return undefined;
  const parsed = parseYaml(file, read.text, ANSWER_LIMITS);
  if (!parsed.ok) return undefined;
  const value = parsed.source.value as { respondent?: { organization?: unknown } } | null;
  const org = value?.respondent?.organization;
  return typeof org === 'string' ? org : undefined;
}

/** Compares organization names as a person would: case, spacing and Unicode form aside. */
export function sameOrganization(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(a) === norm(b);
}

/** What a save did: written where asked, or moved to a free file because someone else's answers appeared there. */
export type SaveResult = {
  file: string;
  movedFrom?: string;
  /** The file had been changed meanwhile (a hand edit, another program); these ids were taken from it. */
  merged?: string[];
  /** A copy of the file as it was, made before the first save under another rubric version. */
  backup?: string;
};

/** Who holds an answer file's lock: written into `<file>.lock`. */
export interface LockHolder {
  host: string;
  pid: number;
  since: string;
  /** The holder's start time (Linux: clock ticks since boot, `/proc/<pid>/stat`): a reused PID has another. */
  start?: string;
  /** The boot the holder ran in (Linux: `/proc/sys/kernel/random/boot_id`): after a reboot no holder is alive. */
  boot?: string;
}

/** A process's start time, as the kernel keeps it; undefined where there is no /proc or no such process. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses): starttime is field 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

let bootId: string | null | undefined;
function currentBoot(): string | undefined {
  if (bootId === undefined) {
    try {
      bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
    } catch {
      bootId = null;
    }
  }
  return bootId ?? undefined;
}

/**
 * Whether a lock on this computer was left by an interview that is gone: its process is not
 * running; or it is this very process (a lock by PID 1 in a container, found by the next PID 1);
 * or the PID now belongs to another process (another start time, another boot).
 */
function staleHolder(holder: LockHolder, lockFile: string): boolean {
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return !heldHere.has(lockFile);
  if (!processAlive(holder.pid)) return true;
  const boot = currentBoot();
  if (holder.boot !== undefined && boot !== undefined && holder.boot !== boot) return true;
  if (holder.start !== undefined) {
    const start = processStart(holder.pid);
    if (start !== undefined && start !== holder.start) return true;
  }
  return false;
}

const pause = new Int32Array(new SharedArrayBuffer(4));
/** The lock files this process holds: its own PID in one of them is no stale lock. */
const heldHere = new Set<string>();

/** Another interview holds the answer file; it says who and where. */
export class AnswerFileLocked extends Error {
  override readonly name = 'AnswerFileLocked';
  constructor(
    readonly lockFile: string,
    readonly holder: LockHolder | undefined,
  ) {
    super(`${lockFile}: locked`);
  }
}

function snapshot(draft: AnswerDraft): AnswerDraft {
  return {
    ...draft,
    rubric: { ...draft.rubric },
    respondent: { ...draft.respondent },
    answers: new Map(draft.answers),
    comments: new Map(draft.comments),
    documents: new Map(draft.documents),
    evidence: new Map(draft.evidence),
  };
}

/**
 * The draft as flat fields for a three-way merge, from the model both writers use (so a field
 * added there is merged too): each entry of a block map (the respondent's fields, each
 * question's answer, comment, evidence) on its own, every other field whole. The rubric is
 * left out: a save always names the current version. Keys are `[field, entry]` as JSON.
 */
function flatFields(rubric: Rubric, draft: AnswerDraft): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, node] of fileModel(rubric, draft)) {
    if (key === 'rubric') continue;
    if (node.kind === 'map' && node.flow !== true) {
      for (const [entry, value] of node.entries) out.set(JSON.stringify([key, entry]), JSON.stringify(toPlain(value)));
      // An empty map is a field too (answers before the first answer).
      if (node.entries.length === 0) out.set(JSON.stringify([key]), '{}');
    } else out.set(JSON.stringify([key]), JSON.stringify(toPlain(node)));
  }
  return out;
}

/** The fields a person names: a question's id for its answer, comment or evidence, else `respondent.name`, `language`, …. */
function fieldName(flatKey: string): string {
  const [field, entry] = JSON.parse(flatKey) as [string, string?];
  if (entry === undefined) return field;
  return field === 'answers' || field === 'comments' || field === 'evidence' ? entry : `${field}.${entry}`;
}

/**
 * Takes into `ours` every change `theirs` made to `base` where `ours` did not change it: a
 * three-way merge of every field (see `flatFields`). What this process changed wins; what
 * someone else changed (added, altered, removed) is kept. Returns the merged draft and the
 * fields taken from `theirs`, or undefined when the result would not be a valid file (the
 * caller then keeps the file as it is and saves beside it).
 */
function mergeDrafts(rubric: Rubric, base: AnswerDraft, ours: AnswerDraft, theirs: AnswerDraft): { draft: AnswerDraft; taken: string[] } | undefined {
  const b = flatFields(rubric, base);
  const o = flatFields(rubric, ours);
  const t = flatFields(rubric, theirs);
  const merged = new Map(o);
  const taken: string[] = [];
  for (const key of new Set([...b.keys(), ...t.keys()])) {
    if (o.get(key) !== b.get(key)) continue; // changed here: ours wins
    const value = t.get(key);
    if (value === o.get(key)) continue;
    if (value === undefined) merged.delete(key);
    else merged.set(key, value);
    taken.push(key);
  }
  if (taken.length === 0) return { draft: ours, taken: [] };
  const file: Record<string, Record<string, unknown> | unknown> = { rubric: { ...ours.rubric } };
  for (const [key, value] of merged) {
    const [field, entry] = JSON.parse(key) as [string, string?];
    if (entry === undefined) file[field] = JSON.parse(value);
    else {
      const holder = (file[field] ??= Object.create(null)) as Record<string, unknown>;
      holder[entry] = JSON.parse(value);
    }
  }
  const parsed = parseAnswers('merged.json', JSON.stringify(file), rubric);
  if (!parsed.ok) return undefined;
  return { draft: draftFromAnswers(rubric, parsed.value), taken: [...new Set(taken.map(fieldName))] };
}

/** Makes `target` hold what `source` holds, keeping its maps (the interview holds them). */
function assignDraft(target: AnswerDraft, source: AnswerDraft): void {
  const maps = ['answers', 'comments', 'documents', 'evidence'] as const;
  for (const key of maps) {
    const into = target[key] as Map<string, unknown>;
    into.clear();
    for (const [k, v] of source[key]) into.set(k, v);
  }
  const t = target as unknown as Record<string, unknown>;
  const s = source as unknown as Record<string, unknown>;
  for (const key of new Set([...Object.keys(t), ...Object.keys(s)])) {
    if ((maps as readonly string[]).includes(key)) continue;
    if (s[key] === undefined) delete t[key];
    else t[key] = s[key];
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Saves the interview's answers atomically after every answer, in the file's own format
 * (JSON for `.json`, else YAML), through a symbolic link to the file it names, keeping the
 * file's permissions. No answer is lost to another writer:
 * - `lock()` takes `<file>.lock` (host, pid, time): a second interview on the same file is
 *   refused with who holds it; a lock left by a process that is gone (same host) is taken over;
 * - before each save it checks whether the file changed since it was read or written (a hand
 *   edit, another program): if so it reads it again and merges, keeping what the other side
 *   changed and what this interview changed; a file that now belongs to another organization
 *   (or cannot be read) is never overwritten: the answers go to a free file beside it.
 */
export class AnswerStore {
  #file: string;
  #last: Stats | undefined;
  #base: AnswerDraft | undefined;
  #lockFile: string | undefined;
  #backupPending = false;
  readonly #onExit = () => this.release();

  constructor(
    file: string,
    private readonly rubric: Rubric,
  ) {
    this.#file = file;
    this.#last = existsSync(file) ? statSync(file) : undefined;
  }

  /** The file the answers are saved to now. */
  get file(): string {
    return this.#file;
  }

  /** The answers as read from the file (a resumed interview): what a later save merges against. */
  setBase(draft: AnswerDraft): void {
    this.#base = snapshot(draft);
  }

  /** Before the first save, copy the file aside (it was written for another rubric version). */
  backupBeforeFirstSave(): void {
    this.#backupPending = existsSync(this.#file);
  }

  /** The lock file's path: beside the real file, so two links to one file share it. */
  #lockPath(): string {
    let real = this.#file;
    try {
      real = realpathSync(this.#file);
    } catch {
      // not there yet
    }
    return `${real}.lock`;
  }

  /**
   * Takes the file's lock, or throws `AnswerFileLocked` naming the holder. Released by
   * `release()` and when the process exits.
   */
  lock(): void {
    const lockFile = this.#lockPath();
    mkdirSync(dirname(lockFile), { recursive: true });
    const start = processStart(process.pid);
    const boot = currentBoot();
    const holder: LockHolder = {
      host: hostname(),
      pid: process.pid,
      since: new Date().toISOString(),
      ...(start !== undefined ? { start } : {}),
      ...(boot !== undefined ? { boot } : {}),
    };
    // A stale lock is taken over under a second lock (a folder, made atomically): only one
    // process at a time may check a stale lock again and remove it, so no process ever removes
    // a lock another has just taken. Creating a lock needs no such step: `wx` fails while any
    // lock file is there.
    const takeover = `${lockFile}.takeover`;
    for (let attempt = 0; attempt < 400; attempt++) {
      try {
        writeFileSync(lockFile, `${JSON.stringify(holder)}\n`, { flag: 'wx', mode: 0o644 });
        this.#lockFile = lockFile;
        heldHere.add(lockFile);
        process.on('exit', this.#onExit);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const seen = readLockText(lockFile);
      const current = seen === undefined ? undefined : parseLock(seen);
      if (current === undefined || !staleHolder(current, lockFile)) {
        if (seen === undefined && attempt < 5) continue; // gone meanwhile: try again
        throw new AnswerFileLocked(lockFile, current);
      }
      try {
        mkdirSync(takeover);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        // Another process is taking it over; a takeover left by a killed process expires.
        try {
          if (Date.now() - statSync(takeover).mtimeMs > 10_000) rmSync(takeover, { recursive: true, force: true });
        } catch {
          // gone already
        }
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      try {
        // Still the same stale lock (not one taken meanwhile): remove it.
        if (readLockText(lockFile) === seen) rmSync(lockFile, { force: true });
      } finally {
        rmSync(takeover, { recursive: true, force: true });
      }
    }
    throw new AnswerFileLocked(lockFile, readLock(lockFile));
  }

  /** Gives the lock back (safe to call twice, and without a lock). */
  release(): void {
    if (this.#lockFile === undefined) return;
    try {
      const current = readLock(this.#lockFile);
      if (current?.pid === process.pid && current.host === hostname()) unlinkSync(this.#lockFile);
    } catch {
      // gone already
    }
    heldHere.delete(this.#lockFile);
    this.#lockFile = undefined;
    process.off('exit', this.#onExit);
  }

  /**
   * Throws the file-system error that would make every save fail (a path through a file, a
   * folder that cannot be written, a read-only answer file), before any question is asked:
   * creates the folder and a temporary file beside the answer file, then removes it.
   */
  checkWritable(): void {
    mkdirSync(dirname(this.#file), { recursive: true });
    new AtomicFileStream(this.#file, { followLink: true }).abort();
  }

  /**
   * Writes the draft (temporary file, fsync, rename), merged first with any change made to
   * the file meanwhile (the draft is updated in place). If the path was taken over by another
   * body, writes to `<name>-2.yaml` (or the next free name) from then on. Throws file-system
   * errors for the caller to report.
   */
  save(draft: AnswerDraft): SaveResult {
    const result: SaveResult = { file: this.#file };
    let changed = this.#changedOnDisk(draft.respondent.organization);
    if (changed !== undefined && changed !== 'foreign') {
      // Before the first save of a new interview, everything on disk is someone else's.
      const base = this.#base ?? { ...snapshot(draft), answers: new Map(), comments: new Map(), documents: new Map(), evidence: new Map() };
      const merged = mergeDrafts(this.rubric, base, draft, draftFromAnswers(this.rubric, changed));
      if (merged === undefined) changed = 'foreign';
      else {
        if (merged.draft !== draft) assignDraft(draft, merged.draft);
        if (merged.taken.length > 0) result.merged = merged.taken;
      }
    }
    if (changed === 'foreign') {
      result.movedFrom = this.#file;
      this.#file = freePath(this.#file, (n) => `-${n + 1}`);
      result.file = this.#file;
    }
    mkdirSync(dirname(this.#file), { recursive: true });
    if (this.#backupPending && result.movedFrom === undefined) {
      result.backup = copyAside(this.#file, `.v${draftVersionOf(this.#file) ?? 'old'}.backup`);
      this.#backupPending = false;
    }
    const text = renderAnswerFileFor(this.#file, this.rubric, draft);
    writeFileAtomic(this.#file, text, { followLink: true });
    this.#last = statSync(this.#file);
    this.#base = snapshot(draft);
    return result;
  }

  /**
   * What is on disk now, when it is not what this store last read or wrote: undefined when
   * unchanged (or absent); the answers in it when it still belongs to this body; 'foreign'
   * when it names another (or an unknown) organization or cannot be read as answers. Every
   * save renames a new file into place, so the same inode, time and size mean it is unchanged.
   */
  #changedOnDisk(organization: string): Answers | 'foreign' | undefined {
    let now: Stats;
    try {
      now = statSync(this.#file);
    } catch {
      return undefined;
    }
    const last = this.#last;
    if (last && now.ino === last.ino && now.mtimeMs === last.mtimeMs && now.size === last.size) return undefined;
    const loaded = loadAnswers(this.#file, this.rubric);
    if (!loaded.ok) return 'foreign';
    if (!sameOrganization(loaded.value.respondent.organization, organization)) return 'foreign';
    return loaded.value;
  }
}

function readLockText(lockFile: string): string | undefined {
  try {
    return readFileSync(lockFile, 'utf8');
  } catch {
    return undefined;
  }
}

function parseLock(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.host === 'string' && typeof value.pid === 'number') {
      return {
        host: value.host,
        pid: value.pid,
        since: String(value.since ?? ''),
        ...(typeof value.start === 'string' ? { start: value.start } : {}),
        ...(typeof value.boot === 'string' ? { boot: value.boot } : {}),
      };
    }
  } catch {
    // half written: treated as held by someone unknown
  }
  return undefined;
}

function readLock(lockFile: string): LockHolder | undefined {
  const text = readLockText(lockFile);
  return text === undefined ? undefined : parseLock(text);
}

/** The rubric version an answer file names, read without checking anything else. */
function draftVersionOf(file: string): string | undefined {
  const read = readSource(file);
  if (!read.ok) return undefined;
  const parsed = parseYaml(file, read.text, ANSWER_LIMITS);
  if (!parsed.ok) return undefined;
  const version = (parsed.source.value as { rubric?: { version?: unknown } } | null)?.rubric?.version;
  return typeof version === 'string' && /^[\w.+-]+$/.test(version) ? version : undefined;
}

/** Copies `file` to a free name beside it (`<stem><suffix><ext>`, then `-2`, …); never over another file. */
function copyAside(file: string, suffix: string): string {
  for (;;) {
    const backup = freePath(file, (n) => (n === 1 ? suffix : `${suffix}-${n}`));
    try {
      copyFileSync(file, backup, constants.COPYFILE_EXCL);
      return backup;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Saves the answers somewhere else when their own file cannot be written (a full disk, a
 * folder gone read-only): a new file in the temporary folder, else in the home folder, named
 * after the answer file with the time and a random suffix. Returns its path, or undefined
 * when nothing could be written anywhere (the caller then prints the answers).
 */
export function saveFallback(rubric: Rubric, draft: AnswerDraft, file: string): string | undefined {
  const ext = isJsonAnswerFile(file) ? '.json' : '.yaml';
  const stem = basename(file, extname(file)).replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'readiness-answers';
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  const text = renderAnswerFileFor(`x${ext}`, rubric, draft);
  for (const dir of [tmpdir(), homedir()]) {
    const target = join(dir, `${stem}.unsaved-${stamp}-${randomBytes(3).toString('hex')}${ext}`);
    try {
      writeFileSync(target, text, { flag: 'wx', mode: 0o600 });
      return target;
    } catch {
      // try the next place
    }
  }
  return undefined;
}

/** The answers as the file would hold them, to print when they could be saved nowhere. */
export function answersText(rubric: Rubric, draft: AnswerDraft, file: string): string {
  return renderAnswerFileFor(file, rubric, draft);
}
