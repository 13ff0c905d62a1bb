import { execFileSync, spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleSummary } from '../../src/batch/console-summary.js';
import { layoutOfRubric } from '../../src/batch/score-file.js';
import { TotalsCounter } from '../../src/batch/totals.js';
import { limitFindings } from '../../src/errors.js';
import { reportStem } from '../../src/report/write.js';
import { parseCsv } from '../../src/report/csv.js';
import { errorRow } from '../../src/report/render-csv.js';
import { parseYaml } from '../../src/source/parse-yaml.js';
import { readSource } from '../../src/source/read-source.js';
import { BIN, cli, ROOT, STACK } from '../helpers/cli.js';
import { minimalRubric } from './helpers.js';

/**
 * The adversarial review of 0.1.0 (reviews/adversarial-0.1.0.md), one describe per finding:
 * each test reproduces what the review did and asserts the behaviour it expected.
 */

const F = join(ROOT, 'test/fixtures/answers');
// The built-in rubric's current version: files made for it are checked strictly (no migration).
const DEFAULT_VERSION = /^version: (\S+)$/m.exec(readFileSync(join(ROOT, 'rubrics/default.yaml'), 'utf8'))![1]!;
const DEFAULT_HEAD = `rubric: {id: kz-civil-service-ai, version: ${DEFAULT_VERSION}}\n`;
let W: string;

beforeAll(() => {
  W = mkdtempSync(join(tmpdir(), 'readiness-adv-'));
});
afterAll(() => rmSync(W, { recursive: true, force: true }));

const dir = (name: string) => {
  const d = join(W, name);
  mkdirSync(d, { recursive: true });
  return d;
};
const run = (args: string[], cwd = ROOT) => cli(args, { cwd, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });

describe('5. a name outside the BMP never ends the batch', () => {
  const orkhon = 'Әкімдік 𐰴𐰀𐰔𐰀𐰴 𐱅𐰇𐰼𐰜 𐰋𐰃𐰠𐰏𐰀 𐰴𐰀𐰍𐰀𐰣 𐰓𐰀 𐰴𐰆𐰞 𐰋𐰆𐰞𐰢𐰃𐱁';

  it('the report stem is cut on code points: no lone surrogate', () => {
    for (const name of [orkhon, `a${'𝐀'.repeat(100)}`]) {
      const stem = reportStem(name);
      expect(stem).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
      expect(() => encodeURI(stem)).not.toThrow();
    }
  });

  it('score . --out: exit 0, both files scored, a summary written, no U+FFFD in names', () => {
    const d = dir('sur2');
    copyFileSync(join(F, 'akimat-starting.yaml'), join(d, 'a.yaml'));
    writeFileSync(join(d, 'ot.yaml'), `${DEFAULT_HEAD}respondent: {organization: "${orkhon}"}\nanswers: {staff-ai-roles: none}\n`);
    writeFileSync(join(d, 'math.yaml'), `${DEFAULT_HEAD}respondent: {organization: "a${'𝐀'.repeat(100)}"}\nanswers: {staff-ai-roles: none}\n`);
    const r = run(['score', '.', '--out', 'o'], d);
    expect(r.stderr).not.toContain('internal error');
    expect(r.status).toBe(0);
    const rows = parseCsv(readFileSync(join(d, 'o/summary.csv'), 'utf8'));
    expect(rows).toHaveLength(4);
    expect(readFileSync(join(d, 'o/summary.md'), 'utf8')).toContain('%F0%90');
    for (const name of readdirSync(join(d, 'o'))) expect(name).not.toContain('\uFFFD');
  });
});

