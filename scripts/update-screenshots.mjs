#!/usr/bin/env node
// Photographs the HTML pages as a reader sees them, into reports/examples/screenshots/:
// the top of each example report (every example, every language) and a generated fleet
// page (its overview and its table of bodies). Run by `npm run update:examples` after the
// examples are written; on its own: `node scripts/update-screenshots.mjs` (needs `npm run
// build` and Chromium: Debian's package, or CHROMIUM_PATH).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchBrowser } from './browser.mjs';
import { generateAnswers, readRubric } from './gen-answers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCREENSHOTS_DIR = 'reports/examples/screenshots';
/** Bodies in the photographed fleet: enough for every chart to have a shape. */
export const FLEET_SIZE = 240;

/** Scores a generated fleet into `dir/out` with HTML reports; returns the path of its index.html. */
export function buildFleet(dir, count = FLEET_SIZE) {
  const input = join(dir, 'answers');
  generateAnswers({ out: input, count, rubric: readRubric(), seed: 7, brokenRatio: 0.02, groups: true });
  const out = join(dir, 'out');
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/readiness.js'), 'score', input, '--out', out, '--format', 'html', '--lang', 'en', '--quiet'], {
    encoding: 'utf8',
    env: { ...process.env, READINESS_LANG: 'en', NO_COLOR: '1' },
  });
  // Exit 1 is expected: the fleet carries a few broken files on purpose.
  if (run.status !== 1 && run.status !== 0) throw new Error(`score failed (${run.status}): ${run.stderr}`);
  const index = join(out, 'index.html');
  if (!existsSync(index)) throw new Error(`no fleet page: ${run.stderr}`);
  return index;
}

async function shoot(page, file, target, { width, height, selector } = {}) {
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  let y = 0;
  if (selector) y = await page.$eval(selector, (el) => Math.max(0, el.getBoundingClientRect().top + window.scrollY - 16));
  await page.screenshot({ path: target, clip: { x: 0, y, width, height }, captureBeyondViewport: true });
}

/** Regenerates every screenshot; returns the paths written, relative to the repository. */
export async function updateScreenshots() {
  const dir = join(ROOT, SCREENSHOTS_DIR);
  mkdirSync(dir, { recursive: true });
  const examples = readdirSync(join(ROOT, 'reports/examples'))
    .filter((n) => n.endsWith('.html'))
    .sort();
  const work = mkdtempSync(join(tmpdir(), 'readiness-shots-'));
  const { browser, close } = await launchBrowser();
  const written = [];
  try {
    const page = await browser.newPage();
    for (const name of examples) {
      const target = join(dir, name.replace(/\.html$/, '.png'));
      await shoot(page, join(ROOT, 'reports/examples', name), target, { width: 1100, height: 1500 });
      written.push(target);
    }
    const fleet = buildFleet(work);
    await shoot(page, fleet, join(dir, 'fleet.png'), { width: 1200, height: 1500 });
    await shoot(page, fleet, join(dir, 'fleet-bodies.png'), { width: 1200, height: 1300, selector: '#bodies' });
    written.push(join(dir, 'fleet.png'), join(dir, 'fleet-bodies.png'));
  } finally {
    await close();
    rmSync(work, { recursive: true, force: true });
  }
  // A screenshot whose example is gone would otherwise linger.
  const wanted = new Set(written.map((p) => p.slice(dir.length + 1)));
  for (const entry of readdirSync(dir)) if (entry.endsWith('.png') && !wanted.has(entry)) rmSync(join(dir, entry));
  console.log(`${written.length} screenshots in ${SCREENSHOTS_DIR}`);
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  updateScreenshots().catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  });
}
