import { writeSync } from 'node:fs';
import { ExitError } from '../errors.js';
import { m } from '../i18n/messages.js';
import { describeFsError } from '../source/read-source.js';

/**
 * A failed write to the command's output: a full disk (ENOSPC), a file-size limit (EFBIG), an
 * I/O error. Exit 1 with one sentence in the reader's language: the output is not whole, so
 * the command did not succeed. A closed pipe (`readiness … | head`) exits 141, as a program
 * killed by SIGPIPE does, without a message.
 */
export class OutputError extends ExitError {
  override readonly name = 'OutputError';
}

/** The error a failed write of the output ends the command with. */
export function outputError(error: unknown): OutputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EPIPE') return new OutputError(141, '');
  return new OutputError(1, `readiness: ${m('outputFailed', { reason: describeFsError(error) })}`);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to `fd`, checking each write's byte count: Node's stream for a file
 * gives one `write(2)` and drops what it did not take (a full disk after the first blocks, a
 * file-size limit), and reports nothing. A descriptor left non-blocking by whoever opened it
 * (EAGAIN) is waited for. Throws `OutputError`.
 */
export function writeAll(fd: number, text: string | Uint8Array): void {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 5);
        continue;
      }
      throw outputError(error);
    }
  }
}

/**
 * The process's stdout for the commands: on a terminal Node's own stream (the interview's
 * prompts write there too); redirected to a file, a pipe or a socket, every `write` goes
 * through `writeAll`, so output that does not reach its place ends the command with an error
 * instead of exit 0. Everything else (isTTY, columns, events) is the stream's.
 */
export function checkedStdout(stream: NodeJS.WriteStream, fd = 1): NodeJS.WriteStream {
  // A stream without a descriptor (a test harness's) is left as it is.
  if (stream.isTTY || (stream as { fd?: unknown }).fd !== fd) return stream;
  return new Proxy(stream, {
    get(target, key, receiver) {
      // A write replaced on the stream itself is a capture (the build's help text, a test): used as is.
      if (key !== 'write' || Object.hasOwn(target, 'write')) return Reflect.get(target, key, receiver) as unknown;
      return (chunk: string | Uint8Array, encoding?: BufferEncoding | ((e?: Error | null) => void), callback?: (e?: Error | null) => void) => {
        const done = typeof encoding === 'function' ? encoding : callback;
        writeAll(fd, typeof chunk === 'string' && typeof encoding === 'string' && encoding !== 'utf8' ? Buffer.from(chunk, encoding) : chunk);
        done?.(null);
        return true;
      };
    },
  });
}

/** Writes to the process's stdout as `checkedStdout` does: whole, or an `OutputError`. */
export function writeStdout(text: string): void {
  if (process.stdout.isTTY || Object.hasOwn(process.stdout, 'write')) process.stdout.write(text);
  else writeAll(1, text);
}
