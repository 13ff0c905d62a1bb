import { diff } from '../i18n/catalogue/diff.js';
import { format, type Lang, sayer } from '../i18n/lang.js';
import type { DisciplineProblem } from './discipline.js';
import type { MigrationProblem } from './structure.js';

type WordKey = keyof typeof diff;

/** What `readiness diff` says: the text `key` of the catalogue's `diff` namespace in `lang`, placeholders filled. */
export const word = sayer(diff);

const problemWord: Record<MigrationProblem['code'], WordKey> = {
  versionNotBumped: 'versionNotBumped',
  scoresChangedNotBumped: 'scoresChangedNotBumped',
  noMigration: 'noMigration',
  unknownOldQuestion: 'unknownOldQuestion',
  unknownOldOption: 'unknownOldOption',
  removedUndeclared: 'removedUndeclaredProblem',
  optionRemovedUndeclared: 'optionRemovedUndeclared',
};

/** A migration problem worded in `lang`. */
export function problemText(lang: Lang, p: MigrationProblem): string {
  // A problem carries its values as a plain map (structure.ts): the type checker cannot match them to the text.
  return format(diff[problemWord[p.code]], lang, p.vars);
}

/** A version-discipline problem worded in `lang`, with the migration step it is about. */
export function disciplineText(lang: Lang, p: DisciplineProblem): string {
  const key: WordKey = p.code in problemWord ? problemWord[p.code as MigrationProblem['code']] : (p.code as WordKey);
  const text = format(diff[key], lang, p.vars);
  return p.step ? format(diff.inStep, lang, { step: p.step, text }) : text;
}
