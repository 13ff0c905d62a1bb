import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyDocument, classifyEvidence, classifyText } from '../../src/evidence/classify.js';
import { findDates, monthsBefore, parseDate } from '../../src/evidence/dates.js';
import { isPlaceholder, isSubstantive } from '../../src/evidence/placeholder.js';

const corpus = JSON.parse(readFileSync('test/fixtures/evidence/references.json', 'utf8')) as Record<string, string[]> & { date: string };
const classes = ['placeholder', 'no-number-or-date', 'no-type', 'future-date', 'supported'] as const;
const cls = (text: string) => {
  const c = classifyText(text, corpus.date);
  return c.supported ? 'supported' : c.reason;
};

describe('the classifier on the corpus of references', () => {
  it('holds at least 200 references in three languages', () => {
    const all = classes.flatMap((k) => corpus[k]!);
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(all.some((t) => /[әғқңөұүһі]/i.test(t))).toBe(true);
    expect(all.some((t) => /[а-яё]/i.test(t))).toBe(true);
    expect(all.some((t) => /^[\x20-\x7e]+$/.test(t) && /[a-z]/i.test(t))).toBe(true);
  });
  for (const k of classes) {
    it(`classifies every "${k}" reference as ${k}`, () => {
      const wrong = corpus[k]!.map((t) => [t, cls(t)]).filter(([, got]) => got !== k);
      expect(wrong).toEqual([]);
    });
  }
});

describe('dates as officers write them', () => {
  it('reads ISO, dd.mm.yyyy and month names in their case forms, and refuses days that do not exist', () => {
    const one = (t: string) => findDates(t).map((d) => d.iso);
    expect(one('от 14 февраля 2026 года')).toEqual(['2026-02-14']);
    expect(one('1 мая 2025 г.; 3 мае 2025')).toEqual(['2025-05-01', '2025-05-03']);
    expect(one('2026 жылғы 14 ақпандағы')).toEqual(['2026-02-14']);
    expect(one('2026 ж. 3 наурыздағы')).toEqual(['2026-03-03']);
    expect(one('February 14, 2026 and 14th of Feb 2026')).toEqual(['2026-02-14', '2026-02-14']);
    expect(one('14.02.26, 14/02/2026, 2026-02-14')).toEqual(['2026-02-14', '2026-02-14', '2026-02-14']);
    expect(one('29.02.2026 31.04.2026 2026-13-01')).toEqual([]);
    expect(one('Marketing 12 2026')).toEqual([]);
    expect(parseDate('14 февраля 2026 года')).toBe('2026-02-14');
    expect(parseDate('Приказ от 14.02.2026')).toBeUndefined();
  });
});

describe('placeholders and sentences of substance', () => {
  it('a placeholder is nothing visible, no letter or digit, or a word that says nothing', () => {
    expect(isPlaceholder('\u200b\u200d')).toBe(true);
    expect(isPlaceholder('см. выше')).toBe(true);
    expect(isPlaceholder('Приказ')).toBe(false);
  });
  it('a justification needs three words, fifteen letters and more than one word', () => {
    expect(isSubstantive('HR is served by the Agency under agreement No. 4')).toBe(true);
    expect(isSubstantive('Персональные данные не обрабатываются')).toBe(true);
    expect(isSubstantive('Органда ЖИ жүйелері мүлдем жоқ')).toBe(true);
    for (const t of ['-', 'нет', 'No HR', 'нет нет нет нет', 'not applicable', 'н/а н/а н/а']) expect(isSubstantive(t), t).toBe(false);
  });
});

describe('register entries and references to them', () => {
  const documents = new Map([
    ['order-12', { type: 'order' as const, number: '12-п', date: '2026-02-14' }],
    ['minutes', { type: 'minutes' as const, title: 'Board minutes on AI', date: '2026-02-20' }],
    ['later', { type: 'order' as const, number: '5', date: '2026-04-01' }],
    ['untyped', { number: '3', date: '2026-02-01' }],
    ['undated', { type: 'letter' as const, number: '3' }],
    ['dash', { type: 'order' as const, number: '-', title: '—', date: '-' }],
    ['page', { type: 'web-page' as const, link: 'https://gov.kz/memleket/entities/x' }],
  ]);
  const ctx = { documents, date: '2026-03-01' };
  const of = (ids: string[]) => {
    const c = classifyEvidence({ documents: ids }, ctx);
    return c.supported ? 'supported' : c.reason;
  };
  it('needs a type, a number or title, and a date not after the assessment; or a type and a link', () => {
    expect(of(['order-12'])).toBe('supported');
    expect(of(['minutes'])).toBe('supported');
    expect(of(['page'])).toBe('supported');
    expect(of(['later'])).toBe('future-date');
    expect(of(['untyped'])).toBe('no-number-or-date');
    expect(of(['undated'])).toBe('no-number-or-date');
    expect(of(['dash'])).toBe('placeholder');
    expect(of(['nowhere'])).toBe('unknown-document');
    // Every id must be in the register; one document that names a document is enough.
    expect(of(['order-12', 'nowhere'])).toBe('unknown-document');
    expect(of(['undated', 'order-12'])).toBe('supported');
    expect(classifyEvidence(undefined, ctx)).toEqual({ supported: false, reason: 'missing' });
    expect(classifyDocument(undefined)).toEqual({ supported: false, reason: 'unknown-document' });
  });
  it('a register number of digits behind a number sign is a number, whatever its digits (the tenth reading: «№1»…«№12» were refused, «№13» taken)', () => {
    const entry = (number: string) => classifyDocument({ type: 'order', number, date: '2026-02-01', title: 'Документ' }, '2026-03-01');
    for (const number of ['5', '№5', '№ 5', '№11', '№ 22', 'N 7', 'No. 2', '#3', '№13', '12-п'])
      expect(entry(number), number).toEqual({ supported: true });
    // Zeros are no number, with or without the sign; and a bare sign names nothing.
    for (const number of ['0', '№0', '№ 00', '-']) expect(entry(number).supported, number).toBe(false);
  });
  it('without an assessment date nothing is in the future', () => {
    expect(classifyEvidence({ documents: ['later'] }, { documents }).supported).toBe(true);
    expect(classifyText('Приказ № 5 от 01.04.2030').supported).toBe(true);
  });
});

