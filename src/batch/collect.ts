import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, posix, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Finding } from '../errors.js';
import { m } from '../i18n/messages.js';
import { describeFsError } from '../source/read-source.js';
import { keepHeapSmall } from './gc.js';
import { PathList } from './paths.js';

/** File endings read as answer files. */
export const ANSWER_EXTENSIONS = ['.yaml', '.yml', '.json', '.xlsx'] as const;

const hasAnswerExtension = (name: string) => ANSWER_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** The JSON files `score --out` writes: reports `<stem>-<8 hex>[-n].json` (see report/write.ts) and the fleet's `index.json`. */
const REPORT_FILE = /-[0-9a-f]{8}(?:-\d+)?\.json$|^index\.json$/;

/** What a walk keeps out of the batch: the --out folder's own files. */
interface Skip {
  /** Real paths of folders not to walk into (--out inside an input folder). */
  folders: ReadonlySet<string>;
}

interface Walk {
  out: PathList;
  problems: Finding[];
  warnings: Finding[];
  skip: Skip;
  /** How many folder levels below the start may be entered (Infinity for a folder or `**`). */
  depth: number;
  /** Whether a link to a folder is worth a warning (it could hold matching files). */
  warnLinkedFolders: boolean;
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** A name as bytes decoded, and whether the bytes were valid UTF-8 (Windows zips often are not). */
function decodeName(name: Buffer): { name: string; utf8: boolean } {
  const text = name.toString('utf8');
  return { name: text, utf8: !text.includes('\uFFFD') || Buffer.from(text, 'utf8').equals(name) };
}

function walk(dir: string, w: Walk, level = 0): void {
  let entries: Dirent<Buffer>[];
  try {
    entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    w.problems.push({ file: dir, message: describeFsError(error), severity: 'error' });
    return;
  }
  // Inside the --out folder itself (when it is the input folder), its reports are not inputs.
  const isOut = w.skip.folders.has(realOrResolved(dir));
  const named = entries.map((entry) => ({ entry, ...decodeName(entry.name) }));
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // `join(dir, name)` for every name, built once: join builds a tree of pieces per path
  // (some 400 bytes each, kept alive with the path until something flattens it).
  const prefix = join(dir, 'x').slice(0, -1);
  for (const { entry, name, utf8 } of named) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = prefix + name;
    if (entry.isDirectory()) {
      if (level < w.depth && !w.skip.folders.has(realOrResolved(path))) walk(path, w, level + 1);
      continue;
    }
    if (!hasAnswerExtension(name)) continue;
    // `~$body.xlsx` is the lock file Excel keeps beside a workbook it has open, not a workbook.
    if (name.startsWith('~$')) continue;
    if (isOut && REPORT_FILE.test(name)) continue;
    if (!utf8) {
      // It could not be opened by the name shown: say what to do instead of "no such file".
      w.problems.push({ file: path, message: m('nameNotUtf8'), severity: 'error' });
      continue;
    }
    if (entry.isSymbolicLink()) {
      // A link to a file is an input like any other; a dangling one is kept so that loading
      // names it. Links to folders are not followed (they may loop), but they are named.
      let target;
      try {
        target = statSync(path);
      } catch {
        w.out.add(prefix, name);
        continue;
      }
      if (target.isDirectory()) {
        if (w.warnLinkedFolders) w.warnings.push({ file: path, message: m('linkedFolder'), severity: 'warning' });
        continue;
      }
    }
    // Regular files, links to them, and special files (FIFOs, devices, sockets) named like
    // answer files: loading refuses the special ones with a clear error row, never a hang.
    w.out.add(prefix, name);
  }
  // A folder's listing is garbage now; a walk of 100,000 files would otherwise leave 80 MB of it.
  keepHeapSmall();
  if (!w.warnLinkedFolders) return;
  // Links to folders without an answer-file ending are named too (they were not followed).
  for (const { entry, name, utf8 } of named) {
    if (!utf8 || name.startsWith('.') || hasAnswerExtension(name) || !entry.isSymbolicLink()) continue;
    const path = prefix + name;
    try {
      if (statSync(path).isDirectory()) w.warnings.push({ file: path, message: m('linkedFolder'), severity: 'warning' });
    } catch {
      // dangling, and not named like an answer file: not an input
    }
  }
}

/**
 * A glob split into the folder to walk from, how deep to walk, and a matcher for the paths
 * found (written as the walk writes them). The pattern is normalised first, so `./*.yaml`,
 * `in//*.yaml` and `in/./*.yaml` mean what a shell means by them. Matching is picomatch's.
 */
function globPlan(input: string): { base: string; depth: number; matches: (path: string) => boolean } {
  const pattern = posix.normalize(input.split(sep).join('/'));
  const scan = picomatch.scan(pattern);
  const base = scan.base === '' ? '.' : scan.base;
  const rest = scan.glob;
  const depth = rest.includes('**') ? Infinity : rest.split('/').length - 1;
  const isMatch = picomatch(scan.base === '' ? rest : `${scan.base.replace(/\/$/, '')}/${rest}`, { dot: false });
  return {
    base,
    depth,
    matches: (path) => isMatch(posix.normalize(path.split(sep).join('/'))),
  };
}

