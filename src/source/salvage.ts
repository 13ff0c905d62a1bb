import type { z } from 'zod';
import { flattenIssues } from './schema-findings.js';

/**
 * What is left of a document the schema refused, for the semantic rules to check too
 * (SPEC: every finding at once). Each part that passes its own schema is kept as the schema
 * gives it; a refused text is kept as written (an id with a capital letter still names what
 * other parts point to); any other refused part is left out (a number out of range compares
 * with nothing; an object element that is not an object becomes `{}`, keeping the positions
 * of the rest).
 * `failed` lists the refused paths: the rules' findings at, under or above one of them are
 * consequences of the schema finding already given and are dropped by `outside`.
 */
export interface Salvaged {
  value: unknown;
  failed: Array<{ path: ReadonlyArray<PropertyKey>; unknown: boolean }>;
}

// zod 4's definition of a schema node: only the fields read here.
interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const DROP = Symbol('drop');

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function salvageValue(schema: z.ZodType, value: unknown): unknown {
  const ok = schema.safeParse(value);
  if (ok.success) return ok.data;
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return value === undefined || value === null ? value : salvageValue(def.innerType!, value);
    case 'string':
    case 'enum':
      return typeof value === 'string' ? value : DROP;
    case 'object': {
      if (!isPlainObject(value)) return DROP;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(def.shape!)) {
        if (!Object.hasOwn(value, key)) continue;
        const kept = salvageValue(field, value[key]);
        if (kept !== DROP) out[key] = kept;
      }
      return out;
    }
    case 'array': {
      if (!Array.isArray(value)) return DROP;
      const element = def.element!;
      const objects = defOf(element).type === 'object';
      return value.map((v) => {
        const kept = salvageValue(element, v);
        return kept === DROP ? (objects ? {} : undefined) : kept;
      });
    }
    case 'record': {
      if (!isPlainObject(value)) return DROP;
      const out: Record<string, unknown> = {};
      for (const [key, v] of Object.entries(value)) {
        if (!def.keyType!.safeParse(key).success) continue;
        const kept = salvageValue(def.valueType!, v);
        if (kept !== DROP) out[key] = kept;
      }
      return out;
    }
    case 'union': {
      // The branch of the value's own kind (a list or a map of recommendations).
      const branch = def.options!.find((o) => {
        const t = defOf(o).type;
        return Array.isArray(value) ? t === 'array' || t === 'tuple' : isPlainObject(value) ? t === 'object' || t === 'record' : t === typeof value;
      });
      return branch ? salvageValue(branch, value) : DROP;
    }
    case 'tuple': {
      if (!Array.isArray(value) || value.length !== def.items!.length) return DROP;
      const items = value.map((v, i) => salvageValue(def.items![i]!, v));
      return items.includes(DROP) ? DROP : items;
    }
    default:
      return DROP;
  }
}

/** What the rules can still check in `value`, which `schema` refused with `error`. */
export function salvage(schema: z.ZodType, value: unknown, error: z.ZodError): Salvaged | undefined {
  const kept = salvageValue(schema, value);
  if (kept === DROP || !isPlainObject(kept)) return undefined;
  const failed = error.issues.flatMap((issue) => flattenIssues(issue, value).map(({ path, unknown }) => ({ path, unknown: unknown === true })));
  return { value: kept, failed };
}

const startsWith = (path: ReadonlyArray<PropertyKey>, prefix: ReadonlyArray<PropertyKey>) =>
  prefix.length <= path.length && prefix.every((seg, i) => String(seg) === String(path[i]));

/**
 * Whether a rule's finding at `path` is about something the schema did not already refuse:
 * not at or under a refused part, nor above one (a question's options without the refused
 * option are not "missing a 0"). An unknown key refuses only itself.
 */
export function outside(failed: Salvaged['failed'], path: ReadonlyArray<PropertyKey>): boolean {
  return !failed.some((f) => startsWith(path, f.path) || (!f.unknown && startsWith(f.path, path)));
}

/** Whether anything under `prefix` was refused. */
export function refusedUnder(failed: Salvaged['failed'], prefix: ReadonlyArray<PropertyKey>): boolean {
  return failed.some((f) => startsWith(f.path, prefix));
}
