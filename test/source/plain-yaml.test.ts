import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parsePlainYaml } from '../../src/source/plain-yaml.js';
import { parseYaml } from '../../src/source/parse-yaml.js';
import { RUNS } from '../fuzz/arbitraries.js';
import { generateAnswerText, readRubric } from '../../scripts/gen-answers.mjs';

// JavaScript's whitespace that YAML does not count as whitespace (adversarial review of 0.2.0,
// finding 4): as indentation, around values and ids, inside flow maps.
const unicodeSpace = fc.constantFrom('\u00a0', '\u1680', '\u2000', '\u2007', '\u200a', '\u202f', '\u205f', '\u3000', '\ufeff', '\u2028', '\u0085', '\u000b', '\u000c');
const spaced = fc.tuple(unicodeSpace, fc.constantFrom('en', 'none', 'kz-civil-service-ai', '"q"', '1.0.0', ''), fc.boolean()).map(([s, v, before]) => (before ? `${s}${v}` : `${v}${s}`));
// The quick reader must give exactly what the guarded parser gives, or step aside.
const scalar = fc.oneof(
  fc.constantFrom('none', 'team', '1.0.0', '2.0.0-rc.1', 'yes', 'No', 'null', '~', 'true', '12', '1.5', '0x1F', '.inf', 'e5', 'NaN', '-', '- x', '[a]', '{}', '{a: b}', '{id: x, version: 1.0.0}', '{id: "x, y", version: 1.0.0}', "'q'", '"q"', '"a\\nb"', '"\\x41"', '"\\ud800"', '"tab\\t"', '"#x" # c', 'a # c', 'a#b', 'a: b', 'a  b', 'Акимат №5 (Астана)', 'Әкімдігі «Ұлытау»', 'x, y', 'a/b', '&a x', '*a', '!!str x', '|', '>-', '"unterminated', '""', ''),
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
  spaced,
  fc.tuple(spaced, spaced).map(([a, b]) => `{id: ${a}, version: ${b}}`),
);
const key = fc.oneof(fc.constantFrom('rubric', 'answers', 'q1', 'q-2', '$schema', 'true', '__proto__', 'constructor', '"quoted key"', '"a:b"', '1', 'a b', 'x.y'), fc.string({ maxLength: 6 }));
const line = fc.oneof(
  fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(key, scalar).map(([k, v]) => `  ${k}: ${v}`),
  key.map((k) => `${k}:`),
  // Indentation with Unicode spaces, and keys near YAML's 1,024-character limit (finding 5).
  fc.tuple(fc.array(unicodeSpace, { minLength: 1, maxLength: 2 }), key, scalar).map(([s, k, v]) => `${s.join('')}${k}: ${v}`),
  fc.tuple(fc.integer({ min: 990, max: 1030 }), fc.constantFrom('', '  '), fc.boolean(), fc.constantFrom('', ' x')).map(([n, indent, quoted, v]) => `${indent}${quoted ? `"${'k'.repeat(n)}"` : 'k'.repeat(n)}:${v}`),
  fc.integer({ min: 990, max: 1030 }).map((n) => `f: {${'k'.repeat(n)}: x}`),
  fc.constantFrom('# comment', '  # indented comment', '', '    deeper: x', ' odd: x', '---', '...', '- item', '  - item', 'key:\tx', 'a: b\r', '\ufeffa: b', '%YAML 1.2'),
);
const text = fc.array(line, { minLength: 1, maxLength: 8 }).map((ls) => `${ls.join('\n')}\n`);

function agrees(t: string): boolean {
  const quick = parsePlainYaml(t);
  if (quick === undefined) return false;
  const guarded = parseYaml('x.yaml', t);
  expect(guarded.ok, t).toBe(true);
  if (guarded.ok) {
    expect(guarded.warnings, t).toEqual([]);
    expect(quick, t).toEqual(guarded.source.value);
  }
  expect(quick, t).toEqual(parse(t));
  expect(Object.getPrototypeOf(quick)).toBe(Object.prototype);
  return true;
}

describe('parsePlainYaml', () => {
  it('gives what the guarded parser gives, or undefined, on generated lines', () => {
    let accepted = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (agrees(t)) accepted++;
      }),
      // With the JSON reader's 4,000 (test/source/plain-json.test.ts), over 10,000 differential cases in every CI run.
      { numRuns: Math.max(RUNS, 6500) },
    );
    expect(accepted).toBeGreaterThan(100);
  });

  it('reads every file the interview and the generator write', () => {
    const rubric = readRubric();
    for (let i = 0; i < 200; i++) expect(agrees(generateAnswerText(rubric, i, {}))).toBe(true);
  });

  it('steps aside for Unicode spaces YAML does not treat as whitespace, and for keys over 1,000 characters', () => {
    const head = 'rubric: {id: kz-civil-service-ai, version: 2.0.0}\nrespondent: {organization: X}\n';
    for (const t of [
      `${head}language: en\nanswers:\n\u00a0\u00a0staff-ai-roles: post-filled\n`,
      `${head}language: en\nanswers:\n\u3000\u3000legal-internal-act: approved\n`,
      `${head}language: en\u00a0\n`,
      'rubric: {id: kz-civil-service-ai\u00a0, version: 2.0.0}\n',
      `${head}answers:\n  ${'a'.repeat(1100)}:\n`,
      `${head}answers: {${'a'.repeat(1100)}: x}\n`,
    ]) {
      expect(parsePlainYaml(t), JSON.stringify(t).slice(0, 120)).toBeUndefined();
      // and the guarded parser reads it otherwise, or refuses it
      const guarded = parseYaml('x.yaml', t);
      if (guarded.ok) expect(guarded.source.value).not.toEqual(parsePlainYaml(t.replace(/[\u00a0\u3000]/g, ' ')));
    }
  });

  it('steps aside for what only the guarded parser may judge', () => {
    for (const t of ['a: 1\na: 2\n', '__proto__: x\n', 'a:\n  b: 1\n  b: 2\n', '', '# only a comment\n', 'a: &x y\nb: *x\n', 'a: b\n---\nc: d\n', 'a:\n    b: c\n', 'a: [1, 2]\n']) {
      expect(parsePlainYaml(t), JSON.stringify(t)).toBeUndefined();
    }
  });
});
