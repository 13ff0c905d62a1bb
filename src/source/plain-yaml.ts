import { FORBIDDEN_KEYS } from './read-source.js';
/**
 * A reader for the plainest YAML: the shape the interview writes and most answer files
 * have. A top-level map of `key: value` lines, values that are one-line maps, two-space
 * indented maps of `key: value`, double-quoted strings, plain words and flow maps such as
 * `{id: x, version: 1.0.0}`, with full-line comments. For such text it returns exactly what
 * `yaml` (YAML 1.2, core schema) returns; for anything else (any other indentation, a tab, a
 * CR, a BOM, anchors, several documents, single quotes, a plain scalar that might be a
 * number, a boolean or null, a duplicate or forbidden key, too many keys) it returns
 * `undefined` and the caller uses the guarded parser, which also gives every finding its
 * line and column. It never throws. test/fuzz checks it against `yaml` on generated files.
 *
 * Why: parsing with positions is the largest cost of scoring a small answer file, and the
 * batch scores thousands; the guarded path stays the one that speaks about bad input.
 */

/** The longest key read here (YAML's own limit is 1,024 characters from a key's start to its `:`). */
const MAX_KEY_CHARS = 1000;
/** Keys a map may hold before the guarded parser must judge the file. */
const MAX_KEYS = 2000;
/**
 * Longest text read here (an interview's file is some 3 KB). The guarded parser's caps judge
 * every longer one, so that a file is never taken here and refused by `validate`: the yaml
 * lexer makes at most 1.4 tokens of a character of such text (`ab: c` is 7), and 32 KiB stay
 * under the answer files' 50,000 tokens (ANSWER_LIMITS).
 */
const MAX_CHARS = 32 * 1024;
// Words YAML 1.2 (core) or YAML 1.1 readers take as something other than a string.
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
const PLAIN_KEY = /^[$A-Za-z][A-Za-z0-9_.-]*$/;
// A plain scalar that is surely a string: it starts with a letter and holds letters, digits,
// marks, spaces and a few punctuation marks that never start or end a YAML token here.
const PLAIN_VALUE = /^\p{L}[\p{L}\p{N}\p{M} ._\-,()/№«»]*$/u;
// JSON string escapes, all of which YAML's double-quoted style reads the same; no lone surrogates.
const DQ = /^"(?:[^"\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|\\["\\/bfnrt]|\\u(?![dD][89a-fA-F])[0-9a-fA-F]{4})*"$/;

type Scalar = string | null;
type Value = Scalar | Record<string, Scalar> | Record<string, unknown>;

/** The value of plain YAML text, or `undefined` when the text needs the full parser. */
export function parsePlainYaml(text: string): Record<string, unknown> | undefined {
  if (text.length === 0 || text.length > MAX_CHARS || /[\t\r\ufeff]/.test(text)) return undefined;
  const lines = text.split('\n');
  const root = newMap();
  let keys = 0;
  let open: { map: Record<string, unknown>; count: number } | undefined;
  let pendingKey: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^ *(?:#.*)?$/.test(line)) {
      // A comment or blank line; a comment must not sit where it could end a block scalar (there are none here).
      continue;
    }
    // YAML indents with spaces only: a no-break or ideographic space is part of the text.
    const indent = leadingSpaces(line);
    if (indent === 0) {
      if (pendingKey !== undefined) root[pendingKey] = null;
      pendingKey = undefined;
      open = undefined;
      const entry = splitEntry(line);
      if (!entry || Object.hasOwn(root, entry.key) || ++keys > MAX_KEYS) return undefined;
      if (entry.rest === '') {
        pendingKey = entry.key;
        continue;
      }
      const value = parseValue(entry.rest);
      if (value === undefined) return undefined;
      root[entry.key] = value;
      continue;
    }
    if (indent !== 2 || (pendingKey === undefined && open === undefined)) return undefined;
    if (pendingKey !== undefined) {
      open = { map: newMap(), count: 0 };
      root[pendingKey] = open.map;
      pendingKey = undefined;
    }
    const entry = splitEntry(line.slice(2));
    if (!entry || Object.hasOwn(open!.map, entry.key) || ++open!.count > MAX_KEYS) return undefined;
    const value = entry.rest === '' ? null : parseScalar(entry.rest);
    if (value === undefined) return undefined;
    open!.map[entry.key] = value;
  }
  if (pendingKey !== undefined) root[pendingKey] = null;
  return keys > 0 ? root : undefined;
}

/** Leading U+0020 spaces: the only indentation YAML knows (JavaScript's trim also takes NBSP, U+3000, …). */
function leadingSpaces(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 0x20) n++;
  return n;
}

