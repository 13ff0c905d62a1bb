import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

const V1 = 'test/fixtures/rubrics/diff-v1.0.0.yaml';
const V2 = 'test/fixtures/rubrics/diff-v1.1.0.yaml';
const ANSWERS = 'test/fixtures/answers/diff';

describe('readiness diff <old> <new>', () => {
  it('prints the markdown diff and exits 0 without --max-delta, however far scores move', () => {
    const r = cli(['diff', V1, V2, '--answers', ANSWERS]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^## Rubric change: `diff-demo` 1\.0\.0 → 1\.1\.0\n/);
    expect(r.stdout).toContain('- Renamed: `staff-training` → `staff-ai-training`');
    expect(r.stdout).toContain('| Акимат Северной области | test/fixtures/answers/diff/akimat-north.yaml | Developing (48.6) | **Initial (44.4)** | −4.2 |');
    expect(r.stderr).toBe('');
  });

  it('exits 1 when a score moves by more than --max-delta, naming the file; 0 when all stay within', () => {
    const over = cli(['diff', V1, V2, '--answers', ANSWERS, '--max-delta', '10']);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('overall score moved by more than 10 points in 1 file:');
    expect(over.stderr).toContain('  test/fixtures/answers/diff/agency-statistics.yaml (Статистика агенттігі): −13.8');
    expect(over.stderr).not.toContain('ministry-digital');
    expect(over.stdout).toContain('Over the limit of 10 points: 1 file.');

    const within = cli(['diff', V1, V2, '--answers', ANSWERS, '--max-delta', '13.8']);
    expect(within.status).toBe(0);
    expect(within.stdout).toContain('Every overall score moves by at most 13.8 points.');
  });

  it('prints JSON for scripts with --format json', () => {
    const r = cli(['diff', V1, V2, '--answers', ANSWERS, '--format', 'json', '--max-delta', '5']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as {
      ok: boolean;
      overLimit: Array<{ file: string }>;
      impact: { files: Array<{ file: string; delta: number; levelChanged: boolean }> };
      structure: { questions: { removed: Array<{ id: string; how: string }> } };
    };
    expect(json.ok).toBe(false);
    expect(json.overLimit.map((f) => f.file)).toEqual([`${ANSWERS}/agency-statistics.yaml`, `${ANSWERS}/ministry-digital.yaml`]);
    expect(json.impact.files.filter((f) => f.levelChanged).map((f) => f.file)).toEqual([
      `${ANSWERS}/ministry-digital.yaml`,
      `${ANSWERS}/akimat-north.yaml`,
    ]);
    expect(json.structure.questions.removed).toMatchObject([{ id: 'legal-audit', how: 'dropped' }]);
  });

  it('speaks the language of --lang', () => {
    const r = cli(['diff', V1, V2, '--answers', ANSWERS, '--lang', 'kk', '--max-delta', '10']);
    expect(r.stdout).toContain('## Әдістеме өзгерісі');
    expect(r.stdout).toContain('Дамушы (48,6)');
    expect(r.stderr).toContain('жалпы ұпай 10 ұпайдан артық өзгерген файлдар (1):');
  });

  it('shows the structure alone without --answers', () => {
    const r = cli(['diff', V1, V2]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('No answer files were given (--answers): structure only.');
    expect(r.stdout).toContain('- Thresholds changed: `developing`: 40 → 45');
  });

  it('exits 1 when an answer file is invalid, still printing the diff, with the finding on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readiness-diff-answers-'));
    copyFileSync(join(ROOT, ANSWERS, 'akimat-north.yaml'), join(dir, 'north.yaml'));
    writeFileSync(join(dir, 'typo.yaml'), 'rubric: {id: diff-demo, version: 1.0.0}\nrespondent: {organization: T}\nanswers:\n  data-catalog: mostly\n');
    const r = cli(['diff', V1, V2, '--answers', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('### ❌ Invalid answer files');
    expect(r.stderr).toContain(`${join(dir, 'typo.yaml')}:4:17: answers.data-catalog: unknown option "mostly"`);
    expect(r.stderr).toContain('1 answer file could not be scored');
  });

  it('refuses an invalid rubric with file, line and column (exit 1)', () => {
    const r = cli(['diff', 'test/fixtures/rubrics/broken-thresholds.yaml', V2, '--answers', ANSWERS]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("test/fixtures/rubrics/broken-thresholds.yaml:26:25: levels[1].min: min 0 must be greater than the previous level's 0");
    expect(r.stdout).toBe('');
  });

  it.each([
    [['diff', V1], 'give the old and the new rubric'],
    [['diff', V1, V2, '--base', 'HEAD'], 'with --base give only the new rubric'],
    [['diff', V1, V2, '--max-delta', '5'], '--max-delta needs --answers'],
    [['diff', V1, V2, '--fail-on-level-change'], '--fail-on-level-change needs --answers'],
    [['diff', V1, V2, '--answers', ANSWERS, '--max-delta', 'five'], '--max-delta must be a number from 0 to 100'],
    [['diff', V1, V2, '--format', 'xml'], 'xml'],
  ])('is a usage error (exit 2): %j', (args, message) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });
});

// The maintainer's trial of 0.2.0 (F13): a level change passed `--max-delta`, and after a new
// question bodies lost points with no reason shown.
describe('readiness diff: --fail-on-level-change, coverage and new questions left blank', () => {
  it('--fail-on-level-change exits 1 listing every file whose level changes; 0 when none does', () => {
    const r = cli(['diff', V1, V2, '--answers', ANSWERS, '--fail-on-level-change']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the readiness level changed in 2 files (--fail-on-level-change):');
    expect(r.stderr).toContain('  test/fixtures/answers/diff/ministry-digital.yaml (Ministry of Digital Development): Developing → Advanced');
    expect(r.stderr).toContain('  test/fixtures/answers/diff/akimat-north.yaml (Акимат Северной области): Developing → Initial');
    expect(r.stdout).toContain(
      '> ❌ **The level changes in 2 files (--fail-on-level-change):** test/fixtures/answers/diff/ministry-digital.yaml (Developing → Advanced), test/fixtures/answers/diff/akimat-north.yaml (Developing → Initial)',
    );
    // Beside --max-delta: the moves are within 13.8 points, the level changes still fail.
    const both = cli(['diff', V1, V2, '--answers', ANSWERS, '--max-delta', '13.8', '--fail-on-level-change', '--format', 'json']);
    expect(both.status).toBe(1);
    const json = JSON.parse(both.stdout) as { ok: boolean; overLimit: unknown[]; failOnLevelChange: boolean; levelChanges: Array<{ file: string; before: { id: string }; after: { id: string } }> };
    expect(json.overLimit).toEqual([]);
    expect(json.failOnLevelChange).toBe(true);
    expect(json.levelChanges.map((f) => [f.file, f.before.id, f.after.id])).toEqual([
      [`${ANSWERS}/ministry-digital.yaml`, 'developing', 'advanced'],
      [`${ANSWERS}/akimat-north.yaml`, 'developing', 'initial'],
    ]);
    // The files whose level stays: exit 0, said in green.
    const dir = mkdtempSync(join(tmpdir(), 'readiness-diff-levels-'));
    copyFileSync(join(ROOT, ANSWERS, 'agency-statistics.yaml'), join(dir, 'agency.yaml'));
    const same = cli(['diff', V1, V2, '--answers', dir, '--fail-on-level-change']);
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('> ✅ No answer file changes level.');
    // Without the option, the same change passes as before.
    expect(cli(['diff', V1, V2, '--answers', ANSWERS]).status).toBe(0);
  });

  it('the score table has a coverage column, and says in how many files a new question is left blank', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readiness-diff-new-question-'));
    const v3 = join(dir, 'diff-v1.2.0.yaml');
    const question = [
      '  - id: data-quality',
      '    area: data',
      '    recommendations: [infrastructure]',
      '    text: {ru: Проверяется ли качество данных?, kk: Деректер сапасы тексеріле ме?, en: Is data quality checked?}',
      '    options:',
      '      - {id: none, score: 0, label: {ru: Нет, kk: Жоқ, en: No}}',
      '      - {id: yearly, score: 1, label: {ru: Ежегодно, kk: Жыл сайын, en: Every year}}',
      '',
    ].join('\n');
    const text = readFileSync(join(ROOT, V2), 'utf8').replace('version: 1.1.0', 'version: 1.2.0').replace('migrations:\n', `${question}migrations:\n  - from: 1.1.0\n`);
    writeFileSync(v3, text);
    const answers = join(dir, 'answers');
    mkdirSync(answers);
    for (const name of ['agency-statistics.yaml', 'ministry-digital.yaml', 'akimat-north.yaml']) copyFileSync(join(ROOT, ANSWERS, name), join(answers, name));
    // One body has answered the new question already (its file is being filled in for 1.2.0).
    writeFileSync(join(answers, 'ministry-digital.yaml'), readFileSync(join(answers, 'ministry-digital.yaml'), 'utf8').replace('answers:\n', 'answers:\n  data-quality: yearly\n'));
    const r = cli(['diff', V2, v3, '--answers', answers]);
    expect(r.stderr).not.toContain('error');
    expect(r.stdout).toContain('- Added: `data-quality`');
    expect(r.stdout).toContain(
      '- New question `data-quality` is left blank in 2 of 3 files: there it counts as 0 until it is answered, so those bodies lose points and coverage.',
    );
    expect(r.stdout).toContain('| Body | File | Before | After | Δ | Coverage | Level |');
    // 6 of 6 answered before, 6 of 7 after.
    expect(r.stdout).toMatch(/\| Статистика агенттігі \| [^|]+agency-statistics\.yaml \| [\d.]+ \| [\d.]+ \| −[\d.]+ \| 100% → 85\.7% \|/);
    expect(r.stdout).toMatch(/\| Ministry of Digital Development \| [^|]+ministry-digital\.yaml \| [\d.]+ \| [\d.]+ \| [^|]+ \| 100% \|/);
    const kk = cli(['diff', V2, v3, '--answers', answers, '--lang', 'kk']);
    expect(kk.stdout).toContain('- Жаңа `data-quality` сұрағы 3 файлдың 2 файлында жауапсыз қалды');
    expect(kk.stdout).toContain('| Қамту |');
    expect(kk.stdout).toContain('100\u00a0% → 85,7\u00a0%');
    const json = JSON.parse(cli(['diff', V2, v3, '--answers', answers, '--format', 'json']).stdout) as {
      impact: { newQuestions: Array<{ id: string; blank: number }>; files: Array<{ file: string; newBlank: string[] }> };
    };
    expect(json.impact.newQuestions).toEqual([{ id: 'data-quality', blank: 2 }]);
    expect(json.impact.files.find((f) => f.file.endsWith('ministry-digital.yaml'))!.newBlank).toEqual([]);
  });
});

describe('readiness diff <new> --base <git-ref>', () => {
  let repo: string;
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
      cwd: repo,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'readiness-diff-git-'));
    git('init', '-q', '-b', 'main');
    mkdirSync(join(repo, 'rubrics'));
    mkdirSync(join(repo, 'answers'));
    copyFileSync(join(ROOT, V1), join(repo, 'rubrics', 'demo.yaml'));
    for (const name of ['akimat-north.yaml', 'agency-statistics.yaml', 'ministry-digital.yaml']) {
      copyFileSync(join(ROOT, ANSWERS, name), join(repo, 'answers', name));
    }
    git('add', '.');
    git('commit', '-q', '-m', 'rubric 1.0.0');
    git('checkout', '-q', '-b', 'change');
    // The branch's working tree holds 1.1.0: the same path, read twice without a second checkout.
    copyFileSync(join(ROOT, V2), join(repo, 'rubrics', 'demo.yaml'));
  });

  it('reads the old rubric from the ref at the same path, from any folder', () => {
    const fromRoot = cli(['diff', join(repo, 'rubrics', 'demo.yaml'), '--base', 'main', '--answers', join(repo, 'answers'), '--format', 'json']);
    expect(fromRoot.status).toBe(0);
    const json = JSON.parse(fromRoot.stdout) as { old: { version: string; source: string }; new: { version: string }; impact: { summary: { files: number; levelChanges: number } } };
    expect(json.old).toMatchObject({ version: '1.0.0', source: 'main:rubrics/demo.yaml' });
    expect(json.new.version).toBe('1.1.0');
    expect(json.impact.summary).toMatchObject({ files: 3, levelChanges: 2 });

    const inside = cli(['diff', 'demo.yaml', '--base', 'main', '--answers', '../answers', '--max-delta', '10'], { cwd: join(repo, 'rubrics') });
    expect(inside.status).toBe(1);
    expect(inside.stdout).toContain('- Renamed: `staff-training` → `staff-ai-training`');
    expect(inside.stderr).toContain('../answers/agency-statistics.yaml (Статистика агенттігі): −13.8');
  });

  it('exits 2 for a ref that does not exist or looks like an option, without running it', () => {
    for (const ref of ['no-such-branch', '--output=/tmp/x']) {
      const r = cli(['diff', join(repo, 'rubrics', 'demo.yaml'), `--base=${ref}`]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`--base ${ref}: no such commit, branch or tag`);
    }
  });

  it('exits 1 when the file does not exist at the ref', () => {
    copyFileSync(join(ROOT, V2), join(repo, 'rubrics', 'new.yaml'));
    const r = cli(['diff', join(repo, 'rubrics', 'new.yaml'), '--base', 'main']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('main:rubrics/new.yaml: the file does not exist at that ref');
  });

  it('exits 1 naming the new rubric when it does not exist, before asking git', () => {
    const r = cli(['diff', join(repo, 'nowhere', 'demo.yaml'), '--base', 'main']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${join(repo, 'nowhere', 'demo.yaml')}: no such file\n`);
  });

  it('exits 2 outside a git repository', () => {
    const outside = mkdtempSync(join(tmpdir(), 'readiness-diff-nogit-'));
    copyFileSync(join(ROOT, V2), join(outside, 'demo.yaml'));
    const r = cli(['diff', join(outside, 'demo.yaml'), '--base', 'main'], { env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not inside a git repository');
  });
});
