import { basename } from 'node:path';
import type { Rubric } from '../rubric/model.js';
import type { Answers, Contributor, Decision } from './model.js';
import { sameOrganization, type AnswerDraft } from './store.js';

/** One unit's file, checked against the rubric (older versions carried forward by its migrations). */
export interface MergeInput {
  /** The file as named on the command line: recorded in `contributors` and `decisions`. */
  file: string;
  answers: Answers;
}

/** The same question answered differently in two or more files. */
export interface MergeConflict {
  question: string;
  /** Each distinct answer with the first file that gave it, in input order. */
  answers: ReadonlyArray<{ file: string; answer: string }>;
}

/** Why the files cannot make one body's file. */
export type MergeProblem =
  | { kind: 'organization'; file: string; organization: string; expected: string; first: string }
  | { kind: 'conflict'; conflict: MergeConflict }
  | { kind: 'too-long'; field: 'comments' | 'evidence'; question: string; files: readonly string[]; limit: number };

export type MergeResult = { ok: true; draft: AnswerDraft } | { ok: false; problems: MergeProblem[] };

/** The schema's limits on one comment and one evidence entry (`schema.ts`). */
const LIMITS = { comments: 4000, evidence: 2000 } as const;

/** Who an input is, for attributing its comments and evidence: its unit, its unit's name, its respondent, its file. */
function labelOf(input: MergeInput): string {
  const a = input.answers;
  return a.unit ?? a.respondent.unit ?? a.respondent.name ?? basename(input.file);
}

/**
 * Merges the answer files of one body's units into the body's file. Refused (every problem
 * listed) when the files name different organizations, or when a question is answered
 * differently in two files and none of those files is in `prefer` (files earlier in
 * `prefer` win). The same answer in several files is no conflict. Comments and evidence
 * are never dropped: one text is kept as it is; different texts for the same question are
 * joined, each line naming who gave it. `contributors` records whose answer each one is
 * (a merged file given again keeps its own contributors), and `decisions` each conflict
 * settled by `prefer`. The result is saved under the current rubric version, with no
 * unit: it is the body's file, and scores exactly as if one person had answered. Pure.
 */
