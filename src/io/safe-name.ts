/** Names Windows refuses as files, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * Makes a file-name stem from untrusted text (an organization's name): letters of any
 * script, digits and single hyphens only, so it cannot hold a path separator, `..`, a
 * drive, a control character or a reserved device name; at most `max` characters; never
 * empty. Cyrillic and Kazakh letters are kept, so names stay readable.
 */
export function safeFileStem(text: string, max = 80): string {
  let stem = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (stem.length > max) stem = stem.slice(0, max).replace(/-+$/, '');
  if (stem === '' || RESERVED.test(stem)) stem = `body-${stem}`.replace(/-+$/, '');
  return stem;
}

/**
 * Picks a stem not yet taken, comparing without case so that two names differing only in
 * case never overwrite each other on a case-insensitive file system.
 */
export function uniqueStem(stem: string, taken: Set<string>): string {
  let candidate = stem;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${stem}-${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
