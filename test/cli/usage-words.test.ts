import { describe, expect, it } from 'vitest';
import { cli, STACK } from '../helpers/cli.js';

const MINIMAL = 'test/fixtures/rubrics/minimal.yaml';

describe('usage errors and --lang, the same on every command', () => {
  it('every usage error starts with «ошибка:» / «қате:» / "error:", whoever found it', () => {
    // Found by the command itself (two answer files without --out), not by commander.
    const two = ['score', 'test/fixtures/answers/akimat-starting.yaml', 'test/fixtures/answers/agency-in-between.yaml'];
    for (const [lang, prefix] of [['ru', 'ошибка: '], ['kk', 'қате: '], ['en', 'error: ']] as const) {
      const r = cli([...two, '--lang', lang]);
      expect(r.status).toBe(2);
      expect(r.stderr.startsWith(prefix)).toBe(true);
      expect(r.stderr.split(prefix).length).toBe(2); // said once, not twice
      // Found by commander: the same prefix, once.
      const bad = cli(['score', '--bogus', '--lang', lang]);
      expect(bad.status).toBe(2);
      expect(bad.stderr.startsWith(prefix)).toBe(true);
      expect(bad.stderr.split(prefix).length).toBe(2);
    }
  });

  it('merge and schema take --lang like every other command', () => {
    const schema = cli(['schema', 'report', '--lang', 'kk']);
    expect(schema.status).toBe(0);
    expect(JSON.parse(schema.stdout)).toHaveProperty('$schema');
    const merge = cli(['merge', 'no-such-file.yaml', '--out', 'x.yaml', '--lang', 'ru', '--rubric', MINIMAL]);
    expect(merge.status).not.toBe(2);
    expect(merge.stderr).not.toContain('--lang');
    expect(merge.stderr).toMatch(/[а-я]/);
    expect(merge.stderr).not.toMatch(STACK);
  });
});
