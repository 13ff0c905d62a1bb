import type { Report } from './schema.js';

/** Not built yet. */
export function renderHtml(report: Report): string {
  throw new Error(`the html renderer is not built yet (${report.rubric.id})`);
}
