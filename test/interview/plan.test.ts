import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.js';
import { loadAnswers } from '../../src/answers/load.js';
import { NA } from '../../src/answers/model.js';
import {
  answeredCount,
  answersSetAside,
  asksEvidence,
  checkText,
  endPrompt,
  evidencePrompt,
  firstUnanswered,
  gatedQuestions,
  isBack,
  justificationPrompt,
  languagePrompt,
  missingEvidence,
  parseQuestionAction,
  planInterview,
  printable,
  progressLine,
  questionPrompt,
  resumePrompt,
  reviewPrompt,
  setAsideLine,
  type ChoiceData,
} from '../../src/interview/plan.js';
import { interview as words } from '../../src/i18n/catalogue/interview.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';

function rubricOf(file?: string): Rubric {
  const loaded = loadRubric(file);
  if (!loaded.ok) throw new Error(loaded.findings.map((f) => f.message).join('\n'));
  return loaded.value.rubric;
}

const minimal = rubricOf('test/fixtures/rubrics/minimal.yaml');
const names = <V extends string>(choices: ChoiceData<V>[]) => choices.map((c) => ('separator' in c ? '---' : c.name));
const values = <V extends string>(choices: ChoiceData<V>[]) => choices.map((c) => ('separator' in c ? '---' : c.value));

describe('planInterview', () => {
  it('orders the questions section by section, problem areas first, with texts in the language', () => {
    const plan = planInterview(minimal, 'ru');
    expect(plan.title).toBe('Минимальная рубрика');
    expect(plan.sections.map((s) => [s.id, s.number, s.title, s.first])).toEqual([
      ['staff', 1, 'Кадры', 0],
      ['cyber', 2, 'Киберугрозы', 1],
    ]);
    expect(plan.questions.map((q) => [q.id, q.index, q.number, q.total, q.section.id, q.sections])).toEqual([
      ['staff-training', 0, 1, 2, 'staff', 2],
      ['cyber-pentest', 1, 2, 2, 'cyber', 2],
    ]);
    expect(plan.questions[0]!.text).toBe('Обучаются ли служащие?');
    expect(plan.questions[0]!.options).toEqual([
      { id: 'none', label: 'Нет', position: 1, needsEvidence: false },
      { id: 'some', label: 'Часть', position: 2, needsEvidence: false },
      { id: 'all', label: 'Все', position: 3, needsEvidence: false },
    ]);
  });

  it('the default rubric: every question in 10 sections, each asked once, each section in one run', () => {
    const rubric = rubricOf();
    for (const lang of LANGS) {
      const plan = planInterview(rubric, lang);
      expect(plan.sections).toHaveLength(10);
      expect(plan.questions).toHaveLength(rubric.questions.length);
      expect(new Set(plan.questions.map((q) => q.id)).size).toBe(rubric.questions.length);
      const runs = plan.questions.map((q) => q.section.id).filter((id, i, all) => id !== all[i - 1]);
      expect(runs).toEqual(plan.sections.map((s) => s.id));
      for (const q of plan.questions) {
        expect(q.text).not.toBe('');
        expect(q.options.every((o) => o.label !== '')).toBe(true);
      }
    }
    expect(progressLine(planInterview(rubric, 'en').questions[11]!, 'en')).toMatch(new RegExp(`^Section \\d+ of 10 · question 12 of ${rubric.questions.length}$`));
  });
});

