import { describe, expect, it } from 'vitest';
import { diffRubrics, diffTexts } from '../../src/diff/structure.js';
import type { Rubric } from '../../src/rubric/model.js';
import { rubric, V1, V2, withQuestion } from './helpers.js';

const v1 = rubric(V1);
const v2 = rubric(V2);

describe('diffRubrics on the demo fixtures (1.0.0 → 1.1.0)', () => {
  const d = diffRubrics(v1, v2);

  it('takes the rename and the drop from the migration, not from guessing', () => {
    expect(d.migration?.from).toBe('1.0.0');
    expect(d.questions.renamed).toEqual([{ from: 'staff-training', to: 'staff-ai-training' }]);
    expect(d.questions.removed.map((q) => [q.id, q.how])).toEqual([['legal-audit', 'dropped']]);
    // The renamed question is neither "added" nor "removed".
    expect(d.questions.added).toEqual([]);
    expect(d.questions.split).toEqual([]);
  });

  it('sees the re-weighted question, the renamed option and the changed text per language', () => {
    const byId = new Map(d.questions.changed.map((c) => [c.id, c]));
    expect(byId.get('data-sharing')?.weight).toEqual({ before: 1, after: 3 });
    expect(byId.get('data-sharing')?.recommendations).toBeUndefined();
    const roles = byId.get('staff-roles')!;
    expect(roles.options?.renamed).toEqual([{ from: 'planned', to: 'drafted', before: 0.5, after: 0.5 }]);
    expect(roles.options?.added).toEqual([]);
    expect(roles.options?.removed).toEqual([]);
    expect(roles.options?.texts.map((t) => [t.id, t.langs])).toEqual([['drafted', ['en', 'kk', 'ru']]]);
    const catalog = byId.get('data-catalog')!;
    expect(catalog.texts).toEqual([
      {
        field: 'text',
        langs: ['en', 'ru'],
        before: { en: 'Is there a data catalog?', ru: 'Есть ли каталог данных?' },
        after: { en: 'Does the body keep a data catalog?', ru: 'Ведётся ли каталог данных органа?' },
      },
    ]);
    // Unchanged questions (the renamed one only changed its id) are not listed.
    expect([...byId.keys()].sort()).toEqual(['data-catalog', 'data-sharing', 'staff-roles']);
  });

  it('sees the raised threshold and nothing else among levels, recommendations and sections', () => {
    expect(d.levels.changed).toEqual([{ id: 'developing', min: { before: 40, after: 45 }, texts: [] }]);
    expect(d.levels.added).toEqual([]);
    expect(d.levels.removed).toEqual([]);
    expect(d.recommendations).toEqual({ added: [], removed: [], changed: [] });
    expect(d.sections).toEqual({ added: [], removed: [], changed: [] });
    expect(d.version).toEqual({ before: '1.0.0', after: '1.1.0' });
  });

  it('finds the migration sound: no problems', () => {
    expect(d.problems).toEqual([]);
    expect(d.same).toBe(false);
  });

  it('reports the reverse direction as removals and additions (the old rubric declares no migration)', () => {
    const back = diffRubrics(v2, v1);
    expect(back.questions.renamed).toEqual([]);
    expect(back.questions.removed.map((q) => [q.id, q.how])).toEqual([['staff-ai-training', 'undeclared']]);
    expect(back.questions.added.map((q) => q.id)).toEqual(['staff-training', 'legal-audit']);
    expect(back.problems.map((p) => p.code)).toEqual(['optionRemovedUndeclared', 'removedUndeclared', 'noMigration']);
  });
});

