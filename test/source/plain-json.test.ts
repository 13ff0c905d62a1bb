import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersFromSource, parseAnswers } from '../../src/answers/load.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { parseRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { parsePlainJson } from '../../src/source/plain-json.js';
import { parseYaml } from '../../src/source/parse-yaml.js';
import { ANSWER_LIMITS } from '../../src/source/read-source.js';
import { RUNS, TIMEOUT } from '../fuzz/arbitraries.js';
import { generateAnswerText, readRubric } from '../../scripts/gen-answers.mjs';

// The quick JSON reader must give exactly what the guarded parser gives, or step aside.

/** Deep equality that tells -0 from 0 and an own `__proto__` from none. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function agrees(t: string, file = 'x.json'): boolean {
  const quick = parsePlainJson(t);
  if (quick === undefined) return false;
  const guarded = parseYaml(file, t, ANSWER_LIMITS);
  expect(guarded.ok, t).toBe(true);
  if (guarded.ok) {
    expect(guarded.warnings, t).toEqual([]);
    expect(same(quick, guarded.source.value), t).toBe(true);
    expect(quick, t).toEqual(guarded.source.value);
  }
  return true;
}

const str = fc.oneof(
  fc.constantFrom('none', 'some', '1.0.0', 'Акимат №5 «Ұлытау»', 'Әкімдігі қ ң ө ұ ү һ і', 'a: b', '# x', '- x', '---', '...', '&a', '*a', '!!str', '{}', '[]', '"', '\\', '\n', '\t', '\u0085', '\u2028', '\ufeff', '\ud800', '\udc00x', '😀', '\u0000', '\u007f', 'true', 'null', '12', '-0', '1e5', '0x1F', '.inf', '~', 'yes', ' lead', 'trail ', '//', '/*', '__proto__'),
  fc.string({ maxLength: 10 }),
  fc.string({ maxLength: 6, unit: 'grapheme' }),
);
const keyArb = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('rubric', 'respondent', 'answers', 'comments', 'q1', 'q-2', 'id', 'version', 'organization', '$schema', '', ' ', 'a:b', 'a b', '1', '0', '10', 'toString') }, { weight: 2, arbitrary: str }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype') });

type Tree = string | null | boolean | number | Tree[] | { pairs: Array<[string, Tree]> };
const numberArb = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, 0, 1e21, 2 ** 53 + 1, 1.5, 1e-7));
const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
  t: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: str },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false) },
    { weight: 1, arbitrary: numberArb },
    { weight: 1, arbitrary: fc.array(tie('t'), { maxLength: 4 }) },
    { weight: 3, arbitrary: fc.uniqueArray(fc.tuple(keyArb, tie('t')), { maxLength: 5, selector: ([k]) => k }).map((pairs) => ({ pairs })) },
  ),
})).t;
const top = fc.uniqueArray(fc.tuple(keyArb, tree), { minLength: 0, maxLength: 7, selector: ([k]) => k }).map((pairs) => ({ pairs }));

/** JSON text of a tree in one of several layouts (compact, pretty, odd spacing). */
function write(t: Tree, layout: number, depth = 0): string {
  const nl = layout === 1 || layout === 3 ? `\n${'  '.repeat(depth + 1)}` : layout === 2 ? ' ' : '';
  const end = layout === 1 || layout === 3 ? `\n${'  '.repeat(depth)}` : '';
  const colon = layout === 2 ? ' : ' : layout === 0 ? ':' : ': ';
  const comma = layout === 3 ? `\n${'  '.repeat(depth + 1)}, ` : ',';
  if (Array.isArray(t)) return t.length === 0 ? '[]' : `[${nl}${t.map((x) => write(x, layout, depth + 1)).join(comma + (layout === 3 ? '' : nl))}${end}]`;
  if (t !== null && typeof t === 'object') {
    if (t.pairs.length === 0) return '{}';
    return `{${nl}${t.pairs.map(([k, v]) => `${JSON.stringify(k)}${colon}${write(v, layout, depth + 1)}`).join(comma + (layout === 3 ? '' : nl))}${end}}`;
  }
  return JSON.stringify(t) ?? 'null';
}

