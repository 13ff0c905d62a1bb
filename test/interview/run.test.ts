// The prompts are driven in-process through @inquirer/testing: it must be imported before the interview.
import { screen } from '@inquirer/testing/vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAnswers } from '../../src/answers/load.js';
import { renderAnswerFile, type AnswerDraft } from '../../src/answers/store.js';
import { ExitError } from '../../src/errors.js';
import type { Lang } from '../../src/i18n/lang.js';
import { astanaToday } from '../../src/i18n/dates.js';
import { interruptedMessage, runInterview, shellQuote, type InterviewOptions } from '../../src/interview/run.js';
import { interview as words } from '../../src/i18n/catalogue/interview.js';
import { loadRubric } from '../../src/rubric/load.js';
import { scoreAnswers } from '../../src/scoring/score.js';

const loaded = loadRubric('test/fixtures/rubrics/minimal.yaml');
if (!loaded.ok) throw new Error('minimal rubric');
const rubric = loaded.value.rubric;
const loadedMethod = loadRubric('test/fixtures/rubrics/method-interview.yaml');
if (!loadedMethod.ok) throw new Error('method-interview rubric');
const method = loadedMethod.value.rubric;

let dir: string;
let file: string;
let out: string;
let err: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-interview-'));
  file = join(dir, 'answers.yaml');
  out = '';
  err = '';
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function start(options: Partial<InterviewOptions> = {}) {
  const o = new PassThrough();
  const e = new PassThrough();
  o.on('data', (chunk: Buffer) => (out += chunk.toString()));
  e.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return runInterview({ rubric, file, preferredLang: 'en', restart: false, out: o, err: e, color: false, ...options });
}

/** Chooses the n-th entry (1-based, separators not counted) of the select on screen. */
async function choose(n: number): Promise<void> {
  screen.type(String(n));
  screen.keypress('enter');
  await screen.next();
}

async function typeLine(text: string): Promise<void> {
  if (text) screen.type(text);
  screen.keypress('enter');
  await screen.next();
}

const saved = () => readFileSync(file, 'utf8');

function existing(organization: string, answers: Array<[string, string]>, language: Lang = 'en'): string {
  const draft: AnswerDraft = {
    rubric: { id: 'minimal', version: '1.0.0' },
    respondent: { organization },
    language,
    answers: new Map(answers),
    comments: new Map(),
    documents: new Map(), evidence: new Map(),
  };
  const text = renderAnswerFile(rubric, draft);
  writeFileSync(file, text);
  return text;
}

