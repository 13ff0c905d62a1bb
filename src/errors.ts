/**
 * One shape for every problem found in a user's file, and the typed errors that carry
 * an exit code to the entry point. Only `src/cli/main.ts` turns them into `process.exit`.
 */

import { m } from './i18n/messages.js';
import { printable } from './source/printable.js';

/** A problem in a file, printed like a compiler: `file:line:col: path: message`. */
export interface Finding {
  file: string;
  /** 1-based; absent when the problem is about the file as a whole. */
  line?: number;
  column?: number;
  /** In a workbook, the sheet and cell instead of a line: `Answers!D14`. */
  cell?: string;
  /** Dotted path into the document, e.g. `questions[3].options[1].score`. */
  path?: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Formats a finding as `file:line:col: path: message` (parts that are unknown are left out). */
export function formatFinding(f: Finding): string {
  // A file name is as untrusted as the file: it must not drive the terminal or forge a line.
  let where = printable(f.file, 1000);
  if (f.cell !== undefined) where += `:${printable(f.cell, 200)}`;
  else if (f.line !== undefined) where += `:${f.line}:${f.column ?? 1}`;
  const prefix = f.severity === 'warning' ? `${m('warningPrefix')}: ` : '';
  return `${where}: ${prefix}${f.path ? `${printable(f.path, 1000)}: ` : ''}${f.message}`;
}

/** Renders a path array as `questions[3].options[1].score`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/** An error that ends the command with a known exit code and a clear message. */
export class ExitError extends Error {
  override readonly name: string = 'ExitError';
  constructor(
    readonly exitCode: number,
    message: string,
    readonly findings: readonly Finding[] = [],
  ) {
    super(message);
  }
}

/** Exit code 2: the command line itself is wrong (unknown option, missing argument, no terminal). */
export class UsageError extends ExitError {
  override readonly name = 'UsageError';
  constructor(message: string) {
    super(2, message);
  }
}

/** Exit code 1: a file was refused; `findings` say where and why. */
export class InputError extends ExitError {
  override readonly name = 'InputError';
  constructor(findings: readonly Finding[], message = findings.map(formatFinding).join('\n')) {
    super(1, message, findings);
  }
}

export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

/** What a loader returns: the value with any warnings, or every finding that refused it. */
export type Loaded<T> = { ok: true; value: T; warnings: Finding[] } | { ok: false; findings: Finding[] };

/** At most this many findings are kept and printed per file; the rest are counted. */
export const MAX_FINDINGS_PER_FILE = 100;

/**
 * The first `max` findings of each file, then, for a file with more, one line saying how many
 * more there are. A hostile file with forty thousand bad keys costs a hundred lines, not
 * forty thousand. Order is kept.
 */
export function limitFindings(findings: readonly Finding[], max = MAX_FINDINGS_PER_FILE): Finding[] {
  if (findings.length <= max) return [...findings];
  const kept = new Map<string, number>();
  const extra = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const n = kept.get(f.file) ?? 0;
    if (n < max) {
      kept.set(f.file, n + 1);
      out.push(f);
    } else extra.set(f.file, (extra.get(f.file) ?? 0) + 1);
  }
  // The count is a warning when only warnings were left out: it must not fail a check by itself.
  const withErrors = new Set(findings.filter((f) => f.severity !== 'warning').map((f) => f.file));
  for (const [file, count] of extra) out.push({ file, message: m('moreFindings', { count }), severity: withErrors.has(file) ? 'error' : 'warning' });
  return out;
}

/** Orders findings as a reader scans a file: by file, line, then column. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      lineKey(a) - lineKey(b) ||
      (a.column ?? 0) - (b.column ?? 0),
  );
}

// A finding about the whole file comes first; the "… and N more" line (see limitFindings) last.
const lineKey = (f: Finding): number => f.line ?? (f.message.startsWith('…') ? Infinity : 0);
