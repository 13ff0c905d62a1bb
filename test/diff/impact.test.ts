import { describe, expect, it } from 'vitest';
import { diffImpact, overLimit } from '../../src/diff/impact.js';
import type { Rubric } from '../../src/rubric/model.js';
import { answerSources, rubric, TOOL, V1, V2 } from './helpers.js';

const v1 = rubric(V1);
const v2 = rubric(V2);
const opts = { lang: 'en' as const, tool: TOOL };

describe('diffImpact on the demo answer files', () => {
  const impact = diffImpact(v1, v2, answerSources(), opts);
  const byName = new Map(impact.files.map((f) => [f.file.split('/').pop(), f]));

  it('scores every file under both rubrics, biggest moves first', () => {
    expect(impact.files.map((f) => [f.file.split('/').pop(), f.before.score, f.after.score, f.delta])).toEqual([
      ['agency-statistics.yaml', 19.4, 5.6, -13.8],
      ['ministry-digital.yaml', 63.9, 72.2, 8.3],
      ['akimat-north.yaml', 48.6, 44.4, -4.2],
      // 2 of 7 answered, the blanks count 0. 1.0.0: literacy 1 / (1 + 1 + 2 × 0.5) = 33.3,
      // infrastructure 0.5 / (1 + 1 + 2) = 12.5, legal 0 / 3 = 0 → 15.3; 1.1.0 (data-sharing
      // weighs 3, legal-audit gone): infrastructure 0.5 / (1 + 3 + 2) = 8.3 → (33.3 + 8.3 + 0) / 3 = 13.9.
      ['akimat-partial.yaml', 15.3, 13.9, -1.4],
    ]);
    expect(impact.invalid).toEqual([]);
    expect(impact.skipped).toEqual([]);
  });

  it('calls out level changes: one up across a threshold, one down below the raised threshold', () => {
    const up = byName.get('ministry-digital.yaml')!;
    expect([up.before.level?.id, up.after.level?.id, up.levelChanged]).toEqual(['developing', 'advanced', true]);
    const down = byName.get('akimat-north.yaml')!;
    expect([down.before.level?.id, down.after.level?.id, down.levelChanged]).toEqual(['developing', 'initial', true]);
    expect(byName.get('agency-statistics.yaml')!.levelChanged).toBe(false);
    // Below the coverage floor on both sides: no level before or after, so no level change.
    const partial = byName.get('akimat-partial.yaml')!;
    expect([partial.before.level, partial.after.level, partial.levelChanged]).toEqual([null, null, false]);
    expect(impact.summary).toMatchObject({ files: 4, levelChanges: 2, up: 1, down: 3, unchanged: 0, maxAbsDelta: 13.8 });
  });

  it('gives each recommendation before and after; the dropped audit takes the legal score down', () => {
    const stats = byName.get('agency-statistics.yaml')!;
    expect(stats.recommendations).toEqual([
      { id: 'literacy', title: 'Digital literacy', before: 0, after: 0, delta: 0 },
      { id: 'infrastructure', title: 'Infrastructure', before: 25, after: 16.7, delta: -8.3 },
      { id: 'legal-framework', title: 'Legal framework', before: 33.3, after: 0, delta: -33.3 },
    ]);
    // The half-answered file has a legal score too now (0: all its legal questions are blank).
    const legal = impact.recommendations.find((r) => r.id === 'legal-framework')!;
    expect(legal).toMatchObject({ files: 4, maxAbsDelta: 33.3 });
  });

  it('carries files made with 1.0.0 forward by the migration, with a warning naming what moved', () => {
    const north = byName.get('akimat-north.yaml')!;
    expect(north.answersVersion).toBe('1.0.0');
    expect(north.warnings.before).toEqual([]);
    expect(north.warnings.after).toHaveLength(1);
    expect(north.warnings.after[0]).toContain('staff-training → staff-ai-training; legal-audit → ∅; staff-roles: planned → drafted');
    // The renamed question keeps its answer: 6 of 6 answered after, as 7 of 7 before.
    expect([north.before.answered, north.before.total, north.after.answered, north.after.total]).toEqual([7, 7, 6, 6]);
  });

  it('is deterministic and independent of the order files are given in', () => {
    const again = diffImpact(v1, v2, answerSources().reverse(), opts);
    expect(JSON.stringify(again)).toBe(JSON.stringify(impact));
  });
});

