import type { Lang } from './lang.js';

/**
 * The months' names in each language, January first, in the nominative: the one list the
 * tool has. Dates are written with it (`formatDate`: «2026 жылғы 14 ақпан», "14 February
 * 2026") and read with it (`evidence/dates.ts` matches every case form by the name's stem:
 * февраля, ақпандағы, Feb).
 */
export const MONTH_NAMES: Readonly<Record<Lang, readonly string[]>> = {
  ru: ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
