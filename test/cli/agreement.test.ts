import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgreementSchema } from '../../src/agreement/schema.js';
import { cli, ROOT, STACK } from '../helpers/cli.js';
// @ts-ignore: a plain ESM script without type declarations
import { generatePilot, readPilotRubric } from '../../scripts/gen-pilot.mjs';

/**
 * `readiness agreement` end to end on a generated pilot: 80 bodies with two respondents who
 * mostly agree, two questions whose respondents are told to answer noisily (a badly worded
 * ladder), and five bodies with a single respondent.
 */
const VAGUE = ['staff-ai-roles', 'legal-internal-act'];
let dir: string;
let pilot: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-agreement-'));
  pilot = join(dir, 'pilot');
  const files = generatePilot(readPilotRubric(), { bodies: 85, respondents: (b: number) => (b < 80 ? 2 : 1), seed: 7, ambiguous: VAGUE }) as Array<{ name: string; text: string }>;
  mkdirSync(pilot);
  for (const f of files) writeFileSync(join(pilot, f.name), f.text);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readiness agreement', () => {
  it('finds exactly the noisy questions ambiguous, and counts the single-respondent bodies', () => {
    const run = cli(['agreement', pilot, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = AgreementSchema.parse(JSON.parse(run.stdout));
    expect(result.files).toBe(165);
    expect(result.bodies).toHaveLength(85);
    expect(result.singleRespondent).toBe(5);
    expect(result.questions.filter((q) => q.ambiguous).map((q) => q.id).sort()).toEqual([...VAGUE].sort());
    for (const id of VAGUE) expect(result.questions.find((q) => q.id === id)!.confusions.length).toBeGreaterThan(0);
    expect(result.overall.alpha!).toBeGreaterThan(0.8);
    // Every body with a disagreement names both respondents' files.
    const split = result.bodies.filter((b) => b.disagreements.length > 0);
    expect(split.length).toBeGreaterThan(10);
    for (const b of split) for (const d of b.disagreements) expect(d.choices.map((c) => c.file)).toEqual(b.respondents.map((r) => r.file));
  });

  it('exits 1 when a question falls below --min-alpha, naming it; 0 when none does', () => {
    const below = cli(['agreement', pilot, '--min-alpha', '0.667']);
    expect(below.status).toBe(1);
    for (const id of VAGUE) expect(below.stderr).toContain(`${id}: alpha`);
    expect(below.stdout).toContain('# Agreement of respondents');
    const none = cli(['agreement', pilot, '--min-alpha', '0']);
    expect(none.status).toBe(0);
  });

  it('writes html with --out, in the asked language', () => {
    const out = join(dir, 'agreement.kk.html');
    const run = cli(['agreement', join(pilot, '*.yaml'), '--format', 'html', '--lang', 'kk', '--out', out]);
    expect(run.status).toBe(0);
    expect(run.stderr.trim()).toBe(out);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain('Респонденттер жауаптарының келісімділігі');
    expect(html).toMatch(/<svg [^>]*role="img"/);
  });

  it('refuses bad options with exit 2', () => {
    for (const args of [
      ['--min-alpha', '1.5'],
      ['--min-alpha', 'abc'],
      ['--format', 'pdf'],
    ]) {
      const run = cli(['agreement', pilot, ...args]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).not.toMatch(STACK);
    }
  });

  it('refuses a broken file and a file of another rubric with file:line:col, exit 1, no stack', () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, readFileSync(join(pilot, 'body-0001-r1.yaml'), 'utf8').replace(/^(  staff-ai-roles: ).*$/m, '$1not-an-option'));
    const other = join(dir, 'other.yaml');
    writeFileSync(other, 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: X}\nanswers: {}\n');
    const run = cli(['agreement', join(pilot, 'body-0002-r1.yaml'), join(pilot, 'body-0002-r2.yaml'), broken, other]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: .*not-an-option`));
    expect(run.stderr).toContain(other);
    expect(run.stderr).not.toMatch(STACK);
  });

  it('carries an older file forward by the rubric’s migrations and says so', () => {
    const run = cli(['agreement', 'test/fixtures/answers/ministry-well-along.yaml', 'test/fixtures/answers/v2/ministry-well-along.yaml', '--lang', 'en'], { cwd: ROOT });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/ministry-well-along\.yaml:\d+:\d+: warning: rubric\.version: carried forward/);
    expect(run.stdout).toContain('The file test/fixtures/answers/ministry-well-along.yaml was made with rubric version 1.0.0');
    expect(run.stdout).toContain('1 body');
  });

  it('prints the JSON Schema of its result', () => {
    const run = cli(['schema', 'agreement']);
    expect(run.status).toBe(0);
    const schema = JSON.parse(run.stdout) as { $id: string; properties: Record<string, unknown> };
    expect(schema.$id).toBe('urn:readiness:schema:agreement');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['schemaVersion', 'questions', 'overall', 'bodies']));
  });
});
