import { describe, expect, it } from 'vitest';
import { groupWarnings } from '../../src/diff/render-md.js';

describe('the diff groups warnings that many files share', () => {
  it('a thousand files carried forward the same way are one line with a count; a warning of one file stays whole', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `answers/body-${i}.yaml:3:44: warning: rubric.version: carried forward from rubric version 2.0.0: -`);
    lines.splice(500, 0, 'answers/odd.yaml:19:23: warning: answers.legal-internal-act: unknown option "draft"');
    const grouped = groupWarnings(lines, 'en');
    expect(grouped).toEqual([
      'warning: rubric.version: carried forward from rubric version 2.0.0: - (1000 files: answers/body-0.yaml, answers/body-1.yaml, answers/body-2.yaml, …)',
      'answers/odd.yaml:19:23: warning: answers.legal-internal-act: unknown option "draft"',
    ]);
  });

  it('reads the prefix in every language', () => {
    const ru = groupWarnings(['a.yaml:1:1: предупреждение: x', 'b.yaml:2:2: предупреждение: x'], 'ru');
    expect(ru).toEqual(['предупреждение: x (файлов: 2; a.yaml, b.yaml)']);
  });
});
