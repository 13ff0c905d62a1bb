import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.js';
import { label } from '../../src/report/labels.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { sampleReport, tableCells, unassessedReport } from './sample-report.js';

const headings = (md: string, level: number) =>
  md.split('\n').filter((l) => l.startsWith(`${'#'.repeat(level)} `)).map((l) => l.slice(level + 1));

/** Every table (runs of lines starting with a pipe): each row must have the header's cell count. */
function tables(md: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) current.push(line);
    else if (current.length > 0) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

describe('renderMarkdown', () => {
  it('gives the same bytes for the same report, and for a copy of it', () => {
    const report = sampleReport('ru', { hostile: true });
    const first = renderMarkdown(report);
    expect(renderMarkdown(report)).toBe(first);
    expect(renderMarkdown(structuredClone(report))).toBe(first);
    expect(first.endsWith('\n')).toBe(true);
    expect(first.endsWith('\n\n')).toBe(false);
  });

  it.each(LANGS)('puts the sections in the contract order, worded in %s', (lang) => {
    const md = renderMarkdown(sampleReport(lang));
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
    expect(headings(md, 2)).toEqual(keys.map((k) => label(lang, k)));
    expect(headings(md, 1)).toEqual([label(lang, 'title', { org: 'Ministry of Examples' })]);
  });

  it('states the overall level, score, coverage and the next level before anything else', () => {
    const md = renderMarkdown(sampleReport('en'));
    const overall = md.slice(md.indexOf('## Overall level'), md.indexOf('## Recommendations'));
    expect(overall).toContain('**Developing**: 42.5 of 100.');
    expect(overall).toContain('Coverage: 80% (4 of 5 applicable questions answered)');
    expect(overall).toContain('Next level: Established (from 55 points), 12.5 points to go.');
    expect(overall).toMatch(/^1\. Is an AI policy approved\? \(`legal-policy`\) — \+10\.1\\\n {3}now: Drafted; to put in place: Approved$/m);
    // Measures to take, never answers to change: a self-assessment must not coach.
    expect(overall).toContain('The measures that would reach it');
    expect(overall).not.toMatch(/answer change/i);
    expect(overall).toMatch(/^2\. Are staff trained\?/m);
    // A blank question is a change too: from no answer.
    expect(overall).toMatch(/^3\. Are penetration tests run\? \(`cyber-pentest`\) — \+1\.2\\\n {3}now: no answer; to put in place: Every year$/m);
    // The answered-only score stands beside it, for information; claims without evidence are counted.
    expect(overall).toContain('Score over answered questions only: 45.2 (for information; the level follows the overall score).');
    expect(overall).toContain('Answers without a supporting document: 1');
  });

  it('writes numbers with a decimal comma in Russian and Kazakh', () => {
    expect(renderMarkdown(sampleReport('ru'))).toContain('42,5 из 100');
    expect(renderMarkdown(sampleReport('kk'))).toContain('100 ұпайдан 42,5');
  });

  it('ranks next actions by gain and traces every contribution', () => {
    const md = renderMarkdown(sampleReport('en'));
    const next = md.slice(md.indexOf('## Next actions'), md.indexOf('## Risk exposure'));
    expect(headings(next, 3)).toEqual(['Legal framework: Developing, 33.3', 'Digital literacy: Developing, 47.1', 'Pilots: — (not assessed)']);
    expect(next).toContain('- Estonia: 99% of public services online.');
    const trace = md.slice(md.indexOf('## How each score is computed'));
    expect(trace).toContain('(1 × 33.3 + 2 × 47.1) / (1 + 2) = **42.5**');
    // Digital literacy: applicable weights 2 + 1 + 0.5 + 1 (blank pentest) = 4.5; staff-training
    // 100 × 2 × 0.5 / 4.5 = 22.22, staff-exchange 100 × 0.5 × 0.25 / 4.5 = 2.78, the blank one 0.
    expect(trace).toContain('| Are staff trained? (`staff-training`; Staff) | Some staff (`some`) | 0.5 | 2 | 22.22 |');
    expect(trace).toContain('| Exchanges abroad? (`staff-exchange`; Staff) | A few (`few`) | 0.25 | 0.5 | 2.78 |');
    expect(trace).toContain('| Are penetration tests run? (`cyber-pentest`; Cyber threats) | — (no answer (0)) | 0 | 1 | 0.00 |');
    expect(trace).toContain('| Is AI used in HR? (`staff-hr`; Staff) | — (not applicable) | — | 1 | — |');
    expect(trace).toContain('Σ weights of the applicable questions = 4.5; 3 of 4 applicable answered (5 questions in all).');
    expect(trace).toContain('- `legal-policy`: Order No. 12 of 01.02.2025 approves the policy.');
  });

  it('shows null scores as a dash with "not assessed", never as null or NaN', () => {
    const md = renderMarkdown(unassessedReport('en'));
    expect(md).toContain('**Not assessed: no question is answered.**');
    expect(md).toContain('| Legal framework | — | — (not assessed) | — | 0/0 |');
    expect(md).toContain('| Cyber threats | — (not assessed) | 0/1 |');
    expect(md).toContain('### Pilots: — (not assessed)');
    expect(md).not.toMatch(/null|NaN|undefined/);
    expect(md).not.toContain('Overall score =');
    const ru = renderMarkdown(unassessedReport('ru'));
    expect(ru).toContain('— (не оценено)');
    expect(ru).not.toMatch(/null|NaN|undefined/);
  });

  describe('escaping untrusted text', () => {
    const md = renderMarkdown(sampleReport('en', { hostile: true }));
    const lines = md.split('\n');

    it('lets no raw HTML through', () => {
      expect(md).not.toMatch(/(^|[^\\])<(script|img|b|i|u|!--)/m);
      expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
      expect(md).toContain('\\<img src=x onerror=alert(1)\\>');
    });

    it('makes no link, javascript: or otherwise', () => {
      expect(md).not.toMatch(/(^|[^\\])\]\(/m);
      expect(md).toContain('\\[x\\](javascript:alert(1))');
      expect(md).toContain('\\[click\\](javascript:alert(2))');
      // A URL and www. go into code spans, so a forge does not autolink them.
      expect(md).toContain('``` https://x.kz/`a``b` ```');
      expect(md).toContain('`www.evil.example`');
    });

    it('keeps the organization on its title line, headings and emphasis inert', () => {
      expect(lines[0]).toBe(
        '# AI readiness: Evil \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1)) \\| pipe \\# injected \\`tick\\` \\*bold\\* \\_u\\_ \\&amp; \\~\\~s\\~\\~',
      );
      expect(headings(md, 1)).toHaveLength(1);
      expect(md).not.toMatch(/^#{1,6} (injected|of nothing|Then publish|not a heading)/m);
      expect(md).toContain('Head \\#\\# of nothing');
    });

    it('keeps every table row to its columns despite pipes and line breaks', () => {
      const all = tables(md);
      expect(all.length).toBeGreaterThanOrEqual(6);
      for (const table of all) {
        const width = tableCells(table[0]!).length;
        for (const row of table) expect(tableCells(row), row).toHaveLength(width);
      }
      expect(md).toContain('| Broken \\| table row? \\`code\\` \\<b\\>bold\\</b\\> (`legal-policy`) | Option \\| with pipe \\| and a new row |');
    });

    it('keeps a multi-line comment inside its list item with every line escaped', () => {
      const at = lines.findIndex((l) => l.startsWith('- `legal-policy`: '));
      expect(at).toBeGreaterThan(0);
      expect(lines.slice(at, at + 6)).toEqual([
        '- `legal-policy`: First line \\<img src=x onerror=alert(1)\\> \\[click\\](javascript:alert(2))\\',
        '  \\# not a heading\\',
        '  \\- not a list\\',
        '  \\`\\`\\`js\\',
        '  see ``` https://x.kz/`a``b` ``` and `www.evil.example` \\| ok\\',
        '  \\<!-- hidden --\\>',
      ]);
      expect(md).not.toMatch(/^\s*(```|~~~)/m);
    });

    it('escapes rubric texts too: actions, examples, titles, warnings', () => {
      expect(md).toContain('Approve the act.\\\n\\# Then publish it \\<script\\>x\\</script\\>');
      expect(md).toContain('- Estonia: \\[link\\](javascript:alert(3))');
      expect(md).toContain('| Legal \\| framework \\<u\\> |');
      expect(md).toContain('- 3:1: rubric.version: made with \\<b\\>0.9.0\\</b\\> \\| \\[x\\](javascript:1)');
    });
  });
});

describe('the assessment date', () => {
  it('heads the report as officers write dates, in each language', async () => {
    const { sampleReport } = await import('./sample-report.js');
    const { renderMarkdown } = await import('../../src/report/render-markdown.js');
    const { renderHtml } = await import('../../src/report/render-html.js');
    const base = sampleReport();
    expect(renderMarkdown({ ...base, language: 'ru', date: '2026-03-01' })).toContain('**Дата оценки:** 01.03.2026');
    expect(renderMarkdown({ ...base, language: 'kk', date: '2026-03-01' })).toContain('**Бағалау күні:** 2026 жылғы 1 наурыз');
    expect(renderHtml({ ...base, language: 'en', date: '2026-03-01' })).toContain('<dt>Assessment date:</dt> <dd>1 March 2026</dd>');
    expect(renderMarkdown({ ...base, date: null })).not.toMatch(/Assessment date|Дата оценки/);
  });
});
