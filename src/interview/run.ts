import { input as inquirerInput, select as inquirerSelect, Separator } from '@inquirer/prompts';
import { evidenceText } from '../evidence/describe.js';
import type { EvidenceRef } from '../evidence/model.js';
import { Chalk } from 'chalk';
import { existsSync } from 'node:fs';
import {
  AnswerFileLocked,
  AnswerStore,
  answersText,
  backupAnswerFile,
  draftFromAnswers,
  openAnswerFile,
  saveFallback,
  type AnswerDraft,
} from '../answers/store.js';
import { NA } from '../answers/model.js';
import { ExitError, formatFinding, UsageError } from '../errors.js';
import { astanaToday, formatDateTime } from '../i18n/dates.js';
import { isLang, type Lang, pick, sayerIn } from '../i18n/lang.js';
import { m, setMessageLang } from '../i18n/messages.js';
import type { Rubric, Unit } from '../rubric/model.js';
import { removeLeftoverTemps } from '../io/leftover-temps.js';
import { restrictPlan } from './unit-plan.js';
import { closesQuestions } from '../scoring/score.js';
import { parseDate } from '../evidence/dates.js';
import { describeFsError } from '../source/read-source.js';
import {
  answeredCount,
  answersSetAside,
  asksEvidence,
  checkDocumentDate,
  checkReference,
  periodOf,
  checkText,
  documentChoicePrompt,
  documentTypePrompt,
  endPrompt,
  evidencePrompt,
  firstUnanswered,
  isBack,
  justificationPrompt,
  languagePrompt,
  missingEvidence,
  newDocumentId,
  parseDocumentChoice,
  parseQuestionAction,
  planInterview,
  printable,
  questionPrompt,
  resumePrompt,
  reviewPrompt,
  setAsideLine,
  TEXT_LIMITS,
  wrapText,
  type InputData,
  type InterviewPlan,
  type PlannedQuestion,
  type SelectData,
} from './plan.js';
import { interview } from '../i18n/catalogue/interview.js';

/** The prompts the interview uses: the seam between it and the terminal. */
export interface Prompts {
  select: typeof inquirerSelect;
  input: typeof inquirerInput;
}

const defaultPrompts: Prompts = { select: inquirerSelect, input: inquirerInput };

export interface InterviewOptions {
  rubric: Rubric;
  /** The answer file to save to and resume from. */
  file: string;
  /** `--lang`: skips the language question. */
  lang?: Lang;
  /** The language asked first when there is no `--lang` (the tool's own, from the locale). */
  preferredLang: Lang;
  restart: boolean;
  /** `--unit`: only this unit's questions, recorded in the answer file (`unit`, `asked`). */
  unit?: Unit;
  /** Where the interview's own lines go (section headers, notices); the prompts use the terminal. */
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  color: boolean;
}

export type InterviewResult =
  | { status: 'finished'; file: string; lang: Lang; draft: AnswerDraft }
  | {
      status: 'interrupted';
      file: string;
      lang: Lang;
      answered: number;
      total: number;
      /** False when nothing could be saved: stopped before the respondent was entered, or the disk refused. */
      saved: boolean;
      /** Text being typed about a question when Ctrl+C came, kept in the file: where. */
      typed?: { number: number; field: 'comments' | 'evidence' };
      /** Where the answers went instead when their own file could not be written. */
      fallback?: string;
    };

