import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parsePlainYaml } from '../../src/source/plain-yaml.js';
import { parseYaml } from '../../src/source/parse-yaml.js';
import { RUNS } from '../fuzz/arbitraries.js';
import { generateAnswerText, readRubric } from '../../scripts/gen-answers.mjs';

// The quick reader must give exactly what the guarded parser gives, or step aside.
const scalar = fc.oneof(
  fc.constantFrom('none', 'team', '1.0.0', '2.0.0-rc.1', 'yes', 'No', 'null', '~', 'true', '12', '1.5', '0x1F', '.inf', 'e5', 'NaN', '-', '- x', '[a]', '{}', '{a: b}', '{id: x, version: 1.0.0}', '{id: "x, y", version: 1.0.0}', "'q'", '"q"', '"a\\nb"', '"\\x41"', '"\\ud800"', '"tab\\t"', '"#x" # c', 'a # c', 'a#b', 'a: b', 'a  b', 'Акимат №5 (Астана)', 'Әкімдігі «Ұлытау»', 'x, y', 'a/b', '&a x', '*a', '!!str x', '|', '>-', '"unterminated', '""', ''),
  fc.string({ maxLength: 12 }),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
);
const key = fc.oneof(fc.constantFrom('rubric', 'answers', 'q1', 'q-2', '$schema', 'true', '__proto__', 'constructor', '"quoted key"', '"a:b"', '1', 'a b', 'x.y'), fc.string({ maxLength: 6 }));
const line = fc.oneof(
  fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(key, scalar).map(([k, v]) => `  ${k}: ${v}`),
  key.map((k) => `${k}:`),
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
      { numRuns: Math.max(RUNS, 3000) },
    );
    expect(accepted).toBeGreaterThan(50);
  });

  it('reads every file the interview and the generator write', () => {
    const rubric = readRubric();
    for (let i = 0; i < 200; i++) expect(agrees(generateAnswerText(rubric, i, {}))).toBe(true);
  });

  it('steps aside for what only the guarded parser may judge', () => {
    for (const t of ['a: 1\na: 2\n', '__proto__: x\n', 'a:\n  b: 1\n  b: 2\n', '', '# only a comment\n', 'a: &x y\nb: *x\n', 'a: b\n---\nc: d\n', 'a:\n    b: c\n', 'a: [1, 2]\n']) {
      expect(parsePlainYaml(t), JSON.stringify(t)).toBeUndefined();
    }
  });
});
