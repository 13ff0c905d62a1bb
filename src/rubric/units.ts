import type { Question, Rubric, Unit } from './model.js';

/** The unit with this id, or undefined. */
export function unitOf(rubric: Rubric, id: string): Unit | undefined {
  return rubric.units.find((u) => u.id === id);
}

/** The questions a unit holds the evidence for, in rubric order. */
export function unitQuestions(rubric: Rubric, unit: string): Question[] {
  return rubric.questions.filter((q) => q.unit === unit);
}

/** The questions no unit is named for, in rubric order: whoever coordinates answers them. */
export function unassignedQuestions(rubric: Rubric): Question[] {
  const known = new Set(rubric.units.map((u) => u.id));
  return rubric.questions.filter((q) => q.unit === undefined || !known.has(q.unit));
}
