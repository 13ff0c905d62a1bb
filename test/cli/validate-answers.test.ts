import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { CURRENT } from '../helpers/rubric-versions.js';

describe('readiness validate --answers', () => {
  it('checks each answer file against the rubric it names; a file of another rubric is an error, as `score` counts it', () => {
    const result = cli(['validate', 'rubrics/default.yaml', 'test/fixtures/rubrics/minimal.yaml', '--answers', 'test/fixtures/answers']);
    expect(result.status).toBe(1);
    // The 1.0.0 file, carried forward, answers part of 2.0.0; the same body re-answered for
    // 2.0.0 answers every question of the default rubric (it has AI in operation).
    const total = (/rubrics\/default\.yaml: valid \((\d+) questions/.exec(result.stdout) ?? [])[1];
    expect(Number(total)).toBeGreaterThan(30);
    expect(result.stdout).toMatch(new RegExp(`test/fixtures/answers/ministry-well-along\\.yaml: valid \\(\\d+ of ${total} questions answered\\)`));
    expect(result.stdout).toContain(`test/fixtures/answers/v2/ministry-well-along.yaml: valid (${total} of ${total} questions answered)`);
    expect(result.stdout).toContain('test/fixtures/answers/minimal-partial.yaml: valid (1 of 2 questions answered)');
    expect(result.stderr).toContain('test/fixtures/answers/diff/akimat-north.yaml: made for rubric "diff-demo", not "kz-civil-service-ai, minimal"');
    // `score` counts the same file the same way: an error, in the same words.
    const scored = cli(['score', 'test/fixtures/answers/diff/akimat-north.yaml', '--format', 'json']);
    expect(scored.status).not.toBe(0);
    expect(scored.stderr).toContain('made for rubric "diff-demo", not "kz-civil-service-ai"');
    // With every rubric the folder's files name, the folder is valid.
    const all = cli(['validate', 'rubrics/default.yaml', 'test/fixtures/rubrics/minimal.yaml', 'test/fixtures/rubrics/diff-v1.1.0.yaml', 'test/fixtures/rubrics/method.yaml', '--answers', 'test/fixtures/answers']);
    expect(all.stderr).not.toMatch(/: error:|made for rubric/);
    expect(all.status).toBe(0);
  });

  it('counts the claims of an answer file that lack evidence instead of a bare "valid"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readiness-validate-'));
    writeFileSync(
      join(dir, 'claims.yaml'),
      `rubric: {id: kz-civil-service-ai, version: ${CURRENT}}\nrespondent: {organization: A}\nanswers: {staff-ai-roles: post-filled, staff-training-coverage: none, legal-internal-act: approved}\nevidence: {legal-internal-act: "Приказ № 12-п от 14.02.2026"}\n`,
    );
    const result = cli(['validate', 'rubrics/default.yaml', '--answers', dir]);
    expect(result.status).toBe(0);
    // staff-ai-roles "post-filled" (1) has no evidence: unsupported; legal-internal-act cites one; "none" is zero.
    expect(result.stdout).toMatch(/claims\.yaml: valid \(3 of \d+ questions answered\); 1 claim without the evidence the method requires, 1 answer above zero citing no evidence/);
  });

  it('takes --lang like every command', () => {
    const result = cli(['validate', 'rubrics/default.yaml', '--lang', 'kk']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/rubrics\/default\.yaml: қатесіз \(\d+ сұрақ/);
  });

  it('reports every bad answer file with file:line:col and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readiness-validate-'));
    writeFileSync(join(dir, 'good.yaml'), 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: A}\nanswers: {staff-training: all}\n');
    writeFileSync(join(dir, 'bad-option.yaml'), 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: B}\nanswers: {staff-training: most}\n');
    writeFileSync(join(dir, 'bad-yaml.json'), '{"rubric": {"id": "minimal", "version": "1.0.0"},');
    const result = cli(['validate', 'test/fixtures/rubrics/minimal.yaml', '--answers', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(dir, 'bad-option.yaml')}:3:27: answers.staff-training: unknown option "most"`);
    expect(result.stderr).toMatch(new RegExp(`${join(dir, 'bad-yaml.json').replace(/[.]/g, '\\.')}:\\d+:\\d+: YAML syntax`));
    expect(result.stdout).toContain(`${join(dir, 'good.yaml')}: valid (1 of 2 questions answered)`);
  });

  it('words findings in the message language', () => {
    const result = cli(['validate', 'rubrics/default.yaml', '--answers', 'test/fixtures/answers/minimal-partial.yaml'], { env: { READINESS_LANG: 'ru' } });
    expect(result.stderr).toContain('minimal-partial.yaml: файл составлен для методики «minimal», а не «kz-civil-service-ai»');
  });
});

describe('--rubric, as the other commands take it', () => {
  it('validate and analyze accept --rubric <file> as well as the argument', () => {
    const v = cli(['validate', '--rubric', 'test/fixtures/rubrics/minimal.yaml']);
    expect(v.status).toBe(0);
    expect(v.stdout).toContain('test/fixtures/rubrics/minimal.yaml: valid (2 questions');
    const a = cli(['analyze', '--rubric', 'test/fixtures/rubrics/method.yaml', '--format', 'json']);
    expect(a.status).toBe(0);
    expect((JSON.parse(a.stdout) as { rubric: { id: string } }).rubric.id).toBe('method-demo');
  });
});
