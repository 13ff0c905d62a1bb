import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { CURRENT, nextVersionText, rubricRepo } from '../helpers/rubric-versions.js';

/**
 * validate remembers a clean version-discipline verdict (the costly diff of every migration
 * step) for the same rubric and archive bytes: never a verdict with a finding, never read by
 * the CI gate.
 */
describe('validate: the version-discipline verdict in the user cache', () => {
  it('a clean verdict is kept and reused; a finding is never kept, so it is said again every time', () => {
    const cache = mkdtempSync(join(tmpdir(), 'readiness-verdict-'));
    const env = { READINESS_CACHE_DIR: cache, XDG_STATE_HOME: join(cache, '..', `${cache.split('/').pop()}-state`), CI: '' };
    const clean = join(rubricRepo(nextVersionText()), 'rubrics/default.yaml');
    const first = cli(['validate', clean], { env });
    expect(first.status).toBe(0);
    const verdicts = () => readdirSync(cache).filter((n) => n.startsWith('verdict.'));
    expect(verdicts()).toHaveLength(1);
    const again = cli(['validate', clean], { env });
    expect(again.stdout).toBe(first.stdout);
    expect(again.stderr).toBe(first.stderr);

    const typo = CURRENT.replace(/\.\d+$/, '.1');
    const broken = join(rubricRepo(nextVersionText((t) => t.replace(`  - from: ${CURRENT}\n`, `  - from: ${typo}\n`))), 'rubrics/default.yaml');
    for (let i = 0; i < 2; i++) {
      const r = cli(['validate', broken], { env });
      expect(r.stderr).toContain(`migration from ${typo}: no archived rubric of version ${typo}`);
    }
    expect(verdicts()).toHaveLength(1);
    // The CI gate still finds it, whatever the cache holds.
    expect(cli(['validate', broken, '--strict'], { env }).status).toBe(1);
  });
});
