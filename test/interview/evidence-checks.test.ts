import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocumentDate, checkReference, missingEvidence, planInterview } from '../../src/interview/plan.js';
import { parseRubric } from '../../src/rubric/load.js';

/**
 * The interview refuses on the spot what the report would refuse (review of rubric 2.2.0,
 * §5.2 G02‴ and §5.3 R2): a reference that does not say what the document is, and, for a rung
 * that names a period, a document dated before it.
 */
describe('G02‴ in the interview: a typed reference names the document type', () => {
  it('refuses «док 7 01.01.2026» and «№7 01.01.2026» with the reason, in each language', () => {
    expect(checkReference('док 7 01.01.2026', '2026-03-01', 'en')).toContain('does not say what the document is');
    expect(checkReference('№7 01.01.2026', '2026-03-01', 'ru')).toContain('не указан вид документа');
    expect(checkReference('№7 01.01.2026', '2026-03-01', 'kk')).toContain('құжаттың түрі көрсетілмеген');
    expect(checkReference('Приказ №7 от 01.01.2026', '2026-03-01', 'en')).toBe(true);
  });
});

describe('R2 in the interview: a rung that names a period', () => {
  const loaded = parseRubric('evidence-dates.yaml', readFileSync('test/fixtures/rubrics/evidence-dates.yaml', 'utf8'));
  if (!loaded.ok) throw new Error('fixture');
  const rubric = loaded.value.rubric;

  it('refuses a reference or a register date before the period, only when the option names one', () => {
    expect(checkReference('Приказ № 5 от 01.02.2019', '2026-06-01', 'en', { recentMonths: 12 })).toContain('no document dated within the period');
    expect(checkReference('Приказ № 5 от 01.02.2019', '2026-06-01', 'en')).toBe(true);
    expect(checkDocumentDate('01.02.2019', '2026-06-01', 'en', { recentMonths: 12 })).toBe('dated before 1 June 2025: this answer names the last 12 months, so its document must be dated within them');
    expect(checkDocumentDate('01.07.2025', '2026-06-01', 'en', { recentMonths: 12 })).toBe(true);
  });

  it('lists a claim whose only document is too old among those still without one', () => {
    const plan = planInterview(rubric, 'en');
    expect(plan.questions.find((q) => q.id === 'staff-training')!.options.find((o) => o.id === 'all')!.recentMonths).toBe(12);
    const answers = new Map([['staff-training', 'all']]);
    const old = missingEvidence(plan, answers, new Map([['staff-training', { text: 'Приказ № 5 от 01.02.2019' }]]), new Map(), '2026-06-01');
    expect(old.map((q) => q.id)).toEqual(['staff-training']);
    const recent = missingEvidence(plan, answers, new Map([['staff-training', { text: 'Приказ № 5 от 01.02.2026' }]]), new Map(), '2026-06-01');
    expect(recent).toEqual([]);
  });
});
