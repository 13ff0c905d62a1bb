import type { Lang } from './lang.js';

/**
 * Every number the tool prints goes through here: a decimal comma in Russian and Kazakh,
 * a point in English; a true minus sign; a no-break space before the percent sign in ru/kk.
 */

const decimal = (lang: Lang, text: string) => (lang === 'en' ? text : text.replace('.', ','));

/** Fixed decimals (63,9). Report numbers are already rounded; this only shows them. */
export function formatNumber(lang: Lang, value: number, decimals: number): string {
  return decimal(lang, (Object.is(value, -0) ? 0 : value).toFixed(decimals));
}

/** With its sign: +1,5, −13,8 (U+2212), 0,0. */
export function formatSigned(lang: Lang, value: number, decimals: number): string {
  const text = formatNumber(lang, Math.abs(value), decimals);
  if (Number(Math.abs(value).toFixed(decimals)) === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** A weight or threshold as written in the rubric: no trailing zeros (1, 0,5, 1,25). */
export function formatPlain(lang: Lang, value: number): string {
  return decimal(lang, String(Number(value.toFixed(4))));
}

/** A 0..1 fraction as a percentage with up to one decimal: 83,3 % (no-break space) in ru/kk, 83.3% in en. */
export function formatPercent(lang: Lang, fraction: number): string {
  const pct = Math.round(fraction * 1000) / 10;
  const text = Number.isInteger(pct) ? String(pct) : pct.toFixed(1);
  return lang === 'en' ? `${text}%` : `${decimal(lang, text)}\u00A0%`;
}

/** A 0..1 fraction as a percentage with exactly `decimals` decimals, for a column of a table: 2,0 % beside 1,9 %. */
export function formatPercentFixed(lang: Lang, fraction: number, decimals: number): string {
  const text = (Math.round(fraction * 100 * 10 ** decimals) / 10 ** decimals).toFixed(decimals);
  return lang === 'en' ? `${text}%` : `${decimal(lang, text)}\u00A0%`;
}

/** A whole number with its thousands apart, by a no-break space that never wraps: 10 000 (en: 10,000). */
export function formatCount(lang: Lang, value: number): string {
  return Math.round(value).toLocaleString('en').replace(/,/g, lang === 'en' ? ',' : '\u00A0');
}

const rules = new Map<Lang, Intl.PluralRules>();

/**
 * The plural category of `n` in `lang` through `Intl.PluralRules`: ru one/few/many (and other
 * for fractions), en one/other; Kazakh has no plural after a numeral, so it is always `other`.
 */
export function pluralCategory(lang: Lang, n: number): Intl.LDMLPluralRule {
  if (lang === 'kk') return 'other';
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r.select(n);
}

/**
 * Picks a form from `a|b|c`: ru one|few|many, and an optional fourth for a fraction (by default
 * the few form: «14,9 балла»); en one|other; kk a single form. `n` may be a number already formatted with a decimal comma.
 */
export function pluralForm(lang: Lang, n: number | string, forms: string): string {
  const list = forms.split('|');
  // A formatted number: ru/kk write a decimal comma and space out thousands; en writes a
  // decimal point and a thousands comma (10,000 is ten thousand, not ten).
  const value =
    typeof n === 'number'
      ? n
      : Number((lang === 'en' ? String(n).replace(/,/g, '') : String(n).replace(',', '.')).replace(/[\s\u00A0\u202F]/g, '').replace('−', '-'));
  if (list.length === 1 || Number.isNaN(value)) return list[list.length - 1]!;
  const category = pluralCategory(lang, Math.abs(value));
  if (lang === 'ru') return { one: list[0], few: list[1], many: list[2], other: list[3] ?? list[1] }[category as 'one'] ?? list[2]!;
  return category === 'one' ? list[0]! : list[1]!;
}
