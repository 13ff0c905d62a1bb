import { describe, expect, it } from 'vitest';
import { planInterview } from '../../src/interview/plan.js';
import { restrictPlan } from '../../src/interview/unit-plan.js';
import { loadRubric } from '../../src/rubric/load.js';

const loaded = loadRubric('test/fixtures/rubrics/units.yaml');
if (!loaded.ok) throw new Error('fixture rubric does not load');
const rubric = loaded.value.rubric;

describe('restrictPlan', () => {
  it("keeps only the unit's questions, numbered from 1 with the unit's own totals", () => {
    const plan = restrictPlan(planInterview(rubric, 'en'), new Set(['staff-roles', 'cyber-backup', 'ai-policy']));
    expect(plan.questions.map((q) => [q.id, q.index, q.number, q.total, q.section.id, q.section.number, q.sections])).toEqual([
      ['ai-policy', 0, 1, 3, 'governance', 1, 3],
      ['staff-roles', 1, 2, 3, 'staff', 2, 3],
      ['cyber-backup', 2, 3, 3, 'cyber', 3, 3],
    ]);
    expect(plan.sections.map((s) => [s.id, s.first])).toEqual([
      ['governance', 0],
      ['staff', 1],
      ['cyber', 2],
    ]);
  });
});