/** Ctrl+C in a prompt, as inquirer reports it. */
function isInterrupt(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

class Interrupted extends Error {
  override readonly name = 'ExitPromptError';
}

/**
 * Runs the interview: the language, the respondent (or the answers already saved in
 * `file`), then every question section by section. The answers are saved atomically after
 * each one. Returns when the respondent finishes or presses Ctrl+C (after saving); throws
 * an ExitError when the answer file must not be touched (another body's, or unreadable).
 */
export async function runInterview(options: InterviewOptions, prompts: Prompts = defaultPrompts): Promise<InterviewResult> {
  const { rubric, out, err } = options;
  const c = new Chalk({ level: options.color ? 1 : 0 });
  // The terminal's width now (it may be resized), less one column so a full line never wraps by itself.
  const width = (): number | undefined => {
    const columns = (out as { columns?: number }).columns;
    return columns === undefined ? undefined : columns - 1;
  };
  /**
   * Lines a select's list may take: all of it (wrapped names take several) when the
   * terminal is tall enough, leaving room for the question, its help and the key line.
   */
  const pageFor = (data: SelectData<string>): number => {
    const lines = data.choices.reduce((n, ch) => n + ('separator' in ch ? 1 : ch.name.split('\n').length), 0);
    const rows = (out as { rows?: number }).rows;
    const help = Math.max(0, ...data.choices.map((ch) => ('description' in ch && ch.description ? ch.description.split('\n').length : 0)));
    // The message, the help under the list, a blank line, the key line, and the line of the answer before.
    const room = rows === undefined ? lines : rows - data.message.split('\n').length - help - 4;
    return Math.max(5, Math.min(lines, room));
  };
  /** Writes a line of the interview's own, word-wrapped first, then painted. */
  const line = (text = '', paint: (s: string) => string = (s) => s) =>
    out.write(`${paint(text.split('\n').map((l) => wrapText(l, width())).join('\n'))}\n`);

  // Ctrl+C between prompts (while saving) arrives as a signal, not a keypress: note it, stop at the next step.
  // A signal sent while a prompt waits (`kill -INT`, not a keypress) aborts that prompt.
  let signalled = false;
  let waiting: AbortController | undefined;
  const onSigint = () => {
    signalled = true;
    waiting?.abort();
  };
  /** Runs a prompt that a SIGINT can abort. */
  const abortable = async <T>(prompt: (context: { signal: AbortSignal }) => Promise<T>): Promise<T> => {
    waiting = new AbortController();
    try {
      return await prompt({ signal: waiting.signal });
    } finally {
      waiting = undefined;
    }
  };
  process.on('SIGINT', onSigint);

  let lang: Lang = options.lang ?? options.preferredLang;
  let plan: InterviewPlan | undefined;
  let draft: AnswerDraft | undefined;
  let store: AnswerStore | undefined;
  let dirty = false;
  let lastError: unknown;

  const ask = async <V extends string>(data: SelectData<V>, pageSize?: number): Promise<V> => {
    if (signalled) throw new Interrupted();
    const say = sayerIn(interview, lang);
    return abortable((context) =>
      prompts.select<V>(
        {
          message: data.message,
          choices: data.choices.map((ch) => ('separator' in ch ? new Separator(ch.separator) : ch)),
          ...(data.default !== undefined ? { default: data.default } : {}),
          pageSize: pageSize ?? pageFor(data),
          loop: false,
          theme: { indexMode: 'number', style: { keysHelpTip: () => c.dim(say('keys')) } },
        },
        context,
      ),
    );
  };
  /**
   * Text about a question being typed now, as it stands after the last key: if Ctrl+C
   * comes, it is kept in the file rather than lost.
   */
  let typing: { q: PlannedQuestion; field: 'comments' | 'evidence'; text: string } | undefined;
  const type = async (
    message: string,
    check: (value: string) => true | string,
    fallback?: string,
    about?: { q: PlannedQuestion; field: 'comments' | 'evidence' },
  ): Promise<string> => {
    if (signalled) throw new Interrupted();
    typing = about ? { ...about, text: '' } : undefined;
    const answer = await abortable((context) =>
      prompts.input(
        {
          message,
          ...(fallback !== undefined ? { default: fallback } : {}),
          validate: check,
          // Called on every key with the line as it stands: the one place the prompt shows it.
          transformer: (value: string, { isFinal }: { isFinal: boolean }) => {
            if (typing && !isFinal) typing.text = value;
            return isFinal ? c.cyan(value) : value;
          },
          // The default may come from an answer file: shown without its control characters.
          theme: { style: { defaultAnswer: (text: string) => c.dim(`(${printable(text)})`) } },
        },
        context,
      ),
    );
    typing = undefined;
    return answer;
  };
  /** A text prompt about a question (its justification or document), built by the plan. */
  const typeFor = (data: InputData, check: (value: string) => true | string, about: { q: PlannedQuestion; field: 'comments' | 'evidence' }) =>
    type(data.message, check, data.default, about);

  const save = (): void => {
    if (!store || !draft) return;
    try {
      const result = store.save(draft);
      dirty = false;
      const say = sayerIn(interview, lang);
      if (result.backup !== undefined) err.write(`${c.yellow(say('versionBackup', { backup: result.backup }))}\n`);
      if (result.movedFrom !== undefined) err.write(`${c.yellow(say('movedAside', { from: result.movedFrom, file: result.file }))}\n`);
      if (result.merged !== undefined) {
        err.write(`${c.yellow(say('merged', { file: result.file, ids: result.merged.map((id) => printable(id)).join(', ') }))}\n`);
      }
    } catch (error) {
      dirty = true;
      lastError = error;
      err.write(`${c.red(sayerIn(interview, lang)('saveFailed', { file: store.file, reason: describeFsError(error) }))}\n`);
    }
  };

  try {
    // 0. Temporary files a killed save left beside the answer file.
    const leftovers = removeLeftoverTemps(options.file);

    // 1. The file is this interview's alone, it can be written, and what is in it already.
    // Created before any question, so it knows the file as it was when the interview began.
    store = new AnswerStore(options.file, rubric);
    try {
      store.lock();
    } catch (error) {
      if (!(error instanceof AnswerFileLocked)) throw new ExitError(1, sayerIn(interview, lang)('cannotSave', { file: options.file, reason: describeFsError(error) }));
      const h = error.holder;
      throw new ExitError(
        1,
        h
          ? sayerIn(interview, lang)('locked', { file: options.file, host: printable(h.host), pid: h.pid, since: formatDateTime(lang, printable(h.since)), lock: error.lockFile })
          : sayerIn(interview, lang)('lockedUnknown', { file: options.file, lock: error.lockFile }),
      );
    }
    let backup: string | undefined;
    if (options.restart && existsSync(options.file)) {
      try {
        backup = backupAnswerFile(options.file);
      } catch (error) {
        throw new ExitError(1, `${options.file}: ${describeFsError(error)}`);
      }
    }
    try {
      store.checkWritable();
    } catch (error) {
      throw new ExitError(1, sayerIn(interview, lang)('cannotSave', { file: options.file, reason: describeFsError(error) }));
    }
    if (backup === undefined) {
      const opened = openAnswerFile(options.file, rubric);
      if (opened.kind === 'invalid') {
        for (const f of opened.findings) err.write(`${formatFinding(f)}\n`);
        throw new ExitError(1, sayerIn(interview, lang)('invalidFile', { file: options.file }));
      }
      if (opened.kind === 'resume') {
        draft = draftFromAnswers(rubric, opened.answers);
        store.setBase(draft);
        // A file from before the assessment date was recorded gets today's at its next save.
        if (draft.date === undefined) draft.date = astanaToday();
        // Carried forward to this rubric version: the file as it was is kept before the first save.
        if (opened.answers.rubric.version !== rubric.version) store.backupBeforeFirstSave();
        for (const f of opened.warnings) err.write(`${c.yellow(formatFinding(f))}\n`);
      }
    }

    // 2. The language: --lang, else the saved answers', else asked.
    const saved = draft?.language;
    if (options.lang === undefined) {
      if (isLang(saved) && rubric.languages.includes(saved)) lang = saved;
      else lang = await ask(languagePrompt(rubric, options.preferredLang));
    }
    setMessageLang(lang);
    const say = sayerIn(interview, lang);
    // A unit's interview: `--unit`, or the unit a resumed file was made for; only its questions.
    const unitId = options.unit?.id ?? draft?.unit;
    if (options.unit && draft?.unit !== undefined && draft.unit !== options.unit.id) {
      throw new UsageError(m('otherUnitFile', { file: options.file, unit: printable(draft.unit), asked: options.unit.id }));
    }
    // A body's file answered beyond this unit would silently become a unit file.
    if (options.unit && draft && draft.unit === undefined) {
      const own = new Set(rubric.questions.filter((q) => q.unit === options.unit!.id).map((q) => q.id));
      if ([...draft.answers.keys()].some((id) => !own.has(id))) {
        throw new UsageError(m('bodyFileAsUnit', { file: options.file, unit: options.unit.id }));
      }
    }
    const asked = unitId !== undefined && rubric.units.some((u) => u.id === unitId) ? rubric.questions.filter((q) => q.unit === unitId).map((q) => q.id) : undefined;
    const askedSet = new Set(asked);
    // What applies follows the answers and the documents: a gate's "does not apply to us" closes its questions only with its document.
    const buildPlan = (answers?: ReadonlyMap<string, string>, evidence?: ReadonlyMap<string, EvidenceRef>): InterviewPlan => {
      const full = planInterview(rubric, lang, answers, evidence, draft?.documents);
      return asked === undefined ? full : restrictPlan(full, askedSet, unitId!);
    };
    if (unitId !== undefined && asked !== undefined && draft) {
      draft.unit = unitId;
      draft.asked = asked;
    }
    plan = buildPlan(draft?.answers, draft?.evidence);
    const total = plan.questions.length;

    for (const file of leftovers) line(say('tempRemoved', { file }), c.dim);
    if (backup !== undefined) line(say('restarted', { backup }), c.dim);

    // 3. The respondent: confirmed from the file, or asked.
    let index = 0;
    let mode: 'sequential' | 'unanswered' | 'single' = 'sequential';
    if (draft) {
      const organization = draft.respondent.organization;
      line(say('resumeFound', { file: options.file, organization: printable(organization), answered: answeredCount(plan, draft.answers), total }));
      const choice = await ask(resumePrompt(organization, lang));
      if (choice === 'other') {
        draft = undefined; // nothing to save: the file is someone else's
        throw new UsageError(say('otherBody', { file: options.file, organization: printable(organization) }));
      }
      // The file keeps its own language; --lang only sets the interview's and the reports'.
      draft.language ??= lang;
      index = firstUnanswered(plan, draft.answers);
      if (index === -1) {
        index = total;
        line(say('resumeAllAnswered'));
      } else {
        line(say('resumeAt', { number: index + 1, total }));
        mode = 'unanswered';
      }
    } else {
      line(plan.title, c.bold);
      if (plan.description) line(plan.description, c.dim);
      line(say('welcome', { questions: total, sections: plan.sections.length, file: options.file }));
      line();
      line(say('respondentIntro'));
      const text = (max: number, required = false) => (value: string) => checkText(value, { required, max }, lang);
      const organization = (await type(say('organization'), text(TEXT_LIMITS.respondent, true))).trim();
      // A unit's interview (--unit) already knows the unit: its title is offered, Enter keeps it.
      const unitTitle = options.unit ? pick(options.unit.title, lang) : undefined;
      const unit = (await type(say('unit'), text(TEXT_LIMITS.respondent), unitTitle)).trim();
      const name = (await type(say('name'), text(TEXT_LIMITS.respondent))).trim();
      const position = (await type(say('position'), text(TEXT_LIMITS.respondent))).trim();
      draft = {
        rubric: { id: rubric.id, version: rubric.version },
        respondent: {
          organization,
          ...(unit ? { unit } : {}),
          ...(name ? { name } : {}),
          ...(position ? { position } : {}),
        },
        language: lang,
        // The assessment date: a document dated later does not support a claim.
        date: astanaToday(),
        answers: new Map(),
        comments: new Map(),
        documents: new Map(),
        evidence: new Map(),
        ...(unitId !== undefined && asked !== undefined ? { unit: unitId, asked } : {}),
      };
      save();
    }

    // 4. The questions, then the last screen. The plan is rebuilt after every answer, since
    // a gate's answer changes what applies; positions are found again by question id.
    let shownSection = '';
    const end = () => plan!.questions.length;
    const after = (i: number): number => {
      if (mode === 'single') return end();
      if (mode === 'unanswered') {
        const next = firstUnanswered(plan!, draft!.answers, i + 1);
        return next === -1 ? end() : next;
      }
      return i + 1;
    };
    /** Rebuilds the plan for the answers now; says which kept answers stopped counting. Returns the index of `id`. */
    const replan = (id: string): number => {
      const before = plan!;
      plan = buildPlan(draft!.answers, draft!.evidence);
      const setAside = answersSetAside(before, plan, draft!.answers);
      if (setAside.length > 0) line(setAsideLine(setAside, lang), c.yellow);
      return plan.questions.findIndex((x) => x.id === id);
    };
    /**
     * Asks for the document behind a claim, as a short form: a document of the register (one
     * key), a new register entry (type, number, date, title, each checked as typed), the
     * reference in one line (refused on the spot when it names no document, with the reason),
     * or later. Saves when anything changed.
     */
    const askEvidence = async (q: PlannedQuestion): Promise<void> => {
      const d = draft!;
      const current = d.evidence.get(q.id);
      const choice = parseDocumentChoice(await ask(documentChoicePrompt(q, d.documents, current, lang)));
      switch (choice.kind) {
        case 'later':
          return;
        case 'remove':
          d.evidence.delete(q.id);
          break;
        case 'cite':
          d.evidence.set(q.id, { documents: [choice.id] });
          break;
        case 'text': {
          const shown = current && 'text' in current ? current.text : undefined;
          const typed = (await typeFor(evidencePrompt(q, shown, lang), (v) => checkReference(v, d.date, lang, periodOf(q, d.answers.get(q.id))), { q, field: 'evidence' })).trim();
          if (typed === (shown ?? '')) return;
          if (typed === '') d.evidence.delete(q.id);
          else d.evidence.set(q.id, { text: typed });
          break;
        }
        case 'new': {
          const kind = await ask(documentTypePrompt(q, lang));
          const number = (await type(say('docNumber'), (v) => checkText(v, { max: 200 }, lang))).trim();
          const date = parseDate((await type(say('docDate'), (v) => checkDocumentDate(v, d.date, lang, periodOf(q, d.answers.get(q.id))))).trim())!;
          const title = (await type(say(number ? 'docTitle' : 'docTitleRequired'), (v) => checkText(v, { required: !number, max: 500 }, lang))).trim();
          const id = newDocumentId(d.documents, kind, number || undefined);
          d.documents.set(id, { type: kind, ...(number ? { number } : {}), date, ...(title ? { title } : {}) });
          d.evidence.set(q.id, { documents: [id] });
          line(say('docAdded', { id }), c.dim);
          break;
        }
      }
      save();
    };

    for (;;) {
      if (signalled) throw new Interrupted();
      if (index >= end()) {
        const missing = missingEvidence(plan, draft.answers, draft.evidence, draft.documents, draft.date);
        const action = await ask(endPrompt(plan, draft.answers, missing.map((q) => q.text)));
        if (action === 'finish') break;
        if (action === 'unanswered') {
          mode = 'unanswered';
          index = firstUnanswered(plan, draft.answers);
          if (index === -1) index = end();
          continue;
        }
        if (action === 'evidence') {
          for (const q of missing) {
            line(`${q.number}. ${q.text}`, c.bold);
            await askEvidence(q);
          }
          if (missing.length > 0) {
            replan(missing[0]!.id);
            index = end();
          }
          continue;
        }
        const picked = await ask(reviewPrompt(plan, draft.answers), 15);
        if (isBack(picked)) continue;
        mode = 'single';
        index = plan.questions.findIndex((q) => q.id === picked);
        shownSection = '';
        continue;
      }

      const q = plan.questions[index]!;
      if (q.section.id !== shownSection) {
        shownSection = q.section.id;
        line();
        line(`■ ${say('sectionHeader', { section: q.section.number, sections: q.sections, title: q.section.title })}`, c.bold.cyan);
        if (q.section.description) line(q.section.description, c.dim);
      }
      const value = await ask(
        questionPrompt(
          q,
          { answer: draft.answers.get(q.id), comment: draft.comments.get(q.id), canGoBack: index > 0 || mode === 'single' },
          lang,
          width(),
        ),
      );
      const action = parseQuestionAction(value);
      switch (action.kind) {
        case 'answer': {
          draft.answers.set(q.id, action.option);
          let at = replan(q.id);
          save();
          if (asksEvidence(q, action.option)) {
            await askEvidence(plan.questions[at] ?? q);
            // A gate's document decides whether the questions it closes are asked.
            at = replan(q.id);
            const gate = rubric.questions.find((x) => x.id === q.id);
            if (gate && !draft.evidence.has(q.id) && closesQuestions(rubric, gate, action.option)) {
              line(say('gateWithoutDocument', { answer: q.options.find((o) => o.id === action.option)?.label ?? action.option }), c.yellow);
            }
          }
          index = after(at === -1 ? index : at);
          break;
        }
        case 'not-applicable': {
          const current = draft.comments.get(q.id);
          const why = (
            await typeFor(
              justificationPrompt(q, current, lang),
              (v) => checkText(v, { required: 'justification', max: TEXT_LIMITS.comment }, lang),
              { q, field: 'comments' },
            )
          ).trim();
          draft.comments.set(q.id, why);
          draft.answers.set(q.id, NA);
          let at = replan(q.id);
          save();
          // Where the rubric asks for evidence, "not applicable" is a claim too: its document.
          if (plan.naNeedsDocument) {
            await askEvidence(plan.questions[at] ?? q);
            at = replan(q.id);
          }
          index = after(at === -1 ? index : at);
          break;
        }
        case 'skip':
          index = after(index);
          break;
        case 'back':
          if (mode === 'single') index = end();
          else {
            mode = 'sequential';
            index = Math.max(0, index - 1);
          }
          break;
        case 'comment': {
          const current = draft.comments.get(q.id);
          const typed = (
            await type(
              current ? say('commentKeep') : say('commentPrompt'),
              (v) => checkText(v, { max: TEXT_LIMITS.comment }, lang),
              current,
              { q, field: 'comments' },
            )
          ).trim();
          if (typed === '-' || typed === '') {
            // A justification of `n/a` cannot be deleted while `n/a` stands: the file would be refused.
            if (draft.answers.get(q.id) !== NA) draft.comments.delete(q.id);
          } else draft.comments.set(q.id, typed);
          if (typed !== (current ?? '')) save();
          break;
        }
      }
    }

    if (dirty) {
      save();
      if (dirty) {
        const fallback = rescue();
        throw new ExitError(1, fallback === undefined ? say('notSaved', { file: store!.file, reason: describeFsError(lastError) }) : '');
      }
    }
    return { status: 'finished', file: store!.file, lang, draft };
  } catch (error) {
    if (!isInterrupt(error)) throw error;
    const typed = draft && typing ? keepTyped(draft, typing) : undefined;
    if (typed) dirty = true;
    if (dirty) save();
    const fallback = dirty ? rescue() : undefined;
    const file = store?.file ?? options.file;
    const total = plan?.questions.length ?? rubric.questions.length;
    const answered = draft ? (plan ? answeredCount(plan, draft.answers) : draft.answers.size) : 0;
    return {
      status: 'interrupted',
      file,
      lang,
      answered,
      total,
      saved: draft !== undefined && !dirty,
      ...(typed && !dirty ? { typed } : {}),
      ...(fallback ? { fallback } : {}),
    };
  } finally {
    process.off('SIGINT', onSigint);
    store?.release();
  }

  /**
   * The answers could not be saved to their file: they are written somewhere else, and the
   * message names the place and the command that continues from it; if nowhere can be
   * written, they are printed. Never ends with answers that exist only in memory.
   */
  function rescue(): string | undefined {
    if (!draft || !store) return undefined;
    const say = sayerIn(interview, lang);
    const reason = describeFsError(lastError);
    const fallback = saveFallback(rubric, draft, store.file);
    if (fallback === undefined) {
      err.write(`${c.red(say('notSavedAnywhere', { file: store.file, reason }))}\n${answersText(rubric, draft, store.file)}`);
      return undefined;
    }
    err.write(`${c.red(say('savedElsewhere', { file: store.file, reason, fallback, command: `npx readiness assess --answers ${shellQuote(fallback)}` }))}\n`);
    return fallback;
  }
}

/**
 * Keeps text that was being typed about a question when Ctrl+C came, in the field it was
 * typed for: a new text as it stands, or added under the one it would have replaced, so
 * neither is lost. A lone «-» (delete) or nothing is not kept. Returns where it went.
 */
export function keepTyped(
  draft: AnswerDraft,
  typing: { q: PlannedQuestion; field: 'comments' | 'evidence'; text: string },
): { number: number; field: 'comments' | 'evidence' } | undefined {
  const text = typing.text.trim();
  if (text === '' || text === '-') return undefined;
  const limit = typing.field === 'evidence' ? TEXT_LIMITS.evidence : TEXT_LIMITS.comment;
  if (typing.field === 'comments') {
    const current = draft.comments.get(typing.q.id);
    if (current === text) return undefined;
    draft.comments.set(typing.q.id, (current ? `${current}\n${text}` : text).slice(0, limit));
  } else {
    const ref = draft.evidence.get(typing.q.id);
    const current = ref === undefined ? undefined : evidenceText(ref, draft.documents);
    if (current === text) return undefined;
    draft.evidence.set(typing.q.id, { text: (current ? `${current}\n${text}` : text).slice(0, limit) });
  }
  return { number: typing.q.number, field: typing.field };
}

/** Quotes a path for a POSIX shell when it needs it, so a printed command can be pasted as it is. */
export function shellQuote(text: string): string {
  return /^[\w./:@+=,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The lines shown after Ctrl+C: what is saved and the command that continues (`command` without `--answers`). */
export function interruptedMessage(result: Extract<InterviewResult, { status: 'interrupted' }>, command: string): string {
  const say = sayerIn(interview, result.lang);
  if (result.fallback !== undefined) {
    return say('interrupted', {
      answered: result.answered,
      total: result.total,
      file: result.fallback,
      command: `${command} --answers ${shellQuote(result.fallback)}`,
    });
  }
  if (!result.saved) return say(result.answered === 0 ? 'interruptedEarly' : 'interruptedUnsaved', { file: result.file });
  const lines = [];
  if (result.typed) lines.push(say('typingSaved', result.typed));
  lines.push(
    say('interrupted', {
      answered: result.answered,
      total: result.total,
      file: result.file,
      command: `${command} --answers ${shellQuote(result.file)}`,
    }),
  );
  return lines.join('\n');
}
