import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

// The auditor's recipe in the README opens the batch summaries in LibreOffice from a script with
// an import filter. Here the real client runs that exact recipe (read from the README, so the
// text and the test cannot drift apart) on summaries of bodies with Cyrillic names and a hostile
// name, and an independent pair of readers (Python's csv module, openpyxl) checks every cell.
const PYTHON = '/usr/bin/python3';
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
const inCi = process.env.CI === 'true';

const readme = readFileSync('README.md', 'utf8');
const semicolonFilter = /--infilter="(CSV:59[^"]*)"/.exec(readme)?.[1];
const commaFilter = /\(`(CSV:44[^`]*)` for the comma ones\)/.exec(readme)?.[1];

const HOSTILE = '=HYPERLINK("http://example.org";"Акимат")';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-csv-clients-'));
  const input = join(dir, 'in');
  mkdirSync(input);
  const fixtures = 'test/fixtures/answers/v2';
  for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.yaml'))) copyFileSync(join(fixtures, f), join(input, f));
  // One more body whose name a spreadsheet would run as a formula if the tool let it through.
  const akimat = readFileSync(join(fixtures, 'akimat-starting.yaml'), 'utf8');
  const hostile = akimat.replace(/^(\s+organization:).*$/m, `$1 ${JSON.stringify(HOSTILE)}`);
  expect(hostile).not.toBe(akimat);
  writeFileSync(join(input, 'zz-hostile.yaml'), hostile);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Comparison {
  rows: number;
  sheetRows: number;
  cells: number;
  mismatches: unknown[];
  mismatchCount: number;
  formulas: number;
  probe: { value: unknown; type: string };
}

function convertAndCompare(out: string, filter: string, delimiter: string): Record<string, Comparison> {
  const files = ['summary.csv', 'summary-long.csv'];
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', `--infilter=${filter}`, '--convert-to', 'xlsx', '--outdir', join(out, 'xlsx'), ...files.map((f) => join(out, f))],
    { encoding: 'utf8', timeout: 110_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  const result: Record<string, Comparison> = {};
  for (const f of files) {
    const csv = join(out, f);
    // The hostile body is the last file scored: the last row, column 2 (the organization).
    const rows = readFileSync(csv, 'utf8').trimEnd().split('\n').length;
    const py = spawnSync(PYTHON, ['test/clients/csv_vs_xlsx.py', csv, join(out, 'xlsx', f.replace(/\.csv$/, '.xlsx')), delimiter, String(rows), '2'], { encoding: 'utf8' });
    expect(py.status, py.stderr).toBe(0);
    result[f] = JSON.parse(py.stdout) as Comparison;
  }
  return result;
}

describe.runIf((hasSoffice && hasOpenpyxl) || inCi)('the README recipe opens the batch summaries in LibreOffice', () => {
  it('the README gives both import filters', () => {
    expect(semicolonFilter).toBe('CSV:59,34,76,1,,1049');
    expect(commaFilter).toBe('CSV:44,34,76,1');
  });

  for (const [name, separator, filter, delimiter, lang] of [
    ['semicolon (decimal commas, Russian locale)', 'semicolon', () => semicolonFilter!, ';', 'ru'],
    ['comma (the default)', 'comma', () => commaFilter!, ',', 'kk'],
  ] as const) {
    it(`${name}: every cell of summary.csv and summary-long.csv arrives as written, the hostile name as text`, { timeout: 120_000 }, () => {
      const out = join(dir, `out-${separator}`);
      const r = cli(['score', join(dir, 'in'), '--out', out, '--format', 'csv', '--csv-separator', separator, '--lang', lang]);
      expect(r.status, r.stderr).toBe(0);
      const compared = convertAndCompare(out, filter(), delimiter);
      for (const [file, c] of Object.entries(compared)) {
        expect(c.mismatches, file).toEqual([]);
        expect(c.cells, file).toBeGreaterThan(100);
        expect(c.sheetRows, file).toBe(c.rows);
        expect(c.formulas, file).toBe(0);
        // The tool neutralised the name (a leading apostrophe); LibreOffice keeps it as a string.
        expect(c.probe.type, file).toBe('s');
        expect(String(c.probe.value), file).toBe(`'${HOSTILE}`);
      }
      // What was compared is Cyrillic (and Kazakh letters under kk), which a wrong encoding token
      // in the filter would have mangled into mismatches above.
      const long = readFileSync(join(out, 'summary-long.csv'), 'utf8');
      expect(long).toMatch(lang === 'ru' ? /Идентификатор вопроса/ : /[әғқңөұүһі]/);
    });
  }
});
