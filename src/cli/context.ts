import { lstatSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ExitError, formatFinding, InputError, UsageError, type Finding } from '../errors.js';
import { isLang, type Lang } from '../i18n/lang.js';
import { m } from '../i18n/messages.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { describeFsError } from '../source/read-source.js';
import type { Rubric, Unit } from '../rubric/model.js';

/** What every command gets from the entry point instead of touching `process` itself. */
export interface Context {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Colours on stderr/stdout (off for NO_COLOR, --no-color and pipes). */
  color: boolean;
  quiet: boolean;
  /** The language of the tool's own messages. */
  lang: Lang;
  tool: { name: string; version: string };
}

let cachedVersion: string | undefined;
/** The tool's version, from its package.json. */
export function toolVersion(): string {
  if (cachedVersion === undefined) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    cachedVersion = pkg.version;
  }
  return cachedVersion;
}

/** Parses `--lang`: absent stays absent; anything but ru, kk, en is a usage error. */
export function parseLang(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (!isLang(value)) throw new UsageError(`--lang ${value}: ${m('badLang')}`);
  return value;
}

/** Parses a comma-separated `--format` list against what the command accepts. */
export function parseFormats<F extends string>(value: string | undefined, allowed: readonly F[], fallback: readonly F[]): F[] {
  if (value === undefined) return [...fallback];
  const formats = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  for (const f of formats) {
    if (!(allowed as readonly string[]).includes(f)) throw new UsageError(`--format ${f}: ${m('badFormat', { formats: allowed.join(', ') })}`);
  }
  return [...new Set(formats)] as F[];
}

/** Parses a 0..100 number option such as `--fail-under`. */
export function parsePoints(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // Plain decimals only (a decimal comma too, as ru and kk write them): Number() alone would
  // also take 0x20, 1e1 and an empty string.
  if (!/^\s*\d+(?:[.,]\d+)?\s*$/.test(value)) throw new UsageError(m('badNumber', { option }));
  const n = Number(value.trim().replace(',', '.'));
  if (n < 0 || n > 100) throw new UsageError(m('badNumber', { option }));
  return n;
}

/**
 * Loads the rubric a command works with, or ends the command with every finding. Through the
 * compiled-rubric cache: an unchanged rubric is not parsed again (see `rubric/compiled.ts`).
 */
export async function requireRubric(file: string | undefined): Promise<{ rubric: Rubric }> {
  const { loadRubricModel } = await import('../rubric/compiled.js');
  const loaded = await loadRubricModel(file);
  if (!loaded.ok) throw new InputError(loaded.findings);
  return loaded.value;
}

/** Prints findings (errors and warnings) to stderr, one compiler-style line each. */
export function printFindings(ctx: Context, findings: readonly Finding[]): void {
  for (const f of findings) {
    if (f.severity === 'warning' && ctx.quiet) continue;
    ctx.stderr.write(formatFinding(f) + '\n');
  }
}

export { ExitError };

/**
 * The unit `--unit` names, checked against the rubric: a usage error (exit 2) when the
 * rubric declares no units or not this one. Without `--unit`, undefined.
 */
export function parseUnit(rubric: Rubric, id: string | undefined): Unit | undefined {
  if (id === undefined) return undefined;
  if (rubric.units.length === 0) throw new UsageError(m('noUnits', { id: rubric.id }));
  const unit = rubric.units.find((u) => u.id === id);
  if (!unit) throw new UsageError(m('badUnit', { id, units: rubric.units.map((u) => u.id).join(', ') }));
  return unit;
}

/** What a command's `--out <file>` must not replace: its inputs, and (without `--force`) any file. */
export interface OutRule {
  /** `--force`: an existing file may be replaced (never an input). */
  force?: boolean;
  /** The files the command reads (answer files, the rubric): `--out` naming one is refused. */
  inputs?: ReadonlyArray<string | undefined>;
  /** The message when `--out` is one of the inputs (default `outIsInput`). */
  isInput?: string;
}

/** Whether two paths name one file: the same path, or (through a link, a hard link) the same inode. */
function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * The one rule for every command's `--out <file>`: a usage error (exit 2) when it names one of
 * the command's inputs (even with `--force`), or, without `--force`, anything that exists there
 * (a file, a link, a dangling link). Called before the work, and again by `writeOutput`,
 * whose write then refuses a file that appeared meanwhile.
 */
export function checkOut(out: string, rule: OutRule): void {
  if (out === '') throw new UsageError(`--out: ${m('emptyPath')}`);
  for (const input of rule.inputs ?? []) {
    if (input !== undefined && sameFile(out, input)) throw new UsageError(rule.isInput ?? m('outIsInput', { file: out }));
  }
  if (rule.force === true) return;
  try {
    lstatSync(out);
  } catch {
    return;
  }
  throw new UsageError(m('outExists', { file: out }));
}

/**
 * A command's text on stdout, or atomically in `--out` (its name then on stderr unless
 * `--quiet`), under the rule of `checkOut`: never over an input, never over an existing file
 * without `--force`.
 */
export function writeOutput(ctx: Context, out: string | undefined, text: string | Uint8Array, rule: OutRule = {}): void {
  if (out === undefined) {
    ctx.stdout.write(text);
    return;
  }
  checkOut(out, rule);
  try {
    writeFileAtomic(out, text, { noClobber: rule.force !== true });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code === 'EEXIST' && e.syscall !== 'mkdir') throw new UsageError(m('outExists', { file: out }));
    throw new InputError([{ file: out, message: describeFsError(error), severity: 'error' }]);
  }
  if (!ctx.quiet) ctx.stderr.write(`${out}\n`);
}
