import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/load.js';
import { answersSchema } from '../../src/answers/shape.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { parseRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { ReportSchema } from '../../src/report/schema.js';
import { RubricSchema } from '../../src/rubric/schema.js';
import { scoreAnswers } from '../../src/scoring/score.js';
import { parseYaml } from '../../src/source/parse-yaml.js';
import { decodeText } from '../../src/source/read-source.js';
import { schemaFindings } from '../../src/source/schema-findings.js';
import { anyValue, count, counted, expectCleanFindings, KEYS, RUNS, TIMEOUT, toJsonText } from './arbitraries.js';

const MINIMAL = readFileSync('test/fixtures/rubrics/minimal.yaml', 'utf8');
let rubric: Rubric;
beforeAll(() => {
  setMessageLang('en');
  const loaded = parseRubric('minimal.yaml', MINIMAL);
  if (!loaded.ok) throw new Error('minimal rubric does not load');
  rubric = loaded.value.rubric;
});
afterAll(() => {
  const total = [...counted.values()].reduce((a, b) => a + b, 0);
  console.log(`fuzz loaders: ${total} cases (${[...counted].map(([k, v]) => `${k} ${v}`).join(', ')})`);
});

/** Loads answer text; it is a valid Report or clean findings, never a throw. */
function checkAnswersText(text: string): void {
  const result = parseAnswers('fuzz.yaml', text, rubric);
  if (!result.ok) {
    expectCleanFindings('fuzz.yaml', result.findings);
    return;
  }
  const report = scoreAnswers(rubric, result.value, { lang: 'en', tool: { name: 'readiness', version: 'fuzz' }, warnings: result.warnings.map((w) => w.message) });
  const parsed = ReportSchema.safeParse(report);
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  expect(Object.prototype).not.toHaveProperty('polluted');
}

function checkRubricText(text: string): void {
  const result = parseRubric('fuzz-rubric.yaml', text);
  if (!result.ok) expectCleanFindings('fuzz-rubric.yaml', result.findings);
}

const yamlChars = fc.constantFrom(...'{}[]:,-&*!|>\'"#?%@`\n\n  \t\r abcqz019.~<=_\\'.split(''), 'staff-training', 'none', '__proto__', '&a ', '*a', '<<: ', '---\n', '...\n', '!!binary ', '!!set ', '? ', 'rubric', 'answers');

