import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.js';
import { label } from '../../src/report/labels.js';
import { renderHtml } from '../../src/report/render-html.js';
import { sampleReport, unassessedReport } from './sample-report.js';

const between = (html: string, from: string, to: string) => html.slice(html.indexOf(from), html.indexOf(to, html.indexOf(from)));

describe('renderHtml', () => {
  it('gives the same bytes for the same report, and for a copy of it', () => {
    const report = sampleReport('kk', { hostile: true });
    const first = renderHtml(report);
    expect(renderHtml(report)).toBe(first);
    expect(renderHtml(structuredClone(report))).toBe(first);
  });

  it.each(LANGS)('sets <html lang="%s"> and words the sections in that language, in the markdown order', (lang) => {
    const html = renderHtml(sampleReport(lang));
    expect(html.startsWith(`<!DOCTYPE html>\n<html lang="${lang}">\n`)).toBe(true);
    const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    const keys = [
      'overall',
      'recommendations',
      'gaps',
      'nextActions',
      'risks',
      'problemAreas',
      'unanswered',
      'unsupportedTitle',
      'flagsTitle',
      'notApplicableTitle',
      'warnings',
      'trace',
    ] as const;
    expect(h2).toEqual(keys.map((k) => label(lang, k)));
  });

  it('is self-contained: no script, no external resource, a CSP forbidding scripts that admits its own style', () => {
    const html = renderHtml(sampleReport('en', { hostile: true }));
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'none'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(style).not.toMatch(/url\(|@import/);
    // Every tag on the page is one the renderer writes, with only its own attributes
    // (<br> separates a claim without evidence from the document the rubric expects).
    const allowedTags = new Set('html head meta title style body header h1 h2 h3 dl dt dd section p span meter ol ul li table thead tbody tr th td code em strong div br figure'.split(' '));
    // The charts' SVG (test/report/charts.test.ts checks it in detail).
    for (const t of 'svg desc defs pattern rect line text tspan'.split(' ')) allowedTags.add(t);
    const allowedAttrs = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'class', 'id', 'min', 'max', 'value']);
    const svgAttrs = 'xmlns role viewBox width height aria-labelledby aria-describedby font-family font-size font-weight fill fill-opacity patternUnits patternTransform x y x1 y1 x2 y2 stroke stroke-width stroke-dasharray text-anchor dominant-baseline';
    for (const a of svgAttrs.split(' ')) allowedAttrs.add(a);
    for (const [tag, name, attrs] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
      expect(allowedTags.has(name!.toLowerCase()), tag).toBe(true);
      for (const [, attr] of attrs!.matchAll(/\s([\w-]+)="[^"]*"/g)) expect(allowedAttrs.has(attr!), tag).toBe(true);
      expect(attrs!.replace(/\s([\w-]+)="[^"]*"/g, '').replace(/\/$/, '').trim(), tag).toBe(''); // (SVG elements close themselves)
    }
    expect(html).not.toMatch(/<!--|<!\[CDATA/);
  });

  it('escapes every untrusted text', () => {
    const html = renderHtml(sampleReport('en', { hostile: true }));
    expect(html).toContain('<h1>AI readiness: Evil &lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1)) | pipe # injected `tick` *bold* _u_ &amp;amp; ~~s~~</h1>');
    expect(html).toContain('<title>AI readiness: Evil &lt;script&gt;');
    expect(html).toContain('<dd>Unit | &lt;i&gt;x&lt;/i&gt;</dd>');
    expect(html).toContain('First line &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;!-- hidden --&gt;');
    expect(html).toContain('Broken | table\nrow? `code` &lt;b&gt;bold&lt;/b&gt;');
    expect(html).toContain('Approve the act.\n# Then publish it &lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('made with &lt;b&gt;0.9.0&lt;/b&gt;');
    expect(html).not.toMatch(/<(b|i|u)>|<!--/);
  });

  it('keeps a comment in its table cell with its line breaks', () => {
    const html = renderHtml(sampleReport('en', { hostile: true }));
    const cell = between(html, '<div class="comment">', '</div>');
    expect(cell).toContain('\n# not a heading\n- not a list\n');
  });

  it('neutralises control and bidi-override characters', () => {
    const report = sampleReport('en');
    const html = renderHtml({ ...report, respondent: { ...report.respondent, organization: 'A\u202eB\u0000C\u001b[31m' } });
    expect(html).toContain('A\uFFFDB\uFFFDC\uFFFD[31m');
    expect(html).not.toMatch(/[\u0000\u001b\u202e]/);
  });

  it('shows null scores as a dash with "not assessed"', () => {
    const html = renderHtml(unassessedReport('en'));
    expect(html).toContain('Not assessed: no question is answered.');
    expect(html).toContain('<td>Pilots</td><td class="num">—</td><td><span class="na">— (not assessed)</span></td>');
    expect(html).not.toMatch(/null|NaN|undefined/);
    expect(html).not.toContain('<meter');
  });

  it('traces each contribution and the overall formula', () => {
    const html = renderHtml(sampleReport('ru'));
    expect(html).toContain('(1 × 33,3 + 2 × 47,1) / (1 + 2) = <strong>42,5</strong>');
    // Digital literacy: applicable weights 2 + 1 + 0.5 + 1 (blank) = 4.5; 100 × 2 × 0.5 / 4.5 = 22.22.
    expect(html).toContain('<td class="num">0,5</td><td class="num">2</td><td class="num">22,22</td>');
    // The blank question is in the trace, counting 0.
    expect(renderHtml(sampleReport('en'))).toContain(
      '<td>Are penetration tests run? <code>cyber-pentest</code> <span class="na">Cyber threats</span></td><td><span class="na">— (no answer (0))</span></td><td class="num">0</td><td class="num">1</td><td class="num">0.00</td>',
    );
  });
});
