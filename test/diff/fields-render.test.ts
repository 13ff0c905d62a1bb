import { describe, expect, it } from 'vitest';
import { renderDiffMarkdown } from '../../src/diff/render-md.js';
import { buildDiffResult } from '../../src/diff/result.js';
import type { Question, Rubric } from '../../src/rubric/model.js';
import { rubric, TOOL } from './helpers.js';

// The default rubric as of 2.0.0 (archived since 2.1.0): a realistic, fixed base.
const BASE = rubric('rubrics/archive/default-2.0.0.yaml');
const md = (after: Rubric) =>
  renderDiffMarkdown(buildDiffResult({ old: { rubric: BASE, source: 'old.yaml' }, new: { rubric: after, source: 'new.yaml' }, answers: null, maxDelta: null, lang: 'en', tool: TOOL }));
const q = (id: string) => BASE.questions.find((x) => x.id === id)!;
const replace = (id: string, change: (x: Question) => Question): Rubric => ({ ...BASE, sha256: 'changed', questions: BASE.questions.map((x) => (x.id === id ? change(x) : x)) });

describe('the diff markdown shows every field', { timeout: 120_000 }, () => {
  it('a new question names its gate and whether "not applicable" is accepted', () => {
    const added: Question = { ...q('ai-audit'), id: 'ai-user-training', notApplicable: { ru: 'н', kk: 'қ', en: 'n' } };
    const out = md({ ...BASE, version: '2.1.0', sha256: 'x', questions: [...BASE.questions, added] });
    expect(out).toMatch(/`ai-user-training` \(section `[a-z-]+`; .*; asked only when `tech-ai-systems` is `pilot`, `operation`; "not applicable" accepted\)/);
  });

  it('a unit, an evidence text and the scoring block appear under other fields; texts before and after in a folded block', () => {
    const out = md({
      ...replace('staff-ai-roles', (x) => ({ ...x, unit: 'digital', text: { ...x.text, kk: 'Жаңа мәтін' } })),
      scoring: { ...BASE.scoring, minCoverage: 0.8 },
    });
    expect(out).toContain('- `questions[staff-ai-roles].unit`: «hr» → «digital» · ⚠️ can move scores');
    expect(out).toContain('- `scoring.minCoverage`: `0.9` → `0.8` · ⚠️ can move scores');
    expect(out).toContain('<details><summary>Texts before and after (1)</summary>');
    expect(out).toContain('  - «Жаңа мәтін»');
    expect(out).not.toContain('The two rubrics are the same.');
  });
});

describe('an answer file refused by the old rubric alone', { timeout: 120_000 }, () => {
  it('says the finding comes from the base, not from the change', async () => {
    const { diffImpact } = await import('../../src/diff/impact.js');
    const added: Question = { ...q('ai-audit'), id: 'ai-user-training' };
    const after: Rubric = { ...BASE, sha256: 'x', questions: [...BASE.questions, added] };
    const text = `rubric: {id: kz-civil-service-ai, version: ${BASE.version}}\nrespondent: {organization: A}\nanswers: {ai-user-training: none}\n`;
    const impact = diffImpact(BASE, after, [{ file: 'm.yaml', text }], { lang: 'en', tool: TOOL });
    expect(impact.invalid[0]?.findings.map((f) => f.message)).toEqual([`under the old rubric (${BASE.version}, the base of this change): unknown question id "ai-user-training"`]);
  });
});

describe('the headline with files that could not be compared', { timeout: 120_000 }, () => {
  it('is not green when a file is invalid, even within the limit', () => {
    const result = buildDiffResult({
      old: { rubric: BASE, source: 'old.yaml' },
      new: { rubric: BASE, source: 'new.yaml' },
      answers: [{ file: 'bad.yaml', text: `rubric: {id: kz-civil-service-ai, version: ${BASE.version}}\nrespondent: {organization: A}\nanswers: {staff-ai-roles: nope}\n` }],
      maxDelta: 5,
      lang: 'en',
      tool: TOOL,
    });
    const out = renderDiffMarkdown(result);
    expect(out).toContain('> ❌ Every overall score moves by at most 5 points. **Not every file could be compared: 1 invalid file (see below).**');
    expect(out).not.toContain('> ✅');
  });
});
