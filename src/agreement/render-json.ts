import type { Agreement } from './schema.js';

/** The agreement as JSON: the versioned result itself, two-space indented. Pure. */
export function renderAgreementJson(a: Agreement): string {
  return `${JSON.stringify(a, null, 2)}\n`;
}
