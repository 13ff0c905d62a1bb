import { describe, expect, it } from 'vitest';
import { format, LANGS, placeholders } from '../../src/i18n/lang.js';
import { messageTables } from './tables.js';

const files = await messageTables();
const tables = files.flatMap((f) => f.tables);

describe('the message tables', () => {
  it('are found, and every file that declares one exports it (so these tests read it)', () => {
    expect(tables.length).toBeGreaterThanOrEqual(15);
    expect(files.filter((f) => f.tables.length === 0).map((f) => f.file)).toEqual([]);
  });

  it.each(tables.map((t) => [t.name, t] as const))('%s: every key has ru, kk and en, none empty', (_, table) => {
    const missing = Object.entries(table.texts).flatMap(([key, texts]) =>
      LANGS.filter((lang) => typeof texts[lang] !== 'string' || texts[lang].trim() === '').map((lang) => `${key}.${lang}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(tables.map((t) => [t.name, t] as const))('%s: the same placeholders in every language', (_, table) => {
    const differ = Object.entries(table.texts).flatMap(([key, texts]) => {
      const en = placeholders(texts.en).join(',');
      return (['ru', 'kk'] as const).filter((lang) => placeholders(texts[lang]).join(',') !== en).map((lang) => `${key}.${lang}: {${placeholders(texts[lang]).join(',')}} vs en {${en}}`);
    });
    expect(differ).toEqual([]);
  });

  it.each(tables.map((t) => [t.name, t] as const))('%s: plural forms fit each language (ru 3 or 4, en 2, none in kk)', (_, table) => {
    const wrong = Object.entries(table.texts).flatMap(([key, texts]) =>
      (['ru', 'kk', 'en'] as const).flatMap((lang) =>
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
