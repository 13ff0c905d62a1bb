import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

// The compiled-rubric cache (src/rubric/compiled.ts), through the real CLI: the test runner
// has no build id, so the cache is only ever on in the built tool.
let dir: string;
let cache: string;
let rubric: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-cache-'));
  cache = join(dir, 'cache');
  rubric = join(dir, 'rubrics', 'method.yaml');
  // A rubric in a folder of its own, so that nothing may appear beside it.
  mkdirSync(join(dir, 'rubrics'));
  copyFileSync('test/fixtures/rubrics/method.yaml', rubric);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const env = (extra: NodeJS.ProcessEnv = {}) => ({ env: { READINESS_CACHE_DIR: cache, ...extra } });
const entries = () => (existsSync(cache) ? readdirSync(cache) : []);
const template = (e = env()) => cli(['template', '--rubric', rubric, '--lang', 'en'], e);

describe('the compiled-rubric cache', () => {
  it('stores a checked rubric in the cache folder, never beside the rubric, and reads it back the same', () => {
    const first = template();
    expect(first.status).toBe(0);
    expect(entries()).toHaveLength(1);
    expect(readdirSync(join(dir, 'rubrics'))).toEqual(['method.yaml']);
    const second = template();
    expect(second.stdout).toBe(first.stdout);
    const uncached = template(env({ READINESS_NO_CACHE: '1' }));
    expect(uncached.stdout).toBe(first.stdout);
  });

  it('ignores a corrupt entry and rebuilds it', () => {
    const clean = template().stdout;
    const [name] = entries();
    writeFileSync(join(cache, name!), '{"format": 1, "trunc');
    const again = template();
    expect(again.status).toBe(0);
    expect(again.stdout).toBe(clean);
    expect(() => JSON.parse(readFileSync(join(cache, name!), 'utf8'))).not.toThrow();
  });

  it('never trusts an entry whose content does not match its checksum', () => {
    template();
    const [name] = entries();
    const path = join(cache, name!);
    const entry = JSON.parse(readFileSync(path, 'utf8'));
    entry.rubric.questions[3].text.en = 'Forged question?';
    writeFileSync(path, JSON.stringify(entry));
    const out = template().stdout;
    expect(out).not.toContain('Forged question?');
    expect(out).toContain('Is an AI policy approved?');
  });

  it('never answers for other bytes: an edited rubric is checked again', () => {
    template();
    writeFileSync(rubric, readFileSync(rubric, 'utf8').replace('weakestLink: 1', 'weakestLink: 9'));
    const result = cli(['validate', rubric], env());
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('scoring.weakestLink: must be at most 3');
    expect(entries()).toHaveLength(1); // nothing cached for the invalid version
  });

  it('keeps the warnings of the full check', () => {
    writeFileSync(rubric, readFileSync(rubric, 'utf8').replace('shareBand: [0.05, 0.4]', 'shareBand: [0.12, 0.4]'));
    const first = cli(['validate', rubric], env());
    const second = cli(['validate', rubric], env());
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('outside the band 12–40%');
    expect(second.stderr).toBe(first.stderr);
  });

  it('words cached warnings in the reader\'s language, not in the language they were first checked in', () => {
    writeFileSync(rubric, readFileSync(rubric, 'utf8').replace('shareBand: [0.05, 0.4]', 'shareBand: [0.12, 0.4]'));
    const en = cli(['validate', rubric], env({ READINESS_LANG: 'en' }));
    expect(en.stderr).toContain('outside the band 12–40%');
    const ru = cli(['validate', rubric], env({ READINESS_LANG: 'ru' }));
    expect(ru.stderr).toContain('вне диапазона 12–40\u00A0%');
    expect(ru.stderr).not.toContain('outside the band');
    const kk = cli(['validate', rubric], env({ READINESS_LANG: 'kk' }));
    expect(kk.stderr).toContain('ауқымынан тыс');
    // And the cache keeps serving each: the same words again.
    expect(cli(['validate', rubric], env({ READINESS_LANG: 'ru' })).stderr).toBe(ru.stderr);
  });

  it('writes nothing with READINESS_NO_CACHE, and works when the cache folder cannot be written', () => {
    expect(template(env({ READINESS_NO_CACHE: '1' })).status).toBe(0);
    expect(entries()).toEqual([]);
    writeFileSync(cache, 'a file where the folder should be');
    const result = template();
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
