import { basename } from 'node:path';
import type { Rubric } from '../rubric/model.js';
import type { Answers, Contributor, Decision } from './model.js';
import { sameOrganization, type AnswerDraft } from './store.js';
import { evidenceText, sameRef } from '../evidence/describe.js';
import type { DocumentEntry, EvidenceRef } from '../evidence/model.js';

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
  | { kind: 'too-long'; field: 'comments' | 'evidence'; question: string; files: readonly string[]; limit: number }
  /** One register id names different documents in two files. */
  | { kind: 'document-conflict'; id: string; files: readonly [string, string] };

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
  // Whose evidence each kept entry is: the inputs that gave it (a unit vouches for what it gave).
  const evidenceBy = new Map<string, Set<number>>();
  const evidence = new Map<string, EvidenceRef>();
  for (const id of order) {
    const given = inputs.flatMap((input, i) => {
      const ref = input.answers.evidence.get(id);
      if (ref === undefined) return [];
      if (overruled(id, i)) {
        const text = evidenceText(ref, input.answers.documents);
        setAside.set(id, [...(setAside.get(id) ?? []), { i, file: input.file, label: labelOf(input), text: `${input.answers.answers.get(id)}: ${text}` }]);
        return [];
      }
      return [{ i, file: input.file, label: labelOf(input), ref }];
    });
    if (given.length === 0) continue;
    evidenceBy.set(id, new Set(given.map((g) => g.i)));
    const distinct = given.filter((g, k) => given.findIndex((x) => sameRef(x.ref, g.ref)) === k);
    if (distinct.every((g) => 'documents' in g.ref)) {
      // Register references join into one list: each id is still the register's.
      evidence.set(id, { documents: [...new Set(distinct.flatMap((g) => ('documents' in g.ref ? g.ref.documents : [])))] });
      continue;
    }
    // One text stands alone when it comes with the answer kept; otherwise each says whose it is.
    const own = distinct.length === 1 && (!owner.has(id) || distinct[0]!.i === owner.get(id));
    const texts = distinct.map((g) => ({ ...g, text: evidenceText(g.ref, inputs[g.i]!.answers.documents) }));
    const text = own ? texts[0]!.text : texts.map((g) => `[${g.label}] ${g.text}`).join('\n');
    if (text.length > LIMITS.evidence) {
      problems.push({ kind: 'too-long', field: 'evidence', question: id, files: distinct.map((g) => g.file), limit: LIMITS.evidence });
      continue;
    }
    evidence.set(id, { text });
  }
  const comments = new Map<string, string>();
  for (const id of order) {
    const given = inputs.flatMap((input, i) => {
      const text = input.answers.comments.get(id);
      return text === undefined ? [] : [{ i, file: input.file, label: labelOf(input), text }];
    });
    given.push(...(setAside.get(id) ?? []));
    if (given.length === 0) continue;
    const distinct = given.filter((g, k) => given.findIndex((x) => x.text === g.text) === k);
    const own = distinct.length === 1 && (!owner.has(id) || distinct[0]!.i === owner.get(id)) && !setAside.get(id)?.includes(distinct[0]!);
    const text = own ? distinct[0]!.text : distinct.map((g) => `[${g.label}] ${g.text}`).join('\n');
    if (text.length > LIMITS.comments) {
      problems.push({ kind: 'too-long', field: 'comments', question: id, files: distinct.map((g) => g.file), limit: LIMITS.comments });
      continue;
    }
    comments.set(id, text);
  }
  // The register: every file's entries; one id naming two different documents is refused.
  const documents = new Map<string, DocumentEntry>();
  const documentFrom = new Map<string, number>();
  const documentsBy = new Map<number, string[]>();
  inputs.forEach((input, i) => {
    for (const [id, doc] of input.answers.documents) {
      const first = documents.get(id);
      if (first === undefined) {
        documents.set(id, doc);
        documentFrom.set(id, i);
        documentsBy.set(i, [...(documentsBy.get(i) ?? []), id]);
      } else if (JSON.stringify(first) !== JSON.stringify(doc)) {
        problems.push({ kind: 'document-conflict', id, files: [inputs[documentFrom.get(id)!]!.file, input.file] });
      }
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  const latest = inputs.map((x) => x.answers.date).filter((d): d is string => d !== undefined).sort().at(-1);

  // Whose answer each one is: the file's own respondent, or, for a merged file given
  // again, the contributor it already names.
  const contributors: Contributor[] = [];
  inputs.forEach((input, i) => {
    const mine = order.filter((id) => owner.get(id) === i);
    const carried = input.answers.contributors ?? [];
    const claimed = new Set<string>();
    const myEvidence = order.filter((id) => evidenceBy.get(id)?.has(i));
    const claimedEvidence = new Set<string>();
    for (const c of carried) {
      const kept = c.answers.filter((id) => mine.includes(id) && !claimed.has(id));
      kept.forEach((id) => claimed.add(id));
      const keptEvidence = (c.evidence ?? []).filter((id) => myEvidence.includes(id) && !claimedEvidence.has(id));
      keptEvidence.forEach((id) => claimedEvidence.add(id));
      const { evidence: _e, ...rest } = c;
      contributors.push({ ...rest, answers: kept, ...(keptEvidence.length > 0 ? { evidence: keptEvidence } : {}) });
    }
    const rest = mine.filter((id) => !claimed.has(id));
    const restEvidence = myEvidence.filter((id) => !claimedEvidence.has(id));
    const brought = documentsBy.get(i) ?? [];
    if (carried.length === 0 || rest.length > 0 || restEvidence.length > 0) {
      const a = input.answers;
      contributors.push({
        file: input.file,
        ...((a.unit ?? a.respondent.unit) !== undefined ? { unit: (a.unit ?? a.respondent.unit)! } : {}),
        ...(a.respondent.name !== undefined ? { name: a.respondent.name } : {}),
        ...(a.respondent.position !== undefined ? { position: a.respondent.position } : {}),
        answers: rest,
        ...(restEvidence.length > 0 ? { evidence: restEvidence } : {}),
        ...(brought.length > 0 ? { documents: brought } : {}),
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
      // The assessment date: the latest of the files' (each unit's documents predate its own).
      ...(latest !== undefined ? { date: latest } : {}),
      answers,
      comments,
      documents,
      evidence,
      contributors,
      ...(decisions.length > 0 ? { decisions } : {}),
    },
  };
}
