import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputList, collectInputs } from '../../src/batch/collect.js';
import { FirstSeen } from '../../src/batch/first-seen.js';
import { PathList } from '../../src/batch/paths.js';

let dir: string;
const cwd = process.cwd();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-collect-'));
  mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
  mkdirSync(join(dir, 'in-x'), { recursive: true });
  for (const name of ['a.yaml', 'b.yml', 'c.json', 'sub/d.yaml']) writeFileSync(join(dir, 'in', name), 'x: 1\n');
  writeFileSync(join(dir, 'in-x', 'e.yaml'), 'x: 1\n');
  process.chdir(dir);
});

afterAll(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

describe('collectInputs', () => {
  it('writes each path as join(folder, name) would, however the folder is given', () => {
    const expected = ['in/a.yaml', 'in/b.yml', 'in/c.json', 'in/sub/d.yaml'];
    for (const input of ['in', 'in/', './in', 'in//', './in/./']) expect(collectInputs([input]).files, input).toEqual(expected);
    process.chdir(join(dir, 'in'));
    try {
      expect(collectInputs(['.']).files).toEqual(['a.yaml', 'b.yml', 'c.json', 'sub/d.yaml']);
    } finally {
      process.chdir(dir);
    }
    expect(collectInputs([join(dir, 'in')]).files).toEqual(expected.map((p) => join(dir, p)));
  });

  it('lists a file once when inputs overlap, whichever way each names it, and keeps the first place', () => {
    const absolute = join(dir, 'in', 'b.yml');
    const { files, problems } = collectInputs(['in/sub/d.yaml', './in', absolute, 'in/sub/../b.yml', 'in/*.yaml', `${dir}/in/../in/c.json`]);
    expect(problems).toEqual([]);
    expect(files).toEqual(['in/sub/d.yaml', 'in/a.yaml', 'in/b.yml', 'in/c.json']);
  });
});

describe('collectInputList', () => {
  // A batch keeps its paths packed; it must list exactly what collectInputs lists, in its order.
  const cases: string[][] = [
    ['in'],
    ['./in/./'],
    ['in/sub/d.yaml', './in', 'in/b.yml', 'in/sub/../b.yml', 'in/*.yaml', 'in/../in/c.json'],
    ['in', 'in-x'],
    // 'in' and 'in-x' sort between 'in' and 'in/sub' as plain strings: still seen as nested.
    ['in-x', 'in/sub', 'in'],
    ['in/**/*.yaml', 'in/sub'],
    ['in/a.yaml', 'in/a.yaml'],
    ['.', 'in'],
    ['missing', 'in', ''],
  ];
  it('lists what collectInputs lists, in the same order, with the same problems', () => {
    for (const inputs of cases) {
      const plain = collectInputs(inputs);
      const packed = collectInputList(inputs);
      expect([...packed.files], inputs.join(' ')).toEqual(plain.files);
      expect(packed.files.length).toBe(plain.files.length);
      plain.files.forEach((f, i) => expect(packed.files.at(i)).toBe(f));
      expect(packed.problems).toEqual(plain.problems);
    }
    // Overlapping inputs still list each file once.
    expect([...collectInputList(['in-x', 'in/sub', 'in']).files]).toEqual(['in-x/e.yaml', 'in/sub/d.yaml', 'in/a.yaml', 'in/b.yml', 'in/c.json']);
  });
});

describe('PathList', () => {
  it('gives back every path as added, in order, across folders and by index', () => {
    const list = new PathList();
    const added: string[] = [];
    const prefixes = ['a/', 'a/b/', 'a/', '', 'c/д/'];
    for (let k = 0; k < 50; k++) {
      const prefix = prefixes[k % prefixes.length]!;
      for (let n = 0; n < (k % 4); n++) {
        const name = `f-${k}-${n}-әқ.yaml`;
        list.add(prefix, name);
        added.push(prefix + name);
      }
    }
    expect(list.length).toBe(added.length);
    expect([...list]).toEqual(added);
    expect(added.map((_, i) => list.at(i))).toEqual(added);
    expect(list.at(-1)).toBe(added.at(-1));
    expect(list.at(added.length)).toBeUndefined();
    expect([...list.parts()].map(([p, n]) => p + n)).toEqual(added);
    expect(() => list.add('x/', 'y.yaml')).toThrow();
  });
});

describe('FirstSeen', () => {
  it('gives the first number kept for a key, through the table growing, and nothing for a new key', () => {
    const seen = new FirstSeen();
    for (let i = 0; i < 5000; i++) expect(seen.firstOrAdd(`key ${i}`, i)).toBeUndefined();
    for (let i = 0; i < 5000; i++) expect(seen.firstOrAdd(`key ${i}`, 99_999)).toBe(i);
    expect(seen.firstOrAdd('', 7)).toBeUndefined();
    expect(seen.firstOrAdd('', 8)).toBe(7);
    expect(seen.firstOrAdd('key 5000', 0)).toBeUndefined();
    expect(seen.firstOrAdd('key 5000', 1)).toBe(0);
  });
});
