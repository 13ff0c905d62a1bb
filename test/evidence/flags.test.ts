import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/model.js';
import { evidenceFlags } from '../../src/evidence/flags.js';
import type { DocumentEntry, EvidenceRef } from '../../src/evidence/model.js';
import type { Question } from '../../src/rubric/model.js';

const question = (id: string, extra: Partial<Question> = {}): Question => ({
  id,
  area: 'a',
  recommendations: [{ id: 'r', weight: 1 }],
  weight: 1,
  text: { en: id },
  options: [{ id: 'no', label: { en: 'no' }, score: 0 }, { id: 'yes', label: { en: 'yes' }, score: 1 }],
  ...extra,
});
const answers = (evidence: Array<[string, EvidenceRef]>, extra: Partial<Answers> = {}): Answers => ({
  rubric: { id: 'x', version: '1.0.0' },
  respondent: { organization: 'x' },
  answers: new Map(evidence.map(([id]) => [id, 'yes'])),
  comments: new Map(),
  documents: new Map([
    ['order-1', { type: 'order', number: '1', date: '2026-01-01' }],
    ['letter-2', { type: 'letter', number: '2', date: '2026-01-02' }],
  ]),
  evidence: new Map(evidence),
  ...extra,
});
const all = () => true;

describe('flags for the auditor', () => {
  const qs = ['a', 'b', 'c', 'd'].map((id) => question(id));
  it('reused-document: one register id or one free reference (spacing and case aside) cited for more than maxCitations questions', () => {
    const byId = answers(qs.map((q) => [q.id, { documents: ['order-1'] }]));
    expect(evidenceFlags(qs, byId, 3, all).map((f) => [f.id, f.kind, f.documents])).toEqual(qs.map((q) => [q.id, 'reused-document', ['order-1']]));
    expect(evidenceFlags(qs, byId, 4, all)).toEqual([]);
    const texts = ['Приказ № 1 от 01.02.2026', 'приказ №1 от 01.02.2026', 'ПРИКАЗ  № 1  от 01.02.2026', 'Приказ № 1 от 01.02.2026\u200b'];
    const free = answers(qs.map((q, i) => [q.id, { text: texts[i]! }]));
    expect(evidenceFlags(qs, free, 3, all)).toHaveLength(4);
    // Only where the evidence is cited for an answer.
    expect(evidenceFlags(qs, byId, 3, (q) => q.id !== 'd')).toEqual([]);
  });
  it('reused-document: one document entered in the register under several ids is one document', () => {
    // The same order (type, number as written, date) under four ids, one per question.
    const documents = new Map(qs.map((q, i) => [`d${i}`, { type: 'order' as const, number: i % 2 ? '12-П' : ' 12-п', date: i % 2 ? '14.02.2026' : '2026-02-14', title: `copy ${i}` }]));
    const copies = answers(qs.map((q, i) => [q.id, { documents: [`d${i}`] }]), { documents });
    expect(evidenceFlags(qs, copies, 3, all).map((f) => [f.id, f.kind, f.documents])).toEqual(qs.map((q, i) => [q.id, 'reused-document', [`d${i}`]]));
    // Four different orders are four documents; an entry without a number counts by its id.
    const distinct = new Map(qs.map((q, i) => [`d${i}`, { type: 'order' as const, number: `${i + 1}`, date: `2026-02-1${i}` }]));
    expect(evidenceFlags(qs, answers(qs.map((q, i) => [q.id, { documents: [`d${i}`] }]), { documents: distinct }), 3, all)).toEqual([]);
    const untitled = new Map(qs.map((q, i) => [`d${i}`, { type: 'order' as const, title: 'Положение', date: '2026-02-14' }]));
    expect(evidenceFlags(qs, answers(qs.map((q, i) => [q.id, { documents: [`d${i}`] }]), { documents: untitled }), 3, all)).toEqual([]);
  });
  it('reused-document: one order written four ways, and its register entry, are one document', () => {
    const five = ['a', 'b', 'c', 'd', 'e'].map((id) => question(id));
    const texts = ['Приказ № 1 от 01.02.2026', 'ПРИКАЗ N1 от 1 февраля 2026 года', 'приказ №1, 01/02/2026', 'Order No. 1 of 1 February 2026'];
    const refs: Array<[string, EvidenceRef]> = [...texts.map((text, i): [string, EvidenceRef] => [five[i]!.id, { text }]), ['e', { documents: ['order-feb'] }]];
    const a = answers(refs, { documents: new Map([['order-feb', { type: 'order', number: '1', date: '2026-02-01' }]]) });
    expect(evidenceFlags(five, a, 4, all).map((f) => f.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    // Another number, another date or another type is another document.
    const others = ['Приказ № 2 от 01.02.2026', 'Приказ № 1 от 02.02.2026', 'Протокол № 1 от 01.02.2026', 'Приказ № 1 от 01.02.2026'];
    expect(evidenceFlags(five.slice(0, 4), answers(others.map((text, i) => [five[i]!.id, { text }])), 1, all).filter((f) => f.kind === 'reused-document')).toEqual([]);
  });
  it('same-day: more than maxCitations different documents of one date are flagged on every claim citing one; a repeated document is not many', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => question(id));
    const day = (n: number, date: string) => six.slice(0, n).map((q, i): [string, EvidenceRef] => [q.id, { text: `Приказ № ${i + 1} от ${date}` }]);
    // Five orders of 01.02.2026 (more than 4): each claim flagged, with its reference.
    const five = evidenceFlags(six, answers(day(5, '01.02.2026')), 4, all);
    expect(five.map((f) => [f.id, f.kind, f.documents])).toEqual(six.slice(0, 5).map((q, i) => [q.id, 'same-day', [`Приказ № ${i + 1} от 01.02.2026`]]));
    // Four are not more than 4; five on different days are not of one day.
    expect(evidenceFlags(six, answers(day(4, '01.02.2026')), 4, all)).toEqual([]);
    const spread = six.slice(0, 5).map((q, i): [string, EvidenceRef] => [q.id, { text: `Приказ № ${i + 1} от 0${i + 1}.02.2026` }]);
    expect(evidenceFlags(six, answers(spread), 4, all)).toEqual([]);
    // One order cited six times is one document: reused-document, not same-day.
    const one = six.map((q): [string, EvidenceRef] => [q.id, { text: 'Приказ № 1 от 01.02.2026' }]);
    expect(new Set(evidenceFlags(six, answers(one), 4, all).map((f) => f.kind))).toEqual(new Set(['reused-document']));
    // Register entries count the same way, by their own dates; only the crowded day's document is named.
    const documents = new Map<string, DocumentEntry>(six.map((q, i) => [`d${i}`, { type: 'order', number: `${i + 1}`, date: '2026-02-01' }]));
    documents.set('other', { type: 'order', number: '99', date: '2026-03-01' });
    const reg = answers(six.slice(0, 5).map((q, i): [string, EvidenceRef] => [q.id, { documents: i === 0 ? [`d${i}`, 'other'] : [`d${i}`] }]), { documents });
    const flagged = evidenceFlags(six, reg, 4, all);
    expect(flagged.map((f) => f.kind)).toEqual(['same-day', 'same-day', 'same-day', 'same-day', 'same-day']);
    expect(flagged[0]!.documents).toEqual(['d0']);
  });
  it('old-document: a document dated before the cut-off the caller gives for the question is flagged with its id or text; none without a cut-off', () => {
    const documents = new Map<string, DocumentEntry>([
      ['old', { type: 'order', number: '7', date: '2019-03-01' }],
      ['new', { type: 'order', number: '8', date: '2026-03-01' }],
      ['undated', { type: 'order', number: '9' }],
    ]);
    const a = answers(
      [
        ['a', { documents: ['old', 'new'] }],
        ['b', { text: 'Приказ № 3 от 01.02.2020' }],
        ['c', { text: 'Приказ № 4 от 01.02.2026' }],
        ['d', { documents: ['undated'] }],
      ],
      { documents },
    );
    const flagged = evidenceFlags(qs, a, 3, all, () => '2023-12-01');
    expect(flagged.map((f) => [f.id, f.kind, f.documents])).toEqual([
      ['a', 'old-document', ['old']],
      ['b', 'old-document', ['Приказ № 3 от 01.02.2020']],
    ]);
    // The cut-off is per question: a question the caller exempts (its rung already refused the document) is not flagged.
    expect(evidenceFlags(qs, a, 3, all, (q) => (q.id === 'a' ? undefined : '2023-12-01')).map((f) => f.id)).toEqual(['b']);
    expect(evidenceFlags(qs, a, 3, all)).toEqual([]);
  });

  it('old-document: reads the date as the classifier does (an act named by its kind, a register entry without a number), and checks a link without a date as an old one', () => {
    const documents = new Map<string, DocumentEntry>([
      ['titled', { type: 'regulation', title: 'Положение об отделе', date: '2019-05-01' }],
      ['page', { type: 'web-page', link: 'https://example.kz/ai' }],
      ['bare', { type: 'order', number: '9' }],
    ]);
    const a = answers(
      [
        ['a', { text: 'Решение № 5 от 01.02.2019' }],
        ['b', { text: 'https://example.kz/ai-page' }],
        ['c', { documents: ['titled', 'page', 'bare'] }],
        ['d', { text: 'https://example.kz/ai-page от 01.02.2026' }],
      ],
      { documents },
    );
    expect(evidenceFlags(qs, a, 3, all, () => '2025-06-01').map((f) => [f.id, f.documents])).toEqual([
      ['a', ['Решение № 5 от 01.02.2019']],
      ['b', ['https://example.kz/ai-page']],
      ['c', ['titled', 'page']],
    ]);
  });
  it('type-mismatch: a register document of a type the question does not accept', () => {
    const typed = [question('a', { evidenceTypes: ['order', 'regulation'] }), question('b', { evidenceTypes: ['letter'] }), question('c')];
    const a = answers([['a', { documents: ['letter-2', 'order-1'] }], ['b', { documents: ['letter-2'] }], ['c', { documents: ['letter-2'] }]]);
    expect(evidenceFlags(typed, a, 3, all)).toEqual([{ id: 'a', kind: 'type-mismatch', documents: ['letter-2'] }]);
  });
  it('other-unit: evidence given only by a unit that is not the question\'s', () => {
    const units = [question('a', { unit: 'it' }), question('b', { unit: 'it' })];
    const a = answers([['a', { text: 'x' }], ['b', { text: 'y' }]], {
      contributors: [
        { file: 'hr.yaml', unit: 'hr', answers: [], evidence: ['a', 'b'] },
        { file: 'it.yaml', unit: 'it', answers: ['a', 'b'], evidence: ['b'] },
      ],
    });
    expect(evidenceFlags(units, a, 3, all)).toEqual([{ id: 'a', kind: 'other-unit', documents: ['x'] }]);
  });
});