describe('questionPrompt', () => {
  const plan = planInterview(minimal, 'en');
  const first = plan.questions[0]!;

  it('shows where the respondent is, the options as labels, then comment and skip; no back at the first question', () => {
    const data = questionPrompt(first, { canGoBack: false }, 'en');
    expect(data.message).toBe('Section 1 of 2 · question 1 of 2\nAre staff trained?');
    expect(names(data.choices)).toEqual(['No training', 'Some staff', 'All staff', '---', words.addComment.en, words.skip.en]);
    expect(values(data.choices)).toEqual(['=none', '=some', '=all', '---', '@comment', '@skip']);
    expect(data.default).toBeUndefined();
  });

  it('revisiting: the current answer is marked and highlighted, skip is gone, back and the comment are there', () => {
    const ru = planInterview(minimal, 'ru').questions[1]!;
    const data = questionPrompt(ru, { answer: 'yearly', comment: 'Приказ №7 от 2024 года о проведении теста', canGoBack: true }, 'ru');
    expect(data.message).toBe('Раздел 2 из 2 · вопрос 2 из 2\nПроводятся ли пентесты?');
    expect(data.default).toBe('=yearly');
    expect(names(data.choices)).toEqual([
      'Никогда',
      'Ежегодно  (текущий ответ)',
      '---',
      'Изменить комментарий: «Приказ №7 от 2024 года о проведении тес…»',
      words.back.ru,
    ]);
  });

  it('the help text is at hand under every option', () => {
    const withHelp = { ...first, help: 'Count courses of the last 3 years.' };
    const data = questionPrompt(withHelp, { canGoBack: false }, 'en');
    const options = data.choices.filter((c) => !('separator' in c) && c.value.startsWith('='));
    expect(options.map((c) => ('description' in c ? c.description : undefined))).toEqual(Array(3).fill('Count courses of the last 3 years.'));
  });

  it('parseQuestionAction reads every value back', () => {
    expect(parseQuestionAction('=some')).toEqual({ kind: 'answer', option: 'some' });
    expect(parseQuestionAction('@comment')).toEqual({ kind: 'comment' });
    expect(parseQuestionAction('@back')).toEqual({ kind: 'back' });
    expect(parseQuestionAction('@skip')).toEqual({ kind: 'skip' });
  });
});

describe('navigation data', () => {
  const plan = planInterview(minimal, 'kk');

  it('firstUnanswered and answeredCount follow interview order', () => {
    expect(firstUnanswered(plan, new Map())).toBe(0);
    expect(firstUnanswered(plan, new Map([['staff-training', 'all']]))).toBe(1);
    expect(firstUnanswered(plan, new Map([['cyber-pentest', 'never']]))).toBe(0);
    expect(firstUnanswered(plan, new Map([['cyber-pentest', 'never']]), 1)).toBe(-1);
    expect(firstUnanswered(plan, new Map([['staff-training', 'all'], ['cyber-pentest', 'never']]))).toBe(-1);
    expect(answeredCount(plan, new Map([['cyber-pentest', 'never'], ['gone', 'x']]))).toBe(1);
  });

  it('the last screen offers the unanswered questions only while there are some', () => {
    const some = endPrompt(plan, new Map([['staff-training', 'all']]));
    expect(values(some.choices)).toEqual(['finish', 'unanswered', 'change']);
    expect(some.message).toContain('1');
    expect(some.default).toBe('finish');
    const all = endPrompt(plan, new Map([['staff-training', 'all'], ['cyber-pentest', 'never']]));
    expect(values(all.choices)).toEqual(['finish', 'change']);
  });

  it('the review lists every question with its answer, under its section, back first', () => {
    const data = reviewPrompt(plan, new Map([['cyber-pentest', 'yearly']]));
    expect(isBack(data.default!)).toBe(true);
    expect(names(data.choices)).toEqual(['← Артқа', '---', '1-сұрақ: Қызметшілер оқытыла ма? → (жауап жоқ)', '---', '2-сұрақ: Енуге тестілеу жүргізіле ме? → Жыл сайын']);
    expect(values(data.choices).filter((v) => v !== '---' && !isBack(v))).toEqual(['staff-training', 'cyber-pentest']);
  });

  it('the language question lists the rubric languages in their own names, the preferred one first highlighted', () => {
    const data = languagePrompt(minimal, 'kk');
    // The state language first, as official forms list them.
    expect(names(data.choices)).toEqual(['Қазақша', 'Русский', 'English']);
    expect(data.default).toBe('kk');
  });

  it('resuming asks about the body by name, with its control characters made visible', () => {
    const data = resumePrompt('Акимат\u001b[2J', 'en');
    expect(data.message).toBe('Continue the assessment of «Акимат\ufffd[2J»?');
    expect(values(data.choices)).toEqual(['continue', 'other']);
  });
});

