import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/report/csv.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { cli, ROOT, STACK } from '../helpers/cli.js';
import { MINIMAL_RUBRIC } from './helpers.js';

/**
 * SPEC "What never happens": a file in a batch is silently skipped, and a hostile YAML
 * file hangs, crashes or pollutes the process. A thousand answer files, hostile ones mixed
 * in: every good one is scored, every bad one is named with what was wrong, nothing is
 * written outside --out, and no stack trace is printed.
 */

const run = (args: string[]) => cli(args, { timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });

/** The hostile files, each with a pattern its error must match. */
function hostileFiles(rubric: Rubric): Array<{ name: string; data: string | Buffer; error: RegExp }> {
  const head = `rubric: {id: ${rubric.id}, version: ${rubric.version}}\nrespondent: {organization: Hostile}\n`;
  const q = rubric.questions[0]!;
  const laughs = (() => {
    let t = 'l0: &l0 "lol"\n';
    for (let i = 1; i <= 9; i++) t += `l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]\n`;
    return t;
  })();
  return [
    ...[1, 2, 3, 4, 5].map((i) => ({ name: `deep-${i}.yaml`, data: '['.repeat(200_000 * i), error: /:1:\d+: nesting is deeper than 64 levels/ })),
    { name: 'deep-block.yaml', data: Array.from({ length: 500 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'), error: /nesting is deeper than 64 levels/ },
    { name: 'alias-bomb.yaml', data: laughs, error: /:2:\d+: aliases expand too far/ },
    { name: 'huge.yaml', data: `${head}# ${'x'.repeat(2 * 1024 * 1024)}\n`, error: /over the limit of 2\.0 MiB/ },
    { name: 'binary.yaml', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), error: /binary/ },
    { name: 'utf16.yaml', data: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(head, 'utf16le')]), error: /UTF-16/ },
    { name: 'cp1251.yaml', data: Buffer.concat([Buffer.from(head.replace('Hostile', '"')), Buffer.from([0xc0, 0xea, 0xe8, 0xec, 0xe0, 0xf2, 0x22, 0x0a])]), error: /:3:\d+: file is not valid UTF-8/ },
    { name: 'proto.yaml', data: `${head}answers:\n  __proto__: {polluted: yes}\n`, error: /:4:3: "__proto__" is not allowed as a key/ },
    { name: 'constructor.json', data: `{"rubric": {"id": "${rubric.id}", "version": "${rubric.version}"}, "constructor": {"prototype": 1}}`, error: /"constructor" is not allowed as a key/ },
    { name: 'prototype.yaml', data: `${head}comments:\n  prototype: x\n`, error: /:4:3: "prototype" is not allowed as a key/ },
    { name: 'duplicate.yaml', data: `${head}answers:\n  ${q.id}: ${q.options[0]!.id}\n  ${q.id}: ${q.options[1]!.id}\n`, error: /:5:3: duplicate key/ },
    { name: 'two-docs.yaml', data: `${head}---\n${head}`, error: /:3:1: the file holds several YAML documents/ },
    { name: 'wrong-types.yaml', data: `rubric: {id: ${rubric.id}, version: ${rubric.version}}\nrespondent: {organization: 42}\nanswers: [1, 2]\n`, error: /:2:28: respondent\.organization: must be a text, not a number/ },
    { name: 'unknown-question.yaml', data: `${head}answers:\n  no-such-question: x\n`, error: /:4:3: answers\.no-such-question: unknown question id "no-such-question"/ },
    { name: 'unknown-option.yaml', data: `${head}answers:\n  ${q.id}: maybe\n`, error: /unknown option "maybe"/ },
    { name: 'empty.yaml', data: '', error: /:1:1: the file is empty/ },
    { name: 'syntax.yaml', data: `${head}answers: {a: [1, 2}\n`, error: /:3:\d+: YAML syntax/ },
    { name: 'escape-codes.yaml', data: `${head}answers:\n  "\\e[2J\\e]0;pwned\\a": x\n`, error: /unknown question id "\\u001b\[2J\\u001b\]0;pwned\\u0007"/ },
    { name: 'other-rubric.yaml', data: 'rubric: {id: other, version: 1.0.0}\nrespondent: {organization: X}\n', error: /:1:\d+: rubric\.id: made for rubric "other"/ },
  ];
}

