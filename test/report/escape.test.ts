import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeMarkdownCode, escapeMarkdownLines, oneLine, sanitizeText } from '../../src/report/escape.js';

describe('escapeMarkdown', () => {
  it.each(['\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~', '&', '$'])('escapes %s', (c) => {
    expect(escapeMarkdown(`a${c}b`)).toBe(`a\\${c}b`);
  });

  it('puts everything on one line', () => {
    expect(escapeMarkdown('  one\r\n two\n\nthree\u2028four\t ')).toBe('one two three four');
  });

  it('escapes block syntax at the start of a line unless the text sits mid-line', () => {
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('===')).toBe('\\===');
    expect(escapeMarkdown('12. item')).toBe('12\\. item');
    expect(escapeMarkdown('3) item')).toBe('3\\) item');
    expect(escapeMarkdown('1.0.0', { midLine: true })).toBe('1.0.0');
    expect(escapeMarkdown('- item', { cell: true })).toBe('- item');
  });

  it('turns link-like tokens into code spans a forge does not autolink', () => {
    expect(escapeMarkdown('see https://gov.kz/a_b and more')).toBe('see `https://gov.kz/a_b` and more');
    expect(escapeMarkdown('www.gov.kz')).toBe('`www.gov.kz`');
    expect(escapeMarkdown('ivanov@gov.kz')).toBe('`ivanov@gov.kz`');
    expect(escapeMarkdown('javascript:alert(1)')).toBe('`javascript:alert(1)`');
    expect(escapeMarkdown('Note: fine')).toBe('Note: fine');
  });

  it('fences a code span longer than any backtick run inside, padding edge backticks', () => {
    expect(escapeMarkdown('http://x/`y`')).toBe('`` http://x/`y` ``');
    expect(escapeMarkdown('http://x/a```b')).toBe('````http://x/a```b````');
    expect(escapeMarkdownCode('id`1')).toBe('``id`1``');
  });

  it('escapes pipes inside code spans only in table cells', () => {
    expect(escapeMarkdown('https://x/a|b', { cell: true })).toBe('`https://x/a\\|b`');
    expect(escapeMarkdown('https://x/a|b')).toBe('`https://x/a|b`');
  });

  it('keeps line breaks of multi-line text as hard breaks inside its block', () => {
    expect(escapeMarkdownLines('one\n\n# two\n- three', '  ')).toBe('one\\\n  \\# two\\\n  \\- three');
  });
});

describe('sanitizeText and escapeHtml', () => {
  it('replaces controls and bidi overrides, keeps line breaks and tabs', () => {
    expect(sanitizeText('a\u0000b\u001bc\u009bd\u202ee\u2066f\ng\th')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\ng\th');
    expect(oneLine('a\u001b[2J\nb')).toBe('a\uFFFD[2J b');
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});
