import { FORBIDDEN_KEYS } from './read-source.js';
/**
 * A reader for plain JSON answer files (what other systems export): `JSON.parse`, taken only
 * when it provably gives what the guarded parser (`yaml`, YAML 1.2 core schema, which reads
 * JSON as a flow collection) gives. One linear scan of the text decides first; anything that
 * could read differently or that the guarded parser must judge returns `undefined`, and the
 * caller uses the guarded parser, which also gives every finding its line and column:
 *
 * - text that does not start with `{` (after spaces and newlines), or is longer than
 *   MAX_CHARS (so the answer files' token cap is never reached here), or holds a tab, a CR,
 *   a BOM, a control or C1 character, U+2028/U+2029, or a surrogate escape;
 * - anything `JSON.parse` refuses (comments, trailing commas, single quotes, ...), so that
 *   the guarded parser's message (`//` in a .json file has its own) is unchanged;
 * - any number (YAML reads `-0`, big integers and exponents its own way; no answer needs one);
 * - a key twice in one object (`JSON.parse` keeps the last silently), a key `__proto__`,
 *   `constructor` or `prototype`, a key followed by a line break before its `:` (YAML keys
 *   are one line), a key over MAX_KEY_CHARS (YAML's implicit keys end at 1,024 characters),
 *   more than MAX_KEYS keys in an object, nesting deeper than MAX_DEPTH.
 *
 * It never throws. test/source/plain-json.test.ts checks it against the guarded parser on
 * generated and mutated files. Why: for a JSON file, parsing with positions is almost all
 * of its cost in a batch, and JSON files are a share of every batch.
 */

/** Longest text read here: the yaml lexer makes at most some 1.2 tokens of a JSON character, so 32 KiB stay under ANSWER_LIMITS' 50,000 tokens. */
const MAX_CHARS = 32 * 1024;
/** Far below the guarded parser's depth cap (64); an answer file needs 3. */
const MAX_DEPTH = 16;
/** Far below the guarded parser's key cap (10,000). */
const MAX_KEYS = 2000;
const MAX_KEY_CHARS = 500;
// Characters that make the text a guarded parser's case wherever they are (inside strings,
// JSON.parse refuses raw control characters anyway), raw or as a `\u` escape: control and
// C1 characters, U+2028/U+2029, a BOM, surrogates (pairs are rare in answer files; lone ones
// must be judged there). Other escapes (`\u0410`, as Python's json writes Cyrillic) are read.
const ODD = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]|\\u(?:00[0189]|007[fF]|[dD][89a-fA-F]|202[89]|[fF][eE][fF][fF])/;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;
const SPACE = 0x20;

/** The value of plain JSON text, or `undefined` when the text needs the guarded parser. */
export function parsePlainJson(text: string): Record<string, unknown> | undefined {
  if (text.length === 0 || text.length > MAX_CHARS) return undefined;
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) === SPACE || text.charCodeAt(start) === NEWLINE)) start++;
  if (text.charCodeAt(start) !== LBRACE) return undefined;
  if (ODD.test(text) || !keysAreSafe(text, start)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * One pass over the text: no number, no duplicate or forbidden key, no key broken from its
 * colon by a line break, keys and nesting within the caps. It does not validate JSON (JSON.parse
 * does): on text it misreads it may only say no, or say yes where JSON.parse then refuses.
 */
function keysAreSafe(text: string, start: number): boolean {
  // Per open collection: a Set of its keys (objects) or null (arrays).
  const stack: Array<Set<string> | null> = [];
  // Whether the next string in the current object is a key (after `{` or `,`).
  let expectKey = false;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      let end = i + 1;
      for (;;) {
        end = text.indexOf('"', end);
        if (end < 0) return false;
        // A quote after an odd number of backslashes is escaped.
        let k = end - 1;
        while (text.charCodeAt(k) === BACKSLASH) k--;
        if ((end - 1 - k) % 2 === 0) break;
        end++;
      }
      const keys = stack[stack.length - 1];
      if (expectKey && keys) {
        if (end - i - 1 > MAX_KEY_CHARS) return false;
        let key = text.slice(i + 1, end);
        if (key.includes('\\')) {
          try {
            key = JSON.parse(text.slice(i, end + 1)) as string;
          } catch {
            return false;
          }
        }
        if (FORBIDDEN_KEYS.has(key) || keys.has(key) || keys.size >= MAX_KEYS) return false;
        keys.add(key);
        // The colon on the same line: only spaces between.
        let j = end + 1;
        while (text.charCodeAt(j) === SPACE) j++;
        if (text.charCodeAt(j) !== COLON) return false;
        expectKey = false;
        i = j;
        continue;
      }
      i = end;
      continue;
    }
    if (c === LBRACE) {
      if (stack.length >= MAX_DEPTH) return false;
      stack.push(new Set());
      expectKey = true;
    } else if (c === LBRACKET) {
      if (stack.length >= MAX_DEPTH) return false;
      stack.push(null);
      expectKey = false;
    } else if (c === RBRACE || c === RBRACKET) {
      stack.pop();
      expectKey = false;
    } else if (c === COMMA) {
      expectKey = stack[stack.length - 1] != null;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      // A number (or a minus sign): YAML may read it otherwise.
      return false;
    }
  }
  return true;
}
