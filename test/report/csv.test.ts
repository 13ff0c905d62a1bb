import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvCell, csvLine, neutraliseFormula, parseCsv } from '../../src/report/csv.js';
import { sanitizeText } from '../../src/report/escape.js';
import { csvHeader, csvRow, errorRow, layoutOfReport, renderCsv, summaryColumnIds, summaryRowOf } from '../../src/report/render-csv.js';
import { sampleReport, unassessedReport, HOSTILE } from './sample-report.js';

describe('csvCell', () => {
  it('writes plain text as it is', () => {
    expect(csvCell('Акимат города Астаны')).toBe('Акимат города Астаны');
  });

  it('quotes a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\nx', '＝1+1'])('neutralises a formula start: %j', (text) => {
    const cell = csvCell(text);
    const [[back]] = parseCsv(cell);
    expect(back).toBe(`'${text}`);
  });

  it('neutralises =HYPERLINK and still quotes it', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
  });

  it('leaves numbers as numbers, even negative ones, and writes nothing for null or non-finite', () => {
    expect(csvCell(42.5)).toBe('42.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('does not touch text that only contains a formula character later', () => {
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('e-mail@x')).toBe('e-mail@x');
  });
});

describe('csvLine and parseCsv', () => {
  it('ends a record in CRLF', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });

  it('reads back every cell it wrote, with formula starts neutralised and control characters made visible', () => {
    fc.assert(
      fc.property(fc.array(
          fc.oneof(
            fc.string({ unit: 'binary' }),
            fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '"', ','), fc.string()).map(([a, b]) => a + b),
          ),
          { minLength: 1, maxLength: 6 },
        ), (cells) => {
        const [row, ...rest] = parseCsv(csvLine(cells));
        expect(rest).toEqual([]);
        expect(row).toEqual(cells.map((c) => neutraliseFormula(sanitizeText(c))));
      }),
      { numRuns: 500 },
    );
  });

  it('skips the byte-order mark', () => {
    expect(parseCsv(`${CSV_BOM}a,b\r\n1,2\r\n`)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe('renderCsv', () => {
  it('is BOM, a header and one row, CRLF, with numbers unquoted', () => {
    const report = sampleReport('en');
    const text = renderCsv(report);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(2);
    const [header, row] = rows as [string[], string[]];
    const layout = layoutOfReport(report);
    expect(header).toHaveLength(summaryColumnIds(layout).length);
    expect(row).toHaveLength(header.length);
    expect(header[1]).toBe('Organization');
    expect(row[1]).toBe(report.respondent.organization);
    expect(row[2]).toBe(String(report.overall.score));
    expect(row.at(-2)).toBe('complete');
    expect(row.at(-1)).toBe('');
    // the method's signals: the score over answered questions, claims without evidence, flags for the auditor, questions that do not apply
    expect(header.slice(5, 9)).toEqual(['Score over answered questions', 'Claims without evidence', 'Flags for the auditor', 'Not applicable']);
    expect(row.slice(5, 9)).toEqual([String(report.overall.answeredScore), '1', '1', '2']);
    // every recommendation and risk category has its column, in report order
    for (const [i, r] of report.recommendations.entries()) {
      expect(header[9 + i]).toContain(`(${r.id})`);
      expect(row[9 + i]).toBe(r.score === null ? '' : String(r.score));
    }
    for (const [i, c] of report.riskCategories.entries()) {
      expect(header[9 + report.recommendations.length + i]).toContain(`(${c.id})`);
      expect(row[9 + report.recommendations.length + i]).toBe(c.exposure === null ? '' : String(c.exposure));
    }
  });

  it('says incomplete, with no level, below the coverage floor', () => {
    const [, row] = parseCsv(renderCsv(unassessedReport('en'))) as [string[], string[]];
    expect(row[3]).toBe('');
    expect(row.at(-2)).toBe('incomplete');
    expect(row.at(-1)).toBe('');
  });

  it('labels the header in the report language', () => {
    const [ru] = parseCsv(renderCsv(sampleReport('ru')));
    const [kk] = parseCsv(renderCsv(sampleReport('kk')));
    expect(ru![1]).toBe('Орган');
    expect(kk![1]).toBe('Орган');
  });

  it('keeps a hostile organization inert', () => {
    const report = sampleReport('en', { hostile: true });
    const [, row] = parseCsv(renderCsv(report));
    expect(row![1]).toBe(HOSTILE.organization);
    const evil = { ...report, respondent: { organization: '=HYPERLINK("http://evil.example","open")' } };
    const text = renderCsv(evil);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""open"")"`);
  });
});

describe('summary rows', () => {
  it('gives a refused file the same number of cells, status error and the message', () => {
    const layout = layoutOfReport(sampleReport('en'));
    const header = parseCsv(csvHeader(layout))[0]!;
    const row = parseCsv(csvRow(errorRow('bad.yaml', 'bad.yaml:3:5: unknown option', layout), layout))[0]!;
    expect(row).toHaveLength(header.length);
    expect(row[0]).toBe('bad.yaml');
    expect(row.slice(1, -2).every((c) => c === '')).toBe(true);
    expect(row.at(-2)).toBe('error');
    expect(row.at(-1)).toBe('bad.yaml:3:5: unknown option');
  });

  it('looks scores up by id, so a layout in another order still lines up', () => {
    const report = sampleReport('en');
    const layout = layoutOfReport(report);
    const reversed = { ...layout, recommendations: [...layout.recommendations].reverse() };
    const row = summaryRowOf(report, 'x.yaml', reversed);
    expect(row.recommendations).toEqual([...report.recommendations].reverse().map((r) => r.score));
  });
});

describe('the semicolon variant (Excel under ru-RU and kk-KZ regional settings)', () => {
  const values = ['Акимат; отдел', 'a,b', 'say "hi"', '15.1', '=SUM(A1;B1)', '-1', 91.7, 0.643, -3.5, 12, null, ''];

  it('reads back, split at ;, as the same cells as the comma variant, numbers with a decimal comma', () => {
    const comma = parseCsv(csvLine(values));
    const semicolon = parseCsv(csvLine(values, 'semicolon'), 'semicolon');
    expect(semicolon).toHaveLength(1);
    expect(semicolon[0]).toHaveLength(values.length);
    const expected = comma[0]!.map((cell, i) => (typeof values[i] === 'number' ? cell.replace('.', ',') : cell));
    expect(semicolon[0]).toEqual(expected);
    // Numbers: a decimal comma, never quoted; text that only looks like a number stays as written.
    expect(csvLine(values, 'semicolon')).toContain(';91,7;0,643;-3,5;12;;\r\n');
    expect(semicolon[0]![3]).toBe('15.1');
  });

  it('quotes a cell holding ; (and one holding a comma), and quotes nothing else', () => {
    expect(csvCell('Акимат; отдел', 'semicolon')).toBe('"Акимат; отдел"');
    expect(csvCell('a,b', 'semicolon')).toBe('"a,b"');
    expect(csvCell('plain text', 'semicolon')).toBe('plain text');
    // The comma variant is as before: a ; needs no quotes there.
    expect(csvCell('Акимат; отдел')).toBe('Акимат; отдел');
  });

  it('still neutralises a formula, and leaves a negative number a number', () => {
    expect(csvCell('=SUM(A1;B1)', 'semicolon')).toBe(`"'=SUM(A1;B1)"`);
    expect(csvCell('=1+1', 'semicolon')).toBe(`'=1+1`);
    expect(csvCell('-1', 'semicolon')).toBe(`'-1`);
    expect(csvCell(-3.5, 'semicolon')).toBe('-3,5');
    const evil = { ...sampleReport('en'), respondent: { organization: '=HYPERLINK("http://evil.example";"open")' } };
    expect(renderCsv(evil, '', 'semicolon')).toContain(`;"'=HYPERLINK(""http://evil.example"";""open"")";`);
  });

  it('gives a report the same cells as the comma variant, BOM and CRLF kept', () => {
    for (const report of [sampleReport('en'), sampleReport('kk', { hostile: true }), unassessedReport('ru')]) {
      const commaText = renderCsv(report, 'file;1.yaml');
      const text = renderCsv(report, 'file;1.yaml', 'semicolon');
      expect(text.startsWith(CSV_BOM)).toBe(true);
      expect(text.endsWith('\r\n')).toBe(true);
      const ids = summaryColumnIds(layoutOfReport(report));
      const numeric = (id: string) =>
        ['overall', 'coverage', 'answeredScore', 'unsupported', 'flags', 'notApplicable'].includes(id) || /^(recommendation|risk):/.test(id);
      const [header, row] = parseCsv(commaText) as [string[], string[]];
      const expected = [header, row.map((cell, i) => (numeric(ids[i]!) ? cell.replace('.', ',') : cell))];
      expect(parseCsv(text, 'semicolon')).toEqual(expected);
      expect(row[0]).toBe('file;1.yaml');
    }
    // Not a vacuous comparison: the sample has fractional scores.
    expect(renderCsv(sampleReport('en'), '', 'semicolon')).toMatch(/;\d+,\d+;/);
  });

  it('writes the INCOMPLETE row of an interrupted batch with ; too', () => {
    const layout = layoutOfReport(sampleReport('en'));
    const message = 'INCOMPLETE: interrupted after 1 of 6 files; the files after this row were not scored';
    const line = csvRow(errorRow('', message, layout), layout, 'semicolon');
    const [row] = parseCsv(line, 'semicolon');
    expect(row).toHaveLength(summaryColumnIds(layout).length);
    expect(row!.slice(-2)).toEqual(['error', message]);
    expect(line.endsWith(`;error;"${message}"\r\n`)).toBe(true);
  });
});
