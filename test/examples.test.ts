import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/report/schema.js';
// @ts-ignore: a plain ESM script without type declarations
import { buildExamples, EXAMPLE_FIXTURES, EXAMPLE_LANGS, EXAMPLES_DIR } from '../scripts/update-examples.mjs';

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

  it('holds a markdown and a JSON report for every example in every language', () => {
    const names = (EXAMPLE_FIXTURES as string[]).flatMap((f) => (EXAMPLE_LANGS as string[]).flatMap((l) => [`${f}.${l}.json`, `${f}.${l}.md`]));
    expect(expected.map((f) => f.path)).toEqual(names.map((n) => `${EXAMPLES_DIR}/${n}`).sort());
    const committed = readdirSync(join(ROOT, EXAMPLES_DIR)).filter((n) => /\.(md|json)$/.test(n)).sort();
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

  it('shows three different bodies at three different levels, each in the language of its file name', () => {
    const levels = new Set<string>();
    for (const { path, content } of expected.filter((f) => f.path.endsWith('.json'))) {
      const report = ReportSchema.parse(JSON.parse(content));
      expect(path).toContain(`.${report.language}.json`);
      if (report.overall.level) levels.add(report.overall.level.id);
    }
    expect([...levels].sort()).toEqual(['developing', 'established', 'initial']);
  });
});
