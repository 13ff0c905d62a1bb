import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/**
 * A file written piece by piece that appears only whole: the text goes to a temporary file
 * in the target's folder; `commit` flushes it to disk and renames it over the target;
 * `abort` (or any failure) removes it and leaves the previous file untouched. Lets a
 * summary of ten thousand rows be written as the rows come, without holding them.
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

  private flush(): void {
    if (this.fd === undefined || this.buffer === '') return;
    const bytes = Buffer.from(this.buffer, 'utf8');
    this.buffer = '';
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
        // already failing; nothing more to report
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
