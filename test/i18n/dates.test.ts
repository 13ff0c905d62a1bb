import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../src/i18n/dates.js';

describe('dates and times as an officer reads them', () => {
  it('an instant in Astana time (UTC+5), in each language', () => {
    // 09:40 UTC is 14:40 in Astana.
    expect(formatDateTime('ru', '2026-12-07T09:40:12.831Z')).toBe('07.12.2026 14:40');
    expect(formatDateTime('kk', '2026-12-07T09:40:12.831Z')).toBe('2026 жылғы 7 желтоқсан, 14:40');
    expect(formatDateTime('en', '2026-12-07T09:40:12.831Z')).toBe('7 December 2026, 14:40');
  });

  it('crosses midnight into the next Astana day', () => {
    expect(formatDateTime('ru', '2026-12-31T20:30:00Z')).toBe('01.01.2027 01:30');
    expect(formatDateTime('kk', '2026-03-01T19:05:00Z')).toBe('2026 жылғы 2 наурыз, 00:05');
  });

  it('a calendar date has no time zone, and text that is not a date is shown as it is', () => {
    expect(formatDate('ru', '2026-02-14')).toBe('14.02.2026');
    expect(formatDate('kk', '2026-02-14')).toBe('2026 жылғы 14 ақпан');
    expect(formatDate('en', '2026-02-14')).toBe('14 February 2026');
    expect(formatDate('ru', 'soon')).toBe('soon');
    expect(formatDateTime('kk', 'not a time')).toBe('not a time');
  });
});

describe('numbers in tables and counts', async () => {
  const { formatCount, formatPercentFixed, pluralForm } = await import('../../src/i18n/numbers.js');
  it('thousands apart by a no-break space in ru/kk and a comma in en, and the plural reads the formatted count', () => {
    expect(formatCount('ru', 10000)).toBe('10\u00A0000');
    expect(formatCount('kk', 1000)).toBe('1\u00A0000');
    expect(formatCount('en', 1000)).toBe('1,000');
    expect(pluralForm('en', formatCount('en', 1000), 'draw|draws')).toBe('draws');
    expect(pluralForm('ru', formatCount('ru', 10001), 'испытание|испытания|испытаний')).toBe('испытание');
    expect(pluralForm('ru', '14,9', 'балл|балла|баллов')).toBe('балла');
  });
  it('a share column keeps one decimal', () => {
    expect(formatPercentFixed('ru', 0.02, 1)).toBe('2,0\u00A0%');
    expect(formatPercentFixed('en', 0.019, 1)).toBe('1.9%');
  });
});

// The month names are defined once (src/i18n/months.ts): the dates the tool writes and the
// dates it reads in evidence use the same list, so a correction to one name reaches both.
describe('the month names, in one place', () => {
  it('every date the tool writes with a month name is read back by the evidence reader as the same date', async () => {
    const { MONTH_NAMES } = await import('../../src/i18n/months.js');
    const { monthOf, parseDate } = await import('../../src/evidence/dates.js');
    for (const lang of ['ru', 'kk', 'en'] as const) {
      expect(MONTH_NAMES[lang]).toHaveLength(12);
      MONTH_NAMES[lang].forEach((name, i) => expect(monthOf(name), `${lang} ${name}`).toBe(i + 1));
    }
    for (let month = 1; month <= 12; month++) {
      const iso = `2026-${String(month).padStart(2, '0')}-14`;
      expect(formatDate('kk', iso)).toBe(`2026 жылғы 14 ${MONTH_NAMES.kk[month - 1]}`);
      expect(formatDate('en', iso)).toBe(`14 ${MONTH_NAMES.en[month - 1]} 2026`);
      expect(parseDate(formatDate('kk', iso))).toBe(iso);
      expect(parseDate(formatDate('en', iso))).toBe(iso);
    }
    // Case forms and abbreviations still read by their stems.
    expect(['мая', 'маю', 'мае', 'майский', 'ақпандағы', 'Sept', 'sept.', 'Mayor'].map(monthOf)).toEqual([5, 5, 5, undefined, 2, 9, 9, undefined]);
  });

  it('no other source file spells a month name out in code', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const files = readdirSync('src', { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    const spelling = /қыркүйек|сентябр|September|желтоқсан|декабр|December/u;
    const found = files.filter((f) => {
      // Comments and doc comments may show an example date; code may not hold its own list.
      const code = readFileSync(join('src', f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      return spelling.test(code);
    });
    expect(found).toEqual([join('i18n', 'months.ts')]);
  });
});
