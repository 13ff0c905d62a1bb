import { describe, expect, it } from 'vitest';
import { endPrompt, planInterview } from '../../src/interview/plan.js';
import { restrictPlan } from '../../src/interview/unit-plan.js';
import { loadRubric } from '../../src/rubric/load.js';

const loaded = loadRubric('test/fixtures/rubrics/units.yaml');
if (!loaded.ok) throw new Error('fixture rubric does not load');
const rubric = loaded.value.rubric;

describe('restrictPlan', () => {
  it("keeps only the unit's questions, numbered from 1 with the unit's own totals", () => {
    const plan = restrictPlan(planInterview(rubric, 'en'), new Set(['staff-roles', 'cyber-backup', 'ai-policy']), 'it');
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

  it("ends a unit's interview without promising reports or a level: its answers go into the body's file", () => {
    const plan = restrictPlan(planInterview(rubric, 'en'), new Set(['staff-roles', 'cyber-backup', 'ai-policy']), 'it');
    expect(plan.unit).toBe('it');
    const unit = endPrompt(plan, new Map([['staff-roles', 'no']]));
    expect(unit.choices[0]).toMatchObject({ value: 'finish', name: "Finish: the unit's answers are saved for merging" });
    expect(unit.message).toBe("1 of 3 questions of the unit answered; in the body's score the 2 without an answer count as 0.");
    expect(unit.message).not.toContain('level');
    const body = endPrompt(planInterview(rubric, 'en'), new Map([['staff-roles', 'no']]));
    expect(body.choices[0]).toMatchObject({ value: 'finish', name: 'Finish and write the reports' });
    expect(body.message).toContain('gives no level');
    const kk = endPrompt(restrictPlan(planInterview(rubric, 'kk'), new Set(['staff-roles']), 'hr'), new Map());
    expect(kk.choices[0]!).toMatchObject({ name: 'Аяқтау: бөлімшенің жауаптары біріктіру үшін сақталды' });
  });
});
