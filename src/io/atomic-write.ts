import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/**
 * A file written piece by piece that appears only whole, the one way this tool writes files
 * (answer files, reports, summaries): the bytes go to a temporary file in the target's
 * folder; `commit` flushes them to disk (fsync), renames the temporary file over the target
 * and syncs the folder so the rename itself survives a power cut; `abort` (or any failure)
 * removes the temporary file and leaves the previous file untouched. A reader, a crash or a
 * full disk never sees a half-written file. Lets a summary of ten thousand rows be written
 * as the rows come, without holding them.
 */
export class AtomicFileStream {
  private fd: number | undefined;
  private readonly tmp: string;
  private buffer = '';

  constructor(readonly target: string) {
    this.tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${++counter}.tmp`);
    this.fd = openSync(this.tmp, 'wx', 0o644);
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
      renameSync(this.tmp, this.target);
    } catch (error) {
      this.abort();
      throw error;
    }
    syncDir(dirname(this.target));
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
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const file = new AtomicFileStream(target);
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
  const match = /^(\d+)\.\d+$/.exec(name.slice(prefix.length, -'.tmp'.length));
  return match ? { pid: Number(match[1]) } : undefined;
}
