import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/report/schema.js';
// @ts-ignore: a plain ESM script without type declarations
import { buildAnalysis, buildExamples, EXAMPLE_FIXTURES, EXAMPLE_LANGS, EXAMPLES_DIR } from '../scripts/update-examples.mjs';

// The examples are generated from the built modules in dist/ (`npm test` builds first).
const ROOT = join(import.meta.dirname, '..');
const STALE = 'is stale: run `npm run update:examples` and commit the result';

interface ExampleFile {
  path: string;
  content: string;
}

describe('reports/examples', () => {
  let expected: ExampleFile[];
  beforeAll(async () => {
    expected = (await buildExamples()) as ExampleFile[];
  });

  it('holds a markdown, a JSON and an HTML report for every example in every language', () => {
    const names = (EXAMPLE_FIXTURES as string[]).flatMap((f) => (EXAMPLE_LANGS as string[]).flatMap((l) => [`${f}.${l}.html`, `${f}.${l}.json`, `${f}.${l}.md`]));
    expect(expected.map((f) => f.path)).toEqual(names.map((n) => `${EXAMPLES_DIR}/${n}`).sort());
    const committed = readdirSync(join(ROOT, EXAMPLES_DIR)).filter((n) => /\.(md|json|html)$/.test(n)).sort();
    expect(committed, `reports/examples ${STALE}`).toEqual([...names].sort());
  });

  it('matches, byte for byte, what update:examples writes', () => {
    for (const { path, content } of expected) {
      const file = join(ROOT, path);
      expect(existsSync(file), `${path} is missing: run \`npm run update:examples\``).toBe(true);
      expect(readFileSync(file, 'utf8') === content, `${path} ${STALE}`).toBe(true);
    }
  });

  it('is deterministic', async () => {
    expect(await buildExamples()).toEqual(expected);
  });

  it('validates every example JSON against the report schema', () => {
    const json = expected.filter((f) => f.path.endsWith('.json'));
    expect(json).toHaveLength(9);
    for (const { path } of json) {
      const parsed = ReportSchema.safeParse(JSON.parse(readFileSync(join(ROOT, path), 'utf8')));
      expect(parsed.success, `${path}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
  });

  it('shows three different bodies, each scored in the language of its file name, with levels that follow their scores; the body without AI is not scored on AI systems', () => {
    const byBody = new Map<string, Array<ReturnType<typeof ReportSchema.parse>>>();
    for (const { path, content } of expected.filter((f) => f.path.endsWith('.json'))) {
      const report = ReportSchema.parse(JSON.parse(content));
      expect(path).toContain(`.${report.language}.json`);
      const body = path.split('/').pop()!.split('.')[0]!;
      byBody.set(body, [...(byBody.get(body) ?? []), report]);
    }
    expect([...byBody.keys()].sort()).toEqual([...(EXAMPLE_FIXTURES as string[])].sort());
    const overall = (body: string) => {
      const reports = byBody.get(body)!;
      expect(reports).toHaveLength(3);
      // The language changes the words, never the numbers.
      const numbers = ({ overall: o }: (typeof reports)[number]) => [o.score, o.answeredScore, o.level?.id, o.status, o.coverage, o.answered, o.applicable, o.missing];
      for (const r of reports) expect(numbers(r)).toEqual(numbers(reports[0]!));
      return reports[0]!.overall;
    };
    const well = overall('ministry-well-along');
    const between = overall('agency-in-between');
    const starting = overall('akimat-starting');
    // Every body is scored; blanks count 0, so the score never exceeds the one over answered questions.
    for (const o of [well, between, starting]) {
      expect(o.score).not.toBeNull();
      expect(o.answeredScore!).toBeGreaterThanOrEqual(o.score!);
    }
    // Their scores tell them apart in the order their names promise.
    expect(well.score!).toBeGreaterThan(between.score!);
    expect(between.score!).toBeGreaterThan(starting.score!);
    // All three answered enough for a level (2.0.0 files), each a different one.
    for (const o of [well, between, starting]) expect(o.status).toBe('complete');
    // Levels follow the scores, and the ministry and the akimat stand at different levels. The
    // agency is not required to sit at a third one: its file is answered as the body would
    // answer it, not tuned to a level (it sits just under "Developing" in 2.0.0).
    const rank = (o: typeof well) => ['initial', 'developing', 'established', 'advanced'].indexOf(o.level!.id);
    expect(rank(well)).toBeGreaterThanOrEqual(rank(between));
    expect(rank(between)).toBeGreaterThanOrEqual(rank(starting));
    expect(rank(well)).toBeGreaterThan(rank(starting));
    // The akimat has no AI system: the AI-system module is gated out, not counted against it,
    // and it still answers every question that applies.
    const akimat = byBody.get('akimat-starting')!.find((r) => r.language === 'en')!;
    const gated = akimat.notApplicable.filter((n) => n.reason === 'gated');
    expect(gated.length).toBeGreaterThan(10);
    expect(starting.applicable + akimat.notApplicable.length).toBe(starting.total);
    expect(starting.coverage).toBe(1);
    // The agency leaves one question open until its contractor replies: listed, and counted 0.
    const agency = byBody.get('agency-in-between')!.find((r) => r.language === 'en')!;
    expect(agency.unanswered).toHaveLength(between.applicable - between.answered);
    expect(agency.unanswered.length).toBeGreaterThan(0);
    expect(between.score!).toBeLessThan(between.answeredScore!);
  });
});

describe('reports/analysis', () => {
  it('matches what update:examples writes, and the default rubric has no gaming route and no share outside its band', async () => {
    const files = (await buildAnalysis()) as Array<ExampleFile & { clean: boolean }>;
    expect(files).toHaveLength((EXAMPLE_LANGS as string[]).length);
    for (const { path, content, clean } of files) {
      expect(clean, path).toBe(true);
      const file = join(ROOT, path);
      expect(existsSync(file), `${path} is missing: run \`npm run update:examples\``).toBe(true);
      expect(readFileSync(file, 'utf8') === content, `${path} ${STALE}`).toBe(true);
    }
  }, 180_000); // 10,000 simulated respondents per profile: seconds, more under a loaded test run
});
