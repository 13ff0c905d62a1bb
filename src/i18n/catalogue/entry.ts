import { format, type Lang, type Texts } from '../lang.js';

/**
 * One message of the catalogue: its text in every language. A text may hold placeholders,
 * `{name}`, and plural forms of a number placeholder, `{name:one|few|many}` (ru: one, few,
 * many and, for fractions, other; en: one, other; kk takes none: no plural after a numeral).
 */
export type Entry = Texts;

/** A namespace of the catalogue: message key → entry. Written `{…} as const satisfies Namespace`. */
export type Namespace = Readonly<Record<string, Entry>>;

type NameChar = ' ' | '"' | "'" | '.' | ',' | '-' | '(' | ')' | '[' | ']' | '<' | '>' | '/' | '«' | '»' | '…' | '\n';

/** A `\w+` name, or never (a brace that does not open a placeholder). */
type Word<S extends string> = S extends '' ? never : S extends `${string}${NameChar}${string}` ? never : S;

/** The name inside `{…}`: before the colon of plural forms; after a stray `{` before it. */
type NameOf<Inner extends string> = Inner extends `${string}{${infer After}`
  ? NameOf<After>
  : Inner extends `${infer Name}:${string}`
    ? Word<Name>
    : Word<Inner>;

/** The placeholder names of a text literal type, as `format` reads them. */
export type PlaceholderNames<S extends string> = S extends `${string}{${infer Inner}}${infer Rest}` ? NameOf<Inner> | PlaceholderNames<Rest> : never;

/** What an entry's placeholders are filled with: every name it uses, in any of its languages. */
export type VarsOf<E extends Entry> = { readonly [K in PlaceholderNames<E[Lang]>]: string | number };

/** The values argument of an entry: required when it has placeholders, absent when it has none. */
export type VarsArg<E extends Entry> = [PlaceholderNames<E[Lang]>] extends [never] ? [] : [vars: VarsOf<E>];

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

/** The keys of a namespace whose texts have no placeholders (said as they are). */
export type PlainKey<N extends Namespace> = { [K in keyof N & string]: [PlaceholderNames<N[K][Lang]>] extends [never] ? K : never }[keyof N & string];
