import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/load.js';
import { plainAnswersFile } from '../../src/answers/shape.js';
import { AnswersSchema } from '../../src/answers/schema.js';
import { draftFromAnswers, renderAnswerFile, renderAnswerFileJson } from '../../src/answers/store.js';
import { formatFinding } from '../../src/errors.js';
import { loadRubric } from '../../src/rubric/load.js';
import { parseYaml } from '../../src/source/parse-yaml.js';

const loaded = loadRubric('test/fixtures/rubrics/minimal.yaml');
if (!loaded.ok) throw new Error('fixture');
const rubric = loaded.value.rubric;
const parse = (text: string, file = 'a.yaml') => parseAnswers(file, text, rubric);
const lines = (r: ReturnType<typeof parse>) => (r.ok ? r.warnings : r.findings).map(formatFinding);
const head = 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: Body}\n';

const FULL = `${head}date: 2026-03-01
documents:
  order-12: {type: order, number: "12-п", date: 2026-02-14, title: Об утверждении плана, issuer: Аким}
  minutes-3: {type: minutes, number: 3, date: 14.02.2026}
answers:
  staff-training: all
  cyber-pentest: yearly
evidence:
  staff-training: [order-12, minutes-3]
  cyber-pentest: "Отчёт № 5 от 10.01.2026"
`;

describe('the evidence model in the answer file', () => {
  it('reads the date, the register, register ids and a free reference', () => {
    const r = parse(FULL);
    if (!r.ok) throw new Error(lines(r).join('\n'));
    expect(r.value.date).toBe('2026-03-01');
    expect([...r.value.documents]).toEqual([
      ['order-12', { type: 'order', number: '12-п', date: '2026-02-14', title: 'Об утверждении плана', issuer: 'Аким' }],
      // A plain number is read as its digits.
      ['minutes-3', { type: 'minutes', number: '3', date: '2026-02-14' }],
    ]);
    expect(r.value.evidence.get('staff-training')).toEqual({ documents: ['order-12', 'minutes-3'] });
    expect(r.value.evidence.get('cyber-pentest')).toEqual({ text: 'Отчёт № 5 от 10.01.2026' });
  });

  it('keeps reading a schema-2 file: its string evidence is a free reference', () => {
    const r = parse(`${head}answers:\n  cyber-pentest: yearly\nevidence:\n  cyber-pentest: "Report 12 of 2025-12-01"\n`);
    if (!r.ok) throw new Error(lines(r).join('\n'));
    expect(r.value.evidence.get('cyber-pentest')).toEqual({ text: 'Report 12 of 2025-12-01' });
    expect(r.value.documents.size).toBe(0);
    expect(r.value.date).toBeUndefined();
  });

  it('an empty list or text is no evidence', () => {
    const r = parse(`${head}answers:\n  cyber-pentest: yearly\nevidence:\n  cyber-pentest: []\n  staff-training: "  "\n`);
    if (!r.ok) throw new Error(lines(r).join('\n'));
    expect(r.value.evidence.size).toBe(0);
  });

  it('refuses an unknown document type, a date not written as a date and a bad register id, with line and column', () => {
    const r = parse(`${head}date: 1 March\ndocuments:\n  order-12: {type: decree, number: "12"}\nevidence:\n  cyber-pentest: [" order-12"]\n`);
    expect(lines(r)).toEqual([
      'a.yaml:3:7: date: must be a date written as 2026-03-01',
      'a.yaml:5:20: documents.order-12.type: must be one of: order, regulation, staff-list, job-description, report, minutes, letter, contract, opinion, plan, register-extract, web-page, certificate, other',
      'a.yaml:7:19: evidence.cyber-pentest[0]: must be a register id: one line of at most 200 characters, without spaces at its ends',
    ]);
  });

  it('refuses an assessment date that is no day of the calendar', () => {
    expect(lines(parse(`${head}date: 2026-02-30\n`))).toEqual(['a.yaml:3:7: date: "2026-02-30" is no day of the calendar']);
  });

  it('the quick reader and the schema agree on the new fields', () => {
    for (const text of [FULL, `${head}documents: {a: {type: other, number: 1.5}}\nevidence: {cyber-pentest: [a]}\n`]) {
      const parsed = parseYaml('a.yaml', text);
      if (!parsed.ok) throw new Error('yaml');
      const quick = plainAnswersFile(parsed.source.value);
      expect(quick).toBeDefined();
      expect(quick).toEqual(AnswersSchema.parse(parsed.source.value));
    }
    // What the schema refuses, the quick reader leaves to it.
    for (const bad of ['documents: {a: {type: decree}}', 'documents: {a: {page: 1}}', 'evidence: {cyber-pentest: [1]}', 'date: 2026-3-1']) {
      const parsed = parseYaml('a.yaml', `${head}${bad}\n`);
      if (!parsed.ok) throw new Error('yaml');
      expect(plainAnswersFile(parsed.source.value)).toBeUndefined();
      expect(AnswersSchema.safeParse(parsed.source.value).success).toBe(false);
    }
  });

  it('the store writes the date, the register and both kinds of evidence, in YAML and JSON, and reads them back', () => {
    const r = parse(FULL);
    if (!r.ok) throw new Error('fixture');
    const draft = draftFromAnswers(rubric, r.value);
    const yaml = renderAnswerFile(rubric, draft);
    expect(yaml).toContain('date: "2026-03-01"\n');
    expect(yaml).toContain('documents:\n  order-12: {type: order, number: "12-п", date: "2026-02-14", title: "Об утверждении плана", issuer: "Аким"}\n');
    expect(yaml).toContain('evidence:\n  staff-training: [order-12, minutes-3]\n  cyber-pentest: "Отчёт № 5 от 10.01.2026"\n');
    for (const [file, text] of [['b.yaml', yaml], ['b.json', renderAnswerFileJson(rubric, draft)]] as const) {
      const back = parseAnswers(file, text, rubric);
      if (!back.ok) throw new Error(back.findings.map(formatFinding).join('\n'));
      expect(back.value.date).toBe(r.value.date);
      expect(back.value.documents).toEqual(r.value.documents);
      expect(back.value.evidence).toEqual(r.value.evidence);
    }
  });
});
