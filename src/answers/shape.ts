import { lazy } from '../lazy.js';
import type { AnswersFile } from './schema.js';
import { DOCUMENT_ID, isDocumentType } from '../evidence/model.js';

/**
 * The answer-file schema's decision without the schema library, for the files that pass it:
 * a plain object with known fields of the right types and lengths gives exactly what
 * `AnswersSchema.parse` gives (test/fuzz checks the two agree on generated values); anything
 * else gives `undefined`, and the caller asks the zod schema, which words every finding with
 * its path. Loading zod costs a run about as much as parsing the answers: a batch of valid
 * files, and `score` of one, never pay it.
 */
export function plainAnswersFile(value: unknown): AnswersFile | undefined {
  if (!isRecord(value)) return undefined;
  for (const key of Object.keys(value)) if (!TOP.has(key)) return undefined;
  if (value.$schema !== undefined && typeof value.$schema !== 'string') return undefined;
  const rubric = value.rubric;
  if (!isRecord(rubric) || !only(rubric, ['id', 'version'])) return undefined;
  if (typeof rubric.id !== 'string' || rubric.id.length < 1 || typeof rubric.version !== 'string' || rubric.version.length < 1) return undefined;
  const r = value.respondent;
  if (!isRecord(r) || !only(r, ['organization', 'unit', 'name', 'position', 'type', 'region'])) return undefined;
  if (typeof r.organization !== 'string') return undefined;
  const organization = r.organization.trim();
  if (organization.length < 1 || organization.length > 500) return undefined;
  for (const key of ['unit', 'name', 'position', 'type', 'region'] as const) {
    const v = r[key];
    if (v !== undefined && v !== null && (typeof v !== 'string' || v.length > 500)) return undefined;
  }
  if (value.language !== undefined && value.language !== null && typeof value.language !== 'string') return undefined;
  // A unit's file (`readiness template --unit`): its unit id and the questions it was asked.
  let unit: string | null | undefined = value.unit as string | null | undefined;
  if (unit !== undefined && unit !== null) {
    if (typeof unit !== 'string') return undefined;
    unit = unit.trim();
    if (unit.length < 1 || unit.length > 200) return undefined;
  }
  const asked = value.asked;
  if (asked !== undefined && asked !== null) {
    if (!Array.isArray(asked) || asked.length > 10000) return undefined;
    for (const id of asked) if (typeof id !== 'string' || id.length > 200) return undefined;
  }
  if (value.date !== undefined && value.date !== null && (typeof value.date !== 'string' || !ISO_DATE.test(value.date))) return undefined;
  const documents = value.documents;
  if (documents !== undefined && documents !== null) {
    if (!isRecord(documents)) return undefined;
    for (const [id, doc] of Object.entries(documents)) {
      if (!DOCUMENT_ID.test(id) || !isRecord(doc) || !only(doc, DOCUMENT_KEYS)) return undefined;
      const { type, number } = doc;
      if (type !== undefined && type !== null && (typeof type !== 'string' || !isDocumentType(type))) return undefined;
      if (number !== undefined && number !== null && !(typeof number === 'string' && number.length <= 200) && !(typeof number === 'number' && Number.isFinite(number))) return undefined;
      for (const [key, max] of [['date', 200], ['title', 500], ['issuer', 500], ['link', 2000]] as const) {
        const v = doc[key];
        if (v !== undefined && v !== null && (typeof v !== 'string' || v.length > max)) return undefined;
      }
    }
  }
  const evidence = value.evidence;
  if (evidence !== undefined && evidence !== null) {
    if (!isRecord(evidence)) return undefined;
    for (const v of Object.values(evidence)) {
      if (v === null || (typeof v === 'string' && v.length <= 2000)) continue;
      if (!Array.isArray(v) || v.length > 50 || !v.every((d) => typeof d === 'string' && DOCUMENT_ID.test(d))) return undefined;
    }
  }
  const maps = { answers: Infinity, comments: 4000 } as const;
  for (const [key, max] of Object.entries(maps)) {
    const map = value[key];
    if (map === undefined || map === null) continue;
    if (!isRecord(map)) return undefined;
    for (const v of Object.values(map)) if (v !== null && (typeof v !== 'string' || v.length > max)) return undefined;
  }
  // The same object the schema builds: fields in the order given, the organization trimmed.
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'respondent') {
      const resp: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(r)) resp[k] = k === 'organization' ? organization : x;
      out[key] = resp;
    } else if (key === 'rubric') out[key] = { id: rubric.id, version: rubric.version };
    else if (key === 'unit') out[key] = unit;
    else if (key === 'asked' && Array.isArray(v)) out[key] = [...v];
    else if (key === 'documents' && isRecord(v)) out[key] = Object.fromEntries(Object.entries(v).map(([id, doc]) => [id, { ...(doc as object) }]));
    else if (key === 'evidence' && isRecord(v)) out[key] = Object.fromEntries(Object.entries(v).map(([id, x]) => [id, Array.isArray(x) ? [...x] : x]));
    else if (isRecord(v)) out[key] = { ...v };
    else out[key] = v;
  }
  return out as AnswersFile;
}

// Merged files (`contributors`, `decisions`) are left to the schema: one file per body.
const TOP = new Set(['$schema', 'rubric', 'respondent', 'language', 'date', 'answers', 'comments', 'documents', 'evidence', 'unit', 'asked']);
const DOCUMENT_KEYS = ['type', 'number', 'date', 'title', 'issuer', 'link'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function only(v: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(v).every((k) => keys.includes(k));
}

const schemaModule = lazy<typeof import('./schema.js')>('./schema.js', import.meta.url);

/** The zod schema, loaded on first need: synchronously, so loaders stay synchronous. */
export function answersSchema(): (typeof import('./schema.js'))['AnswersSchema'] {
  return schemaModule().AnswersSchema;
}
