import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { DEFAULT } from '../helpers/rubric-versions.js';

describe('readiness analyze explains a failure on stderr', { timeout: 120_000 }, () => {
  it('names each question outside the band with its share, whatever happens to stdout', () => {
    const text = readFileSync(DEFAULT, 'utf8');
    const at = text.indexOf('    area: staff', text.indexOf('  - id: staff-ai-roles'));
    const file = join(mkdtempSync(join(tmpdir(), 'readiness-analyze-')), 'weight.yaml');
    writeFileSync(file, `${text.slice(0, at)}    weight: 1.5\n${text.slice(at)}`);
    const r = cli(['analyze', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Found: 0 gaming routes, 1 question outside the band.');
    expect(r.stderr).toMatch(/question staff-ai-roles: \d+\.\d% of the overall, band 1\.5%–4%/);
    const ru = cli(['analyze', file, '--lang', 'ru']);
    expect(ru.stderr).toMatch(/вопрос staff-ai-roles: доля в общем балле – \d+,\d/);
  });

  it('prints nothing on stderr when it passes', () => {
    const r = cli(['analyze', DEFAULT]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});
