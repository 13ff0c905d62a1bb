import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Finding } from '../errors.js';
import { m } from '../i18n/messages.js';
import { describeFsError } from '../source/read-source.js';

/** File endings read as answer files. */
export const ANSWER_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

const hasAnswerExtension = (name: string) => ANSWER_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

function walk(dir: string, out: string[], problems: Finding[], skip: ReadonlySet<string>): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ file: dir, message: describeFsError(error), severity: 'error' });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.has(resolve(path))) walk(path, out, problems, skip);
    }
    else if (entry.isFile() && hasAnswerExtension(entry.name)) out.push(path);
    else if (entry.isSymbolicLink()) {
      // A link to a file is an input like any other; a dangling one is kept so that loading
      // names it. Links to folders are not followed (they may loop), but they are named.
      let target;
      try {
        target = statSync(path);
      } catch {
        if (hasAnswerExtension(entry.name)) out.push(path);
        continue;
      }
      if (target.isDirectory()) problems.push({ file: path, message: m('linkedFolder'), severity: 'warning' });
      else if (hasAnswerExtension(entry.name)) out.push(path);
    }
  }
}

function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
      if (pattern[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/**
 * Expands the inputs of a batch (files, folders walked recursively, and `*`, `?`, `**`
 * globs) into a sorted list without duplicates. An input that matches nothing is a
 * finding, never silently dropped. Folders in `skipFolders` are not walked into (a folder
 * named as an input itself is still read).
 */
export function collectInputs(
  inputs: readonly string[],
  options: { skipFolders?: readonly string[] } = {},
): { files: string[]; problems: Finding[] } {
  // Folders not to walk into, such as the --out folder inside an input folder: its reports
  // (JSON) would be read as answer files on the next run.
  const skip = new Set((options.skipFolders ?? []).map((d) => resolve(d)));
  const files: string[] = [];
  const problems: Finding[] = [];
  for (const input of inputs) {
    if (/[*?]/.test(input)) {
      const normalized = input.split(sep).join('/');
      const firstGlob = normalized.search(/[*?]/);
      const baseEnd = normalized.lastIndexOf('/', firstGlob);
      const base = baseEnd === -1 ? '.' : normalized.slice(0, baseEnd) || '/';
      const re = globToRegExp(normalized);
      const found: string[] = [];
      walk(base, found, problems, skip);
      const matched = found.filter((f) => re.test((baseEnd === -1 ? relative('.', f) : f).split(sep).join('/')));
      if (matched.length === 0) problems.push({ file: input, message: m('noMatch'), severity: 'error' });
      files.push(...matched);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(input).isDirectory();
    } catch (error) {
      problems.push({ file: input, message: describeFsError(error), severity: 'error' });
      continue;
    }
    if (isDir) {
      const found: string[] = [];
      walk(input, found, problems, skip);
      if (found.length === 0) problems.push({ file: input, message: m('noMatch'), severity: 'error' });
      files.push(...found);
    } else files.push(input);
  }
  const seen = new Set<string>();
  const unique = files.filter((f) => {
    const key = resolve(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { files: unique, problems };
}
