import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { cli, ROOT } from '../helpers/cli.js';

/**
 * The auditor's day through the CLI (issue 26, "The fleet names everything"): repeated bodies
 * and copies, error rows that name the body, --lenient, the machine forms of the fleet page
 * (summary.csv's new columns, summary-long.csv, index.json), --fail-under's closing count,
 * and stale reports with --clean.
 */

const V2 = join(ROOT, 'test/fixtures/answers/v2');
let dir: string;
let rubric: Rubric;

function parseCsv(text: string, separator = ','): string[][] {
  // RFC 4180, the BOM dropped (the same reading as test/report/csv.test.ts).
  const src = text.replace(/^\ufeff/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

/** Answer YAML for the default rubric: every question at its top option with a document, except `low` at the bottom. */
function allTop(org: string, extra: { respondent?: string; low?: (q: Rubric['questions'][number]) => boolean; gate?: string } = {}): string {
  const lines = [`rubric: {id: ${rubric.id}, version: ${rubric.version}}`, 'language: en', 'respondent:', `  organization: ${JSON.stringify(org)}`];
  if (extra.respondent) lines.push(extra.respondent);
  lines.push('answers:');
  const evidence: string[] = ['evidence:'];
  for (const q of rubric.questions) {
    const sorted = [...q.options].sort((a, b) => a.score - b.score);
    let option = extra.low?.(q) ? sorted[0]! : sorted.at(-1)!;
    if (q.id === 'tech-ai-systems') option = q.options.find((o) => o.id === (extra.gate ?? 'operation'))!;
    lines.push(`  ${q.id}: ${option.id}`);
    evidence.push(`  ${q.id}: "Order No. ${lines.length} of 1 February 2026"`);
  }
  return `${[...lines, ...evidence].join('\n')}\n`;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-fleet-audit-'));
  const loaded = loadRubric(join(ROOT, 'rubrics/default.yaml'));
  if (!loaded.ok) throw new Error('default rubric does not load');
  rubric = loaded.value.rubric;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
  return path;
}

const v2 = (name: string) => readFileSync(join(V2, name), 'utf8');

describe('readiness score: repeated bodies and copies', () => {
  it('flags the same organization twice and two bodies with identical answers and evidence everywhere, and reports record their file', () => {
    const akimat = v2('akimat-starting.yaml');
    const input = folder('repeats', {
      'a-ministry.yaml': v2('ministry-well-along.yaml'),
      'b-ministry-old.yaml': readFileSync(join(ROOT, 'test/fixtures/answers/ministry-well-along.yaml'), 'utf8'),
      'c-akimat.yaml': akimat,
      'd-copycat.yaml': akimat.replace(/organization: .*/, 'organization: Akimat of Copycat Region'),
      'e-agency.yaml': v2('agency-in-between.yaml'),
    });
    const out = join(dir, 'repeats-out');
    const r = cli(['score', input, '--out', out, '--format', 'html,json']);
    expect(r.status).toBe(0);
    // The console names both repeats, each with the earlier file.
    expect(r.stderr).toContain('repeats: 2 files repeat an earlier one');
    expect(r.stderr).toMatch(/#2 .*b-ministry-old\.yaml \(Министерство .*\): same organization as file #1 \(.*a-ministry\.yaml\)/);
    expect(r.stderr).toMatch(/#4 .*d-copycat\.yaml \(Akimat of Copycat Region\): same answers and evidence as file #3 \(.*c-akimat\.yaml\)/);
    // summary.csv: the repeats column, empty for the first of each.
    const rows = parseCsv(readFileSync(join(out, 'summary.csv'), 'utf8'));
    const col = rows[0]!.indexOf('Repeats an earlier file');
    expect(col).toBeGreaterThan(0);
    expect(rows.slice(1).map((row) => row[col])).toEqual([
      '',
      expect.stringMatching(/^same organization as file #1 /),
      '',
      expect.stringMatching(/^same answers and evidence as file #3 /),
      '',
    ]);
    // summary.md: the row and a section of its own.
    const md = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(md).toContain('## Repeated bodies and copies');
    expect(md).toMatch(/same answers and evidence as file \\#3/);
    // The fleet page: a key figure, a section, the mark under the body.
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<section id="repeats">');
    expect(html).toContain('same organization as file #1');
    // index.json carries them as data.
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    expect(index.repeats.map((x: { index: number; notes: Array<{ kind: string; index: number }> }) => [x.index, x.notes.map((n) => [n.kind, n.index])])).toEqual([
      [2, [['organization', 1]]],
      [4, [['copy', 3]]],
    ]);
    // Each body's JSON report records its answer file and the file's hash.
    const reports = readdirSync(out).filter((n) => n.endsWith('.json') && n !== 'index.json');
    const sources = reports.map((n) => JSON.parse(readFileSync(join(out, n), 'utf8')).source);
    expect(sources.map((s) => s.file).sort()).toEqual(readdirSync(input).map((n) => join(input, n)).sort());
    for (const s of sources) expect(s.sha256).toBe(createHash('sha256').update(readFileSync(s.file)).digest('hex'));
  });

  it('reads the register as part of the evidence: the same ids naming other documents are not a copy', () => {
    const withRegister = (org: string, number: string) =>
      `rubric: {id: ${rubric.id}, version: ${rubric.version}}\nrespondent: {organization: ${org}}\n` +
      `documents:\n  order-1: {type: order, number: "${number}", date: 2026-02-14}\n` +
      `answers:\n  staff-ai-roles: team\nevidence:\n  staff-ai-roles: [order-1]\n`;
    const input = folder('register', { 'a.yaml': withRegister('Body A', '12-п'), 'b.yaml': withRegister('Body B', '99-п'), 'c.yaml': withRegister('Body C', '12-п') });
    const rows = parseCsv(cli(['score', input, '--format', 'csv']).stdout);
    const col = rows[0]!.indexOf('Repeats an earlier file');
    expect(rows.slice(1).map((row) => row[col])).toEqual(['', '', expect.stringMatching(/^same answers and evidence as file #1 /)]);
  });

  it('lists the first 20 repeats on the terminal and counts the rest; summary.csv has every one', () => {
    const same = (i: number) => `rubric: {id: ${rubric.id}, version: ${rubric.version}}\nrespondent: {organization: Body ${i}}\nanswers: {staff-ai-roles: none}\n`;
    const input = folder('many-copies', Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`f${String(i).padStart(2, '0')}.yaml`, same(i)])));
    const r = cli(['score', input, '--format', 'csv']);
    expect(r.stderr).toContain('repeats: 24 files repeat an earlier one');
    expect(r.stderr.split('\n').filter((l) => / same answers and evidence as file #1 /.test(l))).toHaveLength(20);
    expect(r.stderr).toContain('… and 4 more: every one is in summary.csv, summary.md and the fleet page');
    const rows = parseCsv(r.stdout);
    const col = rows[0]!.indexOf('Repeats an earlier file');
    expect(rows.slice(2).every((row) => row[col]!.startsWith('same answers and evidence as file #1 '))).toBe(true);
  });

  it('does not call two blank assessments copies, nor two different bodies with different answers repeats', () => {
    const blank = (org: string) => `rubric: {id: ${rubric.id}, version: ${rubric.version}}\nrespondent: {organization: ${org}}\nanswers: {}\n`;
    const input = folder('no-repeats', { 'a.yaml': blank('Body A'), 'b.yaml': blank('Body B'), 'c.yaml': v2('agency-in-between.yaml') });
    const r = cli(['score', input, '--format', 'csv']);
    expect(r.stderr).not.toContain('repeats:');
    const rows = parseCsv(r.stdout);
    const col = rows[0]!.indexOf('Repeats an earlier file');
    expect(rows.slice(1).every((row) => row[col] === '')).toBe(true);
  });
});

describe('readiness score: error rows and --lenient', () => {
  const typo = () => v2('agency-in-between.yaml').replace('tech-roadmap: lead', 'tech-roadmap: not-an-option').replace(/organization: .*/, 'organization: Typo Agency');
  const broken = 'rubric: {id: kz-civil-service-ai, version: 2.0.0}\nrespondent:\n  organization: Broken Body\n  name: [unclosed\n';

  it('names the body of a refused file in the console, summary.csv, summary.md and the fleet page', () => {
    const input = folder('errors', { 'a-typo.yaml': typo(), 'b-broken.yaml': broken, 'c-good.yaml': v2('akimat-starting.yaml') });
    const out = join(dir, 'errors-out');
    const r = cli(['score', input, '--out', out, '--format', 'html']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/a-typo\.yaml\s*│ Typo Agency\s*│ error: /);
    const rows = parseCsv(readFileSync(join(out, 'summary.csv'), 'utf8'));
    // The organization of the typo file was read; the broken YAML's could not be.
    expect(rows.slice(1).map((row) => [row[1], row.at(-2)])).toEqual([
      ['Typo Agency', 'error'],
      ['', 'error'],
      ['Жамбыл облысының әкімдігі', 'complete'],
    ]);
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toMatch(/\| 1 \| \S*a-typo\.yaml \| Typo Agency \|/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/<td>Typo Agency<\/td><td><code>[^<]*a-typo\.yaml<\/code><\/td>/);
  });

  it('--lenient scores a file with an unknown option as that answer unanswered, and says so everywhere', () => {
    const input = folder('lenient', { 'a-typo.yaml': typo(), 'b-broken.yaml': broken });
    const strict = cli(['score', join(input, 'a-typo.yaml'), '--format', 'json']);
    expect(strict.status).toBe(1);
    const out = join(dir, 'lenient-out');
    const r = cli(['score', input, '--out', out, '--format', 'json,html', '--lenient']);
    // The broken YAML is still refused: --lenient sets aside answers, never a file it cannot read.
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/a-typo\.yaml:\d+:\d+: warning: answers\.tech-roadmap: --lenient: this answer is set aside and counts as unanswered \(unknown option "not-an-option"/);
    expect(r.stderr).toContain('--lenient: 1 file was scored with some answers set aside as unanswered');
    const rows = parseCsv(readFileSync(join(out, 'summary.csv'), 'utf8'));
    const col = rows[0]!.indexOf('Set aside by --lenient (an answer counts as unanswered)');
    expect(rows[1]![col]).toBe('tech-roadmap');
    expect(rows[1]!.at(-2)).toBe('complete');
    expect(rows[2]!.at(-2)).toBe('error');
    const long = parseCsv(readFileSync(join(out, 'summary-long.csv'), 'utf8'));
    const roadmap = long.find((row) => row[5] === 'tech-roadmap')!;
    expect([roadmap[7], roadmap[12], roadmap.at(-1)]).toEqual(['not answered', '0', '1']);
    expect(long.filter((row) => row.at(-1) === '1')).toHaveLength(1);
    const report = JSON.parse(readFileSync(join(out, readdirSync(out).find((n) => n.startsWith('typo-agency') && n.endsWith('.json'))!), 'utf8'));
    expect(report.warnings.some((w: string) => w.includes('--lenient'))).toBe(true);
    expect(report.unanswered.map((q: { id: string }) => q.id)).toContain('tech-roadmap');
    expect(readFileSync(join(out, 'summary.md'), 'utf8')).toContain('lenient: 1 answer set aside');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('lenient: 1 answer set aside');
    // An evidence entry under a misspelt question id is set aside too, and named with its field.
    const misspelt = folder('lenient-evidence', { 'e.yaml': v2('agency-in-between.yaml').replace('\n  cyber-monitoring: [', '\n  cyber-monitorng: [') });
    const e = cli(['score', misspelt, '--format', 'csv', '--lenient']);
    expect(e.status).toBe(0);
    expect(e.stderr).toMatch(/evidence\.cyber-monitorng: --lenient: this entry is set aside \(unknown question id/);
    const eRows = parseCsv(e.stdout);
    expect(eRows[1]![eRows[0]!.indexOf('Set aside by --lenient (an answer counts as unanswered)')]).toBe('evidence.cyber-monitorng');
    expect(cli(['score', misspelt, '--format', 'csv']).status).toBe(1);
    // The lenient score is the score of the same file without that answer.
    const without = folder('lenient-without', { 'x.yaml': typo().replace('  tech-roadmap: not-an-option\n', '') });
    const plain = JSON.parse(cli(['score', join(without, 'x.yaml'), '--format', 'json']).stdout);
    expect(report.overall.score).toBe(plain.overall.score);
  });
});

describe('readiness score: machine forms of the fleet page', () => {
  it('summary.csv gives type, region, the weakest-link cap and the gate; summary-long.csv one row per body and question; index.json the page', () => {
    const legal = new Set(rubric.questions.filter((q) => q.recommendations.some((r) => r.id === 'legal-framework')).map((q) => q.id));
    const input = folder('machine', {
      'a-capped.yaml': allTop('Capped Ministry', { respondent: '  type: ministry\n  region: Astana', low: (q) => legal.has(q.id) }),
      'b-top.yaml': allTop('Top Akimat', { respondent: '  type: akimat' }),
      'c-pilot.yaml': allTop('Pilot Agency', { gate: 'pilot', respondent: '  region: Astana' }),
    });
    const out = join(dir, 'machine-out');
    const r = cli(['score', input, '--out', out, '--format', 'html', '--lang', 'en']);
    expect(r.status).toBe(0);
    const rows = parseCsv(readFileSync(join(out, 'summary.csv'), 'utf8'));
    const head = rows[0]!;
    const cell = (row: number, label: string) => rows[row]![head.indexOf(label)];
    expect(head).toEqual(expect.arrayContaining(['Type of body (respondent.type)', 'Region (respondent.region)', 'Level capped by (weakest recommendation)', 'Level by the score alone']));
    const gate = head.find((h) => h.startsWith('Gate: ') && h.endsWith('(tech-ai-systems)'))!;
    expect([cell(1, 'Type of body (respondent.type)'), cell(1, 'Region (respondent.region)')]).toEqual(['ministry', 'Astana']);
    expect([cell(2, 'Type of body (respondent.type)'), cell(2, 'Region (respondent.region)')]).toEqual(['akimat', '']);
    // The first body's level is lowered by its weakest recommendation, and the CSV says by which and from what.
    const report = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    const capped = report.bodies.find((b: { organization: string }) => b.organization === 'Capped Ministry');
    expect(capped.cappedBy).toBe('legal-framework');
    expect(cell(1, 'Level capped by (weakest recommendation)')).toBe(report.layout.recommendations.find((x: { id: string }) => x.id === 'legal-framework').title);
    expect(cell(1, 'Level by the score alone')).toBe(report.layout.levels.find((l: { id: string }) => l.id === capped.uncappedLevel).label);
    expect(cell(2, 'Level capped by (weakest recommendation)')).toBe('');
    const labelOf = (id: string) => rubric.questions.find((q) => q.id === 'tech-ai-systems')!.options.find((o) => o.id === id)!.label.en;
    expect([cell(1, gate), cell(3, gate)]).toEqual([labelOf('operation'), labelOf('pilot')]);
    // The page marks the cap too.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Level capped by (weakest recommendation)');

    // The long export: every question of every body, with the answer and the score counted.
    const long = parseCsv(readFileSync(join(out, 'summary-long.csv'), 'utf8'));
    expect(long).toHaveLength(1 + 3 * rubric.questions.length);
    expect(long[0]!.slice(0, 6)).toEqual(['File', 'Organization', 'Type of body (respondent.type)', 'Region (respondent.region)', 'Assessment status', 'Question id']);
    const legalRow = long.find((row) => row[1] === 'Capped Ministry' && legal.has(row[5]!))!;
    expect([legalRow[2], legalRow[3], legalRow[12]]).toEqual(['ministry', 'Astana', '0']);
    // The evidence as written is on the row, so an auditor sees «имеется» or «-» without opening a report.
    expect(long[0]![13]).toBe('Evidence (as written)');
    expect(legalRow[13]).toMatch(/^Order No\. \d+ of 1 February 2026$/);
    // A pivot of the long export (mean counted score by region and question) gives the fleet's numbers.
    const byRegion = new Map<string, number[]>();
    for (const row of long.slice(1)) if (row[12] !== '') byRegion.set(`${row[3]}|${row[5]}`, [...(byRegion.get(`${row[3]}|${row[5]}`) ?? []), Number(row[12])]);
    const astanaLegal = byRegion.get(`Astana|${[...legal][0]}`)!;
    expect(astanaLegal).toEqual([0, 1]);

    // index.json: the page's counts, the groups with the bodies that give no value, and the note on means.
    expect(report.fleetVersion).toBe(1);
    expect(report.totals.scored).toBe(3);
    expect(report.totals.meansIncludeIncomplete).toBe(true);
    expect(report.totals.groups.type.map((g: { value: string | null; count: number }) => [g.value, g.count])).toEqual([
      ['akimat', 1],
      ['ministry', 1],
      [null, 1],
    ]);
    expect(report.totals.questions.length).toBe(rubric.questions.length);
    // The fleet page says how many bodies gave no type.
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('1 body gives no respondent.type');
  });

  it('writes the long export with ; and decimal commas too, formula-guarded like summary.csv', () => {
    const input = folder('long-semicolon', {
      'a.yaml': allTop('=HYPERLINK("http://x")', { respondent: '  region: "+Astana"' }),
      'b.yaml': v2('agency-in-between.yaml'),
    });
    const out = join(dir, 'long-semicolon-out');
    expect(cli(['score', input, '--out', out, '--format', 'json', '--csv-separator', 'semicolon']).status).toBe(0);
    const text = readFileSync(join(out, 'summary-long.csv'), 'utf8');
    expect(text.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(text, ';');
    expect(rows[1]![1]).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[1]![3]).toBe(`'+Astana`);
    expect(rows.slice(1).some((row) => /^0,\d+$/.test(row[12]!))).toBe(true);
    expect(rows.slice(1).every((row) => !row[12]!.includes('.'))).toBe(true);
  });
});

describe('readiness score --fail-under and stale reports', () => {
  it('ends with a count, names the bodies, and the page and CSV mark those below', () => {
    const half = `rubric: {id: ${rubric.id}, version: ${rubric.version}}\nrespondent: {organization: Half Body}\nanswers: {staff-ai-roles: none}\n`;
    const input = folder('fail-under', { 'a.yaml': v2('akimat-starting.yaml'), 'b.yaml': v2('ministry-well-along.yaml'), 'c.yaml': half, 'd.yaml': 'not: [valid' });
    const out = join(dir, 'fail-under-out');
    const r = cli(['score', input, '--out', out, '--format', 'html', '--fail-under', '40']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Жамбыл облысының әкімдігі \(.*a\.yaml\): overall score 13\.6 is below 40/);
    expect(r.stderr).toMatch(/Half Body \(.*c\.yaml\): the assessment is incomplete/);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('--fail-under 40: 1 below the bar, 1 incomplete, 1 could not be scored');
    // The console's mean says it counts the incomplete body.
    expect(r.stdout).toMatch(/mean overall score \d+\.\d \(the 1 incomplete included, with their score so far\)/);
    const rows = parseCsv(readFileSync(join(out, 'summary.csv'), 'utf8'));
    const col = rows[0]!.indexOf('Below --fail-under (1 = yes)');
    expect(rows.slice(1).map((row) => row[col])).toEqual(['1', '0', '1', '']);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html.match(/<strong>! below 40[;<]/g)).toHaveLength(2);
    expect(html).toContain('<strong>2</strong> below 40 (--fail-under)');
    // The bars of the questions most bodies fail start with the question id, which survives a cut label.
    const bars = html.split('aria-labelledby="chart-questions-t"')[1]!.split('</svg>')[0]!;
    expect(bars).toMatch(/>1\. [a-z]+(-[a-z]+)+:/);
    // Without the option the column is empty and nothing is marked.
    const plain = cli(['score', input, '--format', 'csv']);
    expect(parseCsv(plain.stdout).slice(1).every((row) => row[col] === '')).toBe(true);
  });

  it('names the reports of bodies no longer in the batch, and --clean removes only those', () => {
    const input = folder('stale-1', { 'a.yaml': v2('akimat-starting.yaml'), 'b.yaml': v2('ministry-well-along.yaml') });
    const out = join(dir, 'stale-out');
    expect(cli(['score', input, '--out', out, '--format', 'json,html']).status).toBe(0);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    writeFileSync(join(out, 'my-table-1234abcd.xlsx'), 'mine');
    const fewer = folder('stale-2', { 'b.yaml': v2('ministry-well-along.yaml') });
    const again = cli(['score', fewer, '--out', out, '--format', 'json,html']);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/2 report files are of bodies not in this batch \(left from an earlier run\): жамбыл-облысының-әкімдігі-[0-9a-f]{8}\.html, жамбыл-облысының-әкімдігі-[0-9a-f]{8}\.json; --clean removes them/);
    expect(readdirSync(out).some((n) => n.startsWith('жамбыл'))).toBe(true);
    const clean = cli(['score', fewer, '--out', out, '--format', 'json,html', '--clean']);
    expect(clean.status).toBe(0);
    expect(clean.stderr).toMatch(/removed 2 report files of bodies not in this batch/);
    const left = readdirSync(out).sort();
    expect(left.some((n) => n.startsWith('жамбыл'))).toBe(false);
    expect(left).toEqual(expect.arrayContaining(['notes.txt', 'my-table-1234abcd.xlsx', 'index.html', 'index.json', 'summary.csv', 'summary.md', 'summary-long.csv']));
    expect(left.filter((n) => n.startsWith('министерство'))).toHaveLength(2);
    // A run that finds nothing stale says nothing about it.
    expect(cli(['score', fewer, '--out', out, '--format', 'json,html']).stderr).not.toContain('not in this batch');
    expect(existsSync(join(out, 'notes.txt'))).toBe(true);
  });
});
