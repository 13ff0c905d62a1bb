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
  for (const name of ['READINESS_LANG', 'LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const code = env[name]?.slice(0, 2).toLowerCase();
    if (code === 'kz') return 'kk';
    if (isLang(code)) return code;
  }
  return 'en';
}

/**
 * Fills `{name}` placeholders of the text for `lang`. A catalog is a plain object of
 * `Texts`, so a missing translation is a type error, not a runtime surprise.
 */
export function format(texts: Texts, lang: Lang, vars: Readonly<Record<string, string | number>> = {}): string {
  return texts[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Picks the text of a rubric's localized map, falling back to the first language present. */
export function pick(texts: Readonly<Record<string, string>> | undefined, lang: string): string {
  if (!texts) return '';
  return texts[lang] ?? Object.values(texts)[0] ?? '';
}
