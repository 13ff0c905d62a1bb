import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../src/rubric/load.js';

/** `recentMonths` on an option (review of rubric 2.2.0, R2): a whole number 1–120, only where evidence is asked. */
const TEXT = readFileSync('test/fixtures/rubrics/evidence-dates.yaml', 'utf8');
const findings = (text: string) => {
  const r = parseRubric('r.yaml', text);
  return r.ok ? [] : r.findings.map((f) => `${f.line}:${f.column}: ${f.path}: ${f.message}`);
};

describe('recentMonths in the rubric', () => {
  it('is read onto the option', () => {
    const r = parseRubric('r.yaml', TEXT);
    expect(r.ok && r.value.rubric.questions[0]!.options.map((o) => o.recentMonths)).toEqual([undefined, undefined, 12]);
  });
  it.each([0, 121, 2.5])('refuses %s with its line and column', (value) => {
    const out = findings(TEXT.replace('recentMonths: 12', `recentMonths: ${value}`));
    expect(out).toEqual([expect.stringMatching(/^39:\d+: questions\[0\]\.options\[2\]\.recentMonths: must be a whole number of months from 1 to 120$/)]);
  });
  it('refuses it below evidenceFrom, and without an evidence rule', () => {
    expect(findings(TEXT.replace('{id: some, score: 0.5,', '{id: some, score: 0.4, recentMonths: 6,'))).toEqual([
      expect.stringMatching(/^38:\d+: questions\[0\]\.options\[1\]\.recentMonths: `recentMonths` is checked through evidence: only on an option scoring at least `scoring.evidenceFrom` \(0\.5\)$/),
    ]);
    expect(findings(TEXT.replace('scoring:\n  evidenceFrom: 0.5\n', ''))).toEqual([expect.stringMatching(/^37:\d+: questions\[0\]\.options\[2\]\.recentMonths: `recentMonths` needs `scoring.evidenceFrom`/)]);
    expect(findings(TEXT.replace('recentMonths: 12', 'recentMonths: "12"'))).toEqual(['39:43: questions[0].options[2].recentMonths: must be a number, not a text']);
  });
});
