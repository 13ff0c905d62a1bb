import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerSource } from '../../src/diff/impact.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Question, Rubric } from '../../src/rubric/model.js';

// Findings are worded once, when made: the tests read them in English whatever the machine's locale.
setMessageLang('en');

export const V1 = 'test/fixtures/rubrics/diff-v1.0.0.yaml';
export const V2 = 'test/fixtures/rubrics/diff-v1.1.0.yaml';
export const ANSWERS = 'test/fixtures/answers/diff';
export const TOOL = { name: 'readiness', version: '0.0.0-test' };

/** A fixture rubric, normalised; the test fails loudly if it does not load. */
export function rubric(file: string): Rubric {
  const loaded = loadRubric(file);
  if (!loaded.ok) throw new Error(`fixture ${file}: ${loaded.findings.map((f) => f.message).join('; ')}`);
  return loaded.value.rubric;
}

/** Every answer file of the diff fixtures, read. */
export function answerSources(dir = ANSWERS): AnswerSource[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => ({ file: join(dir, n), text: readFileSync(join(dir, n), 'utf8') }));
}

/** A copy of the rubric with one question replaced (or removed when `change` returns undefined). */
export function withQuestion(r: Rubric, id: string, change: (q: Question) => Question | undefined): Rubric {
  return { ...r, questions: r.questions.map((q) => (q.id === id ? change(q) : q)).filter((q): q is Question => q !== undefined) };
}
