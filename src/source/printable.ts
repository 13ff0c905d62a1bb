/** Control, line-breaking and bidirectional-override characters: never echoed raw to a terminal or a log. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Untrusted text (an id or value from a user's file) made safe to quote in a message:
 * control characters, line breaks and bidi overrides are shown as `\uXXXX` escapes, so a
 * value can neither colour or clear the terminal nor forge a line of output; text longer
 * than `max` characters is cut with an ellipsis.
 */
export function printable(text: string, max = 120): string {
  let shown = text;
  if (shown.length > max) {
    shown = shown.slice(0, max);
    // Never leave half of a surrogate pair behind.
    if (/[\ud800-\udbff]$/.test(shown)) shown = shown.slice(0, -1);
    shown += '…';
  }
  return shown.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
