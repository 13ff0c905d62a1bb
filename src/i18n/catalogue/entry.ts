import type { Lang, Texts } from '../lang.js';

// The types of the catalogue. The functions that say an entry (t, sayer, sayerIn) are in
// ../lang.ts beside `format`, which every command loads anyway: one module fewer at start-up.

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

/** The keys of a namespace whose texts have no placeholders (said as they are). */
export type PlainKey<N extends Namespace> = { [K in keyof N & string]: [PlaceholderNames<N[K][Lang]>] extends [never] ? K : never }[keyof N & string];
