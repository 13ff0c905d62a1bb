import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forbiddenTerms, GLOSSARY } from '../../src/i18n/glossary.js';
import { catalogueEntries } from '../../src/i18n/catalogue/index.js';

const entries = catalogueEntries();

describe('the glossary', () => {
  it.each(['ru', 'kk'] as const)('no %s text of the catalogue uses a word the glossary forbids for its concept', (lang) => {
    const terms = forbiddenTerms(lang);
    const hits = entries.flatMap(([key, texts]) =>
      terms.filter((t) => t.pattern.test(texts[lang])).map((t) => `${key}: /${t.pattern.source}/ (${t.concept}) in «${texts[lang]}»`),
    );
    expect(hits).toEqual([]);
  });

  it('docs/glossary.md has a row for every concept, with its ru and kk term', () => {
    const doc = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8');
    const missing = GLOSSARY.filter((e) => !doc.includes(`| ${e.concept} |`) || !doc.includes(e.ru) || !doc.includes(e.kk)).map((e) => e.concept);
    expect(missing).toEqual([]);
  });

  it('each forbidden pattern catches the word it is written for, and not the glossary’s own term', () => {
    for (const lang of ['ru', 'kk'] as const) {
      for (const e of GLOSSARY) {
        for (const p of e.forbid?.[lang] ?? []) expect(new RegExp(p, 'iu').test(e[lang]), `${e.concept}: /${p}/ matches «${e[lang]}»`).toBe(false);
      }
    }
    const [kkOption] = forbiddenTerms('kk').filter((t) => t.concept === 'answer option');
    expect(kkOption!.pattern.test('мүмкін нұсқалар')).toBe(true);
    expect(kkOption!.pattern.test('мүмкін жауап нұсқалары')).toBe(false);
  });
});
