import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadAnswers } from '../../src/answers/load.js';
import { isLang } from '../../src/i18n/lang.js';
import { shellQuote } from '../../src/interview/run.js';
import { renderJson } from '../../src/report/render-json.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { scoreAnswers } from '../../src/scoring/score.js';
import { hasTmux, Terminal } from './tmux.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/readiness.js');
const MINIMAL = join(ROOT, 'test/fixtures/rubrics/minimal.yaml');
const METHOD = join(ROOT, 'test/fixtures/rubrics/method-interview.yaml');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function rubricOf(file?: string): Rubric {
  const loaded = loadRubric(file);
  if (!loaded.ok) throw new Error(loaded.findings.map((f) => f.message).join('\n'));
  return loaded.value.rubric;
}

/** Runs the CLI without a terminal. */
function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, READINESS_LANG: 'en', NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The JSON report `readiness score` logic gives for an answer file, computed in-process. */
function expectedJson(rubric: Rubric, file: string): string {
  const loaded = loadAnswers(file, rubric);
  if (!loaded.ok) throw new Error(loaded.findings.map((f) => f.message).join('\n'));
  const lang = isLang(loaded.value.language) ? loaded.value.language : 'ru';
  return renderJson(scoreAnswers(rubric, loaded.value, { lang, tool: { name: 'readiness', version: VERSION }, warnings: [] }));
}

