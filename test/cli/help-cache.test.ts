import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

/** The top-level help as commander renders it now, bypassing the build-time cache. */
function commanderHelp(lang: string): string {
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "const { main } = await import('./dist/cli/main.js'); await main(['node', 'readiness', '--help']);"],
    { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH, READINESS_LANG: lang } },
  );
  return result.stdout;
}

describe('the cached top-level help', () => {
  it.each(['ru', 'kk', 'en'])('is exactly what commander prints (%s)', (lang) => {
    const expected = commanderHelp(lang);
    expect(expected).toContain({ ru: 'Использование: readiness', kk: 'Қолданылуы: readiness', en: 'Usage: readiness' }[lang]);
    for (const flag of ['--help', '-h']) {
      const result = cli([flag], { env: { READINESS_LANG: lang } });
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(expected);
    }
  });
});
