import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { forbiddenTerms, GLOSSARY } from '../../src/i18n/glossary.js';
import { catalogueEntries } from '../../src/i18n/catalogue/index.js';
import { loadRubric } from '../../src/rubric/load.js';

const entries = catalogueEntries();

/**
 * Concepts whose forbidden words the default rubric uses, rightly, in another sense: the
 * rubric speaks of the body's own documents and of the Law, not of the tool. Every other
 * concept is checked in the rubric's texts as in the tool's messages.
 */
const RUBRIC_OTHER_SENSE: Record<string, string> = {
  'risk exposure (100 − the mean score of a risk category)':
    'the rubric cites the Law on AI, whose risk class of an AI system is «степень риска» / «қауіп-қатер дәрежесі» (art. 19 kk, art. 17)',
  recommendation: 'kk «ұсыныс» is a proposal: a unit’s proposals, a report’s proposals, proposals on legislation',
  'government body': 'a subordinate organisation, citizens and organisations, a chatbot “in any organisation”',
  'point (unit of a score)': '«пункт» is a clause of a policy, an order or a contract',
  report: '«докладываются руководству»: reported to the head, the body’s practice',
  'interview (assess)': 'news and press interviews on the body’s website',
  'unit (of the body)': 'the rule is for the field’s name; a sentence may begin with «Бөлімшелердің»',
};

/** Every text of the default rubric in one language, with where it is. */
function rubricTexts(lang: 'ru' | 'kk'): Array<{ where: string; text: string }> {
  const loaded = loadRubric();
  if (!loaded.ok) throw new Error('the default rubric does not load');
  const out: Array<{ where: string; text: string }> = [];
  const walk = (value: unknown, where: string): void => {
    if (typeof value !== 'object' || value === null) return;
    const v = value as Record<string, unknown>;
    if (typeof v.ru === 'string' && typeof v.kk === 'string') {
      out.push({ where, text: v[lang] as string });
      return;
    }
    for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`);
  };
  walk(loaded.value.rubric, 'rubric');
  return out;
}

describe('the glossary', () => {
  it.each(['ru', 'kk'] as const)('no %s text of the catalogue uses a word the glossary forbids for its concept', (lang) => {
    const terms = forbiddenTerms(lang);
    const hits = entries.flatMap(([key, texts]) =>
      terms.filter((t) => t.pattern.test(texts[lang])).map((t) => `${key}: /${t.pattern.source}/ (${t.concept}) in «${texts[lang]}»`),
    );
    expect(hits).toEqual([]);
  });

  it.each(['ru', 'kk'] as const)('no %s text of the default rubric uses a word the glossary forbids, outside the senses the rubric needs', (lang) => {
    const terms = forbiddenTerms(lang).filter((t) => !(t.concept in RUBRIC_OTHER_SENSE));
    const texts = rubricTexts(lang);
    expect(texts.length).toBeGreaterThan(300);
    const hits = texts.flatMap(({ where, text }) => terms.filter((t) => t.pattern.test(text)).map((t) => `${where}: /${t.pattern.source}/ (${t.concept}) in «${text}»`));
    expect(hits).toEqual([]);
    // The exemptions name real concepts, so a renamed concept cannot silently drop out of the check.
    for (const concept of Object.keys(RUBRIC_OTHER_SENSE)) expect(GLOSSARY.some((e) => e.concept === concept), concept).toBe(true);
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