describe('the interview, prompt by prompt', () => {
  it('language, respondent, questions with a comment and going back; saved after every answer', async () => {
    const done = start();
    expect(screen.getScreen()).toContain('Choose the language');
    expect(screen.getScreen()).toMatch(/❯ 3\. English/); // the preferred language is highlighted
    await choose(3);

    expect(screen.getScreen()).toContain('Name of the government body');
    screen.keypress('enter'); // empty: refused with a reason, not accepted
    await screen.next();
    expect(screen.getScreen()).toContain(words.required.en);
    await typeLine('Akimat of Testville');
    await typeLine('IT department');
    await typeLine('');
    await typeLine('');
    expect(out).toContain('Minimal rubric');
    expect(out).toContain('2 questions in 2 sections');
    // The respondent is saved before the first question.
    // The interview records the assessment date: today in Astana.
    expect(saved()).toContain(`organization: "Akimat of Testville"\n  unit: "IT department"\nlanguage: en\ndate: "${astanaToday()}"\nanswers: {}\n`);

    const q1 = screen.getScreen();
    expect(q1).toContain('Section 1 of 2 · question 1 of 2');
    expect(q1).toContain('Are staff trained?');
    expect(q1).toMatch(/1\. No training\n\s+2\. Some staff\n\s+3\. All staff/);
    expect(q1).not.toContain(words.back.en);
    expect(out).toContain('Section 1 of 2: Staff');

    await choose(4); // add a comment
    expect(screen.getScreen()).toContain(words.commentPrompt.en);
    await typeLine('Order No. 12 of 2024');
    expect(saved()).toContain('comments:\n  staff-training: "Order No. 12 of 2024"\n');
    expect(screen.getScreen()).toContain('Change the comment: «Order No. 12 of 2024»');
    await choose(3);
    expect(saved()).toContain('answers:\n  staff-training: all\n');

    expect(screen.getScreen()).toContain('Section 2 of 2 · question 2 of 2');
    await choose(5); // back
    expect(screen.getScreen()).toContain('All staff  (current answer)');
    expect(screen.getScreen()).toMatch(/❯ 3\. All staff/);
    await choose(2);
    expect(saved()).toContain('staff-training: some\n');
    await choose(2);
    expect(saved()).toContain('cyber-pentest: yearly\n');

    expect(screen.getScreen()).toContain('Every question is answered (2).');
    screen.keypress('enter');
    const result = await done;
    expect(result.status).toBe('finished');
    if (result.status !== 'finished') return;
    expect(result.lang).toBe('en');
    expect(result.file).toBe(file);
    expect(saved()).toBe(renderAnswerFile(rubric, result.draft));
    expect([...result.draft.answers]).toEqual([
      ['staff-training', 'some'],
      ['cyber-pentest', 'yearly'],
    ]);
  });

  it('in Kazakh: every prompt in Kazakh', async () => {
    const done = start({ lang: 'kk' });
    expect(screen.getScreen()).toContain(words.organization.kk);
    await typeLine('Әкімдік');
    await typeLine('');
    await typeLine('');
    await typeLine('');
    expect(screen.getScreen()).toContain('Бөлім 1/2 · сұрақ 1/2');
    expect(screen.getScreen()).toContain('Қызметшілер оқытыла ма?');
    expect(screen.getScreen()).toContain(words.keys.kk);
    await choose(1);
    await choose(2);
    expect(screen.getScreen()).toContain('Барлық 2 сұраққа жауап берілді.');
    screen.keypress('enter');
    const result = await done;
    expect(result.status).toBe('finished');
    expect(saved()).toContain('language: kk\n');
  });

  it('skipping, answering the skipped questions from the last screen, and changing one answer from the review', async () => {
    const done = start({ lang: 'en' });
    await typeLine('Ministry');
    await typeLine('');
    await typeLine('');
    await typeLine('');
    await choose(5); // skip the first question
    await choose(1); // the second: never
    expect(saved()).not.toContain('staff-training');
    expect(screen.getScreen()).toContain('1 of 2 questions are answered; the 1 without an answer count as 0 in the score, and below 90% coverage the report gives no level.');
    await choose(2); // answer the unanswered ones
    expect(screen.getScreen()).toContain('question 1 of 2');
    await choose(3);
    expect(screen.getScreen()).toContain('Every question is answered (2).');
    await choose(2); // review
    expect(screen.getScreen()).toContain('Question 2: Are penetration tests run? → Never');
    await choose(3); // the second question
    expect(screen.getScreen()).toMatch(/❯ 1\. Never {2}\(current answer\)/);
    await choose(2); // yearly, then straight back to the last screen
    expect(screen.getScreen()).toContain('Every question is answered (2).');
    screen.keypress('enter');
    const result = await done;
    expect(result.status).toBe('finished');
    expect(saved()).toContain('answers:\n  staff-training: all\n  cyber-pentest: yearly\n');
  });
});