/** Changes a valid text in one way the guarded parser may judge differently. */
const mutation = fc.oneof(
  fc.constant((s: string) => s),
  fc.constant((s: string) => s.replace(/\{\s*"([^"]*)"\s*:\s*("[^"]*"|null|true|false)/, (m, k, v) => `${m}, "${k}": ${v}`)),
  fc.constant((s: string) => s.replace(/"([a-z])/, '"\\u00$1'.replace('$1', '6') + '$1')),
  fc.constant((s: string) => s.replace('{', '{"a": "x", "\\u0061": "y", ')),
  fc.constantFrom('-0', '1e5', '12345678901234567890', '0.1', '1E400', '-1', '1.0').map((n) => (s: string) => s.replace(/("[^"]*"|null)(\s*[,\]}])/, `${n}$2`)),
  fc.constantFrom('// note\n', '/* c */ ', '# c\n', '\ufeff', '\t', '\r\n', '\n\n', ' ', '[', '"x"', '---\n', '%YAML 1.2\n---\n').map((p) => (s: string) => p + s),
  fc.constantFrom('\n// note', '\n/* c */', ',', '\n---\n{}', '\n...\n', ' # c', '\r\n', '\t', 'x', '}', '\n{"a": "b"}').map((p) => (s: string) => s.replace(/\n?$/, p + '\n')),
  fc.constantFrom('\t', '\r\n', '\n', '  ', '\n//c\n', '\n// c\n').map((w) => (s: string) => s.replace(/([,:{\[])/, `$1${w}`)),
  fc.constant((s: string) => s.replace(/"\s*:/, '"\n:')),
  fc.constant((s: string) => s.replace(/"\s*:/, ' :')),
  fc.constantFrom('\\ud800', '\\udc00', '\\ud83d\\ude00', '\\u0000', '\\u0085', '\\u2028', '\\ufeff', '\\/', '\\b\\f', '\\"', '\\\\', '\\x41', "\\'", '\\u00e9', '\u0007', '\u0085', '\u2028').map((e) => (s: string) => s.replace(/"([^"]*)"/, `"$1${e}"`)),
  fc.integer({ min: 10, max: 80 }).map((n) => (s: string) => s.replace('{', `{"deep": ${'['.repeat(n)}${']'.repeat(n)}, `)),
  fc.integer({ min: 10, max: 80 }).map((n) => (s: string) => s.replace('{', `{"deep": ${'{"a":'.repeat(n)}{}${'}'.repeat(n)}, `)),
  fc.constant((s: string) => s.replace('{', `{"long": "${'x'.repeat(40_000)}", `)),
  fc.constant((s: string) => s.replace('{', `{"${'k'.repeat(1100)}": "x", `)),
  fc.constantFrom('__proto__', 'constructor', 'prototype').map((k) => (s: string) => s.replace('{', `{"${k}": {}, `)),
);

describe('parsePlainJson', () => {
  it('gives what the guarded parser gives, or undefined, on generated and mutated JSON', () => {
    let cases = 0;
    let taken = 0;
    fc.assert(
      fc.property(top, fc.integer({ min: 0, max: 3 }), mutation, (t, layout, mutate) => {
        cases++;
        const text = `${mutate(write(t, layout))}\n`;
        if (agrees(text)) taken++;
        agrees(text, 'x.yaml');
      }),
      { numRuns: Math.max(RUNS, 4000) },
    );
    expect(cases).toBeGreaterThanOrEqual(4000);
    // Valid texts are common among the generated: the quick path must take many of them.
    expect(taken).toBeGreaterThan(cases / 20);
  });

  it('reads every JSON file the generator writes', () => {
    const rubric = readRubric();
    for (let i = 0; i < 200; i++) {
      const text = generateAnswerText(rubric, i, { json: true, groups: i % 2 === 0 });
      expect(agrees(text), text).toBe(true);
    }
  });

  it('steps aside for what only the guarded parser may judge', () => {
    const aside = [
      '{"a": "1", "a": "2"}',
      '{"a": {"b": "1", "b": "2"}}',
      '{"a": "1", "\\u0061": "2"}',
      '{"__proto__": {}}',
      '{"x": {"constructor": "y"}}',
      '{"prototype": null}',
      '{"n": 1}',
      '{"n": -0}',
      '{"n": 12345678901234567890}',
      '{"n": 1e5}',
      '// note\n{"a": "b"}',
      '{"a": "b" // note\n}',
      '{"a": "b",}',
      '{"a"\n: "b"}',
      '{"a": "\\ud800"}',
      '{"a": "\\u0000"}',
      '{"a": "\\u009F"}',
      '{"a": "\\u2028"}',
      '{"a": "\\uFEFF"}',
      '{"a": "\u0085"}',
      '{"a":\t"b"}',
      '{"a": "b"}\r\n',
      '\ufeff{"a": "b"}',
      '["a"]',
      '"a"',
      'null',
      '',
      `{"a": ${'['.repeat(20)}${']'.repeat(20)}}`,
      `{"a": "${'x'.repeat(40_000)}"}`,
      `{"${'k'.repeat(600)}": "x"}`,
      `{${Array.from({ length: 2001 }, (_, i) => `"k${i}": null`).join(', ')}}`,
    ];
    for (const t of aside) expect(parsePlainJson(t), JSON.stringify(t.slice(0, 80))).toBeUndefined();
    expect(parsePlainJson('{"a": "b", "c": ["d", null, true], "e": {}}')).toEqual({ a: 'b', c: ['d', null, true], e: {} });
    expect(parsePlainJson('{"\\u0410": "\\u04d9"}')).toEqual({ А: 'ә' });
  });
});

describe('JSON answer files through parseAnswers', () => {
  let rubric: Rubric;
  beforeAll(() => {
    setMessageLang('en');
    const loaded = parseRubric('minimal.yaml', readFileSync('test/fixtures/rubrics/minimal.yaml', 'utf8'));
    if (!loaded.ok) throw new Error('minimal rubric does not load');
    rubric = loaded.value.rubric;
  });

  const hostile = fc
    .array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('😀', '\ud800', '\udc00', '\u0000', '\u0007', '\u001b[2J', '\u009b', '\u0085', '\u202e', '\u2028', '\r', '\t')), { maxLength: 12 })
    .map((parts) => parts.join(''));
  const option = fc.constantFrom('none', 'some', 'all', 'never', 'yearly', 'monthly', '');
  // The shapes of the adversarial review, written as JSON, and files near the real schema.
  // (The long ones, around the quick reader's 32 KiB, cost the guarded parser tens of ms: fewer of them.)
  const file = fc.oneof(
    { weight: 10, arbitrary: fc.record({ org: fc.oneof(fc.constantFrom('X', 'Акимат №5', '  ', ''), hostile), training: option, pentest: option, comment: fc.option(hostile, { nil: undefined }), lang: fc.constantFrom('en', 'ru', 'kk', 'de') }).map(({ org, training, pentest, comment, lang }) =>
      JSON.stringify({ rubric: { id: 'minimal', version: '1.0.0' }, respondent: { organization: org }, language: lang, answers: { 'staff-training': training, 'cyber-pentest': pentest }, ...(comment === undefined ? {} : { comments: { 'staff-training': comment } }) }, null, 2),
    ) },
    { weight: 4, arbitrary: fc.record({ n: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: 300 }) }, { weight: 1, arbitrary: fc.integer({ min: 1990, max: 2010 }) }), dup: fc.boolean() }).map(
      ({ n, dup }) => `{"rubric": {"id": "minimal", "version": "1.0.0"}, "respondent": {"organization": "X"}, "answers": {${Array.from({ length: n }, (_, i) => `"k${dup ? i % 97 : i}": "x"`).join(', ')}}}`,
    ) },
    { weight: 2, arbitrary: fc.constantFrom('rubric', 'respondent', 'language', 'answers', 'staff-training', 'organization', 'id').map((k) => `{"rubric": {"id": "minimal", "version": "1.0.0"}, "respondent": {"organization": "X"}, "language": "en", "answers": {"staff-training": "some"}}`.replace(`"${k}": `, (m) => `${m}${k === 'staff-training' || k === 'organization' || k === 'id' || k === 'language' ? '"x", ' + m : '{}, ' + m}`)) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 70 }).map((d) => `{"rubric": {"id": "minimal", "version": "1.0.0"}, "respondent": {"organization": "X"}, "answers": {"staff-training": "some"}, "x": ${'['.repeat(d)}${']'.repeat(d)}}`) },
    { weight: 1, arbitrary: fc.integer({ min: 30_000, max: 36_000 }).map((n) => `{"rubric": {"id": "minimal", "version": "1.0.0"}, "respondent": {"organization": "X"}, "answers": {"staff-training": "some"}, "comments": {"staff-training": "${'я'.repeat(n)}"}}`) },
    { weight: 1, arbitrary: fc.integer({ min: 31_000, max: 34_000 }).map((n) => `{"rubric": {"id": "minimal", "version": "1.0.0"}, "respondent": {"organization": "X"}, "answers": {"staff-training": "some"}}${'\n'.repeat(n)}`) },
  );

  it('gives what the guarded parser and the schema give, for any JSON file, valid or not', () => {
    fc.assert(
      fc.property(file, fc.constantFrom('f.json', 'f.yaml'), (text, name) => {
        const parsed = parseYaml(name, text, ANSWER_LIMITS);
        const expected = parsed.ok ? answersFromSource(parsed, rubric) : parsed;
        expect(parseAnswers(name, text, rubric)).toEqual(expected);
      }),
      { numRuns: Math.max(RUNS, 600) },
    );
  }, TIMEOUT);

  it('keeps the message the guarded parser gives a comment in a .json file', () => {
    const result = parseAnswers('f.json', '{\n  // note\n  "rubric": {"id": "minimal", "version": "1.0.0"}\n}\n', rubric);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings).toMatchObject([{ file: 'f.json', line: 2, column: 3 }]);
  });
});
