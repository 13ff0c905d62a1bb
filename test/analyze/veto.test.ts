import { describe, expect, it } from 'vitest';
import { analyzeRubric, VETO_FREE_SHARE } from '../../src/analyze/analyze.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';

const loaded = loadRubric();
if (!loaded.ok) throw new Error('default rubric');
const rubric = loaded.value.rubric;

const zeroPillarRoutes = (r: Rubric) => analyzeRubric(r, { draws: 200 }).routes.filter((x) => x.kind === 'zero-pillar').map((x) => x.recommendation);

describe('a recommendation out of the weakest-link veto (veto: false)', () => {
  const free = rubric.recommendations.filter((r) => !r.veto);
  const total = rubric.recommendations.reduce((s, r) => s + r.weight, 0);

  it('the default rubric leaves international experience out, at most a tenth of the overall, and analyze finds no route in it', () => {
    expect(free.map((r) => r.id)).toEqual(['international-experience']);
    expect(free[0]!.weight / total).toBeLessThanOrEqual(VETO_FREE_SHARE);
    expect(zeroPillarRoutes(rubric)).toEqual([]);
  });

  it('is a gaming route once it carries more than a tenth: a missing pillar that heavy would be hidden', () => {
    // 15 % of the overall: at zero, every other pillar at its best still gives about 85 points.
    const others = rubric.recommendations.filter((r) => r.veto).reduce((s, r) => s + r.weight, 0);
    const heavy: Rubric = {
      ...rubric,
      recommendations: rubric.recommendations.map((r) => (r.veto ? r : { ...r, weight: (others * 0.15) / 0.85 })),
    };
    expect(zeroPillarRoutes(heavy)).toContain('international-experience');
  });
});
