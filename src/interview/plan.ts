import { NA, type Answers } from '../answers/model.js';
import { classifyEvidence, classifyText, type Period } from '../evidence/classify.js';
import { monthsBefore, parseDate } from '../evidence/dates.js';
import { isSubstantive } from '../evidence/placeholder.js';
import { documentTypeLabel, reasonLabel } from '../evidence/labels.js';
import { DOCUMENT_TYPES, type DocumentEntry, type DocumentType, type EvidenceRef } from '../evidence/model.js';
import { formatDate } from '../i18n/dates.js';
import { isLang, type Lang, pick, sayerIn } from '../i18n/lang.js';
import { oneLine } from '../report/escape.js';
import { formatPercent } from '../report/labels.js';
import { sectionsOf, type Rubric } from '../rubric/model.js';
import { interviewOrder } from '../rubric/order.js';

export { interviewOrder };
import { needsEvidence, questionStates } from '../scoring/score.js';
import { interview } from '../i18n/catalogue/interview.js';

/**
 * The interview as data: built from the rubric by pure functions, so what is asked, in
 * which order and with which choices is unit-tested without a terminal. `run.ts` hands
 * these to the prompts.
 */

export interface PlannedOption {
  id: string;
  label: string;
  /** 1-based, as shown next to the label. */
  position: number;
  /** Scores at or above the rubric's `evidenceFrom`: choosing it asks for the document. */
  needsEvidence: boolean;
  /** The rung names a period: its document must be dated within so many months before the assessment date. */
  recentMonths?: number;
  /** The rung needs a document of this day or later (ISO). */
  notBefore?: string;
}

export interface PlannedSection {
  id: string;
  /** 1-based. */
  number: number;
  title: string;
  description?: string;
  /** Index of its first question in the plan. */
  first: number;
}

export interface PlannedQuestion {
  id: string;
  /** 0-based position in the plan. */
  index: number;
  /** 1-based number shown to the respondent. */
  number: number;
  total: number;
  section: PlannedSection;
  sections: number;
  text: string;
  help?: string;
  options: readonly PlannedOption[];
  /** The rubric's words for when `n/a` is a true answer; absent: `n/a` is not offered. */
  notApplicable?: string;
  /** What document or record shows the answer, as the rubric says. */
  evidence?: string;
  /** The document types that can show it (the rubric's `evidence.types`); offered first. */
  evidenceTypes?: readonly DocumentType[];
}

export interface InterviewPlan {
  lang: Lang;
  title: string;
  description?: string;
  sections: readonly PlannedSection[];
  /**
   * Every question that applies to the answers given so far, section by section (problem
   * areas, then risk categories), rubric order within each, a gate before the questions it
   * gates (`interviewOrder`); numbered among themselves.
   */
  questions: readonly PlannedQuestion[];
  /** The questions left out because a gate's answer excludes them. */
  gated: ReadonlySet<string>;
  /** The rubric's coverage floor, for what the respondent is told about blank answers. */
  minCoverage: number;
  /** The rubric sets `evidenceFrom`: an `n/a` counts only with its document, so the interview asks for one. */
  naNeedsDocument: boolean;
  /** A unit's interview (`restrictPlan`): its answers go into the body's file by `merge`, no reports of their own. */
  unit?: string;
}

/**
 * Untrusted text (an organization's name or a comment read from an answer file) made safe
 * to print on a terminal, on one line: control and bidi-override characters, which could move
 * the cursor, rewrite the screen or reorder what is read, are shown as placeholders; the
 * reports escape such text the same way (`src/report/escape.ts`).
 */
export const printable = oneLine;

/**
 * The questions whose `when` gate excludes them, given the answers so far: the very rule
 * scoring applies (`questionStates`), so the interview asks exactly what the report counts.
 */
export function gatedQuestions(
  rubric: Rubric,
  answers: ReadonlyMap<string, string>,
  evidence: ReadonlyMap<string, EvidenceRef> = new Map(),
  documents: ReadonlyMap<string, DocumentEntry> = new Map(),
): Set<string> {
  const asAnswers: Answers = {
    rubric: { id: rubric.id, version: rubric.version },
    respondent: { organization: '' },
    answers,
    comments: new Map(),
    documents,
    evidence,
  };
  const gated = new Set<string>();
  for (const [id, state] of questionStates(rubric, asAnswers)) if (state.status === 'gated') gated.add(id);
  return gated;
}


