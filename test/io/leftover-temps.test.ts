import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicFileStream, temporaryFileOf } from '../../src/io/atomic-write.js';
import { removeLeftoverTemps } from '../../src/io/leftover-temps.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-temps-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The name of the temporary file a writer of `target` makes, taken from a real writer. */
function realTempName(target: string): string {
  const before = new Set(readdirSync(dir));
  const stream = new AtomicFileStream(target);
  const name = readdirSync(dir).find((n) => !before.has(n))!;
  stream.abort();
  return name;
}

describe('temporaryFileOf', () => {
  it('recognises the names the writer gives for that very target, and no other', () => {
    const target = join(dir, 'answers.yaml');
    const name = realTempName(target);
    expect(temporaryFileOf(target, name)).toEqual({ pid: process.pid });
    expect(temporaryFileOf(join(dir, 'answers.yml'), name)).toBeUndefined();
    expect(temporaryFileOf(join(dir, 'answers'), name)).toBeUndefined();
    for (const other of ['answers.yaml', '.answers.yaml.tmp', '.answers.yaml.1.tmp', '.answers.yaml.a.1.tmp', '.answers.yaml.1.2.tmp.x', '.answers.yaml.bak.1.2.tmp']) {
      expect(temporaryFileOf(target, other), other).toBeUndefined();
    }
  });
});

describe('removeLeftoverTemps', () => {
  it('removes what a writer killed mid-save left, and keeps every other file, a running writer\'s and a symlink', () => {
    const target = join(dir, 'answers.yaml');
    writeFileSync(target, 'the answers');
    // A real writer in another process, killed before it could commit.
    const killed = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { AtomicFileStream } = await import(${JSON.stringify(new URL('../../dist/io/atomic-write.js', import.meta.url).href)});
         new AtomicFileStream(${JSON.stringify(target)}).write('half');
         process.kill(process.pid, 'SIGKILL');`,
      ],
      { encoding: 'utf8' },
    );
    expect(killed.signal).toBe('SIGKILL');
    const leftover = readdirSync(dir).find((n) => n.endsWith('.tmp'))!;
    expect(temporaryFileOf(target, leftover)).toBeDefined();

    const running = `.answers.yaml.${process.ppid}.1.tmp`; // the parent runs: it may be saving now
    const others = ['.answers.yml.2147483000.1.tmp', '.answers.yaml.tmp', 'notes.tmp', '.answers.yaml.2147483000.1.tmp.keep', running];
    for (const name of others) writeFileSync(join(dir, name), 'x');
    mkdirSync(join(dir, '.answers.yaml.2147483001.1.tmp'));
    symlinkSync(target, join(dir, '.answers.yaml.2147483002.1.tmp'));

    expect(removeLeftoverTemps(target)).toEqual([join(dir, leftover)]);
    expect(existsSync(join(dir, leftover))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(
      [...others, 'answers.yaml', '.answers.yaml.2147483001.1.tmp', '.answers.yaml.2147483002.1.tmp'].sort(),
    );
  });

  it('an absent folder removes nothing', () => {
    expect(removeLeftoverTemps(join(dir, 'missing', 'answers.yaml'))).toEqual([]);
  });
});