/** Whether a process is still running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-e2e-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) throw new Error('build first: npm run build');
});

describe('assess without a terminal', () => {
  it('exits 2 at once, pointing to template and score, and writes nothing', () => {
    const r = cli(['assess', '--rubric', MINIMAL], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('readiness template');
    expect(r.stderr).toContain('readiness score');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readdirSync(dir)).toEqual([]);
  });
});

const tmux = hasTmux();
const inCI = process.env.CI === 'true';

if (!tmux && !inCI) {
  describe('assess in a terminal', () => {
    it.skip('skipped: tmux is not installed (CI installs it and runs these tests)', () => {});
  });
} else {
  describe('assess in a terminal', () => {
    let term: Terminal;
    beforeEach(() => {
      term = new Terminal(dir);
    });
    afterEach(() => {
      term.close();
    });

    it('Russian: killed with -9 after an answer, resumed, finished; the reports are what score gives', async () => {
      const answers = join(dir, 'answers.yaml');
      const out = join(dir, 'out');
      const args = [process.execPath, BIN, 'assess', '--rubric', MINIMAL, '--answers', answers, '--out', out];
      term.start(args);
      await term.waitFor('Choose the language');
      term.keys('1', 'Enter');
      await term.waitFor('Наименование государственного органа');
      term.type('Акимат «Тест» <b>');
      term.keys('Enter');
      await term.waitFor('Подразделение');
      term.keys('Enter');
      await term.waitFor('Фамилия, имя, отчество');
      term.type('Иванов И. И.');
      term.keys('Enter');
      await term.waitFor('должность');
      term.keys('Enter');
      await term.waitFor('Раздел 1 из 2 · вопрос 1 из 2');
      term.keys('3', 'Enter');
      await term.waitFor('Раздел 2 из 2 · вопрос 2 из 2');

      process.kill(await term.pid(), 'SIGKILL');
      expect(await term.exitStatus()).toBe(128 + 9);
      const afterKill = readFileSync(answers, 'utf8');
      expect(afterKill).toContain('organization: "Акимат «Тест» <b>"');
      expect(afterKill).toContain('name: "Иванов И. И."');
      expect(afterKill).toContain('answers:\n  staff-training: all\n');
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

      term.start(args);
      await term.waitFor('отвечено 1 из 2');
      await term.waitFor('Продолжить оценку органа «Акимат „Тест“ <b>»?');
      term.keys('Enter');
      await term.waitFor('Продолжаем с вопроса 2 из 2');
      term.keys('2', 'Enter');
      await term.waitFor('Завершить и сформировать отчёты');
      term.keys('Enter');
      expect(await term.exitStatus()).toBe(0);
      const screen = term.screen();
      expect(screen).toContain('Отчёты:');

      const saved = readFileSync(answers, 'utf8');
      expect(saved).toContain('answers:\n  staff-training: all\n  cyber-pentest: yearly\n');
      const reports = readdirSync(out).sort();
      expect(reports).toHaveLength(2);
      expect(reports.map((f) => f.replace(/-[0-9a-f]{8}\./, '.'))).toEqual(['акимат-тест-b.json', 'акимат-тест-b.md']);
      for (const f of reports) expect(screen).toContain(join(out, f));

      // Same bytes as scoring the saved file, in-process and through `readiness score`.
      const written = readFileSync(join(out, reports[0]!), 'utf8');
      expect(written).toBe(expectedJson(rubricOf(MINIMAL), answers));
      const scored = cli(['score', answers, '--rubric', MINIMAL, '--format', 'json'], dir);
      expect(scored.status).toBe(0);
      expect(written).toBe(scored.stdout);
    });

    it('Kazakh: Ctrl+C saves, says how to continue, exits 130; the file keeps every answer', async () => {
      const answers = join(dir, 'жауаптар.yaml');
      term.start([process.execPath, BIN, 'assess', '--lang', 'kk', '--rubric', MINIMAL, '--answers', answers, '--format', 'json']);
      await term.waitFor('Мемлекеттік органның атауы');
      term.type('Әкімдік');
      term.keys('Enter');
      for (const field of ['Құрылымдық бөлімше', 'Аты-жөніңіз', 'Лауазымыңыз']) {
        await term.waitFor(field);
        term.keys('Enter');
      }
      await term.waitFor('Бөлім 1/2 · сұрақ 1/2');
      term.keys('4', 'Enter'); // a comment
      await term.waitFor('? Түсініктеме');
      term.type('Бұйрық №5');
      term.keys('Enter');
      await term.waitFor('Түсініктемені өзгерту');
      term.keys('2', 'Enter');
      await term.waitFor('Бөлім 2/2 · сұрақ 2/2');
      term.keys('C-c');
      expect(await term.exitStatus()).toBe(130);
      const screen = term.screen();
      expect(screen).toContain('2 сұрақтың 1 сұрағына берілген жауап сақталды');
      // The command that continues: the same rubric and formats, and the answer file quoted for the shell.
      expect(screen).toContain(`npx readiness assess --rubric ${shellQuote(MINIMAL)} --format json --answers ${shellQuote(answers)}`);
      const saved = readFileSync(answers, 'utf8');
      expect(saved).toContain('language: kk\n');
      expect(saved).toContain('answers:\n  staff-training: some\ncomments:\n  staff-training: "Бұйрық №5"\n');
      expect(existsSync(join(dir, 'reports'))).toBe(false);
    });

    it('English: default answer file and report folder in the current folder, going back to change an answer', async () => {
      term.start([process.execPath, BIN, 'assess', '--lang', 'en', '--rubric', MINIMAL]);
      await term.waitFor('Name of the government body');
      term.type('Ministry of Tests');
      term.keys('Enter');
      for (const field of ['Department', 'full name', 'position']) {
        await term.waitFor(field);
        term.keys('Enter');
      }
      await term.waitFor('Section 1 of 2 · question 1 of 2');
      term.keys('1', 'Enter');
      await term.waitFor('Section 2 of 2 · question 2 of 2');
      term.keys('5', 'Enter'); // back
      await term.waitFor('No training  (current answer)');
      term.keys('3', 'Enter');
      await term.waitFor(/Section 2 of 2 · question 2 of 2[\s\S]*Section 2 of 2 · question 2 of 2/);
      term.keys('2', 'Enter');
      await term.waitFor('Finish and write the reports');
      term.keys('Enter');
      expect(await term.exitStatus()).toBe(0);
      expect(term.screen()).toContain('Answers: readiness-answers.yaml');

      const answers = join(dir, 'readiness-answers.yaml');
      expect(readFileSync(answers, 'utf8')).toContain('answers:\n  staff-training: all\n  cyber-pentest: yearly\n');
      const reports = readdirSync(join(dir, 'reports')).sort();
      expect(reports.map((f) => f.replace(/-[0-9a-f]{8}\./, '.'))).toEqual(['ministry-of-tests.json', 'ministry-of-tests.md']);
      expect(readFileSync(join(dir, 'reports', reports[0]!), 'utf8')).toBe(expectedJson(rubricOf(MINIMAL), answers));
      expect(readFileSync(join(dir, 'reports', reports[1]!), 'utf8')).toContain('Ministry of Tests');
    });

    it("refuses another body's answer file with exit 2 and leaves it untouched", async () => {
      const answers = join(dir, 'readiness-answers.yaml');
      const theirs = 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: Akimat B}\nlanguage: en\nanswers:\n  staff-training: all\n';
      writeFileSync(answers, theirs);
      term.start([process.execPath, BIN, 'assess', '--rubric', MINIMAL]);
      await term.waitFor('Continue the assessment of «Akimat B»?');
      term.keys('2', 'Enter');
      expect(await term.exitStatus()).toBe(2);
      const screen = term.screen();
      expect(screen).toContain('--answers <new file>');
      expect(screen).toContain('--restart');
      expect(readFileSync(answers, 'utf8')).toBe(theirs);
    });

    it('--restart keeps the old answers as a backup; a closed terminal loses no answer', async () => {
      const answers = join(dir, 'readiness-answers.yaml');
      const before = 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: Akimat B}\nanswers:\n  staff-training: all\n';
      writeFileSync(answers, before);
      term.start([process.execPath, BIN, 'assess', '--restart', '--lang', 'en', '--rubric', MINIMAL]);
      await term.waitFor('Starting over. The previous answers are kept in readiness-answers.backup.yaml.');
      expect(readFileSync(join(dir, 'readiness-answers.backup.yaml'), 'utf8')).toBe(before);
      await term.waitFor('Name of the government body');
      term.type('Akimat C');
      term.keys('Enter');
      for (const field of ['Department', 'full name', 'position']) {
        await term.waitFor(field);
        term.keys('Enter');
      }
      await term.waitFor('question 1 of 2');
      term.keys('1', 'Enter');
      await term.waitFor('question 2 of 2');
      const pid = await term.pid();
      term.closeWindow();
      // The program ends with the terminal.
      await expect.poll(() => alive(pid), { timeout: 20_000, interval: 50 }).toBe(false);
      expect(readFileSync(answers, 'utf8')).toContain('organization: "Akimat C"\nlanguage: en\nanswers:\n  staff-training: none\n');
    });

    it('the default rubric, partly: three answers, Ctrl+C, and the file scores', async () => {
      const answers = join(dir, 'a.yaml');
      // The interview counts every question of the default rubric.
      const total = rubricOf().questions.length;
      term.start([process.execPath, BIN, 'assess', '--lang', 'en', '--answers', answers]);
      await term.waitFor('Name of the government body');
      term.type('Agency for Civil Service Affairs');
      term.keys('Enter');
      for (const field of ['Department', 'full name', 'position']) {
        await term.waitFor(field);
        term.keys('Enter');
      }
      for (let n = 1; n <= 3; n++) {
        await term.waitFor(`question ${n} of ${total}`);
        term.keys('Enter');
      }
      await term.waitFor(`question 4 of ${total}`);
      term.keys('C-c');
      expect(await term.exitStatus()).toBe(130);
      expect(term.screen()).toContain(`3 of ${total} answers are saved`);

      const rubric = rubricOf();
      const loaded = loadAnswers(answers, rubric);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
      expect(loaded.value.answers.size).toBe(3);
      const scored = cli(['score', answers, '--format', 'json'], dir);
      expect(scored.status).toBe(0);
      expect((JSON.parse(scored.stdout) as { unanswered: unknown[] }).unanswered).toHaveLength(rubric.questions.length - 3);
    });

    it('the method: a gate, n/a with its justification, the document asked; the closing summary lists what lacks one; validate and score accept the file', async () => {
      const answers = join(dir, 'answers', 'akimat.yaml');
      const out = join(dir, 'out');
      term.start([process.execPath, BIN, 'assess', '--lang', 'en', '--rubric', METHOD, '--answers', answers, '--out', out, '--format', 'json']);
      await term.waitFor('Name of the government body');
      term.type('Akimat of Method');
      term.keys('Enter');
      for (const field of ['Department', 'full name', 'position']) {
        await term.waitFor(field);
        term.keys('Enter');
      }
      await term.waitFor('Section 1 of 3 · question 1 of 4');
      term.keys('2', 'Enter'); // an AI system in operation
      await term.waitFor('Expected as proof: The register of AI systems');
      term.type('AI register No. 3 of 01.02.2026');
      term.keys('Enter');
      await term.waitFor('Section 1 of 3 · question 2 of 4');
      term.keys('3', 'Enter'); // monitored fully
      await term.waitFor('Expected as proof: The monitoring log');
      term.keys('Enter'); // the document later
      await term.waitFor('Section 2 of 3 · question 3 of 4');
      term.keys('6', 'Enter'); // back (after the comment and skip)
      await term.waitFor('Fully  (current answer)');
      term.keys('5', 'Enter'); // back again (answered: no skip)
      await term.waitFor('Yes, one in operation  (current answer)');
      term.keys('1', 'Enter'); // no AI system: it closes a question, so its document is asked again
      await term.waitFor('Expected as proof: The register of AI systems');
      term.keys('Enter'); // keep the register as the document: the monitoring question no longer applies
      await term.waitFor("1 earlier answer(s) no longer apply and are not counted (kept in the file): «Are the AI system's outputs monitored?»");
      await term.waitFor('Section 2 of 3 · question 2 of 3');
      term.keys('3', 'Enter'); // all staff
      await term.waitFor('Expected as proof: The training order and the list of attendees');
      term.keys('Enter'); // the document later
      await term.waitFor('Section 3 of 3 · question 3 of 3');
      await term.waitFor('3. Not applicable — the body processes no personal data');
      term.keys('3', 'Enter');
      await term.waitFor('Why does it not apply?');
      term.keys('Enter'); // empty: refused
      await term.waitFor(/needs a reason/);
      term.type('No personal data is processed (statute, item 4)');
      term.keys('Enter');
      await term.waitFor('All 3 questions are answered.');
      await term.waitFor('1 answer(s) still without a document');
      term.keys('Enter'); // finish
      expect(await term.exitStatus()).toBe(0);
      const screen = term.screen();
      expect(screen).toContain('Claims still without a document (2)');
      expect(screen).toContain('· Is personal data classified? → Not applicable');
      expect(screen).toContain('· Are staff trained? → All staff (Expected as proof: The training order and the list of attendees)');

      const saved = readFileSync(answers, 'utf8');
      expect(saved).toContain('answers:\n  ai-inventory: none\n  ai-monitoring: fully\n  staff-training: all\n  data-classification: "n/a"\n');
      expect(saved).toContain('comments:\n  data-classification: "No personal data is processed (statute, item 4)"\n');
      // The gate's document stays in the file although its answer changed: nothing typed is dropped.
      expect(saved).toContain('evidence:\n  ai-inventory: "AI register No. 3 of 01.02.2026"\n');
      expect(cli(['validate', METHOD, '--answers', join(dir, 'answers')], dir).status).toBe(0);
      const scored = cli(['score', answers, '--rubric', METHOD, '--format', 'json'], dir);
      expect(scored.status).toBe(0);
      const report = JSON.parse(scored.stdout) as { notApplicable: Array<{ id: string; reason: string }>; unanswered: Array<{ id: string }> };
      // The rubric sets evidenceFrom: the n/a counts only with a document too, which the interview did not ask for.
      expect(report.notApplicable.map((n) => [n.id, n.reason])).toEqual([['ai-monitoring', 'gated']]);
      expect(report.unanswered.map((q) => q.id)).toEqual(['data-classification']);
      expect((JSON.parse(scored.stdout) as { unsupported: Array<{ id: string; reason: string }> }).unsupported.map((u) => [u.id, u.reason])).toEqual([
        ['staff-training', 'missing'],
        ['data-classification', 'missing'],
      ]);
    });

    it('Ctrl+C while typing a comment keeps it; resumed, the comment is there to change', async () => {
      const answers = join(dir, 'answers.yaml');
      const args = [process.execPath, BIN, 'assess', '--lang', 'en', '--rubric', MINIMAL, '--answers', answers];
      term.start(args);
      await term.waitFor('Name of the government body');
      term.type('Akimat D');
      term.keys('Enter');
      for (const field of ['Department', 'full name', 'position']) {
        await term.waitFor(field);
        term.keys('Enter');
      }
      await term.waitFor('question 1 of 2');
      term.keys('4', 'Enter');
      await term.waitFor('? Comment');
      term.type('Order No. 7 of 2026, signed by the');
      await term.waitFor('signed by the');
      term.keys('C-c');
      expect(await term.exitStatus()).toBe(130);
      expect(term.screen()).toContain('The text you were typing at question 1 is saved in the file under comments.');
      expect(readFileSync(answers, 'utf8')).toContain('comments:\n  staff-training: "Order No. 7 of 2026, signed by the"\n');

      term.start(args);
      await term.waitFor('Continue the assessment of «Akimat D»?');
      term.keys('Enter');
      await term.waitFor('Change the comment: «Order No. 7 of 2026, signed by the»');
      term.keys('4', 'Enter');
      await term.waitFor('(Order No. 7 of 2026, signed by the)');
      term.type('Order No. 7 of 2026, signed by the head');
      term.keys('Enter');
      await term.waitFor('Change the comment: «Order No. 7 of 2026, signed by the head»');
      term.keys('C-c');
      expect(await term.exitStatus()).toBe(130);
      expect(readFileSync(answers, 'utf8')).toContain('staff-training: "Order No. 7 of 2026, signed by the head"\n');
    });

    it('a temporary file a killed save left beside the answer file is removed at the next start; nothing else is', async () => {
      const answers = join(dir, 'answers.yaml');
      writeFileSync(answers, 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: Akimat E}\nlanguage: en\nanswers:\n  staff-training: all\n');
      const stale = join(dir, '.answers.yaml.2147483000.4.tmp');
      writeFileSync(stale, 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: Akimat E}\nansw');
      const others = ['.answers.yaml.tmp', '.other.yaml.2147483000.1.tmp', 'answers.yaml.2147483000.1.tmp', 'notes.txt'];
      for (const name of others) writeFileSync(join(dir, name), 'keep me');
      term.start([process.execPath, BIN, 'assess', '--rubric', MINIMAL, '--answers', answers]);
      await term.waitFor('Continue the assessment of «Akimat E»?');
      expect(term.screen()).toContain(`Removed ${stale}, a temporary file left by a save that was cut off.`);
      expect(existsSync(stale)).toBe(false);
      for (const name of others) expect(readFileSync(join(dir, name), 'utf8'), name).toBe('keep me');
      term.keys('C-c');
      expect(await term.exitStatus()).toBe(130);
    });

    it('two interviews on one file: the second is refused with the holder named; A keeps every answer (review finding 1)', async () => {
      const answers = join(dir, 'x.yaml');
      const args = [process.execPath, BIN, 'assess', '--rubric', MINIMAL, '--lang', 'en', '--answers', answers];
      term.start(args);
      await term.waitFor('Name of the government body');
      term.type('Org A');
      term.keys('Enter');
      for (const field of ['Department', 'full name', 'position']) {
        await term.waitFor(field);
        term.keys('Enter');
      }
      await term.waitFor('question 1 of 2');
      const b = new Terminal(dir);
      try {
        b.start(args);
        expect(await b.exitStatus()).toBe(1);
        expect(b.screen()).toMatch(/is open in another interview \(computer .+, process \d+/);
        expect(b.screen()).toContain(`${answers}.lock`);
      } finally {
        b.close();
      }
      term.keys('2', 'Enter');
      await term.waitFor('question 2 of 2');
      term.keys('C-c');
      expect(await term.exitStatus()).toBe(130);
      expect(readFileSync(answers, 'utf8')).toContain('staff-training: some');
      expect(existsSync(`${answers}.lock`)).toBe(false);
    });
  });
}
