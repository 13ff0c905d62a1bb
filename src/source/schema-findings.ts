import type { z } from 'zod';
import { formatPath, MAX_FINDINGS_PER_FILE, type Finding } from '../errors.js';
import type { PlainKey } from '../i18n/catalogue/entry.js';
import type { messages } from '../i18n/catalogue/messages.js';
import { m } from '../i18n/messages.js';
import { locate, type SheetDocument, type SourceDocument } from './parse-yaml.js';
import { printable } from './printable.js';

type Issue = z.core.$ZodIssue;

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v = value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg];
  }
  return v;
}

function typeName(value: unknown): string {
  if (value === null) return m('typeNull');
  if (Array.isArray(value)) return m('typeArray');
  // YAML tags make values no plain type names: !!set, !!binary, !!omap, .inf and .nan.
  if (value instanceof Set) return m('typeSet');
  if (value instanceof Map) return m('typeOrderedMap');
  if (value instanceof Uint8Array) return m('typeBinary');
  if (typeof value === 'number' && !Number.isFinite(value)) return m('typeNonFinite');
  switch (typeof value) {
    case 'string':
      return m('typeString');
    case 'number':
      return m('typeNumber');
    case 'boolean':
      return m('typeBoolean');
    case 'object':
      return m('typeObject');
    default:
      return typeof value;
  }
}

const EXPECTED: Readonly<Record<string, PlainKey<typeof messages>>> = {
  string: 'typeString',
  number: 'typeNumber',
  boolean: 'typeBoolean',
  object: 'typeObject',
  record: 'typeObject',
  array: 'typeArray',
};

function translated(message: string): string {
  return message in CATALOG_KEYS ? m(message as keyof typeof CATALOG_KEYS) : m('schemaOther', { detail: message });
}
const CATALOG_KEYS = { kebabId: true, semver: true, langCode: true, notEmpty: true, scoreRange: true, isoDate: true, documentId: true, recentMonthsRange: true } as const satisfies Partial<Record<PlainKey<typeof messages>, true>>;

/**
 * One issue's path and message, with unions narrowed to the branch the author meant.
 * `unknown` marks a key the schema does not know: refusing it refuses nothing around it.
 */
export function flattenIssues(issue: Issue, root: unknown, base: PropertyKey[] = []): Array<{ path: PropertyKey[]; message: string; key?: boolean; unknown?: boolean }> {
  const path = [...base, ...issue.path];
  // A field whose every refusal says one thing (`recentMonths`: a whole number of months in range).
  if (issue.message === 'recentMonthsRange') return [{ path, message: m('recentMonthsRange') }];
  switch (issue.code) {
    case 'invalid_type': {
      const actual = valueAt(root, path);
      if (actual === undefined) return [{ path, message: m('required') }];
      const expected = EXPECTED[issue.expected];
      return [{ path, message: m('expectedType', { expected: expected ? m(expected) : issue.expected, received: typeName(actual) }) }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], message: m('unknownKey', { key: printable(key) }), key: true, unknown: true }));
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return [{ path, message: m('notEmpty') }];
      if (issue.origin === 'number' && issue.message === 'scoreRange') return [{ path, message: m('scoreRange') }];
      return [{ path, message: issue.origin === 'number' && issue.minimum === 0 && issue.inclusive === false ? m('expectedType', { expected: '> 0', received: String(valueAt(root, path)) }) : m(issue.origin === 'array' || issue.origin === 'set' ? 'tooFewItems' : issue.origin === 'string' ? 'tooShort' : 'tooFew', { min: String(issue.minimum) }) }];
    case 'too_big':
      if (issue.message === 'scoreRange') return [{ path, message: m('scoreRange') }];
      // A limit says its unit: characters for a text, items for a list.
      return [{ path, message: m(issue.origin === 'array' || issue.origin === 'set' ? 'tooManyItems' : issue.origin === 'string' ? 'tooLong' : 'tooMany', { max: String(issue.maximum) }) }];
    case 'invalid_union': {
      // Report the branch that got furthest: the one whose issues are not a type mismatch at the union itself.
      const branches = issue.errors.filter((b) => !b.some((i) => i.code === 'invalid_type' && i.path.length === 0));
      const chosen = branches[0] ?? issue.errors[0] ?? [];
      if (branches.length === 0) return [{ path, message: translated(issue.message) }];
      return chosen.flatMap((i) => flattenIssues(i, root, path));
    }
    case 'invalid_key':
      return [{ path, message: translated(issue.issues[0]?.message ?? issue.message), key: true }];
    case 'invalid_value':
      return [{ path, message: m('oneOf', { values: issue.values.map(String).join(', ') }) }];
    case 'invalid_format':
      return [{ path, message: translated(issue.message) }];
    default:
      return [{ path, message: translated(issue.message) }];
  }
}

/** Turns a zod error into findings that point at the line and column of the offending value. */
export function schemaFindings(source: SourceDocument | SheetDocument, error: z.ZodError): Finding[] {
  const out: Finding[] = [];
  let more = 0;
  for (const issue of error.issues) {
    for (const { path, message, key } of flattenIssues(issue, source.value)) {
      // Only the findings that will be shown are located; the rest are counted.
      if (out.length >= MAX_FINDINGS_PER_FILE) {
        more++;
        continue;
      }
      out.push({ file: source.file, ...locate(source, path, { key }), path: printable(formatPath(path.map((p) => (typeof p === 'symbol' ? String(p) : p))), 200), message, severity: 'error' });
    }
  }
  if (more > 0) out.push({ file: source.file, message: m('moreFindings', { count: more }), severity: 'error' });
  return out;
}
