import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueEntries, CATALOGUE } from '../../src/i18n/catalogue/index.js';
import { format, LANGS, placeholders } from '../../src/i18n/lang.js';

const entries = catalogueEntries();
const FOLDER = new URL('../../src/i18n/catalogue/', import.meta.url);

describe('the message catalogue', () => {
  it('holds every namespace its folder declares, each once, and nothing else', async () => {
    const declared = new Map<unknown, string>();
    for (const file of readdirSync(FOLDER).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'entry.ts')) {
      const mod = (await import(new URL(file, FOLDER).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) declared.set(value, `${file}#${name}`);
    }
    const listed = Object.values(CATALOGUE) as unknown[];
    expect([...declared].filter(([ns]) => !listed.includes(ns)).map(([, name]) => name), 'exported by a namespace file, not listed in index.ts').toEqual([]);
    expect(Object.keys(CATALOGUE).filter((ns) => !declared.has(CATALOGUE[ns as keyof typeof CATALOGUE]))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
    expect(entries.length).toBeGreaterThanOrEqual(700);
  });

  it('every key has ru, kk and en, none empty, and no other language', () => {
    const wrong = entries.flatMap(([key, texts]) => [
      ...LANGS.filter((lang) => typeof texts[lang] !== 'string' || texts[lang].trim() === '').map((lang) => `${key}.${lang}`),
      ...Object.keys(texts).filter((lang) => !(LANGS as readonly string[]).includes(lang)).map((lang) => `${key}.${lang} (not a language of the tool)`),
    ]);
    expect(wrong).toEqual([]);
  });

  it('the same placeholders in every language', () => {
    const differ = entries.flatMap(([key, texts]) => {
      const en = placeholders(texts.en).join(',');
      return (['ru', 'kk'] as const).filter((lang) => placeholders(texts[lang]).join(',') !== en).map((lang) => `${key}.${lang}: {${placeholders(texts[lang]).join(',')}} vs en {${en}}`);
    });
    expect(differ).toEqual([]);
  });

  it('plural forms fit each language (ru 3 or 4, en 2, none in kk)', () => {
    const wrong = entries.flatMap(([key, texts]) =>
      LANGS.flatMap((lang) =>
        [...texts[lang].matchAll(/\{(\w+):([^{}]*)\}/g)]
          .filter((m) => {
            const n = m[2]!.split('|').length;
            return lang === 'kk' || (lang === 'ru' && n !== 3 && n !== 4) || (lang === 'en' && n !== 2);
          })
          .map((m) => `${key}.${lang}: ${m[0]}`),
      ),
    );
    expect(wrong).toEqual([]);
  });
});

describe('plural forms and nested quotes in format()', () => {
  const t = { ru: '{n} {n:уровень|уровня|уровней}', kk: '{n} деңгей', en: '{n} {n:level|levels}' };
  it.each([
    [1, '1 уровень', '1 level'],
    [4, '4 уровня', '4 levels'],
    [5, '5 уровней', '5 levels'],
    [11, '11 уровней', '11 levels'],
    [21, '21 уровень', '21 levels'],
    [22, '22 уровня', '22 levels'],
  ])('%i', (n, ru, en) => {
    expect(format(t, 'ru', { n })).toBe(ru);
    expect(format(t, 'en', { n })).toBe(en);
    expect(format(t, 'kk', { n })).toBe(`${n} деңгей`);
  });

  it('a fraction takes the fourth form, or the few form', () => {
    expect(format({ ru: '{p} {p:балла|баллов|баллов|балла}', kk: '', en: '' }, 'ru', { p: '14,9' })).toBe('14,9 балла');
    expect(format({ ru: '{p} {p:балл|балла|баллов}', kk: '', en: '' }, 'ru', { p: '13,8' })).toBe('13,8 балла');
  });

  it('nests quotes inside «…» as „…“', () => {
    expect(format({ ru: 'органа «{o}»', kk: '', en: '' }, 'ru', { o: 'ГУ «Аппарат акима»' })).toBe('органа «ГУ „Аппарат акима“»');
  });
});