/**
 * The questions of the rubric that apply given `answers`, in interview order, with their
 * texts in `lang`. Rebuilt after every answer: answering a gate adds or removes the
 * questions it gates, and the numbers ("question 5 of 23") count only what applies.
 */
export function planInterview(
  rubric: Rubric,
  lang: Lang,
  answers: ReadonlyMap<string, string> = new Map(),
  evidence: ReadonlyMap<string, EvidenceRef> = new Map(),
  documents: ReadonlyMap<string, DocumentEntry> = new Map(),
): InterviewPlan {
  const t = (texts: Readonly<Record<string, string>> | undefined) => oneLine(pick(texts, lang));
  const gated = gatedQuestions(rubric, answers, evidence, documents);
  const sections: PlannedSection[] = [];
  const questions: PlannedQuestion[] = [];
  const order = interviewOrder(rubric);
  for (const s of sectionsOf(rubric)) {
    const inSection = order.filter((e) => e.section === s.id && !gated.has(e.question.id)).map((e) => e.question);
    if (inSection.length === 0) continue;
    const section: PlannedSection = {
      id: s.id,
      number: sections.length + 1,
      title: t(s.title),
      ...(s.description ? { description: t(s.description) } : {}),
      first: questions.length,
    };
    sections.push(section);
    for (const q of inSection) {
      const help = q.help ? t(q.help) : '';
      const notApplicable = q.notApplicable ? t(q.notApplicable) : '';
      const evidence = q.evidence ? t(q.evidence) : '';
      questions.push({
        id: q.id,
        index: questions.length,
        number: questions.length + 1,
        total: 0,
        section,
        sections: 0,
        text: t(q.text),
        ...(help ? { help } : {}),
        options: q.options.map((o, i) => ({
          id: o.id,
          label: t(o.label),
          position: i + 1,
          needsEvidence: needsEvidence(rubric, q, o),
          ...(o.recentMonths !== undefined ? { recentMonths: o.recentMonths } : {}),
          ...(o.notBefore !== undefined ? { notBefore: o.notBefore } : {}),
        })),
        ...(notApplicable ? { notApplicable } : {}),
        ...(evidence ? { evidence } : {}),
        ...(q.evidenceTypes?.length ? { evidenceTypes: q.evidenceTypes } : {}),
      });
    }
  }
  for (const q of questions) {
    q.total = questions.length;
    q.sections = sections.length;
  }
  const description = rubric.description ? t(rubric.description) : '';
  return {
    lang,
    title: t(rubric.title),
    ...(description ? { description } : {}),
    sections,
    questions,
    gated,
    minCoverage: rubric.scoring.minCoverage,
    naNeedsDocument: rubric.scoring.evidenceFrom !== null,
  };
}

/**
 * The answered questions that stopped applying between two plans (a gate's answer changed):
 * their answers stay in the file but no longer count, and the respondent is told so.
 */
export function answersSetAside(before: InterviewPlan, after: InterviewPlan, answers: ReadonlyMap<string, string>): string[] {
  return before.questions.filter((q) => after.gated.has(q.id) && answers.has(q.id)).map((q) => q.text);
}

/** The one line that says which kept answers no longer count. */
export function setAsideLine(texts: readonly string[], lang: Lang): string {
  return sayerIn(interview, lang)('setAside', { count: texts.length, questions: texts.map((t) => `«${clip(t, 60)}»`).join(', ') });
}

/** A choice of a select prompt, or a separator line. Plain data: no prompt library here. */
export type ChoiceData<V extends string> =
  | { value: V; name: string; short?: string; description?: string }
  | { separator: string };

/** Everything a select prompt needs. */
export interface SelectData<V extends string> {
  message: string;
  choices: ChoiceData<V>[];
  default?: V;
}

/** Where the respondent is: "Section 3 of 10 · question 12 of 40". */
export function progressLine(q: PlannedQuestion, lang: Lang): string {
  return sayerIn(interview, lang)('progress', { section: q.section.number, sections: q.sections, number: q.number, total: q.total });
}

/** What the respondent can do at a question: pick an option, comment, go back or skip. */
export type QuestionAction =
  | { kind: 'answer'; option: string }
  | { kind: 'not-applicable' }
  | { kind: 'comment' }
  | { kind: 'back' }
  | { kind: 'skip' };

// Option ids are kebab-case, so they never start with '@'.
const COMMENT = '@comment';
const BACK = '@back';
const SKIP = '@skip';
const NOT_APPLICABLE = '@na';

