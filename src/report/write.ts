import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { writeFileAtomic } from '../io/atomic-write.js';
import { safeFileStem, uniqueStem } from '../io/safe-name.js';
import { EXTENSIONS, rendererFor, type ReportFormat } from './render.js';
import type { Report } from './schema.js';

/**
 * The file-name stem of a body's reports: the organization's name made safe, plus a short
 * hash of the exact name. Two bodies whose names differ only in case or punctuation get
 * different files, so a report never silently overwrites another body's; the same body
 * scored again gets the same name, so its report is updated in place.
 */
export function reportStem(organization: string): string {
  const hash = createHash('sha256').update(organization.normalize('NFC')).digest('hex').slice(0, 8);
  return `${safeFileStem(organization, 60)}-${hash}`;
}

/**
 * Renders a report in each format and writes each file atomically into `outDir`
 * (created if missing). `taken` holds stems already used in this run (compared without
 * case), so two answer files of one body in a batch do not overwrite each other.
 * Returns the paths written. Throws file-system errors for the caller to report.
 */
export async function writeReports(
  report: Report,
  formats: readonly ReportFormat[],
  outDir: string,
  taken: Set<string> = new Set(),
): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const stem = uniqueStem(reportStem(report.respondent.organization), taken);
  const paths: string[] = [];
  for (const format of formats) {
    const path = join(outDir, `${stem}${EXTENSIONS[format]}`);
    const rel = relative(resolve(outDir), resolve(path));
    // The stem is already safe; this is the last line of defence against leaving --out.
    if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`refusing to write outside ${outDir}: ${path}`);
    writeFileAtomic(path, (await rendererFor(format))(report));
    paths.push(path);
  }
  return paths;
}