describe('resuming, interrupting, refusing', () => {
  it('resumes at the first unanswered question and says so; Ctrl+C returns with the file intact', async () => {
    const before = existing('Akimat of Testville', [['staff-training', 'all']], 'ru');
    const done = start();
    // The language comes from the file: no language question.
    expect(out).toContain('«Akimat of Testville»: отвечено 1 из 2');
    expect(screen.getScreen()).toContain('Продолжить оценку органа «Akimat of Testville»?');
    await choose(1);
    expect(out).toContain('Продолжаем с вопроса 2 из 2');
    expect(screen.getScreen()).toContain('Раздел 2 из 2 · вопрос 2 из 2');
    screen.keypress({ name: 'c', ctrl: true });
    const result = await done;
    expect(result).toEqual({ status: 'interrupted', file, lang: 'ru', answered: 1, total: 2, saved: true });
    expect(saved()).toBe(before);
    const message = interruptedMessage(result as Extract<typeof result, { status: 'interrupted' }>, 'npx readiness assess');
    expect(message).toContain('сохранены ответы на 1 из 2 вопросов');
    expect(message).toContain(`npx readiness assess --answers ${shellQuote(file)}`);
  });

  it('refuses to continue another body\'s file and leaves it as it is', async () => {
    const before = existing('Akimat of Testville', [['staff-training', 'all']]);
    const done = start();
    const refused = expect(done).rejects.toSatisfy(
      (e: unknown) => e instanceof ExitError && e.exitCode === 2 && e.message.includes('--answers <new file>') && e.message.includes('--restart'),
    );
    screen.type('2');
    screen.keypress('enter');
    await refused;
    expect(saved()).toBe(before);
  });

  it('refuses a file it cannot read, with each finding\'s position, and leaves it as it is', async () => {
    writeFileSync(file, 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: X}\nanswers:\n  staff-training: lots\n');
    await expect(start()).rejects.toSatisfy((e: unknown) => e instanceof ExitError && e.exitCode === 1 && e.message.includes('--restart'));
    expect(err).toContain(`${file}:4:19: answers.staff-training:`);
    expect(readFileSync(file, 'utf8')).toContain('lots');
  });

  it('--restart keeps the old file as a backup and starts afresh; Ctrl+C before an answer saves nothing', async () => {
    const before = existing('Akimat of Testville', [['staff-training', 'all']]);
    const done = start({ restart: true, lang: 'en' });
    expect(out).toContain(`Starting over. The previous answers are kept in ${join(dir, 'answers.backup.yaml')}.`);
    expect(screen.getScreen()).toContain('Name of the government body');
    screen.keypress({ name: 'c', ctrl: true });
    const result = await done;
    expect(result).toMatchObject({ status: 'interrupted', answered: 0, saved: false });
    expect(readFileSync(join(dir, 'answers.backup.yaml'), 'utf8')).toBe(before);
    expect(existsSync(file)).toBe(false);
    expect(interruptedMessage(result as Extract<typeof result, { status: 'interrupted' }>, 'x')).toBe(words.interruptedEarly.en);
  });

  it('a file another interview wrote meanwhile for another body is not overwritten', async () => {
    const done = start({ lang: 'en' });
    await typeLine('Ministry A');
    await typeLine('');
    await typeLine('');
    const theirs = existing('Akimat B', [['cyber-pentest', 'never']]);
    await typeLine(''); // the first save happens here
    expect(err).toContain(`your answers are now saved in ${join(dir, 'answers-2.yaml')}`);
    await choose(1);
    screen.keypress({ name: 'c', ctrl: true });
    const result = await done;
    expect(result).toMatchObject({ status: 'interrupted', file: join(dir, 'answers-2.yaml'), answered: 1, saved: true });
    expect(saved()).toBe(theirs);
    expect(readFileSync(join(dir, 'answers-2.yaml'), 'utf8')).toContain('organization: "Ministry A"');
  });
});