/** Reads a question prompt's chosen value. */
export function parseQuestionAction(value: string): QuestionAction {
  if (value === COMMENT) return { kind: 'comment' };
  if (value === BACK) return { kind: 'back' };
  if (value === SKIP) return { kind: 'skip' };
  if (value === NOT_APPLICABLE) return { kind: 'not-applicable' };
  return { kind: 'answer', option: value.slice(1) };
}

/**
 * Word-wraps text to `width` columns (continuation lines start with `indent`), so the
 * terminal never breaks a word in two; words longer than a line are left for the terminal.
 * Without a width (not a terminal) the text is returned as it is.
 */
export function wrapText(text: string, width: number | undefined, indent = ''): string {
  if (width === undefined || width < 20) return text;
  const lines: string[] = [];
  let line = '';
  const len = (s: string) => [...s].length;
  for (const word of text.split(' ')) {
    const limit = width - (lines.length === 0 ? 0 : len(indent));
    if (line !== '' && len(line) + 1 + len(word) > limit) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l)).join('\n');
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The select prompt of one question: its options (labels as the visible names, the help
 * text shown under them), then adding a comment, skipping while unanswered, and going back.
 * The current answer is highlighted, so revisiting a question is one Enter.
 */
export function questionPrompt(
  q: PlannedQuestion,
  state: { answer?: string; comment?: string; canGoBack: boolean },
  lang: Lang,
  width?: number,
): SelectData<string> {
  const say = sayerIn(interview, lang);
  // A choice is drawn after a cursor and its number ("❯ 1. "): continuation lines align under the label.
  const CHOICE_INDENT = '     ';
  // Once chosen, the choice stays on screen on a line of its own under the question, like a transcript.
  const answered = (text: string) => `\n  → ${wrapText(text, width && width - 4, '    ')}`;
  const option = (value: string, label: string, current: boolean): ChoiceData<string> => ({
    value,
    name: wrapText(current ? `${label}  ${say('currentAnswer')}` : label, width && width - CHOICE_INDENT.length, CHOICE_INDENT),
    short: answered(label),
    ...(q.help ? { description: wrapText(q.help, width) } : {}),
  });
  const choices: ChoiceData<string>[] = q.options.map((o) => option(`=${o.id}`, o.label, o.id === state.answer));
  // Offered only where the rubric says when it is true; choosing it asks why.
  if (q.notApplicable) choices.push(option(NOT_APPLICABLE, q.notApplicable, state.answer === NA));
  choices.push({ separator: ' ' });
  const extra = (value: string, name: string, description: string): ChoiceData<string> => ({
    value,
    name: wrapText(name, width && width - CHOICE_INDENT.length, CHOICE_INDENT),
    short: answered(name),
    description: wrapText(description, width),
  });
  const comment = state.comment ? say('editComment', { comment: clip(printable(state.comment), 40) }) : say('addComment');
  choices.push(extra(COMMENT, comment, say('commentHelp')));
  if (state.answer === undefined) choices.push(extra(SKIP, say('skip'), say('skipHelp')));
  if (state.canGoBack) choices.push(extra(BACK, say('back'), say('backHelp')));
  const current =
    state.answer === NA && q.notApplicable
      ? NOT_APPLICABLE
      : state.answer !== undefined && q.options.some((o) => o.id === state.answer)
        ? `=${state.answer}`
        : undefined;
  return {
    message: `${progressLine(q, lang)}\n${wrapText(q.text, width)}`,
    choices,
    ...(current !== undefined ? { default: current } : {}),
  };
}

/** The index of the first unanswered question at or after `from`, or -1 if there is none. */
export function firstUnanswered(plan: InterviewPlan, answers: ReadonlyMap<string, string>, from = 0): number {
  for (let i = Math.max(0, from); i < plan.questions.length; i++) if (!answers.has(plan.questions[i]!.id)) return i;
  return -1;
}

/** How many of the plan's questions are answered. */
export function answeredCount(plan: InterviewPlan, answers: ReadonlyMap<string, string>): number {
  return plan.questions.filter((q) => answers.has(q.id)).length;
}