describe('diffRubrics on constructed changes', () => {
  it('finds nothing between a rubric and itself', () => {
    const d = diffRubrics(v1, v1);
    expect(d.same).toBe(true);
    expect(d.problems).toEqual([]);
  });

  it('tells re-mapping from re-weighting within recommendations', () => {
    const remapped = withQuestion(v1, 'data-catalog', (q) => ({ ...q, recommendations: [{ id: 'literacy', weight: 1 }] }));
    const c = diffRubrics(v1, remapped).questions.changed[0]!;
    expect(c.recommendations).toEqual({ before: [{ id: 'infrastructure', weight: 1 }], after: [{ id: 'literacy', weight: 1 }] });
    const reweighted = withQuestion(v1, 'cyber-pentest', (q) => ({
      ...q,
      recommendations: [
        { id: 'infrastructure', weight: 1 },
        { id: 'literacy', weight: 1 },
      ],
    }));
    const r = diffRubrics(v1, reweighted).questions.changed[0]!;
    expect(r.id).toBe('cyber-pentest');
    expect(r.recommendations?.before).toEqual([
      { id: 'infrastructure', weight: 1 },
      { id: 'literacy', weight: 0.5 },
    ]);
    // The same set of recommendations in another order is no change.
    const reordered = withQuestion(v1, 'cyber-pentest', (q) => ({ ...q, recommendations: [...q.recommendations].reverse() }));
    expect(diffRubrics(v1, reordered).same).toBe(true);
  });

  it('lists options added, removed and re-scored, and warns of an option removed without a migration', () => {
    const changed = withQuestion(v1, 'staff-training', (q) => ({
      ...q,
      options: [
        { ...q.options[0]!, score: 0 },
        { ...q.options[1]!, score: 0.4 },
        { id: 'most', score: 0.8, label: { ru: 'Большинство', kk: 'Көпшілігі', en: 'Most staff' } },
        { id: 'everyone', score: 1, label: q.options[2]!.label },
      ],
    }));
    const next = { ...changed, version: '1.0.1' };
    const d = diffRubrics(v1, next);
    const o = d.questions.changed[0]!.options!;
    expect(o.added).toEqual([
      { id: 'most', score: 0.8 },
      { id: 'everyone', score: 1 },
    ]);
    expect(o.removed).toEqual([{ id: 'all', score: 1 }]);
    expect(o.rescored).toEqual([{ id: 'some', before: 0.5, after: 0.4 }]);
    expect(d.problems).toContainEqual(
      expect.objectContaining({ code: 'optionRemovedUndeclared', severity: 'warning', vars: { id: 'staff-training', option: 'all' } }),
    );
  });

  it('carries a split from the migration and does not call its targets added', () => {
    const a = withQuestion(v1, 'legal-audit', (q) => ({ ...q, id: 'legal-audit-internal' }));
    const b: Rubric = {
      ...a,
      version: '1.1.0',
      questions: [...a.questions, { ...v1.questions.find((q) => q.id === 'legal-audit')!, id: 'legal-audit-external' }],
      migrations: [{ from: '1.0.0', split: { 'legal-audit': ['legal-audit-internal', 'legal-audit-external'] } }],
    };
    const d = diffRubrics(v1, b);
    expect(d.questions.split).toEqual([{ from: 'legal-audit', to: ['legal-audit-internal', 'legal-audit-external'] }]);
    expect(d.questions.added).toEqual([]);
    expect(d.questions.removed).toEqual([]);
    expect(d.problems).toEqual([]);
  });

  it('flags a migration that names questions or options the old version does not have (errors)', () => {
    const b: Rubric = {
      ...v2,
      migrations: [
        {
          from: '1.0.0',
          renamed: { 'staff-training': 'staff-ai-training', 'no-such-question': 'data-catalog' },
          dropped: ['legal-audit', 'never-existed'],
          options: { 'staff-roles': { planned: 'drafted', imagined: 'none' } },
        },
      ],
    };
    const d = diffRubrics(v1, b);
    const errors = d.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.code, p.vars.id ?? '', p.vars.option ?? ''])).toEqual([
      ['unknownOldQuestion', 'no-such-question', ''],
      ['unknownOldQuestion', 'never-existed', ''],
      ['unknownOldOption', 'staff-roles', 'imagined'],
    ]);
    expect(errors.map((p) => p.path)).toEqual([
      ['migrations', 0, 'renamed', 'no-such-question'],
      ['migrations', 0, 'dropped', 1],
      ['migrations', 0, 'options', 'staff-roles', 'imagined'],
    ]);
  });

  it('warns when questions disappear but the version was not raised', () => {
    const b = { ...withQuestion(v1, 'legal-audit', () => undefined) };
    const d = diffRubrics(v1, b);
    expect(d.questions.removed).toEqual([expect.objectContaining({ id: 'legal-audit', how: 'undeclared' })]);
    expect(d.problems.map((p) => p.code)).toEqual(['removedUndeclared', 'versionNotBumped']);
  });

  it('sees levels, recommendations, sections, languages and rubric texts change', () => {
    const b: Rubric = {
      ...v1,
      version: '2.0.0',
      title: { ...v1.title, kk: 'Жаңа атау' },
      levels: [...v1.levels.slice(0, 2), { id: 'leading', min: 85, label: { ru: 'Лидер', kk: 'Көшбасшы', en: 'Leading' } }],
      recommendations: v1.recommendations.map((r) =>
        r.id === 'infrastructure'
          ? { ...r, weight: 2, actions: { ...r.actions, initial: { ...r.actions.initial!, en: 'Map the data.' } } }
          : r,
      ),
      problemAreas: [...v1.problemAreas, { id: 'pilots', kind: 'problem-area', title: { ru: 'Пилоты', kk: 'Пилоттар', en: 'Pilots' } }],
    };
    const d = diffRubrics(v1, b);
    expect(d.levels.added).toEqual([{ id: 'leading', min: 85 }]);
    expect(d.levels.removed).toEqual([{ id: 'advanced', min: 70 }]);
    expect(d.recommendations.changed).toEqual([
      {
        id: 'infrastructure',
        weight: { before: 1, after: 2 },
        texts: [{ field: 'actions.initial', langs: ['en'], before: { en: 'Describe the data.' }, after: { en: 'Map the data.' } }],
      },
    ]);
    expect(d.sections.added).toEqual([{ id: 'pilots', kind: 'problem-area' }]);
    expect(d.texts).toEqual([{ field: 'title', langs: ['kk'], before: { kk: 'Оқу рубрикасы' }, after: { kk: 'Жаңа атау' } }]);
  });
});

describe('diffTexts', () => {
  it('names only the languages that differ, including one added or removed', () => {
    expect(diffTexts('text', { ru: 'а', en: 'a' }, { ru: 'а', en: 'b', kk: 'ә' })).toEqual({
      field: 'text',
      langs: ['en', 'kk'],
      before: { en: 'a' },
      after: { en: 'b', kk: 'ә' },
    });
    expect(diffTexts('help', undefined, undefined)).toBeUndefined();
    expect(diffTexts('text', { ru: 'а' }, { ru: 'а' })).toBeUndefined();
  });
});
