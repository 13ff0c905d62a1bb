import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubric/load.js';
import { readWorkbook } from '../../src/source/xlsx/read.js';
import { cli } from '../helpers/cli.js';
import { answerPlan, rowsOf } from '../helpers/workbook.js';

// Real clients: LibreOffice opens what the tool writes, and what openpyxl writes the tool reads.
// CI installs both (.ci/run) and there the tests must run; elsewhere they run when present.
const PYTHON = '/usr/bin/python3';
const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasOpenpyxl = spawnSync(PYTHON, ['-c', 'import openpyxl'], { encoding: 'utf8' }).status === 0;
const inCi = process.env.CI === 'true';

const loaded = loadRubric('rubrics/default.yaml');
if (!loaded.ok) throw new Error('default rubric');
const rubric = loaded.value.rubric;

let dir: string;
const at = (name: string) => join(dir, name);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-clients-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function template(name: string, lang: string): Buffer {
  const r = cli(['template', '--format', 'xlsx', '--lang', lang, '--out', at(name)]);
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(at(name));
}

describe.runIf(hasSoffice || inCi)('LibreOffice (headless)', () => {
  it('opens the generated workbook and converts every sheet to CSV without error', { timeout: 120_000 }, () => {
    const langs = ['ru', 'kk', 'en'];
    for (const lang of langs) template(`lo-${lang}.xlsx`, lang);
    // One LibreOffice start for the three. Filter options: comma, double quote, UTF-8, …,
    // sheet -1 = every sheet, each to a file of its own (`lo-ru-Ответы.csv`).
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${at('lo-profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        at('csv'),
        ...langs.map((lang) => at(`lo-${lang}.xlsx`)),
      ],
      { encoding: 'utf8', timeout: 110_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/error/i);
    const files = readdirSync(at('csv'));
    expect(files).toHaveLength(4 * langs.length);
    for (const lang of langs) {
      const sheets = readWorkbook(readFileSync(at(`lo-${lang}.xlsx`)));
      const csv = readFileSync(join(at('csv'), `lo-${lang}-${sheets[1]!.name}.csv`), 'utf8');
      for (const q of rubric.questions) expect(csv).toContain(q.id);
      expect(csv.split('\n')[1]).toBe('id,section,question,answer,evidence,comment');
    }
  });
});

describe.runIf(hasSoffice || inCi)('LibreOffice printing', () => {
  it('prints the workbook on A4: the respondent sheet upright, the answers and the register across', { timeout: 120_000 }, () => {
    template('print.xlsx', 'ru');
    const r = spawnSync('soffice', [`-env:UserInstallation=file://${at('lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', at('pdf'), at('print.xlsx')], {
      encoding: 'utf8',
      timeout: 110_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const pdf = readFileSync(join(at('pdf'), 'print.pdf')).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))].join('x'));
    // A4 is 595 x 842 points: the respondent sheet's page upright, the others across; no Letter
    // pages (612 x 792), the default of a sheet without print setup in some locales.
    expect(boxes.filter((b) => b === '595x842')).toHaveLength(1);
    expect(boxes.filter((b) => b === '842x595').length).toBeGreaterThanOrEqual(2);
    expect(boxes.some((b) => b === '612x792' || b === '792x612')).toBe(false);
  });
});

describe.runIf(hasOpenpyxl || inCi)('openpyxl', () => {
  it('a workbook filled in and saved by openpyxl scores byte-identically to the equivalent YAML file', () => {
    const bytes = template('py-blank.xlsx', 'kk');
    const { edits, yaml } = answerPlan(rubric, rowsOf(bytes), 'kk');
    writeFileSync(at('edits.json'), JSON.stringify(edits));
    const py = spawnSync(PYTHON, ['test/clients/openpyxl_fill.py', at('py-blank.xlsx'), at('py.xlsx'), at('edits.json')], { encoding: 'utf8' });
    expect(py.status, py.stderr).toBe(0);
    expect(existsSync(at('py.xlsx'))).toBe(true);
    // openpyxl wrote it anew, with parts the tool never writes (its theme, its document properties).
    expect(readFileSync(at('py.xlsx')).includes(Buffer.from('xl/theme/theme1.xml'))).toBe(true);
    writeFileSync(at('py.yaml'), yaml);
    for (const format of ['json', 'md']) {
      const a = cli(['score', at('py.xlsx'), '--format', format]);
      const b = cli(['score', at('py.yaml'), '--format', format]);
      expect(a.status, a.stderr).toBe(0);
      expect(a.stdout).toBe(b.stdout);
    }
  });

  it('sees the layout the template asks for: hidden key rows, frozen headers, drop-downs, A4', () => {
    template('py-layout.xlsx', 'ru');
    const py = spawnSync(PYTHON, ['test/clients/openpyxl_inspect.py', at('py-layout.xlsx')], { encoding: 'utf8' });
    expect(py.status, py.stderr).toBe(0);
    type Seen = { name: string; state: string; freeze: string | null; hiddenRows: number[]; hiddenColumns: string[]; widths: Record<string, number>; lists: Array<{ ref: string; formula: string }>; paperSize: string | number | null; orientation: string | null; printTitleRows: string | null; wrap: boolean | null };
    const [respondent, answers, documents, lists] = JSON.parse(py.stdout) as Seen[];
    expect([respondent!.name, answers!.name, documents!.name, lists!.name]).toEqual(['Респондент', 'Ответы', 'Документы', 'Списки']);
    expect(lists!.state).toBe('hidden');
    for (const sheet of [respondent!, answers!, documents!]) {
      expect(sheet.state).toBe('visible');
      expect(sheet.freeze).toBe('A3');
      expect(sheet.hiddenRows).toContain(2);
      expect(String(sheet.paperSize)).toBe('9');
      expect(sheet.printTitleRows).toBe('$1:$2');
    }
    expect(respondent!.hiddenColumns).toEqual(['B']);
    expect(answers!.orientation).toBe('landscape');
    expect(answers!.wrap).toBe(true);
    expect(answers!.widths.C).toBeGreaterThan(answers!.widths.A!);
    expect(answers!.lists).toHaveLength(rubric.questions.length);
    expect(answers!.lists[0]!.formula).toMatch(/^'Списки'!\$B\$\d+:\$[A-Z]+\$\d+$/);
    expect(documents!.lists).toEqual([{ ref: 'B3:B202', formula: expect.stringMatching(/^'Списки'!/) as string }]);
  });

  it('reads a date openpyxl typed as a date as its ISO date', () => {
    template('py-date.xlsx', 'en');
    writeFileSync(at('date-edits.json'), JSON.stringify({ '3!A3': 'order-12', '3!D3': { date: '2026-02-14' }, '3!C3': '12-п' }));
    const py = spawnSync(PYTHON, ['test/clients/openpyxl_fill.py', at('py-date.xlsx'), at('py-date-out.xlsx'), at('date-edits.json')], { encoding: 'utf8' });
    expect(py.status, py.stderr).toBe(0);
    const register = readWorkbook(readFileSync(at('py-date-out.xlsx')))[2]!;
    expect(register.rows.get(3)?.get(4)).toBe('2026-02-14');
    expect(register.rows.get(3)?.get(3)).toBe('12-п');
  });
});

describe.runIf((hasSoffice && hasOpenpyxl) || inCi)('LibreOffice saving a filled workbook', () => {
  it('reads it back (shared strings, its own parts) and scores as the equivalent YAML file', { timeout: 120_000 }, () => {
    const bytes = template('lo-fill-blank.xlsx', 'ru');
    const { edits, yaml } = answerPlan(rubric, rowsOf(bytes), 'ru');
    writeFileSync(at('lo-edits.json'), JSON.stringify(edits));
    const py = spawnSync(PYTHON, ['test/clients/openpyxl_fill.py', at('lo-fill-blank.xlsx'), at('lo-typed.xlsx'), at('lo-edits.json')], { encoding: 'utf8' });
    expect(py.status, py.stderr).toBe(0);
    const lo = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${at('lo-profile')}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', at('lo-saved'), at('lo-typed.xlsx')],
      { encoding: 'utf8', timeout: 110_000 },
    );
    expect(lo.status, lo.stderr).toBe(0);
    const saved = join(at('lo-saved'), 'lo-typed.xlsx');
    expect(readFileSync(saved).includes(Buffer.from('xl/sharedStrings.xml'))).toBe(true);
    writeFileSync(at('lo.yaml'), yaml);
    const a = cli(['score', saved, '--format', 'json']);
    const b = cli(['score', at('lo.yaml'), '--format', 'json']);
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
});
