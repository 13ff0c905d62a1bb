import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** How a file is replaced. */
export interface AtomicOptions {
  /**
   * Write through a symbolic link to the file it names (the answer file: a link into a
   * shared folder must stay a link and its target must get the answers). Off for reports:
   * a link planted in an output folder is replaced, never followed.
   */
  followLink?: boolean;
  /** Never replace an existing file: the commit fails with EEXIST instead (a link, not a rename). */
  noClobber?: boolean;
}

/** A `permission denied` error for a target that is read-only: replaced by rename, it would not be. */
function readOnlyError(target: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: the file is read-only, '${target}'`), { code: 'EACCES', path: target });
}

/**
 * The file to replace and what it is now: through a link when asked, refusing a read-only
 * file (a rename would replace it regardless of its mode, which is not what its owner meant).
 */
function resolveTarget(target: string, options: AtomicOptions): { path: string; existing: Stats | undefined } {
  let path = target;
  if (options.followLink) {
    try {
      const link = lstatSync(target);
      if (link.isSymbolicLink()) {
        if (!trustedLink(target, link)) throw foreignLinkError(target, link.uid);
        path = realpathSync(target);
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A dangling link: it stays a link, and the file it names is created.
      if (code === 'ENOENT') path = danglingTarget(target) ?? target;
      else throw error;
    }
  }
  let existing: Stats | undefined;
  try {
    existing = statSync(path);
  } catch {
    existing = undefined;
  }
  if (existing?.isFile()) {
    // No write bit at all: read-only on purpose, even for root (who may write anything).
    if ((existing.mode & 0o222) === 0) throw readOnlyError(target);
    // Not writable by this user (EACCES) or on a read-only file system (EROFS).
    accessSync(path, constants.W_OK);
  }
  return { path, existing };
}

/**
 * Whether a link may be followed to write through it: the kernel's rule for links in shared
 * folders (fs.protected_symlinks), applied by this tool too, since it resolves a dangling link
 * itself: a link owned by the user writing, or by the owner of the folder it sits in. A link
 * planted in a shared sticky folder by someone else is never followed (it could make the
 * interview create a file wherever it points).
 */
function trustedLink(link: string, stat: Stats): boolean {
  const uid = process.getuid?.();
  if (uid === undefined || stat.uid === uid || stat.uid === 0) return true;
  try {
    return statSync(dirname(link)).uid === stat.uid;
  } catch {
    return false;
  }
}

/**
 * The permission error for another user's link, carrying who owns it, so that the message
 * (`describeFsError`) can say why rather than a bare "permission denied".
 */
export interface ForeignLinkError extends NodeJS.ErrnoException {
  code: 'EACCES';
  path: string;
  /** The link's owner: its uid, and its name when the password file has one. */
  linkOwner: { uid: number; name?: string };
}

function foreignLinkError(target: string, uid: number): ForeignLinkError {
  const name = userName(uid);
  return Object.assign(new Error(`EACCES: a link owned by another user (uid ${uid}), not followed, '${target}'`), {
    code: 'EACCES' as const,
    path: target,
    linkOwner: name === undefined ? { uid } : { uid, name },
  });
}

/**
 * The login name of `uid` from the password file, read only when a link is refused (the
 * error path): undefined when there is none (a container's bare uid, a directory service).
 */
function userName(uid: number): string | undefined {
  try {
    const stat = statSync('/etc/passwd');
    if (!stat.isFile() || stat.size > 4 * 1024 * 1024) return undefined;
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const fields = line.split(':');
      if (fields.length >= 3 && fields[2] === String(uid) && fields[0] !== '') return fields[0];
    }
  } catch {
    // no password file: the uid alone names the owner
  }
  return undefined;
}

function danglingTarget(link: string): string | undefined {
  try {
    const stat = lstatSync(link);
    if (!stat.isSymbolicLink()) return undefined;
    if (!trustedLink(link, stat)) throw foreignLinkError(link, stat.uid);
    return resolve(dirname(link), readlinkSync(link, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES') throw error;
    return undefined;
  }
}

/**
 * Opens a new temporary file beside `target` with an unpredictable name (random suffix,
 * O_EXCL, retried on a clash), so neither a leftover of a killed run nor another process
 * with the same pid (PID 1 in every container) can make a write fail or be hijacked.
 */
function openTemporary(target: string, mode: number): { tmp: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    // The pid lets a later run recognise a leftover of a process that is gone (temporaryFileOf).
    const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      return { tmp, fd: openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 8) throw error;
    }
  }
}

/**
 * A file written piece by piece that appears only whole, the one way this tool writes files
 * (answer files, reports, summaries): the bytes go to a temporary file in the target's
 * folder; `commit` flushes them to disk (fsync), renames the temporary file over the target
 * and syncs the folder so the rename itself survives a power cut; `abort` (or any failure)
 * removes the temporary file and leaves the previous file untouched. A reader, a crash or a
 * full disk never sees a half-written file. Lets a summary of ten thousand rows be written
 * as the rows come, without holding them.
 *
 * A file it replaces keeps its permissions (a 0600 answer file stays 0600) and, where the
 * process may set it, its owner; a read-only file is refused (EACCES) rather than replaced.
 *
 * Why not the `write-file-atomic` package: it takes the whole content at once, and the batch
 * summary must stream (a hundred thousand rows without holding them); it does not sync the
 * folder after the rename. Mode, owner, links and random names are done here the same way.
 */
export class AtomicFileStream {
  private fd: number | undefined;
  private readonly tmp: string;
  private buffer = '';
  /** The file actually replaced: `target`, or the file a followed link names. */
  readonly path: string;
  private readonly noClobber: boolean;

  constructor(
    readonly target: string,
    options: AtomicOptions = {},
  ) {
    const { path, existing } = resolveTarget(target, options);
    this.path = path;
    this.noClobber = options.noClobber === true;
    const mode = existing ? existing.mode & 0o7777 : 0o644;
    const opened = openTemporary(path, mode);
    this.tmp = opened.tmp;
    this.fd = opened.fd;
    try {
      if (existing) {
        // The umask narrowed the mode given to open; set it exactly.
        fchmodSync(this.fd, mode);
        if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) {
          try {
            fchownSync(this.fd, existing.uid, existing.gid);
          } catch {
            // Only root may give a file away; an ordinary user's file is theirs anyway.
          }
        }
      }
    } catch (error) {
      this.abort();
      throw error;
    }
  }

  /** Appends text; it reaches the file in blocks. */
  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= 1 << 16) this.flush();
  }

  /** Appends bytes as they are. */
  writeBytes(bytes: Uint8Array): void {
    this.flush();
    this.writeAll(bytes);
  }

  private flush(): void {
    if (this.buffer === '') return;
    const bytes = Buffer.from(this.buffer, 'utf8');
    this.buffer = '';
    this.writeAll(bytes);
  }

  private writeAll(bytes: Uint8Array): void {
    if (this.fd === undefined) throw new Error(`${this.target}: already closed`);
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(this.fd, bytes, offset, bytes.length - offset);
  }

  /** Flushes, syncs and renames the file into place. Throws (after cleaning up) on failure. */
  commit(): void {
    if (this.fd === undefined) throw new Error(`${this.target}: already closed`);
    try {
      this.flush();
      fsyncSync(this.fd);
      closeSync(this.fd);
      this.fd = undefined;
      if (this.noClobber) {
        // link() fails with EEXIST where rename() would replace: the check and the write are one step.
        linkSync(this.tmp, this.path);
        unlinkSync(this.tmp);
      } else renameSync(this.tmp, this.path);
    } catch (error) {
      this.abort();
      throw error;
    }
    syncDir(dirname(this.path));
  }

  /** Drops the temporary file; the target is left as it was. Safe to call twice. */
  abort(): void {
    this.buffer = '';
    if (this.fd !== undefined) {
      try {
        closeSync(this.fd);
      } catch {
        // already failing; the original error is the one to report
      }
      this.fd = undefined;
    }
    try {
      unlinkSync(this.tmp);
    } catch {
      // renamed already, or never created
    }
  }
}

/**
 * Writes a whole file atomically (see `AtomicFileStream`). On any failure the previous file
 * is untouched and no temporary file is left; the error is rethrown for the caller to report.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicOptions = {}): void {
  const file = new AtomicFileStream(target, options);
  try {
    if (typeof data === 'string') file.write(data);
    else file.writeBytes(data);
  } catch (error) {
    file.abort();
    throw error;
  }
  file.commit();
}

function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a folder; the file itself is already durable.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Whether `name`, a file in the target's folder, is a temporary file `AtomicFileStream`
 * made for `target` (the name its constructor gives), and if so the process that made it.
 * A writer killed mid-save leaves one behind; this recognises it and nothing else.
 */
export function temporaryFileOf(target: string, name: string): { pid: number } | undefined {
  const prefix = `.${basename(target)}.`;
  if (!name.startsWith(prefix) || !name.endsWith('.tmp')) return undefined;
  // `<pid>.<random hex>` (and `<pid>.<counter>`, as 0.1.0 named them).
  const match = /^(\d+)\.[0-9a-f]+$/.exec(name.slice(prefix.length, -'.tmp'.length));
  return match ? { pid: Number(match[1]) } : undefined;
}
