import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.js';
import { barChart, histogram, meterChart, stackedBars, wrapText } from '../../src/report/charts.js';
import { renderHtml } from '../../src/report/render-html.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { sampleReport } from './sample-report.js';

const SVG_TAGS = new Set(['svg', 'title', 'desc', 'defs', 'pattern', 'rect', 'line', 'text', 'tspan']);
const SVG_ATTRS = new Set([
  'xmlns', 'class', 'role', 'viewBox', 'width', 'height', 'aria-labelledby', 'aria-describedby', 'font-family', 'font-size', 'font-weight',
  'fill', 'fill-opacity', 'id', 'patternUnits', 'patternTransform', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'stroke', 'stroke-width',
  'stroke-dasharray', 'text-anchor', 'dominant-baseline', 'paint-order',
]);

/** Every tag and attribute of an SVG is one the charts write: no style, no script, no link, no event handler. */
function expectPlainSvg(svg: string): void {
  for (const [, name, attrs] of svg.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect(SVG_TAGS.has(name!), name).toBe(true);
    for (const [, attr] of attrs!.matchAll(/\s([\w:-]+)="[^"]*"/g)) expect(SVG_ATTRS.has(attr!), `${name} ${attr}`).toBe(true);
  }
  // The only url() is a pattern of the same SVG.
  for (const [, ref] of svg.matchAll(/url\(([^)]*)\)/g)) expect(ref).toMatch(/^#[\w-]+$/);
}

const n1 = (v: number) => v.toFixed(1);

describe('charts', () => {
  it('name themselves for a screen reader and escape every label', () => {
    const svg = barChart({
      id: 'c1',
      title: 'Scores <b>',
      desc: 'Evil "desc" & more',
      kind: 'score',
      bands: [{ min: 0, label: 'Low' }, { min: 50, label: 'High' }],
      bars: [{ label: '<script>alert(1)</script>', value: 42, note: 'Low' }, { label: 'None', value: null }, { label: 'Flag', value: 10, flag: 'weakest <link>' }],
      emptyText: 'not assessed',
      format: n1,
    });
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="c1-t" aria-describedby="c1-d"/);
    expect(svg).toContain('<title id="c1-t">Scores &lt;b&gt;</title><desc id="c1-d">Evil &quot;desc&quot; &amp; more</desc>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('42.0 · Low');
    expect(svg).toContain('not assessed');
    expect(svg).toContain('▲ weakest &lt;link&gt;');
    expectPlainSvg(svg);
  });

  it('draw only from their input: the same numbers give the same bytes', () => {
    const spec = { id: 'h', title: 't', desc: 'd', bins: [1, 2, 3, 0, 0, 0, 0, 0, 0, 9], binWidth: 10, axisLabel: 'Score', bands: [{ min: 0, label: 'A' }, { min: 30, label: 'B' }] };
    expect(histogram(spec)).toBe(histogram(structuredClone(spec)));
    expectPlainSvg(histogram(spec));
    expectPlainSvg(stackedBars({ id: 's', title: 't', desc: 'd', rows: [{ label: 'R', counts: [3, 0, 2] }], segments: ['A', 'B', 'none'], emptyLast: true }));
    expectPlainSvg(meterChart({ id: 'm', title: 't', desc: 'd', value: 0.8, floor: { value: 0.9, label: 'floor' }, text: '80%' }));
  });

  it('keep bars inside 0..100', () => {
    const svg = barChart({ id: 'b', title: 't', desc: 'd', kind: 'exposure', bars: [{ label: 'x', value: 250 }, { label: 'y', value: -5 }], emptyText: '', format: n1 });
    const widths = [...svg.matchAll(/<rect x="250" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    for (const w of widths) expect(w).toBeLessThanOrEqual(800 - 250 - 190);
  });

  it('wrap labels on spaces into at most the lines asked, ellipsing the rest', () => {
    expect(wrapText('Digital literacy of civil servants', 20, 2)).toEqual(['Digital literacy of', 'civil servants']);
    expect(wrapText('one two three four five six seven', 10, 2)).toEqual(['one two', 'three fou…']);
  });
});

describe('the HTML report with charts', () => {
  it.each(LANGS)('draws the recommendations, risks, problem areas and coverage as named SVG charts (%s)', (lang) => {
    const html = renderHtml(sampleReport(lang));
    const titles = [...html.matchAll(/<svg [^>]*aria-labelledby="([\w-]+)-t"/g)].map((m) => m[1]);
    expect(titles).toEqual(['chart-coverage', 'chart-recommendations', 'chart-risks', 'chart-areas']);
    for (const svg of html.match(/<svg[\s\S]*?<\/svg>/g)!) expectPlainSvg(svg);
    // A table follows every chart in its section.
    for (const id of ['recommendations', 'risks', 'problem-areas']) {
      const section = html.slice(html.indexOf(`<section id="${id}">`), html.indexOf('</section>', html.indexOf(`<section id="${id}">`)));
      expect(section.indexOf('<svg')).toBeGreaterThan(-1);
      expect(section.indexOf('<table')).toBeGreaterThan(section.indexOf('</svg>'));
    }
  });

  it('shows the status and the method signals at the top', () => {
    const html = renderHtml(sampleReport('en'));
    const overall = html.slice(html.indexOf('<section id="overall"'), html.indexOf('</section>'));
    expect(overall).toMatch(/<p class="status (ok|warn)">/);
    expect(overall).toContain('class="signals');
  });

  it('prints on A4 with page numbers, sections on new pages and tables kept whole', () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(renderHtml(sampleReport('en')))![1]!;
    expect(css).toMatch(/@page \{ size: A4;/);
    expect(css).toContain('counter(page) " / " counter(pages)');
    expect(css).toMatch(/@media print \{[\s\S]*table\.keep, tr, figure\.chart/);
    expect(css).toMatch(/#gaps, #risks, #trace \{ break-before: page; \}/);
  });

  it('leaves the markdown report without charts', () => {
    const md = renderMarkdown(sampleReport('en'));
    expect(md).not.toMatch(/<svg|<figure|chart-/);
  });
});

describe('stacked bars', () => {
  it('show every count: inside a wide segment, above a narrow one, the narrow ones apart and inside the chart', () => {
    const counts = [1, 60, 1, 1, 12, 0, 1];
    const svg = stackedBars({ id: 's', title: 't', desc: 'd', rows: [{ label: 'R', counts }], segments: ['A', 'B', 'C', 'D', 'E', 'F', 'G'] });
    const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
    const bar = /<rect x="([\d.]+)" y="([\d.]+)" width="[\d.]+" height="22"/.exec(svg)!.map(Number);
    const numbers = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" text-anchor="middle"[^>]*font-weight="700">(\d+)<\/text>/g)].map((m) => ({
      x: Number(m[1]),
      y: Number(m[2]),
      n: Number(m[3]),
    }));
    // Every non-zero count is written once (the zero segment is not drawn).
    expect(numbers.map((t) => t.n).sort((a, b) => a - b)).toEqual(counts.filter((c) => c > 0).sort((a, b) => a - b));
    const above = numbers.filter((t) => t.y < bar[2]!);
    expect(above.map((t) => t.n)).toEqual([1, 1, 1, 1]);
    for (const t of above) {
      expect(t.y - 10.5).toBeGreaterThanOrEqual(0);
      expect(t.x).toBeLessThanOrEqual(width!);
    }
    // Neighbouring numbers above the bar are at least one digit's width apart.
    for (let i = 1; i < above.length; i++) expect(above[i]!.x - above[i - 1]!.x).toBeGreaterThanOrEqual(6.2 + 3);
    expect(height).toBeGreaterThan(0);
  });
});
