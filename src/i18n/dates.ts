import type { Lang } from './lang.js';
import { MONTH_NAMES } from './months.js';

/**
 * Dates and times as an officer reads them: Astana time (Kazakhstan keeps one time zone,
 * UTC+5, since 1 March 2024; a fixed offset, so the result does not depend on the time-zone
 * data of the Node build), in the reader's language: «07.12.2026 14:40»,
 * «2026 жылғы 7 желтоқсан, 14:40», "7 December 2026, 14:40".
 */
const ASTANA_OFFSET_MS = 5 * 60 * 60 * 1000;


const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar date (year, month 1–12, day) in the reader's language. */
function formatDay(lang: Lang, y: number, m: number, d: number): string {
  if (lang === 'ru') return `${pad(d)}.${pad(m)}.${y}`;
  if (lang === 'kk') return `${y} жылғы ${d} ${MONTH_NAMES.kk[m - 1]}`;
  return `${d} ${MONTH_NAMES.en[m - 1]} ${y}`;
}

/**
 * An instant (an ISO timestamp, usually UTC) as a date and time in Astana. Text that is not a
 * valid timestamp is returned as it is.
 */
export function formatDateTime(lang: Lang, iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const t = new Date(ms + ASTANA_OFFSET_MS);
  const day = formatDay(lang, t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  return lang === 'ru' ? `${day} ${time}` : `${day}, ${time}`;
}

/**
 * A calendar date written `YYYY-MM-DD` (an assessment date, a document's date) in the reader's
 * language; it has no time, so no time zone applies. Anything else is returned as it is.
 */
export function formatDate(lang: Lang, date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > 31) return date;
  return formatDay(lang, y, m, d);
}

/**
 * The day a file is scored on: today in Astana. A file without an assessment date, or with one
 * after this day, is judged on it; one dated long before it is said to be (answers/load.ts,
 * `checkDay`). The environment variable READINESS_TODAY=YYYY-MM-DD fixes it, for tests only (such
 * reports must be checked on a known day); anything else in it is ignored.
 */
export function scoringDay(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const fixed = env.READINESS_TODAY;
  if (fixed !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(fixed) && !Number.isNaN(Date.parse(`${fixed}T00:00:00Z`))) return fixed;
  return astanaToday(now);
}

/** Today's date in Astana as ISO `YYYY-MM-DD`: the assessment date the interview records. */
export function astanaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + ASTANA_OFFSET_MS).toISOString().slice(0, 10);
}
