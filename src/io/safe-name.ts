/**
 * `encodeURI` that never throws: a lone surrogate (which no stem made by `safeFileStem` holds,
 * but a link may come from elsewhere) is encoded as U+FFFD instead of ending the program.
 */
export function encodeLink(link: string): string {
  return encodeURI(link.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
}

/** Most UTF-8 bytes in a stem: with a hash, a counter, an extension and a temporary file's additions, under 255. */
const MAX_STEM_BYTES = 160;

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
  // Cut on code points, never inside a surrogate pair: a name in Old Turkic script (or
  // mathematical letters) must not leave half a character behind.
  const points = Array.from(stem);
  if (points.length > max) points.length = max;
  // File systems count bytes (255 a name): four-byte letters get fewer of them.
  let bytes = Buffer.byteLength(points.join(''), 'utf8');
  while (bytes > MAX_STEM_BYTES) bytes -= Buffer.byteLength(points.pop()!, 'utf8');
  if (points.length < Array.from(stem).length) stem = points.join('').replace(/-+$/, '');
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