export function mergeAnswers(rubric: Rubric, inputs: readonly MergeInput[], prefer: readonly string[] = []): MergeResult {
  const problems: MergeProblem[] = [];
  const first = inputs[0]!;
  const organization = first.answers.respondent.organization;
  for (const input of inputs.slice(1)) {
    const org = input.answers.respondent.organization;
    if (!sameOrganization(org, organization)) {
      problems.push({ kind: 'organization', file: input.file, organization: org, expected: organization, first: first.file });
    }
  }

  const answers = new Map<string, string>();
  const owner = new Map<string, number>();
  const decisions: Decision[] = [];
  const order = [...rubric.questions.map((q) => q.id)];
  for (const input of inputs) for (const id of input.answers.answers.keys()) if (!order.includes(id)) order.push(id);

  for (const id of order) {
    const given = inputs.flatMap((input, i) => {
      const answer = input.answers.answers.get(id);
      return answer === undefined ? [] : [{ i, file: input.file, answer }];
    });
    if (given.length === 0) continue;
    const distinct = given.filter((g, k) => given.findIndex((x) => x.answer === g.answer) === k);
    if (distinct.length === 1) {
      answers.set(id, given[0]!.answer);
      owner.set(id, given[0]!.i);
      continue;
    }
    const winner = prefer.map((p) => given.find((g) => g.file === p)).find((g) => g !== undefined);
    if (!winner) {
      problems.push({ kind: 'conflict', conflict: { question: id, answers: distinct.map(({ file, answer }) => ({ file, answer })) } });
      continue;
    }
    answers.set(id, winner.answer);
    owner.set(id, winner.i);
    decisions.push({
      question: id,
      answer: winner.answer,
      file: winner.file,
      over: given.filter((g) => g.answer !== winner.answer).map(({ file, answer }) => ({ file, answer })),
    });
  }

  // Evidence given with an answer that was set aside shows that answer, not the one kept:
  // it must not support the kept claim, so it moves to the comments, with whose it was.
  const overruled = (id: string, i: number) => {
    const mine = inputs[i]!.answers.answers.get(id);
    return mine !== undefined && owner.has(id) && mine !== answers.get(id);
  };
  const setAside = new Map<string, Array<{ i: number; file: string; label: string; text: string }>>();
  const joinTexts = (field: 'comments' | 'evidence') => {
    const out = new Map<string, string>();
    for (const id of order) {
      const given = inputs.flatMap((input, i) => {
        const text = input.answers[field].get(id);
        if (text === undefined) return [];
        const entry = { i, file: input.file, label: labelOf(input), text };
        if (field === 'evidence' && overruled(id, i)) {
          setAside.set(id, [...(setAside.get(id) ?? []), { ...entry, text: `${input.answers.answers.get(id)}: ${text}` }]);
          return [];
        }
        return [entry];
      });
      if (field === 'comments') given.push(...(setAside.get(id) ?? []));
      if (given.length === 0) continue;
      const distinct = given.filter((g, k) => given.findIndex((x) => x.text === g.text) === k);
      // One text stands alone when it comes with the answer kept; otherwise it says whose it is.
      const own = distinct.length === 1 && (!owner.has(id) || distinct[0]!.i === owner.get(id)) && !setAside.get(id)?.includes(distinct[0]!);
      const text = own ? distinct[0]!.text : distinct.map((g) => `[${g.label}] ${g.text}`).join('\n');
      if (text.length > LIMITS[field]) {
        problems.push({ kind: 'too-long', field, question: id, files: distinct.map((g) => g.file), limit: LIMITS[field] });
        continue;
      }
      out.set(id, text);
    }
    return out;
  };
  const evidence = joinTexts('evidence');
  const comments = joinTexts('comments');
  if (problems.length > 0) return { ok: false, problems };

  // Whose answer each one is: the file's own respondent, or, for a merged file given
  // again, the contributor it already names.
  const contributors: Contributor[] = [];
  inputs.forEach((input, i) => {
    const mine = order.filter((id) => owner.get(id) === i);
    const carried = input.answers.contributors ?? [];
    const claimed = new Set<string>();
    for (const c of carried) {
      const kept = c.answers.filter((id) => mine.includes(id) && !claimed.has(id));
      kept.forEach((id) => claimed.add(id));
      contributors.push({ ...c, answers: kept });
    }
    const rest = mine.filter((id) => !claimed.has(id));
    if (carried.length === 0 || rest.length > 0) {
      const a = input.answers;
      contributors.push({
        file: input.file,
        ...((a.unit ?? a.respondent.unit) !== undefined ? { unit: (a.unit ?? a.respondent.unit)! } : {}),
        ...(a.respondent.name !== undefined ? { name: a.respondent.name } : {}),
        ...(a.respondent.position !== undefined ? { position: a.respondent.position } : {}),
        answers: rest,
      });
    }
  });
  decisions.push(...inputs.flatMap((input) => input.answers.decisions ?? []));

  return {
    ok: true,
    draft: {
      rubric: { id: rubric.id, version: rubric.version },
      // The body's type and region (fleet grouping): the first file that gives them.
      respondent: {
        organization,
        ...Object.fromEntries(
          (['type', 'region'] as const).flatMap((key) => {
            const value = inputs.find((x) => x.answers.respondent[key] !== undefined)?.answers.respondent[key];
            return value === undefined ? [] : [[key, value]];
          }),
        ),
      },
      ...(inputs.find((x) => x.answers.language !== undefined)?.answers.language !== undefined
        ? { language: inputs.find((x) => x.answers.language !== undefined)!.answers.language! }
        : {}),
      answers,
      comments,
      evidence,
      contributors,
      ...(decisions.length > 0 ? { decisions } : {}),
    },
  };
}
