/**
 * Dates as officers write them, read into ISO `yyyy-mm-dd`: ISO itself, `dd.mm.yyyy` (also
 * with `/` or `-`, and a two-digit year), and dates written out with the month's name in
 * Russian, Kazakh or English in any of its case forms («14 февраля 2026 года», «2026 жылғы
 * 14 ақпандағы», "14 February 2026", "February 14, 2026"). Pure.
 */

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
