import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';
import { ARCHIVE_2, ARCHIVE_21, CURRENT, DEFAULT, NEXT, nextVersionText, rubricRepo } from '../helpers/rubric-versions.js';

const ANSWERS = join(ROOT, 'test/fixtures/answers');

/** A rubric repository under git with the current version committed (and its earlier versions archived), then `edit` applied to the working copy. */
function gitRepo(edit: (text: string) => string): string {
  const dir = rubricRepo(readFileSync(DEFAULT, 'utf8'), { '1.0.0': join(ROOT, 'rubrics/archive/default-1.0.0.yaml'), '2.0.0': ARCHIVE_2, '2.1.0': ARCHIVE_21 });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'rubric');
  writeFileSync(join(dir, 'rubrics/default.yaml'), edit(readFileSync(join(dir, 'rubrics/default.yaml'), 'utf8')));
  return dir;
}

/** Removes the question `id` (its whole entry) from a rubric's text. */
function withoutQuestion(text: string, id: string): string {
  const start = text.indexOf(`  - id: ${id}\n`);
  const next = text.indexOf('\n  - id: ', start + 1);
  const end = next < 0 ? text.indexOf('\n\n', start) : next + 1;
  return text.slice(0, start) + text.slice(end);
}

describe('validate --strict: version discipline', { timeout: 180_000 }, () => {
  it('passes a proper next version: every step checked against the archive, the 1.0.0 files carried through all', () => {
    const dir = rubricRepo(nextVersionText());
    const v = cli(['validate', join(dir, 'rubrics/default.yaml'), '--strict', '--answers', join(ANSWERS, 'akimat-starting.yaml')]);
    expect(v.stderr).not.toMatch(/\berror:|: error/);
    expect(v.status).toBe(0);
    expect(v.stdout).toMatch(/akimat-starting\.yaml: valid \(\d+ of \d+ questions answered\)/);
  });

  it('refuses a migration from a version that never existed (from: x.y.1)', () => {
    const typo = CURRENT.replace(/\.\d+$/, '.1');
    const dir = rubricRepo(nextVersionText((t) => t.replace(`  - from: ${CURRENT}\n`, `  - from: ${typo}\n`)));
    const file = join(dir, 'rubrics/default.yaml');
    const loose = cli(['validate', file]);
    expect(loose.status).toBe(0);
    expect(loose.stderr).toContain(`warning: migrations[0].from: migration from ${typo}: no archived rubric of version ${typo} in the archive folder (archived: 1.0.0, 2.0.0, 2.1.0, ${CURRENT})`);
    const strict = cli(['validate', file, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: migrations\\[0\\]\\.from: migration from ${typo.replace(/[.]/g, '\\.')}`));
  });

  it('checks each step against its archived version: an option the current version never had, a question lost without a word', () => {
    const dir = rubricRepo(
      nextVersionText((t) => withoutQuestion(t, 'trust-public-information'), `  - from: ${CURRENT}\n    renamed: {staff-ai-roles: staff-ai-posts}\n    options: {legal-internal-act: {drafted: drafting}}\n`),
    );
    const r = cli(['validate', join(dir, 'rubrics/default.yaml'), '--strict']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`step ${CURRENT} → ${NEXT}: migrations (options) name option "drafted" of question "legal-internal-act", which version ${CURRENT} does not have`);
    expect(r.stderr).toContain('question "trust-public-information" is gone but the migration neither renames, splits nor drops it');
    expect(r.stderr).toContain('option "draft" of question "legal-internal-act" is gone and the migration maps it to no other option');
  });

  it('--base: a removed question or a gate changed under the same version is an error; a warning without --strict', () => {
    const removed = gitRepo((t) => withoutQuestion(t, 'trust-public-information'));
    const loose = cli(['validate', 'rubrics/default.yaml', '--base', 'HEAD'], { cwd: removed });
    expect(loose.status).toBe(0);
    expect(loose.stderr).toContain(`warning: version: Questions or options were renamed or removed but the version is still ${CURRENT}`);
    const strict = cli(['validate', 'rubrics/default.yaml', '--base', 'HEAD', '--strict'], { cwd: removed });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/rubrics\/default\.yaml:\d+:\d+: version: Questions or options were renamed or removed but the version is still /);

    const gate = gitRepo((t) => {
      const at = t.indexOf('  - id: ai-audit');
      const w = t.indexOf('in: [pilot, operation]', at);
      return `${t.slice(0, w)}in: [operation]${t.slice(w + 'in: [pilot, operation]'.length)}`;
    });
    const g = cli(['validate', 'rubrics/default.yaml', '--base', 'HEAD', '--strict'], { cwd: gate });
    expect(g.status).toBe(1);
    expect(g.stderr).toContain(`Fields that can move scores changed (questions[ai-audit].when.in) but the version is still ${CURRENT}`);
    // Texts alone need no new version.
    // The first question's Russian stem gains a word (whatever the stem says today).
    const text = gitRepo((t) => {
      const at = t.indexOf('      ru: "', t.indexOf('  - id: staff-ai-roles')) + '      ru: "'.length;
      return `${t.slice(0, at)}Именно: ${t.slice(at)}`;
    });
    expect(readFileSync(join(text, 'rubrics/default.yaml'), 'utf8')).toMatch(/^\s+ru: "Именно: /m);
    const tx = cli(['validate', 'rubrics/default.yaml', '--base', 'HEAD', '--strict'], { cwd: text });
    expect(tx.stderr).toBe('');
    expect(tx.status).toBe(0);
  });

  it('--base: a new version whose base is not archived is an error under --strict', () => {
    const patch = CURRENT.replace(/\.\d+$/, '.1');
    const dir = gitRepo((t) => t.replace(/^version: \S+$/m, `version: ${patch}`));
    const r = cli(['validate', 'rubrics/default.yaml', '--base', 'HEAD', '--strict'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`the base (HEAD:rubrics/default.yaml) is version ${CURRENT}, which is not in the archive folder`);
  });
});

describe('diff --strict', { timeout: 180_000 }, () => {
  it('a gate change alone under the same version exits 1 and is listed field by field', () => {
    const dir = gitRepo((t) => {
      const at = t.indexOf('  - id: ai-audit');
      const w = t.indexOf('in: [pilot, operation]', at);
      return `${t.slice(0, w)}in: [operation]${t.slice(w + 'in: [pilot, operation]'.length)}`;
    });
    const loose = cli(['diff', 'rubrics/default.yaml', '--base', 'HEAD', '--answers', join(ANSWERS, 'v2'), '--max-delta', '5'], { cwd: dir });
    expect(loose.stdout).not.toContain('The two rubrics are the same');
    expect(loose.stdout).toContain('- `questions[ai-audit].when.in`: `["pilot","operation"]` → `["operation"]` · ⚠️ can move scores');
    const strict = cli(['diff', 'rubrics/default.yaml', '--base', 'HEAD', '--answers', join(ANSWERS, 'v2'), '--max-delta', '5', '--strict'], { cwd: dir });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('the version discipline is broken (--strict)');
  });

  it('the same model in a file edited otherwise is not called the same file', () => {
    const dir = gitRepo((t) => `# a comment\n${t}`);
    const r = cli(['diff', 'rubrics/default.yaml', '--base', 'HEAD', '--strict'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/The files differ \(sha256 [0-9a-f]{12} → [0-9a-f]{12}\) only in comments or layout/);
  });
});

describe('an archived copy of the current version', { timeout: 120_000 }, () => {
  it('must be the same method: a score-moving difference is an error under --strict', () => {
    const text = readFileSync(DEFAULT, 'utf8');
    const dir = rubricRepo(text.replace(/^  minCoverage: 0\.9$/m, '  minCoverage: 0.8'), { '1.0.0': join(ROOT, 'rubrics/archive/default-1.0.0.yaml'), '2.0.0': ARCHIVE_2, '2.1.0': ARCHIVE_21, [CURRENT]: DEFAULT });
    const r = cli(['validate', join(dir, 'rubrics/default.yaml'), '--strict']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`the archive holds version ${CURRENT} too, and fields that can move scores differ from it (scoring.minCoverage): raise the version`);
  });
});