describe('fuzz: the loaders never crash', () => {
  it('arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        count('bytes');
        const read = decodeText('fuzz.yaml', bytes);
        if (!read.ok) {
          expectCleanFindings('fuzz.yaml', [read.finding]);
          return;
        }
        checkAnswersText(read.text);
        checkRubricText(read.text);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('arbitrary YAML-like text', () => {
    fc.assert(
      fc.property(fc.string({ unit: yamlChars, maxLength: 120 }), (text) => {
        count('yaml-text');
        checkAnswersText(text);
        checkRubricText(text);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('arbitrary YAML values, written as YAML and as JSON', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        count('yaml-values');
        const json = toJsonText(value);
        checkAnswersText(json);
        checkRubricText(json);
        let yaml: string;
        try {
          yaml = stringify(parse(json, { uniqueKeys: false }) ?? null);
        } catch {
          return;
        }
        checkAnswersText(yaml);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('answer files near the real schema', () => {
    const qids = fc.constantFrom('staff-training', 'cyber-pentest');
    const options = fc.constantFrom('none', 'some', 'all', 'never', 'yearly', '', ' all ');
    const field = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: good.map((v) => ({ v })) }, { weight: 1, arbitrary: anyValue.map((v) => ({ v })) }, { weight: 1, arbitrary: fc.constant(undefined) });
    const arb = fc.record({
      rubric: field(fc.record({ id: fc.constantFrom('minimal', 'other'), version: fc.constantFrom('1.0.0', '0.9.0', '2.0.0') })),
      respondent: field(fc.record({ organization: fc.oneof(fc.string(), fc.constantFrom('Акимат <b>x</b>', '=1+1', '  ')) }, { requiredKeys: [] })),
      language: field(fc.constantFrom('ru', 'kk', 'en', 'de', null)),
      answers: field(fc.array(fc.tuple(fc.oneof({ weight: 4, arbitrary: qids }, { weight: 1, arbitrary: KEYS }), fc.oneof({ weight: 4, arbitrary: options }, { weight: 1, arbitrary: anyValue })), { maxLength: 5 })),
      comments: field(fc.array(fc.tuple(fc.oneof(qids, KEYS), fc.oneof(fc.string({ maxLength: 50 }), anyValue)), { maxLength: 3 })),
      extra: fc.option(fc.tuple(KEYS, anyValue), { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, ({ extra, ...fields }) => {
        count('near-answers');
        const pairs: Array<[string, unknown]> = [];
        for (const [k, f] of Object.entries(fields)) {
          if (f === undefined) continue;
          const v = (k === 'answers' || k === 'comments') && Array.isArray(f.v) && f.v.every((p) => Array.isArray(p) && p.length === 2) ? { pairs: f.v } : f.v;
          pairs.push([k, v]);
        }
        if (extra) pairs.push(extra);
        checkAnswersText(toJsonText({ pairs }));
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('rubrics near the real schema: one field of a valid rubric changed or removed', () => {
    const base = parse(MINIMAL) as Record<string, unknown>;
    const paths: Array<Array<string | number>> = [];
    const walk = (v: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.option(anyValue, { nil: undefined }), fc.boolean(), (path, value, asJson) => {
        count('near-rubric');
        const copy = structuredClone(base);
        let parent: Record<string | number, unknown> = copy;
        for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
        const last = path[path.length - 1]!;
        if (value === undefined) {
          if (Array.isArray(parent)) parent.splice(last as number, 1);
          else delete parent[last];
        } else parent[last] = value;
        const text = asJson ? toJsonText(copy) : stringify(copy);
        const result = parseRubric('fuzz-rubric.yaml', text);
        if (!result.ok) {
          expectCleanFindings('fuzz-rubric.yaml', result.findings);
          return;
        }
        // A rubric that still loads scores every answer file into a valid report.
        const r = result.value.rubric;
        const answers = new Map(r.questions.map((q) => [q.id, q.options[q.options.length - 1]!.id]));
        const report = scoreAnswers(r, { rubric: { id: r.id, version: r.version }, respondent: { organization: 'x' }, answers, comments: new Map(), documents: new Map(), evidence: new Map() }, { lang: 'en', tool: { name: 'readiness', version: 'fuzz' } });
        expect(ReportSchema.safeParse(report).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

/**
 * SPEC: every finding at once. A document the schema refuses in one place is still checked by
 * the rules everywhere else (a rule error elsewhere is never hidden), and the rules add nothing
 * about the refused place itself (no cascade: a valid document with one refused field gives
 * exactly the schema's findings).
 */
// (A rubric case costs some 50 ms, loading it twice and checking every rule: fewer of them.)
describe('every finding at once: the rules check what the schema left', () => {
  const METHOD = readFileSync('test/fixtures/rubrics/method.yaml', 'utf8');
  const ANSWERS = 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: X, name: Y}\nlanguage: en\nasked: [staff-training]\nanswers: {staff-training: some, cyber-pentest: never}\ncomments: {staff-training: c}\nevidence: {cyber-pentest: e}\n';
  const pathsOf = (base: unknown, skip: (path: Array<string | number>) => boolean = () => false) => {
    const paths: Array<Array<string | number>> = [];
    const walk = (v: unknown, path: Array<string | number>) => {
      if (path.length > 0 && !skip(path)) paths.push(path);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(base, []);
    return paths;
  };
  const changed = (base: unknown, path: Array<string | number>, value: unknown) => {
    const copy = structuredClone(base) as Record<string | number, unknown>;
    let parent = copy;
    for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
    parent[path[path.length - 1]!] = value;
    return stringify(copy);
  };
  const lines = (findings: ReadonlyArray<{ path?: string; message: string }>) => findings.map((f) => `${f.path}: ${f.message}`).sort();
  /** The schema's own findings for `text`, or undefined when the schema accepts it. */
  const schemaOnly = (schema: import('zod').ZodType, text: string) => {
    const parsed = parseYaml('f.yaml', text);
    if (!parsed.ok) return undefined;
    const result = schema.safeParse(parsed.source.value);
    return result.success ? undefined : lines(schemaFindings(parsed.source, result.error));
  };

  // A value with nothing inside it: the rules could find nothing new in it (a list of ids could).
  const flat = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.string({ maxLength: 8 }), fc.constantFrom('Bad Id', '', '1.0', [], {}));

  it('a rubric with one refused field: exactly the schema findings, nothing the rules infer from it', () => {
    const bases = [parse(MINIMAL), parse(METHOD)].map((b) => ({ base: b, paths: pathsOf(b) }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 }), fc.nat(), flat, (which, pick, value) => {
        count('salvage-rubric-exact');
        const { base, paths } = bases[which]!;
        const text = changed(base, paths[pick % paths.length]!, value);
        const expected = schemaOnly(RubricSchema, text);
        if (!expected) return;
        const result = parseRubric('f.yaml', text);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(lines(result.findings)).toEqual(expected);
      }),
      { numRuns: RUNS / 2 },
    );
  }, TIMEOUT);

  it('a rubric with one refused field still has its rule errors elsewhere reported', () => {
    // A rule error planted in the risk category: its title lacks the Kazakh text.
    const base = parse(MINIMAL.replace('title: {ru: Киберугрозы, kk: Киберқауіптер, en: Cyber threats}', 'title: {ru: Киберугрозы, en: Cyber threats}'));
    // Not the planted place, not the languages (refused, no text can be checked), not a whole list.
    const paths = pathsOf(base, (p) => p[0] === 'riskCategories' || p[0] === 'languages' || p.length === 1);
    fc.assert(
      fc.property(fc.constantFrom(...paths), anyValue, (path, value) => {
        count('salvage-rubric-kept');
        const text = changed(base, path, value);
        if (!schemaOnly(RubricSchema, text)) return;
        const result = parseRubric('f.yaml', text);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(lines(result.findings)).toContain('riskCategories[0].title: missing the "kk" text');
      }),
      { numRuns: RUNS / 2 },
    );
  }, TIMEOUT);

  it('an answer file with one refused field: its schema findings, and its rule errors elsewhere', () => {
    const valid = parse(ANSWERS) as Record<string, unknown>;
    const planted = parse(ANSWERS.replace('cyber-pentest: never}', 'cyber-pentest: monthly}')) as Record<string, unknown>;
    const paths = pathsOf(valid);
    // The planted error stays in view unless the change is at it, or takes away the rubric named.
    const keeps = (path: Array<string | number>) => !(path[0] === 'rubric' || (path[0] === 'answers' && (path.length === 1 || path[1] === 'cyber-pentest')));
    fc.assert(
      fc.property(fc.constantFrom(...paths), flat, anyValue, (path, refused, value) => {
        count('salvage-answers');
        for (const [base, plantedError] of [[valid, false], [planted, true]] as const) {
          const text = changed(base, path, plantedError ? value : refused);
          const expected = schemaOnly(answersSchema(), text);
          if (!expected) return;
          const result = parseAnswers('f.yaml', text, rubric);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          if (!plantedError) expect(lines(result.findings)).toEqual(expected);
          else if (keeps(path)) expect(lines(result.findings)).toContain('answers.cyber-pentest: unknown option "monthly" for question "cyber-pentest"; expected one of: never, yearly');
        }
      }),
      { numRuns: RUNS * 2 },
    );
  }, TIMEOUT);
});
