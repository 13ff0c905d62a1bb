import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/load.js';
import { scoringDay } from '../../src/i18n/dates.js';
import { parseRubric } from '../../src/rubric/load.js';
import { scoreAnswers } from '../../src/scoring/score.js';

/**
 * The review of rubric 2.2.0, §5.3 routes R2 (a document of 2019 for a rung that says "in the
 * last 12 months") and R3 (no assessment date: no reference was ever in the future), on the
 * fixture rubric whose top training rung names 12 months (`recentMonths: 12`).
 */
const loaded = parseRubric('evidence-dates.yaml', readFileSync('test/fixtures/rubrics/evidence-dates.yaml', 'utf8'));
if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
const rubric = loaded.value.rubric;

const file = (evidence: string, date?: string) =>
  [
    'rubric: {id: evidence-dates, version: 1.0.0}',
    'respondent: {organization: Body}',
    ...(date ? [`date: ${date}`] : []),
    'answers: {staff-training: all, cyber-pentest: yearly}',
    `evidence: {staff-training: "${evidence}", cyber-pentest: "Протокол № 1 от 01.02.2019"}`,
    '',
  ].join('\n');
const report = (text: string) => {
  const a = parseAnswers('a.yaml', text, rubric);
  if (!a.ok) throw new Error(JSON.stringify(a.findings));
  return scoreAnswers(rubric, a.value, { lang: 'en', tool: { name: 'readiness', version: 'test' } });
};
const reasons = (text: string) => report(text).unsupported.map((u) => [u.id, u.reason]);

afterEach(() => {
  delete process.env.READINESS_TODAY;
});

describe('R2 stale documents: a rung that names a period needs a document of that period', () => {
  it('refuses a document of 2019 for "in the last 12 months" (too-old), takes one within them, and asks nothing of a rung without a period', () => {
    expect(reasons(file('Приказ № 5 от 01.02.2019', '2026-06-01'))).toEqual([['staff-training', 'too-old']]);
    expect(reasons(file('Приказ № 5 от 01.06.2025', '2026-06-01'))).toEqual([]);
    expect(reasons(file('Приказ № 5 от 31.05.2025', '2026-06-01'))).toEqual([['staff-training', 'too-old']]);
  });

  it('takes the register: at least one cited document of the period', () => {
    const text = file('x', '2026-06-01').replace(
      /evidence: \{staff-training: "x"/,
      'documents:\n  old: {type: order, number: "1", date: 2019-02-01}\n  new: {type: report, number: "2", date: 2026-01-10}\nevidence: {staff-training: [old, new]',
    );
    expect(reasons(text)).toEqual([]);
    expect(reasons(text.replace('[old, new]', '[old]'))).toEqual([['staff-training', 'too-old']]);
  });
});

describe('R3 no assessment date: the file is judged on the day it is scored', () => {
  it('refuses a reference dated after today, checks the period against today, and invents no date into the report', () => {
    process.env.READINESS_TODAY = '2026-06-01';
    const future = report(file('Приказ № 5 от 01.02.2031'));
    expect(future.unsupported.map((u) => u.reason)).toEqual(['future-date']);
    expect(future.date).toBeNull();
    expect(reasons(file('Приказ № 5 от 01.02.2025'))).toEqual([['staff-training', 'too-old']]);
    expect(reasons(file('Приказ № 5 от 01.02.2026'))).toEqual([]);
    process.env.READINESS_TODAY = '2025-01-01';
    expect(reasons(file('Приказ № 5 от 01.02.2026'))).toEqual([['staff-training', 'future-date']]);
  });

  it('warns, naming the file and the day, where a date is checked; a dated file, or one that cites nothing, gets no warning', () => {
    process.env.READINESS_TODAY = '2026-06-01';
    const warnings = (text: string) => {
      const a = parseAnswers('a.yaml', text, rubric);
      return a.ok ? a.warnings.map((w) => `${w.file}: ${w.message}`) : [];
    };
    expect(warnings(file('Приказ № 5 от 01.02.2026'))).toEqual(['a.yaml: no assessment date: dates checked against 2026-06-01']);
    expect(warnings(file('Приказ № 5 от 01.02.2026', '2026-06-01'))).toEqual([]);
    expect(warnings('rubric: {id: evidence-dates, version: 1.0.0}\nrespondent: {organization: Body}\nanswers: {staff-training: none}\n')).toEqual([]);
  });

  it('the day is today in Astana unless fixed for a test', () => {
    expect(scoringDay({}, new Date('2026-12-07T19:30:00Z'))).toBe('2026-12-08');
    expect(scoringDay({ READINESS_TODAY: '2026-06-01' }, new Date('2026-12-07T10:00:00Z'))).toBe('2026-06-01');
    expect(scoringDay({ READINESS_TODAY: 'yesterday' }, new Date('2026-12-07T10:00:00Z'))).toBe('2026-12-07');
  });
});

describe('old-document: a document of years ago on a claim its rung\'s period has not refused is flagged for the auditor', () => {
  const aged = parseRubric('evidence-dates.yaml', readFileSync('test/fixtures/rubrics/evidence-dates.yaml', 'utf8').replace('  evidenceFrom: 0.5\n', '  evidenceFrom: 0.5\n  oldAfterMonths: 36\n'));
  if (!aged.ok) throw new Error(JSON.stringify(aged.findings));
  const flags = (text: string, r = aged.value.rubric) => {
    const a = parseAnswers('a.yaml', text, r);
    if (!a.ok) throw new Error(JSON.stringify(a.findings));
    const out = scoreAnswers(r, a.value, { lang: 'en', tool: { name: 'readiness', version: 'test' } });
    return { flags: out.flags.map((f) => [f.id, f.kind]), unsupported: out.unsupported.map((u) => [u.id, u.reason]), score: out.overall.score };
  };

  it('flags the 2019 protocol on the rung without a period, not the 2019 order its rung refuses (too-old), and changes no score', () => {
    const old = flags(file('Приказ № 5 от 01.02.2019', '2026-06-01'));
    expect(old.flags).toEqual([['cyber-pentest', 'old-document']]);
    expect(old.unsupported).toEqual([['staff-training', 'too-old']]);
    expect(old.score).toBe(flags(file('Приказ № 5 от 01.02.2019', '2026-06-01'), rubric).score);
  });

  it('counts the months back from the assessment date: 36 months is the edge', () => {
    const at = (protocol: string) => flags(file('Приказ № 5 от 01.02.2026', '2026-06-01').replace('Протокол № 1 от 01.02.2019', protocol)).flags;
    expect(at('Протокол № 1 от 01.06.2023')).toEqual([]);
    expect(at('Протокол № 1 от 31.05.2023')).toEqual([['cyber-pentest', 'old-document']]);
  });

  it('raises nothing where the rubric sets no oldAfterMonths', () => {
    expect(flags(file('Приказ № 5 от 01.02.2019', '2026-06-01'), rubric).flags).toEqual([]);
  });
});
