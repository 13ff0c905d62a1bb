import {
  Composer,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  visit,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { limitFindings, MAX_FINDINGS_PER_FILE, type Finding } from '../errors.js';
import { m } from '../i18n/messages.js';
import { printable } from './printable.js';
import { FORBIDDEN_KEYS, INPUT_LIMITS } from './read-source.js';

/** A parsed YAML (or JSON) document that still knows where every value came from. */
export interface SourceDocument {
  file: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain JavaScript value of the document. */
  value: unknown;
}

/**
 * A document read from a workbook (`answers/workbook.ts`): its value, and the cell each value
 * came from (`Answers!D14`) by its path, since a workbook has no lines.
 */
export interface SheetDocument {
  file: string;
  value: unknown;
  /** path (its parts joined by NUL) → `Sheet!Cell`. */
  cells: ReadonlyMap<string, string>;
}

/** Where a finding points: a line and column in a text file, or a cell in a workbook. */
export type Position = { line?: number; column?: number; cell?: string };

/** The key of a path in `SheetDocument.cells`. */
export const cellKey = (path: ReadonlyArray<PropertyKey>): string => path.map(String).join('\u0000');

export type ParseResult =
  | { ok: true; source: SourceDocument; warnings: Finding[] }
  | { ok: false; findings: Finding[] };

export { FORBIDDEN_KEYS };

class TooDeepError extends Error {
  constructor(readonly offset: number) {
    super('too deep');
  }
}

class TooManyTokensError extends Error {
  constructor(readonly offset: number) {
    super('too many tokens');
  }
}

/**
 * Parses one YAML or JSON document with every guard in place: nesting depth is measured
 * by the streaming parser before any recursive step runs; a second document, duplicate
 * keys and syntax errors are findings with positions; prototype keys are refused; alias
 * expansion is capped. Never throws for bad input.
 */
export function parseYaml(
  file: string,
  text: string,
  limits: { maxDepth: number; maxAliasCount: number; maxKeys?: number; maxTokens?: number } = INPUT_LIMITS,
): ParseResult {
  const lineCounter = new LineCounter();
  const at = (offset: number, message: string, severity: Finding['severity'] = 'error'): Finding => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col, message, severity };
  };

  // A JSON file with comments would parse as YAML with keys such as `// note`, and the
  // messages would be about those keys: say what is wrong instead. No valid JSON has a line
  // that starts with // or /* (a string cannot span lines).
  if (/\.json$/i.test(file)) {
    const comment = /^[ \t]*(?:\/\/|\/\*)/m.exec(text);
    if (comment) {
      const line = text.slice(0, comment.index).split('\n').length;
      const column = comment[0].length - 1;
      return { ok: false, findings: [{ file, line, column, message: m('jsonComment'), severity: 'error' }] };
    }
  }

  const parser = new Parser(lineCounter.addNewLine);
  const lexer = new Lexer();
  const maxTokens = limits.maxTokens ?? INPUT_LIMITS.maxTokens;
  let count = 0;
  function* tokens() {
    lineCounter.addNewLine(0);
    for (const lexeme of lexer.lex(text, false)) {
      yield* parser.next(lexeme);
      if (parser.stack.length > limits.maxDepth) throw new TooDeepError(parser.offset);
      if (++count > maxTokens) throw new TooManyTokensError(parser.offset);
    }
    yield* parser.end();
  }

  // logLevel 'error': yaml would otherwise print some warnings (a collection used as a key)
  // through process.emitWarning, straight onto the user's terminal.
  // uniqueKeys off: yaml compares each new key with every earlier one (quadratic in the keys
  // of a map); `checkMaps` below does it with a Set, in linear time.
  const composer = new Composer({ uniqueKeys: false, prettyErrors: false, strict: true, logLevel: 'error' });
  const docs: Document.Parsed[] = [];
  try {
    // A second document is already an error: the rest of the file is not even composed, so
    // two hundred thousand `---` cost one finding, not two hundred thousand.
    for (const doc of composer.compose(tokens(), true, text.length)) {
      docs.push(doc);
      if (docs.length > 1) break;
    }
  } catch (error) {
    if (error instanceof TooDeepError) {
      return { ok: false, findings: [at(error.offset, m('tooDeep', { limit: limits.maxDepth }))] };
    }
    if (error instanceof TooManyTokensError) {
      return { ok: false, findings: [at(error.offset, m('tooManyTokens', { limit: maxTokens }))] };
    }
    return { ok: false, findings: [{ file, message: m('yamlSyntax', { detail: printable((error as Error).message) }), severity: 'error' }] };
  }

  const findings: Finding[] = [];
  const warnings: Finding[] = [];
  const doc = docs[0];
  if (!doc) return { ok: false, findings: [{ file, line: 1, column: 1, message: m('emptyFile'), severity: 'error' }] };
  for (const extra of docs.slice(1)) {
    findings.push(at(extra.range[0], m('severalDocuments')));
  }
  for (const error of doc.errors.slice(0, MAX_FINDINGS_PER_FILE)) {
    findings.push(at(error.pos[0], yamlErrorText(error.code, cleanYamlMessage(error.message))));
  }
  for (const warning of doc.warnings.slice(0, MAX_FINDINGS_PER_FILE)) warnings.push(at(warning.pos[0], yamlErrorText(warning.code, cleanYamlMessage(warning.message)), 'warning'));
  if (findings.length === 0) {
    const tooMany = checkMaps(doc, limits.maxKeys ?? INPUT_LIMITS.maxKeys, (offset, message) => findings.push(at(offset, message)));
    if (tooMany) return { ok: false, findings };
  }
  if (findings.length > 0) {
    const more = doc.errors.length - Math.min(doc.errors.length, MAX_FINDINGS_PER_FILE);
    if (more > 0) findings.push({ file, message: m('moreFindings', { count: more }), severity: 'error' });
    return { ok: false, findings: limitFindings(findings) };
  }

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { ok: false, findings: [{ file, line: 1, column: 1, message: m('emptyFile'), severity: 'error' }] };
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    if (error instanceof ReferenceError) {
      return { ok: false, findings: [at(firstAliasOffset(doc), m('aliasBomb', { limit: limits.maxAliasCount }))] };
    }
    return { ok: false, findings: [{ file, message: m('yamlSyntax', { detail: printable((error as Error).message) }), severity: 'error' }] };
  }
  // yaml defines `__proto__` as an own property, so it never reaches a prototype, but no later
  // step may see it either. The cheap walk over the value finds out; the slower walk over the
  // document that finds positions runs only when there is something to report.
  if (hasForbiddenKey(value)) {
    visit(doc, {
      Pair(_, pair) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
          findings.push(at(rangeStart(pair.key as YamlNode, doc), m('forbiddenKey', { key })));
        }
      },
    });
    // A forbidden string inside a sequence is harmless: only keys are refused.
    if (findings.length > 0) return { ok: false, findings };
  }
  return { ok: true, source: { file, doc, lineCounter, value }, warnings };
}

