import { NA, type Answers } from '../answers/model.js';
import type { EvidenceFlag } from '../evidence/flags.js';
import type { Option, Question, Rubric } from '../rubric/model.js';

/** One answer that says another question's answer is something else (an option's `implies`). */
export interface Contradiction {
  /** The question whose chosen option implies something. */
  id: string;
  option: string;
  /** The question it speaks of, and the answer the file gives there (an option id or `n/a`). */
  question: string;
  answer: string;
}

type Implying = ReadonlyArray<readonly [Question, Option & { implies: NonNullable<Option['implies']> }]>;
const implyingOf = new WeakMap<Rubric, Implying>();

/** The options of a rubric that imply another question's answer, worked out once per rubric. */
function implying(rubric: Rubric): Implying {
  let list = implyingOf.get(rubric);
  if (list === undefined) {
    list = rubric.questions.flatMap((q) => q.options.flatMap((o) => (o.implies ? [[q, o as Option & { implies: NonNullable<Option['implies']> }] as const] : [])));
    implyingOf.set(rubric, list);
  }
  return list;
}

/**
 * The file's answers that contradict each other (SPEC.md "Method", Flags for the auditor):
 * an option chosen whose `implies` says question P is answered with one of its options, while
 * the file answers P with another (or `n/a`). An unanswered P contradicts nothing. Whether the
 * implying question applies does not matter: the body said it. In the rubric's order. Pure.
 */
export function contradictions(rubric: Rubric, answers: Answers): Contradiction[] {
  const found: Contradiction[] = [];
  for (const [q, o] of implying(rubric)) {
    if (answers.answers.get(q.id) !== o.id) continue;
    const answer = answers.answers.get(o.implies.question);
    if (answer === undefined || (answer !== NA && o.implies.in.includes(answer))) continue;
    found.push({ id: q.id, option: o.id, question: o.implies.question, answer });
  }
  return found;
}

/** The questions whose answer another answer contradicts: a gate's closing answer among them closes nothing. */
export function contradictedAnswers(found: readonly Contradiction[]): Set<string> {
  return new Set(found.map((c) => c.question));
}

/**
 * The `contradiction` flags: one on each side of each contradiction, naming the other
 * question (each pair once per question).
 */
export function contradictionFlags(found: readonly Contradiction[]): EvidenceFlag[] {
  const flags: EvidenceFlag[] = [];
  const seen = new Set<string>();
  const push = (id: string, other: string) => {
    const key = `${id}\u0000${other}`;
    if (seen.has(key)) return;
    seen.add(key);
    flags.push({ id, kind: 'contradiction', documents: [], question: other });
  };
  for (const c of found) {
    push(c.id, c.question);
    push(c.question, c.id);
  }
  return flags;
}
