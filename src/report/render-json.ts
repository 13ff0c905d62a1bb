import type { Report } from './schema.js';

/** The Report itself, two-space indented, ending in a newline; byte-identical for the same input. */
export function renderJson(report: Report): string {
  return `${escapeJsonControls(JSON.stringify(report, null, 2))}\n`;
}

// JSON.stringify escapes C0 controls but leaves DEL, C1 controls, bidi overrides and line
// separators raw; written as \uXXXX they read back the same and cannot drive a terminal.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with the characters above escaped; the value it parses to is unchanged. */
export function escapeJsonControls(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
