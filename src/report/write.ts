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
 * Where a body's reports go in `outDir`, one path per format: the stem from `reportStem`,
 * made unique against `taken` (stems already used in this run, compared without case), so
 * two answer files of one body in a batch do not overwrite each other. Every path is
 * checked to lie inside `outDir`. The one naming rule for `score` and `assess`.
 */
export function reportPaths(
  organization: string,
  formats: readonly ReportFormat[],
  outDir: string,
  taken: Set<string> = new Set(),
): Array<{ format: ReportFormat; path: string }> {
  const stem = uniqueStem(reportStem(organization), taken);
  return formats.map((format) => {
    const path = join(outDir, `${stem}${EXTENSIONS[format]}`);
    const rel = relative(resolve(outDir), resolve(path));
    // The stem is already safe; this is the last line of defence against leaving --out.
    if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`refusing to write outside ${outDir}: ${path}`);
    return { format, path };
  });
}

/**
 * Renders a report in each format and writes each file atomically into `outDir` (created
 * if missing), named by `reportPaths`. Returns the paths written. Throws file-system errors
 * for the caller to report.
 */
export async function writeReports(
  report: Report,
  formats: readonly ReportFormat[],
  outDir: string,
  taken: Set<string> = new Set(),
): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const targets = reportPaths(report.respondent.organization, formats, outDir, taken);
  for (const { format, path } of targets) writeFileAtomic(path, (await rendererFor(format))(report));
  return targets.map((t) => t.path);
}
