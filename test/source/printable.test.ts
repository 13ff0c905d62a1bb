import { beforeAll, describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/load.js';
import { formatFinding } from '../../src/errors.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import type { Rubric } from '../../src/rubric/model.js';
import { printable } from '../../src/source/printable.js';
import { minimalRubric } from '../hostile/helpers.js';

let rubric: Rubric;
beforeAll(() => {
  setMessageLang('en');
  rubric = minimalRubric();
});

/** What a terminal or a log could act on: ESC, BEL, CR, LF and the other C0/C1 controls, bidi overrides. */
const DANGEROUS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('printable', () => {
  it('escapes control, line-breaking and bidi characters', () => {
    expect(printable('a\u001b[2Jb\r\nc\u0007\u202Ed')).toBe('a\\u001b[2Jb\\u000d\\u000ac\\u0007\\u202ed');
    expect(printable('Әкімдік «Алматы» 🇰🇿')).toBe('Әкімдік «Алматы» 🇰🇿');
  });

  it('cuts long text without splitting a surrogate pair', () => {
    expect(printable('x'.repeat(1000))).toBe(`${'x'.repeat(120)}…`);
    expect(printable(`${'x'.repeat(119)}😀`, 120)).toBe(`${'x'.repeat(119)}…`);
  });
});

describe('a hostile answer file cannot drive the terminal or forge output lines through a message', () => {
  const hostile = {
    rubric: { id: 'minimal\u001b[2J', version: '1.0.0' },
    respondent: { organization: 'x', '\u001b[31mevil': 1 },
    language: 'e\u0007',
  };
  const cases: Array<[string, unknown]> = [
    ['unknown field, other rubric, language', hostile],
    [
      'unknown question and option',
      {
        rubric: { id: 'minimal', version: '1.0.0' },
        respondent: { organization: 'x' },
        answers: { 'q\u001b]0;pwned\u0007': 'none', 'staff-training': 'bad\r\nforged.yaml:9:9: fine', ['x'.repeat(100_000)]: 'none' },
        comments: { '\u202Eevil': 'x' },
      },
    ],
    [
      'another version (warnings)',
      {
        rubric: { id: 'minimal', version: '0.9\u001b[1m\nforged' },
        respondent: { organization: 'x' },
        answers: { 'q\u001b]0;pwned\u0007': 'x', 'staff-training': 'bad\r\nforged.yaml:9:9: fine' },
      },
    ],
  ];
  for (const [name, value] of cases) {
    it(name, () => {
      const result = parseAnswers('f.json', JSON.stringify(value), rubric);
      const findings = result.ok ? result.warnings : result.findings;
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        expect(f.message).not.toMatch(DANGEROUS);
        expect(f.message.length).toBeLessThan(400);
      }
    });
  }

  it('the message still says which value was wrong', () => {
    const result = parseAnswers('f.yaml', 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: x}\nanswers:\n  staff-training: "a\\eb"\n', rubric);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatFinding(result.findings[0]!)).toBe('f.yaml:4:19: answers.staff-training: unknown option "a\\u001bb" for question "staff-training"; expected one of: none, some, all');
  });
});

describe('YAML syntax messages quote the source safely', () => {
  it('a bad token with a carriage return, an escape or a bell', () => {
    for (const text of ['>\r', 'a: "\u001b', '\u0007: [', 'a: !\u001b[2J x\n']) {
      const result = parseAnswers('y.yaml', text, rubric);
      const findings = result.ok ? result.warnings : result.findings;
      for (const f of findings) expect(formatFinding(f)).not.toMatch(DANGEROUS);
    }
  });
});

describe('paths into the file quote keys safely', () => {
  it('a key with DEL, C1 controls or a bidi override, from YAML or from a !!binary tag', () => {
    const texts = [
      'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: x}\n"a\\x7f\\x9b2J\\u202e": 1\n',
      '!!binary staff-training: 1\n',
      `rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: x}\nanswers:\n  "q\\x9b\\x7f${'x'.repeat(5000)}": none\n`,
    ];
    for (const text of texts) {
      const result = parseAnswers('p.yaml', text, rubric);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      for (const f of result.findings) {
        expect(formatFinding(f)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
        expect(formatFinding(f).length).toBeLessThan(600);
      }
    }
  });
});
