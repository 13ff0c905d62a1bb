import type { Comparison } from './schema.js';

/** The comparison as JSON: the versioned result itself, two-space indented. Pure. */
export function renderComparisonJson(c: Comparison): string {
  return `${JSON.stringify(c, null, 2)}\n`;
}
