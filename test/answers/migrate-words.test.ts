import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswers } from '../../src/answers/load.js';
import { formatFinding } from '../../src/errors.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';

setMessageLang('en');
const dir = mkdtempSync(join(tmpdir(), 'readiness-same-ids-'));
function load(file: string): Rubric {
  const r = loadRubric(file);
  if (!r.ok) throw new Error(r.findings.map(formatFinding).join('\n'));
  return r.value.rubric;
}

describe('a migration that changes no id', () => {
  it('says so in words, not with a lone dash', () => {
    const text = readFileSync('test/fixtures/rubrics/minimal.yaml', 'utf8').replace(/^version: 1\.0\.0$/m, 'version: 1.0.1');
    const file = join(dir, 'minimal-1.0.1.yaml');
    writeFileSync(file, `${text.trimEnd()}\nmigrations:\n  - from: 1.0.0\n`);
    const rubric = load(file);
    const loaded = loadAnswers('test/fixtures/answers/minimal-partial.yaml', rubric);
    if (!loaded.ok) throw new Error(loaded.findings.map(formatFinding).join('\n'));
    const said = loaded.warnings.map((w) => w.message).join('\n');
    expect(said).toContain('carried forward from rubric version 1.0.0; no question or option id changed');
    expect(said).not.toMatch(/: -$/m);
  });
});
