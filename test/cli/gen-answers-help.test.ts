import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const SCRIPT = join(ROOT, 'scripts/gen-answers.mjs');
const run = (args: string[], lang: string) =>
  spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, READINESS_LANG: lang } });

describe('scripts/gen-answers.mjs --help', () => {
  // Every flag the script parses, read from its source: a new flag without help fails here.
  const flags = [...readFileSync(SCRIPT, 'utf8').matchAll(/flag === '(--[a-z-]+)'/g)].map((m) => m[1]!);

  it.each(['ru', 'kk', 'en'])('explains every option in %s and exits 0 without writing anything', (lang) => {
    const r = run(['--help'], lang);
    expect(r.status).toBe(0);
    expect(flags.length).toBeGreaterThanOrEqual(8);
    for (const flag of flags) expect(r.stdout).toContain(flag);
    expect(r.stdout).toContain({ ru: 'Использование', kk: 'Қолданылуы', en: 'Usage' }[lang]);
  });

  it('points to --help when --out is missing', () => {
    const r = run([], 'en');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--help');
  });
});
