import { describe, expect, it } from 'vitest';
import { clause } from '../../src/report/clause.js';

describe('an option label inside a sentence', () => {
  it('loses its final full stop and nothing else', () => {
    expect(clause('Not started.')).toBe('Not started');
    expect(clause('Басталмаған. ')).toBe('Басталмаған');
    expect(clause('Перечень сформирован (приказ № 5).')).toBe('Перечень сформирован (приказ № 5)');
    expect(clause('See the list...')).toBe('See the list...');
    expect(clause('«Да»')).toBe('«Да»');
    expect(clause('No answer')).toBe('No answer');
  });
});
