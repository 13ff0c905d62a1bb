import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/batch/collect.js';
import { layoutOfRubric, prepareEnv, scoreFile, type ScoreEnv } from '../../src/batch/score-file.js';
import { MAX_FINDINGS_PER_FILE } from '../../src/errors.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { csvLine, parseCsv } from '../../src/report/csv.js';
import { reportStem } from '../../src/report/write.js';
import { parseRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { parseAnswers } from '../../src/answers/load.js';
import { parseYaml } from '../../src/source/parse-yaml.js';
import { parsePlainYaml } from '../../src/source/plain-yaml.js';
import { printable } from '../../src/source/printable.js';
import { ANSWER_LIMITS } from '../../src/source/read-source.js';
import { count, counted, expectCleanFindings, RUNS, TIMEOUT } from './arbitraries.js';

/**
 * The shapes of the adversarial review of 0.1.0, generated: many keys, many documents,
 * surrogate pairs, control characters, special files. Whatever the input, loading gives a
 * value or at most a hundred clean findings (plus one "… and N more"), names stay safe, and
 * a batch accounts for every input.
 */

const MINIMAL = readFileSync('test/fixtures/rubrics/minimal.yaml', 'utf8');
const HEAD = 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: X}\nlanguage: en\n';
let rubric: Rubric;
let env: ScoreEnv;
let dir: string;
/** Special files (FIFO, a link to /dev/zero, a folder named like a file) a case may pick. */
let specials: string[];

beforeAll(async () => {
  setMessageLang('en');
  const loaded = parseRubric('minimal.yaml', MINIMAL);
  if (!loaded.ok) throw new Error('minimal rubric does not load');
  rubric = loaded.value.rubric;
  env = await prepareEnv({ rubric, messageLang: 'en', summaryLang: 'en', formats: [], tool: { name: 'readiness', version: 'fuzz' } });
  dir = mkdtempSync(join(tmpdir(), 'readiness-fuzz-hostile-'));
  mkdirSync(join(dir, 'special'));
  execFileSync('mkfifo', [join(dir, 'special', 'fifo.yaml')]);
  symlinkSync('/dev/zero', join(dir, 'special', 'zero.yaml'));
  symlinkSync(join(dir, 'nowhere'), join(dir, 'special', 'dangling.yaml'));
  mkdirSync(join(dir, 'special', 'folder.yaml'));
  specials = ['fifo.yaml', 'zero.yaml', 'dangling.yaml'].map((n) => join(dir, 'special', n));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  const total = [...counted.values()].reduce((a, b) => a + b, 0);
  console.log(`fuzz hostile: ${total} cases (${[...counted].map(([k, v]) => `${k} ${v}`).join(', ')})`);
});

/**
 * Runs per property here, as multiples of the CI default (300): with the other fuzz files,
 * over 10,000 cases in a CI run. The cheap properties get the most.
 */
const HOSTILE_RUNS = { files: RUNS * 2, stems: RUNS * 8, text: RUNS * 9, batches: RUNS };

const astral = fc.constantFrom('𐰴', '𐱅', '𝐀', '😀', '\ud800', '\udc00');
const control = fc.constantFrom('\u0000', '\u0007', '\u001b[2J', '\u001b]0;x\u0007', '\u009b', '\u0085', '\u202e', '\u2066', '\u2028', '\r', '\t');
/** Text with surrogate pairs (and lone halves) and control characters mixed in. */
const hostileText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.string({ maxLength: 6 }) }, { weight: 2, arbitrary: astral }, { weight: 2, arbitrary: control }), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** An answer file of one of the review's shapes. */
const hostileFile = fc.oneof(
  // Many keys under answers (some repeated), sometimes over the cap.
  // (Mostly small, now and then around the cap of 10,000: each large case costs tens of ms.)
  fc.record({ n: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: 300 }) }, { weight: 1, arbitrary: fc.integer({ min: 9_990, max: 10_010 }) }), dup: fc.boolean(), nulls: fc.boolean() }).map(
    ({ n, dup, nulls }) => `${HEAD}answers:\n${Array.from({ length: n }, (_, i) => `  k${dup ? i % 97 : i}:${nulls ? '' : ' x'}\n`).join('')}`,
  ),
  // Many documents.
  fc.integer({ min: 1, max: 2_000 }).map((n) => `${HEAD}${'---\n'.repeat(n)}`),
  // A flow map of many keys.
  fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 0, max: 300 }) }, { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 10_010 }) }).map((n) => `${HEAD}answers: {${Array.from({ length: n }, (_, i) => `k${i}: x`).join(', ')}}\n`),
  // Many aliases.
  fc.integer({ min: 0, max: 300 }).map((n) => `a: &a x\n${Array.from({ length: n }, (_, i) => `y${i}: *a\n`).join('')}`),
  // Deep but allowed nesting (and now and then past the depth cap), flow or block, repeated.
  fc.record({ depth: fc.integer({ min: 1, max: 70 }), n: fc.integer({ min: 1, max: 40 }), flow: fc.boolean() }).map(({ depth, n, flow }) =>
    flow
      ? `${HEAD}answers: {staff-training: some}\nx:\n${`- ${'['.repeat(depth)}${']'.repeat(depth)}\n`.repeat(n)}`
      : `${HEAD}answers: {staff-training: some}\nx:\n${Array.from({ length: n }, (_, k) => `  m${k}:\n${Array.from({ length: depth }, (_, d) => `${'  '.repeat(d + 2)}a:\n`).join('')}`).join('')}`,
  ),
  // A long scalar, short of and past the comment's 4,000 characters; many comment lines (the
  // quick reader's length limit sends the long ones to the guarded parser and its caps).
  fc.integer({ min: 0, max: 60_000 }).map((n) => `${HEAD}answers: {staff-training: some}\ncomments: {staff-training: "${'я'.repeat(n)}"}\n`),
  fc.integer({ min: 0, max: 30_000 }).map((n) => `${HEAD}answers:\n  staff-training: some\n${'#\n'.repeat(n)}`),
  // Organization names and comments with surrogate pairs and control characters.
  fc.tuple(hostileText, hostileText).map(([org, comment]) =>
    `rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: ${JSON.stringify(org)}}\nanswers: {staff-training: some}\ncomments: {staff-training: ${JSON.stringify(comment)}}\n`,
  ),
);

