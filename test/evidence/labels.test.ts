import { describe, expect, it } from 'vitest';
import { documentTypeLabel, flagLabel, reasonLabel } from '../../src/evidence/labels.js';
import { DOCUMENT_TYPES, FLAG_KINDS, UNSUPPORTED_REASONS } from '../../src/evidence/model.js';

describe('the evidence vocabulary', () => {
  it('has a label in every language for every document type, reason and flag, each distinct', () => {
    for (const lang of ['ru', 'kk', 'en'] as const) {
      const types = DOCUMENT_TYPES.map((d) => documentTypeLabel(d, lang));
      expect(types.every((l) => l.length > 0)).toBe(true);
      expect(new Set(types).size).toBe(types.length);
      const reasons = UNSUPPORTED_REASONS.map((r) => reasonLabel(r, lang));
      expect(new Set(reasons).size).toBe(reasons.length);
      const flags = FLAG_KINDS.map((f) => flagLabel(f, lang));
      expect(new Set(flags).size).toBe(flags.length);
    }
    expect(documentTypeLabel('staff-list', 'ru')).toBe('Штатное расписание');
    expect(documentTypeLabel('register-extract', 'kk')).toBe('Тізілімнен үзінді');
    expect(reasonLabel('no-number-or-date', 'en')).toBe('no document number and date');
  });
});
