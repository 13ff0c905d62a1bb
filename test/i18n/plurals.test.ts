import { describe, expect, it } from 'vitest';
import { catalogueEntries } from '../../src/i18n/catalogue/index.js';
import { format } from '../../src/i18n/lang.js';

/**
 * Counts go through the plural rules by construction: a message that puts a number before a
 * counted noun must give that noun its forms (`{n} {n:вопрос|вопроса|вопросов}`), in ru and en.
 * Two checks: no bare `{n}` stands before a counted noun in any entry (an unconverted count
 * fails here, whatever its key), and every entry with forms renders the form that the
 * language's rule asks for, with the numbers that trip hand-written plurals.
 */

const entries = catalogueEntries();
const NUMBERS = [0, 1, 2, 5, 11, 21, 22, 25, 101];

// Stems of the nouns the tool counts, in Russian and English. An adjective may stand between
// the number and the noun («{n} применимых вопросов»).
const RU_NOUNS =
  /^(вопрос|ответ|файл|орган|замечани|балл|документ|уров|ступен|рекомендаци|раздел|подразделени|испытани|строк|проблем|противореч|вариант|ошибк|предупреждени|пут|модул|систем|респондент|единиц|значени|запис|групп|сектор|организаци|претензи|вердикт|утвержден)/i;
const EN_NOUNS =
  /^(questions?|answers?|files?|bod(y|ies)|findings?|points?|documents?|levels?|recommendations?|sections?|units?|draws?|rows?|problems?|conflicts?|options?|errors?|warnings?|routes?|modules?|systems?|respondents?|values?|claims?|verdicts?|groups?)$/i;

/**
 * Placeholders that stand before such a noun but are not counts, each with its reason: a
 * placeholder named here is skipped for that entry and language only.
 */
const NOT_COUNTS: Readonly<Record<string, string>> = {
  'messages.bodyFileAsUnit.ru: {file}': 'a file name («в {file} ответы всего органа»)',
  'messages.otherUnitFile.ru: {file}': 'a file name',
  'messages.mergeTooLong.kk: {files}': 'a list of file names, not a number',
  'report.coverageRule.ru: {min}': 'a percentage («не менее 90 % применимых вопросов»)',
  'compare.carried.en: {which}': 'the word earlier or later',
  'analyze.route_zero_pillar.ru: {rec}': 'a recommendation id',
};

/** `{name}` placeholders (no forms) followed by a counted noun, with the noun. */
function bareCounts(text: string, lang: 'ru' | 'en'): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\{(\w+)\}[ \u00A0]+([\p{L}-]+)(?:[ \u00A0]+(\{\w+:|[\p{L}-]+))?/gu)) {
    const [, name, first, second] = m;
    // «{n} answer {n:file|files}»: the forms come on the next word.
    if (second === `{${name}:`) continue;
    const adjective = lang === 'ru' ? /(ых|их|ого|его|ой|ей|ое|ее)$/.test(first!) : /^(more|applicable|answered|scored|unanswered|new|other|random)$/i.test(first!);
    const nouns = lang === 'ru' ? RU_NOUNS : EN_NOUNS;
    if (nouns.test(first!)) found.push(`{${name}} ${first}`);
    else if (adjective && second !== undefined && nouns.test(second)) found.push(`{${name}} ${first} ${second}`);
  }
  return found;
}

/** The Russian plural category, from the rule itself (not from Intl): one, few or many. */
function ruCategory(n: number): 0 | 1 | 2 {
  const ten = n % 10;
  const hundred = n % 100;
  if (ten === 1 && hundred !== 11) return 0;
  if (ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14)) return 1;
  return 2;
}

describe('counts go through the plural rules', () => {
  it('no catalogue text puts a bare number before a counted noun (ru, en)', () => {
    const bare = entries.flatMap(([key, texts]) =>
      (['ru', 'en'] as const).flatMap((lang) =>
        bareCounts(texts[lang], lang)
          .map((hit) => `${key}.${lang}: ${hit}`)
          .filter((hit) => !Object.hasOwn(NOT_COUNTS, hit.slice(0, hit.indexOf('}') + 1))),
      ),
    );
    expect(bare).toEqual([]);
  });

  it('the check itself finds a bare count (it is not vacuous)', () => {
    expect(bareCounts('из {total} применимых вопросов', 'ru')).toEqual(['{total} применимых вопросов']);
    expect(bareCounts('({required} ответов)', 'ru')).toEqual(['{required} ответов']);
    expect(bareCounts('{n} questions answered', 'en')).toEqual(['{n} questions']);
    expect(bareCounts('{n} answer {n:file|files}', 'en')).toEqual([]);
    expect(bareCounts('из {total} {total:вопроса|вопросов|вопросов}', 'ru')).toEqual([]);
  });

  it('every plural form renders as the language asks for 0, 1, 2, 5, 11, 21, 22, 25, 101', () => {
    const wrong: string[] = [];
    for (const [key, texts] of entries) {
      for (const m of texts.ru.matchAll(/\{(\w+):([^{}]*)\}/g)) {
        const [, name, forms] = m;
        const list = forms!.split('|');
        if (list.length < 3) {
          wrong.push(`${key}.ru {${name}}: ${list.length} forms`);
          continue;
        }
        for (const n of NUMBERS) {
          const vars: Record<string, number | string> = {};
          for (const p of texts.ru.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)) vars[p[1]!] = p[1] === name ? n : 7;
          const text = format(texts, 'ru', vars);
          const expected = list[ruCategory(n)]!;
          if (!text.includes(expected)) wrong.push(`${key}.ru with ${name}=${n}: expected «${expected}» in «${text}»`);
        }
      }
      for (const m of texts.en.matchAll(/\{(\w+):([^{}]*)\}/g)) {
        const [, name, forms] = m;
        const [one, other] = forms!.split('|');
        for (const n of NUMBERS) {
          const vars: Record<string, number | string> = {};
          for (const p of texts.en.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)) vars[p[1]!] = p[1] === name ? n : 7;
          const text = format(texts, 'en', vars);
          const expected = n === 1 ? one! : other!;
          if (!text.includes(expected)) wrong.push(`${key}.en with ${name}=${n}: expected “${expected}” in “${text}”`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('Kazakh puts no plural suffix on a noun after a number', () => {
    const wrong = entries.flatMap(([key, texts]) =>
      [...texts.kk.matchAll(/\{(\w+)(?::[^{}]*)?\}[ \u00A0]+(\p{L}+(?:лар|лер|дар|дер|тар|тер)(?:\p{L}*))/gu)]
        // «{n} жауаптар» is wrong; a plural after a number is never Kazakh.
        .map((m) => `${key}.kk: {${m[1]}} ${m[2]}`)
        .filter((hit) => !Object.hasOwn(NOT_COUNTS, hit.slice(0, hit.indexOf('}') + 1))),
    );
    expect(wrong).toEqual([]);
  });
});
