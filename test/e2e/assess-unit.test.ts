import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shellQuote } from '../../src/interview/run.js';
import { hasTmux, Terminal } from './tmux.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/readiness.js');
const UNITS = join(ROOT, 'test/fixtures/rubrics/units.yaml');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, READINESS_LANG: 'en', NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-e2e-unit-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const tmux = hasTmux();

describe('assess --unit without a terminal', () => {
  it('exits 2 at once', () => {
    const r = cli(['assess', '--unit', 'it', '--rubric', UNITS], dir);
    expect(r.status).toBe(2);
  });
});

if (!tmux && process.env.CI !== 'true') {
  describe('assess --unit in a terminal', () => {
    it.skip('skipped: tmux is not installed (CI installs it and runs these tests)', () => {});
  });
} else {
  describe('assess --unit in a terminal', () => {
    let term: Terminal;
    beforeEach(() => {
      term = new Terminal(dir);
    });
    afterEach(() => {
      term.close();
    });

    it("asks only the unit's questions, records the unit, survives Ctrl+C and resumes", async () => {
      const answers = join(dir, 'it.yaml');
      const args = [process.execPath, BIN, 'assess', '--unit', 'it', '--lang', 'en', '--rubric', UNITS, '--answers', answers, '--format', 'json'];
      term.start(args);
      await term.waitFor('3 questions');
      await term.waitFor('Name of the government body');
      term.type('Akimat of Kostanay region');
      term.keys('Enter');
      for (const field of ['Department', 'full name', 'position']) {
        await term.waitFor(field);
        term.keys('Enter');
      }
      await term.waitFor('Section 1 of 1 · question 1 of 3');
      expect(term.screen()).toContain('Are penetration tests run?');
      term.keys('3', 'Enter');
      // The best option is a claim: the interview asks for the document that shows it.
      await term.waitFor('Supporting document: The report of the last penetration test');
      term.keys('2', 'Enter'); // its reference in one line
      await term.waitFor('The document that shows it');
      term.type('Report 12 of 2026-03-01');
      term.keys('Enter');
      await term.waitFor('Section 1 of 1 · question 2 of 3');
      term.keys('C-c');
      expect(await term.exitStatus()).toBe(130);
      expect(term.screen()).toContain(`--unit it --answers ${shellQuote(answers)}`);
      const saved = readFileSync(answers, 'utf8');
      // The unit's title was offered for the respondent's unit, and Enter kept it.
      expect(saved).toContain('  unit: "IT and information security"\n');
      expect(saved).toContain('language: en\nunit: it\nasked: [cyber-pentest, cyber-backup, cyber-access]\ndate: "');
      expect(saved).toContain('answers:\n  cyber-pentest: yearly\nevidence:\n  cyber-pentest: "Report 12 of 2026-03-01"\n');

      // Resumed without --unit: the file says which unit it is, so only its questions again.
      term.start(args.filter((a, i) => a !== '--unit' && args[i - 1] !== '--unit'));
      await term.waitFor('1 of 3 answered');
      await term.waitFor('Continue the assessment of «Akimat of Kostanay region»?');
      term.keys('Enter');
      await term.waitFor('Continuing at question 2 of 3');
      term.keys('2', 'Enter');
      await term.waitFor('Supporting document: The backup and restore-test log');
      term.keys('3', 'Enter'); // the document later
      await term.waitFor('question 3 of 3');
      term.keys('1', 'Enter');
      await term.waitFor("Finish: the unit's answers are saved for merging");
      term.keys('Enter');
      expect(await term.exitStatus()).toBe(0);
      // A unit's file gets no reports of its own: the screen says how to merge and score.
      expect(term.screen()).toContain('One unit\'s file is not scored on its own');
      expect(term.screen()).toContain('npx readiness merge <unit files…> --out <body file>');
      expect(existsSync(join(dir, 'reports'))).toBe(false);
      expect(readFileSync(answers, 'utf8')).toContain('unit: it\nasked: [cyber-pentest, cyber-backup, cyber-access]\ndate: "');
      expect(readFileSync(answers, 'utf8')).toContain('answers:\n  cyber-pentest: yearly\n  cyber-backup: "yes"\n  cyber-access: never\n');

      // A body's file (answers beyond the unit, no `unit:`) is refused under --unit, not turned into a unit file.
      const body = join(dir, 'whole-body.yaml');
      writeFileSync(
        body,
        'rubric: {id: units, version: 1.1.0}\nrespondent: {organization: Akimat of Kostanay region}\nlanguage: en\nanswers:\n  ai-policy: draft\n  cyber-pentest: yearly\n',
      );
      const bodyBefore = readFileSync(body, 'utf8');
      term.start([process.execPath, BIN, 'assess', '--unit', 'it', '--lang', 'en', '--rubric', UNITS, '--answers', body]);
      expect(await term.exitStatus()).toBe(2);
      expect(term.screen()).toContain('holds the answers of the whole body, not of one unit');
      expect(readFileSync(body, 'utf8')).toBe(bodyBefore);

      // Another unit's interview refuses this file.
      term.start([process.execPath, BIN, 'assess', '--unit', 'legal', '--lang', 'en', '--rubric', UNITS, '--answers', answers]);
      expect(await term.exitStatus()).toBe(2);
      expect(term.screen()).toContain('holds the answers of unit "it", not "legal"');
    });

    it('assess on a merged file resumes with whatever is still unanswered', async () => {
      const head = 'rubric: {id: units, version: 1.1.0}\nrespondent: {organization: Akimat of Kostanay region}\nlanguage: en\n';
      writeFileSync(join(dir, 'it.yaml'), `${head}unit: it\nanswers:\n  cyber-pentest: yearly\n  cyber-backup: "no"\n  cyber-access: never\n`);
      writeFileSync(join(dir, 'legal.yaml'), `${head}unit: legal\nanswers:\n  ai-policy: draft\n  ai-register: none\n  data-law: once\n`);
      writeFileSync(join(dir, 'hr.yaml'), `${head}unit: hr\nanswers:\n  staff-training: some\n  staff-roles: "no"\n`);
      const merged = cli(['merge', 'it.yaml', 'legal.yaml', 'hr.yaml', '--out', 'body.yaml', '--rubric', UNITS], dir);
      expect(merged.status).toBe(0);
      const body = join(dir, 'body.yaml');
      term.start([process.execPath, BIN, 'assess', '--lang', 'en', '--rubric', UNITS, '--answers', body]);
      await term.waitFor('8 of 9 answered');
      await term.waitFor('Continue the assessment of «Akimat of Kostanay region»?');
      term.keys('Enter');
      await term.waitFor('Continuing at question 6 of 9');
      expect(term.screen()).toContain('Is an officer responsible for AI named?');
      term.keys('2', 'Enter');
      await term.waitFor('Supporting document: The order naming the officer responsible for AI');
      term.keys('2', 'Enter');
      await term.waitFor('The document that shows it');
      term.type('Order No. 7 of 2026-03-01');
      term.keys('Enter');
      await term.waitFor('Finish and write the reports');
      term.keys('Enter');
      expect(await term.exitStatus()).toBe(0);
      const saved = readFileSync(body, 'utf8');
      expect(saved).toContain('evidence:\n  staff-champion: "Order No. 7 of 2026-03-01"\n');
      expect(saved).toContain('  staff-champion: "yes"\n');
      // Who gave the merged answers is kept.
      expect(saved).toContain('contributors:\n  - file: "it.yaml"\n    unit: it\n');
    });
  });
}
