import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreReport } from '../../src/batch/score-file.js';
import { LANGS } from '../../src/i18n/lang.js';
import { renderHtml } from '../../src/report/render-html.js';
import { loadRubric } from '../../src/rubric/load.js';
import { cli, ROOT } from '../helpers/cli.js';
// @ts-ignore: plain ESM scripts without type declarations
import { CHROMIUM, hasChromium, launchBrowser } from '../../scripts/browser.mjs';
// @ts-ignore
import { EXAMPLE_FIXTURES } from '../../scripts/update-examples.mjs';
// @ts-ignore
import { buildFleet } from '../../scripts/update-screenshots.mjs';
// @ts-ignore
import { generatePilot, readPilotRubric } from '../../scripts/gen-pilot.mjs';

/**
 * The HTML pages as a person sees them: the example bodies' reports in every language and
 * a generated fleet page, opened in headless Chromium (Debian's package, driven by
 * puppeteer-core). No console error, no CSP violation, no request beyond the file itself,
 * every chart present with its accessible name and a table beside it, no serious axe-core
 * violation, and printing to A4 PDF gives the expected pages with no kept table split.
 *
 * Without the browser these tests fail in CI (which installs it) and are skipped, loudly,
 * elsewhere.
 */

const FLEET_BODIES = 300;
const present = hasChromium();
if (!present && !process.env.CI) {
  console.warn(`\n!! test/browser skipped: no Chromium at ${CHROMIUM} (apt-get install chromium poppler-utils, or set CHROMIUM_PATH)\n`);
}
const suite = present || process.env.CI ? describe : describe.skip;

interface PageCheck {
  consoleErrors: string[];
  violations: string[];
  requests: string[];
}

