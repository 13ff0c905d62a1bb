import type { InterviewPlan, PlannedQuestion, PlannedSection } from './plan.js';

/**
 * The interview of one unit: only the plan's questions in `ids`, renumbered (questions and
 * sections from 1, totals the unit's own), in the plan's order. Sections with none of them
 * are left out; the plan names its unit. Pure.
 */
export function restrictPlan(plan: InterviewPlan, ids: ReadonlySet<string>, unit: string): InterviewPlan {
  const kept = plan.questions.filter((q) => ids.has(q.id));
  const sections: PlannedSection[] = [];
  const bySection = new Map<string, PlannedSection>();
  const questions: PlannedQuestion[] = [];
  for (const q of kept) {
    let section = bySection.get(q.section.id);
    if (!section) {
      section = { ...q.section, number: sections.length + 1, first: questions.length };
      sections.push(section);
      bySection.set(q.section.id, section);
    }
    questions.push({ ...q, index: questions.length, number: questions.length + 1, section });
  }
  for (const q of questions) {
    q.total = questions.length;
    q.sections = sections.length;
  }
  return { ...plan, sections, questions, unit };
}
