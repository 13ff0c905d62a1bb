import * as realFs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';

// Each fs call the writer makes can be replaced per test; by default they are the real ones.
type Fs = typeof realFs;
const hooks = vi.hoisted(() => ({
  calls: [] as string[],
  writeSync: undefined as undefined | ((actual: Fs, fd: number, buf: Uint8Array, off: number, len: number) => number),
  fsyncSync: undefined as undefined | ((actual: Fs, fd: number) => void),
  renameSync: undefined as undefined | ((actual: Fs, from: string, to: string) => void),
}));
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<Fs>();
  const wrapped = {
    ...actual,
    openSync: (...a: Parameters<Fs['openSync']>) => (hooks.calls.push(`open ${String(a[0])}`), actual.openSync(...a)),
    writeSync: (fd: number, buf: Uint8Array, off: number, len: number) => {
      hooks.calls.push('write');
      return hooks.writeSync ? hooks.writeSync(actual, fd, buf, off, len) : actual.writeSync(fd, buf, off, len);
    },
    fsyncSync: (fd: number) => {
      hooks.calls.push(`fsync ${fd}`);
      return hooks.fsyncSync ? hooks.fsyncSync(actual, fd) : actual.fsyncSync(fd);
    },
    closeSync: (fd: number) => (hooks.calls.push(`close ${fd}`), actual.closeSync(fd)),
    renameSync: (from: string, to: string) => {
      hooks.calls.push('rename');
      return hooks.renameSync ? hooks.renameSync(actual, from, to) : actual.renameSync(from, to);
    },
  };
  return { ...wrapped, default: wrapped };
});

const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-atomic-'));
  hooks.calls.length = 0;
  hooks.writeSync = hooks.fsyncSync = hooks.renameSync = undefined;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const OLD = 'answers:\n  q1: yes\n';
const NEW = `answers:\n${'  q: a long new answer file\n'.repeat(10_000)}`;

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an old one, leaving no temporary file', () => {
    const target = join(dir, 'answers.yaml');
    writeFileAtomic(target, OLD);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    writeFileAtomic(target, NEW);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    writeFileAtomic(target, new TextEncoder().encode('bytes'));
    expect(readFileSync(target, 'utf8')).toBe('bytes');
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });

  it('writes to a temporary file in the same folder, flushes it, then renames it over the target', () => {
    const target = join(dir, 'report.md');
    writeFileAtomic(target, NEW);
    const open = hooks.calls.findIndex((c) => c.startsWith('open '));
    expect(hooks.calls[open]).toMatch(new RegExp(`^open ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/\\.report\\.md\\.\\d+\\.[0-9a-f]{12}\\.tmp$`));
    const fd = hooks.calls.find((c) => c.startsWith('close '))!.slice('close '.length);
    const order = ['write', `fsync ${fd}`, `close ${fd}`, 'rename'].map((c) => hooks.calls.indexOf(c));
    expect(order.every((i) => i > open)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('a failure midway through writing leaves the old file intact and no temporary file', () => {
    const target = join(dir, 'answers.yaml');
    writeFileSync(target, OLD);
    let written = 0;
    hooks.writeSync = (actual, fd, buf, off, len) => {
      // The disk fills up after the first 4 KiB have gone to the temporary file.
      if (written >= 4096) throw enospc();
      const n = actual.writeSync(fd, buf, off, Math.min(len, 4096));
      written += n;
      return n;
    };
    expect(() => writeFileAtomic(target, NEW)).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    expect(written).toBe(4096);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });

  it('a failed flush leaves the old file intact and no temporary file', () => {
    const target = join(dir, 'answers.yaml');
    writeFileSync(target, OLD);
    hooks.fsyncSync = () => {
      throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
    };
    expect(() => writeFileAtomic(target, NEW)).toThrow(/EIO/);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });

  it('a failed rename leaves the old file intact and no temporary file', () => {
    const target = join(dir, 'answers.yaml');
    writeFileSync(target, OLD);
    hooks.renameSync = () => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted, rename'), { code: 'EXDEV' });
    };
    expect(() => writeFileAtomic(target, NEW)).toThrow(/EXDEV/);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });

  it('a target that is a folder: the folder and its content survive, no temporary file', () => {
    const target = join(dir, 'report.md');
    realFs.mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'keep');
    expect(() => writeFileAtomic(target, NEW)).toThrow();
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('keep');
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('a target whose parent is a regular file fails with ENOTDIR and creates nothing', () => {
    const parent = join(dir, 'not-a-folder');
    writeFileSync(parent, 'x');
    expect(() => writeFileAtomic(join(parent, 'report.md'), NEW)).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
    expect(readFileSync(parent, 'utf8')).toBe('x');
  });

  it('two writes to one target in one process never share a temporary file', () => {
    const target = join(dir, 'a.json');
    const opened: string[] = [];
    hooks.writeSync = (actual, fd, buf, off, len) => actual.writeSync(fd, buf, off, len);
    writeFileAtomic(target, '1');
    writeFileAtomic(target, '2');
    for (const c of hooks.calls) if (c.startsWith(`open ${dir}/.`)) opened.push(c);
    expect(new Set(opened).size).toBe(2);
    expect(readFileSync(target, 'utf8')).toBe('2');
  });
});
