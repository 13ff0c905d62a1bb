import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/load.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { parseRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { ReportSchema } from '../../src/report/schema.js';
import { scoreAnswers } from '../../src/scoring/score.js';
import { decodeText } from '../../src/source/read-source.js';
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
        const report = scoreAnswers(r, { rubric: { id: r.id, version: r.version }, respondent: { organization: 'x' }, answers, comments: new Map(), evidence: new Map() }, { lang: 'en', tool: { name: 'readiness', version: 'fuzz' } });
        expect(ReportSchema.safeParse(report).success).toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
