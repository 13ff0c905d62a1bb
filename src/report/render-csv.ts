import type { Report } from './schema.js';

/** Not built yet. */
export function renderCsv(report: Report): string {
  throw new Error(`the csv renderer is not built yet (${report.rubric.id})`);
}