describe('texts', () => {
  it('checkText: the organization is required; every field has the answer format limit', () => {
    expect(checkText('  ', { required: true, max: 500 }, 'en')).toBe(words.required.en);
    expect(checkText('Акимат', { required: true, max: 500 }, 'en')).toBe(true);
    expect(checkText('', { max: 500 }, 'ru')).toBe(true);
    expect(checkText('x'.repeat(501), { max: 500 }, 'kk')).toBe('Ең көбі 500 таңба (қазір 501).');
  });

  it('printable keeps letters and shows control characters as placeholders', () => {
    expect(printable('Әкімдік\u0007 «А»\u009b31m\nx')).toBe('Әкімдік\ufffd «А»\ufffd31m x');
  });

  it('every word exists in ru, kk and en with the same placeholders', () => {
    for (const [key, texts] of Object.entries(words)) {
      const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const lang of LANGS) {
        expect(texts[lang].trim(), `${key}.${lang}`).not.toBe('');
        expect(holes(texts[lang]), `${key}.${lang}`).toEqual(holes(texts.en));
      }
    }
  });
});

describe('the method in the plan: gates, n/a, evidence', () => {
  const method = rubricOf('test/fixtures/rubrics/method-interview.yaml');
  // The gate's document: "none" closes its question only with it.
  const DOC = new Map([['ai-inventory', { text: 'Register of AI systems No. 1 of 1 March 2026' }]]);
  const ids = (answers: Array<[string, string]>, evidence: ReadonlyMap<string, { text: string }> = DOC) =>
    planInterview(method, 'en', new Map(answers), evidence).questions.map((q) => q.id);
  const all = ['ai-inventory', 'ai-monitoring', 'staff-training', 'data-classification'];

  it('a gated question is asked while its gate is unanswered or lets it in, and left out when the gate excludes it', () => {
    expect(ids([])).toEqual(all);
    expect(ids([['ai-inventory', 'operating']])).toEqual(all);
    expect(ids([['ai-inventory', 'none']])).toEqual(['ai-inventory', 'staff-training', 'data-classification']);
    expect(gatedQuestions(method, new Map([['ai-inventory', 'none']]), DOC)).toEqual(new Set(['ai-monitoring']));
  });

  it('a gate\'s "does not apply" without its document closes nothing: its questions are still asked', () => {
    expect(ids([['ai-inventory', 'none']], new Map())).toEqual(all);
    expect(gatedQuestions(method, new Map([['ai-inventory', 'none']]))).toEqual(new Set());
    // Another question's document does not stand for the gate's.
    expect(ids([['ai-inventory', 'none']], new Map([['staff-training', { text: 'Order No. 5 of 01.02.2026' }]]))).toEqual(all);
  });

  it('numbers and totals count only the questions that apply; a section left empty is dropped', () => {
    const plan = planInterview(method, 'en', new Map([['ai-inventory', 'none']]), DOC);
    expect(plan.questions.map((q) => [q.number, q.total])).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(progressLine(plan.questions[1]!, 'en')).toBe('Section 2 of 3 · question 2 of 3');
    expect(planInterview(method, 'en').questions[2]!.number).toBe(3);
    expect(planInterview(method, 'en').questions[2]!.total).toBe(4);
  });

  it('a gate changed on going back: the answered dependent disappears, its answer is kept and named as not counted', () => {
    const answers = new Map([['ai-inventory', 'operating'], ['ai-monitoring', 'fully'], ['staff-training', 'all']]);
    const before = planInterview(method, 'en', answers);
    expect(answeredCount(before, answers)).toBe(3);
    answers.set('ai-inventory', 'none');
    const after = planInterview(method, 'en', answers, DOC);
    expect(after.questions.map((q) => q.id)).not.toContain('ai-monitoring');
    expect(answers.get('ai-monitoring')).toBe('fully'); // never lost
    expect(answeredCount(after, answers)).toBe(2);
    expect(firstUnanswered(after, answers)).toBe(2);
    const setAside = answersSetAside(before, after, answers);
    expect(setAside).toEqual(["Are the AI system's outputs monitored?"]);
    expect(setAsideLine(setAside, 'en')).toBe(
      "1 earlier answer(s) no longer apply and are not counted (kept in the file): «Are the AI system's outputs monitored?»",
    );
    expect(setAsideLine(setAside, 'kk')).toContain('енді қолданылмайды');
    // Back to "operating": it is asked again, with its kept answer.
    answers.set('ai-inventory', 'operating');
    const again = planInterview(method, 'en', answers, DOC);
    expect(again.questions[1]!.id).toBe('ai-monitoring');
    expect(answersSetAside(after, again, answers)).toEqual([]);
    expect(questionPrompt(again.questions[1]!, { answer: answers.get('ai-monitoring'), canGoBack: true }, 'en').default).toBe('=fully');
  });

  it('n/a is offered only where the rubric allows it, labelled with its words, and read back', () => {
    const plan = planInterview(method, 'en');
    for (const q of plan.questions) {
      const data = questionPrompt(q, { canGoBack: true }, 'en');
      const offered = values(data.choices).includes('@na');
      expect(offered, q.id).toBe(q.id === 'data-classification');
    }
    const dc = plan.questions[3]!;
    const data = questionPrompt(dc, { canGoBack: true }, 'en');
    expect(names(data.choices).slice(0, 3)).toEqual(['Not classified', 'Classified', 'Not applicable — the body processes no personal data']);
    expect(parseQuestionAction('@na')).toEqual({ kind: 'not-applicable' });
    const chosen = questionPrompt(dc, { answer: NA, comment: 'No personal data', canGoBack: true }, 'en');
    expect(chosen.default).toBe('@na');
    expect(names(chosen.choices)[2]).toBe(`Not applicable — the body processes no personal data  ${words.currentAnswer.en}`);
    expect(names(reviewPrompt(plan, new Map([['data-classification', NA]])).choices)).toContain(
      'Question 4: Is personal data classified? → Not applicable — the body processes no …',
    );
    // The default rubric and the minimal one allow it nowhere.
    for (const q of planInterview(minimal, 'en').questions) expect(values(questionPrompt(q, { canGoBack: true }, 'en').choices)).not.toContain('@na');
  });

  it('n/a asks why: the justification is required, and an existing comment is offered as it', () => {
    const dc = planInterview(method, 'ru').questions[3]!;
    expect(justificationPrompt(dc, undefined, 'ru')).toEqual({
      message: `Неприменимо — орган не обрабатывает персональные данные\n${words.justificationAsk.ru}`,
    });
    expect(justificationPrompt(dc, 'Нет ПДн', 'ru').default).toBe('Нет ПДн');
    // Refused on the spot by the report's own rule: nothing, a placeholder, too few words.
    for (const thin of ['', '  ', '-', 'нет', 'жоқ', 'n/a', 'не применимо', 'нет нет нет']) {
      expect(checkText(thin, { required: 'justification', max: 4000 }, 'kk'), thin).toBe(words.justificationRequired.kk);
    }
    expect(checkText('Орган не обрабатывает персональные данные', { required: 'justification', max: 4000 }, 'ru')).toBe(true);
  });

  it('the document is asked for options at or above evidenceFrom (0.67 included) and for a gate answer that closes questions, with the rubric\'s words for it', () => {
    const plan = planInterview(method, 'en');
    const needs = Object.fromEntries(plan.questions.map((q) => [q.id, q.options.filter((o) => o.needsEvidence).map((o) => o.id)]));
    expect(needs).toEqual({
      // "none" closes a question: a claim too (see the gate test above).
      'ai-inventory': ['none', 'operating'],
      'ai-monitoring': ['partly', 'fully'],
      'staff-training': ['all'],
      'data-classification': ['done'],
    });
    const staff = plan.questions[2]!;
    expect(asksEvidence(staff, 'some')).toBe(false);
    expect(asksEvidence(staff, 'all')).toBe(true);
    expect(asksEvidence(plan.questions[3]!, NA)).toBe(false);
    expect(evidencePrompt(staff, undefined, 'en')).toEqual({
      message: `Supporting document: The training order and the list of attendees\n${words.evidenceAsk.en}`,
    });
    expect(evidencePrompt(staff, 'Order 5', 'en')).toEqual({
      message: `Supporting document: The training order and the list of attendees\n${words.evidenceKeep.en}`,
      default: 'Order 5',
    });
    // Without evidenceFrom nothing asks for a document.
    expect(planInterview(minimal, 'en').questions.flatMap((q) => q.options).some((o) => o.needsEvidence)).toBe(false);
  });

  it('the last screen lists the claims without a document and offers to add them', () => {
    const answers = new Map([['ai-inventory', 'operating'], ['ai-monitoring', 'partly'], ['staff-training', 'some'], ['data-classification', 'done']]);
    const plan = planInterview(method, 'en', answers);
    const missing = missingEvidence(plan, answers, new Map([['ai-monitoring', { text: 'Monitoring log No. 3 of 01.02.2026' }]]));
    expect(missing.map((q) => q.id)).toEqual(['ai-inventory', 'data-classification']);
    // A reference that names no document leaves the claim without one, as the report says.
    const placeholder = missingEvidence(plan, answers, new Map([['ai-monitoring', { text: 'см.' }]]));
    expect(placeholder.map((q) => q.id)).toEqual(['ai-inventory', 'ai-monitoring', 'data-classification']);
    const unknown = missingEvidence(plan, answers, new Map([['ai-monitoring', { documents: ['order-9'] }]]), new Map(), '2026-03-01');
    expect(unknown.map((q) => q.id)).toContain('ai-monitoring');
    const data = endPrompt(plan, answers, missing.map((q) => q.text));
    expect(values(data.choices)).toEqual(['finish', 'evidence', 'change']);
    expect(names(data.choices)[1]).toBe('Add the missing documents (2)');
    expect(data.message).toBe(
      `Every question is answered (4).\n2 answers still without a document; the report lists them as claims without evidence:\n  · Does the body run an AI system?\n  · Is personal data classified?`,
    );
    expect(values(endPrompt(plan, answers).choices)).toEqual(['finish', 'change']);
  });

  it('what the interview writes for n/a and evidence passes the answer-file checks `score` and `validate` use', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { renderAnswerFile } = await import('../../src/answers/store.js');
    const dir = mkdtempSync(join(tmpdir(), 'readiness-plan-'));
    try {
      const file = join(dir, 'a.yaml');
      writeFileSync(
        file,
        renderAnswerFile(method, {
          rubric: { id: method.id, version: method.version },
          respondent: { organization: 'Akimat' },
          answers: new Map([['ai-inventory', 'none'], ['ai-monitoring', 'fully'], ['data-classification', NA]]),
          comments: new Map([['data-classification', 'No personal data is processed']]),
          documents: new Map(),
          evidence: new Map([['ai-inventory', { text: 'Register of 2026-01-10' }]]),
        }),
      );
      const loaded = loadAnswers(file, method);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
      expect(loaded.value.answers.get('data-classification')).toBe(NA);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what the respondent is told about blank answers', () => {
  it('no word says a blank answer costs nothing; skipping and the last screen say it counts as 0', () => {
    const claims = [/does not lower the score/i, /не снижает балл/i, /ұпайды емес/i, /not counted/i, /не учитыва/i];
    for (const key of ['skip', 'skipHelp', 'endSome', 'welcome'] as const) {
      for (const lang of LANGS) for (const claim of claims) expect(words[key][lang], `${key}.${lang}`).not.toMatch(claim);
    }
    for (const lang of LANGS) {
      expect(words.skipHelp[lang]).toMatch(/\b0\b/);
      expect(words.endSome[lang]).toMatch(/\b0\b/);
    }
  });
});
