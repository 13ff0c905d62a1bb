import type { Report } from './schema.js';

/** The Report itself, two-space indented, ending in a newline; byte-identical for the same input. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
