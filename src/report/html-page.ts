import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';

const CSS = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1b1f24; margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; line-height: 1.25; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .4rem; }
p, ul, ol { margin: .5rem 0; }
.note { color: #57606a; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #d0d7de; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; padding: 0 .2em; border-radius: 3px; }
.box { display: inline-block; width: .9em; height: .9em; border: 1px solid #1b1f24; margin-right: .4em; vertical-align: -.1em; }
section + section { break-before: page; }
@page { size: A4; margin: 16mm 14mm 18mm 16mm; @bottom-right { content: counter(page) " / " counter(pages); font: 9pt sans-serif; color: #57606a; } }
@media print { body { max-width: none; padding: 0; font-size: 11pt; } h2, h3 { break-after: avoid; } tr { break-inside: avoid; } }
`.trim();

/**
 * The page's policy: its one style block is allowed by its hash, so nothing else (no
 * script, no injected style, no image, no request) may run or load. A constant without
 * quotes or angle brackets, written as is to stay readable.
 */
export function cspFor(css: string): string {
  return [
    "default-src 'none'",
    "script-src 'none'",
    `style-src 'sha256-${createHash('sha256').update(css).digest('base64')}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const CSP = cspFor(CSS);

/**
 * A self-contained, printable HTML page around `body` (already escaped HTML): one inline
 * style allowed by its hash, no script, nothing loaded. Every HTML output is one: the
 * report and the fleet view with their own style, the documents beside them (the evidence
 * checklist, the comparison of two rounds) with the plain one here.
 */
export function htmlPage(lang: string, title: string, body: readonly string[], style?: { css: string; csp: string }): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${style?.csp ?? CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style?.css ?? CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
