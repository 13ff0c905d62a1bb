import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export const DEFAULT = join(ROOT, 'rubrics/default.yaml');
export const ARCHIVE_1 = join(ROOT, 'rubrics/archive/default-1.0.0.yaml');
export const ARCHIVE_2 = join(ROOT, 'rubrics/archive/default-2.0.0.yaml');
export const ARCHIVE_21 = join(ROOT, 'rubrics/archive/default-2.1.0.yaml');
/** The built-in rubric's version, and the next minor one the tests build from it. */
export const CURRENT = /^version: (\S+)$/m.exec(readFileSync(DEFAULT, 'utf8'))![1]!;
export const NEXT = CURRENT.replace(/^(\d+)\.(\d+)\.\d+$/, (_, major: string, minor: string) => `${major}.${Number(minor) + 1}.0`);

/**
 * The built-in rubric as its next version would be written (`NEXT`): it renames
 * `staff-ai-roles` to `staff-ai-posts` and the option `draft` of `legal-internal-act` to
 * `drafting`, with one migration step from the current version (the earlier steps are left
 * exactly as they are). `edit` changes the text further.
 */
export function nextVersionText(
  edit: (text: string) => string = (t) => t,
  migration = `  - from: ${CURRENT}\n    renamed: {staff-ai-roles: staff-ai-posts}\n    options: {legal-internal-act: {draft: drafting}}\n`,
): string {
  let text = readFileSync(DEFAULT, 'utf8');
  text = text.replace(/^version: \S+$/m, `version: ${NEXT}`);
  text = text.replace(/^  - id: staff-ai-roles$/m, '  - id: staff-ai-posts');
  const at = text.indexOf('  - id: legal-internal-act');
  const draft = text.indexOf('      - id: draft\n', at);
  text = `${text.slice(0, draft)}      - id: drafting\n${text.slice(draft + '      - id: draft\n'.length)}`;
  text = text.replace(/^migrations:\n/m, `migrations:\n${migration}`);
  return edit(text);
}

/** A rubric folder as a maintainer keeps it: `default.yaml` and `archive/` with the given versions. */
export function rubricRepo(current: string, archived: Record<string, string> = { '1.0.0': ARCHIVE_1, '2.0.0': ARCHIVE_2, '2.1.0': ARCHIVE_21, [CURRENT]: DEFAULT }): string {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-rubrics-'));
  mkdirSync(join(dir, 'rubrics/archive'), { recursive: true });
  writeFileSync(join(dir, 'rubrics/default.yaml'), current);
  for (const [version, file] of Object.entries(archived)) copyFileSync(file, join(dir, `rubrics/archive/default-${version}.yaml`));
  return dir;
}
