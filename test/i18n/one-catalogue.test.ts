import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const CATALOGUE = join(SRC, 'i18n', 'catalogue');

/**
 * Files allowed to hold `{ru, kk, en}` literals outside the catalogue, and why. The glossary
 * is the translators' term list, read by the tests and docs/glossary.md; the tool prints none of it.
 */
const ALLOWED = new Set(['src/i18n/glossary.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The code of a file without its comments (block comments, and lines that are comments). */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n');
}

// A text in one of the tool's languages: `ru: '…'`, `"kk": "…"`, `en: \`…\``.
const LANGUAGE_TEXT = /(?:^|[{,\s])(['"]?)(ru|kk|en)\1\s*:\s*['"`]/m;

describe('one message catalogue', () => {
  const outside = sourceFiles(SRC).filter((f) => !f.startsWith(CATALOGUE + '/'));
  const rel = (f: string) => `src/${relative(SRC, f)}`;

  it('no source file outside src/i18n/catalogue/ holds a text in ru, kk or en', () => {
    const found = outside.filter((f) => !ALLOWED.has(rel(f))).flatMap((f) => {
      const match = LANGUAGE_TEXT.exec(code(f));
      return match ? [`${rel(f)}: ${match[0].trim()}…`] : [];
    });
    expect(found).toEqual([]);
  });

  it('the check sees a table when there is one', () => {
    expect(LANGUAGE_TEXT.test("const words = {\n  title: { en: 'Title', ru: 'Заголовок', kk: 'Тақырып' },\n};")).toBe(true);
    expect(LANGUAGE_TEXT.test('const t = { "kk": "Тақырып" };')).toBe(true);
    expect(LANGUAGE_TEXT.test('const lang = opts.lang ?? en;')).toBe(false);
  });

  it('the tool never loads the whole catalogue: only the tests import its index', () => {
    const importsIndex = (f: string) => (f.startsWith(CATALOGUE + '/') ? /from '\.\/index\.js'/ : /catalogue\/index\.js'/).test(code(f));
    const importers = sourceFiles(SRC)
      .filter((f) => f !== join(CATALOGUE, 'index.ts') && importsIndex(f))
      .map(rel);
    expect(importers).toEqual([]);
  });
});
