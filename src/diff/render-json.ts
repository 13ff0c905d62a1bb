import type { DiffResult } from './result.js';
import { problemText } from './words.js';

/**
 * The diff for scripts: the whole `DiffResult`, two-space indented, with each migration
 * problem also worded in the result's language. Byte-identical for the same input. Pure.
 */
export function renderDiffJson(result: DiffResult): string {
  const problems = result.structure.problems.map((p) => ({ ...p, message: problemText(result.language, p) }));
  return `${JSON.stringify({ ...result, structure: { ...result.structure, problems } }, null, 2)}\n`;
}
