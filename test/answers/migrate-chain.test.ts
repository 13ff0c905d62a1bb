import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswers } from '../../src/answers/load.js';
import { composeMigration, migrationChain } from '../../src/answers/migrate.js';
import { formatFinding } from '../../src/errors.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { scoreAnswers } from '../../src/scoring/score.js';
import { ARCHIVE_1, CURRENT, DEFAULT, NEXT, nextVersionText } from '../helpers/rubric-versions.js';

setMessageLang('en');
const TOOL = { name: 'readiness', version: 'test' };

function load(file: string): Rubric {
  const r = loadRubric(file);
  if (!r.ok) throw new Error(r.findings.map(formatFinding).join('\n'));
  return r.value.rubric;
}
const v1 = load(ARCHIVE_1);
const v2 = load(DEFAULT);
const dir = mkdtempSync(join(tmpdir(), 'readiness-chain-'));
writeFileSync(join(dir, 'next.yaml'), nextVersionText());
const v21 = load(join(dir, 'next.yaml'));
const OLD_FILES = ['akimat-starting', 'agency-in-between', 'ministry-well-along'].map((n) => `test/fixtures/answers/${n}.yaml`);

describe(`migrations chain: 1.0.0 → 2.0.0 → 2.1.0 → ${CURRENT} → ${NEXT}`, () => {
  it('orders the steps and says where each leads', () => {
    expect(migrationChain(v21.migrations, NEXT, '1.0.0').map((s) => `${s.migration.from}→${s.to}`)).toEqual(['1.0.0→2.0.0', '2.0.0→2.1.0', `2.1.0→${CURRENT}`, `${CURRENT}→${NEXT}`]);
    expect(migrationChain(v21.migrations, NEXT, CURRENT).map((s) => s.migration.from)).toEqual([CURRENT]);
    expect(migrationChain(v21.migrations, NEXT, NEXT)).toEqual([]);
  });

  it.each(OLD_FILES)('%s (1.0.0) scores under the next version exactly as under the current one, the answers carried through every step', (file) => {
    const under2 = loadAnswers(file, v2);
    const under21 = loadAnswers(file, v21);
    if (!under2.ok || !under21.ok) throw new Error('refused');
    // The next version only renames: every answer carried to the current one arrives under its new id.
    const renamed = new Map([...under2.value.answers].map(([id, v]) => [id === 'staff-ai-roles' ? 'staff-ai-posts' : id, v === 'draft' && id === 'legal-internal-act' ? 'drafting' : v]));
    expect(Object.fromEntries(under21.value.answers)).toEqual(Object.fromEntries(renamed));
    const a = scoreAnswers(v2, under2.value, { lang: 'en', tool: TOOL });
    const b = scoreAnswers(v21, under21.value, { lang: 'en', tool: TOOL });
    expect(b.overall.score).toBe(a.overall.score);
    expect(b.overall.level?.id ?? null).toBe(a.overall.level?.id ?? null);
  });

  it("the 1.0.0 akimat's `draft` reaches the next version as `drafting`, with each step named in the warning", () => {
    const r = loadAnswers('test/fixtures/answers/akimat-starting.yaml', v21);
    if (!r.ok) throw new Error('refused');
    expect(r.value.answers.get('legal-internal-act')).toBe('drafting');
    expect(r.value.answers.get('staff-ai-posts')).toBe('extra-duties');
    const warnings = r.warnings.map(formatFinding).join('\n');
    expect(warnings).toContain('carried forward from rubric version 1.0.0: 1.0.0 → 2.0.0: ');
    // (A step that moves nothing of this file is not listed.)
    expect(warnings).toContain(`; ${CURRENT} → ${NEXT}: staff-ai-roles → staff-ai-posts; legal-internal-act: draft → drafting`);
    expect(warnings).not.toMatch(/unknown option/);
  });

  it('composes the chain into one migration equal to carrying each option through', () => {
    const composed = composeMigration(v1, v21);
    expect(composed?.from).toBe('1.0.0');
    // A 1.0.0 question renamed in 2.0.0 and kept in 2.1.0 stays a rename; a 2.0.0 rename of a kept 1.0.0 id is one too.
    expect(composed?.renamed?.['staff-adaptive-training']).toBe('staff-training-personalisation');
    expect(composed?.renamed?.['staff-ai-roles']).toBe('staff-ai-posts');
    expect(composed?.options?.['legal-internal-act']?.['draft']).toBe('drafting');
    expect(composed?.dropped).toContain('staff-e-qyzmet-selection');
    // One step back: the step itself.
    expect(composeMigration(v2, v21)).toBe(v21.migrations.find((m) => m.from === CURRENT));
  });
});
