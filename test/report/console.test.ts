import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../src/report/render-console.js';
import { sampleReport, unassessedReport } from './sample-report.js';

const ANSI = /\u001b\[/;

describe('renderConsole', () => {
  it('writes no ANSI code at all when color is false, even from a hostile organization', () => {
    const report = sampleReport('en', { hostile: true });
    const hostile = { ...report, respondent: { ...report.respondent, organization: 'Evil \u001b[31mred\u001b[0m \u001b]0;title\u0007' } };
    const text = renderConsole(hostile, { color: false, width: 80 });
    expect(text).not.toMatch(ANSI);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).toContain('Evil \uFFFD[31mred\uFFFD[0m \uFFFD]0;title\uFFFD');
  });

  it('colours when asked', () => {
    expect(renderConsole(sampleReport('en'), { color: true })).toMatch(ANSI);
  });

  it('shows the overall level and score, every recommendation, and the top three gaps only', () => {
    const text = renderConsole(sampleReport('en'), { color: false, width: 100 });
    expect(text).toContain('Level: Developing · 42.5 of 100');
    expect(text).toContain('Coverage: 80% (4 of 5 applicable questions answered)');
    expect(text).toContain('Next level: Established (from 55 points), 12.5 points to go.');
    for (const title of ['Legal framework', 'Digital literacy', 'Pilots']) expect(text).toContain(title);
    expect(text).toMatch(/│ Pilots +│ +— │ not assessed +│ +— │/);
    expect(text).toContain('1. Is an AI policy approved? +10.1');
    // The third gap is a blank question: answering it is a change too.
    expect(text).toMatch(/3\. Are penetration tests run\? \+2\.4\n +no answer → Every year/);
    expect(text).toContain('Answers without a supporting document: 1');
    expect(text).not.toContain('Exchanges abroad?');
    expect(text.indexOf('Level:')).toBeLessThan(text.indexOf('Legal framework'));
  });

  it.each([40, 60, 80, 120])('fits a terminal %i columns wide', (width) => {
    const text = renderConsole(sampleReport('ru', { hostile: true }), { color: false, width });
    for (const line of text.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(width);
  });

  it('says "not assessed" when nothing is answered', () => {
    const text = renderConsole(unassessedReport('kk'), { color: false });
    expect(text).toContain('Бағаланбады: бірде-бір жауап жоқ.');
    expect(text).not.toMatch(/null|NaN|undefined/);
  });

  it('is deterministic', () => {
    const report = sampleReport('ru');
    expect(renderConsole(report, { color: true, width: 90 })).toBe(renderConsole(structuredClone(report), { color: true, width: 90 }));
  });
});