/**
 * Checks every map of the document in one pass: no key twice (a Set per map, so linear in
 * the keys; keys are compared as the plain value will hold them, so `1` and `"1"` clash)
 * and at most `maxKeys` keys. Reports each duplicate through `report`; returns true, having
 * reported it, when a map is over the cap (nothing more is worth checking then).
 */
function checkMaps(doc: Document.Parsed, maxKeys: number, report: (offset: number, message: string) => void): boolean {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      if (node.items.length > maxKeys) {
        report(node.range?.[0] ?? 0, m('tooManyKeys', { limit: maxKeys }));
        return true;
      }
      const keys = new Set<string>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key)) {
          const name = String(key.value);
          if (keys.has(name)) report(key.range?.[0] ?? 0, m('duplicateKey'));
          else keys.add(name);
        } else if (key !== null) stack.push(key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    }
  }
  return false;
}

/**
 * A yaml error in the reader's language: the common error codes (and, for MISSING_CHAR, the
 * character missing) have catalogue texts; anything else keeps the parser's English, labelled.
 */
export function yamlErrorText(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return m('duplicateKey');
    case 'TAB_AS_INDENT':
      return m('yamlTab');
    case 'BAD_INDENT': {
      const bracket = /end with a ([\]}])$/.exec(message);
      return bracket ? m('yamlUnclosedBracket', { char: bracket[1]! }) : m('yamlBadIndent');
    }
    case 'MISSING_CHAR': {
      if (/^Missing closing .?quote/.test(message)) return m('yamlUnclosedQuote');
      const bracket = /end with a ([\]}])$/.exec(message);
      if (bracket) return m('yamlUnclosedBracket', { char: bracket[1]! });
      if (/^Missing , /.test(message)) return m('yamlMissingComma');
      if (/^Missing space after :/.test(message)) return m('yamlSpaceAfterColon');
      if (/^Implicit map keys need to be followed by map values/.test(message)) return m('yamlKeyWithoutValue');
      if (/^Comments must be separated/.test(message)) return m('yamlCommentSpace');
      break;
    }
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return m('yamlMultilineKey');
    case 'BLOCK_IN_FLOW':
      return m('yamlBlockInFlow');
    case 'BAD_SCALAR_START': {
      const char = /cannot start with (?:.* )?(\S+)$/.exec(message)?.[1];
      if (char) return m('yamlBadStart', { char: printable(char) });
      break;
    }
    case 'BAD_DQ_ESCAPE': {
      const what = /Invalid escape sequence (.+)$/.exec(message)?.[1];
      if (what) return m('yamlBadEscape', { what: printable(what) });
      break;
    }
    case 'UNEXPECTED_TOKEN':
      return m('yamlUnexpected');
  }
  return m('yamlSyntax', { detail: printable(message) });
}

