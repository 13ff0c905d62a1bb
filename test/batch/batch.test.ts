import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreFiles } from '../../src/batch/pool.js';
import { ProgressBar } from '../../src/batch/progress.js';
import { runBatch, SUMMARY_CSV, SUMMARY_MD } from '../../src/batch/run-batch.js';
import { collectInputList, collectInputs } from '../../src/batch/collect.js';
import { mkdirSync } from 'node:fs';
import { layoutOfRubric, prepareEnv, reportLang, scoreFile, type FileOutcome, type ScoreSetup } from '../../src/batch/score-file.js';
import { summaryRow } from '../../src/batch/summary-markdown.js';
import { TotalsCounter } from '../../src/batch/totals.js';
import { parseCsv } from '../../src/report/csv.js';
import { errorRow, type SummaryRow } from '../../src/report/render-csv.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';

const MINIMAL = fileURLToPath(new URL('../fixtures/rubrics/minimal.yaml', import.meta.url));
const DIST_WORKER = new URL('../../dist/batch/worker.js', import.meta.url);
const CRASHING_WORKER = new URL('./fixtures/crashing-worker.mjs', import.meta.url);
const SHORT_WORKER = new URL('./fixtures/short-worker.mjs', import.meta.url);

let dir: string;
let rubric: Rubric;

const answers = (org: string, extra = '', answersBlock = '  staff-training: some\n  cyber-pentest: yearly\n') =>
  `rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: ${JSON.stringify(org)}}\n${extra}answers:\n${answersBlock}`;

