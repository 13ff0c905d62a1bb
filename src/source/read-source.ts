import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Finding } from '../errors.js';
import { m, messageLang } from '../i18n/messages.js';
import { formatNumber } from '../i18n/numbers.js';
import { printable } from './printable.js';


/**
 * Keys that could reach an object's prototype if a later step copied them naively: the
 * guarded parser refuses them, the quick readers step aside on them, the rubric rules refuse
 * them as ids. One list for all of them.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Limits every loader applies before parsing anything. */
export const INPUT_LIMITS = {
  /** Largest rubric or answer file accepted, in bytes. The default rubric is far below it. */
  maxBytes: 2 * 1024 * 1024,
  /** Deepest nesting of collections; real rubrics need 6, answer files 3. */
  maxDepth: 64,
  /** Most alias expansions while building values; refuses "billion laughs" documents. */
  maxAliasCount: 100,
  /**
   * Most keys in one map. An answer file has one per question, a rubric far fewer; a map
   * with more is hostile or broken, and refusing it bounds every later step.
   */
  maxKeys: 10_000,
  /**
   * Most YAML tokens (keys, values, punctuation) in one file. The yaml library needs some
   * 3 µs a token, so this bounds the time any file may take (well under a second) and with
   * it how long Ctrl-C can wait. The default rubric has 14,000; an answer file for a rubric
   * of 6,000 questions some 50,000.
   */
  maxTokens: 200_000,
} as const;

/**
 * The limits for answer files: those above, with fewer tokens. A batch hears Ctrl-C only
 * between files, so the slowest file allowed bounds how long it waits; at 50,000 tokens the
 * worst shapes (deep flow collections, many aliases, flow maps) take a fifth of a second to
 * refuse on a shared two-core machine, four times less than at the rubric's cap. An answer
 * file needs some 10 tokens per question (30 with a comment and a document named): 50,000
 * is an answer file for a rubric of over 1,500 questions; the default rubric has 42.
 */
export const ANSWER_LIMITS = { ...INPUT_LIMITS, maxTokens: 50_000 } as const;

export type ReadResult = { ok: true; text: string } | { ok: false; finding: Finding };

function fail(file: string, message: string, line?: number, column?: number): { ok: false; finding: Finding } {
  return { ok: false, finding: { file, line, column, message, severity: 'error' } };
}

/**
 * Reads a text file for parsing: refuses files over the size cap before reading them,
 * binary and non-UTF-8 content with the position of the first bad byte, and strips a
 * UTF-8 byte-order mark (files saved by Windows tools). Never throws for bad input.
 */
export function readSource(file: string, maxBytes: number = INPUT_LIMITS.maxBytes): ReadResult {
  const read = readBytes(file, maxBytes);
  return read.ok ? decodeText(file, read.bytes) : read;
}

/** Reads a file's bytes with the same refusals as `readSource` (size cap, folders, FIFOs, devices), for a binary format. */
export function readBytes(file: string, maxBytes: number = INPUT_LIMITS.maxBytes): { ok: true; bytes: Buffer } | { ok: false; finding: Finding } {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer, for ever.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return fail(file, describeFsError(error));
  }
  let bytes: Buffer;
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return fail(file, m('isFolder'));
    // A FIFO, a device (`/dev/zero`, `/dev/urandom` behind a link) or a socket has no size
    // to check and may never end: refused before a byte is read.
    if (!stat.isFile()) return fail(file, m('notRegularFile'));
    if (stat.size > maxBytes) {
      return fail(file, m('tooLarge', { size: formatBytes(stat.size), limit: formatBytes(maxBytes) }));
    }
    // At most one byte over the cap is read: the file may have grown since fstat.
    bytes = readAtMost(fd, maxBytes + 1, stat.size);
    if (bytes.length > maxBytes) {
      return fail(file, m('tooLarge', { size: `> ${formatBytes(maxBytes)}`, limit: formatBytes(maxBytes) }));
    }
  } catch (error) {
    return fail(file, describeFsError(error));
  } finally {
    closeSync(fd);
  }
  return { ok: true, bytes };
}

/** Reads from `fd` until end of file or `limit` bytes, whichever comes first. */
function readAtMost(fd: number, limit: number, expected: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  // Sized for what fstat said, plus one byte to see the end: one read for most files.
  let buffer = Buffer.allocUnsafe(Math.max(1, Math.min(limit, expected + 1)));
  for (;;) {
    const n = readSync(fd, buffer, 0, Math.min(buffer.length, limit - total), null);
    if (n === 0) break;
    chunks.push(buffer.subarray(0, n));
    total += n;
    if (total >= limit) break;
    if (n === buffer.length) buffer = Buffer.allocUnsafe(Math.min(limit - total, 256 * 1024));
    else buffer = buffer.subarray(n);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** Decodes UTF-8 bytes into text, or says precisely why they are not UTF-8 text. */
export function decodeText(file: string, bytes: Uint8Array): ReadResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(file, m('utf16'));
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = positionOfByte(bytes, nul);
    return fail(file, m('binary'), line, column);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    return fail(file, m('notUtf8'), line, column);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = Buffer.from(bytes.subarray(lineStart, offset)).toString('utf8').length + 1;
  return { line, column };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

/** A one-line description of a file-system error, without a stack. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return m('noSuchFile');
    case 'EACCES':
    case 'EPERM': {
      // Another user's link, refused by the atomic writer (src/io/atomic-write.ts): say so.
      const owner = (error as { linkOwner?: { uid: number; name?: string } }).linkOwner;
      const path = (error as NodeJS.ErrnoException).path;
      if (owner !== undefined && path !== undefined) {
        const who = owner.name === undefined ? `uid ${owner.uid}` : `uid ${owner.uid}, ${printable(owner.name, 64)}`;
        return m('foreignLink', { path: printable(path, 1000), owner: who });
      }
      return m('permissionDenied');
    }
    case 'EISDIR':
      return m('isFolder');
    case 'ENOSPC':
      return m('noSpace');
    case 'EROFS':
      return m('readOnlyFs');
    case 'ENOTDIR':
      return m('notFolder');
    case 'EEXIST':
      // mkdir of a folder where a file stands: a part of the path is a file.
      if ((error as NodeJS.ErrnoException).syscall === 'mkdir') return m('notFolder');
      return error instanceof Error ? error.message : String(error);
    case 'ENAMETOOLONG':
      return m('nameTooLong');
    case 'ELOOP':
      return m('linkLoop');
    case 'EMFILE':
    case 'ENFILE':
      return m('tooManyOpen');
    case 'EIO':
      return m('ioError');
    case 'EFBIG':
      return m('fileSizeLimit');
    case 'EDQUOT':
      return m('diskQuota');
    case 'EAGAIN':
      return m('notReadyNow');
    case 'ENXIO':
      return m('noDevice');
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** A file size in the message language: 2,9 МиБ, 512 байт. */
function formatBytes(n: number): string {
  const lang = messageLang();
  if (n >= 1024 * 1024) return m('sizeMib', { n: formatNumber(lang, n / (1024 * 1024), 1) });
  if (n >= 1024) return m('sizeKib', { n: formatNumber(lang, n / 1024, 1) });
  return m('sizeBytes', { n });
}
