import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeRubric } from '../../src/analyze/analyze.js';
import { renderAnalysisMarkdown } from '../../src/analyze/render.js';
import { parseRubric } from '../../src/rubric/load.js';

/**
 * `analyze` simulates the two paper routes the readings of 2.2.0 ran by hand: each claim on its
 * own document of years ago (the eleventh reading's X2b) and each on its own invented, recent,
 * well-formed document spread over days (X4). Each check fails when the rule that stops its
 * route is taken out of the default rubric.
 */
const text = readFileSync('rubrics/default.yaml', 'utf8');
const rubricOf = (yaml: string) => {
  const parsed = parseRubric('default.yaml', yaml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.value.rubric;
};
const analyse = (yaml: string) => analyzeRubric(rubricOf(yaml), { draws: 200 });
const kinds = (yaml: string) => analyse(yaml).routes.map((r) => r.kind);

describe('analyze: old and invented paper', () => {
  it('the default rubric: old paper is refused or flagged on every claim, invented paper falls to what needs no document once one is found', () => {
    const a = analyse(text);
    expect(a.checks.claims.oldDocuments.unflagged).toBe(0);
    expect(a.checks.claims.oldDocuments.flagged).toBeGreaterThan(0);
    expect(a.checks.claims.invented.declared.level).toBe('advanced');
    const rank = (id: string | null) => ['initial', 'developing', 'established', 'advanced'].indexOf(id ?? '');
    expect(rank(a.checks.claims.invented.verified.level)).toBeLessThanOrEqual(rank(a.checks.claims.noDocuments.level));
    expect(a.routes).toEqual([]);
    const md = renderAnalysisMarkdown(a, rubricOf(text), 'en');
    expect(md).toMatch(/Old paper .*flagged old-document: \d+, neither: 0/);
    expect(md).toMatch(/Invented paper .*declared Advanced, 100\.0.*verified Developing/);
  });

  it('old-documents is named when the rubric sets no oldAfterMonths', () => {
    expect(kinds(text.replace(/\n  oldAfterMonths: \d+\n/, '\n'))).toEqual(['old-documents']);
  });

  it('with unsupported claims only flagged, invented paper keeps its verified level but not in silence: every claim left without its document is named unsupported', () => {
    const a = analyse(text.replace('  unsupported: downgrade\n', '  unsupported: flag\n'));
    expect(a.checks.claims.invented.verified.level).toBe('advanced');
    expect(a.checks.claims.invented.verified.unsupported).toBeGreaterThan(20);
    expect(a.routes.map((r) => r.kind)).not.toContain('invented-documents');
  });
});
