#!/usr/bin/env node
/**
 * `npm run bench:fleet`: what the fleet page (index.html) costs at scale. Scores N generated
 * answer files in this process (the batch's own scoreFile, summary rows and totals), then
 * times `renderFleetHtml` (the only step the page adds to a batch) and reports the page's
 * size; with Chromium installed, also how long the browser takes to open it and to print it.
 *
 *   node scripts/bench-fleet.mjs [--count 3000] [--runs 5]
 *
 * Prints figures; it is not a test. Needs `npm run build`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateAnswers, readRubric } from './gen-answers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(pathToFileURL(join(root, 'dist', p)).href);

function parseArgs(argv) {
  const opts = { count: 3000, runs: 5 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--count') opts.count = Number(value());
    else if (flag === '--runs') opts.runs = Math.max(1, Number(value()));
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return opts;
}

async function main() {
  const { count, runs } = parseArgs(process.argv.slice(2));
  const [{ loadRubric }, { prepareEnv, scoreFile }, { TotalsCounter }, { renderFleetHtml, fleetBodyOf }] = await Promise.all([
    dist('rubric/load.js'),
    dist('batch/score-file.js'),
    dist('batch/totals.js'),
    dist('batch/summary-html.js'),
  ]);
  const loaded = loadRubric(join(root, 'rubrics/default.yaml'));
  if (!loaded.ok) throw new Error('the default rubric does not load');
  const rubric = loaded.value.rubric;
  const work = mkdtempSync(join(tmpdir(), 'readiness-fleet-bench-'));
  try {
    const files = generateAnswers({ out: join(work, 'in'), count, rubric: readRubric(), seed: 3, brokenRatio: 0.01, groups: true });
    const env = await prepareEnv({ rubric, messageLang: 'en', summaryLang: 'en', formats: [], tool: { name: 'readiness', version: 'bench' } });
    const totals = new TotalsCounter(env.layout);
    const bodies = [];
    const errors = [];
    for (const file of files) {
      const { row } = scoreFile(file, env);
      totals.add(row);
      if (row.error === null) bodies.push(fleetBodyOf(row, `${file.slice(-18, -5)}.html`));
      else errors.push({ file: row.file, error: row.error });
    }
    const summary = {
      layout: env.layout,
      rubric: { id: rubric.id, version: rubric.version, title: rubric.title.en },
      tool: { name: 'readiness', version: 'bench' },
      totals: totals.totals(),
      bodies,
      errors,
    };
    const times = [];
    let page = '';
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      page = renderFleetHtml(summary);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const bytes = Buffer.byteLength(page);
    console.log(`fleet page at ${count} bodies (${bodies.length} scored, ${errors.length} refused):`);
    console.log(`  size: ${(bytes / 1024 / 1024).toFixed(2)} MB (${Math.round(bytes / count)} bytes a body)`);
    console.log(`  render (renderFleetHtml, median of ${runs}): ${times[Math.floor(runs / 2)].toFixed(0)} ms`);

    const { hasChromium, launchBrowser } = await import('./browser.mjs');
    if (!hasChromium()) return;
    const file = join(work, 'index.html');
    writeFileSync(file, page);
    const { browser, close } = await launchBrowser();
    try {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1200, height: 1500 });
      let t = performance.now();
      await tab.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      console.log(`  browser open to load event: ${(performance.now() - t).toFixed(0)} ms`);
      t = performance.now();
      const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true, timeout: 600_000 });
      const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      console.log(`  print to PDF: ${(performance.now() - t).toFixed(0)} ms, ${pages} A4 landscape pages`);
    } finally {
      await close();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
