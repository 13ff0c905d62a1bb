import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/load.js';
import { formatFinding } from '../../src/errors.js';
import { loadRubric } from '../../src/rubric/load.js';

const loaded = loadRubric('test/fixtures/rubrics/minimal.yaml');
if (!loaded.ok) throw new Error('fixture');
const rubric = loaded.value.rubric;
const parse = (text: string, file = 'a.yaml') => parseAnswers(file, text, rubric);
const lines = (r: ReturnType<typeof parse>) => (r.ok ? r.warnings : r.findings).map(formatFinding);

const head = 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: Body}\n';

describe('parseAnswers', () => {
  it('accepts a valid file; empty answers are unanswered, not zero', () => {
    const r = parse(`${head}language: kk\nanswers:\n  staff-training: all\n  cyber-pentest:\ncomments:\n  staff-training: "Order 5, 2025"\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.value.answers]).toEqual([['staff-training', 'all']]);
    expect([...r.value.comments]).toEqual([['staff-training', 'Order 5, 2025']]);
    expect(r.value.language).toBe('kk');
  });

  it('names an unknown question id at its key and an unknown option at its value', () => {
    const r = parse(`${head}answers:\n  staff-trainin: all\n  cyber-pentest: monthly\n`);
    expect(r.ok).toBe(false);
    expect(lines(r)).toEqual([
      'a.yaml:4:3: answers.staff-trainin: unknown question id "staff-trainin"',
      'a.yaml:5:18: answers.cyber-pentest: unknown option "monthly" for question "cyber-pentest"; expected one of: never, yearly',
    ]);
  });

  it('refuses a file made for another rubric and a language the rubric lacks', () => {
    const r = parse('rubric: {id: other, version: 1.0.0}\nrespondent: {organization: Body}\nlanguage: de\n');
    expect(lines(r)).toEqual([
      'a.yaml:1:14: rubric.id: made for rubric "other", not "minimal"',
      'a.yaml:3:11: language: language "de" is not one of the rubric\'s languages (ru, kk, en)',
    ]);
  });

  it('scores a file from another rubric version where ids match, with warnings', () => {
    const r = parse('rubric: {id: minimal, version: 0.9.0}\nrespondent: {organization: Body}\nanswers:\n  staff-training: all\n  old-question: yes\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.value.answers]).toEqual([['staff-training', 'all']]);
    expect(lines(r)).toEqual([
      'a.yaml:1:32: warning: rubric.version: made with rubric version 0.9.0; scored with 1.0.0 where the ids match',
      'a.yaml:5:3: warning: answers.old-question: unknown question id "old-question"',
    ]);
  });

  it('reads JSON with positions too', () => {
    const r = parse('{"rubric": {"id": "minimal", "version": "1.0.0"},\n "respondent": {"organization": "Body"},\n "answers": {"staff-training": 3}}', 'a.json');
    expect(lines(r)).toEqual(['a.json:3:32: answers.staff-training: must be a text, not a number']);
  });

  it('requires the organization and refuses unknown fields', () => {
    const r = parse('rubric: {id: minimal, version: 1.0.0}\nrespondent: {name: X}\nanswer: {}\n');
    expect(lines(r)).toEqual([
      'a.yaml:2:13: respondent.organization: is required',
      'a.yaml:3:1: answer: unknown field "answer"',
    ]);
  });
});
