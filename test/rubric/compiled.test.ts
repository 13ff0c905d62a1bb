import { createHash, createHmac } from 'node:crypto';
import { chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
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

// The user's cache key lives in the state folder, outside the cache folder: a temporary one here.
const state = () => join(dir, 'state');
const keyFile = () => join(state(), 'readiness', 'cache.key');
const env = (extra: NodeJS.ProcessEnv = {}) => ({ env: { READINESS_CACHE_DIR: cache, XDG_STATE_HOME: state(), ...extra } });
const entries = () => (existsSync(cache) ? readdirSync(cache) : []);
interface EntryJson {
  format: number;
  build: string;
  sha256: string;
  syntax: string;
  rubric: { sha256: string; questions: Array<{ text: { en: string }; options: Array<{ score: number }> }> };
  [field: string]: unknown;
}
/** An entry's file: a seal of 64 hex digits, a newline, the entry's JSON. */
const readEntryFile = (path: string): EntryJson => {
  const text = readFileSync(path, 'utf8');
  expect(text[64]).toBe('\n');
  return JSON.parse(text.slice(65)) as EntryJson;
};
/** The seal the tool puts on an entry: HMAC-SHA256 with `key` over the key inputs and the JSON's bytes. */
const sealWith = (key: Buffer, entry: EntryJson, body = JSON.stringify(entry)) =>
  createHmac('sha256', key).update(JSON.stringify([String(entry.format), entry.build, entry.sha256, entry.syntax])).update('\n').update(body).digest('hex');
/** Writes an entry sealed with `key` (by default the user's own: what only the user could have written). */
const writeSealed = (path: string, entry: EntryJson, key = readFileSync(keyFile())) => {
  const body = JSON.stringify(entry);
  writeFileSync(path, `${sealWith(key, entry, body)}\n${body}`);
};
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
    expect(() => readEntryFile(join(cache, name!))).not.toThrow();
  });

  it('never trusts an entry whose content does not match its seal', () => {
    template();
    const [name] = entries();
    const path = join(cache, name!);
    const seal = readFileSync(path, 'utf8').slice(0, 64);
    const entry = readEntryFile(path);
    entry.rubric.questions[3]!.text.en = 'Forged question?';
    writeFileSync(path, `${seal}\n${JSON.stringify(entry)}`);
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

// The adversarial review of 0.2.0, findings 6 to 8: a cache nobody else can write.
describe('the compiled-rubric cache trusts only what its user alone could have written', () => {
  const ANSWERS = 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: Poison test}\nlanguage: en\nanswers:\n  staff-training: none\n  cyber-pentest: never\n';
  let small: string;
  let answers: string;
  beforeEach(() => {
    small = join(dir, 'rubrics', 'r.yaml');
    copyFileSync('test/fixtures/rubrics/minimal.yaml', small);
    answers = join(dir, 'a.yaml');
    writeFileSync(answers, ANSWERS);
  });
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const score = (e = env()) => {
    const r = cli(['score', answers, '--rubric', small, '--format', 'json'], { ...e, timeout: 20_000 });
    return { ...r, score: r.status === 0 ? (JSON.parse(r.stdout) as { overall: { score: number } }).overall.score : undefined };
  };
  /**
   * Rewrites every entry as poison.mjs does (every option full marks), sealed with `key`: the
   * user's own key (what only a process of the user could do), another key, or, with null,
   * the review's way, a plain sha256 that anyone can compute.
   */
  const poison = (key: Buffer | null = readFileSync(keyFile())) => {
    for (const name of entries()) {
      const path = join(cache, name);
      const e = readEntryFile(path);
      for (const q of e.rubric.questions) for (const o of q.options) o.score = 1;
      if (key !== null) writeSealed(path, e, key);
      else {
        const body = JSON.stringify(e);
        writeFileSync(path, `${sha(JSON.stringify([String(e.format), e.build, e.sha256, e.syntax]) + '\n' + body)}\n${body}`);
      }
    }
  };

  it('a poisoned entry is served from a folder of its own user (the control), never from one others can write', () => {
    expect(score().score).toBe(0);
    poison();
    // The control: the user's own 0700 folder and an entry sealed with the user's key are trusted, so the test can see poison.
    expect(score().score).toBe(100);
    chmodSync(cache, 0o777);
    expect(score().score).toBe(0);
    chmodSync(cache, 0o700);
    for (const name of entries()) chmodSync(join(cache, name), 0o666);
    expect(score().score).toBe(0);
  });

  it.runIf(process.getuid?.() === 0)('never reads a folder or an entry of another user', () => {
    score();
    poison();
    chownSync(cache, 65534, 65534);
    expect(score().score).toBe(0);
    chownSync(cache, 0, 0);
    for (const name of entries()) chownSync(join(cache, name), 65534, 65534);
    expect(score().score).toBe(0);
  });

  // Issue 20 (finding 6, "no keyed MAC" in 0.2.0's answers): owner and mode say who could have
  // written an entry; the key, kept outside the cache folder, says it was written on this account.
  it('an entry not sealed with the user\'s key is parsed again: the review\'s checksum, another key, a cache restored without its key', () => {
    expect(score().score).toBe(0);
    // The key: 32 bytes, 0600, in a 0700 folder of the user's state, not in the cache folder.
    expect(statSync(keyFile()).size).toBe(32);
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect(statSync(join(state(), 'readiness')).mode & 0o777).toBe(0o700);
    expect(entries().every((n) => n.endsWith('.json'))).toBe(true);
    // The review's poison, with a checksum anyone can compute, in the user's own 0700 folder.
    poison(null);
    expect(score().score).toBe(0);
    // Sealed with another key.
    poison(Buffer.alloc(32, 7));
    expect(score().score).toBe(0);
    // The same cache restored elsewhere, without its key (a CI cache, a copied home): its
    // entries are not trusted, and are sealed anew with the new key.
    poison();
    expect(score().score).toBe(100);
    rmSync(join(state(), 'readiness'), { recursive: true });
    expect(score().score).toBe(0);
    expect(existsSync(keyFile())).toBe(true);
    expect(score().score).toBe(0);
    poison();
    expect(score().score).toBe(100);
    // A key others may read, a key behind a link, or a key folder others may write: no key, so the cache is not read.
    chmodSync(keyFile(), 0o644);
    expect(score().score).toBe(0);
    chmodSync(keyFile(), 0o600);
    poison();
    renameSync(keyFile(), join(dir, 'key'));
    symlinkSync(join(dir, 'key'), keyFile());
    expect(score().score).toBe(0);
    rmSync(keyFile());
    renameSync(join(dir, 'key'), keyFile());
    poison();
    chmodSync(join(state(), 'readiness'), 0o777);
    expect(score().score).toBe(0);
    chmodSync(join(state(), 'readiness'), 0o700);
    poison();
    expect(score().score).toBe(100);
  });

  it('a FIFO, a link to /dev/zero or a huge entry is not read: the command parses the rubric and goes on', () => {
    score();
    const [name] = entries();
    const path = join(cache, name!);
    rmSync(path);
    execFileSync('mkfifo', [path]);
    const fifo = score();
    expect(fifo.signal).toBeNull();
    expect(fifo.score).toBe(0);
    rmSync(path);
    symlinkSync('/dev/zero', path);
    expect(score().score).toBe(0);
    rmSync(path);
    writeFileSync(path, ' '.repeat(5 * 1024 * 1024));
    expect(score().score).toBe(0);
  });

  it('validate as the CI gate (--strict, or under CI) takes no verdict from the user cache: an entry planted for a broken rubric does not pass it', () => {
    const broken = join(dir, 'rubrics', 'broken.yaml');
    copyFileSync('test/fixtures/rubrics/broken-score-range.yaml', broken);
    score();
    const [donor] = entries();
    const e = readEntryFile(join(cache, donor!));
    e.sha256 = e.rubric.sha256 = sha(readFileSync(broken, 'utf8'));
    // Sealed with the user's own key: planted by a process of the user.
    writeSealed(join(cache, donor!.replace(/^[0-9a-f]{64}/, e.sha256)), e);
    for (const gate of [cli(['validate', broken, '--strict'], env()), cli(['validate', broken], env({ CI: 'true' }))]) {
      expect(gate.status).toBe(1);
      expect(gate.stderr).toContain('must be between 0 and 1');
    }
    // Outside CI the user's own cache answers, as for every other command: only its owner can write it.
    expect(cli(['validate', broken], env({ CI: '' })).status).toBe(0);
  });

  it('the verdict for a .json name is never the one cached for the same bytes as .yaml', () => {
    const text = readFileSync('test/fixtures/rubrics/minimal.yaml', 'utf8').replace('title: {ru: Минимальная рубрика, kk: Ең шағын рубрика, en: Minimal rubric}', 'title:\n  ru: Минимальная рубрика\n  kk: Ең шағын рубрика\n  en: |\n    Minimal rubric\n    // internal note');
    expect(text).toContain('// internal note');
    writeFileSync(join(dir, 'rubrics', 'slash.yaml'), text);
    writeFileSync(join(dir, 'rubrics', 'slash.json'), text);
    expect(cli(['template', '--rubric', join(dir, 'rubrics', 'slash.yaml')], env()).status).toBe(0);
    const json = cli(['template', '--rubric', join(dir, 'rubrics', 'slash.json')], env());
    expect(json.status).toBe(1);
    expect(json.stderr).toContain('comments are not allowed in JSON');
  });

  it('a relative READINESS_CACHE_DIR is not used (nothing lands in the answers folder); ~ is the home folder', () => {
    const home = join(dir, 'home');
    mkdirSync(home);
    const work = join(dir, 'work');
    mkdirSync(work);
    for (const value of ['.', 'cache', '~', '~/c']) {
      const r = cli(['template', '--rubric', small], { cwd: work, env: { READINESS_CACHE_DIR: value, HOME: home, XDG_CACHE_HOME: '', XDG_STATE_HOME: state() } });
      expect(r.status).toBe(0);
      expect(readdirSync(work), value).toEqual([]);
    }
    // '.' and 'cache' fell back to the default folder; '~' is home itself, '~/c' a folder in it.
    const inHome = readdirSync(home).sort();
    expect(inHome.filter((n) => !n.endsWith('.json'))).toEqual(['.cache', 'c']);
    expect(inHome.filter((n) => n.endsWith('.json'))).toHaveLength(1);
    expect(readdirSync(join(home, '.cache', 'readiness', 'rubrics'))).toHaveLength(1);
  });
});
