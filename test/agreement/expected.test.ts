import { describe, expect, it } from 'vitest';
import { expectedAgreement } from '../../src/agreement/expected.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { cli } from '../helpers/cli.js';

function rubricAt(file?: string): Rubric {
  const loaded = loadRubric(file);
  if (!loaded.ok) throw new Error(`rubric ${file} does not load`);
  return loaded.value.rubric;
}
const MINIMAL = rubricAt('test/fixtures/rubrics/minimal.yaml');

describe('expected agreement of a simulated pilot', () => {
  it('is 1 for every question when nobody slips', () => {
    const e = expectedAgreement(MINIMAL, { slip: 0, draws: 20 });
    expect(e.questions.map((q) => [q.mean, q.low, q.fragile])).toEqual(MINIMAL.questions.map(() => [1, 1, false]));
  });

  it('names a two-option ladder fragile where a slip is a full disagreement; a longer ladder holds better', () => {
    const e = expectedAgreement(MINIMAL, { slip: 0.1, draws: 300 });
    const staff = e.questions.find((q) => q.id === 'staff-training')!; // 3 options
    const pentest = e.questions.find((q) => q.id === 'cyber-pentest')!; // 2 options
    // Two options, each respondent flipping one time in ten: 1 − 0.18 / 0.5 ≈ 0.64 in a large pilot.
    expect(pentest.mean!).toBeGreaterThan(0.55);
    expect(pentest.mean!).toBeLessThan(0.72);
    expect(pentest.fragile).toBe(true);
    expect(staff.mean!).toBeGreaterThan(pentest.mean!);
  });

  it('is the same for the same seed, and tightens with more respondents and bodies', () => {
    expect(expectedAgreement(MINIMAL, { draws: 50 })).toEqual(expectedAgreement(MINIMAL, { draws: 50 }));
    const small = expectedAgreement(MINIMAL, { draws: 200, bodies: 10 }).questions[0]!;
    const large = expectedAgreement(MINIMAL, { draws: 200, bodies: 60, respondents: 3 }).questions[0]!;
    expect(large.mean! - large.low!).toBeLessThan(small.mean! - small.low!);
  });
});

describe('readiness analyze --respondents', () => {
  it('adds the expected agreement to the JSON and the markdown; refuses a bad count with exit 2', () => {
    const json = cli(['analyze', 'test/fixtures/rubrics/minimal.yaml', '--respondents', '3', '--format', 'json']);
    const parsed = JSON.parse(json.stdout) as { expectedAgreement: { model: { respondents: number }; questions: unknown[] } };
    expect(parsed.expectedAgreement.model.respondents).toBe(3);
    expect(parsed.expectedAgreement.questions).toHaveLength(MINIMAL.questions.length);
    const md = cli(['analyze', 'test/fixtures/rubrics/minimal.yaml', '--respondents', '2', '--lang', 'ru']);
    expect(md.stdout).toContain('## Ожидаемая согласованность в пилоте');
    expect(cli(['analyze', 'test/fixtures/rubrics/minimal.yaml']).stdout).not.toContain('Expected agreement');
    for (const bad of ['1', 'two', '51']) expect(cli(['analyze', '--respondents', bad]).status, bad).toBe(2);
  });
});