describe('a batch of a thousand files with hostile ones mixed in', () => {
  let work: string;
  let rubric: Rubric;
  let good: Map<string, { organization: string }>;
  let bad: Map<string, RegExp>;
  let result: ReturnType<typeof run>;
  const out = () => join(work, 'out');

  beforeAll(() => {
    const loaded = loadRubric();
    if (!loaded.ok) throw new Error('the default rubric does not load');
    rubric = loaded.value.rubric;
    work = mkdtempSync(join(tmpdir(), 'readiness-batch-'));
    const input = join(work, 'in');
    mkdirSync(join(input, 'nested', 'deeper'), { recursive: true });
    good = new Map();
    bad = new Map();
    const hostile = hostileFiles(rubric);
    const names = ['Акимат города Астаны', 'АКИМАТ ГОРОДА АСТАНЫ', '../../escape', '/etc/passwd', 'CON', '<script>alert(1)</script>', '=HYPERLINK("http://x")', 'Ә'.repeat(300), '  spaced  ', 'Министерство «Цифра», ТОО'];
    let n = 0;
    for (let i = 0; good.size + bad.size < 1000; i++) {
      if (i % 40 === 7 && n < hostile.length) {
        const h = hostile[n++]!;
        const file = join(input, i % 3 === 0 ? 'nested' : '', h.name);
        writeFileSync(file, h.data);
        bad.set(file, h.error);
        continue;
      }
      const answers: Record<string, string> = {};
      rubric.questions.forEach((q, k) => {
        // Every fourth body answers everything; the others leave every seventh question blank
        // (below the coverage floor: scored, incomplete).
        if (i % 4 === 0 || (i + k) % 7 !== 0) answers[q.id] = q.options[(i * 31 + k * 7) % q.options.length]!.id;
      });
      const organization = names[i % names.length]!;
      let text = stringify({ rubric: { id: rubric.id, version: rubric.version }, respondent: { organization }, language: ['ru', 'kk', 'en'][i % 3], answers });
      let ext = '.yaml';
      if (i % 50 === 3) text = `\uFEFF${text.replace(/\n/g, '\r\n')}`; // saved by a Windows tool
      if (i % 50 === 4) {
        text = JSON.stringify({ rubric: { id: rubric.id, version: rubric.version }, respondent: { organization }, answers });
        ext = '.json';
      }
      const file = join(input, i % 5 === 0 ? 'nested/deeper' : i % 5 === 1 ? 'nested' : '', `body-${String(i).padStart(4, '0')}${ext}`);
      writeFileSync(file, text);
      good.set(file, { organization: organization.trim() });
    }
    expect(n).toBe(hostile.length);
    result = run(['score', input, '--out', out(), '--format', 'md,json']);
  }, 600_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('finishes, exits 1 for the bad files, and prints no stack trace', () => {
    expect(result.signal).toBeNull();
    expect(result.status, result.stderr.slice(0, 2000)).toBe(1);
    expect(result.stderr).not.toMatch(STACK);
    expect(result.stdout).not.toMatch(STACK);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\u001b/);
  });

  it('names every bad file with what was wrong', () => {
    for (const [file, error] of bad) {
      const line = result.stderr.split('\n').find((l) => l.startsWith(`${file}:`));
      expect(line, `${relative(work, file)} is not named on stderr`).toBeDefined();
      expect(result.stderr.split('\n').filter((l) => l.startsWith(`${file}:`)).join('\n'), relative(work, file)).toMatch(error);
    }
  });

  it('the summary lists every input once: each good one scored, each bad one with its error', () => {
    const rows = parseCsv(readFileSync(join(out(), 'summary.csv'), 'utf8'));
    const header = rows[0]!;
    const col = (name: RegExp) => header.findIndex((h) => name.test(h));
    const [fileCol, orgCol, scoreCol, statusCol, errorCol, levelCol, coverageCol] = [
      col(/^File$/),
      col(/^Organization$/),
      col(/^Overall score$/),
      col(/^Status( \(|$)/),
      col(/^Error$/),
      col(/^Level$/),
      col(/^Coverage/),
    ];
    expect([fileCol, orgCol, scoreCol, statusCol, errorCol, levelCol, coverageCol].every((c) => c >= 0), header.join()).toBe(true);
    const statuses = new Set<string>();
    const body = rows.slice(1);
    expect(body).toHaveLength(good.size + bad.size);
    const byFile = new Map(body.map((r) => [r[fileCol]!, r]));
    expect(byFile.size).toBe(body.length);
    for (const [file, { organization }] of good) {
      const row = byFile.get(file);
      expect(row, `${relative(work, file)} missing from the summary`).toBeDefined();
      // Scored: complete with a level at or above the coverage floor, incomplete without one below it.
      const complete = Number(row![coverageCol]) >= rubric.scoring.minCoverage;
      expect(row![statusCol], relative(work, file)).toBe(complete ? 'complete' : 'incomplete');
      expect(row![levelCol] !== '', relative(work, file)).toBe(complete);
      statuses.add(row![statusCol]!);
      const score = Number(row![scoreCol]);
      expect(score >= 0 && score <= 100, `${relative(work, file)}: ${row![scoreCol]}`).toBe(true);
      expect([organization, `'${organization}`]).toContain(row![orgCol]);
    }
    expect([...statuses].sort()).toEqual(['complete', 'incomplete']);
    for (const [file, error] of bad) {
      const row = byFile.get(file);
      expect(row, `${relative(work, file)} missing from the summary`).toBeDefined();
      expect(row![statusCol]).toBe('error');
      expect(row![errorCol], relative(work, file)).toMatch(error);
    }
    // No cell would run as a formula in a spreadsheet.
    for (const cell of body.flat()) if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
  });

  it('writes one report per good file and format, all inside --out, and none for a bad file', () => {
    const entries = readdirSync(out(), { recursive: true, withFileTypes: true });
    for (const e of entries) expect(e.isFile(), `${e.name} is not a plain file`).toBe(true);
    // The summaries, the long export and the fleet's index.json are the batch's, not reports.
    const files = entries.map((e) => e.name).filter((n) => !n.startsWith('summary.') && n !== 'summary-long.csv' && n !== 'index.json');
    for (const ext of ['.md', '.json']) expect(files.filter((f) => f.endsWith(ext)), ext).toHaveLength(good.size);
    expect(files.filter((f) => !f.endsWith('.md') && !f.endsWith('.json'))).toEqual([]);
    expect(readdirSync(work).sort()).toEqual(['in', 'out']);
    expect(existsSync(join(ROOT, 'escape'))).toBe(false);
    const organizations = new Set<string>();
    for (const f of files.filter((n) => n.endsWith('.json'))) {
      const report = JSON.parse(readFileSync(join(out(), f), 'utf8')) as { respondent: { organization: string }; overall: { score: number | null } };
      organizations.add(report.respondent.organization);
    }
    expect(organizations).toEqual(new Set([...good.values()].map((g) => g.organization)));
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('symbolic links in a batch folder', () => {
  it('a link to an answer file is scored, a dangling link is named', () => {
    const work = mkdtempSync(join(tmpdir(), 'readiness-links-'));
    try {
      const dir = join(work, 'in');
      mkdirSync(dir);
      const real = join(work, 'real.yaml');
      writeFileSync(real, 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: Linked}\nanswers: {staff-training: all}\n');
      symlinkSync(real, join(dir, 'linked.yaml'));
      symlinkSync(join(work, 'missing.yaml'), join(dir, 'dangling.yaml'));
      writeFileSync(join(dir, 'plain.yaml'), 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: Plain}\n');
      const r = run(['score', '--rubric', MINIMAL_RUBRIC, dir, '--format', 'csv']);
      const rows = parseCsv(r.stdout).slice(1);
      expect(rows.map((row) => row[0]).sort()).toEqual([join(dir, 'dangling.yaml'), join(dir, 'linked.yaml'), join(dir, 'plain.yaml')]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('validate --answers: several refused files in one process', () => {
  it('names each deep, bombing or prototype-keyed file, one after another, and survives', () => {
    const work = mkdtempSync(join(tmpdir(), 'readiness-validate-'));
    try {
      const dir = join(work, 'answers');
      mkdirSync(dir);
      const files: Array<[string, string, RegExp]> = [];
      for (let i = 0; i < 6; i++) files.push([`deep-${i}.yaml`, `${'{a: '.repeat(100_000 + i)}`, /nesting is deeper than 64 levels/]);
      files.push(['proto.yaml', 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: X}\nanswers: {__proto__: {polluted: 1}}\n', /:3:\d+: "__proto__" is not allowed as a key/]);
      files.push(['good.yaml', 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: X}\nanswers: {staff-training: all}\n', /^$/]);
      for (const [name, text] of files) writeFileSync(join(dir, name), text);
      const r = run(['validate', MINIMAL_RUBRIC, '--answers', dir]);
      expect(r.status).toBe(1);
      expect(r.stderr + r.stdout).not.toMatch(STACK);
      for (const [name, , error] of files) {
        if (name === 'good.yaml') continue;
        const lines = (r.stderr + r.stdout).split('\n').filter((l) => l.startsWith(join(dir, name)));
        expect(lines.join('\n'), name).toMatch(error);
      }
      expect(r.stdout + r.stderr).toContain(join(dir, 'good.yaml'));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
