/**
 * Dates as officers write them, read into ISO `yyyy-mm-dd`: ISO itself, `dd.mm.yyyy` (also
 * with `/` or `-`, and a two-digit year), and dates written out with the month's name in
 * Russian, Kazakh or English in any of its case forms («14 февраля 2026 года», «2026 жылғы
 * 14 ақпандағы», "14 February 2026", "February 14, 2026"). Pure.
 */
import { MONTH_NAMES } from '../i18n/months.js';

/** Whether `y-m-d` is a day of the calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** An ISO date string (`2026-02-14`) when it is one and a day of the calendar, else undefined. */
export function isoDate(text: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isCalendarDate(y, mo, d) ? iso(y, mo, d) : undefined;
}

/**
 * Month names by their stems, from the one list of names (src/i18n/months.ts): every case
 * form of a name starts with its stem (февраля, феврале; ақпан, ақпандағы, ақпанында;
 * February, Feb). Russian drops the nominative's soft sign or й (январь → январ); a stem
 * left shorter than three letters (май → ма) must be the whole word with one ending (мая,
 * маю, мае). Kazakh names are their own stems; English ones are their first three letters.
 */
const MONTHS: ReadonlyArray<readonly [number, RegExp]> = MONTH_NAMES.en.map((_, i) => {
  const ruStem = MONTH_NAMES.ru[i]!.replace(/[ьй]$/u, '');
  const ru = ruStem.length < 3 ? `${ruStem}[йяюе]$` : ruStem;
  return [i + 1, new RegExp(`^(?:${ru}|${MONTH_NAMES.kk[i]}|${MONTH_NAMES.en[i]!.slice(0, 3).toLowerCase()})`, 'u')] as const;
});

/** English words that name a month: the names, their three-letter abbreviations, and "sept". */
const ENGLISH = new Set([...MONTH_NAMES.en.flatMap((name) => [name.toLowerCase(), name.slice(0, 3).toLowerCase()]), 'sept']);

/** The month a word names (any case form, any of the three languages), or undefined. */
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  // A Latin word must be an English name or abbreviation, not merely start like one (Marshal, Decree).
  for (const [month, stem] of MONTHS) {
    if (!stem.test(w)) continue;
    if (/^[a-z]+$/.test(w) && !ENGLISH.has(w)) continue;
    return month;
  }
  return undefined;
}

/** A date found in a text: its ISO form and where it stands. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const L = '\\p{L}';
const WORD = `[${L}]+\\.?`;
const YEAR_WORD = '(?:\\s*(?:г\\.|гг\\.|года|году|год|г|ж\\.|жылғы|жылы|жыл|ж))?';
const PATTERNS: ReadonlyArray<{ re: RegExp; ymd: (m: RegExpExecArray) => [number, string | number, number] }> = [
  // 2026-02-14
  { re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu, ymd: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // 14.02.2026, 14/02/2026, 14-02-2026, 14.02.26
  { re: /(?<![\d.\/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/gu, ymd: (m) => [Number(m[4]!.length === 2 ? `20${m[4]}` : m[4]), Number(m[3]), Number(m[1])] },
  // 2026 жылғы 14 ақпандағы, 2026 ж. 14-ақпан
  { re: new RegExp(`(?<!\\d)(\\d{4})${YEAR_WORD}\\s+(\\d{1,2})\\s*-?\\s*(${WORD})`, 'gu'), ymd: (m) => [Number(m[1]), m[3]!, Number(m[2])] },
  // 14 февраля 2026 года, 14-ақпан 2026 ж., 14th of February 2026, «14» февраля 2026
  { re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?»?\\s*-?\\s*(?:of\\s+)?(${WORD})\\s+(\\d{4})(?!\\d)`, 'gu'), ymd: (m) => [Number(m[3]), m[2]!, Number(m[1])] },
  // February 14, 2026
  { re: new RegExp(`(${WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'gu'), ymd: (m) => [Number(m[3]), m[1]!, Number(m[2])] },
];

/**
 * Every date written in `text`, in the order they stand, as ISO. Dates that are no day of
 * the calendar (31.02.2026) are not dates. Overlapping readings keep the first found.
 */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: Array<[number, number]> = [];
  for (const { re, ymd } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const [y, monthPart, d] = ymd(m);
      const mo = typeof monthPart === 'number' ? monthPart : monthOf(monthPart);
      if (mo === undefined || !isCalendarDate(y, mo, d)) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      taken.push([start, end]);
      found.push({ iso: iso(y, mo, d), index: start, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The one date a field holds (a register entry's `date`), as ISO, or undefined. */
export function parseDate(text: string): string | undefined {
  const exact = isoDate(text);
  if (exact) return exact;
  const found = findDates(text);
  if (found.length !== 1) return undefined;
  // The field is the date and little else (a year word, a closing «года»).
  const rest = (text.slice(0, found[0]!.index) + text.slice(found[0]!.index + found[0]!.length)).replace(/[\s.,«»"]|года|год|г\.|жылғы|ж\./gu, '');
  return rest === '' ? found[0]!.iso : undefined;
}

/**
 * The first day of the window of `months` months that ends on ISO date `iso`: the same day
 * `months` months earlier, or the last day of that month when it is shorter (31 May − 3 → 28
 * or 29 February). A document dated on it or later falls inside the window.
 */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  let day = d;
  while (!isCalendarDate(year, month, day)) day--;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
