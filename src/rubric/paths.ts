import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built-in rubric every command uses when `--rubric` is not given. */
export const DEFAULT_RUBRIC_PATH = fileURLToPath(new URL('../../rubrics/default.yaml', import.meta.url));

/** How to name a file in messages: relative to the current folder when it lies inside it. */
export function displayPath(file: string): string {
  if (!isAbsolute(file)) return file;
  const rel = relative(process.cwd(), file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}