describe('the method: gates, n/a, evidence', () => {
  async function respondent(name: string): Promise<void> {
    await typeLine(name);
    await typeLine('');
    await typeLine('');
    await typeLine('');
  }

  it('a gate lets its question in; going back and changing the gate sets the answer aside, kept in the file and said once', async () => {
    const done = start({ rubric: method, lang: 'en' });
    await respondent('Akimat');
    expect(screen.getScreen()).toContain('question 1 of 4');
    await choose(2); // operating: at or above evidenceFrom, so the document is asked
    expect(screen.getScreen()).toContain('Supporting document: The register of AI systems');
    expect(screen.getScreen()).toContain(words.docChoose.en);
    expect(saved()).toContain('ai-inventory: operating\n'); // saved before the document is asked
    await choose(3); // later
    expect(saved()).not.toContain('evidence:');
    expect(screen.getScreen()).toContain('Section 1 of 3 · question 2 of 4');
    expect(screen.getScreen()).toContain("Are the AI system's outputs monitored?");
    await choose(2); // partly: 0.67, exactly the threshold
    expect(screen.getScreen()).toContain('Supporting document: The monitoring log');
    await choose(2); // its reference in one line
    expect(screen.getScreen()).toContain(words.evidenceAsk.en);
    await typeLine('Log No. 3 of 2026-02-01');
    expect(saved()).toContain('evidence:\n  ai-monitoring: "Log No. 3 of 2026-02-01"\n');
    expect(screen.getScreen()).toContain('question 3 of 4');
    await choose(2); // some staff: 0.5, below the threshold: no document asked
    expect(screen.getScreen()).toContain('question 4 of 4');
    await choose(6); // back to staff (after n/a, the comment and skip)
    await choose(5); // back to monitoring (answered: no skip)
    await choose(5); // back to the gate
    expect(screen.getScreen()).toContain('Yes, one in operation  (current answer)');
    await choose(1); // no AI system: it closes a question, so its document is asked
    expect(screen.getScreen()).toContain('Supporting document: The register of AI systems');
    expect(out).not.toContain('no longer apply');
    await choose(2);
    await typeLine('Register of AI systems No. 1 of 1 March 2026: none');
    expect(out).not.toContain('closes nothing');
    expect(out).toContain("1 earlier answer(s) no longer apply and are not counted (kept in the file): «Are the AI system's outputs monitored?»");
    expect(screen.getScreen()).toContain('Section 2 of 3 · question 2 of 3');
    expect(saved()).toContain('answers:\n  ai-inventory: none\n  ai-monitoring: partly\n  staff-training: some\n');
    expect(saved()).toContain('ai-monitoring: "Log No. 3 of 2026-02-01"');
    expect(saved()).toContain('ai-inventory: "Register of AI systems No. 1 of 1 March 2026: none"');
    screen.keypress({ name: 'c', ctrl: true });
    const result = await done;
    expect(result).toMatchObject({ status: 'interrupted', answered: 2, total: 3, saved: true });
    const checked = loadAnswers(file, method);
    if (!checked.ok) throw new Error(JSON.stringify(checked.findings));
    const report = scoreAnswers(method, checked.value, { lang: 'en', tool: { name: 'readiness', version: '0' } });
    expect(report.notApplicable.map((n) => [n.id, n.reason])).toEqual([['ai-monitoring', 'gated']]);
  });

  it('"no AI system" without its document closes nothing: the gated question is still asked and counts', async () => {
    const done = start({ rubric: method, lang: 'en' });
    await respondent('Akimat');
    await choose(1); // no AI system
    expect(screen.getScreen()).toContain('Supporting document: The register of AI systems');
    await choose(3); // later
    expect(out).toContain('Without a document, «No AI system» closes nothing: the questions it would close stay in the interview and count in the score.');
    expect(screen.getScreen()).toContain('Section 1 of 3 · question 2 of 4');
    expect(screen.getScreen()).toContain("Are the AI system's outputs monitored?");
    screen.keypress({ name: 'c', ctrl: true });
    const result = await done;
    expect(result).toMatchObject({ status: 'interrupted', answered: 1, total: 4, saved: true });
    const checked = loadAnswers(file, method);
    if (!checked.ok) throw new Error(JSON.stringify(checked.findings));
    const report = scoreAnswers(method, checked.value, { lang: 'en', tool: { name: 'readiness', version: '0' } });
    expect(report.notApplicable).toEqual([]);
    expect(report.unanswered.map((q) => q.id)).toContain('ai-monitoring');
    expect(report.unsupported.map((q) => q.id)).toEqual(['ai-inventory']);
  });

  it('n/a asks for the justification (empty refused), stores it as the comment with n/a as the answer; the file scores', async () => {
    const done = start({ rubric: method, lang: 'ru' });
    await respondent('Акимат');
    await choose(1); // нет системы ИИ: with its document the monitoring question goes
    await choose(2);
    await typeLine('Реестр систем ИИ органа № 1 от 1 марта 2026 г.: систем нет');
    expect(screen.getScreen()).toContain('вопрос 2 из 3');
    await choose(1);
    expect(screen.getScreen()).toContain('вопрос 3 из 3');
    expect(screen.getScreen()).toContain('3. Неприменимо — орган не обрабатывает персональные данные');
    await choose(3);
    expect(screen.getScreen()).toContain(words.justificationAsk.ru);
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain(words.justificationRequired.ru);
    expect(saved()).not.toContain('data-classification');
    await typeLine('Персональные данные не обрабатываются (положение об органе, п. 4)');
    // The rubric sets evidenceFrom: "not applicable" is a claim too, and its document is asked.
    expect(screen.getScreen()).toContain(words.docChoose.ru);
    await choose(2);
    await typeLine('Положение об органе, утверждённое приказом № 4 от 10.01.2026');
    expect(saved()).toContain('  data-classification: "n/a"\n');
    expect(saved()).toContain('comments:\n  data-classification: "Персональные данные не обрабатываются (положение об органе, п. 4)"\n');
    expect(screen.getScreen()).toContain('Ответы даны на все вопросы (3).');
    screen.keypress('enter');
    const result = await done;
    expect(result.status).toBe('finished');
    const checked = loadAnswers(file, method);
    if (!checked.ok) throw new Error(JSON.stringify(checked.findings));
    const report = scoreAnswers(method, checked.value, { lang: 'ru', tool: { name: 'readiness', version: '0' } });
    // With its reason and its document, the n/a counts: the question leaves the score and the coverage.
    expect(report.notApplicable.find((n) => n.id === 'data-classification')).toMatchObject({ reason: 'declared' });
    expect(report.unsupported.find((n) => n.id === 'data-classification')).toBeUndefined();
  });

  it('a document as a short form: a new register entry checked as typed, then cited by one key; a placeholder refused on the spot', async () => {
    const done = start({ rubric: method, lang: 'en' });
    await respondent('Akimat');
    await choose(2); // operating: a claim
    await choose(1); // a new document
    expect(screen.getScreen()).toContain(words.docType.en);
    await choose(1); // the first type: Order
    await typeLine('12-p');
    expect(screen.getScreen()).toContain(words.docDate.en);
    await typeLine(''); // not a date
    expect(screen.getScreen()).toContain(words.docBadDate.en);
    screen.type('01.01.2099');
    screen.keypress('enter');
    await screen.next();
    // After the assessment date (today, recorded by the interview): a document not yet issued.
    expect(screen.getScreen()).toContain('dated after the assessment date');
    for (let i = 0; i < 10; i++) screen.keypress('backspace');
    await typeLine('14.02.2026');
    await typeLine('On the use of AI');
    expect(out).toContain('Added to the register of documents as order-12-p.');

    // The next claim offers the register's entry first: one key cites it.
    await choose(2); // monitoring: partly
    expect(screen.getScreen()).toContain('1. Order, No. 12-p, 14 February 2026, «On the use of AI» [order-12-p]');
    await choose(1);

    await choose(3); // staff: all
    await choose(3); // its reference in one line
    await typeLine('см.');
    expect(screen.getScreen()).toContain('a placeholder, not a document');
    for (let i = 0; i < 3; i++) screen.keypress('backspace');
    await typeLine(''); // later after all
    screen.keypress({ name: 'c', ctrl: true });
    await done;

    const checked = loadAnswers(file, method);
    if (!checked.ok) throw new Error(JSON.stringify(checked.findings));
    expect(checked.value.date).toBe(astanaToday());
    expect(checked.value.documents.get('order-12-p')).toEqual({ type: 'order', number: '12-p', date: '2026-02-14', title: 'On the use of AI' });
    expect(checked.value.evidence.get('ai-inventory')).toEqual({ documents: ['order-12-p'] });
    expect(checked.value.evidence.get('ai-monitoring')).toEqual({ documents: ['order-12-p'] });
    expect(checked.value.evidence.has('staff-training')).toBe(false);
    const report = scoreAnswers(method, checked.value, { lang: 'en', tool: { name: 'readiness', version: '0' } });
    expect(report.unsupported.map((u) => u.id)).toEqual(['staff-training']);
  });

  it('the last screen lists the claims without a document and adds them; Enter there leaves one for later', async () => {
    const done = start({ rubric: method, lang: 'en' });
    await respondent('Ministry');
    await choose(1); // no AI system: closes a question, so its document is asked
    await choose(2);
    await typeLine('Register of AI systems No. 1 of 1 March 2026');
    await choose(3); // all staff
    expect(screen.getScreen()).toContain('Supporting document: The training order and the list of attendees');
    await choose(3); // later
    await choose(2); // classified
    await choose(3); // later
    const last = screen.getScreen();
    expect(last).toContain('2 answers still without a document');
    expect(last).toContain('· Are staff trained?');
    expect(last).toContain('· Is personal data classified?');
    expect(last).toContain('2. Add the missing documents (2)');
    await choose(2);
    expect(out).toContain('2. Are staff trained?');
    await choose(2);
    await typeLine('Order No. 12 of 2026-01-15');
    expect(out).toContain('3. Is personal data classified?');
    await choose(3); // still later
    expect(saved()).toContain('evidence:\n  ai-inventory: "Register of AI systems No. 1 of 1 March 2026"\n  staff-training: "Order No. 12 of 2026-01-15"\n');
    expect(screen.getScreen()).toContain('Add the missing documents (1)');
    screen.keypress('enter');
    const result = await done;
    expect(result.status).toBe('finished');
  });
});