describe('G02‴: a free reference names what the document is', () => {
  it('refuses a number and a date with a word or a № sign but no type (no-type), and takes a type or an act named by its kind', () => {
    for (const t of ['док 7 01.01.2026', '№7 01.01.2026', '№ 12-п от 14.02.2026', 'doc 4 of 2026-01-12']) expect(classifyText(t, '2026-03-01'), t).toEqual({ supported: false, reason: 'no-type' });
    for (const t of ['Приказ № 7 от 01.01.2026', 'Постановление № 7 от 01.01.2026', '2026 жылғы 1 қаңтардағы № 7 шешім', 'Decision No. 7 of 01.01.2026', 'Акт № 7 от 01.01.2026']) expect(classifyText(t, '2026-03-01'), t).toEqual({ supported: true });
    for (const t of ['Документ № 5 от 01.02.2026', 'Құжат № 5 2026 жылғы 1 ақпандағы', 'Document No. 5 of 01.02.2026']) expect(classifyText(t, '2026-03-01'), t).toEqual({ supported: false, reason: 'no-type' });
  });

  it('takes every kind of document the default rubric\'s evidence hints name, in each language (a course programme was no-type)', () => {
    const kinds = [
      'Программа курса', 'Курс бағдарламасы', 'Course programme',
      'Паспорт пилотного проекта', 'Пилоттық жоба паспорты', 'Project charter',
      'Лист согласования', 'Келісу парағы', 'Approval sheet',
      'Лист ознакомления', 'Танысу парағы', 'Acknowledgement sheet',
      'Чек-лист', 'Бақылау парағы', 'Checklist',
      'Снимок экрана', 'Скриншот', 'Screenshot',
      'Расчёт потребности', 'Қажеттілікті есептеу', 'Needs calculation',
      'Бюджетная заявка', 'Бюджеттік өтінім', 'Budget request',
      'Заявление поставщика', 'Өнім берушінің мәлімдемесі', "Supplier's statement",
      'Поручение о разработке', 'Әзірлеу туралы тапсырма', 'Instruction to draft',
      'Карточка дела', 'Іс карточкасы', 'Case card',
      'Пользовательская инструкция', 'Пайдаланушы нұсқаулығы', 'User guide',
      'График аудита', 'Аудит кестесі', 'Audit schedule',
      'Служебная записка', 'Memo',
    ];
    for (const k of kinds) expect(classifyText(`${k} № 5 от 01.02.2026`, '2026-03-01'), k).toEqual({ supported: true });
  });
});

describe('R2: the period a rung names (recentMonths)', () => {
  it('counts months back from the assessment date, to the last day of a shorter month', () => {
    expect(monthsBefore('2026-06-01', 12)).toBe('2025-06-01');
    expect(monthsBefore('2024-05-31', 3)).toBe('2024-02-29');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 120)).toBe('2016-01-15');
  });
  it('refuses a reference, a link or a register entry dated before the period (too-old), and an undated one', () => {
    expect(classifyText('Приказ № 5 от 01.02.2019', '2026-06-01', { recentMonths: 12 })).toEqual({ supported: false, reason: 'too-old' });
    expect(classifyText('Приказ № 5 от 01.02.2019', '2026-06-01')).toEqual({ supported: true });
    expect(classifyText('Приказ № 5 от 01.02.2026', '2026-06-01', { recentMonths: 12 })).toEqual({ supported: true });
    expect(classifyText('https://gov.kz/docs/1', '2026-06-01', { recentMonths: 12 })).toEqual({ supported: false, reason: 'too-old' });
    expect(classifyText('https://gov.kz/docs/1 от 01.02.2026', '2026-06-01', { recentMonths: 12 })).toEqual({ supported: true });
    const documents = new Map([['old', { type: 'order' as const, number: '1', date: '2019-02-01' }], ['new', { type: 'order' as const, number: '2', date: '2026-02-01' }]]);
    expect(classifyEvidence({ documents: ['old'] }, { documents, date: '2026-06-01', period: { recentMonths: 12 } })).toEqual({ supported: false, reason: 'too-old' });
    expect(classifyEvidence({ documents: ['old', 'new'] }, { documents, date: '2026-06-01', period: { recentMonths: 12 } })).toEqual({ supported: true });
  });
});