/** The language question: the rubric's languages, each named in itself. */
export function languagePrompt(rubric: Rubric, preferred: Lang): SelectData<Lang> {
  // The state language first, as official forms list them; then the rubric's order.
  const langs = rubric.languages.filter(isLang).sort((a, b) => Number(b === 'kk') - Number(a === 'kk'));
  return {
    message: sayerIn(interview, preferred)('chooseLanguage'),
    choices: langs.map((l) => ({ value: l, name: sayerIn(interview, l)('languageName') })),
    ...(langs.includes(preferred) ? { default: preferred } : {}),
  };
}

export type EndAction = 'finish' | 'change' | 'unanswered' | 'evidence';

/**
 * The last screen: finish, review an answer, go to the questions still unanswered, or add
 * the documents still missing (`unsupported`: the texts of the claims without one).
 */
export function endPrompt(plan: InterviewPlan, answers: ReadonlyMap<string, string>, unsupported: readonly string[] = []): SelectData<EndAction> {
  const say = sayerIn(interview, plan.lang);
  const total = plan.questions.length;
  const answered = answeredCount(plan, answers);
  const left = total - answered;
  const choices: ChoiceData<EndAction>[] = [{ value: 'finish', name: say(plan.unit === undefined ? 'endFinish' : 'endFinishUnit') }];
  if (left > 0) choices.push({ value: 'unanswered', name: say('endUnanswered', { left }) });
  if (unsupported.length > 0) choices.push({ value: 'evidence', name: say('endEvidence', { count: unsupported.length }) });
  choices.push({ value: 'change', name: say('endChange') });
  const lines = [
    left === 0
      ? say('endAll', { total })
      : plan.unit === undefined
        ? say('endSome', { answered, total, left, min: formatPercent(plan.lang, plan.minCoverage) })
        : say('endSomeUnit', { answered, total, left }),
  ];
  if (unsupported.length > 0) {
    lines.push(say('endUnsupported', { count: unsupported.length }));
    for (const text of unsupported) lines.push(`  · ${clip(text, 70)}`);
  }
  return { message: lines.join('\n'), choices, default: 'finish' };
}

/** The review list: every question with its current answer; its value is the question id, or '@back'. */
export function reviewPrompt(plan: InterviewPlan, answers: ReadonlyMap<string, string>): SelectData<string> {
  const say = sayerIn(interview, plan.lang);
  const choices: ChoiceData<string>[] = [{ value: BACK, name: say('backToEnd') }];
  let section = '';
  for (const q of plan.questions) {
    if (q.section.id !== section) {
      section = q.section.id;
      choices.push({ separator: `── ${q.section.number}. ${clip(q.section.title, 60)}` });
    }
    const answer = answers.get(q.id);
    const chosen = answer === NA ? q.notApplicable : q.options.find((o) => o.id === answer)?.label;
    choices.push({
      value: q.id,
      name: `${say('reviewItem', { number: q.number, text: clip(q.text, 60) })} → ${chosen ? clip(chosen, 40) : `(${say('noAnswer')})`}`,
      short: say('reviewItem', { number: q.number, text: clip(q.text, 60) }),
    });
  }
  return { message: say('pickQuestion'), choices, default: BACK };
}

/** Whether a review value means "back to the last screen". */
export const isBack = (value: string): boolean => value === BACK;

export type ResumeAction = 'continue' | 'other';

/** Asked when the answer file already holds a body's answers: continue them, or refuse to touch them. */
export function resumePrompt(organization: string, lang: Lang): SelectData<ResumeAction> {
  const say = sayerIn(interview, lang);
  return {
    message: say('resumeAsk', { organization: printable(organization) }),
    choices: [
      { value: 'continue', name: say('resumeYes') },
      { value: 'other', name: say('resumeNo') },
    ],
    default: 'continue',
  };
}

/** Limits the answer-file format puts on what the respondent types. */
export const TEXT_LIMITS = { respondent: 500, comment: 4000, evidence: 2000 } as const;

/**
 * Checks a typed respondent field, comment, justification or document; returns true or the
 * message to show. `required` names what to say when it is left empty.
 */
export function checkText(
  value: string,
  options: { required?: boolean | 'justification'; max: number },
  lang: Lang,
): true | string {
  const say = sayerIn(interview, lang);
  const text = value.trim();
  // A justification is a sentence of substance, as the report requires (`isSubstantive`): a
  // dash, «нет» or three words that say nothing are refused here, not discovered in the report.
  if (options.required && (text === '' || (options.required === 'justification' && !isSubstantive(text)))) {
    return say(options.required === 'justification' ? 'justificationRequired' : 'required');
  }
  if (text.length > options.max) return say('tooLong', { max: options.max, length: text.length });
  return true;
}