function write(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function setup(overrides: Partial<ScoreSetup> = {}): ScoreSetup {
  return { rubric, messageLang: 'en', summaryLang: 'en', formats: [], tool: { name: 'readiness', version: '0.0.0' }, ...overrides };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-batch-'));
  const loaded = loadRubric(MINIMAL);
  if (!loaded.ok) throw new Error('minimal rubric does not load');
  rubric = loaded.value.rubric;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scoreFile', () => {
  it('scores a good file into a summary row and renders the asked formats', async () => {
    const env = await prepareEnv(setup({ formats: ['json'] }));
    const outcome = scoreFile(write('good.yaml', answers('Akimat')), env);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.row).toMatchObject({ organization: 'Akimat', overall: 91.7, level: 'advanced', coverage: 1, error: null });
    expect(outcome.row.recommendations).toEqual([75, 100]);
    expect(outcome.row.risks).toEqual([0]);
    expect(outcome.rendered.map(([f]) => f)).toEqual(['json']);
    expect(JSON.parse(outcome.rendered[0]![1]).respondent.organization).toBe('Akimat');
  });

  it('refuses a bad file with file:line:col in the row, and never throws', async () => {
    const env = await prepareEnv(setup());
    const bad = write('bad.yaml', answers('X', '', '  staff-training: bogus\n'));
    const outcome = scoreFile(bad, env);
    expect(outcome.ok).toBe(false);
    expect(outcome.row.error).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:19: .*bogus`));
    expect(outcome.row.overall).toBeNull();
  });

  it.each([
    ['missing', () => join(dir, 'nope.yaml'), /no such file/],
    ['binary', () => write('bin.yaml', Buffer.from([0x61, 0x00, 0x62])), /binary/],
    ['alias bomb', () => write('bomb.yaml', bomb()), /alias/i],
    ['prototype key', () => write('proto.yaml', `${answers('X')}__proto__: {polluted: true}\n`), /__proto__/],
    ['deep nesting', () => write('deep.yaml', `a: ${'['.repeat(500)}${']'.repeat(500)}\n`), /deeper/],
    ['empty', () => write('empty.yaml', ''), /empty/],
    ['a folder', () => dir, /folder/],
  ])('refuses a %s file with its reason', async (_name, make, reason) => {
    const env = await prepareEnv(setup());
    const outcome = scoreFile(make(), env);
    expect(outcome.ok).toBe(false);
    expect(outcome.row.error).toMatch(reason);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('carries a rubric-version warning into the findings and the report', async () => {
    const env = await prepareEnv(setup({ formats: ['json'] }));
    const outcome = scoreFile(write('old.yaml', answers('Old').replace('version: 1.0.0', 'version: 0.9.0')), env);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.findings.map((f) => f.severity)).toEqual(['warning']);
    const report = JSON.parse(outcome.rendered[0]![1]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(/^1:\d+: rubric\.version: .*0\.9\.0/);
  });
});

describe('reportLang', () => {
  it('takes --lang, else the file language, else the rubric first language', () => {
    expect(reportLang({ rubric, lang: 'kk' }, 'en')).toBe('kk');
    expect(reportLang({ rubric }, 'en')).toBe('en');
    expect(reportLang({ rubric }, undefined)).toBe('ru');
  });
});

describe('scoreFiles', () => {
  const many = () => Array.from({ length: 23 }, (_, i) => write(`m-${String(i).padStart(2, '0')}.yaml`, answers(`Body ${i}`)));

  async function collect(gen: AsyncGenerator<FileOutcome>): Promise<FileOutcome[]> {
    const out: FileOutcome[] = [];
    for await (const o of gen) out.push(o);
    return out;
  }

  it('gives the same outcomes in the same order on threads as in one thread', async () => {
    const files = many();
    files.splice(7, 0, join(dir, 'vanished.yaml'));
    const alone = await collect(scoreFiles(files, setup(), { threads: 0 }));
    const pooled = await collect(scoreFiles(files, setup(), { threads: 2, chunkSize: 3, workerUrl: DIST_WORKER }));
    expect(pooled.map((o) => o.file)).toEqual(files);
    expect(pooled).toEqual(alone);
    const threadsOnly = await collect(scoreFiles(files, setup(), { threads: 2, chunkSize: 2, workerUrl: DIST_WORKER, mainScores: false }));
    expect(threadsOnly).toEqual(alone);
    expect(pooled[7]!.ok).toBe(false);
  });

  it('keeps input order with refused files interleaved, whatever the chunk size and with or without reports', async () => {
    // Every third file refused (missing, not YAML, an unknown option), the rest scored.
    const files = Array.from({ length: 61 }, (_, i) => {
      const name = `mix-${String(i).padStart(2, '0')}.yaml`;
      if (i % 9 === 0) return join(dir, `missing-${i}.yaml`);
      if (i % 9 === 3) return write(name, 'answers: [not, a, map');
      if (i % 9 === 6) return write(name, answers(`Body ${i}`, '', '  staff-training: nope\n'));
      return write(name, answers(`Body ${i}`));
    });
    for (const formats of [[], ['md' as const]]) {
      const alone = await collect(scoreFiles(files, setup({ formats }), { threads: 0 }));
      expect(alone.filter((o) => !o.ok)).toHaveLength(21);
      for (const chunkSize of [1, 4, 7, 64]) {
        for (const mainScores of [true, false]) {
          const pooled = await collect(scoreFiles(files, setup({ formats }), { threads: 2, chunkSize, workerUrl: DIST_WORKER, mainScores }));
          expect(pooled.map((o) => o.file)).toEqual(files);
          expect(pooled).toEqual(alone);
        }
      }
    }
  });

  it('goes on when a thread dies: the file at fault is refused, every other one is scored', async () => {
    const files = many();
    const crash = write('crash.yaml', answers('Crash'));
    files.splice(10, 0, crash);
    const outcomes = await collect(scoreFiles(files, setup(), { threads: 2, chunkSize: 4, workerUrl: CRASHING_WORKER, mainScores: false }));
    expect(outcomes.map((o) => o.file)).toEqual(files);
    expect(outcomes.filter((o) => !o.ok).map((o) => o.file)).toEqual([crash]);
    expect(outcomes[10]!.row.error).toBe(`${crash}: the scoring thread stopped while scoring this file: simulated thread failure (in the system's own words)`);
  });
  it('refuses, never loses, the files of a chunk a thread answers short, and keeps order', async () => {
    const files = many();
    const short = write('short.yaml', answers('Short'));
    files.splice(5, 0, short);
    const outcomes = await collect(scoreFiles(files, setup(), { threads: 1, chunkSize: 4, workerUrl: SHORT_WORKER, mainScores: false }));
    expect(outcomes.map((o) => o.file)).toEqual(files);
    // The chunk of files 4-7 holds it: those four are refused as an internal error, the rest scored.
    expect(outcomes.map((o, i) => (o.ok ? -1 : i)).filter((i) => i >= 0)).toEqual([4, 5, 6, 7]);
    expect(outcomes[4]!.row.error).toContain('internal error');
  });

  it('goes on when a thread dies holding a second chunk: that chunk is scored too, in order', async () => {
    const files = many();
    const crash = write('crash-2.yaml', answers('Crash'));
    files.splice(2, 0, crash);
    // One thread, chunks of 3: it holds files 0-2 (the crash) and 3-5 when it dies.
    const outcomes = await collect(scoreFiles(files, setup(), { threads: 1, chunkSize: 3, workerUrl: CRASHING_WORKER, mainScores: false }));
    expect(outcomes.map((o) => o.file)).toEqual(files);
    expect(outcomes.filter((o) => !o.ok).map((o) => o.file)).toEqual([crash]);
  });
});

