import type { Entry, Namespace, VarsArg } from './catalogue/entry.js';
import { pluralForm } from './numbers.js';

export type { Entry, Namespace, PlainKey, VarsArg, VarsOf } from './catalogue/entry.js';

/** The languages the tool speaks. Kazakh is the state language; Russian is official. */
export const LANGS = ['ru', 'kk', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A text in each language: `{ru: …, kk: …, en: …}`. */
export type Texts = Readonly<Record<Lang, string>>;

/**
 * The language for the tool's own messages when none was asked for: READINESS_LANG,
 * then the locale (LC_ALL, LC_MESSAGES, LANG: `kk_KZ.UTF-8` → kk), else English.
 */
export function detectLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const own = langOfCode(env.READINESS_LANG);
  if (own) return own;
  // As POSIX has it: the first of these that is set decides, even when it is `C` or `POSIX`
  // (then English): LC_ALL=C LANG=kk_KZ.UTF-8 is English.
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    return langOfCode(value) ?? 'en';
  }
  return 'en';
}

function langOfCode(value: string | undefined): Lang | undefined {
  const code = value?.slice(0, 2).toLowerCase();
  if (code === 'kz') return 'kk';
  return isLang(code) ? code : undefined;
}

/** READINESS_LANG when it is set to something that is not a language of the tool (it is ignored). */
export function badLangSetting(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env.READINESS_LANG;
  return value !== undefined && value !== '' && langOfCode(value) === undefined ? value : undefined;
}

/**
 * Fills `{name}` placeholders of the text for `lang`, and `{name:one|few|many}` with the
 * plural form the number `name` asks for (`Intl.PluralRules`): «{n} {n:вопрос|вопроса|вопросов}».
 * The engine under the catalogue's `t` (src/i18n/catalogue/entry.ts), which types the values.
 */
export function format(texts: Texts, lang: Lang, vars: Readonly<Record<string, string | number>> = {}): string {
  const text = texts[lang];
  return text.replace(/\{(\w+)(?::([^{}]*))?\}/g, (whole, name: string, forms: string | undefined, at: number) => {
    if (!(name in vars)) return whole;
    if (forms !== undefined) return pluralForm(lang, vars[name]!, forms);
    const value = String(vars[name]);
    // Quotes inside «…» become „…“, as Russian and Kazakh typography nest them: «ГУ „Аппарат акима“».
    return text[at - 1] === '«' && text[at + whole.length] === '»' ? value.replace(/«([^«»]*)»/g, '„$1“') : value;
  });
}

/** The placeholder names of a text (`{name}` and `{name:forms}` alike), sorted: equal in every language. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]!))].sort();
}

/** Picks the text of a rubric's localized map, falling back to the first language present. */
export function pick(texts: Readonly<Record<string, string>> | undefined, lang: string): string {
  if (!texts) return '';
  return texts[lang] ?? Object.values(texts)[0] ?? '';
}

/**
 * The text of `entry` in `lang`, its placeholders filled: `t('ru', report.title, { org })`.
 * The values are typed from the entry's own text, so a missing or misspelt name is a type error.
 */
export function t<E extends Entry>(lang: Lang, entry: E, ...vars: VarsArg<E>): string {
  return format(entry, lang, vars[0] as Readonly<Record<string, string | number>> | undefined);
}

/** `t` over one namespace by key: `const say = sayer(diff); say(lang, 'title', { … })`. */
export function sayer<N extends Namespace>(ns: N): <K extends keyof N & string>(lang: Lang, key: K, ...vars: VarsArg<N[K]>) => string {
  return (lang, key, ...vars) => format(ns[key]!, lang, vars[0] as Readonly<Record<string, string | number>> | undefined);
}

/** `t` over one namespace in one language: `const w = sayerIn(checklist, lang); w('title', { rubric })`. */
export function sayerIn<N extends Namespace>(ns: N, lang: Lang): <K extends keyof N & string>(key: K, ...vars: VarsArg<N[K]>) => string {
  return (key, ...vars) => format(ns[key]!, lang, vars[0] as Readonly<Record<string, string | number>> | undefined);
}
