import type { Rubric } from '../rubric/model.js';

/**
 * One field that differs between two rubrics, found by walking the whole normalised model
 * (every field it has, including ones added after this was written), not a list of known
 * fields. `path` names it from the rubric's root: keys joined by dots, members of a list
 * that have an `id` (or a migration's `from`) by that key in brackets
 * (`questions[ai-audit].when.in`), other list members by position. A side where the field
 * is absent has no `before` / `after`.
 */
export interface FieldChange {
  path: string;
  before?: unknown;
  after?: unknown;
  /**
   * `text`: a wording in one language or a `source` citation, which moves no score;
   * `order`: the same members in another order; `method`: anything else, which can move a
   * score (a gate, "not applicable", a weight, an option, a scoring parameter, a unit…).
   */
  kind: 'text' | 'order' | 'method';
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The model as plain data: what a rubric means, without its file's hash. */
function plain(rubric: Rubric): Json {
  const { sha256: _hash, ...model } = rubric;
  return JSON.parse(JSON.stringify(model)) as Json;
}

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The key a list's members are matched by, when every member on both sides has one. */
function memberKey(a: Json[], b: Json[]): 'id' | 'from' | undefined {
  for (const key of ['id', 'from'] as const) {
    const all = [...a, ...b];
    if (all.length > 0 && all.every((m) => isObject(m) && typeof m[key] === 'string')) {
      const ids = (list: Json[]) => list.map((m) => (m as Record<string, string>)[key]);
      // Duplicates would make the match ambiguous (the rules refuse them; be safe).
      if (new Set(ids(a)).size === a.length && new Set(ids(b)).size === b.length) return key;
    }
  }
  return undefined;
}

function equal(a: Json | undefined, b: Json | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Every field that differs between `before` and `after`, in the new rubric's order. Questions
 * renamed by the migration (`renamed`: old id → new id) are compared with their successor.
 * Pure.
 */
export function diffFields(before: Rubric, after: Rubric, renamed: ReadonlyMap<string, string> = new Map()): FieldChange[] {
  const langs = new Set([...before.languages, ...after.languages]);
  const old = plain(before) as Record<string, Json>;
  if (renamed.size > 0 && Array.isArray(old.questions)) {
    old.questions = old.questions.map((q) => (isObject(q) && typeof q.id === 'string' && renamed.has(q.id) ? { ...q, id: renamed.get(q.id)! } : q));
  }
  const out: FieldChange[] = [];
  const kindOf = (segments: string[], a: Json | undefined, b: Json | undefined): FieldChange['kind'] => {
    const last = (segments[segments.length - 1] ?? '').replace(/^\./, '');
    const textual = (v: Json | undefined) => v === undefined || typeof v === 'string';
    // A language inside a text: the text of some language was reworded, added or removed.
    // A whole text appearing or disappearing (a question's `notApplicable`) is not this.
    if (langs.has(last) && textual(a) && textual(b) && segments.length > 1) return 'text';
    if (last === 'source' && textual(a) && textual(b)) return 'text';
    return 'method';
  };
  const walk = (segments: string[], a: Json | undefined, b: Json | undefined): void => {
    if (equal(a, b)) return;
    const path = segments.join('');
    if (isObject(a) && isObject(b)) {
      const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !Object.hasOwn(b, k))];
      for (const k of keys) walk([...segments, segments.length === 0 ? k : `.${k}`], a[k], b[k]);
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      const key = memberKey(a, b);
      if (key) {
        const id = (m: Json) => (m as Record<string, string>)[key]!;
        const oldBy = new Map(a.map((m) => [id(m), m]));
        const newBy = new Map(b.map((m) => [id(m), m]));
        for (const m of b) walk([...segments, `[${id(m)}]`], oldBy.get(id(m)), m);
        for (const m of a) if (!newBy.has(id(m))) walk([...segments, `[${id(m)}]`], m, undefined);
        const keptOld = a.map(id).filter((x) => newBy.has(x));
        const keptNew = b.map(id).filter((x) => oldBy.has(x));
        // A question's recommendations are a map in the file (id: weight): their order means nothing.
        const mapInFile = /^questions\[[^\]]+\]\.recommendations$/.test(path);
        if (!equal(keptOld, keptNew) && !mapInFile) out.push({ path, before: keptOld, after: keptNew, kind: 'order' });
        return;
      }
      // Lists of plain values (`when.in`, `shareBand`, `languages`) compare whole; others by position.
      if ([...a, ...b].some((m) => typeof m === 'object' && m !== null)) {
        for (let i = 0; i < Math.max(a.length, b.length); i++) walk([...segments, `[${i}]`], a[i], b[i]);
        return;
      }
    }
    out.push({ path, ...(a !== undefined ? { before: a } : {}), ...(b !== undefined ? { after: b } : {}), kind: kindOf(segments, a, b) });
  };
  walk([], old, plain(after));
  return out;
}
