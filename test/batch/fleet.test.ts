import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLEET_HTML, runBatch } from '../../src/batch/run-batch.js';
import { layoutOfRubric, prepareEnv, scoreFile, type ScoreSetup } from '../../src/batch/score-file.js';
import { fleetBodyOf, renderFleetHtml, type FleetSummary } from '../../src/batch/summary-html.js';
import { GROUP_NOT_GIVEN, GROUP_OTHER, MAX_GROUPS, TotalsCounter } from '../../src/batch/totals.js';
import { errorRow, QUESTION_NOT_APPLICABLE, QUESTION_UNANSWERED, type SummaryRow } from '../../src/report/render-csv.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';

const MINIMAL = fileURLToPath(new URL('../fixtures/rubrics/minimal.yaml', import.meta.url));
let dir: string;
let rubric: Rubric;

const answers = (org: string, block: string, respondent = '') =>
  `rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: ${JSON.stringify(org)}${respondent}}\nanswers:\n${block}`;

function setup(overrides: Partial<ScoreSetup> = {}): ScoreSetup {
  return { rubric, messageLang: 'en', summaryLang: 'en', formats: [], tool: { name: 'readiness', version: '0.0.0' }, ...overrides };
}

const quiet = { write: () => true };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-fleet-'));
  const loaded = loadRubric(MINIMAL);
  if (!loaded.ok) throw new Error('minimal rubric does not load');
  rubric = loaded.value.rubric;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function row(overall: number | null, recs: Array<number | null>, questions: number[], extra: Partial<SummaryRow> = {}): SummaryRow {
  return {
    file: 'f.yaml',
    organization: 'o',
    overall,
    level: overall === null ? null : overall >= 50 ? 'advanced' : 'initial',
    coverage: 1,
    answeredScore: overall,
    status: 'complete',
    unsupported: 0,
    notApplicable: 0,
    recommendations: recs,
    risks: [null],
    error: null,
    questions,
    ...extra,
  };
}

describe('fleet totals', () => {
  it('counts, per question, the bodies it applies to and those that fail it (below half-way or unanswered)', () => {
    const layout = layoutOfRubric(rubric, 'en');
    expect(layout.questions?.map((q) => q.id)).toEqual(['staff-training', 'cyber-pentest']);
    const t = new TotalsCounter(layout);
    t.add(row(75, [50, 100], [0.5, 1]));
    t.add(row(0, [0, 0], [0, QUESTION_UNANSWERED]));
    t.add(row(100, [100, null], [1, QUESTION_NOT_APPLICABLE]));
    t.add(errorRow('bad.yaml', 'broken', layout));
    const totals = t.totals();
    // cyber-pentest: failed by 1 of the 2 it applies to; staff-training: 1 of 3.
    expect(totals.questions.map((q) => [q.id, q.failing, q.applicable, q.unanswered, q.mean])).toEqual([
      ['cyber-pentest', 1, 2, 1, 100],
      ['staff-training', 1, 3, 0, 50],
    ]);
    expect(totals.bins).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 0, 1]);
    // Levels per recommendation (initial, advanced, no score), in the rubric's order.
    expect(totals.recommendationLevels.map((r) => [r.id, r.counts])).toEqual([
      ['literacy', [1, 2, 0]],
      ['infrastructure', [1, 1, 1]],
    ]);
  });

  it('groups bodies by respondent type and region, pooling values beyond MAX_GROUPS', () => {
    const layout = layoutOfRubric(rubric, 'en');
    const t = new TotalsCounter(layout);
    t.add(row(80, [80, 80], [1, 1], { type: 'ministry', region: 'Astana' }));
    t.add(row(40, [40, null], [0.5, 0], { type: 'ministry' }));
    t.add(row(20, [20, 20], [0, 0], { type: 'akimat', region: 'Almaty' }));
    for (let i = 0; i < MAX_GROUPS + 5; i++) t.add(row(10, [10, 10], [0, 0], { region: `R${String(i).padStart(3, '0')}` }));
    const { groups } = t.totals();
    expect(groups.type).toEqual([
      { value: 'akimat', count: 1, overall: 20, recommendations: [20, 20] },
      { value: 'ministry', count: 2, overall: 60, recommendations: [60, 80] },
      // The bodies that give no type are a group of their own, last, so the groups add up.
      { value: GROUP_NOT_GIVEN, count: MAX_GROUPS + 5, overall: 10, recommendations: [10, 10] },
    ]);
    expect(groups.region).toHaveLength(MAX_GROUPS + 2);
    expect(groups.region.at(-2)).toMatchObject({ value: GROUP_OTHER, count: 7 });
    expect(groups.region.at(-1)).toMatchObject({ value: GROUP_NOT_GIVEN, count: 1 });
  });

  it('leaves rows without question results out of the question counts', () => {
    const layout = layoutOfRubric(rubric, 'en');
    const t = new TotalsCounter(layout);
    const { questions, ...plain } = row(50, [50, 50], [1, 1]);
    void questions;
    t.add(plain);
    expect(t.totals().questions.every((q) => q.applicable === 0)).toBe(true);
  });
});

