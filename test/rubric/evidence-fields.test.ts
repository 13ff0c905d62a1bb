import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/errors.js';
import { parseRubric } from '../../src/rubric/load.js';
import { cli } from '../helpers/cli.js';

// The rubric's evidence fields (issue 19): a question's `evidence.types`, `scoring.maxCitations`
// and a recommendation's `veto: false`.
const BASE = readFileSync('test/fixtures/rubrics/minimal.yaml', 'utf8');
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

const withTypes = (types: string) =>
  BASE.replace(
    "    text: {ru: Проводятся ли пентесты?",
    `    evidence: {ru: Отчёт о пентесте, kk: Енуге тестілеу есебі, en: The pentest report, types: ${types}}\n    text: {ru: Проводятся ли пентесты?`,
  );

describe('rubric evidence fields', () => {
  it('reads the accepted document types apart from the texts, maxCitations (default 3) and veto (default true)', () => {
    expect(BASE).toContain('    text: {ru: Проводятся ли пентесты?');
    const text = withTypes('[report, contract]').replace('  - id: infrastructure\n', '  - id: infrastructure\n    veto: false\n').replace('levels:', 'scoring: {maxCitations: 5}\nlevels:');
    const r = parseRubric('r.yaml', text);
    if (!r.ok) throw new Error(r.findings.map(formatFinding).join('\n'));
    const q = r.value.rubric.questions.find((x) => x.id === 'cyber-pentest')!;
    expect(q.evidence).toEqual({ ru: 'Отчёт о пентесте', kk: 'Енуге тестілеу есебі', en: 'The pentest report' });
    expect(q.evidenceTypes).toEqual(['report', 'contract']);
    expect(r.value.rubric.scoring.maxCitations).toBe(5);
    expect(r.value.rubric.recommendations.map((x) => [x.id, x.veto])).toEqual([['literacy', true], ['infrastructure', false]]);
    const plain = parseRubric('r.yaml', BASE);
    if (!plain.ok) throw new Error('fixture');
    expect(plain.value.rubric.scoring.maxCitations).toBe(3);
  });

  it('refuses an unknown document type, an empty list and a missing language of the evidence text, with line and column', () => {
    const text = withTypes('[report, decree]');
    const r = parseRubric('r.yaml', text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const line = lineOf(text, 'types: [report, decree]');
    expect(r.findings.map(formatFinding)).toEqual([
      `r.yaml:${line}:${text.split('\n')[line - 1]!.indexOf('decree') + 1}: questions[1].evidence.types[1]: must be one of: order, regulation, staff-list, job-description, report, minutes, letter, contract, opinion, plan, register-extract, web-page, certificate, other`,
    ]);
    const empty = parseRubric('r.yaml', withTypes('[]'));
    expect(empty.ok).toBe(false);
    const noKk = parseRubric('r.yaml', withTypes('[report]').replace(', kk: Енуге тестілеу есебі', ''));
    expect(noKk.ok ? [] : noKk.findings.map((f) => f.message)).toEqual(['missing the "kk" text']);
  });

  it('refuses maxCitations out of range', () => {
    for (const value of ['0', '2.5', '1001']) {
      const r = parseRubric('r.yaml', BASE.replace('levels:', `scoring: {maxCitations: ${value}}\nlevels:`));
      expect(r.ok, value).toBe(false);
      if (!r.ok) expect(r.findings[0]!.path).toBe('scoring.maxCitations');
    }
  });

  it('validate names the unknown type from the command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readiness-types-'));
    try {
      const file = join(dir, 'r.yaml');
      writeFileSync(file, withTypes('[decree]'));
      const result = cli(['validate', file]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/r\.yaml:\d+:\d+: questions\[1\]\.evidence\.types\[0\]: must be one of: order, /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
