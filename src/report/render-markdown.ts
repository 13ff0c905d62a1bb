import type { Report } from './schema.js';

/** Not built yet. */
export function renderMarkdown(report: Report): string {
  throw new Error(`the markdown renderer is not built yet (${report.rubric.id})`);
}