describe('Ctrl+C while typing, and what a killed save left', () => {
  it('a comment being typed is kept in the file as it stood, and the message says where', async () => {
    const done = start({ lang: 'en' });
    await typeLine('Akimat');
    await typeLine('');
    await typeLine('');
    await typeLine('');
    await choose(4); // comment
    screen.type('Order No. 12 of');
    screen.keypress({ name: 'c', ctrl: true });
    const result = await done;
    expect(result).toMatchObject({ status: 'interrupted', saved: true, typed: { number: 1, field: 'comments' } });
    expect(saved()).toContain('comments:\n  staff-training: "Order No. 12 of"\n');
    const message = interruptedMessage(result as Extract<typeof result, { status: 'interrupted' }>, 'npx readiness assess');
    expect(message.split('\n')[0]).toBe('The text you were typing at question 1 is saved in the file under comments.');
  });

  it('text typed to replace a comment is kept under the old one, so neither is lost; a lone «-» is not kept', async () => {
    writeFileSync(
      file,
      renderAnswerFile(rubric, {
        rubric: { id: 'minimal', version: '1.0.0' },
        respondent: { organization: 'Akimat' },
        language: 'en',
        answers: new Map(),
        comments: new Map([['staff-training', 'Order 5']]),
        documents: new Map(), evidence: new Map(),
      }),
    );
    let done = start();
    await choose(1); // continue
    await choose(4); // change the comment
    screen.type('and order 6');
    screen.keypress({ name: 'c', ctrl: true });
    await done;
    expect(saved()).toContain('staff-training: "Order 5\\nand order 6"');

    const before = saved();
    done = start();
    await choose(1);
    await choose(4);
    screen.type('-');
    screen.keypress({ name: 'c', ctrl: true });
    const result = await done;
    expect(result).not.toHaveProperty('typed');
    expect(saved()).toBe(before);
  });

  it('a document being typed is kept under evidence', async () => {
    const done = start({ rubric: method, lang: 'en' });
    await typeLine('Akimat');
    await typeLine('');
    await typeLine('');
    await typeLine('');
    await choose(2);
    await choose(2); // its reference in one line
    screen.type('Register No. 7');
    screen.keypress({ name: 'c', ctrl: true });
    const result = await done;
    expect(result).toMatchObject({ typed: { number: 1, field: 'evidence' } });
    expect(saved()).toContain('evidence:\n  ai-inventory: "Register No. 7"\n');
  });

  it('at start, a temporary file a killed save of this answer file left is removed, and nothing else', async () => {
    existing('Akimat', [['staff-training', 'all']]);
    const dead = 2_147_483_000; // no such process
    const stale = join(dir, `.answers.yaml.${dead}.3.tmp`);
    const keep = [
      join(dir, `.answers.yaml.${process.pid + 0}.1.tmp.bak`),
      join(dir, `.other.yaml.${dead}.1.tmp`),
      join(dir, `.answers.yaml.tmp`),
      join(dir, `answers.yaml.${dead}.1.tmp`),
      join(dir, `.answers.yaml.${dead}.x.tmp`),
    ];
    for (const f of [stale, ...keep]) writeFileSync(f, 'rubric: {id: minimal');
    const done = start();
    expect(existsSync(stale)).toBe(false);
    for (const f of keep) expect(existsSync(f), f).toBe(true);
    expect(out).toContain(`Removed ${stale}, a temporary file left by a save that was cut off.`);
    screen.keypress({ name: 'c', ctrl: true });
    await done;
  });
});

