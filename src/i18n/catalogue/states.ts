import type { Namespace } from './entry.js';

/**
 * One state, one wording: a body whose assessment has no level (coverage below the floor) is
 * named in these words by every output (report, console, fleet page, summaries, diff,
 * analyze), so an officer never reads «не оценено» in one place and «уровня пока нет» in
 * another. The other namespaces take these entries themselves, not copies.
 */
export const states = {
  /** In a cell, a list or after a score. */
  noLevel: { en: 'no level (assessment incomplete)', ru: 'уровня нет (оценка не завершена)', kk: 'деңгей жоқ (бағалау аяқталмаған)' },
  /** The same words where they start a heading or a line. */
  noLevelHeading: { en: 'No level (assessment incomplete)', ru: 'Уровня нет (оценка не завершена)', kk: 'Деңгей жоқ (бағалау аяқталмаған)' },
} as const satisfies Namespace;
