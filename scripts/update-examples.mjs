#!/usr/bin/env node
// Regenerates the example reports kept in reports/examples/: each example answer file
// scored against the default rubric and rendered as markdown, JSON and HTML in every language;
// then the screenshots of the HTML pages (scripts/update-screenshots.mjs, when Chromium is
// installed).
// Runs on the built modules in dist/ (npm run build first). Deterministic: the same
// rubric, answers and tool version give the same bytes. `test/examples.test.ts` fails
// when a committed example differs from what this script would write.
//
//   npm run update:examples

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The example answer files for the current default rubric, by name (test/fixtures/answers/v2/<name>.yaml); their 1.0.0 versions beside test/fixtures/answers/ are kept as migration fixtures. */
export const EXAMPLE_FIXTURES = ['ministry-well-along', 'akimat-starting', 'agency-in-between'];
export const EXAMPLE_LANGS = ['ru', 'kk', 'en'];
/** The day the examples are scored on: after the example files' dates (2026-03-01 to 2026-04-20). */
export const EXAMPLES_DAY = '2026-06-01';
/** Where the examples live, relative to the repository. */
export const EXAMPLES_DIR = 'reports/examples';
/** Where `readiness analyze` of the default rubric is kept, one markdown file per language. */
export const ANALYSIS_DIR = 'reports/analysis';

const dist = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);

/**
 * Every example file: `{path, content}` with `path` relative to the repository, sorted.
 * Throws with the findings when the rubric or an answer file does not load.
 */
export async function buildExamples() {
  // The day the examples are scored on, fixed so that they do not change with the calendar (an
  // assessment more than half a year old, or one with no date, is judged against that day).
  process.env.READINESS_TODAY = EXAMPLES_DAY;
  const [{ loadRubric }, { scoreReport }, { renderMarkdown }, { renderJson }, { toolVersion }, { formatFinding }, { renderHtml }] = await Promise.all([
    dist('rubric/load.js'),
    dist('batch/score-file.js'),
    dist('report/render-markdown.js'),
    dist('report/render-json.js'),
    dist('cli/context.js'),
    dist('errors.js'),
    dist('report/render-html.js'),
  ]);
  const fail = (findings) => {
    throw new Error(findings.map(formatFinding).join('\n'));
  };
  const rubricFile = relative(process.cwd(), join(ROOT, 'rubrics/default.yaml'));
  const loadedRubric = loadRubric(rubricFile);
  if (!loadedRubric.ok) fail(loadedRubric.findings);
  const { rubric } = loadedRubric.value;
  // The tool as the CLI names itself, so the examples show what `readiness score` writes.
  const tool = { name: 'readiness', version: toolVersion() };

  const files = [];
  for (const name of EXAMPLE_FIXTURES) {
    const answersFile = relative(process.cwd(), join(ROOT, 'test/fixtures/answers/v2', `${name}.yaml`));
    for (const lang of EXAMPLE_LANGS) {
      // The very pipeline `score` and `assess` use: read, check, carry forward, score.
      const scored = scoreReport(answersFile, { rubric, lang, tool });
      if (!scored.ok) fail(scored.findings);
      files.push({ path: `${EXAMPLES_DIR}/${name}.${lang}.md`, content: renderMarkdown(scored.report) });
      files.push({ path: `${EXAMPLES_DIR}/${name}.${lang}.json`, content: renderJson(scored.report) });
      files.push({ path: `${EXAMPLES_DIR}/${name}.${lang}.html`, content: renderHtml(scored.report) });
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * `readiness analyze` of the default rubric in every language: `{path, content, clean}`, where
 * `clean` says the analysis found no gaming route and no share outside the band (the exit-0
 * condition of the command).
 */
export async function buildAnalysis() {
  const [{ loadRubric }, { analyzeRubric }, { renderAnalysisMarkdown }, { formatFinding }] = await Promise.all([
    dist('rubric/load.js'),
    dist('analyze/analyze.js'),
    dist('analyze/render.js'),
    dist('errors.js'),
  ]);
  const loaded = loadRubric(relative(process.cwd(), join(ROOT, 'rubrics/default.yaml')));
  if (!loaded.ok) throw new Error(loaded.findings.map(formatFinding).join('\n'));
  const { rubric } = loaded.value;
  const analysis = analyzeRubric(rubric);
  const clean = analysis.routes.length === 0 && analysis.outsideBand.length === 0;
  return EXAMPLE_LANGS.map((lang) => ({ path: `${ANALYSIS_DIR}/default.${lang}.md`, content: renderAnalysisMarkdown(analysis, rubric, lang), clean }));
}

/** Line counts added and removed between two texts (a multiset comparison, enough for a summary). */
function lineDelta(before, after) {
  const count = new Map();
  for (const line of before.split('\n')) count.set(line, (count.get(line) ?? 0) + 1);
  let added = 0;
  for (const line of after.split('\n')) {
    const n = count.get(line) ?? 0;
    if (n > 0) count.set(line, n - 1);
    else added++;
  }
  let removed = 0;
  for (const n of count.values()) removed += n;
  return { added, removed };
}

async function main() {
  const { writeFileAtomic } = await import(pathToFileURL(join(ROOT, 'dist/io/atomic-write.js')).href);
  const files = await buildExamples();
  const dir = join(ROOT, EXAMPLES_DIR);
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(ROOT, ANALYSIS_DIR), { recursive: true });
  for (const { path, content, clean } of await buildAnalysis()) {
    if (!clean) console.error(`warning  ${path}: the default rubric has a gaming route or a share outside its band`);
    const target = join(ROOT, path);
    if (existsSync(target) && readFileSync(target, 'utf8') === content) continue;
    writeFileAtomic(target, content);
    console.log(`wrote    ${path}`);
  }
  let changed = 0;
  for (const { path, content } of files) {
    const target = join(ROOT, path);
    const before = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (before === content) continue;
    writeFileAtomic(target, content);
    changed++;
    if (before === null) {
      console.log(`created  ${path}`);
    } else {
      const { added, removed } = lineDelta(before, content);
      console.log(`updated  ${path} (+${added} −${removed} lines)`);
    }
  }
  // An example whose answer file or language is gone would otherwise linger.
  const wanted = new Set(files.map((f) => f.path));
  for (const entry of readdirSync(dir).sort()) {
    const path = `${EXAMPLES_DIR}/${entry}`;
    if (!wanted.has(path) && /\.(md|json|html)$/.test(entry)) {
      rmSync(join(ROOT, path));
      changed++;
      console.log(`removed  ${path}`);
    }
  }
  console.log(
    changed === 0
      ? `${files.length} examples, all up to date`
      : `${changed} of ${files.length} example files changed; review them with: git diff ${EXAMPLES_DIR}`,
  );
  // The pictures of the HTML pages, so a reviewer sees them in the diff.
  const { hasChromium, CHROMIUM } = await import('./browser.mjs');
  if (process.argv.includes('--no-screenshots')) return;
  if (!hasChromium()) {
    console.log(`screenshots not updated: no browser at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    return;
  }
  const { updateScreenshots } = await import('./update-screenshots.mjs');
  await updateScreenshots();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