describe('the adversarial review: no answer is lost (findings 1, 2, 4, 9, 19, 20)', () => {
  it('1. a second interview on the same file is refused, naming the holder\'s host and pid; the lock goes with the first', async () => {
    existing('Akimat of Testville', [['staff-training', 'all']]);
    const first = start({ lang: 'en' });
    await expect(runInterview({ rubric, file, preferredLang: 'en', restart: false, out: new PassThrough(), err: new PassThrough(), color: false, lang: 'en' })).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof ExitError &&
        e.exitCode === 1 &&
        e.message.includes('is open in another interview') &&
        e.message.includes(`process ${process.pid}`) &&
        e.message.includes(`${file}.lock`),
    );
    screen.keypress({ name: 'c', ctrl: true });
    await first;
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('1. a lock left by a process that is gone is taken over', async () => {
    writeFileSync(`${file}.lock`, JSON.stringify({ host: (await import('node:os')).hostname(), pid: 2 ** 22 + 12345, since: 'then' }));
    const done = start({ lang: 'en' });
    expect(screen.getScreen()).toContain('Name of the government body');
    screen.keypress({ name: 'c', ctrl: true });
    await done;
  });

  it('1. a hand edit made during the interview is merged, not overwritten', async () => {
    existing('Akimat of Testville', [['staff-training', 'all']]);
    const done = start({ lang: 'en' });
    await choose(1); // continue
    writeFileSync(file, `${saved().replace('answers:', 'comments:\n  staff-training: "hand-written evidence: order 45"\nanswers:')}`);
    await choose(2); // cyber-pentest
    expect(saved()).toContain('hand-written evidence: order 45');
    expect(saved()).toContain('cyber-pentest:');
    expect(saved()).toContain('staff-training: all');
    expect(err).toContain('was changed meanwhile');
    screen.keypress({ name: 'c', ctrl: true });
    await done;
  });

  it('2. a path that can never be written is refused before the first question', async () => {
    writeFileSync(join(dir, 'afile'), '');
    file = join(dir, 'afile', 'x.yaml');
    await expect(start({ lang: 'en' })).rejects.toSatisfy(
      (e: unknown) => e instanceof ExitError && e.exitCode === 1 && e.message.includes('a part of the path is a file') && !e.message.includes('EEXIST'),
    );
  });

  it('2. answers that cannot be saved at Ctrl-C are written elsewhere, and the message names it', async () => {
    const done = start({ lang: 'en' });
    await typeLine('Ministry A');
    await typeLine('');
    await typeLine('');
    await typeLine('');
    // The folder is replaced by a file: every later save fails (even for root).
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(dir, '');
    await choose(1);
    expect(err).toContain('Could not save');
    screen.keypress({ name: 'c', ctrl: true });
    const result = await done;
    expect(result).toMatchObject({ status: 'interrupted', saved: false });
    const fallback = (result as { fallback?: string }).fallback!;
    expect(readFileSync(fallback, 'utf8')).toContain('staff-training:');
    expect(err).toContain(`all of them are saved in ${fallback}`);
    expect(interruptedMessage(result as Extract<typeof result, { status: 'interrupted' }>, 'x')).toContain(fallback);
    rmSync(fallback);
  });

  it('4. resumed under a newer rubric version: a backup first, and the file keeps its language', async () => {
    const text = existing('Akimat of Testville', [['staff-training', 'all']], 'ru').replace('version: 1.0.0', 'version: 0.9.0');
    writeFileSync(file, text);
    const done = start({ lang: 'en' });
    await choose(1);
    await choose(1);
    expect(readFileSync(join(dir, 'answers.v0.9.0.backup.yaml'), 'utf8')).toBe(text);
    expect(saved()).toContain('language: ru');
    expect(saved()).toContain('version: 1.0.0');
    expect(err).toContain('answers.v0.9.0.backup.yaml');
    screen.keypress({ name: 'c', ctrl: true });
    await done;
  });

  it('9. a 0600 file stays 0600; a symlinked file stays a link and its target gets the answers; a read-only file is refused', async () => {
    const { chmodSync, lstatSync, mkdirSync, statSync, symlinkSync } = await import('node:fs');
    existing('Akimat of Testville', [['staff-training', 'all']]);
    chmodSync(file, 0o600);
    mkdirSync(join(dir, 'real'));
    const real = join(dir, 'real', 'a.yaml');
    writeFileSync(real, saved());
    const link = join(dir, 'link.yaml');
    symlinkSync(real, link);
    for (const target of [file, link]) {
      const done = runInterview({ rubric, file: target, preferredLang: 'en', restart: false, out: new PassThrough(), err: new PassThrough(), color: false, lang: 'en' });
      await choose(1);
      await choose(2);
      screen.keypress({ name: 'c', ctrl: true });
      await done;
    }
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toContain('cyber-pentest:');
    chmodSync(file, 0o444);
    await expect(start({ lang: 'en' })).rejects.toSatisfy((e: unknown) => e instanceof ExitError && e.exitCode === 1 && e.message.includes('permission denied'));
  });

  it('19. a .json answer file stays JSON', async () => {
    file = join(dir, 'j.json');
    writeFileSync(file, '{"rubric":{"id":"minimal","version":"1.0.0"},"respondent":{"organization":"JSON Org"},"language":"en","answers":{"staff-training":"none"}}\n');
    const done = start({ lang: 'en' });
    await choose(1);
    await choose(1);
    const value = JSON.parse(saved());
    expect(value.respondent.organization).toBe('JSON Org');
    expect(Object.keys(value.answers)).toEqual(['staff-training', 'cyber-pentest']);
    screen.keypress({ name: 'c', ctrl: true });
    await done;
  });

  it('20. kill -INT while a prompt waits stops the interview', async () => {
    const done = start({ lang: 'en' });
    expect(screen.getScreen()).toContain('Name of the government body');
    process.emit('SIGINT', 'SIGINT');
    const result = await done;
    expect(result).toMatchObject({ status: 'interrupted' });
  });
});

describe('shellQuote', () => {
  it('leaves plain paths alone and quotes the rest for a POSIX shell', () => {
    expect(shellQuote('./readiness-answers.yaml')).toBe('./readiness-answers.yaml');
    expect(shellQuote("my answers/it's.yaml")).toBe("'my answers/it'\\''s.yaml'");
    expect(shellQuote('ответы.yaml')).toBe("'ответы.yaml'");
  });
});
