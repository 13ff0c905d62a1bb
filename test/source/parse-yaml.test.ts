import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/load.js';
import { formatFinding, type Finding } from '../../src/errors.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { parseRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { parseYaml } from '../../src/source/parse-yaml.js';

let rubric: Rubric;
beforeAll(() => {
  setMessageLang('en');
  const loaded = parseRubric('minimal.yaml', readFileSync('test/fixtures/rubrics/minimal.yaml', 'utf8'));
  if (!loaded.ok) throw new Error(loaded.findings.map(formatFinding).join('\n'));
  rubric = loaded.value.rubric;
});

const HEAD = 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: Акимат}\n';

function refused(text: string, file = 'x.yaml'): Finding[] {
  const result = parseYaml(file, text);
  expect(result.ok, `expected ${JSON.stringify(text.slice(0, 80))} to be refused`).toBe(false);
  return result.ok ? [] : result.findings;
}
const lines = (findings: Finding[]) => findings.map(formatFinding);

describe('deep nesting is refused before any recursive step', () => {
  const flow = (d: number) => '['.repeat(d) + ']'.repeat(d);
  const block = (d: number) => Array.from({ length: d }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
  const seq = (d: number) => Array.from({ length: d }, (_, i) => `${' '.repeat(i * 2)}-`).join('\n') + ' 1\n';

  it('accepts nesting far deeper than any real rubric', () => {
    for (const text of [flow(50), block(50), seq(50)]) expect(parseYaml('ok.yaml', text).ok).toBe(true);
  });

  it('refuses 100 levels of flow, block maps and block lists with file:line:col and the limit', () => {
    expect(lines(refused(flow(100), 'f.yaml'))).toEqual(['f.yaml:1:65: nesting is deeper than 64 levels; refused before parsing']);
    expect(lines(refused(block(100), 'b.yaml'))[0]).toMatch(/^b\.yaml:\d+:\d+: nesting is deeper than 64 levels/);
    expect(lines(refused(seq(100), 's.yaml'))[0]).toMatch(/^s\.yaml:\d+:\d+: nesting is deeper than 64 levels/);
  });

  it('refuses a million unclosed brackets, and survives doing it many times in one process', () => {
    // Without the guard the recursive composer overflows the stack; a second overflow in
    // one process can kill Node, so this runs the refusal several times over.
    const bombs = ['['.repeat(1_000_000), '{a: '.repeat(200_000), '- '.repeat(500_000), `${'[{'.repeat(300_000)}`];
    for (let round = 0; round < 3; round++) {
      for (const text of bombs) expect(refused(text)[0]!.message).toMatch(/^nesting is deeper than 64 levels/);
    }
  });
});

describe('alias bombs are refused before expansion', () => {
  const laughs = (levels: number) => {
    let text = 'l0: &l0 "lol"\n';
    for (let i = 1; i <= levels; i++) text += `l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]\n`;
    return text;
  };

  it('refuses a billion laughs, pointing at the first alias', () => {
    expect(lines(refused(laughs(9), 'bomb.yaml'))).toEqual([
      'bomb.yaml:2:10: aliases expand too far (over 100 expansions); refused as a possible alias bomb',
    ]);
  });

  it('refuses a chain of aliases that would multiply nesting depth', () => {
    let text = '';
    for (let k = 1; k <= 40; k++) text += `a${k}: &a${k} ${'['.repeat(60)}${k === 1 ? 'x' : `*a${k - 1}`}${']'.repeat(60)}\n`;
    expect(refused(text)[0]!.message).toMatch(/alias bomb/);
  });

  it('still accepts a few ordinary aliases', () => {
    const result = parseYaml('ok.yaml', 'opts: &o [a, b]\nq1: *o\nq2: *o\n');
    expect(result.ok && result.source.value).toEqual({ opts: ['a', 'b'], q1: ['a', 'b'], q2: ['a', 'b'] });
  });

  it('a self-referencing alias neither hangs nor crashes a loader', () => {
    const result = parseAnswers('self.yaml', `${HEAD}answers: &a {staff-training: *a}\n`, rubric);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(lines(result.findings)).toEqual(['self.yaml:3:30: answers.staff-training: must be a text, not a map of keys to values']);
  });
});

describe('__proto__, constructor and prototype never reach a prototype', () => {
  const cases: Array<[string, string, string]> = [
    ['top level', '__proto__: {polluted: yes}\n', 'x.yaml:1:1: "__proto__" is not allowed as a key'],
    ['in answers', `${HEAD}answers:\n  __proto__: {polluted: yes}\n`, 'x.yaml:4:3: "__proto__" is not allowed as a key'],
    ['quoted', `${HEAD}answers:\n  "__proto__": none\n`, 'x.yaml:4:3: "__proto__" is not allowed as a key'],
    ['in flow', `${HEAD}comments: {constructor: {prototype: {polluted: yes}}}\n`, 'x.yaml:3:12: "constructor" is not allowed as a key'],
    ['JSON', '{"rubric": {"id": "minimal"}, "__proto__": {"polluted": true}}', 'x.yaml:1:31: "__proto__" is not allowed as a key'],
    ['prototype', `${HEAD}answers:\n  prototype: none\n`, 'x.yaml:4:3: "prototype" is not allowed as a key'],
    ['inside an anchor used elsewhere', 'a: &a {__proto__: {polluted: yes}}\nb: *a\n', 'x.yaml:1:8: "__proto__" is not allowed as a key'],
  ];
  for (const [name, text, expected] of cases) {
    it(`refuses the key ${name}, with file:line:col`, () => {
      expect(lines(refused(text))).toContain(expected);
      const viaLoader = parseAnswers('x.yaml', text, rubric);
      expect(viaLoader.ok).toBe(false);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  }

  it('names every such key in one file, not just the first', () => {
    const found = refused(`${HEAD}answers:\n  __proto__: a\n  constructor: b\ncomments:\n  prototype: c\n`);
    expect(found.map((f) => f.line)).toEqual([4, 5, 7]);
  });

  it('refuses such a key in a rubric too', () => {
    const text = readFileSync('test/fixtures/rubrics/minimal.yaml', 'utf8').replace('title: {ru: Кадры,', 'title: {__proto__: x, ru: Кадры,');
    const loaded = parseRubric('r.yaml', text);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(lines(loaded.findings)).toEqual(['r.yaml:8:13: "__proto__" is not allowed as a key']);
  });

  it('an answer to a question id that is a prototype property name is an unknown id', () => {
    for (const id of ['toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      const result = parseAnswers('x.yaml', `${HEAD}answers:\n  ${id}: none\n`, rubric);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(lines(result.findings)).toEqual([`x.yaml:4:3: answers.${id}: unknown question id "${id}"`]);
    }
  });

  it('an option id that is a prototype property name is an unknown option', () => {
    const result = parseAnswers('x.yaml', `${HEAD}answers:\n  staff-training: toString\n`, rubric);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.findings[0]!.message).toMatch(/^unknown option "toString"/);
  });
});

describe('duplicate keys, several documents, wrong types: each a file:line:col message', () => {
  it('a duplicate key points at its second occurrence', () => {
    expect(lines(refused(`${HEAD}answers:\n  staff-training: none\n  staff-training: all\n`))).toEqual([
      'x.yaml:5:3: duplicate key: each key may appear once',
    ]);
  });

  it('a duplicate key in JSON', () => {
    expect(lines(refused('{"a": 1,\n "a": 2}'))).toEqual(['x.yaml:2:2: duplicate key: each key may appear once']);
  });

  it('a second document points at where it starts', () => {
    expect(lines(refused(`${HEAD}---\n${HEAD}`))).toEqual(['x.yaml:3:1: the file holds several YAML documents; put everything in one']);
  });

  it('wrong types name the path, the expected and the found type', () => {
    const result = parseAnswers('x.yaml', 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: 5}\nanswers: [a]\n', rubric);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(lines(result.findings)).toEqual([
        'x.yaml:2:28: respondent.organization: must be a text, not a number',
        'x.yaml:3:10: answers: must be a map of keys to values, not a list',
      ]);
    }
  });

  it('a syntax error has a position and no stack', () => {
    const found = refused('a: [1, 2\nb: "unterminated\n');
    for (const f of found) {
      expect(f.line).toBeGreaterThan(0);
      expect(formatFinding(f)).not.toMatch(/\n\s+at /);
    }
  });

  it('an empty file, a comment-only file', () => {
    expect(lines(refused(''))).toEqual(['x.yaml:1:1: the file is empty']);
    expect(lines(refused('# nothing\n'))).toEqual(['x.yaml:1:1: the file is empty']);
  });
});

describe('Windows and office files simply work', () => {
  it('CRLF line ends load, and positions count lines as a person does', () => {
    const ok = parseAnswers('w.yaml', `${HEAD}answers:\n  staff-training: all\n`.replace(/\n/g, '\r\n'), rubric);
    expect(ok.ok && [...ok.value.answers]).toEqual([['staff-training', 'all']]);
    const bad = parseAnswers('w.yaml', `${HEAD}answers:\n  staff-training: sometimes\n`.replace(/\n/g, '\r\n'), rubric);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(formatFinding(bad.findings[0]!)).toMatch(/^w\.yaml:4:19: answers\.staff-training: unknown option "sometimes"/);
  });

  it('a complex key does not print a process warning', async () => {
    const warnings: string[] = [];
    const listener = (w: Error) => warnings.push(w.message);
    process.on('warning', listener);
    try {
      const result = parseAnswers('c.yaml', `${HEAD}answers:\n  ? [a, b]\n  : none\n`, rubric);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(lines(result.findings)).toEqual(['c.yaml:4:3: answers["[ a, b ]"]: unknown question id "[ a, b ]"']);
      await new Promise((done) => setImmediate(done));
    } finally {
      process.off('warning', listener);
    }
    expect(warnings).toEqual([]);
  });
});