describe('diffImpact with files that do not fit', () => {
  const sources = [
    ...answerSources(),
    {
      file: 'current.yaml',
      text: 'rubric: {id: diff-demo, version: 1.1.0}\nrespondent: {organization: Ministry of Justice}\nanswers:\n  staff-ai-training: all\n  legal-ai-policy: approved\n',
    },
    { file: 'other.yaml', text: 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: X}\nanswers: {staff-training: some}\n' },
    { file: 'typo.yaml', text: 'rubric: {id: diff-demo, version: 1.0.0}\nrespondent: {organization: Y}\nanswers:\n  staff-trainng: all\n' },
    { file: 'broken.yaml', text: 'rubric: {id: diff-demo\n' },
    {
      file: 'only-dropped.yaml',
      text: 'rubric: {id: diff-demo, version: 1.0.0}\nrespondent: {organization: Z}\nanswers:\n  legal-audit: yes\n',
    },
  ];
  const impact = diffImpact(v1, v2, sources, opts);

  it('scores a file made with the new version against the old one where the ids match, with a warning', () => {
    const current = impact.files.find((f) => f.file === 'current.yaml')!;
    expect(current.before.answered).toBe(1); // staff-ai-training is unknown to 1.0.0
    expect(current.after.answered).toBe(2);
    expect(current.warnings.before.join('\n')).toContain('made with rubric version 1.1.0; scored with 1.0.0 where the ids match');
    expect(current.warnings.after).toEqual([]);
  });

  it('lists files for another rubric as skipped and refused files as invalid, with positions', () => {
    expect(impact.skipped).toEqual([{ file: 'other.yaml', rubric: 'minimal@1.0.0' }]);
    expect(impact.invalid.map((i) => i.file)).toEqual(['typo.yaml', 'broken.yaml']);
    const typo = impact.invalid[0]!.findings;
    expect(typo.filter((f) => f.severity === 'error').map((f) => `${f.line}:${f.column}: ${f.path}: ${f.message}`)).toEqual([
      '4:3: answers.staff-trainng: unknown question id "staff-trainng"',
    ]);
    expect(impact.summary).toMatchObject({ invalid: 2, skipped: 1 });
  });

  it('keeps the score of a file whose only answer is dropped: its blanks count 0', () => {
    const dropped = impact.files.find((f) => f.file === 'only-dropped.yaml')!;
    // 1.0.0: legal 1 / 3 = 33.3, literacy and infrastructure 0 → 11.1; 1.1.0: nothing answered → 0.
    expect([dropped.before.score, dropped.after.score, dropped.delta]).toEqual([11.1, 0, -11.1]);
    expect([dropped.before.level, dropped.after.level]).toEqual([null, null]);
  });

  it('puts a file whose score disappears first, and counts it over any limit', () => {
    // A new version that asks everything only of a body with an AI policy: the policy question
    // becomes a gate without score (weight 0), every other question applies only with a draft or
    // an approved policy. A body without one has no applicable scored question: no score at all.
    const gated: Rubric = {
      ...v2,
      questions: v2.questions.map((q) =>
        q.id === 'legal-ai-policy' ? { ...q, weight: 0 } : { ...q, when: { question: 'legal-ai-policy', in: ['draft', 'approved'] } },
      ),
    };
    const sources = answerSources().filter((s) => s.file.endsWith('ministry-digital.yaml'));
    sources.push({ file: 'no-policy.yaml', text: 'rubric: {id: diff-demo, version: 1.0.0}\nrespondent: {organization: W}\nanswers:\n  staff-training: some\n  legal-ai-policy: none\n' });
    const moved = diffImpact(v1, gated, sources, opts);
    const gone = moved.files[0]!;
    expect(gone.file).toBe('no-policy.yaml');
    // 1.0.0: literacy 0.5 / 3 = 16.7, infrastructure 0, legal 0 → 5.6; after: every recommendation null.
    expect([gone.before.score, gone.after.score, gone.delta]).toEqual([5.6, null, null]);
    expect(gone.recommendations.map((r) => r.after)).toEqual([null, null, null]);
    expect(moved.files[1]!.delta).not.toBeNull();
    expect(overLimit(moved, 100).map((f) => f.file)).toEqual(['no-policy.yaml']);
  });
});

describe('overLimit', () => {
  const impact = diffImpact(v1, v2, answerSources(), opts);
  it('names the files that move by more than the limit, and none at exactly the limit', () => {
    expect(overLimit(impact, 5).map((f) => f.file.split('/').pop())).toEqual(['agency-statistics.yaml', 'ministry-digital.yaml']);
    expect(overLimit(impact, 13.8)).toEqual([]);
    expect(overLimit(impact, 13.7).map((f) => f.delta)).toEqual([-13.8]);
  });
});
