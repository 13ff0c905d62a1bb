import { describe, expect, it } from 'vitest';
import { interviewOrder, planInterview } from '../../src/interview/plan.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Question, Rubric } from '../../src/rubric/model.js';

function rubricOf(file?: string): Rubric {
  const loaded = loadRubric(file);
  if (!loaded.ok) throw new Error(loaded.findings.map((f) => f.message).join('\n'));
  return loaded.value.rubric;
}

/** Every question comes after the question that gates it, in the order asked. */
function gatesFirst(order: readonly { question: Question }[]): string[] {
  const at = new Map(order.map((e, i) => [e.question.id, i]));
  return order.flatMap((e, i) => {
    const gate = e.question.when?.question;
    return gate !== undefined && (at.get(gate) ?? -1) > i ? [`${e.question.id} before its gate ${gate}`] : [];
  });
}

describe('the interview asks a gate before the questions it gates', () => {
  const rubric = rubricOf();

  it('in the default rubric, whatever section each gated question sits in', () => {
    const order = interviewOrder(rubric);
    expect(order.map((e) => e.question.id).sort()).toEqual(rubric.questions.map((q) => q.id).sort());
    expect(gatesFirst(order)).toEqual([]);
    // The rubric does place some gated questions in sections before their gate's own section:
    // without the rule they would come first (a test that can fail).
    const sections = [...rubric.problemAreas, ...rubric.riskCategories].map((s) => s.id);
    const rubricOrder = sections.flatMap((s) => rubric.questions.filter((q) => q.area === s).map((question) => ({ question })));
    expect(gatesFirst(rubricOrder).length).toBeGreaterThan(0);
  });

  it('in the plan the respondent walks through, with no answers and with the module open', () => {
    const gate = rubric.questions.find((q) => rubric.questions.some((o) => o.when?.question === q.id))!;
    const opening = rubric.questions.find((q) => q.when?.question === gate.id)!.when!.in[0]!;
    for (const answers of [new Map<string, string>(), new Map([[gate.id, opening]])]) {
      const plan = planInterview(rubric, 'kk', answers);
      const at = new Map(plan.questions.map((q) => [q.id, q.index]));
      const gatedBefore = rubric.questions.filter((q) => q.when?.question === gate.id && at.has(q.id) && at.get(q.id)! < at.get(gate.id)!);
      expect(gatedBefore.map((q) => q.id)).toEqual([]);
      // Sections stay contiguous and numbered in order.
      expect(plan.sections.map((s) => s.number)).toEqual(plan.sections.map((_, i) => i + 1));
      for (const q of plan.questions) expect(plan.questions[q.section.first]!.section).toBe(q.section);
    }
  });

  it('lifts a chain of gates (a gate of a gate) before the first question of the chain, and leaves other questions in place', () => {
    const sections = [...rubric.problemAreas, ...rubric.riskCategories].map((s) => s.id);
    const plain = rubric.questions.filter((q) => !q.when && !rubric.questions.some((o) => o.when?.question === q.id));
    const c = plain.find((q) => q.area === sections[0])!;
    const [b, a] = plain.filter((q) => q.area !== sections[0]).slice(-2);
    // c (first section) is gated by b, which is gated by a; both gates sit among the last questions.
    const chained: Rubric = {
      ...rubric,
      questions: plain.map((q) =>
        q === c ? { ...c, when: { question: b!.id, in: [b!.options[0]!.id] } } : q === b ? { ...b, when: { question: a!.id, in: [a!.options[0]!.id] } } : q,
      ),
    };
    const order = interviewOrder(chained).map((e) => e.question.id);
    expect(gatesFirst(interviewOrder(chained))).toEqual([]);
    const ci = order.indexOf(c!.id);
    expect(order.slice(ci - 2, ci + 1)).toEqual([a!.id, b!.id, c!.id]);
    // Each question once.
    expect(new Set(order).size).toBe(chained.questions.length);
  });
});
