import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/load.js';
import { NA, type Answers } from '../../src/answers/model.js';
import { layoutOfRubric, summaryRowOfAnswers } from '../../src/batch/score-file.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { csvRow, summaryRowOf } from '../../src/report/render-csv.js';
import { loadRubric } from '../../src/rubric/load.js';
import { normalizeRubric, type Rubric } from '../../src/rubric/model.js';
import { scoreAnswers } from '../../src/scoring/score.js';
import { choicesArb, rubricArb, RUNS, TIMEOUT } from '../fuzz/arbitraries.js';

/**
 * A batch that writes no per-file report takes each file's summary row from
 * `summarizeAnswers` instead of building the Report. The row must be the very one the full
 * report gives (`summaryRowOf`), field for field and in its CSV bytes.
 */

const OPTIONS = { tool: { name: 'readiness', version: 'test' } } as const;
const ANSWERS = join(import.meta.dirname, '..', 'fixtures', 'answers');
let rubric: Rubric;

beforeAll(() => {
  setMessageLang('en');
  rubric = load('rubrics/default.yaml');
});

function load(file: string): Rubric {
  const loaded = loadRubric(file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.value.rubric;
}

function expectSameRow(r: Rubric, answers: Answers, file = 'f.yaml'): void {
  for (const lang of ['en', 'ru', 'kk'] as const) {
    const layout = layoutOfRubric(r, lang);
    const full = summaryRowOf(scoreAnswers(r, answers, { ...OPTIONS, lang }), file, layout);
    const quick = summaryRowOfAnswers(r, answers, file, layout);
    expect(quick).toStrictEqual(full);
    expect(csvRow(quick, layout)).toBe(csvRow(full, layout));
  }
}

describe('summaryRowOfAnswers', () => {
  it('gives the full report’s row for every example body and method fixture', () => {
    const cases: Array<[string, string]> = [
      ...readdirSync(ANSWERS).filter((n) => n.endsWith('.yaml') && n !== 'minimal-partial.yaml').map((n): [string, string] => ['rubrics/default.yaml', join(ANSWERS, n)]),
      ['test/fixtures/rubrics/minimal.yaml', join(ANSWERS, 'minimal-partial.yaml')],
      ...readdirSync(join(ANSWERS, 'method')).map((n): [string, string] => ['test/fixtures/rubrics/method.yaml', join(ANSWERS, 'method', n)]),
    ];
    for (const [rubricFile, file] of cases) {
      const r = rubricFile === 'rubrics/default.yaml' ? rubric : load(rubricFile);
      const loaded = parseAnswers(file, readFileSync(file, 'utf8'), r);
      expect(loaded.ok, file).toBe(true);
      if (loaded.ok) expectSameRow(r, loaded.value, file);
    }
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  it('gives the full report’s row for any answers to the default rubric: gates, n/a, evidence, type and region', () => {
    const arb = fc.record({
      picks: fc.tuple(...rubric.questions.map((q) => fc.option(fc.constantFrom(...q.options.map((o) => o.id), ...(q.notApplicable ? [NA] : [])), { nil: null }))),
      evidence: fc.array(fc.boolean(), { minLength: rubric.questions.length, maxLength: rubric.questions.length }),
      type: fc.option(fc.constantFrom('ministry', 'akimat'), { nil: undefined }),
      region: fc.option(fc.constantFrom('Abai', 'Астана'), { nil: undefined }),
    });
    fc.assert(
      fc.property(arb, ({ picks, evidence, type, region }) => {
        const answers = new Map<string, string>();
        const proofs = new Map<string, { text: string }>();
        rubric.questions.forEach((q, i) => {
          if (picks[i] !== null) answers.set(q.id, picks[i]!);
          if (evidence[i] || picks[i] === NA) proofs.set(q.id, { text: 'order №1 of 14.02.2026' });
        });
        const respondent = { organization: 'Акимат', ...(type ? { type } : {}), ...(region ? { region } : {}) };
        expectSameRow(rubric, { rubric: { id: rubric.id, version: rubric.version }, respondent, answers, comments: new Map(), documents: new Map(), evidence: proofs });
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('gives the full report’s row on generated rubrics, under every scoring rule', () => {
    const rules = fc.record({
      minCoverage: fc.constantFrom(0, 0.5, 0.9, 1),
      weakestLink: fc.constantFrom(null, 0, 1, 2),
      evidenceFrom: fc.constantFrom(null, 0.5, 1),
      unsupported: fc.constantFrom('flag' as const, 'downgrade' as const),
    });
    const arb = rubricArb.chain((c) => fc.tuple(fc.constant(c), choicesArb(c.optionCounts), rules, fc.array(fc.boolean(), { minLength: c.optionCounts.length, maxLength: c.optionCounts.length })));
    fc.assert(
      fc.property(arb, ([c, choices, scoring, evidence]) => {
        const base = normalizeRubric(c.file, 'fuzz');
        const r: Rubric = { ...base, scoring: { ...base.scoring, ...scoring } };
        const answers = new Map<string, string>();
        const proofs = new Map<string, { text: string }>();
        c.file.questions.forEach((q, i) => {
          const k = choices[i];
          if (k !== null && k !== undefined) answers.set(q.id, q.options[k]!.id);
          if (evidence[i]) proofs.set(q.id, { text: 'Order No. 3 of 01.02.2026' });
        });
        expectSameRow(r, { rubric: { id: r.id, version: r.version }, respondent: { organization: 'x' }, answers, comments: new Map(), documents: new Map(), evidence: proofs });
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