describe('TotalsCounter', () => {
  it('counts levels and refusals and ranks recommendations weakest first, risks most exposed first', () => {
    const layout = layoutOfRubric(rubric, 'en');
    const totals = new TotalsCounter(layout);
    const row = (overall: number | null, level: string | null, recs: Array<number | null>, risk: number | null, unsupported = 0): SummaryRow => ({
      file: 'f',
      organization: 'o',
      overall,
      level,
      coverage: level === null ? 0.5 : 1,
      answeredScore: overall,
      status: level === null ? 'incomplete' : 'complete',
      unsupported,
      notApplicable: 0,
      recommendations: recs,
      risks: [risk],
      error: null,
    });
    totals.add(row(80, 'advanced', [90, 20], 10, 2));
    totals.add(row(40, 'initial', [50, null], 50));
    totals.add(row(null, null, [null, null], null));
    // Below the coverage floor: its score counts in the means, it reaches no level.
    totals.add(row(30, null, [30, 10], 70, 1));
    totals.add(errorRow('bad', 'bad: broken', layout));
    const t = totals.totals();
    // overall (80 + 40 + 30) / 3 = 50
    expect(t).toMatchObject({ inputs: 5, scored: 4, refused: 1, unscored: 1, incomplete: 1, overall: { mean: 50, min: 30, max: 80 } });
    expect(t.unsupported).toEqual({ claims: 3, files: 2 });
    expect(t.levels).toEqual([
      { id: 'initial', label: 'Initial', count: 1 },
      { id: 'advanced', label: 'Advanced', count: 1 },
    ]);
    // infrastructure (20 + 10) / 2 = 15; literacy (90 + 50 + 30) / 3 = 56.7; cyber (10 + 50 + 70) / 3 = 43.3
    expect(t.recommendations.map((r) => [r.id, r.mean, r.count])).toEqual([
      ['infrastructure', 15, 2],
      ['literacy', 56.7, 3],
    ]);
    expect(t.risks.map((r) => [r.id, r.mean])).toEqual([['cyber', 43.3]]);
  });
});

describe('markdown summary rows', () => {
  it('escapes a hostile organization and file name, so the table keeps its columns', () => {
    const layout = layoutOfRubric(rubric, 'en');
    const line = summaryRow(
      layout,
      1,
      {
        file: 'a|b.yaml',
        organization: 'Evil | <script>x</script> [link](javascript:alert(1))\n# heading',
        overall: 50,
        level: 'advanced',
        coverage: 1,
        answeredScore: 50,
        status: 'complete',
        unsupported: 0,
        notApplicable: 0,
        recommendations: [50, 50],
        risks: [50],
        error: null,
      },
      'evil-1234.md',
    );
    expect(line.split('\n').filter(Boolean)).toHaveLength(1);
    // 7 columns: 8 unescaped pipes
    expect(line.match(/(?<!\\)\|/g)).toHaveLength(8);
    expect(line).not.toContain('<script>');
    expect(line).toContain('](evil-1234.md)');
  });
});

