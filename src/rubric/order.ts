import { sectionsOf, type Question, type Rubric } from './model.js';

/**
 * The rubric's questions in the order the interview asks them, each with the section it is
 * shown under: sections in rubric order (problem areas, then risk categories), rubric order
 * within each, except that a gate is always asked before the questions it gates. A gate that
 * the rubric places after one of its questions (the AI-system module spread over several
 * sections, its gate among the technological risks) is lifted to just before the first of
 * them and shown in that question's section: a body is asked whether it has AI systems
 * before it is asked how it audits them. Gates of gates follow the same rule. The report
 * keeps each question's own area; only the interview's order changes.
 */
export function interviewOrder(rubric: Rubric): Array<{ question: Question; section: string }> {
  type Q = Question;
  const byId = new Map(rubric.questions.map((q) => [q.id, q]));
  const entries: Array<{ question: Q; section: string }> = [];
  const placed = new Set<string>();
  // A question is placed once; its gate (and the gate's gate) goes just before it if not yet
  // placed. Iterative, so a long chain of gates costs no deep recursion; `placed` also ends a
  // cycle that an unchecked rubric might hold.
  const place = (q: Q, section: string) => {
    const chain: Q[] = [];
    for (let c: Q | undefined = q; c && !placed.has(c.id); c = c.when ? byId.get(c.when.question) : undefined) {
      placed.add(c.id);
      chain.push(c);
    }
    for (let i = chain.length - 1; i >= 0; i--) entries.push({ question: chain[i]!, section });
  };
  for (const s of sectionsOf(rubric)) for (const q of rubric.questions) if (q.area === s.id) place(q, s.id);
  return entries;
}