describe('scored rows', () => {
  it('carry each question result and the respondent type and region from the answer file', async () => {
    const file = join(dir, 'typed.yaml');
    writeFileSync(file, answers('Body', '  staff-training: some\n', ', type: ministry, region: "Abai Region"'));
    const outcome = scoreFile(file, await prepareEnv(setup()));
    expect(outcome.ok).toBe(true);
    expect(outcome.row).toMatchObject({ type: 'ministry', region: 'Abai Region', questions: [0.5, QUESTION_UNANSWERED] });
  });
});

function summary(bodies: FleetSummary['bodies'], errors: FleetSummary['errors'] = []): FleetSummary {
  const layout = layoutOfRubric(rubric, 'en');
  const t = new TotalsCounter(layout);
  return { layout, rubric: { id: 'minimal', version: '1.0.0', title: 'Minimal' }, tool: { name: 'readiness', version: '0.0.0' }, totals: t.totals(), bodies, errors };
}

describe('renderFleetHtml', () => {
  const body = (organization: string, overall: number | null, extra = {}) =>
    fleetBodyOf(row(overall, [overall, overall], [1, 1], { organization, ...extra }), `${organization.length}.html`);

  it('lists every body highest score first, no score last, with links, and every error', () => {
    const html = renderFleetHtml(summary([body('B', 40), body('A', null), body('C', 90)], [{ file: 'bad.yaml', error: 'bad.yaml:1:1: broken' }]));
    const names = [...html.matchAll(/<tr><td class="num">\d+<\/td><td><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(names).toEqual(['C', 'B', 'A']);
    expect(html).toContain('<code>bad.yaml</code></td><td class="err">bad.yaml:1:1: broken</td>');
  });

  it('is self-contained and escapes every text from an answer file', () => {
    const evil = '<script>alert(1)</script>"\'&';
    const html = renderFleetHtml(summary([body(evil, 50, { type: evil, region: '<b>r</b>' })], [{ file: '<x>.yaml', error: '<img src=x onerror=alert(1)>' }]));
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&amp;');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(html).not.toMatch(/<[^>]*\s(style|on\w+)=|<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('gives the same bytes for the same summary', () => {
    const s = summary([body('B', 40), body('A', 40), body('C', 90)]);
    expect(renderFleetHtml(s)).toBe(renderFleetHtml(structuredClone(s)));
  });
});

describe('runBatch and index.html', () => {
  it('writes the fleet page beside the reports when html is among the formats, linking each body to its HTML report', async () => {
    const files = ['a', 'b', 'c'].map((n, i) => {
      const f = join(dir, `${n}.yaml`);
      writeFileSync(f, answers(`Body ${n}`, i === 2 ? '  staff-training: nonsense\n' : '  staff-training: all\n  cyber-pentest: yearly\n', ', type: agency'));
      return f;
    });
    const out = join(dir, 'out-html');
    const result = await runBatch(files, [], { setup: setup({ formats: ['md', 'html'] }), outDir: out, stderr: quiet, quiet: true, lang: 'en' });
    expect(result.fleet?.path).toBe(join(out, FLEET_HTML));
    const html = readFileSync(join(out, FLEET_HTML), 'utf8');
    for (const href of [...html.matchAll(/<a href="([^"#]+)">/g)].map((m) => decodeURIComponent(m[1]!))) {
      expect(href.endsWith('.html')).toBe(true);
      expect(existsSync(join(out, href)), href).toBe(true);
    }
    expect(html).toContain('c.yaml');
    expect(html).toContain('id="by-type"');
  });

  it('writes no fleet page without html', async () => {
    const f = join(dir, 'd.yaml');
    writeFileSync(f, answers('Body d', '  staff-training: all\n'));
    const out = join(dir, 'out-md');
    const result = await runBatch([f], [], { setup: setup({ formats: ['md'] }), outDir: out, stderr: quiet, quiet: true, lang: 'en' });
    expect(result.fleet).toBeUndefined();
    expect(existsSync(join(out, FLEET_HTML))).toBe(false);
  });
});
