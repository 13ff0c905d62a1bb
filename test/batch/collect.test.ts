import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/batch/collect.js';

let dir: string;
const cwd = process.cwd();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-collect-'));
  mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
  for (const name of ['a.yaml', 'b.yml', 'c.json', 'sub/d.yaml']) writeFileSync(join(dir, 'in', name), 'x: 1\n');
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
