import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.js';
import {
  answeredCount,
  checkText,
  endPrompt,
  firstUnanswered,
  isBack,
  languagePrompt,
  parseQuestionAction,
  planInterview,
  printable,
  progressLine,
  questionPrompt,
  resumePrompt,
  reviewPrompt,
  type ChoiceData,
} from '../../src/interview/plan.js';
import { words } from '../../src/interview/words.js';
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

  it('the default rubric: 40 questions in 10 sections, every one asked once, each section in one run', () => {
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
    expect(progressLine(planInterview(rubric, 'en').questions[11]!, 'en')).toMatch(/^Section \d+ of 10 · question 12 of 40$/);
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
    expect(names(data.choices)).toEqual(['← Артқа', '---', '1. Қызметшілер оқытыла ма? → (жауап жоқ)', '---', '2. Енуге тестілеу жүргізіле ме? → Жыл сайын']);
    expect(values(data.choices).filter((v) => v !== '---' && !isBack(v))).toEqual(['staff-training', 'cyber-pentest']);
  });

  it('the language question lists the rubric languages in their own names, the preferred one first highlighted', () => {
    const data = languagePrompt(minimal, 'kk');
    expect(names(data.choices)).toEqual(['Русский', 'Қазақша', 'English']);
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
