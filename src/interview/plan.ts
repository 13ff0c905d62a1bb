import { isLang, pick, type Lang } from '../i18n/lang.js';
import { oneLine } from '../report/escape.js';
import { sectionsOf, type Rubric } from '../rubric/model.js';
import { LANGUAGE_NAMES, sayer } from './words.js';

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
}

export interface InterviewPlan {
  lang: Lang;
  title: string;
  description?: string;
  sections: readonly PlannedSection[];
  /** Every question, section by section (problem areas, then risk categories), rubric order within each. */
  questions: readonly PlannedQuestion[];
}

/**
 * Untrusted text (an organization's name or a comment read from an answer file) made safe
 * to print on a terminal, on one line: control and bidi-override characters, which could move
 * the cursor, rewrite the screen or reorder what is read, are shown as placeholders; the
 * reports escape such text the same way (`src/report/escape.ts`).
 */
export const printable = oneLine;

/** The questions of the rubric in interview order, with their texts in `lang`. */
export function planInterview(rubric: Rubric, lang: Lang): InterviewPlan {
  const t = (texts: Readonly<Record<string, string>> | undefined) => oneLine(pick(texts, lang));
  const sections: PlannedSection[] = [];
  const questions: PlannedQuestion[] = [];
  const all = sectionsOf(rubric);
  for (const s of all) {
    const inSection = rubric.questions.filter((q) => q.area === s.id);
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
      questions.push({
        id: q.id,
        index: questions.length,
        number: questions.length + 1,
        total: 0,
        section,
        sections: 0,
        text: t(q.text),
        ...(help ? { help } : {}),
        options: q.options.map((o, i) => ({ id: o.id, label: t(o.label), position: i + 1 })),
      });
    }
  }
  for (const q of questions) {
    q.total = questions.length;
    q.sections = sections.length;
  }
  const description = rubric.description ? t(rubric.description) : '';
  return { lang, title: t(rubric.title), ...(description ? { description } : {}), sections, questions };
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
  return sayer(lang)('progress', { section: q.section.number, sections: q.sections, number: q.number, total: q.total });
}

/** What the respondent can do at a question: pick an option, comment, go back or skip. */
export type QuestionAction =
  | { kind: 'answer'; option: string }
  | { kind: 'comment' }
  | { kind: 'back' }
  | { kind: 'skip' };

// Option ids are kebab-case, so they never start with '@'.
const COMMENT = '@comment';
const BACK = '@back';
const SKIP = '@skip';

/** Reads a question prompt's chosen value. */
export function parseQuestionAction(value: string): QuestionAction {
  if (value === COMMENT) return { kind: 'comment' };
  if (value === BACK) return { kind: 'back' };
  if (value === SKIP) return { kind: 'skip' };
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
  const say = sayer(lang);
  // A choice is drawn after a cursor and its number ("❯ 1. "): continuation lines align under the label.
  const CHOICE_INDENT = '     ';
  // Once chosen, the choice stays on screen on a line of its own under the question, like a transcript.
  const answered = (text: string) => `\n  → ${wrapText(text, width && width - 4, '    ')}`;
  const choices: ChoiceData<string>[] = q.options.map((o) => ({
    value: `=${o.id}`,
    name: wrapText(o.id === state.answer ? `${o.label}  ${say('currentAnswer')}` : o.label, width && width - CHOICE_INDENT.length, CHOICE_INDENT),
    short: answered(o.label),
    ...(q.help ? { description: wrapText(q.help, width) } : {}),
  }));
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
  const current = state.answer !== undefined && q.options.some((o) => o.id === state.answer) ? `=${state.answer}` : undefined;
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
  const langs = rubric.languages.filter(isLang);
  return {
    message: sayer(preferred)('chooseLanguage'),
    choices: langs.map((l) => ({ value: l, name: LANGUAGE_NAMES[l] })),
    ...(langs.includes(preferred) ? { default: preferred } : {}),
  };
}

export type EndAction = 'finish' | 'change' | 'unanswered';

/** The last screen: finish, review an answer, or go to the questions still unanswered. */
export function endPrompt(plan: InterviewPlan, answers: ReadonlyMap<string, string>): SelectData<EndAction> {
  const say = sayer(plan.lang);
  const total = plan.questions.length;
  const answered = answeredCount(plan, answers);
  const left = total - answered;
  const choices: ChoiceData<EndAction>[] = [{ value: 'finish', name: say('endFinish') }];
  if (left > 0) choices.push({ value: 'unanswered', name: say('endUnanswered', { left }) });
  choices.push({ value: 'change', name: say('endChange') });
  return {
    message: left === 0 ? say('endAll', { total }) : say('endSome', { answered, total, left }),
    choices,
    default: 'finish',
  };
}

/** The review list: every question with its current answer; its value is the question id, or '@back'. */
export function reviewPrompt(plan: InterviewPlan, answers: ReadonlyMap<string, string>): SelectData<string> {
  const say = sayer(plan.lang);
  const choices: ChoiceData<string>[] = [{ value: BACK, name: say('backToEnd') }];
  let section = '';
  for (const q of plan.questions) {
    if (q.section.id !== section) {
      section = q.section.id;
      choices.push({ separator: `── ${q.section.number}. ${clip(q.section.title, 60)}` });
    }
    const chosen = q.options.find((o) => o.id === answers.get(q.id));
    choices.push({
      value: q.id,
      name: `${q.number}. ${clip(q.text, 60)} → ${chosen ? clip(chosen.label, 40) : `(${say('noAnswer')})`}`,
      short: `${q.number}. ${clip(q.text, 60)}`,
    });
  }
  return { message: say('pickQuestion'), choices, default: BACK };
}

/** Whether a review value means "back to the last screen". */
export const isBack = (value: string): boolean => value === BACK;

export type ResumeAction = 'continue' | 'other';

/** Asked when the answer file already holds a body's answers: continue them, or refuse to touch them. */
export function resumePrompt(organization: string, lang: Lang): SelectData<ResumeAction> {
  const say = sayer(lang);
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
export const TEXT_LIMITS = { respondent: 500, comment: 4000 } as const;

/** Checks a typed respondent field or comment; returns true or the message to show. */
export function checkText(value: string, options: { required?: boolean; max: number }, lang: Lang): true | string {
  const say = sayer(lang);
  const text = value.trim();
  if (options.required && text === '') return say('required');
  if (text.length > options.max) return say('tooLong', { max: options.max, length: text.length });
  return true;
}
