import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocumentDate, checkReference } from '../../src/interview/plan.js';
import { parseAnswers } from '../../src/answers/load.js';
import { parseRubric } from '../../src/rubric/load.js';
import { scoreAnswers } from '../../src/scoring/score.js';

/**
 * `notBefore` on an option (third reading of rubric 2.2.0, "documents older than the Law"): a
 * rung that only the Law makes possible (alignment with it, its principles, its bans, its art. 19
 * list, its art. 17 degree of risk) needs a document dated on or after the Law's day.
 */
const TEXT = readFileSync('test/fixtures/rubrics/evidence-dates.yaml', 'utf8');
const findings = (text: string) => {
  const r = parseRubric('r.yaml', text);
  return r.ok ? [] : r.findings.map((f) => `${f.line}:${f.column}: ${f.path}: ${f.message}`);
};

describe('notBefore in the rubric', () => {
  it('is read onto the option', () => {
    const r = parseRubric('r.yaml', TEXT.replace('{id: all, score: 1, recentMonths: 12,', '{id: all, score: 1, notBefore: 2025-11-17,'));
    expect(r.ok && r.value.rubric.questions[0]!.options.map((o) => o.notBefore)).toEqual([undefined, undefined, '2025-11-17']);
  });
  it('refuses a day that is not a date, an option below evidenceFrom, and a rubric without an evidence rule, each at its line', () => {
    expect(findings(TEXT.replace('{id: all, score: 1, recentMonths: 12,', '{id: all, score: 1, notBefore: 2025-13-01,'))).toEqual([expect.stringMatching(/^39:\d+: questions\[0\]\.options\[2\]\.notBefore: /)]);
    expect(findings(TEXT.replace('{id: some, score: 0.5,', '{id: some, score: 0.4, notBefore: 2025-11-17,'))).toEqual([expect.stringMatching(/^38:\d+: questions\[0\]\.options\[1\]\.notBefore: `notBefore` is checked through evidence/)]);
    expect(findings(TEXT.replace('scoring:\n  evidenceFrom: 0.5\n', '').replace('recentMonths: 12,', 'notBefore: 2025-11-17,'))).toEqual([expect.stringMatching(/^37:\d+: questions\[0\]\.options\[2\]\.notBefore: `notBefore` needs `scoring.evidenceFrom`/)]);
  });
});

describe('documents older than the Law, on the default rubric', () => {
  const loaded = parseRubric('rubrics/default.yaml', readFileSync('rubrics/default.yaml', 'utf8'));
  if (!loaded.ok) throw new Error('default rubric');
  const rubric = loaded.value.rubric;
  const q = rubric.questions.find((x) => x.id === 'legal-law-alignment')!;
  const top = q.options.find((o) => o.score === 1)!;
  it('the default rubric sets the Law\'s day on the rungs only the Law makes possible, the follow-up opinion included, and a 12-month window on that opinion', () => {
    expect(q.options.find((o) => o.id === 'plan')!.notBefore).toBe('2025-11-17');
    // The top's follow-up opinion follows an approval dated on or after the Law's day and is of the last 12 months.
    expect(top.notBefore).toBe('2025-11-17');
    expect(top.recentMonths).toBe(12);
    const marked = rubric.questions.flatMap((x) => x.options.filter((o) => o.notBefore).map((o) => `${x.id}:${o.id}`));
    expect(marked).toEqual(expect.arrayContaining(['legal-law-alignment:closed', 'ethics-principles:applied', 'ai-prohibited-check:checked', 'legal-trusted-list:formed']));
  });
  const score = (date: string) => {
    const file = [
      `rubric: {id: ${rubric.id}, version: ${rubric.version}}`,
      'respondent: {organization: Test}',
      'date: 2026-06-01',
      'answers:',
      `  ${q.id}: ${top.id}`,
      'evidence:',
      `  ${q.id}: "Заключение № 7 от ${date}"`,
    ].join('\n');
    const a = parseAnswers('a.yaml', file, rubric);
    if (!a.ok) throw new Error('answers');
    return scoreAnswers(rubric, a.value, { lang: 'en', tool: { name: 'readiness', version: 'test' } });
  };
  it('a follow-up opinion dated before the Law supports nothing (too-old); one dated on or after it, in the last 12 months, does', () => {
    expect(score('01.06.2025').unsupported).toEqual([expect.objectContaining({ id: q.id, reason: 'too-old' })]);
    expect(score('16.11.2025').unsupported).toEqual([expect.objectContaining({ id: q.id, reason: 'too-old' })]);
    expect(score('10.02.2026').unsupported).toEqual([]);
    expect(score('20.05.2026').unsupported).toEqual([]);
  });
  it('the interview refuses such a reference or date on the spot', () => {
    expect(checkReference('Заключение № 7 от 01.06.2025', '2026-06-01', 'en', { notBefore: '2025-11-17' })).toMatch(/.+/);
    expect(checkReference('Заключение № 7 от 01.06.2025', '2026-06-01', 'en', { notBefore: '2025-11-17' })).not.toBe(true);
    expect(checkReference('Заключение № 7 от 10.02.2026', '2026-06-01', 'en', { notBefore: '2025-11-17' })).toBe(true);
    expect(checkDocumentDate('01.06.2025', '2026-06-01', 'en', { notBefore: '2025-11-17' })).toMatch(/dated before 17 November 2025/);
    expect(checkDocumentDate('10.02.2026', '2026-06-01', 'en', { notBefore: '2025-11-17' })).toBe(true);
  });
});