/** A text prompt: its message and the text Enter keeps. */
export interface InputData {
  message: string;
  default?: string;
}

/**
 * Asked after `n/a`: why the question does not apply. The justification is required (the
 * answer file is refused without one) and is kept in `comments`; an existing comment is
 * offered as it.
 */
export function justificationPrompt(q: PlannedQuestion, comment: string | undefined, lang: Lang): InputData {
  const say = sayerIn(interview, lang);
  return {
    message: `${q.notApplicable ?? ''}\n${say(comment ? 'justificationKeep' : 'justificationAsk')}`,
    ...(comment ? { default: comment } : {}),
  };
}

/**
 * Asked after an option at or above `evidenceFrom`: the document that shows it, with the
 * rubric's words for what is expected. Enter leaves it for later (the claim is then listed
 * as unsupported); an existing entry is kept by Enter.
 */
export function evidencePrompt(q: PlannedQuestion, current: string | undefined, lang: Lang): InputData {
  const say = sayerIn(interview, lang);
  const lines = [];
  if (q.evidence) lines.push(say('evidenceExpected', { evidence: q.evidence }));
  lines.push(say(current ? 'evidenceKeep' : 'evidenceAsk'));
  return { message: lines.join('\n'), ...(current ? { default: current } : {}) };
}

/** The period the chosen option names (`recentMonths`, `notBefore`): its document must fall within it. */
export function periodOf(q: PlannedQuestion, answer: string | undefined): Period {
  return q.options.find((o) => o.id === answer) ?? {};
}

/** Whether a chosen answer asks for a document. */
export function asksEvidence(q: PlannedQuestion, answer: string | undefined): boolean {
  return q.options.some((o) => o.id === answer && o.needsEvidence);
}

/** The plan's answered questions whose option asks for a document that is not given: the report's unsupported claims. */
export function missingEvidence(
  plan: InterviewPlan,
  answers: ReadonlyMap<string, string>,
  evidence: ReadonlyMap<string, EvidenceRef>,
  documents: ReadonlyMap<string, DocumentEntry> = new Map(),
  date?: string,
): PlannedQuestion[] {
  // The report's own rule: a reference that names no document (a placeholder, an id the
  // register lacks, a later date) leaves the claim without one.
  return plan.questions.filter((q) => {
    const answer = answers.get(q.id);
    if (!asksEvidence(q, answer) && !(answer === NA && plan.naNeedsDocument)) return false;
    const ref = evidence.get(q.id);
    return ref === undefined || !classifyEvidence(ref, { documents, date, period: periodOf(q, answer) }).supported;
  });
}

/**
 * The document behind a claim, asked as a short form (SPEC "Answer file format"): one key
 * picks a document already in the body's register (those of the types the question accepts
 * first); or a new register entry (type, number, date, title, each checked as typed); or the
 * reference in one line, checked by the same classifier as the report; or later.
 */
export type DocumentChoice = { kind: 'cite'; id: string } | { kind: 'new' } | { kind: 'text' } | { kind: 'later' } | { kind: 'remove' };

const DOC = 'doc:';

/** A register entry as one line the officer recognises: «Приказ, № 12-п, 14.02.2026, «Об утверждении…» [order-12]». */
export function documentLine(id: string, doc: DocumentEntry, lang: Lang): string {
  const say = sayerIn(interview, lang);
  const parts = [
    doc.type ? documentTypeLabel(doc.type, lang) : '',
    doc.number ? say('docNumberMark', { number: doc.number }) : '',
    doc.date ? formatDate(lang, parseDate(doc.date) ?? doc.date) : '',
    doc.title ? `«${clip(doc.title, 60)}»` : '',
    doc.link && !doc.title ? clip(doc.link, 60) : '',
  ].filter((p) => p !== '');
  return `${parts.join(', ')} [${id}]`;
}