/** Opens a file, recording console errors, CSP violations and every request the page makes. */
async function open(browser: Browser, file: string): Promise<{ page: Page; check: PageCheck }> {
  const page = await browser.newPage();
  const url = pathToFileURL(file).href;
  const check: PageCheck = { consoleErrors: [], violations: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') check.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => check.consoleErrors.push(String(e)));
  page.on('request', (r) => {
    if (r.url() !== url) check.requests.push(r.url());
  });
  // Installed through the DevTools protocol, which the page's CSP does not govern.
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.setViewport({ width: 1100, height: 1400 });
  await page.goto(url, { waitUntil: 'load' });
  check.violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  return { page, check };
}

/** Every chart: its role, its accessible name (from the accessibility tree) and whether a table sits in its section. */
async function charts(page: Page): Promise<Array<{ id: string; role: string | null; title: string; desc: string; table: boolean }>> {
  return page.$$eval('svg', (svgs) =>
    svgs.map((svg) => {
      const ref = (attr: string) => (svg.getAttribute(attr) ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
      return {
        id: svg.querySelector('title')?.id ?? '',
        role: svg.getAttribute('role'),
        title: ref('aria-labelledby'),
        desc: ref('aria-describedby'),
        table: Boolean(svg.closest('section')?.querySelector('table')),
      };
    }),
  );
}

/** The accessible names of the images in the accessibility tree, as a screen reader gets them. */
async function imageNames(page: Page): Promise<string[]> {
  const tree = await page.accessibility.snapshot({ interestingOnly: true });
  const names: string[] = [];
  const walk = (node: { role: string; name?: string; children?: unknown[] } | null | undefined) => {
    if (!node) return;
    if (node.role === 'image' || node.role === 'img') names.push(node.name ?? '');
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(tree as never);
  return names;
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations, run inside the page through the DevTools protocol. */
async function axeSerious(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[]; help: string }> }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, count: v.nodes.length }));
  })) as Array<{ id: string; impact: string; help: string; count: number }>;
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.count}): ${v.help}`);
}

/** Prints the page to an A4 PDF as the browser's "Print to PDF" does (its @page rules), returning each page's text. */
async function printPdf(page: Page, target: string): Promise<string[]> {
  await page.pdf({ path: target, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [target], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  expect(size, info).not.toBeNull();
  // A4: 595 × 842 points, either way round.
  expect([Math.round(Number(size![1])), Math.round(Number(size![2]))].sort()).toEqual([595, 842]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), target, '-'], { encoding: 'utf8' }),
  );
}

/** The first non-empty line of a page's text. */
const firstLine = (text: string) => text.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';

suite('the HTML pages in a real browser', () => {
  let browser: Browser;
  let close: () => Promise<void>;
  let work: string;
  const reports: Array<{ name: string; lang: string; file: string }> = [];
  let fleetFile: string;
  const pagesOf: Array<{ name: string; lang: string; file: string }> = [];
  let units: readonly unknown[] = [];
  let questionCount = 0;
  let questionsTotal = 0;

  beforeAll(async () => {
    if (!present) throw new Error(`no Chromium at ${CHROMIUM}: CI installs it (apt-get install chromium poppler-utils)`);
    work = mkdtempSync(join(tmpdir(), 'readiness-browser-'));
    const loaded = loadRubric(join(ROOT, 'rubrics/default.yaml'));
    if (!loaded.ok) throw new Error('default rubric does not load');
    const rubric = loaded.value.rubric;
    units = rubric.units;
    questionCount = rubric.questions.filter((q) => q.unit !== undefined).length;
    questionsTotal = rubric.questions.length;
    mkdirSync(join(work, 'reports'));
    for (const name of EXAMPLE_FIXTURES as string[]) {
      for (const lang of LANGS) {
        const scored = scoreReport(join(ROOT, 'test/fixtures/answers', `${name}.yaml`), { rubric, lang, tool: { name: 'readiness', version: 'test' } });
        if (!scored.ok) throw new Error(`${name} does not score`);
        const file = join(work, 'reports', `${name}.${lang}.html`);
        writeFileSync(file, renderHtml(scored.report));
        reports.push({ name, lang, file });
      }
    }
    fleetFile = buildFleet(join(work, 'fleet'), FLEET_BODIES) as string;
    // A pilot for the agreement page: 60 bodies, two respondents each, two noisy questions.
    const pilot = join(work, 'pilot');
    mkdirSync(pilot);
    for (const f of generatePilot(readPilotRubric(), { bodies: 60, respondents: 2, ambiguous: ['staff-ai-roles', 'legal-internal-act'] }) as Array<{ name: string; text: string }>) {
      writeFileSync(join(pilot, f.name), f.text);
    }
    // The coordinator's checklist, the comparison of one body at two dates and the agreement of a pilot, through the CLI.
    for (const lang of LANGS) {
      for (const [name, args] of [
        ['checklist', ['checklist', '--format', 'html']],
        ['compare', ['compare', join(ROOT, 'test/fixtures/answers/ministry-well-along.yaml'), join(ROOT, 'test/fixtures/answers/v2/ministry-well-along.yaml'), '--format', 'html']],
        ['agreement', ['agreement', pilot, '--format', 'html']],
      ] as const) {
        const file = join(work, `${name}.${lang}.html`);
        const run = cli([...args, '--lang', lang, '--out', file]);
        if (run.status !== 0) throw new Error(`${name} --lang ${lang}: exit ${run.status}: ${run.stderr}`);
        pagesOf.push({ name, lang, file });
      }
    }
    ({ browser, close } = await launchBrowser());
  }, 180_000);

  afterAll(async () => {
    await close?.();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('opens every example report with no console error, no CSP violation and no request', async () => {
    for (const r of reports) {
      const { page, check } = await open(browser, r.file);
      expect(check, `${r.name}.${r.lang}`).toEqual({ consoleErrors: [], violations: [], requests: [] });
      await page.close();
    }
  });

  it('shows every chart of a report with its accessible name and a table beside it', async () => {
    for (const r of reports) {
      const { page } = await open(browser, r.file);
      const found = await charts(page);
      expect(found.map((c) => c.id), `${r.name}.${r.lang}`).toEqual(['chart-coverage-t', 'chart-recommendations-t', 'chart-risks-t', 'chart-areas-t']);
      for (const c of found) {
        expect(c.role).toBe('img');
        expect(c.title.length).toBeGreaterThan(3);
        expect(c.desc).toMatch(/\d/);
        // The coverage bar's figures are written out beside it; every other chart has its table.
        if (c.id === 'chart-coverage-t') expect(await page.$eval('.coverage p', (p) => p.textContent ?? '')).toMatch(/\d+ .*\d+/);
        else expect(c.table, c.id).toBe(true);
      }
      const names = await imageNames(page);
      expect(names).toEqual(found.map((c) => c.title));
      // The recommendations chart names every recommendation with its score in its description.
      const recs = await page.$$eval('#recommendations tbody tr td:first-child', (tds) => tds.map((td) => td.textContent ?? ''));
      const desc = found.find((c) => c.id === 'chart-recommendations-t')!.desc;
      for (const title of recs) expect(desc).toContain(title.replace(/\s*▲.*$/, '').trim());
      await page.close();
    }
  });

  it('passes an axe-core scan of every example report with no serious violation', { timeout: 240_000 }, async () => {
    for (const r of reports) {
      const { page } = await open(browser, r.file);
      expect(await axeSerious(page), `${r.name}.${r.lang}`).toEqual([]);
      await page.close();
    }
  });

  it('prints every example report to an A4 PDF: the verdict and the chart on page 1, sections on new pages, no kept table split', { timeout: 240_000 }, async () => {
    const counts: Record<string, number> = {};
    for (const r of reports) {
      const { page } = await open(browser, r.file);
      const headings = await page.$$eval('h2', (hs) => Object.fromEntries(hs.map((h) => [h.parentElement?.id ?? '', h.textContent ?? ''])));
      const level = await page.$eval('.verdict .level', (el) => el.textContent ?? '');
      const keep = await page.$$eval('table.keep', (ts) =>
        ts.map((t) => ({ section: t.closest('section')?.id ?? '', rows: t.querySelectorAll('tbody tr').length, head: [...t.querySelectorAll('th')].map((th) => th.textContent ?? '') })),
      );
      const pages = await printPdf(page, join(work, `${r.name}.${r.lang}.pdf`));
      counts[`${r.name}.${r.lang}`] = pages.length;
      // Page 1: the title, the verdict and the recommendations chart's band names.
      const flat = (text: string) => text.replace(/\s+/g, ' ');
      // (The verdict may wrap beside the coverage bar: its words, not its line, are on the page.)
      for (const word of level.trim().split(/\s+/)) expect(flat(pages[0]!)).toContain(word);
      expect(flat(pages[0]!)).toContain(headings.recommendations);
      // The sections that open a page do.
      for (const id of ['gaps', 'risks', 'trace']) {
        const at = pages.findIndex((p) => p.includes(headings[id]!));
        expect(at, `${r.name}.${r.lang} ${id}`).toBeGreaterThan(0);
        expect(firstLine(pages[at]!), `${r.name}.${r.lang} ${id}`).toBe(headings[id]);
      }
      // A kept table is whole on one page: its header and then a line for each of its rows
      // (each row ends with its answered/applicable count).
      for (const t of keep) {
        const lastHead = t.head[t.head.length - 1]!.trim();
        const at = pages.findIndex((p) => p.split('\n').some((l) => l.includes(t.head[0]!.trim()) && l.trim().endsWith(lastHead)));
        expect(at, `${r.name}.${r.lang} ${t.section}: header not found`).toBeGreaterThanOrEqual(0);
        const lines = pages[at]!.split('\n');
        const from = lines.findIndex((l) => l.includes(t.head[0]!.trim()) && l.trim().endsWith(lastHead));
        const rows = lines.slice(from + 1).filter((l) => /\d+\/\d+\s*$/.test(l)).length;
        expect(rows, `${r.name}.${r.lang} ${t.section}: table split across pages`).toBeGreaterThanOrEqual(t.rows);
      }
      // Page numbers in the footer: "n / N".
      expect(pages.at(-1)).toContain(`${pages.length} / ${pages.length}`);
      await page.close();
    }
    // The expected page counts: a body's report is a document of some ten to thirty pages.
    for (const [name, n] of Object.entries(counts)) {
      expect(n, name).toBeGreaterThanOrEqual(8);
      expect(n, name).toBeLessThanOrEqual(30);
    }
    console.log(`PDF pages: ${JSON.stringify(counts)}`);
  });

  it(`opens a fleet page of ${FLEET_BODIES} bodies with every chart named, no error, no request, no serious axe violation`, { timeout: 240_000 }, async () => {
    const { page, check } = await open(browser, fleetFile);
    expect(check).toEqual({ consoleErrors: [], violations: [], requests: [] });
    const found = await charts(page);
    expect(found.map((c) => c.id)).toEqual(['chart-distribution-t', 'chart-weak-t', 'chart-questions-t']);
    for (const c of found) {
      expect(c.role).toBe('img');
      expect(c.title.length).toBeGreaterThan(3);
      expect(c.table, c.id).toBe(true);
    }
    expect(await imageNames(page)).toEqual(found.map((c) => c.title));
    // Every scored body in one table, ordered by score, each linking to its own report.
    const rows = await page.$$eval('#bodies tbody tr', (trs) =>
      trs.map((tr) => ({ score: tr.children[2]?.textContent ?? '', href: tr.querySelector('a')?.getAttribute('href') ?? '' })),
    );
    const errors = await page.$$eval('#errors tbody tr', (trs) => trs.length);
    expect(rows.length + errors).toBe(FLEET_BODIES);
    expect(errors).toBeGreaterThan(0);
    const scores = rows.map((r) => (r.score === '—' ? -1 : Number(r.score)));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const r of rows) expect(decodeURIComponent(r.href)).toMatch(/^[^/\\]+\.html$/);
    // Groups by the respondent's type and region.
    expect(await page.$$eval('#by-type tbody tr', (trs) => trs.map((tr) => tr.children[0]?.textContent))).toEqual(['agency', 'akimat', 'ministry']);
    expect(await page.$$eval('#by-region tbody tr', (trs) => trs.length)).toBeGreaterThan(5);
    expect(await axeSerious(page)).toEqual([]);
    const pages = await printPdf(page, join(work, 'fleet.pdf'));
    expect(pages[0]).toContain(await page.$eval('h1', (h) => h.textContent ?? ''));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages.length).toBeLessThanOrEqual(60);
    console.log(`fleet PDF pages (${FLEET_BODIES} bodies): ${pages.length}`);
    await page.close();
  });

  it('follows a link from the fleet page to a body report that opens cleanly', async () => {
    const { page } = await open(browser, fleetFile);
    const href = await page.$eval('#bodies tbody a', (a) => a.getAttribute('href') ?? '');
    const target = join(fleetFile, '..', decodeURIComponent(href));
    const opened = await open(browser, target);
    expect(opened.check).toEqual({ consoleErrors: [], violations: [], requests: [] });
    expect(await opened.page.$eval('h1', (h) => h.textContent ?? '')).toContain('AI readiness');
    await opened.page.close();
    await page.close();
  });

  it('opens the checklist, the comparison and the agreement in every language: no error, no request, headings in order, no serious axe violation, A4 print', { timeout: 240_000 }, async () => {
    for (const p of pagesOf) {
      const { page, check } = await open(browser, p.file);
      const label = `${p.name}.${p.lang}`;
      expect(check, label).toEqual({ consoleErrors: [], violations: [], requests: [] });
      expect(await page.evaluate(() => document.documentElement.lang), label).toBe(p.lang);
      // One title, then sections: no heading level skipped.
      const levels = await page.$$eval('h1, h2, h3, h4', (hs) => hs.map((h) => Number(h.tagName.slice(1))));
      expect(levels[0], label).toBe(1);
      expect(levels.filter((l) => l === 1), label).toHaveLength(1);
      for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!, `${label} heading ${i}`).toBeLessThanOrEqual(1);
      if (p.name === 'checklist') {
        // One section per unit of the rubric, each question under its unit with its document.
        expect(await page.$$eval('section > h2', (hs) => hs.length), label).toBe(units.length);
        expect(await page.$$eval('section h3', (hs) => hs.length), label).toBe(questionCount);
        expect(await page.$$eval('section .box', (bs) => bs.length), label).toBe(questionCount);
      } else {
        if (p.name === 'agreement') {
          // The one chart, alpha per question, named and described, beside its table; its two lines drawn.
          const found = await charts(page);
          expect(found.map((c) => c.id), label).toEqual(['chart-alpha-t']);
          expect(found[0]!.role, label).toBe('img');
          expect(found[0]!.desc, label).toMatch(/0[.,]667.*0[.,]8/);
          expect(found[0]!.table, label).toBe(true);
          expect(await imageNames(page), label).toEqual([found[0]!.title]);
          expect(await page.$$eval('svg line[stroke-dasharray]', (ls) => ls.length), label).toBe(2);
          expect(await page.$$eval('svg rect[height="14"]', (rs) => rs.length), label).toBe(questionsTotal);
        }
        // Every table of the comparison and the agreement has a header row the reader can follow.
        const tables = await page.$$eval('table', (ts) => ts.map((t) => ({ head: t.querySelectorAll('thead th').length, rows: t.querySelectorAll('tbody tr').length })));
        expect(tables.length, label).toBeGreaterThanOrEqual(3);
        for (const t of tables) expect(t.head, label).toBeGreaterThan(0);
        expect(tables.reduce((n, t) => n + t.rows, 0), label).toBeGreaterThan(10);
      }
      expect(await axeSerious(page), label).toEqual([]);
      const printed = await printPdf(page, join(work, `${label}.pdf`));
      expect(printed[0], label).toContain((await page.$eval('h1', (h) => h.textContent ?? '')).trim().split(/\s+/)[0]);
      if (p.name === 'checklist') {
        // Each unit's sheets start on a page of their own, to be handed to that unit.
        const heads = await page.$$eval('section > h2', (hs) => hs.map((h) => (h.textContent ?? '').trim()));
        for (const head of heads.slice(1)) {
          const at = printed.findIndex((text) => text.replace(/\s+/g, ' ').includes(head));
          expect(at, `${label}: ${head}`).toBeGreaterThan(0);
          expect(head.startsWith(firstLine(printed[at]!).replace(/\s+/g, ' ')), `${label}: ${head} opens page ${at + 1}`).toBe(true);
        }
      }
      // Page numbers in the footer: "n / N".
      expect(printed.at(-1), label).toMatch(new RegExp(`\\b${printed.length}\\s*/\\s*${printed.length}\\s*$`));
      await page.close();
    }
  });
});
