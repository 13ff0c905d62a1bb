import { readFileSync } from 'node:fs';
import type { Answers } from '../../src/answers/model.js';
import { formatFinding } from '../../src/errors.js';
import { parseRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import type { Report } from '../../src/report/schema.js';
import { scoreAnswers } from '../../src/scoring/score.js';

export const MINIMAL_RUBRIC = 'test/fixtures/rubrics/minimal.yaml';

/** The minimal fixture rubric, loaded or the test fails loudly. */
export function minimalRubric(): Rubric {
  const loaded = parseRubric(MINIMAL_RUBRIC, readFileSync(MINIMAL_RUBRIC, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.findings.map(formatFinding).join('\n'));
  return loaded.value.rubric;
}

/** Texts a hostile answer file could carry in any free-text field. */
export const HOSTILE_TEXTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE reports; --",
  '[click](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1)) <a href="javascript:alert(1)">a</a>',
  '![img](javascript:alert(1))',
  '| broken | table |\n| --- | --- |',
  '# Heading injection\n\n---\n',
  '`code` **bold** _it_ ~~s~~ <!-- comment -->',
  '=HYPERLINK("http://evil","click")',
  '+SUM(1,2)',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  'line one\nline two\r\nline three',
  'Акимат "Шымкент", ТОО; a,b',
  '&amp; &lt; &#x3C; \\<b\\>',
  '../../../etc/passwd',
  '..\\..\\windows\\system32',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  'CON',
  'nul',
  'LPT1',
  '\u202Egnp.exe',
  'Ә'.repeat(300),
];

/** A report scored from the minimal rubric with every free text set to `text`. */
export function hostileReport(rubric: Rubric, text: string, choices: Record<string, string> = { 'staff-training': 'some', 'cyber-pentest': 'never' }): Report {
  const answers: Answers = {
    rubric: { id: rubric.id, version: rubric.version },
    respondent: { organization: text, unit: text, name: text, position: text },
    language: 'en',
    answers: new Map(Object.entries(choices)),
    comments: new Map(rubric.questions.map((q) => [q.id, text])),
    documents: new Map(),
    evidence: new Map(rubric.questions.map((q) => [q.id, { text }])),
  };
  return scoreAnswers(rubric, answers, { lang: 'en', tool: { name: 'readiness', version: '0.0.0-test' }, warnings: [text] });
}