/** Which document shows the claim: the register's entries, a new one, a one-line reference, later. */
export function documentChoicePrompt(
  q: PlannedQuestion,
  documents: ReadonlyMap<string, DocumentEntry>,
  current: EvidenceRef | undefined,
  lang: Lang,
): SelectData<string> {
  const say = sayerIn(interview, lang);
  const fits = (doc: DocumentEntry) => doc.type !== undefined && (q.evidenceTypes?.includes(doc.type) ?? false);
  const ids = [...documents.keys()];
  // Documents of a type the question accepts first, each group in register order.
  const ordered = [...ids.filter((id) => fits(documents.get(id)!)), ...ids.filter((id) => !fits(documents.get(id)!))];
  const lines = [];
  if (q.evidence) lines.push(say('evidenceExpected', { evidence: q.evidence }));
  if (q.evidenceTypes?.length) lines.push(say('docTypesAccepted', { types: q.evidenceTypes.map((type) => documentTypeLabel(type, lang)).join(', ') }));
  lines.push(say('docChoose'));
  const cited = current && 'documents' in current ? current.documents[0] : undefined;
  const choices: ChoiceData<string>[] = ordered.map((id) => ({ value: `${DOC}${id}`, name: documentLine(id, documents.get(id)!, lang) }));
  choices.push({ value: '@new', name: say('docNew') }, { value: '@text', name: say('docText') });
  if (current) choices.push({ value: '@remove', name: say('docRemove') });
  choices.push({ value: '@later', name: say(current ? 'docKeep' : 'docLater') });
  const fallback = cited !== undefined && documents.has(cited) ? `${DOC}${cited}` : current && 'text' in current ? '@text' : current ? '@later' : '@new';
  return { message: lines.join('\n'), choices, default: fallback };
}

/** What a value of `documentChoicePrompt` asks for. */
export function parseDocumentChoice(value: string): DocumentChoice {
  if (value.startsWith(DOC)) return { kind: 'cite', id: value.slice(DOC.length) };
  if (value === '@new') return { kind: 'new' };
  if (value === '@text') return { kind: 'text' };
  if (value === '@remove') return { kind: 'remove' };
  return { kind: 'later' };
}

/** The type of a new register entry: the types the question accepts first. */
export function documentTypePrompt(q: PlannedQuestion, lang: Lang): SelectData<DocumentType> {
  const accepted = q.evidenceTypes ?? [];
  const order = [...accepted, ...DOCUMENT_TYPES.filter((type) => !accepted.includes(type))];
  return {
    message: sayerIn(interview, lang)('docType'),
    choices: order.map((type) => ({ value: type, name: documentTypeLabel(type, lang) })),
    default: order[0]!,
  };
}

/**
 * A document's date as typed: a date of the calendar, in any form officers write, not after
 * the assessment date, and within the period the chosen option names (`recentMonths`).
 */
export function checkDocumentDate(value: string, assessmentDate: string | undefined, lang: Lang, { recentMonths, notBefore }: Period = {}): true | string {
  const say = sayerIn(interview, lang);
  const iso = parseDate(value.trim());
  if (iso === undefined) return say('docBadDate');
  if (assessmentDate !== undefined && iso > assessmentDate) return say('docFutureDate', { date: formatDate(lang, assessmentDate) });
  if (notBefore !== undefined && iso < notBefore) return say('docBeforeDate', { date: formatDate(lang, notBefore) });
  if (assessmentDate !== undefined && recentMonths !== undefined && iso < monthsBefore(assessmentDate, recentMonths)) {
    return say('docTooOld', { date: formatDate(lang, monthsBefore(assessmentDate, recentMonths)), months: recentMonths });
  }
  return true;
}

/**
 * A reference typed in one line, checked by the report's own classifier: a placeholder, a
 * text without a number and a date, one that does not say what the document is (`no-type`),
 * a date after the assessment, or, for a rung that names a period, a date before it
 * (`too-old`) is refused on the spot, with the reason. Empty is accepted: the document comes later.
 */
export function checkReference(value: string, assessmentDate: string | undefined, lang: Lang, period: Period = {}): true | string {
  const text = value.trim();
  if (text === '') return true;
  if (text.length > TEXT_LIMITS.evidence) return sayerIn(interview, lang)('tooLong', { max: TEXT_LIMITS.evidence, length: text.length });
  const verdict = classifyText(text, assessmentDate, period);
  if (verdict.supported) return true;
  return sayerIn(interview, lang)('docRefused', { reason: reasonLabel(verdict.reason, lang) });
}

/** A register id for a new entry, unique in the register: `order-12-p`, else `order-2`, `doc-3`. */
export function newDocumentId(documents: ReadonlyMap<string, DocumentEntry>, type: DocumentType, number: string | undefined): string {
  const slug = (number ?? '')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  const base = slug ? `${type}-${slug}` : type;
  if (!documents.has(base)) return base;
  for (let n = 2; ; n++) if (!documents.has(`${base}-${n}`)) return `${base}-${n}`;
}
