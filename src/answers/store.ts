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
import { loadAnswers } from './load.js';
import type { Answers, Contributor, Decision, Respondent } from './model.js';
import type { DocumentEntry, EvidenceRef } from '../evidence/model.js';
import { sameRef } from '../evidence/describe.js';

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

// YAML 1.1 and 1.2 words that a plain scalar would turn into a boolean or null.
const RESERVED_WORDS = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/** A key or id written plain when YAML reads it back as the same string, quoted otherwise. */
function yamlId(value: string): string {
  const word = /^[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*$/i.test(value) && !RESERVED_WORDS.test(value);
  // A semantic version has two dots, so YAML never reads it as a number.
  const version = /^\d+\.\d+\.\d+(?:-[0-9a-z]+(?:[.-][0-9a-z]+)*)?$/i.test(value);
  return word || version ? value : yamlText(value);
}

/**
 * A double-quoted YAML scalar for any text. JSON string syntax is valid YAML; the
 * characters YAML does not accept raw or that YAML 1.1 readers (PyYAML, older tools an
 * auditor may use) take as line breaks (DEL, C1 controls with NEL, line and paragraph
 * separators, BOM, non-characters) are escaped too, so pasted or hostile text reads back
 * exactly as it was typed, whatever reads it.
 */
function yamlText(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The answer file's text in the SPEC format: rubric, respondent, language, the answers in
 * rubric order (unanswered questions left out) and the comments. Pure and fast: it is
 * written after every answer.
 */
export function renderAnswerFile(rubric: Rubric, draft: AnswerDraft): string {
  const lines: string[] = [
    draft.contributors !== undefined && draft.contributors.length > 0
      ? "# readiness: one body's answers, merged from its units' files (see contributors). Continue: npx readiness assess --answers <this file>"
      : '# readiness: answers saved after every answer. Resume: npx readiness assess --answers <this file>',
    `rubric: {id: ${yamlId(draft.rubric.id)}, version: ${yamlId(draft.rubric.version)}}`,
    'respondent:',
    `  organization: ${yamlText(draft.respondent.organization)}`,
  ];
  for (const key of ['unit', 'name', 'position', 'type', 'region'] as const) {
    const value = draft.respondent[key];
    if (value !== undefined && value !== '') lines.push(`  ${key}: ${yamlText(value)}`);
  }
  if (draft.language !== undefined) lines.push(`language: ${yamlId(draft.language)}`);
  if (draft.unit !== undefined) lines.push(`unit: ${yamlId(draft.unit)}`);
  if (draft.asked !== undefined) lines.push(`asked: [${draft.asked.map(yamlId).join(', ')}]`);
  if (draft.date !== undefined) lines.push(`date: ${yamlText(draft.date)}`);

  const ordered = (map: ReadonlyMap<string, unknown>) => {
    const known = rubric.questions.filter((q) => map.has(q.id)).map((q) => q.id);
    // Ids outside the rubric never come from the interview; kept last rather than dropped.
    const rest = [...map.keys()].filter((id) => !rubric.questions.some((q) => q.id === id));
    return [...known, ...rest];
  };
  const answered = ordered(draft.answers);
  if (answered.length === 0) lines.push('answers: {}');
  else {
    lines.push('answers:');
    for (const id of answered) lines.push(`  ${yamlId(id)}: ${yamlId(draft.answers.get(id)!)}`);
  }
  const commented = ordered(draft.comments).filter((id) => draft.comments.get(id)!.trim() !== '');
  if (commented.length > 0) {
    lines.push('comments:');
    for (const id of commented) lines.push(`  ${yamlId(id)}: ${yamlText(draft.comments.get(id)!)}`);
  }
  if (draft.documents.size > 0) {
    lines.push('documents:');
    for (const [id, doc] of draft.documents) {
      const fields = DOCUMENT_FIELDS.filter((key) => doc[key] !== undefined).map((key) => `${key}: ${key === 'type' ? yamlId(doc[key]!) : yamlText(doc[key]!)}`);
      lines.push(`  ${yamlId(id)}: {${fields.join(', ')}}`);
    }
  }
  const evidenced = ordered(draft.evidence).filter((id) => hasEvidence(draft.evidence.get(id)!));
  if (evidenced.length > 0) {
    lines.push('evidence:');
    for (const id of evidenced) {
      const ref = draft.evidence.get(id)!;
      lines.push(`  ${yamlId(id)}: ${'text' in ref ? yamlText(ref.text) : `[${ref.documents.map(yamlId).join(', ')}]`}`);
    }
  }
  if (draft.contributors !== undefined && draft.contributors.length > 0) {
    lines.push('contributors:');
    for (const c of draft.contributors) {
      lines.push(`  - file: ${yamlText(c.file)}`);
      for (const key of ['unit', 'name', 'position'] as const) {
        const value = c[key];
        if (value !== undefined && value !== '') lines.push(`    ${key}: ${key === 'unit' ? yamlId(value) : yamlText(value)}`);
      }
      lines.push(`    answers: [${c.answers.map(yamlId).join(', ')}]`);
      if (c.evidence !== undefined) lines.push(`    evidence: [${c.evidence.map(yamlId).join(', ')}]`);
      if (c.documents !== undefined) lines.push(`    documents: [${c.documents.map(yamlId).join(', ')}]`);
    }
  }
  if (draft.decisions !== undefined && draft.decisions.length > 0) {
    lines.push('decisions:');
    for (const d of draft.decisions) {
      lines.push(`  - question: ${yamlId(d.question)}`, `    answer: ${yamlId(d.answer)}`, `    file: ${yamlText(d.file)}`, '    over:');
      for (const o of d.over) lines.push(`      - {answer: ${yamlId(o.answer)}, file: ${yamlText(o.file)}}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The answer file as JSON, for an answer file named `.json`: the same fields and order as
 * `renderAnswerFile`, so a file keeps the format it was given in.
 */
export function renderAnswerFileJson(rubric: Rubric, draft: AnswerDraft): string {
  const ordered = <V>(map: ReadonlyMap<string, V>) => {
    const ids = new Set(rubric.questions.map((q) => q.id));
    const out: Record<string, V> = {};
    for (const q of rubric.questions) if (map.has(q.id)) out[q.id] = map.get(q.id)!;
    for (const [id, value] of map) if (!ids.has(id)) out[id] = value;
    return out;
  };
  const respondent: Record<string, string> = { organization: draft.respondent.organization };
  for (const key of ['unit', 'name', 'position'] as const) {
    const value = draft.respondent[key];
    if (value !== undefined && value !== '') respondent[key] = value;
  }
  const comments = new Map([...draft.comments].filter(([, v]) => v.trim() !== ''));
  const evidence = new Map([...draft.evidence].filter(([, v]) => hasEvidence(v)).map(([id, v]) => [id, 'text' in v ? v.text : [...v.documents]] as const));
  const documents = Object.fromEntries([...draft.documents].map(([id, doc]) => [id, Object.fromEntries(DOCUMENT_FIELDS.filter((k) => doc[k] !== undefined).map((k) => [k, doc[k]]))]));
  const file: Record<string, unknown> = {
    rubric: { id: draft.rubric.id, version: draft.rubric.version },
    respondent,
    ...(draft.language !== undefined ? { language: draft.language } : {}),
    ...(draft.date !== undefined ? { date: draft.date } : {}),
    answers: ordered(draft.answers),
    ...(comments.size > 0 ? { comments: ordered(comments) } : {}),
    ...(draft.documents.size > 0 ? { documents } : {}),
    ...(evidence.size > 0 ? { evidence: ordered(evidence) } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A register entry's fields in the order they are written. */
const DOCUMENT_FIELDS = ['type', 'number', 'date', 'title', 'issuer', 'link'] as const;

/** Whether a reference says anything (an empty text or list is written as no evidence). */
function hasEvidence(ref: EvidenceRef): boolean {
  return 'text' in ref ? ref.text.trim() !== '' : ref.documents.length > 0;
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
}

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
    rubric: { ...draft.rubric },
    respondent: { ...draft.respondent },
    language: draft.language,
    ...(draft.date !== undefined ? { date: draft.date } : {}),
    answers: new Map(draft.answers),
    comments: new Map(draft.comments),
    documents: new Map(draft.documents),
    evidence: new Map(draft.evidence),
  };
}

/**
 * Takes into `ours` every change `theirs` made to `base` where `ours` did not change it:
 * a three-way merge by question id. What this process changed wins; what someone else
 * changed (added, altered, removed) is kept. Returns the ids taken from `theirs`.
 */
function mergeMap<V>(base: ReadonlyMap<string, V>, ours: Map<string, V>, theirs: ReadonlyMap<string, V>, same: (a: V | undefined, b: V | undefined) => boolean = (a, b) => a === b): string[] {
  const taken: string[] = [];
  for (const id of new Set([...base.keys(), ...theirs.keys()])) {
    if (!same(ours.get(id), base.get(id))) continue; // changed here: ours wins
    const value = theirs.get(id);
    if (same(value, ours.get(id))) continue;
    if (value === undefined) ours.delete(id);
    else ours.set(id, value);
    taken.push(id);
  }
  return taken;
}

/** Whether two register entries say the same (every field equal). */
function sameDocument(a: DocumentEntry | undefined, b: DocumentEntry | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return DOCUMENT_FIELDS.every((k) => a[k] === b[k]);
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
    const holder: LockHolder = { host: hostname(), pid: process.pid, since: new Date().toISOString() };
    for (let attempt = 0; ; attempt++) {
      try {
        writeFileSync(lockFile, `${JSON.stringify(holder)}\n`, { flag: 'wx', mode: 0o644 });
        this.#lockFile = lockFile;
        process.on('exit', this.#onExit);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const current = readLock(lockFile);
      const stale = current !== undefined && current.host === holder.host && !processAlive(current.pid);
      if (!stale || attempt > 0) throw new AnswerFileLocked(lockFile, current);
      rmSync(lockFile, { force: true });
    }
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
    const changed = this.#changedOnDisk(draft.respondent.organization);
    if (changed === 'foreign') {
      result.movedFrom = this.#file;
      this.#file = freePath(this.#file, (n) => `-${n + 1}`);
      result.file = this.#file;
    } else if (changed !== undefined) {
      const base = this.#base ?? { ...snapshot(draft), answers: new Map(), comments: new Map(), documents: new Map(), evidence: new Map() };
      const merged = [
        ...mergeMap(base.answers, draft.answers, changed.answers),
        ...mergeMap(base.comments, draft.comments, changed.comments),
        ...mergeMap(base.evidence, draft.evidence, changed.evidence, sameRef),
      ];
      // Register entries taken from the other side are no question ids: not reported as such.
      mergeMap(base.documents, draft.documents, changed.documents, sameDocument);
      if (merged.length > 0) result.merged = [...new Set(merged)];
    }
    mkdirSync(dirname(this.#file), { recursive: true });
    if (this.#backupPending && result.movedFrom === undefined) {
      result.backup = copyAside(this.#file, `.v${draftVersionOf(this.#file) ?? 'old'}.backup`);
      this.#backupPending = false;
    }
    const text = isJsonAnswerFile(this.#file) ? renderAnswerFileJson(this.rubric, draft) : renderAnswerFile(this.rubric, draft);
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
  #changedOnDisk(
    organization: string,
  ): { answers: Map<string, string>; comments: Map<string, string>; documents: Map<string, DocumentEntry>; evidence: Map<string, EvidenceRef> } | 'foreign' | undefined {
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
    const v = loaded.value;
    return { answers: new Map(v.answers), comments: new Map(v.comments), documents: new Map(v.documents), evidence: new Map(v.evidence) };
  }
}

function readLock(lockFile: string): LockHolder | undefined {
  try {
    const value = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockHolder>;
    if (typeof value.host === 'string' && typeof value.pid === 'number') return { host: value.host, pid: value.pid, since: String(value.since ?? '') };
  } catch {
    // unreadable or half written: treated as held by someone unknown
  }
  return undefined;
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
  const text = ext === '.json' ? renderAnswerFileJson(rubric, draft) : renderAnswerFile(rubric, draft);
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
  return isJsonAnswerFile(file) ? renderAnswerFileJson(rubric, draft) : renderAnswerFile(rubric, draft);
}
