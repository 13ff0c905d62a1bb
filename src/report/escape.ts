/**
 * Escaping for text that did not come from the renderer itself: organization and person
 * names, comments, and also rubric texts. Such text stays text in every format: it opens
 * no tag, link, table cell, heading or code block, and moves no terminal cursor.
 */

// C0 and C1 controls (tab, line feed and carriage return are handled as whitespace), and
// the bidirectional overrides and isolates that can make text read differently than it is.
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

// Non-global twins of the patterns above, to test without replacing: most texts are clean.
const HAS_UNSAFE = new RegExp(UNSAFE_CHARS.source);
// A no-break space is kept: the renderers' own texts put one before % and units (80\u00A0%).
const HAS_ODD_SPACE = /[^\S \u00A0]| {2}|^ | $/;

/** Replaces control and bidi-override characters with U+FFFD, so they are seen, not obeyed. */
export function sanitizeText(text: string): string {
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE_CHARS, '\uFFFD') : text;
}

/** Sanitized, with every run of whitespace (line breaks included) made one space, trimmed. */
export function oneLine(text: string): string {
  const clean = sanitizeText(text);
  return HAS_ODD_SPACE.test(clean) ? clean.replace(/[^\S\u00A0]+/g, ' ').trim() : clean;
}

/** Sanitized lines of a multi-line text, each trimmed; empty lines dropped. */
export function textLines(text: string): string[] {
  return sanitizeText(text)
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map((line) => line.replace(/[^\S\u00A0]+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** HTML-escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return sanitizeText(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export interface MarkdownTextOptions {
  /** The text sits in a GFM table cell: pipes are escaped even inside code spans. */
  cell?: boolean;
  /**
   * The text follows other text on its line, so it cannot open a block (a list item, a
   * setext heading): its first characters need no escaping. Implied by `cell`.
   */
  midLine?: boolean;
}

// Characters with inline meaning anywhere in a line: escapes, code, emphasis, links and
// images, raw HTML and autolinks, table cells, headings, strikethrough, entities, math.
const MD_INLINE = /[\\`*_[\]<>|#~&$]/g;

// A token that a forge would turn into a link on its own (GFM extended autolinks: URLs,
// www., e-mail addresses), or that names a URI scheme (javascript:, mailto:, data:).
const LINK_LIKE = /:\/\/|www\.|@|^[a-z][a-z0-9+.-]*:\S/i;
// The same, anywhere in a line: when this does not match, no token is link-like.
const MAYBE_LINK = /:\/\/|www\.|@|[a-z][a-z0-9+.-]*:\S/i;

/**
 * Escapes untrusted text for one line of markdown (a paragraph, a list item, a heading or
 * a table cell). Line breaks become spaces; every character with markdown meaning is
 * backslash-escaped; a token that a forge would autolink (a URL, `www.`, an e-mail address,
 * a `scheme:` such as `javascript:`) is put in a code span, whose fence is longer than any
 * run of backticks inside it, so it shows as inert text. Block syntax at the start of the
 * text (`- `, `+ `, `1. `, `===`) is escaped too, unless the text is known to sit mid-line.
 */
export function escapeMarkdown(text: string, options: MarkdownTextOptions = {}): string {
  const line = oneLine(text);
  if (line === '') return '';
  // Most texts hold nothing link-like: escape them whole instead of token by token.
  const escaped = MAYBE_LINK.test(line)
    ? line
        .split(' ')
        .map((token) => (LINK_LIKE.test(token) ? codeSpan(token, options) : escapeToken(token)))
        .join(' ')
    : escapeToken(line);
  return options.cell || options.midLine ? escaped : escapeLineStart(escaped);
}

/**
 * Escapes multi-line untrusted text (a comment) for markdown, keeping its line breaks as
 * hard breaks. `indent` is the indentation of continuation lines (the list item's, for
 * example), so the text stays inside the block it was put in.
 */
export function escapeMarkdownLines(text: string, indent: string, options: MarkdownTextOptions = {}): string {
  return textLines(text)
    .map((line) => escapeMarkdown(line, { ...options, midLine: false }))
    .join(`\\\n${indent}`);
}

// Outside code spans a pipe is escaped in every context, so a cell needs nothing more.
function escapeToken(token: string): string {
  return token.replace(MD_INLINE, (c) => `\\${c}`);
}

/** A code span around `content` that no backtick inside can close early. */
function codeSpan(content: string, options: MarkdownTextOptions): string {
  // In a GFM table, the cell is split at unescaped pipes before code spans are parsed,
  // and `\|` inside a code span shows as `|`.
  // A backslash right before a pipe would escape the escape (`\\|` splits the cell): a space
  // keeps them apart, the one change to the text this needs.
  const body = options.cell ? content.replace(/\\+(?=\|)/g, '$& ').replace(/\|/g, '\\|') : content;
  if (!body.includes('`')) return `\`${body}\``;
  const longest = Math.max(...Array.from(body.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Escapes what would start a block at the beginning of a line: lists, setext rules. */
function escapeLineStart(line: string): string {
  const ordered = /^(\d{1,9})([.)])/.exec(line);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${line.slice(ordered[0].length)}`;
  if (/^[-+=]/.test(line)) return `\\${line}`;
  return line;
}

/** Untrusted text as one inert markdown code span (for identifiers); empty text stays empty. */
export function escapeMarkdownCode(text: string, options: MarkdownTextOptions = {}): string {
  const line = oneLine(text);
  return line === '' ? '' : codeSpan(line, options);
}
