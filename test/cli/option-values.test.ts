import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, ROOT, STACK } from '../helpers/cli.js';

// An option whose value is forgotten takes the next option's name as its value in commander:
// `score --out --lang en` made a folder named "--lang". An option name is never a value.
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-optval-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('an option name given where a value belongs', () => {
  const answers = join(ROOT, 'test/fixtures/answers/v2/akimat-starting.yaml');

  it('is a usage error (exit 2) naming both options, and creates nothing', () => {
    const r = cli(['score', answers, '--out', '--lang', 'en'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('option --out needs a value, not the option --lang');
    expect(r.stderr).not.toMatch(STACK);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, '--lang'))).toBe(false);
    // Written with "=", through the quick reading of one-file score as well.
    const eq = cli(['score', answers, '--out=--lang', '--format', 'json'], { cwd: dir });
    expect(eq.status).toBe(2);
    expect(eq.stderr).toContain('option --out needs a value, not the option --lang');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says so in the reader\'s language, for every command', () => {
    const ru = cli(['template', '--out', '--lang'], { cwd: dir, env: { READINESS_LANG: 'ru' } });
    expect(ru.status).toBe(2);
    expect(ru.stderr).toContain('параметру --out нужно значение, а не параметр --lang');
    const kk = cli(['validate', '--answers', '--format'], { cwd: dir, env: { READINESS_LANG: 'kk' } });
    expect(kk.status).toBe(2);
    expect(kk.stderr).toContain('--answers опциясына --format опциясы емес, мән керек');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('still takes a value that only looks like an option when written as a path', () => {
    const r = cli(['score', answers, '--out', './--lang', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(readdirSync(join(dir, '--lang')).some((f) => f.endsWith('.json'))).toBe(true);
  });
});
