import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pick } from '../../src/i18n/lang.js';
import { loadRubric } from '../../src/rubric/load.js';
import { sectionsOf, type Rubric } from '../../src/rubric/model.js';
import { interviewOrder } from '../../src/rubric/order.js';
import { readWorkbook } from '../../src/source/xlsx/read.js';
import { openZip, writeZip } from '../../src/source/xlsx/zip.js';
import { cli, STACK } from '../helpers/cli.js';

// The tests below spawn the CLI several times each; on the shared two-core machine one can pass the default 30 s.
import { answerPlan, fillWorkbook, rowsOf } from '../helpers/workbook.js';

const loaded = loadRubric('rubrics/default.yaml');
if (!loaded.ok) throw new Error('default rubric');
const rubric: Rubric = loaded.value.rubric;

let dir: string;
const at = (name: string) => join(dir, name);
const template = (name: string, ...args: string[]) => {
  const r = cli(['template', '--format', 'xlsx', '--out', at(name), ...args]);
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(at(name));
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('template --format xlsx', { timeout: 120_000 }, () => {
  it('writes the four sheets with hidden key rows, a drop-down per question and A4 print setup', () => {
    const bytes = template('blank.xlsx', '--lang', 'ru');
    const sheets = readWorkbook(bytes);
    expect(sheets.map((s) => s.name)).toEqual(['Респондент', 'Ответы', 'Документы', 'Списки']);
    expect([...sheets[1]!.rows.get(2)!.values()]).toEqual(['id', 'section', 'question', 'answer', 'evidence', 'comment']);
    expect([...sheets[2]!.rows.get(2)!.values()]).toEqual(['id', 'type', 'number', 'date', 'title', 'issuer', 'link']);
    expect(sheets[1]!.rows.size).toBe(rubric.questions.length + 2);
    const zip = openZip(bytes);
    const answers = zip.read('xl/worksheets/sheet2.xml').toString('utf8');
    expect(answers).toContain('<row r="2" hidden="1">');
    expect(answers).toContain('state="frozen"');
    expect(answers).toContain('paperSize="9"');
    expect(answers.match(/<dataValidation type="list"/g)?.length).toBe(rubric.questions.length);
    expect(zip.read('xl/workbook.xml').toString('utf8')).toContain('<sheet name="Списки" sheetId="4" state="hidden"');
    // The instructions are in the chosen language.
    expect([...sheets[0]!.rows.values()].flatMap((r) => [...r.values()]).join('\n')).toContain('Как заполнить эту книгу');
  });

  it("lists the questions in the interview's order: the AI-system gate before the questions it gates, each under the interview's section", () => {
    const sheets = readWorkbook(template('order.xlsx', '--lang', 'en'));
    const rows = [...sheets[1]!.rows.entries()].filter(([r]) => r > 2).sort(([x], [y]) => x - y);
    const order = interviewOrder(rubric);
    expect(rows.map(([, row]) => row.get(1))).toEqual(order.map((e) => e.question.id));
    const title = (id: string) => pick(sectionsOf(rubric).find((s) => s.id === id)!.title, 'en').replace(/\s+/g, ' ').trim();
    expect(rows.map(([, row]) => row.get(2))).toEqual(order.map((e) => title(e.section)));
    // The gate comes before the first question that depends on it, which plain section order does not give.
    const gate = rubric.questions.find((q) => rubric.questions.some((x) => x.when?.question === q.id))!;
    const firstGated = (ids: Array<string | undefined>) => Math.min(...rubric.questions.filter((q) => q.when).map((q) => ids.indexOf(q.id)));
    const ids = rows.map(([, row]) => row.get(1));
    expect(ids.indexOf(gate.id)).toBeLessThan(firstGated(ids));
    const bySection = sectionsOf(rubric).flatMap((s) => rubric.questions.filter((q) => q.area === s.id).map((q) => q.id));
    expect(bySection.indexOf(gate.id)).toBeGreaterThan(firstGated(bySection));
  });

  it('offers n/a only for questions that allow it, in the sheet language', () => {
    const sheets = readWorkbook(template('lists.xlsx', '--lang', 'kk'));
    const lists = sheets[3]!;
    for (const [, row] of lists.rows) {
      const q = rubric.questions.find((x) => x.id === row.get(1));
      if (!q) continue;
      const labels = [...row.entries()].filter(([c]) => c > 1).map(([, v]) => v);
      expect(labels.slice(0, q.options.length)).toEqual(q.options.map((o) => pick(o.label, 'kk').replace(/\s+/g, ' ').trim()));
      expect(labels.length).toBe(q.options.length + (q.notApplicable ? 1 : 0));
      if (q.notApplicable) expect(labels.at(-1)).toMatch(/^Қолданылмайды: /);
    }
  });

  it('marks gated questions with their condition; a unit gets only its questions', () => {
    const gated = rubric.questions.find((q) => q.when)!;
    const sheets = readWorkbook(template('gates.xlsx', '--lang', 'en'));
    const row = [...sheets[1]!.rows.values()].find((r) => r.get(1) === gated.id)!;
    expect(row.get(3)).toContain(`Only when the answer to the gate «${gated.when!.question}» is:`);
    const unit = rubric.units[0]!;
    const mine = rubric.questions.filter((q) => q.unit === unit.id);
    const unitSheets = readWorkbook(template('unit.xlsx', '--unit', unit.id, '--lang', 'en'));
    expect(unitSheets[1]!.rows.size).toBe(mine.length + 2);
  });

  it('needs --out (exit 2) and never replaces a file unasked (exit 2, the file as it was)', () => {
    const r = cli(['template', '--format', 'xlsx']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format xlsx writes a workbook');
    writeFileSync(at('kept.xlsx'), 'answers typed in already');
    const again = cli(['template', '--format', 'xlsx', '--out', at('kept.xlsx')]);
    expect(again.status).toBe(2);
    expect(readFileSync(at('kept.xlsx'), 'utf8')).toBe('answers typed in already');
    const forced = cli(['template', '--format', 'xlsx', '--out', at('kept.xlsx'), '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readWorkbook(readFileSync(at('kept.xlsx')))).toHaveLength(4);
  });

  it('the interview refuses to save into a workbook (exit 2), leaving it as it was', () => {
    const before = readFileSync(at('blank.xlsx'));
    const r = cli(['assess', '--answers', at('blank.xlsx'), '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('the interview saves a YAML or JSON answer file, not a workbook');
    expect(readFileSync(at('blank.xlsx')).equals(before)).toBe(true);
  });

  it('is the same bytes every time', () => {
    expect(template('same-1.xlsx', '--lang', 'en').equals(template('same-2.xlsx', '--lang', 'en'))).toBe(true);
  });
});

function filledPair(name: string, lang = 'ru'): { xlsx: string; yaml: string } {
  const bytes = template(`${name}-blank.xlsx`, '--lang', lang);
  const { edits, yaml } = answerPlan(rubric, rowsOf(bytes), lang);
  writeFileSync(at(`${name}.xlsx`), fillWorkbook(bytes, edits));
  writeFileSync(at(`${name}.yaml`), yaml);
  return { xlsx: at(`${name}.xlsx`), yaml: at(`${name}.yaml`) };
}

describe('reading a filled workbook', { timeout: 120_000 }, () => {
  it('scores byte-identically to the equivalent YAML file, in every format', () => {
    const { xlsx, yaml } = filledPair('body');
    for (const format of ['json', 'md']) {
      const a = cli(['score', xlsx, '--format', format]);
      const b = cli(['score', yaml, '--format', format]);
      expect(a.status, a.stderr).toBe(b.status);
      expect(a.stderr).toBe(b.stderr.replaceAll(yaml, xlsx));
      expect(a.stdout).toBe(b.stdout);
      expect(a.stdout.length).toBeGreaterThan(1000);
    }
  });

  it('names the sheet and cell of an unknown label (exit 1, no stack)', () => {
    const bytes = template('bad-label-blank.xlsx', '--lang', 'en');
    const rows = rowsOf(bytes);
    const q = rubric.questions[4]!;
    writeFileSync(at('bad-label.xlsx'), fillWorkbook(bytes, { '1!C3': 'Akimat', [`2!D${rows.get(q.id)}`]: 'Somewhat ready' }));
    const r = cli(['score', at('bad-label.xlsx')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${at('bad-label.xlsx')}:Answers!D${rows.get(q.id)}: answers.${q.id}: the answer «Somewhat ready» is not one of this question's options`);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('reads a formula as its cached value, never evaluating it', () => {
    const bytes = template('formula-blank.xlsx', '--lang', 'en');
    const rows = rowsOf(bytes);
    const q = rubric.questions[0]!;
    const r = rows.get(q.id)!;
    // The formula would give option 0's label; the cached value is option 1's: the cached value counts.
    const cached = pick(q.options[1]!.label, 'en');
    const formula = `<c r="§" t="str"><f>Lists!B1</f><v>${cached}</v></c>`;
    writeFileSync(at('formula.xlsx'), fillWorkbook(bytes, { '1!C3': 'Akimat' }, { [`2!D${r}`]: formula }));
    const report = JSON.parse(cli(['score', at('formula.xlsx'), '--format', 'json']).stdout) as { recommendations: Array<{ questions: Array<{ id: string; option: { id: string } | null }> }> };
    const answered = report.recommendations.flatMap((x) => x.questions).find((x) => x.id === q.id);
    expect(answered?.option?.id).toBe(q.options[1]!.id);
  });

  it('names the cell of a required field left empty', () => {
    template('empty.xlsx', '--lang', 'en');
    const r = cli(['score', at('empty.xlsx')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${at('empty.xlsx')}:Respondent!C3: respondent.organization:`);
  });

  it('merge takes a mix of workbooks and YAML files; validate and compare read workbooks', () => {
    const unit = rubric.units[0]!;
    const other = rubric.units[1]!;
    const bytes = template('unit-blank.xlsx', '--unit', unit.id, '--lang', 'ru');
    const answers = readWorkbook(bytes).find((s) => s.rows.get(2)?.get(4) === 'answer')!;
    const q = rubric.questions.find((x) => x.unit === unit.id)!;
    const row = [...answers.rows].find(([, r]) => r.get(1) === q.id)![0];
    writeFileSync(at('unit.xlsx'), fillWorkbook(bytes, { '1!C3': 'Министерство цифрового развития', [`2!D${row}`]: pick(q.options[0]!.label, 'ru') }));
    const q2 = rubric.questions.find((x) => x.unit === other.id)!;
    writeFileSync(
      at('other.yaml'),
      `rubric: {id: ${rubric.id}, version: ${rubric.version}}\nlanguage: ru\nunit: ${other.id}\nrespondent: {organization: Министерство цифрового развития}\nanswers:\n  ${q2.id}: ${q2.options[0]!.id}\n`,
    );
    const merged = cli(['merge', at('unit.xlsx'), at('other.yaml'), '--out', at('merged.yaml')]);
    expect(merged.status, merged.stderr).toBe(0);
    const text = readFileSync(at('merged.yaml'), 'utf8');
    expect(text).toContain(`${q.id}: ${q.options[0]!.id}`);
    expect(text).toContain(`${q2.id}: ${q2.options[0]!.id}`);

    mkdirSync(at('folder'));
    writeFileSync(at('folder/unit.xlsx'), readFileSync(at('unit.xlsx')));
    writeFileSync(at('folder/~$unit.xlsx'), 'Excel lock file');
    const valid = cli(['validate', 'rubrics/default.yaml', '--answers', at('folder')]);
    expect(valid.status, valid.stderr).toBe(0);
    expect(valid.stdout).toContain('unit.xlsx');

    const compared = cli(['compare', at('unit.xlsx'), at('merged.yaml'), '--format', 'json']);
    expect(compared.status, compared.stderr).toBe(0);

    // diff reads answer files as text against two rubrics: a workbook is named and left out.
    const diffed = cli(['diff', 'rubrics/default.yaml', 'rubrics/default.yaml', '--answers', at('folder')]);
    expect(diffed.stderr).toContain(`${at('folder/unit.xlsx')}: warning: skipped: diff reads answer files in YAML or JSON`);
    expect(diffed.status, diffed.stderr).toBe(0);
  });

  it('a conflict in merge names the workbook cell', () => {
    const unit = rubric.units[0]!;
    const bytes = template('conflict-blank.xlsx', '--unit', unit.id, '--lang', 'en');
    const answers = readWorkbook(bytes).find((s) => s.rows.get(2)?.get(4) === 'answer')!;
    const q = rubric.questions.find((x) => x.unit === unit.id)!;
    const row = [...answers.rows].find(([, r]) => r.get(1) === q.id)![0];
    writeFileSync(at('conflict.xlsx'), fillWorkbook(bytes, { '1!C3': 'Akimat', [`2!D${row}`]: pick(q.options[0]!.label, 'en') }));
    writeFileSync(
      at('conflict.yaml'),
      `rubric: {id: ${rubric.id}, version: ${rubric.version}}\nlanguage: en\nrespondent: {organization: Akimat}\nanswers:\n  ${q.id}: ${q.options[1]!.id}\n`,
    );
    const r = cli(['merge', at('conflict.xlsx'), at('conflict.yaml'), '--out', at('conflict-out.yaml')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${at('conflict.xlsx')}:Answers!D${row}`);
  });
});

describe('hostile workbooks are refused with a sentence (exit 1)', { timeout: 120_000 }, () => {
  const score = (name: string, bytes: Buffer) => {
    writeFileSync(at(name), bytes);
    const r = cli(['score', at(name)]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    return r.stderr;
  };
  const base = () => openZip(readFileSync(at('blank.xlsx')));
  const rebuilt = (change: (parts: Map<string, Buffer>) => void) => {
    const zip = base();
    const parts = new Map(zip.names().map((n) => [n, zip.read(n)]));
    change(parts);
    return writeZip([...parts].map(([name, data]) => ({ name, data })));
  };

  it('a zip bomb: refused before it is unpacked', () => {
    // 1 GiB of zeros deflates to about 1 MiB; the cap stops the inflation at 16 MiB.
    const bomb = rebuilt((p) => p.set('xl/worksheets/sheet2.xml', Buffer.alloc(64 * 1024 * 1024, 0x20)));
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(score('bomb.xlsx', bomb)).toContain('unpacks to more than 16 MiB');
  });

  it('a zip whose header lies about the inflated size: stopped at the cap all the same', () => {
    const lying = rebuilt((p) => p.set('xl/worksheets/sheet2.xml', Buffer.alloc(40 * 1024 * 1024, 0x20)));
    // Say 1 KiB in both headers: the local one at offset 22, the central one at 24.
    let i = lying.indexOf(Buffer.from('xl/worksheets/sheet2.xml'));
    lying.writeUInt32LE(1024, i - 30 + 22);
    i = lying.indexOf(Buffer.from('xl/worksheets/sheet2.xml'), i + 1);
    lying.writeUInt32LE(1024, i - 46 + 24);
    expect(score('lying.xlsx', lying)).toMatch(/unpacks to more than|damaged/);
  });

  it('an XML entity declaration (billion laughs, external entities)', () => {
    const laughs = rebuilt((p) =>
      p.set('xl/workbook.xml', Buffer.from('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><workbook>&lol2;</workbook>')),
    );
    expect(score('laughs.xlsx', laughs)).toContain('declares a document type');
    const external = rebuilt((p) => p.set('xl/styles.xml', Buffer.from('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><styleSheet>&e;</styleSheet>')));
    expect(score('external-entity.xlsx', external)).toContain('declares a document type');
  });

  it('links to other workbooks', () => {
    const linked = rebuilt((p) => {
      p.set('xl/externalLinks/externalLink1.xml', Buffer.from('<externalLink/>'));
      const rels = p.get('xl/_rels/workbook.xml.rels')!.toString('utf8');
      p.set(
        'xl/_rels/workbook.xml.rels',
        Buffer.from(rels.replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>')),
      );
    });
    expect(score('linked.xlsx', linked)).toContain('links to other workbooks');
  });

  it('a part of countless tiny elements: refused at the element cap', () => {
    const many = rebuilt((p) => p.set('xl/worksheets/sheet4.xml', Buffer.from(`<worksheet>${'<a/>'.repeat(1_000_000)}</worksheet>`)));
    expect(score('many.xlsx', many)).toContain('too many elements');
  });

  it('a huge sheet', () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => `<row r="${i + 3}"><c r="A${i + 3}" t="inlineStr"><is><t>q${i}</t></is></c></row>`).join('');
    const huge = rebuilt((p) => p.set('xl/worksheets/sheet2.xml', Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`)));
    expect(score('huge.xlsx', huge)).toMatch(/has more than 10[ ,.\u00a0]?000 rows/);
  });

  it('not a zip, a damaged zip, a password, a stray DTD-free XML error', () => {
    expect(score('text.xlsx', Buffer.from('rubric: {id: x}\n'))).toContain('not a zip archive');
    const good = readFileSync(at('blank.xlsx'));
    const damaged = Buffer.from(good);
    damaged[200] = damaged[200]! ^ 0xff;
    expect(score('damaged.xlsx', damaged)).toMatch(/damaged|malformed/);
    const truncated = good.subarray(0, good.length - 30);
    expect(score('truncated.xlsx', truncated)).toMatch(/damaged/);
    const malformed = rebuilt((p) => p.set('xl/workbook.xml', Buffer.from('<workbook><sheets></workbook>')));
    expect(score('malformed.xlsx', malformed)).toContain('malformed');
    const prototype = rebuilt((p) => {
      const s = p.get('xl/worksheets/sheet2.xml')!.toString('utf8');
      p.set('xl/worksheets/sheet2.xml', Buffer.from(s.replace(/(<c r="A3"[^>]*><is><t[^>]*>)[^<]*/, '$1__proto__')));
    });
    expect(score('proto.xlsx', prototype)).toContain('"__proto__" cannot be used');
  });

  it('a stored (uncompressed) part reads as well as a deflated one', () => {
    // Some writers store small parts; a stored part still has its CRC checked.
    const zip = base();
    const names = zip.names();
    const local: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const name of names) {
      const data = zip.read(name);
      const n = Buffer.from(name);
      const crc = crc32(data);
      const h = Buffer.alloc(30);
      h.writeUInt32LE(0x04034b50, 0);
      h.writeUInt16LE(10, 4);
      h.writeUInt32LE(crc, 14);
      h.writeUInt32LE(data.length, 18);
      h.writeUInt32LE(data.length, 22);
      h.writeUInt16LE(n.length, 26);
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt32LE(crc, 16);
      c.writeUInt32LE(data.length, 20);
      c.writeUInt32LE(data.length, 24);
      c.writeUInt16LE(n.length, 28);
      c.writeUInt32LE(offset, 42);
      local.push(h, n, data);
      central.push(c, n);
      offset += 30 + n.length + data.length;
    }
    const dir = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(names.length, 8);
    end.writeUInt16LE(names.length, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(offset, 16);
    const stored = Buffer.concat([...local, dir, end]);
    expect(readWorkbook(stored).map((s) => s.name)).toEqual(readWorkbook(readFileSync(at('blank.xlsx'))).map((s) => s.name));
  });
});

describe('loadAnswers reads a workbook in-process as it reads YAML', () => {
  it('gives the same answers as the equivalent YAML file', async () => {
    const { loadAnswers } = await import('../../src/answers/load.js');
    const { xlsx, yaml } = filledPair('in-process', 'en');
    const a = loadAnswers(xlsx, rubric);
    const b = loadAnswers(yaml, rubric);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    // The same entries; a workbook lists them in section order, the YAML file in the rubric's.
    const sorted = (m: ReadonlyMap<string, unknown>) => [...m].sort(([x], [y]) => (x < y ? -1 : 1));
    expect(sorted(a.value.answers)).toEqual(sorted(b.value.answers));
    expect(a.value.answers.size).toBe(rubric.questions.length);
    expect(sorted(a.value.comments)).toEqual(sorted(b.value.comments));
    expect(sorted(a.value.evidence)).toEqual(sorted(b.value.evidence));
    expect(a.value.respondent).toEqual(b.value.respondent);
  });
});

describe('the register of documents', { timeout: 120_000 }, () => {
  it('a register, evidence by register ids, typed dates and the assessment date score as the equivalent YAML file', async () => {
    const bytes = template('register-blank.xlsx', '--lang', 'kk');
    const rows = rowsOf(bytes);
    const [q1, q2, q3, q4] = [rubric.questions[0]!, rubric.questions[1]!, rubric.questions[2]!, rubric.questions[3]!];
    // Excel keeps a typed date as a number of days with a date format (style 4 in the template).
    const serial = (iso: string) => (Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86_400_000;
    const dateCell = (iso: string) => `<c r="§" s="4"><v>${serial(iso)}</v></c>`;
    const edits = {
      '1!C3': 'Әділет министрлігі',
      [`2!D${rows.get(q1.id)}`]: pick(q1.options[1]!.label, 'kk'),
      [`2!E${rows.get(q1.id)}`]: 'order-12, minutes-3',
      [`2!D${rows.get(q2.id)}`]: pick(q2.options[2]!.label, 'ru'),
      [`2!E${rows.get(q2.id)}`]: 'minutes-3',
      [`2!D${rows.get(q3.id)}`]: q3.options[0]!.id,
      [`2!E${rows.get(q3.id)}`]: 'Приказ № 7 от 01.02.2026',
      // A mistyped id beside a known one: still a list, so the typo is named as not in the register.
      [`2!D${rows.get(q4.id)}`]: q4.options[0]!.id,
      [`2!E${rows.get(q4.id)}`]: 'order-12; ordr-13',
      '3!A3': 'order-12',
      '3!B3': 'Бұйрық',
      '3!C3': '12-п',
      '3!E3': 'Жасанды интеллектті пайдалану қағидалары туралы',
      '3!A4': 'minutes-3',
      '3!B4': 'Протокол',
      '3!C4': '3',
      '3!G4': 'https://www.gov.kz/minutes/3',
    };
    writeFileSync(
      at('register.xlsx'),
      fillWorkbook(bytes, edits, { '1!C7': dateCell('2026-03-01'), '3!D3': dateCell('2026-02-14'), '3!D4': dateCell('2026-02-20') }),
    );
    writeFileSync(
      at('register.yaml'),
      [
        `rubric: {id: ${rubric.id}, version: ${rubric.version}}`,
        'language: kk',
        'date: 2026-03-01',
        'respondent: {organization: Әділет министрлігі}',
        'documents:',
        '  order-12: {type: order, number: "12-п", date: 2026-02-14, title: Жасанды интеллектті пайдалану қағидалары туралы}',
        '  minutes-3: {type: minutes, number: "3", date: 2026-02-20, link: "https://www.gov.kz/minutes/3"}',
        'answers:',
        `  ${q1.id}: ${q1.options[1]!.id}`,
        `  ${q2.id}: ${q2.options[2]!.id}`,
        `  ${q3.id}: ${q3.options[0]!.id}`,
        `  ${q4.id}: ${q4.options[0]!.id}`,
        'evidence:',
        `  ${q1.id}: [order-12, minutes-3]`,
        `  ${q2.id}: [minutes-3]`,
        `  ${q3.id}: "Приказ № 7 от 01.02.2026"`,
        `  ${q4.id}: [order-12, ordr-13]`,
        '',
      ].join('\n'),
    );
    for (const format of ['json', 'md']) {
      const a = cli(['score', at('register.xlsx'), '--format', format]);
      const b = cli(['score', at('register.yaml'), '--format', format]);
      expect(a.status, a.stderr).toBe(b.status);
      expect(a.stdout).toBe(b.stdout);
    }
    const { loadAnswers } = await import('../../src/answers/load.js');
    const a = loadAnswers(at('register.xlsx'), rubric);
    const b = loadAnswers(at('register.yaml'), rubric);
    expect(a.ok, JSON.stringify(a)).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.value.date).toBe('2026-03-01');
    expect(a.value.documents).toEqual(b.value.documents);
    expect(a.value.documents.get('order-12')).toMatchObject({ type: 'order', number: '12-п', date: '2026-02-14' });
    expect(a.value.evidence).toEqual(b.value.evidence);
    expect(a.value.evidence.get(q1.id)).toEqual({ documents: ['order-12', 'minutes-3'] });
    expect(a.value.evidence.get(q4.id)).toEqual({ documents: ['order-12', 'ordr-13'] });
    expect(a.value.evidence.get(q3.id)).toEqual({ text: 'Приказ № 7 от 01.02.2026' });
  });

  it('offers the document types in the sheet language and refuses an unknown type at its cell', () => {
    const bytes = template('types-blank.xlsx', '--lang', 'ru');
    const lists = readWorkbook(bytes)[3]!;
    const types = [...lists.rows.values()].find((r) => r.get(1) === 'document-types')!;
    expect([...types.values()].slice(1, 3)).toEqual(['Приказ', 'Положение, правила, регламент']);
    writeFileSync(at('bad-type.xlsx'), fillWorkbook(bytes, { '1!C3': 'Акимат', '3!A3': 'order-1', '3!B3': 'Справка о погоде' }));
    const r = cli(['score', at('bad-type.xlsx')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${at('bad-type.xlsx')}:Документы!B3: documents.order-1.type:`);
  });
});

describe('template --format json', () => {
  it('lists every question with an empty answer; filled in, it scores as the YAML file with the same answers', () => {
    const r = cli(['template', '--format', 'json', '--lang', 'en']);
    expect(r.status, r.stderr).toBe(0);
    const file = JSON.parse(r.stdout) as { respondent: { organization: string }; answers: Record<string, string | null> };
    expect(Object.keys(file.answers).sort()).toEqual(rubric.questions.map((q) => q.id).sort());
    expect(Object.values(file.answers).every((v) => v === null)).toBe(true);
    const q = rubric.questions[0]!;
    file.respondent.organization = 'Akimat';
    file.answers[q.id] = q.options[1]!.id;
    writeFileSync(at('filled.json'), JSON.stringify(file));
    writeFileSync(at('filled-json.yaml'), `rubric: {id: ${rubric.id}, version: ${rubric.version}}\nlanguage: en\nrespondent: {organization: Akimat}\nanswers:\n  ${q.id}: ${q.options[1]!.id}\n`);
    const a = cli(['score', at('filled.json'), '--format', 'json']);
    expect(a.status, a.stderr).toBe(0);
    expect(a.stdout).toBe(cli(['score', at('filled-json.yaml'), '--format', 'json']).stdout);
  });
});

describe('agreement and audit sample read workbooks', { timeout: 120_000 }, () => {
  it('agreement of two respondents in workbooks gives what it gives for the same answers in YAML; audit sample samples a workbook', () => {
    const a = filledPair('respondent-a', 'en');
    // The second respondent differs on one question.
    const bytes = template('respondent-b-blank.xlsx', '--lang', 'en');
    const rows = rowsOf(bytes);
    const plan = answerPlan(rubric, rows, 'en');
    const q = rubric.questions.find((x, i) => !(x.notApplicable && i % 3 === 0))!;
    const i = rubric.questions.indexOf(q);
    const other = q.options[(i + 1) % q.options.length]!;
    plan.edits[`2!D${rows.get(q.id)}`] = other.id;
    writeFileSync(at('respondent-b.xlsx'), fillWorkbook(bytes, plan.edits));
    writeFileSync(at('respondent-b.yaml'), plan.yaml.replace(new RegExp(`^  ${q.id}: .*$`, 'm'), `  ${q.id}: "${other.id}"`));
    const fromSheets = cli(['agreement', a.xlsx, at('respondent-b.xlsx'), '--format', 'json']);
    const fromYaml = cli(['agreement', a.yaml, at('respondent-b.yaml'), '--format', 'json']);
    expect(fromSheets.status, fromSheets.stderr).toBe(0);
    expect(fromSheets.stdout.replaceAll('.xlsx', '.yaml')).toBe(fromYaml.stdout);
    expect(fromSheets.stdout).toContain(q.id);

    const sampled = cli(['audit', 'sample', a.xlsx, '--out', at('audits')]);
    expect(sampled.status, sampled.stderr).toBe(0);
    const [audit] = readdirSync(at('audits'));
    const sha = createHash('sha256').update(readFileSync(a.xlsx)).digest('hex');
    expect(readFileSync(join(at('audits'), audit!), 'utf8')).toContain(sha);
  });
});