describe('fuzz: the shapes of the adversarial review', () => {
  it('hostile answer files: a value, or at most a hundred clean findings and a count of the rest', () => {
    fc.assert(
      fc.property(hostileFile, (text) => {
        count('files');
        const result = parseAnswers('fuzz.yaml', text, rubric);
        if (!result.ok) {
          expect(result.findings.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_FILE + 1);
          expectCleanFindings('fuzz.yaml', result.findings);
        } else expect(result.warnings.length).toBeLessThanOrEqual(MAX_FINDINGS_PER_FILE + 1);
        // The quick reader never takes a file the guarded parser's caps refuse (score and
        // validate agree), and reads what it takes as the guarded parser does.
        const quick = parsePlainYaml(text);
        if (quick !== undefined) {
          const guarded = parseYaml('fuzz.yaml', text, ANSWER_LIMITS);
          expect(guarded.ok).toBe(true);
          if (guarded.ok) expect(quick).toEqual(guarded.source.value);
        }
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: HOSTILE_RUNS.files },
    );
  }, TIMEOUT);

  it('report stems from any name: no lone surrogate, at most 160 bytes, a link that encodes', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText, fc.string({ unit: 'binary', maxLength: 300 }), astral.map((c) => c.repeat(200))), (name) => {
        count('stems');
        const stem = reportStem(name);
        expect(stem).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        expect(Buffer.byteLength(stem)).toBeLessThanOrEqual(170);
        expect(() => encodeURI(stem)).not.toThrow();
      }),
      { numRuns: HOSTILE_RUNS.stems },
    );
  }, TIMEOUT);

  it('CSV cells and printable text: no control character reaches a terminal, and CSV reads back', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 5 }), (cells) => {
        count('text');
        const line = csvLine(cells);
        expect(line.slice(0, -2)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        expect(parseCsv(line)).toHaveLength(1);
        for (const cell of cells) expect(printable(cell, 1000)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
      }),
      { numRuns: HOSTILE_RUNS.text },
    );
  }, TIMEOUT);

  it('a batch of ordinary and special files: every input scored or refused, none hangs or throws', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(0, 1, 2), fc.integer({ min: 3, max: 5 })), { minLength: 1, maxLength: 6 }), (picks) => {
        count('batches');
        const files = picks.map((p, i) => {
          if (p < specials.length) return specials[p]!;
          const file = join(dir, `f${i}-${p}.yaml`);
          writeFileSync(file, p === 3 ? `${HEAD}answers: {staff-training: all}\n` : p === 4 ? 'x: [' : `${HEAD}answers: {nope: x}\n`);
          return file;
        });
        for (const file of files) {
          const outcome = scoreFile(file, env);
          if (!outcome.ok) expectCleanFindings(file, outcome.findings);
          if (specials.slice(0, 2).includes(file)) expect(outcome.row.error).toMatch(/not a regular file/);
        }
      }),
      { numRuns: HOSTILE_RUNS.batches },
    );
    const { files, problems } = collectInputs([join(dir, 'special')]);
    expect(files.sort()).toEqual([...specials].sort());
    expect(problems).toEqual([]);
    expect(layoutOfRubric(rubric, 'en').recommendations).toHaveLength(2);
  }, TIMEOUT);
});