function cleanYamlMessage(message: string): string {
  // yaml appends " at line L, column C" and a code excerpt when errors are prettified; ours are not.
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Whether any map in the value has a forbidden key; iterative and cycle-safe (aliases may loop). */
function hasForbiddenKey(root: unknown): boolean {
  const stack: unknown[] = [root];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) return true;
      stack.push((v as Record<string, unknown>)[key]);
    }
  }
  return false;
}

function firstAliasOffset(doc: Document.Parsed): number {
  let offset = 0;
  visit(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function rangeStart(node: YamlNode | null | undefined, _doc: Document.Parsed): number {
  return node?.range?.[0] ?? 0;
}

const keyIndexes = new WeakMap<object, Map<string, Pair>>();

/** A map's pairs by key (the first of each), built once per map: `locate` stays O(path) per finding. */
function keyIndex(map: YAMLMap): Map<string, Pair> {
  let index = keyIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items as Pair[]) {
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      if (!index.has(name)) index.set(name, pair);
    }
    keyIndexes.set(map, index);
  }
  return index;
}

/** Line and column (1-based) of the value at `path`, or of its key when `key` is true. */
export function locate(source: SourceDocument, path: ReadonlyArray<PropertyKey>, options?: { key?: boolean }): { line: number; column: number };
export function locate(source: SourceDocument | SheetDocument, path: ReadonlyArray<PropertyKey>, options?: { key?: boolean }): Position;
export function locate(
  source: SourceDocument | SheetDocument,
  path: ReadonlyArray<PropertyKey>,
  options: { key?: boolean } = {},
): Position {
  if ('cells' in source) {
    // The cell of the path, else of its nearest parent that has one; the file itself otherwise.
    for (let n = path.length; n >= 0; n--) {
      const cell = source.cells.get(cellKey(path.slice(0, n)));
      if (cell !== undefined) return { cell };
    }
    return {};
  }
  const { doc, lineCounter } = source;
  let node: unknown = doc.contents;
  let offset = (doc.contents as YamlNode | null)?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = keyIndex(node).get(String(seg));
      if (!pair) break;
      const last = i === path.length - 1;
      const keyNode = pair.key as YamlNode | null;
      if (last && options.key && keyNode?.range) {
        offset = keyNode.range[0];
        node = undefined;
        break;
      }
      const valueNode = pair.value as YamlNode | null;
      offset = valueNode?.range?.[0] ?? keyNode?.range?.[0] ?? offset;
      node = valueNode;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as YamlNode | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