/**
 * `resolve` for the paths a walk makes (`join` made them, so they are normalised) without
 * its cost: an absolute one is its own key, a relative one is the working folder and itself.
 * `resolve` builds a dozen strings per call, 100 MB of garbage over 100,000 files.
 */
function absolutePath(): (path: string) => string {
  if (sep !== '/') return resolve; // drive letters: left to resolve
  const cwd = process.cwd();
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  return (path) => (isAbsolute(path) ? path : path === '..' || path.startsWith(`..${sep}`) ? resolve(path) : prefix + path);
}

/**
 * Expands the inputs of a batch (files, folders walked recursively, and globs) into a sorted
 * list without duplicates. An input that matches nothing is an error finding, never silently
 * dropped; a link to a folder is a warning (not followed), not a failed input. The folders in
 * `skipFolders` (the --out folder, compared by real path, links resolved) are not walked into,
 * and when one of them is itself an input folder its report files are not read as answers.
 */
export function collectInputs(
  inputs: readonly string[],
  options: { skipFolders?: readonly string[] } = {},
): { files: string[]; problems: Finding[]; warnings: Finding[] } {
  const { files, problems, warnings } = collectInputList(inputs, options);
  return { files: [...files], problems, warnings };
}

/**
 * `collectInputs` kept packed (`PathList`): the same paths in the same order, so that a batch
 * of 100,000 files holds a few megabytes of names instead of a string per path.
 */
export function collectInputList(
  inputs: readonly string[],
  options: { skipFolders?: readonly string[] } = {},
): { files: PathList; problems: Finding[]; warnings: Finding[] } {
  const found = new PathList();
  const { problems, warnings, named, overlap } = gather(inputs, options, found);
  if (!overlap) return { files: found, problems, warnings };
  keepHeapSmall();
  const seen = new Set<string>();
  const key = absolutePath();
  const unique = new PathList();
  let i = 0;
  for (const [prefix, name] of found.parts()) {
    const f = prefix + name;
    const k = named.has(i++) ? resolve(f) : key(f);
    if (seen.has(k)) continue;
    seen.add(k);
    unique.add(prefix, name);
  }
  return { files: unique, problems, warnings };
}

/**
 * Walks the inputs into `out`. `named`: where `out` holds an input as given (not made by a
 * walk, so perhaps not normalised). `overlap`: whether two inputs may list the same file (one
 * lies in the other, or they are the same); without it there is nothing to remove, and no set
 * of every path need be built.
 */
function gather(
  inputs: readonly string[],
  options: { skipFolders?: readonly string[] },
  out: PathList,
): { problems: Finding[]; warnings: Finding[]; named: Set<number>; overlap: boolean } {
  const skip: Skip = { folders: new Set((options.skipFolders ?? []).map(realOrResolved)) };
  const problems: Finding[] = [];
  const warnings: Finding[] = [];
  const named = new Set<number>();
  // Where each input's files lie: its folder, the glob's base, or the file itself.
  const roots: string[] = [];
  for (const input of inputs) {
    if (input === '') {
      problems.push({ file: input, message: m('noSuchFile'), severity: 'error' });
      continue;
    }
    if (picomatch.scan(input).isGlob) {
      const plan = globPlan(input);
      roots.push(resolve(plan.base));
      const found = new PathList();
      walk(plan.base, { out: found, problems, warnings, skip, depth: plan.depth, warnLinkedFolders: plan.depth > 0 });
      let matched = 0;
      for (const [prefix, name] of found.parts()) {
        if (!plan.matches(prefix + name)) continue;
        out.add(prefix, name);
        matched++;
      }
      if (matched === 0) problems.push({ file: input, message: m('noMatch'), severity: 'error' });
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(input).isDirectory();
    } catch (error) {
      problems.push({ file: input, message: describeFsError(error), severity: 'error' });
      continue;
    }
    roots.push(resolve(input));
    if (isDir) {
      const before = out.size;
      const problemsBefore = problems.length;
      walk(input, { out, problems, warnings, skip, depth: Infinity, warnLinkedFolders: true });
      // A folder whose files were each refused by name (not UTF-8) has its rows already.
      if (out.size === before && problems.length === problemsBefore) problems.push({ file: input, message: m('noMatch'), severity: 'error' });
    } else {
      named.add(out.size);
      out.add('', input);
    }
  }
  // One input lists each file once; several may overlap (a folder and a file in it).
  return { problems, warnings, named, overlap: inputs.length > 1 && nested(roots) };
}

/**
 * Whether one of these absolute paths is another or lies inside it. Sorted with the separator
 * as the lowest character and one at the end, a path and those inside it come together, so
 * neighbours are enough: linear after the sort, for any number of inputs (a shell's glob may
 * name 100,000 files).
 */
function nested(roots: readonly string[]): boolean {
  // The file-system root is the one absolute path that ends in a separator.
  const keys = roots.map((r) => `${(r.endsWith(sep) ? r.slice(0, -1) : r).split(sep).join('\0')}\0`).sort();
  for (let i = 1; i < keys.length; i++) if (keys[i]!.startsWith(keys[i - 1]!)) return true;
  return false;
}