/** The text without leading and trailing U+0020 spaces, and nothing else: YAML's whitespace here is the space. */
function spaceTrim(s: string): string {
  return s.replace(/^ +| +$/g, '');
}

function newMap(): Record<string, unknown> {
  return {};
}

/** `key: rest` or `key:` (rest empty); the key plain or double-quoted. */
function splitEntry(line: string): { key: string; rest: string } | undefined {
  let key: string;
  let after: string;
  if (line.startsWith('"')) {
    const end = closingQuote(line, 0);
    if (end < 0) return undefined;
    const parsed = dq(line.slice(0, end + 1));
    if (parsed === undefined) return undefined;
    key = parsed;
    after = line.slice(end + 1);
  } else {
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    key = line.slice(0, colon);
    if (!PLAIN_KEY.test(key) || RESERVED.test(key)) return undefined;
    after = line.slice(colon);
  }
  // YAML refuses an implicit key whose `:` is more than 1,024 characters from its start.
  if (line.length - after.length > MAX_KEY_CHARS) return undefined;
  if (FORBIDDEN_KEYS.has(key)) return undefined;
  if (after === ':') return { key, rest: '' };
  if (!after.startsWith(': ')) return undefined;
  const rest = stripComment(spaceTrim(after.slice(2)));
  if (rest === undefined) return undefined;
  return { key, rest };
}

/** A value without a trailing ` # comment`; undefined when a `#` sits where it is ambiguous. */
function stripComment(rest: string): string | undefined {
  if (rest.startsWith('#')) return ''; // `key: # note` is an empty value
  if (rest.startsWith('"')) {
    const end = closingQuote(rest, 0);
    if (end < 0) return undefined;
    const tail = rest.slice(end + 1);
    if (tail === '') return rest;
    return /^ +#/.test(tail) ? rest.slice(0, end + 1) : undefined;
  }
  const hash = rest.indexOf('#');
  if (hash < 0) return rest;
  return hash > 0 && rest[hash - 1] === ' ' ? rest.slice(0, hash).replace(/ +$/, '') : undefined;
}

/** The index of the quote that closes a double-quoted string starting at `start`. */
function closingQuote(s: string, start: number): number {
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return -1;
}

function dq(token: string): string | undefined {
  if (!DQ.test(token)) return undefined;
  try {
    return JSON.parse(token) as string;
  } catch {
    return undefined;
  }
}

function parseScalar(token: string): Scalar | undefined {
  if (token === '') return null;
  if (token.startsWith('"')) return dq(token);
  if (token === '~') return null;
  if (RESERVED.test(token) || !PLAIN_VALUE.test(token)) return planVersion(token);
  return token.replace(/ +$/, '');
}

/** A semantic version such as 1.0.0 reads as a string in YAML (two dots), so it is allowed plain. */
function planVersion(token: string): string | undefined {
  return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z]+(?:[.-][0-9A-Za-z]+)*)?$/.test(token) ? token : undefined;
}

function parseValue(token: string): Value | undefined {
  if (token === '{}') return newMap();
  if (token.startsWith('{')) return parseFlowMap(token);
  return parseScalar(token);
}

/** `{a: x, b: "y"}` on one line: plain keys, scalar values, no nesting. */
function parseFlowMap(token: string): Record<string, Scalar> | undefined {
  if (!token.endsWith('}')) return undefined;
  const inner = spaceTrim(token.slice(1, -1));
  const map = newMap() as Record<string, Scalar>;
  if (inner === '') return map;
  let rest = inner;
  let count = 0;
  while (rest.length > 0) {
    const colon = rest.indexOf(': ');
    if (colon <= 0) return undefined;
    const key = rest.slice(0, colon);
    if (colon > MAX_KEY_CHARS) return undefined;
    if (!PLAIN_KEY.test(key) || RESERVED.test(key) || FORBIDDEN_KEYS.has(key) || Object.hasOwn(map, key) || ++count > MAX_KEYS) return undefined;
    rest = rest.slice(colon + 2);
    let raw: string;
    if (rest.startsWith('"')) {
      const end = closingQuote(rest, 0);
      if (end < 0) return undefined;
      raw = rest.slice(0, end + 1);
      rest = rest.slice(end + 1);
    } else {
      const comma = rest.indexOf(',');
      raw = comma < 0 ? rest : rest.slice(0, comma);
      rest = comma < 0 ? '' : rest.slice(comma);
      raw = raw.replace(/ +$/, '');
    }
    const value = raw.startsWith('"') ? dq(raw) : raw.includes('"') || raw.includes("'") ? undefined : parseScalar(raw);
    if (value === undefined || (value === null && raw !== '~')) return undefined;
    map[key] = value;
    if (rest === '') break;
    if (!rest.startsWith(', ')) return undefined;
    rest = rest.slice(2);
  }
  return map;
}
