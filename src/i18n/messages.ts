import { messages } from './catalogue/messages.js';
import type { VarsArg } from './catalogue/entry.js';
import { detectLang, format, type Lang } from './lang.js';

/** A key of the catalogue's `messages` namespace (src/i18n/catalogue/messages.ts). */
export type MessageKey = keyof typeof messages;

let current: Lang = detectLang();

/**
 * Sets the language of the tool's own messages for the rest of the process. Findings are
 * worded once, when they are made, in the language set by the entry point.
 */
export function setMessageLang(lang: Lang): void {
  current = lang;
}

export function messageLang(): Lang {
  return current;
}

/** The message `key` of the catalogue's `messages` namespace in the current message language, placeholders filled. */
export function m<K extends MessageKey>(key: K, ...vars: VarsArg<(typeof messages)[K]>): string {
  return format(messages[key], current, vars[0] as Readonly<Record<string, string | number>> | undefined);
}