describe('6. many keys, many documents: refused quickly, with bounded output', () => {
  const head = `${DEFAULT_HEAD}language: en\nrespondent: {organization: X}\nanswers:\n`;

  it('a duplicate key among ten thousand is found (the linear check), with its position', () => {
    const keys = Array.from({ length: 9_000 }, (_, i) => `  k${i}: x\n`).join('');
    const parsed = parseYaml('f.yaml', `${head}${keys}  k17: y\n`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.findings[0]).toMatchObject({ line: 9_005, column: 3, message: 'duplicate key: each key may appear once' });
  });

  it('keys that clash only as the plain value holds them (1 and "1") are duplicates too', () => {
    const parsed = parseYaml('f.yaml', 'a: {1: x, "1": y}\n');
    expect(parsed.ok).toBe(false);
  });

  it('a map over the key cap is refused in one finding', () => {
    const keys = Array.from({ length: 10_001 }, (_, i) => `k${i}:\n`).join('');
    const parsed = parseYaml('f.yaml', keys);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.findings).toHaveLength(1);
      expect(parsed.findings[0]!.message).toMatch(/more than 10000 keys/);
    }
  });

  it('200,000 documents give one finding, not 200,000', () => {
    const parsed = parseYaml('f.yaml', `a: 1\n${'---\n'.repeat(200_000)}`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.findings).toHaveLength(1);
  });

  it('150,000 aliases and a flow map of 200,000 keys are refused by the token cap', () => {
    const aliases = parseYaml('f.yaml', `a: &a x\n${Array.from({ length: 150_000 }, (_, i) => `y${i}: *a\n`).join('')}`);
    expect(aliases.ok).toBe(false);
    const flow = parseYaml('f.yaml', `{${Array.from({ length: 190_000 }, (_, i) => `k${i}: x`).join(', ')}}`);
    expect(flow.ok).toBe(false);
    if (!flow.ok) expect(flow.findings[0]!.message).toMatch(/more than 200000 YAML elements|more than 10000 keys/);
  });

  it('5,000 unknown question ids print at most 100 findings and "… and N more"', () => {
    const d = dir('keys');
    // (5,000 keys: an answer file holds at most 50,000 tokens, some 6,000 such lines.)
    writeFileSync(join(d, 'k.yaml'), `${head}${Array.from({ length: 5_000 }, (_, i) => `  k${i}: x\n`).join('')}`);
    const r = run(['score', join(d, 'k.yaml'), '--format', 'json']);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(101);
    expect(lines.at(-1)).toMatch(/… and 4900 more findings in this file/);
  });

  it('limitFindings keeps the first 100 of each file and counts the rest', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ file: i % 2 ? 'a' : 'b', message: `m${i}`, severity: 'error' as const }));
    const limited = limitFindings(many);
    expect(limited).toHaveLength(202);
    expect(limited.filter((f) => f.message.startsWith('…'))).toHaveLength(2);
  });

  it('an answer file is capped at 50,000 tokens, by score and validate alike; a rubric at 200,000', () => {
    const d = dir('tokens');
    // A flow sequence of 30,000 items (60,000 tokens), and 100,000 comment lines (plain
    // enough for the quick reader once): judged by the guarded parser's caps everywhere.
    writeFileSync(join(d, 'seq.yaml'), `${head}  staff-ai-roles: none\nasked: [${Array.from({ length: 30_000 }, () => 'x').join(', ')}]\n`);
    writeFileSync(join(d, 'comments.yaml'), `${head}  staff-ai-roles: none\n${'#\n'.repeat(100_000)}`);
    for (const name of ['seq.yaml', 'comments.yaml']) {
      const file = join(d, name);
      for (const args of [['score', file, '--format', 'json'], ['validate', 'rubrics/default.yaml', '--answers', file]]) {
        const r = run(args);
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(new RegExp(`${name}:\\d+:\\d+: the file has more than 50000 YAML elements`));
      }
    }
    // A rubric of 600 questions (some 130,000 tokens) is still read.
    const minimal = readFileSync(join(ROOT, 'test/fixtures/rubrics/minimal.yaml'), 'utf8');
    const question = minimal.slice(minimal.indexOf('  - id: staff-training'), minimal.indexOf('  - id: cyber-pentest'));
    const big = minimal.replace(question, Array.from({ length: 600 }, (_, i) => question.replace('id: staff-training', `id: staff-training-${i}`)).join(''));
    writeFileSync(join(d, 'big-rubric.yaml'), big);
    const valid = run(['validate', join(d, 'big-rubric.yaml')]);
    expect(valid.stderr).toBe('');
    expect(valid.status).toBe(0);
  });

  it('Ctrl-C right after the first of several worst-case files: exit 130, the CSV says INCOMPLETE, one row per file scored', async () => {
    const d = dir('worst');
    // The slowest shapes under the answer-file caps: deep flow collections, aliases, a flow map, keys, a long scalar.
    const deep = `- ${'['.repeat(60)}${']'.repeat(60)}\n`;
    const shapes = [
      `${head}  staff-ai-roles: none\nx:\n${deep.repeat(420)}`,
      `${DEFAULT_HEAD}a: &a x\nx:\n${'- *a\n'.repeat(20_000)}`,
      `${head}${Array.from({ length: 12_000 }, (_, i) => `  k${i}: x, `).join('').replace(/, $/, '')}\n`,
      `${DEFAULT_HEAD}respondent: {organization: X}\nanswers: {${Array.from({ length: 12_000 }, (_, i) => `k${i}: x`).join(', ')}}\n`,
      `${head}  staff-ai-roles: none\ncomments: {staff-ai-roles: "${'x'.repeat(2_000_000)}"}\n`,
      `${head}  staff-ai-roles: none\nx:\n${deep.repeat(420)}`,
    ];
    shapes.forEach((text, i) => writeFileSync(join(d, `w${i}.yaml`), text));
    const child = spawn(process.execPath, [BIN, 'score', d, '--format', 'csv'], { env: { PATH: process.env.PATH, READINESS_LANG: 'en', READINESS_THREADS: '0' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    // The first file's findings are on stderr: it is done, the next one is under way.
    await new Promise<void>((resolve) => child.stderr.once('data', () => resolve()));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    const rows = parseCsv(out.replace(/^\ufeff/, '')).slice(1);
    const last = rows.at(-1)!;
    const done = rows.length - 1;
    expect(last.join(',')).toContain(`INCOMPLETE: interrupted after ${done} of ${shapes.length} files`);
    expect(done).toBeGreaterThanOrEqual(1);
    expect(done).toBeLessThan(shapes.length);
    // Each row is a file that was scored, in order, and its findings were printed.
    rows.slice(0, done).forEach((row, i) => {
      expect(row[0]).toBe(join(d, `w${i}.yaml`));
      expect(err).toContain(join(d, `w${i}.yaml`));
    });
    expect(err).not.toContain(join(d, `w${done}.yaml`));
    expect(err).toMatch(new RegExp(`interrupted after ${done} of ${shapes.length} files; the CSV on stdout is INCOMPLETE`));
  });

  it('Ctrl-C while a batch meets slow hostile files exits 130 without a summary', async () => {
    const d = dir('q');
    const slow = Array.from({ length: 100_000 }, (_, i) => `k${i}:\n`).join('').slice(0, 1_000_000);
    for (let i = 0; i < 40; i++) writeFileSync(join(d, `b${String(i).padStart(2, '0')}.yaml`), slow);
    const out = join(W, 'q-out');
    const child = spawn(process.execPath, [BIN, 'score', d, '--out', out], { env: { PATH: process.env.PATH, READINESS_LANG: 'en', READINESS_THREADS: '0' } });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    await new Promise<void>((resolve) => child.stderr.once('data', () => resolve()));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(err).toMatch(/interrupted after \d+ of 40 files; the summary was not written/);
    expect(existsSync(join(out, 'summary.csv'))).toBe(false);
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('7. FIFOs and devices: an error row, never a hang or an abort', () => {
  it('readSource refuses a FIFO without blocking, and /dev/zero behind a link without reading it', () => {
    const d = dir('f');
    execFileSync('mkfifo', [join(d, 'fifo.yaml')]);
    symlinkSync('/dev/zero', join(d, 'z.yaml'));
    for (const name of ['fifo.yaml', 'z.yaml']) {
      const read = readSource(join(d, name));
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.finding.message).toMatch(/not a regular file/);
    }
  });

  it('a batch lists the FIFO and the link to /dev/zero in its summary, with exit 1', () => {
    const d = dir('zz');
    copyFileSync(join(F, 'akimat-starting.yaml'), join(d, 'a.yaml'));
    execFileSync('mkfifo', [join(d, 'fifo.yaml')]);
    symlinkSync('/dev/zero', join(d, 'z.yaml'));
    const out = join(W, 'zz-out');
    const r = run(['score', d, join(d, 'fifo.yaml'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    const rows = parseCsv(readFileSync(join(out, 'summary.csv'), 'utf8'));
    expect(rows).toHaveLength(4);
    expect(rows.filter((row) => row.some((c) => /not a regular file/.test(c)))).toHaveLength(2);
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('score /dev/urandom ends at once with an error', () => {
    const r = run(['score', '/dev/urandom', '--format', 'json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\/dev\/urandom: not a regular file/);
  });
});

describe('8. nothing unescaped reaches a terminal', () => {
  it('CSV on stdout has no ESC, BEL, NUL, C1 or bidi control; --fail-under names files printably', () => {
    const d = dir('orgt');
    const org = (name: string) => `${DEFAULT_HEAD}respondent: {organization: "${name}"}\nanswers: {staff-ai-roles: none}\n`;
    writeFileSync(join(d, 'osc.yaml'), org('Org\\e]0;PWNED-TITLE\\a x'));
    writeFileSync(join(d, 'ansi.yaml'), org('Org\\e[2J\\e[31mRED'));
    writeFileSync(join(d, 'nul.yaml'), org('Org\\0Zero \\u009b31mC1 \\u202eevil'));
    writeFileSync(join(d, 'esc\u001b]0;FNTITLE\u0007x.yaml'), org('Plain'));
    writeFileSync(join(d, 'new\nline.yaml'), org('Plain'));
    const r = run(['score', d, '--format', 'csv', '--fail-under', '90']);
    const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
    expect(r.stdout).not.toMatch(controls);
    expect(r.stderr).not.toMatch(controls);
    expect(r.stderr).toContain('esc\\u001b]0;FNTITLE\\u0007x.yaml: ');
    expect(r.stderr).toContain('new\\u000aline.yaml: ');
    // Every line of stderr is one whole message: no forged line starting with "line.yaml".
    expect(r.stderr.split('\n').filter((l) => l.startsWith('line.yaml'))).toEqual([]);
  });

  it('JSON on stdout escapes C1 controls and bidi overrides', () => {
    const d = dir('jsonc');
    writeFileSync(join(d, 'c1.yaml'), `${DEFAULT_HEAD}respondent: {organization: "A\\u009b31mB \\u202eC"}\nanswers: {staff-ai-roles: none}\n`);
    const r = run(['score', join(d, 'c1.yaml'), '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/[\u009b\u202e]/);
    expect(JSON.parse(r.stdout).respondent.organization).toBe('A\u009b31mB \u202eC');
  });
});

describe('10. temporary files: unpredictable names; leftovers never fail a run', () => {
  it('a leftover named as 0.1.0 named its temporary files does not stop the batch', () => {
    const out = dir('pidout');
    writeFileSync(join(out, `.summary.csv.${process.pid}.1.tmp`), '');
    writeFileSync(join(out, '.summary.csv.1.1.tmp'), '');
    const r = run(['score', join(F, 'akimat-starting.yaml'), join(F, 'ministry-well-along.yaml'), '--out', out]);
    expect(r.status).toBe(0);
    expect(existsSync(join(out, 'summary.csv'))).toBe(true);
  });

  it('SIGHUP stops a batch like Ctrl-C: exit 129, no summary, no temporary file', async () => {
    const d = dir('gen');
    for (let i = 0; i < 3000; i++) copyFileSync(join(F, 'akimat-starting.yaml'), join(d, `a${i}.yaml`));
    const out = join(W, 'g-out');
    const child = spawn(process.execPath, [BIN, 'score', d, '--out', out], { env: { PATH: process.env.PATH, READINESS_LANG: 'en' } });
    // Once the summaries are open (their temporary files exist), the batch is under way.
    for (let i = 0; i < 3000 && !(existsSync(out) && readdirSync(out).some((n) => n.endsWith('.tmp'))); i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    child.kill('SIGHUP');
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(129);
    expect(existsSync(join(out, 'summary.csv'))).toBe(false);
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('11. glob spellings a shell accepts', () => {
  it('./*.yaml, ./**/*.yaml, in2//*.yaml and in2/./*.yaml all match', () => {
    const d = dir('globs');
    const in2 = join(d, 'in2');
    mkdirSync(in2);
    copyFileSync(join(F, 'akimat-starting.yaml'), join(in2, 'a.yaml'));
    copyFileSync(join(F, 'ministry-well-along.yaml'), join(in2, 'b.yaml'));
    for (const [cwd, pattern] of [
      [in2, './*.yaml'],
      [in2, './**/*.yaml'],
      [d, 'in2//*.yaml'],
      [d, 'in2/./*.yaml'],
      [d, 'in2/*.{yaml,yml}'],
    ] as const) {
      const r = run(['score', pattern, '--format', 'csv'], cwd);
      expect(r.status, `${pattern}: ${r.stderr}`).toBe(0);
      expect(parseCsv(r.stdout), pattern).toHaveLength(3);
    }
  });
});

describe('12. warnings are not failures; `*` does not walk subfolders', () => {
  it('a link to a folder is a warning: no error row, exit 0, and one file is one file', () => {
    const d = dir('ld');
    copyFileSync(join(F, 'akimat-starting.yaml'), join(d, 'a.yaml'));
    symlinkSync(join(F), join(d, 'linkdir'));
    const csv = run(['score', d, '--format', 'csv']);
    expect(csv.status).toBe(0);
    expect(csv.stderr).toMatch(/linkdir: warning: a link to a folder/);
    expect(parseCsv(csv.stdout)).toHaveLength(2);
    const one = run(['score', d]);
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/^# /);
  });

  it('a non-recursive glob neither walks nor reports subfolders', () => {
    const d = dir('gl');
    copyFileSync(join(F, 'akimat-starting.yaml'), join(d, 'a.yaml'));
    mkdirSync(join(d, 'sub'));
    writeFileSync(join(d, 'sub/broken.yaml'), 'x: [');
    symlinkSync(F, join(d, 'linkdir'));
    const r = run(['score', `${d}/*.yaml`, '--format', 'csv']);
    expect(r.status).toBe(0);
    // (The fixture is of an older rubric version: its carried-forward warning is all there is.)
    expect(r.stderr).not.toMatch(/sub|linkdir|error/);
    expect(parseCsv(r.stdout)).toHaveLength(2);
  });
});

describe('13. --out equal to the input folder, or reached through a link, is not rescanned', () => {
  it('two runs into the input folder itself score the same two files', () => {
    const d = dir('in1');
    copyFileSync(join(F, 'akimat-starting.yaml'), join(d, 'a.yaml'));
    copyFileSync(join(F, 'ministry-well-along.yaml'), join(d, 'b.yaml'));
    expect(run(['score', d, '--out', d]).status).toBe(0);
    const again = run(['score', d, '--out', d]);
    expect(again.stderr).not.toMatch(/schemaVersion|unknown field|\.json/);
    expect(again.status).toBe(0);
    expect(parseCsv(readFileSync(join(d, 'summary.csv'), 'utf8'))).toHaveLength(3);
  });

  it('--out through a link into the input folder', () => {
    const d = dir('in3');
    copyFileSync(join(F, 'akimat-starting.yaml'), join(d, 'a.yaml'));
    copyFileSync(join(F, 'ministry-well-along.yaml'), join(d, 'b.yaml'));
    mkdirSync(join(d, 'reports'));
    symlinkSync(join(d, 'reports'), join(W, 'rlink'));
    expect(run(['score', d, '--out', join(W, 'rlink')]).status).toBe(0);
    const again = run(['score', d, '--out', join(W, 'rlink')]);
    expect(again.stderr).not.toMatch(/schemaVersion|unknown field|\.json/);
    expect(again.status).toBe(0);
  });
});

describe('14. the coloured batch table header', () => {
  it('has one cell per column with colours on', async () => {
    const rubric = minimalRubric();
    const layout = layoutOfRubric(rubric, 'en');
    const table = new ConsoleSummary(layout);
    const row = errorRow('a.yaml', 'x', layout);
    table.add(1, row);
    const totals = new TotalsCounter(layout);
    totals.add(row);
    const text = (await table.render(totals.totals(), true))
      // eslint-disable-next-line no-control-regex
      .replace(/\u001b\[[0-9;]*m/g, '');
    expect(text).toMatch(/│ # +│ File +│ Organization +│ Score +│ Level +│ Coverage +│/);
    expect(text).not.toContain('#,File');
  });
});

describe('15. Ctrl-C with --format csv on stdout says what was written', () => {
  it('the CSV ends with a row saying it is incomplete, and the message says so', async () => {
    const d = dir('tiny');
    for (let i = 0; i < 3000; i++) writeFileSync(join(d, `t${i}.yaml`), `${DEFAULT_HEAD}respondent: {organization: T${i}}\nanswers: {staff-ai-roles: none}\n`);
    const child = spawn(process.execPath, [BIN, 'score', d, '--format', 'csv'], { env: { PATH: process.env.PATH, READINESS_LANG: 'en' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    const done = Number(/interrupted after (\d+) of 3000 files; the CSV on stdout is INCOMPLETE/.exec(err)?.[1]);
    expect(done).toBeGreaterThan(0);
    const rows = parseCsv(out);
    // The header, one row per file done, and the closing row.
    expect(rows).toHaveLength(done + 2);
    expect(rows.at(-1)!.join(',')).toMatch(/INCOMPLETE: interrupted after \d+ of 3000 files/);
  });
});

describe('16. a closed pipe never turns a failing check into success', () => {
  it('--fail-under with stdout closed early exits non-zero', async () => {
    const d = join(W, 'tiny');
    const child = spawn(process.execPath, [BIN, 'score', d, '--format', 'csv', '--fail-under', '99'], {
      env: { PATH: process.env.PATH, READINESS_LANG: 'en' },
    });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).not.toBe(0);
    expect(code).toBeGreaterThanOrEqual(1);
  });
});

describe('17. a file name that is not UTF-8', () => {
  it('is named with what to do, not "no such file"', () => {
    const d = dir('enc');
    copyFileSync(join(F, 'akimat-starting.yaml'), join(d, 'ok.yaml'));
    const bad = Buffer.concat([Buffer.from(`${d}/`), Buffer.from([0xe0, 0xea, 0xe8, 0xec, 0xe0, 0xf2]), Buffer.from('.yaml')]);
    copyFileSync(join(F, 'akimat-starting.yaml'), bad);
    const r = run(['score', d, '--format', 'csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\.yaml: the file name is not valid UTF-8 .*rename the file/);
    expect(r.stderr).not.toMatch(/no such file/);
    expect(parseCsv(r.stdout)).toHaveLength(3);
  });

  it('a folder holding only such a file has one row, that file\'s: not also "matches no file"', () => {
    const d = dir('enc-only');
    copyFileSync(join(F, 'akimat-starting.yaml'), Buffer.concat([Buffer.from(`${d}/`), Buffer.from([0xe0, 0xea]), Buffer.from('.yaml')]));
    const r = run(['score', d, '--format', 'csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/the file name is not valid UTF-8/);
    expect(r.stderr).not.toMatch(/matches no file/);
    expect(parseCsv(r.stdout.replace(/^\ufeff/, ''))).toHaveLength(2);
  });
});

describe('20. smaller messages', () => {
  it('--out that is a file, and an empty --out, are usage errors in words', () => {
    const file = join(dir('afile-dir'), 'afile');
    writeFileSync(file, '');
    const r = run(['score', join(F, 'akimat-starting.yaml'), '--out', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/exists and is a file, not a folder/);
    expect(r.stderr).not.toMatch(/EEXIST/);
    const empty = run(['score', join(F, 'akimat-starting.yaml'), '--out', '']);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/--out: the path is empty/);
  });

  it('an empty batch says "0 report files", and --fail-under notes have one decimal, a comma in Russian', () => {
    const empty = dir('empty');
    const r = run(['score', empty, '--out', join(W, 'x')]);
    expect(r.stdout).toMatch(/^0 report files in /);
    const ru = cli(['score', join(F, 'akimat-starting.yaml'), '--fail-under', '50', '--format', 'json'], { env: { READINESS_LANG: 'ru' } });
    expect(ru.status).toBe(1);
    // (An incomplete assessment fails any threshold; its score so far is still written 13,2.)
    expect(ru.stderr).toMatch(/балл на сегодня \d+,\d, уровня нет\), поэтому порог 50 /);
  });
});

describe('3. template --out never overwrites a file', () => {
  it('refuses an existing answer file (a usage error, exit 2) and leaves it as it was', () => {
    const d = dir('tpl');
    const filled = join(d, 'filled.yaml');
    copyFileSync(join(F, 'akimat-starting.yaml'), filled);
    const before = readFileSync(filled, 'utf8');
    const r = run(['template', '--out', filled]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/filled\.yaml: the file exists and was left as it is/);
    expect(readFileSync(filled, 'utf8')).toBe(before);
    expect(readdirSync(d)).toEqual(['filled.yaml']);
    expect(run(['template', '--out', join(d, 'new.yaml')]).status).toBe(0);
  });
});

describe('4. a migration never overwrites an answer the file already has', () => {
  it('the explicit answer is kept and the conflict is a warning', () => {
    const d = dir('mig');
    writeFileSync(
      join(d, 'mig.yaml'),
      'rubric: {id: diff-demo, version: 1.0.0}\nrespondent: {organization: M}\nlanguage: en\nanswers:\n  staff-training: none\n  staff-ai-training: all\n',
    );
    const r = run(['score', join(d, 'mig.yaml'), '--rubric', 'test/fixtures/rubrics/diff-v1.1.0.yaml', '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { recommendations: Array<{ questions: Array<{ id: string; option?: string | null; answer?: string | null }> }> };
    const question = report.recommendations.flatMap((rec) => rec.questions).find((q) => q.id === 'staff-ai-training');
    expect(JSON.stringify(question)).toContain('"all"');
    expect(r.stderr).toMatch(/staff-training was not carried forward to staff-ai-training: the file already answers staff-ai-training \(all\)/);
  });
});

describe('18. rubric rules refuse unusable weights and ids', () => {
  const minimal = readFileSync(join(ROOT, 'test/fixtures/rubrics/minimal.yaml'), 'utf8');

  it('a weight of 1e-200 is refused by validate', () => {
    const file = join(dir('rb'), 'underflow.yaml');
    writeFileSync(file, minimal.replace('    weight: 2\n    text: {ru: Проводятся', '    weight: 1e-200\n    text: {ru: Проводятся').replace('{infrastructure: 1, literacy: 0.5}', '{infrastructure: 1e-200, literacy: 0.5}'));
    const r = run(['validate', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/questions\[1\]\.weight: weight 1e-200 is too small to count; use 0\.001 or more/);
    expect(r.stderr).toMatch(/questions\[1\]\.recommendations\.infrastructure: weight 1e-200 is too small/);
  });

  it('question ids "prototype" and "constructor" are refused by validate', () => {
    const file = join(dir('rb2'), 'proto.yaml');
    writeFileSync(file, minimal.replace('id: staff-training', 'id: prototype').replace('id: cyber-pentest', 'id: constructor'));
    const r = run(['validate', file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/questions\[0\]\.id: the id "prototype" cannot be used/);
    expect(r.stderr).toMatch(/questions\[1\]\.id: the id "constructor" cannot be used/);
  });
});

describe('20. smaller problems: types, numbers, locale', () => {
  it('!!set, !!binary and .inf are named as what they are', () => {
    const d = dir('types');
    writeFileSync(join(d, 't.yaml'), `${DEFAULT_HEAD}respondent: {organization: !!binary aGVsbG8=}\nanswers: !!set {a}\n`);
    const r = run(['score', join(d, 't.yaml')]);
    expect(r.stderr).toContain('must be a text, not binary data (!!binary)');
    expect(r.stderr).toContain('must be a map of keys to values, not a set (!!set)');
    const rubric = join(d, 'r.yaml');
    writeFileSync(rubric, readFileSync(join(ROOT, 'test/fixtures/rubrics/minimal.yaml'), 'utf8').replace('{id: some, score: 0.5,', '{id: some, score: .inf,'));
    expect(run(['validate', rubric]).stderr).toContain('must be a number, not an infinite or undefined number (.inf, .nan)');
  });

  it('--fail-under 0x20 is a usage error; 40,5 is taken as 40.5', () => {
    expect(run(['score', join(F, 'akimat-starting.yaml'), '--fail-under', '0x20']).status).toBe(2);
    expect(run(['score', join(F, 'akimat-starting.yaml'), '--fail-under', '1e1']).status).toBe(2);
    const comma = run(['score', join(F, 'akimat-starting.yaml'), '--fail-under', '10,5', '--format', 'json']);
    expect(comma.status).not.toBe(2);
    expect(comma.stderr).toMatch(/does not count as reaching 10\.5/);
  });

  it('LC_ALL=C wins over LANG; READINESS_LANG=xx is named; template follows the locale', () => {
    const c = cli(['score', '/nonexistent.yaml'], { env: { READINESS_LANG: '', LC_ALL: 'C', LANG: 'kk_KZ.UTF-8' } });
    expect(c.stderr).toContain('no such file');
    const xx = cli(['score', '/nonexistent.yaml'], { env: { READINESS_LANG: 'xx', LANG: 'ru_RU.UTF-8' } });
    expect(xx.stderr).toMatch(/READINESS_LANG=xx: это не ru, kk или en/);
    const kk = cli(['template'], { env: { READINESS_LANG: '', LANG: 'kk_KZ.UTF-8' } });
    expect(kk.stdout).toContain('міндетті');
  });
});

describe('20. every finding at once; JSON comments named', () => {
  it('a rule error is shown beside schema errors', () => {
    const d = dir('nums');
    writeFileSync(join(d, 'nums.yaml'), `${DEFAULT_HEAD}respondent: {organization: X}\nanswers:\n  staff-ai-roles: true\n  infra-data-exchange: 1000\n  staff-training-personalisation: maybe\n`);
    const r = run(['score', join(d, 'nums.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/:4:19: answers\.staff-ai-roles: must be a text/);
    expect(r.stderr).toMatch(/:5:24: answers\.infra-data-exchange: must be a text/);
    expect(r.stderr).toMatch(/:6:35: answers\.staff-training-personalisation: unknown option "maybe"/);
  });

  it('a schema error outside the answers hides no rule error (score and validate), each at its line and column', () => {
    const d = dir('nums-respondent');
    const file = join(d, 'nums.yaml');
    writeFileSync(
      file,
      `${DEFAULT_HEAD}language: en\nrespondent:\n  organization: 12\n  position: [a]\nanswers:\n  staff-ai-roles: yes\n  infra-data-exchange: 1_000\n  infra-compute-cost: 5\n  no-such-question: none\ncomments:\n  staff-ai-roles: 7\nextra: 1\n`,
    );
    const expected = [
      ':4:17: respondent.organization: must be a text, not a number',
      ':5:13: respondent.position: must be a text, not a list',
      ':7:19: answers.staff-ai-roles: unknown option "yes" for question "staff-ai-roles"',
      ':8:24: answers.infra-data-exchange: unknown option "1_000" for question "infra-data-exchange"',
      ':9:23: answers.infra-compute-cost: must be a text, not a number',
      ':10:3: answers.no-such-question: unknown question id "no-such-question"',
      ':12:19: comments.staff-ai-roles: must be a text, not a number',
      ':13:1: extra: unknown field "extra"',
    ];
    for (const args of [['score', file], ['validate', 'rubrics/default.yaml', '--answers', file]]) {
      const r = run(args);
      expect(r.status).toBe(1);
      const lines = r.stderr.split('\n').filter((l) => l.startsWith(file));
      expect(lines).toHaveLength(expected.length);
      expected.forEach((e, i) => expect(lines[i]).toContain(`${file}${e}`));
    }
  });

  it('a file whose rubric is refused is not checked against a version it may not have: no cascade', () => {
    const d = dir('nums-rubric');
    const file = join(d, 'r.yaml');
    writeFileSync(file, `rubric: {id: kz-civil-service-ai}\nrespondent: {organization: X}\nanswers:\n  staff-ai-roles: yes\n`);
    const r = run(['score', file]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`${file}:1:9: rubric.version: is required`]);
  });

  it('a rubric with schema errors still has its rule errors reported, without consequences of the refused parts', () => {
    const minimal = readFileSync(join(ROOT, 'test/fixtures/rubrics/minimal.yaml'), 'utf8');
    const file = join(dir('rubric-salvage'), 'r.yaml');
    writeFileSync(
      file,
      minimal
        // Schema errors: an option score out of range, a misspelt field, an id not in kebab case.
        .replace('{id: some, score: 0.5,', '{id: some, score: 7,')
        .replace('    weight: 2\n    actions:', '    weigth: 2\n    actions:')
        .replace('  - {id: advanced, min: 50,', '  - {id: Advanced, min: 50,')
        // Rule errors elsewhere: a missing Kazakh text, an unknown recommendation, an unknown area.
        .replace('title: {ru: Киберугрозы, kk: Киберқауіптер, en: Cyber threats}', 'title: {ru: Киберугрозы, en: Cyber threats}')
        .replace('recommendations: [literacy]', 'recommendations: [literacy, nonexistent]')
        .replace('    area: cyber\n', '    area: cyber-x\n'),
    );
    const r = run(['validate', file]);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.startsWith(file))).toEqual([
      `${file}:10:9: riskCategories[0].id: no question belongs to "cyber"`,
      `${file}:11:12: riskCategories[0].title: missing the "kk" text`,
      `${file}:20:5: recommendations[1].weigth: unknown field "weigth"`,
      `${file}:26:10: levels[1].id: must be a kebab-case id (a-z, 0-9 and single hyphens)`,
      `${file}:30:33: questions[0].recommendations[1]: recommendation "nonexistent" is not defined in this rubric`,
      `${file}:34:27: questions[0].options[1].score: must be between 0 and 1`,
      `${file}:37:11: questions[1].area: area "cyber-x" is not a problem area or risk category of this rubric`,
    ]);
  });

  it('a JSON file with // comments is told so, at the comment', () => {
    const d = dir('jsoncomment');
    writeFileSync(join(d, 'c.json'), '{\n  // comment "respondent"\n  "rubric": {"id": "kz-civil-service-ai", "version": "1.0.0"}\n}\n');
    const r = run(['score', join(d, 'c.json')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`${join(d, 'c.json')}:2:3: comments are not allowed in JSON; remove them (or save the file as .yaml, where # starts a comment)`);
  });
});
