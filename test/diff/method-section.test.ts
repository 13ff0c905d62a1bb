import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeMethod } from '../../src/analyze/summary.js';
import { renderDiffMarkdown } from '../../src/diff/render-md.js';
import { buildDiffResult } from '../../src/diff/result.js';
import { parseRubric } from '../../src/rubric/load.js';
import { rubric, TOOL, V1, V2 } from './helpers.js';

// `diff` shows how a rubric change moves what `analyze` finds: a short section, both sides.
describe('diff: the method before and after', () => {
  it('carries both sides of the analysis and bolds what moved', () => {
    const result = buildDiffResult({
      old: { rubric: rubric(V1), source: V1 },
      new: { rubric: rubric(V2), source: V2 },
      answers: null,
      maxDelta: null,
      lang: 'en',
      tool: TOOL,
    });
    expect(result.method.old).toEqual(summarizeMethod(rubric(V1), 'en'));
    expect(result.method.new.rungs[0]).toBe(0);
    expect(result.method.new.rungs.at(-1)).toBe(100);
    const md = renderDiffMarkdown(result);
    expect(md).toContain('### The method, before and after');
    // 1.1.0 re-weights a question: the largest share is unchanged, the smallest drops.
    expect(md).toMatch(/\| Question shares \(smallest–largest\) \| 8\.3%–27\.8% \| \*\*5\.6%–27\.8%\*\* \|/);
    // The demo rubrics ask for no document: placeholder evidence passes in silence, on both sides.
    expect(md).toMatch(/\| Gaming routes \| 1 \| 1 \|/);
  });

  it('counts the gaming routes a change opens', () => {
    const text = readFileSync('test/fixtures/rubrics/method.yaml', 'utf8');
    const load = (t: string) => {
      const l = parseRubric('m.yaml', t);
      if (!l.ok) throw new Error('fixture');
      return l.value.rubric;
    };
    const before = summarizeMethod(load(text), 'en', 200);
    const after = summarizeMethod(load(text.replace('  weakestLink: 1\n', '')), 'en', 200);
    expect(before.routes).toBe(0);
    expect(after.routes).toBeGreaterThan(0);
    expect(after.weakestLink).toBeNull();
  });
});