describe('ProgressBar', () => {
  it('redraws one line with \\r, prints above it, and erases it at the end', () => {
    const writes: string[] = [];
    let t = 0;
    const bar = new ProgressBar({ write: (s: string) => writes.push(s), columns: 60 }, 3, 'en', () => (t += 1000));
    bar.tick();
    bar.print('a.yaml:1:1: bad\n');
    bar.tick();
    bar.tick();
    bar.clear();
    const all = writes.join('');
    expect(writes[0]).toMatch(/^\r\x1b\[2K\[#+\.*\]\s+33% 1\/3 files$/);
    expect(all).toContain('\r\x1b[2Ka.yaml:1:1: bad\n');
    expect(writes.at(-2)).toMatch(/100% 3\/3 files$/);
    expect(writes.at(-1)).toBe('\r\x1b[2K');
  });
});

describe('runBatch', () => {
  it('writes every input into both summaries and one set of reports per body, never overwriting', async () => {
    const out = join(dir, 'out');
    const files = [
      write('r1.yaml', answers('Same body')),
      write('r2.yaml', answers('Same body')),
      write('r3.json', JSON.stringify({ rubric: { id: 'minimal', version: '1.0.0' }, respondent: { organization: 'same body' }, answers: {} })),
      join(dir, 'gone.yaml'),
    ];
    const problems = [{ file: 'nothing/*.yaml', message: 'matches no file', severity: 'error' as const }];
    const err: string[] = [];
    const result = await runBatch(files, problems, {
      setup: setup({ formats: ['md', 'json'] }),
      outDir: out,
      stderr: { write: (s: string) => err.push(s) },
      quiet: false,
      lang: 'en',
      pool: { threads: 0 },
    });
    expect(result.totals).toMatchObject({ inputs: 5, scored: 3, refused: 2 });
    const names = readdirSync(out).sort();
    expect(names.filter((n) => n.endsWith('.md') && n !== SUMMARY_MD)).toHaveLength(3);
    // Three reports, and index.json (the fleet as data).
    expect(names.filter((n) => n.endsWith('.json') && n !== 'index.json')).toHaveLength(3);
    expect(names).toContain('index.json');
    expect(names.some((n) => n.endsWith('.tmp'))).toBe(false);
    const rows = parseCsv(readFileSync(join(out, SUMMARY_CSV), 'utf8'));
    expect(rows.map((r) => r[0])).toEqual(['File', 'nothing/*.yaml', ...files]);
    // r3 answers nothing: scored (every question counts 0), below the coverage floor.
    expect(rows.map((r) => r.at(-2))).toEqual(['Status (complete/incomplete/error)', 'error', 'complete', 'complete', 'incomplete', 'error']);
    const md = readFileSync(join(out, SUMMARY_MD), 'utf8');
    for (const f of files) expect(md).toContain(`| ${f} |`);
    expect(md.split('\n').find((l) => l.includes(`| ${files[2]} |`))).toMatch(/\| incomplete; same organization as file \\#2 \(.*r1\.yaml\) \|$/);
    expect(md).toContain('nothing/\\*.yaml');
    expect(md).toMatch(/\[Same body\]\(same-body-[0-9a-f]{8}\.md\)/);
    expect(md).toMatch(/\[Same body\]\(same-body-[0-9a-f]{8}-2\.md\)/);
    expect(err.join('')).toContain('gone.yaml: no such file');
  });
});

describe('runBatch on packed paths', () => {
  it('writes the same summary, byte for byte, from a packed list as from an array, on one thread and on three, repeats naming the earlier file', async () => {
    // Three folders; repeats of organization and of answers across them; a problem row first.
    const root = join(dir, 'packed');
    for (const [k, folder] of ['a', 'b', 'c'].entries()) {
      mkdirSync(join(root, folder), { recursive: true });
      for (let i = 0; i < 40; i++) {
        const org = i % 7 === 0 ? 'Akimat of Abai' : `Body ${folder}-${i}`;
        const block = i % 5 === 0 ? '  staff-training: none\n' : `  staff-training: some\n  cyber-pentest: ${['yearly', 'never'][(i + k) % 2]}\n`;
        writeFileSync(join(root, folder, `f-${String(i).padStart(2, '0')}.yaml`), answers(org, '', block));
      }
    }
    const inputs = [join(root, 'a'), join(root, 'b'), join(root, 'c', '*.yaml'), join(root, 'missing')];
    const plain = collectInputs(inputs);
    const packed = collectInputList(inputs);
    expect(plain.files).toHaveLength(120);
    const csv = async (files: Parameters<typeof runBatch>[0], threads: number) => {
      let text = '';
      await runBatch(files, plain.problems, {
        setup: setup(),
        csvOut: { write: (s: string) => (text += s) },
        stderr: { write: () => true },
        quiet: true,
        lang: 'en',
        pool: { threads, chunkSize: 7, workerUrl: DIST_WORKER },
      });
      return text;
    };
    const expected = await csv(plain.files, 0);
    expect(await csv(packed.files, 0)).toBe(expected);
    expect(await csv(packed.files, 2)).toBe(expected);
    const rows = parseCsv(expected);
    expect(rows.map((r) => r[0])).toEqual(['File', join(root, 'missing'), ...plain.files]);
    const repeatsCol = rows[0]!.indexOf('Repeats an earlier file');
    // File #2 is the first of folder a (the problem row is #1); the second Akimat of Abai is a/f-07.
    expect(rows[9]![0]).toBe(join(root, 'a', 'f-07.yaml'));
    expect(rows[9]![repeatsCol]).toMatch(new RegExp(`^same organization as file #2 \\(${join(root, 'a', 'f-00.yaml').replace(/[/.]/g, '\\$&')}\\)`));
    // A copy across folders names the earlier file in its own folder.
    expect(rows.filter((r) => r[repeatsCol]!.includes('same answers and evidence as file #')).length).toBeGreaterThan(50);
  }, 60_000);
});

function bomb(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 0; i < 8; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
  return `${lines.join('\n')}\n`;
}
