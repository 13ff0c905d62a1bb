import { m } from '../i18n/messages.js';
import type { Rubric } from '../rubric/model.js';
import { printable } from '../source/printable.js';
import type { RuleIssue } from '../rubric/rules.js';
import type { DocumentEntry, EvidenceRef } from '../evidence/model.js';
import { isoDate, parseDate } from '../evidence/dates.js';
import { NA, type Answers } from './model.js';
import type { AnswersFile } from './schema.js';
import { carryForward } from './migrate.js';

export interface CheckedAnswers {
  answers: Answers;
  errors: RuleIssue[];
  warnings: RuleIssue[];
}

/**
 * Checks an answer file against a rubric and builds the `Answers` to score. A file made
 * for this rubric version must name only known questions and options; one made for
 * another version is carried forward by the rubric's migrations where it declares them,
 * and otherwise scored where its ids match, with warnings. Pure.
 */
export function checkAnswers(rubric: Rubric, file: AnswersFile): CheckedAnswers {
  const errors: RuleIssue[] = [];
  const warnings: RuleIssue[] = [];
  if (file.rubric.id !== rubric.id) {
    errors.push({ path: ['rubric', 'id'], message: m('otherRubric', { got: printable(file.rubric.id), want: rubric.id }) });
  }
  if (file.language != null && !rubric.languages.includes(file.language)) {
    errors.push({ path: ['language'], message: m('unsupportedAnswerLanguage', { lang: printable(file.language), langs: rubric.languages.join(', ') }) });
  }

  if (file.date != null && isoDate(file.date) === undefined) {
    errors.push({ path: ['date'], message: m('badDate', { value: printable(file.date) }) });
  }

  const sameVersion = file.rubric.version === rubric.version;
  // Original question id → the ids it answers now; for the same version, itself.
  const raw = new Map<string, { value: string; from: string }>();
  for (const [id, value] of Object.entries(file.answers ?? {})) {
    if (value !== null && value.trim() !== '') raw.set(id, { value: value.trim(), from: id });
  }
  const texts = (entries: Record<string, string | null> | null | undefined) => {
    const map = new Map<string, { value: string; from: string }>();
    for (const [id, value] of Object.entries(entries ?? {})) {
      if (value !== null && value.trim() !== '') map.set(id, { value: value.trim(), from: id });
    }
    return map;
  };
  const rawComments = texts(file.comments);
  // Evidence: a list of register ids, or one free reference; an empty one is no evidence.
  const rawEvidence = new Map<string, { value: EvidenceRef; from: string }>();
  for (const [id, value] of Object.entries(file.evidence ?? {})) {
    if (typeof value === 'string') {
      if (value.trim() !== '') rawEvidence.set(id, { value: { text: value.trim() }, from: id });
    } else if (Array.isArray(value)) {
      const documents = [...new Set(value.filter((d): d is string => typeof d === 'string').map((d) => d.trim()).filter((d) => d !== ''))];
      if (documents.length > 0) rawEvidence.set(id, { value: { documents }, from: id });
    }
  }
  // The questions a unit was asked follow the same migrations as its answers.
  const rawAsked = new Map<string, { value: string; from: string }>();
  (file.asked ?? []).forEach((id, i) => {
    // (An entry the schema refused is not here: the rules see what it left.)
    if (typeof id === 'string') rawAsked.set(id, { value: id, from: String(i) });
  });

  if (!sameVersion) carryForward(rubric, file.rubric.version, { answers: raw, comments: rawComments, evidence: rawEvidence, asked: rawAsked }, warnings);

  const questions = new Map(rubric.questions.map((q) => [q.id, q]));
  // Issues about a carried-forward answer are warnings: the file was valid for its own version.
  const report = (issue: RuleIssue) => (sameVersion ? errors : warnings).push(issue);
  const answers = new Map<string, string>();
  for (const [id, { value, from }] of raw) {
    const question = questions.get(id);
    if (!question) {
      report({ path: ['answers', from], message: m('unknownQuestion', { id: printable(id) }), key: true });
      continue;
    }
    if (value === NA) {
      // Not applicable is a claim too: the rubric must allow it and the file must say why.
      if (!question.notApplicable) {
        report({ path: ['answers', from], message: m('naNotAllowed', { id }) });
        continue;
      }
      // Without its justification it does not count (scoring lists it with its reason), but it is kept.
      answers.set(id, value);
      continue;
    }
    if (!question.options.some((o) => o.id === value)) {
      report({
        path: ['answers', from],
        message: m('unknownOption', { option: printable(value), id, options: question.options.map((o) => o.id).join(', ') }),
      });
      continue;
    }
    answers.set(id, value);
  }
  const known = <V>(map: Map<string, { value: V; from: string }>, field: 'comments' | 'evidence') => {
    const out = new Map<string, V>();
    for (const [id, { value, from }] of map) {
      if (!questions.has(id)) report({ path: [field, from], message: m('unknownQuestion', { id: printable(id) }), key: true });
      else out.set(id, value);
    }
    return out;
  };
  const comments = known(rawComments, 'comments');
  const evidence = known(rawEvidence, 'evidence');

  let unit: string | undefined;
  if (file.unit != null) {
    unit = file.unit.trim();
    if (!rubric.units.some((u) => u.id === unit)) {
      const units = rubric.units.map((u) => u.id).join(', ') || '-';
      report({ path: ['unit'], message: m('unknownAnswerUnit', { id: printable(unit), units }) });
    } else {
      // A unit's file answers and evidences only its unit's questions.
      for (const [field, map] of [['answers', raw], ['evidence', rawEvidence]] as const) {
        for (const [id, { from }] of map) {
          const q = questions.get(id);
          if (q && q.unit !== unit) report({ path: [field, from], message: m('otherUnitQuestion', { id, owner: q.unit ?? '-', unit }), key: true });
        }
      }
    }
  }
  let asked: string[] | undefined;
  if (file.asked != null) {
    asked = [];
    for (const [id, { from }] of rawAsked) {
      if (!questions.has(id)) report({ path: ['asked', Number(from)], message: m('unknownQuestion', { id: printable(id) }) });
      else if (!asked.includes(id)) asked.push(id);
    }
  }

  // The register: ids as given, empty fields left out, a plain number read as its digits.
  const documents = new Map<string, DocumentEntry>();
  for (const [id, entry] of Object.entries(file.documents ?? {})) {
    if (entry === null || typeof entry !== 'object') continue;
    const doc: { -readonly [K in keyof DocumentEntry]: DocumentEntry[K] } = {};
    if (entry.type != null) doc.type = entry.type;
    const number = entry.number == null ? '' : String(entry.number).trim();
    if (number !== '') doc.number = number;
    for (const key of ['date', 'title', 'issuer', 'link'] as const) {
      const v = entry[key];
      if (typeof v === 'string' && v.trim() !== '') doc[key] = v.trim();
    }
    // A date is kept as ISO; one that cannot be read as a date is named.
    if (doc.date !== undefined) {
      const when = parseDate(doc.date);
      if (when === undefined) errors.push({ path: ['documents', id, 'date'], message: m('badDocumentDate', { value: printable(doc.date) }) });
      else doc.date = when;
    }
    documents.set(id.trim(), doc);
  }

  const r = file.respondent;
  const clean = (s: string | null | undefined) => (s == null || s.trim() === '' ? undefined : s.trim());
  return {
    answers: {
      rubric: { id: file.rubric.id, version: file.rubric.version },
      respondent: {
        organization: r.organization.trim(),
        unit: clean(r.unit),
        name: clean(r.name),
        position: clean(r.position),
        ...(clean(r.type) !== undefined ? { type: clean(r.type) } : {}),
        ...(clean(r.region) !== undefined ? { region: clean(r.region) } : {}),
      },
      language: file.language ?? undefined,
      ...(file.date != null ? { date: file.date } : {}),
      answers,
      comments,
      documents,
      evidence,
      ...(unit !== undefined ? { unit } : {}),
      ...(asked !== undefined ? { asked } : {}),
      ...(file.contributors != null
        ? {
            contributors: file.contributors.map((c) => ({
              file: c.file,
              unit: clean(c.unit),
              name: clean(c.name),
              position: clean(c.position),
              answers: c.answers ?? [],
              ...(c.evidence != null ? { evidence: c.evidence } : {}),
              ...(c.documents != null ? { documents: c.documents } : {}),
            })),
          }
        : {}),
      ...(file.decisions != null ? { decisions: file.decisions } : {}),
    },
    errors,
    warnings,
  };
}
