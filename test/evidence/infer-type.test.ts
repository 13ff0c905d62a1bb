import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/model.js';
import { evidenceFlags } from '../../src/evidence/flags.js';
import { inferDocumentType } from '../../src/evidence/infer-type.js';
import { documentTypeLabel } from '../../src/evidence/labels.js';
import { DOCUMENT_TYPES, type EvidenceRef } from '../../src/evidence/model.js';
import type { Question } from '../../src/rubric/model.js';

const corpus = JSON.parse(readFileSync('test/fixtures/evidence/document-types.json', 'utf8')) as { types: Record<string, string[]> };
const references = JSON.parse(readFileSync('test/fixtures/evidence/references.json', 'utf8')) as Record<string, string[]>;

describe('the type a free reference names', () => {
  it('covers every reference of the classifier\'s corpus that is not a placeholder, and every type but "other"', () => {
    const all = new Set(Object.values(corpus.types).flat());
    const missing = ['no-number-or-date', 'future-date', 'supported'].flatMap((k) => references[k]!).filter((t) => !all.has(t));
    expect(missing).toEqual([]);
    expect(Object.keys(corpus.types).sort()).toEqual([...DOCUMENT_TYPES.filter((t) => t !== 'other'), 'none'].sort());
    for (const [type, texts] of Object.entries(corpus.types)) expect(texts.length, type).toBeGreaterThanOrEqual(3);
  });

  for (const [type, texts] of Object.entries(corpus.types)) {
    it(`reads every "${type}" reference as ${type}`, () => {
      const wrong = texts.map((t) => [t, inferDocumentType(t) ?? 'none']).filter(([, got]) => got !== type);
      expect(wrong).toEqual([]);
    });
  }

  it('reads each type\'s own label in ru, kk and en as that type; "other" names none', () => {
    for (const type of DOCUMENT_TYPES) {
      for (const lang of ['ru', 'kk', 'en'] as const) {
        const label = documentTypeLabel(type, lang);
        expect(inferDocumentType(`${label} № 5 от 01.02.2026`) ?? 'none', `${type} ${lang}: ${label}`).toBe(type === 'other' ? 'none' : type);
      }
    }
  });

  it('takes the first type word: the document, then what approved it; an extract is of its document', () => {
    expect(inferDocumentType('Положение об отделе, утверждено приказом № 7 от 10.01.2026')).toBe('regulation');
    expect(inferDocumentType('Приказ № 7 от 10.01.2026 об утверждении Положения об отделе')).toBe('order');
    expect(inferDocumentType('Выписка из приказа № 7 от 10.01.2026')).toBe('order');
    expect(inferDocumentType('Выписка № 7 из реестра от 10.01.2026')).toBe('register-extract');
    // Words that only contain a type word are not it: хатшы (secretary), есепке алу (record-keeping), жоспарлау (planning), Правовое.
    for (const t of ['Хатшы № 2, 01.02.2026', 'Есепке алу № 3, 01.02.2026', 'Жоспарлау бөлімі № 4, 01.02.2026', 'Правовое № 5 от 01.02.2026', 'Планшет № 1 от 01.02.2026']) {
      expect(inferDocumentType(t), t).toBeUndefined();
    }
  });
});

describe('type-mismatch on a free reference', () => {
  const question = (id: string, types?: Question['evidenceTypes']): Question => ({
    id,
    area: 'a',
    recommendations: [{ id: 'r', weight: 1 }],
    weight: 1,
    text: { en: id },
    options: [{ id: 'no', label: { en: 'no' }, score: 0 }, { id: 'yes', label: { en: 'yes' }, score: 1 }],
    ...(types ? { evidenceTypes: types } : {}),
  });
  const answers = (evidence: Array<[string, EvidenceRef]>): Answers => ({
    rubric: { id: 'x', version: '1.0.0' },
    respondent: { organization: 'x' },
    answers: new Map(evidence.map(([id]) => [id, 'yes'])),
    comments: new Map(),
    documents: new Map(),
    evidence: new Map(evidence),
  });
  it('flags a reference whose named type the question does not list, with the text; no type named, no list: no flag', () => {
    const qs = [question('a', ['report']), question('b', ['order', 'regulation']), question('c', ['report']), question('d')];
    const a = answers([
      ['a', { text: 'Приказ № 12-п от 14.02.2026' }],
      ['b', { text: '2026 жылғы 14 ақпандағы № 12 бұйрық' }],
      ['c', { text: '№ 12 от 14.02.2026' }],
      ['d', { text: 'Minutes No. 3 of 20.01.2026' }],
    ]);
    expect(evidenceFlags(qs, a, 3, () => true)).toEqual([{ id: 'a', kind: 'type-mismatch', documents: ['Приказ № 12-п от 14.02.2026'] }]);
    const kk = answers([['a', { text: 'Алқа отырысының 2026 жылғы 20 қаңтардағы № 3 хаттамасы' }]]);
    expect(evidenceFlags([question('a', ['report'])], kk, 3, () => true).map((f) => f.kind)).toEqual(['type-mismatch']);
    const en = answers([['a', { text: 'Report No. 2 of 2026-01-15' }]]);
    expect(evidenceFlags([question('a', ['report'])], en, 3, () => true)).toEqual([]);
  });
});
