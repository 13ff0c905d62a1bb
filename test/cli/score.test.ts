import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/report/csv.js';
// @ts-expect-error: a plain ES module script without type declarations
import { generateAnswers, readRubric } from '../../scripts/gen-answers.mjs';
import { BIN, cli, ROOT } from '../helpers/cli.js';

const MINIMAL = 'test/fixtures/rubrics/minimal.yaml';
let dir: string;

const yamlAnswers = (org: string, block = '  staff-training: some\n  cyber-pentest: yearly\n', lang = 'en') =>
  `rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: ${JSON.stringify(org)}}\nlanguage: ${lang}\nanswers:\n${block}`;
const jsonAnswers = (org: string, answers: Record<string, string>) =>
  JSON.stringify({ rubric: { id: 'minimal', version: '1.0.0' }, respondent: { organization: org }, answers }, null, 2);

function write(path: string, text: string): string {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const score = (args: string[], env?: NodeJS.ProcessEnv) => cli(['score', '--rubric', MINIMAL, ...args], { env });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-score-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readiness score: one file to stdout', () => {
  it('prints the markdown report when stdout is not a terminal', () => {
    const file = write('one/good.yaml', yamlAnswers('Akimat of Astana'));
    const r = score([file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# .*Akimat of Astana/);
    expect(r.stdout).toContain('91.7');
    expect(r.stderr).toBe('');
  });

  it('prints the JSON report with --format json, in --lang', () => {
    const file = write('one/good.yaml', yamlAnswers('Akimat of Astana'));
    const r = score([file, '--format', 'json', '--lang', 'kk']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.overall.score).toBe(91.7);
    expect(report.language).toBe('kk');
    expect(report.respondent.organization).toBe('Akimat of Astana');
  });

  it('refuses a bad file with file:line:col and exit 1, printing no report', () => {
    const file = write('one/bad.yaml', yamlAnswers('X', '  staff-training: bogus\n'));
    const r = score([file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${file}:5:19: answers.staff-training: unknown option "bogus"`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a path that does not exist, exit 1', () => {
    const r = score([join(dir, 'no-such-file.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no-such-file.yaml: no such file');
  });

  it('writes a rubric-version warning to stderr and still scores', () => {
    const file = write('one/old.yaml', yamlAnswers('Old').replace('version: 1.0.0', 'version: 0.9.0'));
    const r = score([file, '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:\\d+: warning: rubric\\.version: .*0\\.9\\.0`));
    expect(JSON.parse(r.stdout).warnings).toHaveLength(1);
  });

  it('applies --fail-under to the one score', () => {
    const file = write('one/good.yaml', yamlAnswers('Akimat of Astana'));
    expect(score([file, '--fail-under', '90']).status).toBe(0);
    const r = score([file, '--fail-under', '95']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('overall score 91.7 is below 95');
    expect(score([file, '--fail-under', 'lots']).status).toBe(2);
  });
});

describe('readiness score: a batch', () => {
  let batch: string;
  let good: string;
  let broken: string;
  let json: string;
  beforeAll(() => {
    batch = join(dir, 'batch');
    good = write('batch/a-good.yaml', yamlAnswers('Akimat'));
    broken = write('batch/b-broken.yaml', yamlAnswers('Broken', '  staff-training: some\n  cyber-pentst: yearly\n'));
    json = write('batch/sub/c.json', jsonAnswers('Ministry', { 'staff-training': 'none', 'cyber-pentest': 'never' }));
    write('batch/sub/d-bin.yaml', '\u0000binary');
    write('batch/notes.txt', 'not an answer file');
  });

  it('writes every file into the summaries, reports errors as file:line:col and exits 1', () => {
    const out = join(dir, 'out-batch');
    const r = score([batch, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${broken}:6:3: answers.cyber-pentst: unknown question id "cyber-pentst"`);
    expect(r.stderr).toContain(`${join(batch, 'sub/d-bin.yaml')}:1:1: file is binary`);
    const rows = parseCsv(readFileSync(join(out, 'summary.csv'), 'utf8'));
    expect(rows.slice(1).map((row) => [row[0], row.at(-2)])).toEqual([
      [good, 'complete'],
      [broken, 'error'],
      [json, 'complete'],
      [join(batch, 'sub/d-bin.yaml'), 'error'],
    ]);
    expect(rows[2]!.at(-1)).toContain(`${broken}:6:3:`);
    const md = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(md).toContain('4 inputs: 2 scored, 2 with errors.');
    expect(md).toContain('Weakest recommendations');
    // one md and one json report per scored file, plus the two summaries, the long export and index.json
    expect(readdirSync(out).sort()).toHaveLength(2 * 2 + 4);
    // the console table on stdout lists every input
    expect(r.stdout).toContain('Akimat');
    expect(r.stdout).toContain('Ministry');
    expect(r.stdout).toContain('b-broken.yaml');
  });

  it('reads YAML and JSON in one batch, and globs choose among them', () => {
    const r = score([join(batch, '**/*.json'), join(batch, 'a-*.yaml'), '--format', 'csv']);
    expect(r.status).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows.slice(1).map((row) => row[0])).toEqual([json, good]);
    expect(rows.slice(1).map((row) => row[1])).toEqual(['Ministry', 'Akimat']);
  });

  it('lists a glob that matches nothing and a missing path as errors in the summary', () => {
    const r = score([good, join(dir, 'missing.yaml'), join(dir, 'nothing-*.yaml'), '--format', 'csv']);
    expect(r.status).toBe(1);
    const rows = parseCsv(r.stdout);
    expect(rows).toHaveLength(4);
    expect(rows.filter((row) => row.at(-2) === 'error').map((row) => row.at(-1))).toEqual([
      `${join(dir, 'missing.yaml')}: no such file`,
      `${join(dir, 'nothing-*.yaml')}: matches no file`,
    ]);
  });

  it('a report on stdout for a glob that matches nothing names that, not a count of answer files', () => {
    // Without --out a report goes to stdout: the input that named nothing is the error shown.
    const r = score([join(dir, 'nomatch', '*.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${join(dir, 'nomatch', '*.yaml')}: matches no file`);
    expect(r.stderr).not.toMatch(/answer files/);
    const two = score([good, join(dir, 'nomatch-*.yaml')]);
    expect(two.status).toBe(1);
    expect(two.stderr).toContain('matches no file');
    // Two real files still ask for --out, counting files only.
    const several = score([good, json]);
    expect(several.status).toBe(2);
    expect(several.stderr).toContain('2 answer files');
  });

  it('fails under a threshold with the files below it named', () => {
    const out = join(dir, 'out-fail');
    const files = [good, json];
    const ok = score([...files, '--out', out, '--fail-under', '0']);
    expect(ok.status).toBe(0);
    // An incomplete file fails any threshold, 0 included.
    const half = write('batch-half/half.yaml', yamlAnswers('Half', '  staff-training: all\n'));
    const incomplete = score([...files, half, '--out', join(dir, 'out-fail-half'), '--fail-under', '0']);
    expect(incomplete.status).toBe(1);
    // The body is named, then its file.
    expect(incomplete.stderr).toContain(`Half (${half}): the assessment is incomplete`);
    expect(incomplete.stderr).not.toContain(`${good}:`);
    const r = score([...files, '--out', out, '--fail-under', '50']);
    expect(r.status).toBe(1);
    // Scores in messages are written as in the reports, with one decimal.
    expect(r.stderr).toContain(`Ministry (${json}): overall score 0.0 is below 50`);
    expect(r.stderr).not.toContain(`${good}:`);
  });

  it('asks for --out when several files would go to stdout (exit 2)', () => {
    const r = score([good, json]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--out');
    expect(score([good, '--format', 'md,json']).status).toBe(2);
  });

  it('prints nothing but errors with --quiet', () => {
    const r = cli(['--quiet', 'score', '--rubric', MINIMAL, good, json, '--out', join(dir, 'out-quiet')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });
});

describe('readiness score --format csv', () => {
  it('writes a BOM, CRLF rows, and neutralises a formula in an organization name', () => {
    const evil = write('csv/evil.yaml', yamlAnswers('=HYPERLINK("http://evil.example/?x","Click me")'));
    const plus = write('csv/plus.json', jsonAnswers('+7 (7172) 00-00-00', { 'staff-training': 'all' }));
    const r = score([evil, plus, '--format', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    expect(r.stdout.split('\r\n')).toHaveLength(4);
    expect(r.stdout.replace(/\r\n/g, '')).not.toContain('\n');
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://evil.example/?x"",""Click me"")"`);
    const rows = parseCsv(r.stdout);
    expect(rows[1]![1]).toBe(`'=HYPERLINK("http://evil.example/?x","Click me")`);
    expect(rows[2]![1]).toBe(`'+7 (7172) 00-00-00`);
    // numbers stay numbers: overall, coverage, recommendation scores
    expect(rows[1]!.slice(2, 3)).toEqual(['91.7']);
    expect(rows[1]![4]).toBe('1');
    // plus.json leaves cyber-pentest blank: literacy 1 / (1 + 2 × 0.5) = 50, infrastructure 0 / 2 = 0,
    // overall (50 + 2 × 0) / 3 = 16.7 over answered ones 100 (literacy alone); coverage 0.5: incomplete, no level
    expect([rows[2]![2], rows[2]![3], rows[2]![4], rows[2]![5], rows[2]!.at(-2)]).toEqual(['16.7', '', '0.5', '100', 'incomplete']);
    // the table goes to stderr, away from the data
    expect(r.stderr).toContain('2 inputs: 2 scored, 0 with errors');
  });

  it('labels the header in --lang, with stable ids', () => {
    const file = write('csv/one.yaml', yamlAnswers('A'));
    const [header] = parseCsv(score([file, '--format', 'csv', '--lang', 'ru']).stdout);
    expect(header!.slice(0, 3)).toEqual(['Файл', 'Орган', 'Общий балл']);
    expect(header!.slice(5, 8)).toEqual(['Балл по отвеченным вопросам', 'Ответы без подтверждения', 'Неприменимые вопросы']);
    expect(header![8]).toBe('Грамотность (literacy)');
    expect(header!.at(-2)).toBe('Код статуса (complete/incomplete/error)');
    const [kk] = parseCsv(score([file, '--format', 'csv', '--lang', 'kk']).stdout);
    expect(kk![1]).toBe('Орган');
  });

  it('gives the same bytes on worker threads as in one thread, and no progress bar when piped', () => {
    const folder = join(dir, 'generated');
    generateAnswers({ out: folder, count: 120, rubric: readRubric(), seed: 7, jsonRatio: 0.2, brokenRatio: 0.05 });
    const args = ['score', folder, '--format', 'csv'];
    const alone = cli(args, { env: { READINESS_THREADS: '0' } });
    const threaded = cli(args, { env: { READINESS_THREADS: '2' } });
    expect(alone.status).toBe(1);
    expect(threaded.status).toBe(1);
    expect(threaded.stdout).toBe(alone.stdout);
    expect(threaded.stderr).toBe(alone.stderr);
    const rows = parseCsv(threaded.stdout);
    expect(rows).toHaveLength(121);
    expect(rows.filter((row) => row.at(-2) === 'error')).toHaveLength(6);
    expect(threaded.stderr).not.toContain('\r');
  });
});

describe('readiness score --csv-separator semicolon', () => {
  // Excel under ru-RU or kk-KZ regional settings: cells split by ;, numbers with a decimal comma.
  // Numbers: overall, coverage, answered score, counts, then every recommendation and risk (up to the type column).
  const numeric = (header: string[]) => {
    const extra = header.findIndex((h) => h.includes('(respondent.type)'));
    return header.map((_, i) => (i >= 2 && i !== 3 && i <= 7) || (i >= 8 && i < extra));
  };
  const withDecimalComma = (rows: string[][]) => {
    const isNumber = numeric(rows[0]!);
    return rows.map((row, r) => (r === 0 ? row : row.map((cell, i) => (isNumber[i] ? cell.replace('.', ',') : cell))));
  };

  it('gives the cells of the comma variant, the same on worker threads as in one thread, and the same in summary.csv', () => {
    const folder = join(dir, 'generated-semicolon');
    generateAnswers({ out: folder, count: 120, rubric: readRubric(), seed: 11, jsonRatio: 0.2, brokenRatio: 0.05 });
    const comma = cli(['score', folder, '--format', 'csv'], { env: { READINESS_THREADS: '0' } });
    const args = ['score', folder, '--format', 'csv', '--csv-separator', 'semicolon'];
    const alone = cli(args, { env: { READINESS_THREADS: '0' } });
    const threaded = cli(args, { env: { READINESS_THREADS: '2' } });
    expect(alone.status).toBe(1);
    expect(threaded.status).toBe(1);
    expect(threaded.stdout).toBe(alone.stdout);
    expect(alone.stdout.startsWith('\ufeff')).toBe(true);
    expect(alone.stdout.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(alone.stdout, 'semicolon');
    expect(rows).toHaveLength(121);
    expect(rows).toEqual(withDecimalComma(parseCsv(comma.stdout)));
    expect(alone.stdout).toMatch(/;\d+,\d+;/);
    // The variable does what the option does; summary.csv in --out is the same text.
    const viaEnv = cli(['score', folder, '--format', 'csv'], { env: { READINESS_THREADS: '2', READINESS_CSV_SEPARATOR: 'semicolon' } });
    expect(viaEnv.stdout).toBe(alone.stdout);
    const out = join(dir, 'out-semicolon');
    expect(cli(['score', folder, '--out', out, '--format', 'json', '--csv-separator', 'semicolon'], { env: { READINESS_THREADS: '2' } }).status).toBe(1);
    expect(readFileSync(join(out, 'summary.csv'), 'utf8')).toBe(alone.stdout);
  });

  it('quotes a cell holding ; and still neutralises a formula', () => {
    const a = write('semi/a.yaml', yamlAnswers('Akimat; department of 15.1'));
    const b = write('semi/b.yaml', yamlAnswers('=HYPERLINK("http://evil.example";"x")'));
    const r = score([a, b, '--format', 'csv', '--csv-separator', 'semicolon']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`;"Akimat; department of 15.1";91,7;`);
    expect(r.stdout).toContain(`;"'=HYPERLINK(""http://evil.example"";""x"")";`);
    const rows = parseCsv(r.stdout, 'semicolon');
    expect(rows.slice(1).map((row) => row[1])).toEqual(['Akimat; department of 15.1', `'=HYPERLINK("http://evil.example";"x")`]);
  });

  it('leaves the default and --csv-separator comma byte for byte as they were; the option wins over the variable', () => {
    const a = write('semi/c.yaml', yamlAnswers('Akimat of Astana'));
    const plain = score([a, '--format', 'csv']);
    expect(score([a, '--format', 'csv', '--csv-separator', 'comma']).stdout).toBe(plain.stdout);
    expect(score([a, '--format', 'csv', '--csv-separator', 'comma'], { READINESS_CSV_SEPARATOR: 'semicolon' }).stdout).toBe(plain.stdout);
    expect(plain.stdout).toContain(',91.7,');
  });

  it('refuses another separator, from the option or the variable, with a usage error', () => {
    const a = write('semi/d.yaml', yamlAnswers('A'));
    const bad = score([a, '--format', 'csv', '--csv-separator', 'tab']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--csv-separator tab: the separator must be one of: comma, semicolon');
    expect(bad.stdout).toBe('');
    const badEnv = score([a, '--format', 'csv'], { READINESS_CSV_SEPARATOR: ';' });
    expect(badEnv.status).toBe(2);
    expect(badEnv.stderr).toContain('READINESS_CSV_SEPARATOR=;: the separator must be one of: comma, semicolon');
    // No CSV is written: the variable does not matter.
    expect(score([a, '--format', 'json'], { READINESS_CSV_SEPARATOR: ';' }).status).toBe(0);
  });

  it('ends an interrupted CSV on stdout with the INCOMPLETE row, split by ; too', async () => {
    const folder = join(dir, 'interrupt-semicolon');
    generateAnswers({ out: folder, count: 3000, rubric: readRubric(), seed: 5 });
    const child = spawn(process.execPath, [BIN, 'score', folder, '--format', 'csv', '--csv-separator', 'semicolon'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, READINESS_LANG: 'en', NO_COLOR: '1', READINESS_THREADS: '0' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt once rows are coming out.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const rows = parseCsv(out, 'semicolon');
    const last = rows.at(-1)!;
    expect(last).toHaveLength(rows[0]!.length);
    expect(last.at(-2)).toBe('error');
    expect(last.at(-1)).toBe(`INCOMPLETE: interrupted after ${rows.length - 2} of 3000 files; the files after this row were not scored`);
    expect(out.endsWith(`;error;"${last.at(-1)}"\r\n`)).toBe(true);
  });
});

describe('readiness score --out', () => {
  it('never lets two files of one body overwrite each other', () => {
    const a = write('dup/a.yaml', yamlAnswers('Akimat of Almaty'));
    const b = write('dup/b.yaml', yamlAnswers('Akimat of Almaty', '  staff-training: none\n'));
    const c = write('dup/c.yaml', yamlAnswers('AKIMAT OF ALMATY'));
    const out = join(dir, 'out-dup');
    const r = score([a, b, c, '--out', out, '--format', 'json']);
    expect(r.status).toBe(0);
    const reports = readdirSync(out).filter((n) => n.endsWith('.json') && n !== 'index.json');
    expect(reports).toHaveLength(3);
    const scores = reports.map((n) => JSON.parse(readFileSync(join(out, n), 'utf8')).overall.score).sort();
    expect(scores).toEqual([0, 91.7, 91.7].sort());
    const md = readFileSync(join(out, 'summary.md'), 'utf8');
    for (const n of reports) expect(md).toContain(`](${n})`);
  });

  it('does not read its own reports back when --out is inside the input folder', () => {
    const folder = join(dir, 'inside');
    write('inside/a.yaml', yamlAnswers('Inside body'));
    write('inside/b.yaml', yamlAnswers('Other body'));
    const out = join(folder, 'reports');
    expect(score([folder, '--out', out]).status).toBe(0);
    const again = score([folder, '--out', out]);
    expect(again.status).toBe(0);
    const rows = parseCsv(readFileSync(join(out, 'summary.csv'), 'utf8'));
    expect(rows.slice(1).map((row) => row[0])).toEqual([join(folder, 'a.yaml'), join(folder, 'b.yaml')]);
  });

  it('writes one file alone as its reports plus the summary', () => {
    const a = write('single/a.yaml', yamlAnswers('Single body'));
    const out = join(dir, 'out-single');
    const r = score([a, '--out', out]);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(expect.arrayContaining(['summary.csv', 'summary.md']));
    expect(readdirSync(out).filter((n) => /^single-body-[0-9a-f]{8}\.(md|json)$/.test(n))).toHaveLength(2);
    expect(r.stdout).toContain('summary.csv');
  });
});

describe('readiness score: Ctrl-C', () => {
  it('stops between files with exit 130, writing no summary and leaving no temporary file', async () => {
    const folder = join(dir, 'interrupt');
    generateAnswers({ out: folder, count: 3000, rubric: readRubric(), seed: 3 });
    const out = join(dir, 'out-interrupt');
    const child = spawn(process.execPath, [BIN, 'score', folder, '--out', out, '--format', 'json'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, READINESS_LANG: 'en', NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt once the batch is under way: its first reports are on disk.
    while (!(existsSync(out) && readdirSync(out).some((n) => n.endsWith('.json')))) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/interrupted after \d+ of 3000 files/);
    const names = readdirSync(out);
    expect(names).not.toContain('summary.csv');
    expect(names).not.toContain('summary.md');
    expect(names.filter((n) => n.startsWith('.'))).toEqual([]);
    expect(names.length).toBeLessThan(3000);
  });
});
