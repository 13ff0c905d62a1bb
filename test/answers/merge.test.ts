import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/load.js';
import { mergeAnswers, type MergeInput } from '../../src/answers/merge.js';
import type { Answers } from '../../src/answers/model.js';
import { renderAnswerFile } from '../../src/answers/store.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { scoreAnswers } from '../../src/scoring/score.js';

const loaded = loadRubric('test/fixtures/rubrics/units.yaml');
if (!loaded.ok) throw new Error('fixture rubric does not load');
const rubric: Rubric = loaded.value.rubric;

function unitFile(file: string, unit: string, answers: Record<string, string>, extra: Partial<Answers> = {}): MergeInput {
  return {
    file,
    answers: {
      rubric: { id: 'units', version: '1.1.0' },
      respondent: { organization: 'Akimat of Kostanay region', unit: `${unit} unit` },
      language: 'en',
      unit,
      asked: rubric.questions.filter((q) => q.unit === unit).map((q) => q.id),
      answers: new Map(Object.entries(answers)),
      comments: new Map(),
      documents: new Map(), evidence: new Map(),
      ...extra,
    },
  };
}

const it_ = unitFile('it.yaml', 'it', { 'cyber-pentest': 'yearly', 'cyber-backup': 'yes' }, { evidence: new Map([['cyber-pentest', { text: 'Report 12' }]]) });
const legal = unitFile('legal.yaml', 'legal', { 'ai-policy': 'approved', 'data-law': 'once' }, { comments: new Map([['data-law', 'Checked in 2025']]) });
const hr = unitFile('hr.yaml', 'hr', { 'staff-training': 'some', 'cyber-backup': 'yes' }, { comments: new Map([['data-law', 'HR data included']]) });

describe('mergeAnswers', () => {
  it('merges the units into one body file, each answer attributed to the file that gave it', () => {
    const result = mergeAnswers(rubric, [it_, legal, hr]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const d = result.draft;
    expect(d.unit).toBeUndefined();
    expect(d.respondent).toEqual({ organization: 'Akimat of Kostanay region' });
    expect(Object.fromEntries(d.answers)).toEqual({
      'ai-policy': 'approved',
      'data-law': 'once',
      'staff-training': 'some',
      'cyber-pentest': 'yearly',
      'cyber-backup': 'yes',
    });
    // The same answer twice is no conflict; the first file that gave it owns it.
    expect(d.contributors?.map((c) => [c.file, c.unit, c.answers])).toEqual([
      ['it.yaml', 'it', ['cyber-pentest', 'cyber-backup']],
      ['legal.yaml', 'legal', ['ai-policy', 'data-law']],
      ['hr.yaml', 'hr', ['staff-training']],
    ]);
    // Two units' comments on one question are both kept, each saying whose it is.
    expect(d.comments.get('data-law')).toBe('[legal] Checked in 2025\n[hr] HR data included');
    expect(d.evidence.get('cyber-pentest')).toEqual({ text: 'Report 12' });
    expect(d.decisions).toBeUndefined();
  });

  it('refuses a question answered differently, naming every file, unless --prefer settles it', () => {
    const other = unitFile('hr.yaml', 'hr', { 'cyber-pentest': 'never' }, { evidence: new Map([['cyber-pentest', { text: 'Memo 3' }]]) });
    const refused = mergeAnswers(rubric, [it_, other]);
    expect(refused).toEqual({
      ok: false,
      problems: [
        {
          kind: 'conflict',
          conflict: { question: 'cyber-pentest', answers: [{ file: 'it.yaml', answer: 'yearly' }, { file: 'hr.yaml', answer: 'never' }] },
        },
      ],
    });
    const settled = mergeAnswers(rubric, [it_, other], ['hr.yaml']);
    expect(settled.ok).toBe(true);
    if (!settled.ok) return;
    expect(settled.draft.answers.get('cyber-pentest')).toBe('never');
    expect(settled.draft.decisions).toEqual([
      { question: 'cyber-pentest', answer: 'never', file: 'hr.yaml', over: [{ answer: 'yearly', file: 'it.yaml' }] },
    ]);
    // Evidence given with the answer set aside cannot support the answer kept: it moves to the comments.
    expect(settled.draft.evidence.get('cyber-pentest')).toEqual({ text: 'Memo 3' });
    const kept = mergeAnswers(rubric, [it_, other], ['it.yaml']);
    if (!kept.ok) throw new Error('expected a merge');
    expect(kept.draft.evidence.get('cyber-pentest')).toEqual({ text: 'Report 12' });
    expect(kept.draft.comments.get('cyber-pentest')).toBe('[hr] never: Memo 3');
  });

  it('refuses files of different organizations', () => {
    const other = unitFile('x.yaml', 'hr', {});
    const result = mergeAnswers(rubric, [it_, { ...other, answers: { ...other.answers, respondent: { organization: 'Akimat of Aktobe' } } }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ kind: 'organization', file: 'x.yaml', organization: 'Akimat of Aktobe' });
  });

  it('writes a file that reads back the same and scores exactly as one respondent would', () => {
    const result = mergeAnswers(rubric, [it_, legal, hr]);
    if (!result.ok) throw new Error('expected a merge');
    const text = renderAnswerFile(rubric, result.draft);
    const back = parseAnswers('body.yaml', text, rubric);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.contributors).toEqual(result.draft.contributors);
    const one: Answers = {
      rubric: back.value.rubric,
      respondent: back.value.respondent,
      language: back.value.language,
      answers: back.value.answers,
      comments: back.value.comments,
      documents: back.value.documents,
      evidence: back.value.evidence,
    };
    const options = { lang: 'en' as const, tool: { name: 'readiness', version: 'test' } };
    expect(scoreAnswers(rubric, back.value, options)).toEqual(scoreAnswers(rubric, one, options));
    // Merging the merged file again with nothing new keeps every contributor.
    const again = mergeAnswers(rubric, [{ file: 'body.yaml', answers: back.value }]);
    if (!again.ok) throw new Error('expected a merge');
    expect(again.draft.contributors).toEqual(result.draft.contributors);
  });
});

describe('the merged file with hostile names', () => {
  it('reads back exactly: file names and units with quotes, line breaks and control characters', () => {
    const odd = 'units/it "A"\n#x\u0085.yaml';
    const result = mergeAnswers(rubric, [{ ...it_, file: odd }, legal], []);
    if (!result.ok) throw new Error('expected a merge');
    const back = parseAnswers('body.yaml', renderAnswerFile(rubric, result.draft), rubric);
    if (!back.ok) throw new Error(JSON.stringify(back.findings));
    expect(back.value.contributors?.[0]?.file).toBe(odd);
  });
});
