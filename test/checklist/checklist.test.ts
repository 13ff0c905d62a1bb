import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../src/checklist/checklist.js';
import { renderChecklistHtml } from '../../src/checklist/render-html.js';
import { renderChecklistMarkdown } from '../../src/checklist/render-md.js';
import { loadRubric } from '../../src/rubric/load.js';

const loaded = loadRubric('test/fixtures/rubrics/units.yaml');
if (!loaded.ok) throw new Error('fixture rubric does not load');
const rubric = loaded.value.rubric;

describe('buildChecklist', () => {
  it('groups the questions by unit, in interview order, with the document for each', () => {
    const list = buildChecklist(rubric, 'en');
    expect(list.units.map((u) => [u.id, u.questions.map((q) => q.id)])).toEqual([
      ['it', ['cyber-pentest', 'cyber-backup', 'cyber-access']],
      ['legal', ['ai-policy', 'ai-register', 'data-law']],
      ['hr', ['staff-training', 'staff-roles', 'staff-champion']],
    ]);
    expect(list.units[1]!.questions[0]!.evidence).toBe('The order approving the AI policy (number and date)');
  });

  it('gives one unit alone, in the chosen language', () => {
    const list = buildChecklist(rubric, 'kk', rubric.units.find((u) => u.id === 'hr'));
    expect(list.units).toHaveLength(1);
    const md = renderChecklistMarkdown(list);
    expect(md).toContain('## Құрылымдық бөлімше: Персоналды басқару');
    expect(md).toContain('- [ ] **Растайтын құжат:** Оқыту жоспары және оқытылғандар тізімі');
    expect(md).toContain('- `some` Бір бөлігі');
    expect(md).not.toContain('cyber-pentest');
  });

  it('lists questions without a declared unit last', () => {
    const orphan = { ...rubric, questions: rubric.questions.map((q, i) => (i === 0 ? { ...q, unit: undefined } : q)) };
    const list = buildChecklist(orphan, 'ru');
    expect(list.units.at(-1)).toMatchObject({ id: null, questions: [{ id: 'ai-policy' }] });
    expect(renderChecklistMarkdown(list)).toContain('## Вопросы без подразделения');
    expect(renderChecklistHtml(list)).toContain('<h2>Вопросы без подразделения</h2>');
  });
});

describe('the document types each question accepts', () => {
  const typed = {
    ...rubric,
    questions: rubric.questions.map((q) => (q.id === 'ai-policy' ? { ...q, evidenceTypes: ['order', 'regulation'] as const } : q)),
  };

  it('are listed per question by their labels in the checklist language, in markdown and HTML', () => {
    const ru = buildChecklist(typed, 'ru');
    const q = ru.units[1]!.questions.find((x) => x.id === 'ai-policy')!;
    expect(q.types).toEqual(['Приказ', 'Положение, правила, регламент']);
    expect(ru.units[1]!.questions.find((x) => x.id === 'ai-register')!.types).toBeUndefined();
    expect(renderChecklistMarkdown(ru)).toContain('Подходящие типы документов: Приказ, Положение, правила, регламент');
    expect(renderChecklistHtml(buildChecklist(typed, 'kk'))).toContain('Жарамды құжат түрлері: Бұйрық, Ереже, қағидалар, регламент');
  });
});
