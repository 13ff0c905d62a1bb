import { describe, expect, it } from 'vitest';
import { fence, renderDiffMarkdown } from '../../src/diff/render-md.js';
import { renderDiffJson } from '../../src/diff/render-json.js';
import { buildDiffResult, type DiffResult } from '../../src/diff/result.js';
import { diff as words } from '../../src/i18n/catalogue/diff.js';
import { LANGS, type Lang } from '../../src/i18n/lang.js';
import { answerSources, rubric, TOOL, V1, V2 } from './helpers.js';

const v1 = rubric(V1);
const v2 = rubric(V2);

function result(lang: Lang = 'en', maxDelta: number | null = null, extra: Array<{ file: string; text: string }> = []): DiffResult {
  return buildDiffResult({
    old: { rubric: v1, source: V1 },
    new: { rubric: v2, source: V2 },
    answers: [...answerSources(), ...extra],
    maxDelta,
    lang,
    tool: TOOL,
  });
}

describe('renderDiffMarkdown', () => {
  const md = renderDiffMarkdown(result('en', 10));

  it('leads with the verdict, then level changes, then the structure, then the score table', () => {
    const order = ['## Rubric change: `diff-demo` 1.0.0 → 1.1.0', 'Over the limit of 10 points: 1 file.', '### Level changes', '### What changed in the rubric', '### Scores before and after', '### By recommendation'];
    const positions = order.map((s) => md.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('shows the rename, the drop, the re-weight, the threshold and the text change', () => {
    expect(md).toContain('- Renamed: `staff-training` → `staff-ai-training`');
    expect(md).toContain('- Dropped (declared in the migration): `legal-audit`');
    expect(md).toContain('- Re-weighted: `data-sharing`: 1 → 3');
    expect(md).toContain('- Thresholds changed: `developing`: 40 → 45');
    expect(md).toContain('- Texts changed: `data-catalog`: text (en, ru)');
    expect(md).toContain('`staff-roles`: renamed `planned` → `drafted`');
  });

  it('names which bodies change level, with before and after', () => {
    expect(md).toContain('| Ministry of Digital Development | test/fixtures/answers/diff/ministry-digital.yaml | Developing (63.9) | **Advanced (72.2)** | +8.3 |');
    expect(md).toContain('| Акимат Северной области | test/fixtures/answers/diff/akimat-north.yaml | Developing (48.6) | **Initial (44.4)** | −4.2 |');
  });

  it('escapes organization names: no HTML, no table break, no mention', () => {
    const row = md.split('\n').find((l) => l.includes('akimat-partial.yaml') && l.includes('15.3'))!;
    expect(row).not.toContain('<b>');
    expect(row).toContain('\\<b\\>');
    // Seven cells: the pipe in the name is escaped, so it does not open an eighth.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(7);
    expect(row).toContain('`@someone`');
    // Half answered: a score on both sides, below the coverage floor, so no level (not "no score").
    expect(row).toMatch(/\| 15\.3 \| 13\.9 \| −1\.4 \| 28\.6% → 33\.3% \| no level \(assessment incomplete\) \|$/);
  });

  it('keeps every table row as wide as its header', () => {
    const lines = md.split('\n');
    for (let i = 1; i < lines.length; i++) {
      if (!/^\|[-:|]+\|$/.test(lines[i]!)) continue;
      const cells = (l: string) => l.split(/(?<!\\)\|/).length;
      const width = cells(lines[i - 1]!);
      for (let k = i + 1; k < lines.length && lines[k]!.startsWith('|'); k++) expect(cells(lines[k]!)).toBe(width);
    }
  });

  it('says all moves are within the limit when they are', () => {
    expect(renderDiffMarkdown(result('en', 20))).toContain('Every overall score moves by at most 20 points.');
  });

  it('lists invalid and skipped files, findings in a fence that file content cannot close', () => {
    const text = renderDiffMarkdown(
      result('en', null, [
        { file: 'bad.yaml', text: 'rubric: {id: diff-demo, version: 1.0.0}\nrespondent: {organization: "```"}\nanswers: {"x```y": all}\n' },
        { file: 'other.yaml', text: 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: O}\n' },
      ]),
    );
    expect(text).toContain('### ❌ Invalid answer files');
    expect(text).toMatch(/````text\nbad\.yaml:3:/);
    expect(text).toContain('- other.yaml: made for rubric `minimal@1.0.0`');
  });

  it.each(LANGS)('is worded in %s and is the same bytes every time', (lang) => {
    const a = renderDiffMarkdown(result(lang, 10));
    expect(a).toBe(renderDiffMarkdown(result(lang, 10)));
    expect(a).toContain(words.headStructure[lang]);
    expect(a).toContain(words.headLevelChanges[lang]);
  });
});

describe('renderDiffJson', () => {
  it('carries the structure, the impact per file and the verdict, for scripts', () => {
    const json = JSON.parse(renderDiffJson(result('en', 10))) as Record<string, any>;
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'language', 'old', 'new', 'structure', 'method', 'impact', 'maxDelta', 'overLimit', 'failOnLevelChange', 'levelChanges', 'ok']);
    // The method's analysis of both sides (see method-section.test.ts), for scripts too.
    expect(Object.keys(json.method)).toEqual(['old', 'new']);
    expect(json.schemaVersion).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.maxDelta).toBe(10);
    expect(json.overLimit).toEqual([{ file: 'test/fixtures/answers/diff/agency-statistics.yaml', organization: 'Статистика агенттігі', delta: -13.8 }]);
    expect(json.old).toMatchObject({ id: 'diff-demo', version: '1.0.0', source: V1 });
    expect(json.old.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(json.structure.questions.renamed).toEqual([{ from: 'staff-training', to: 'staff-ai-training' }]);
    const file = json.impact.files[0];
    expect(Object.keys(file)).toEqual(['file', 'organization', 'answersVersion', 'before', 'after', 'delta', 'levelChanged', 'newBlank', 'recommendations', 'warnings']);
    expect(Object.keys(file.before)).toEqual(['score', 'level', 'coverage', 'answered', 'total']);
    expect(json.impact.summary).toMatchObject({ files: 4, levelChanges: 2, invalid: 0, skipped: 0 });
  });

  it('words migration problems in the chosen language next to their code', () => {
    const back = buildDiffResult({ old: { rubric: v2, source: V2 }, new: { rubric: v1, source: V1 }, answers: null, maxDelta: null, lang: 'ru', tool: TOOL });
    const json = JSON.parse(renderDiffJson(back)) as { structure: { problems: Array<{ code: string; message: string }> }; impact: unknown; ok: boolean };
    expect(json.impact).toBeNull();
    expect(json.ok).toBe(true); // warnings only
    expect(json.structure.problems.find((p) => p.code === 'removedUndeclared')?.message).toBe(
      'вопрос «staff-ai-training» удалён, но миграция не переименовывает, не разделяет и не удаляет его',
    );
  });
});

describe('fence', () => {
  it('is longer than any run of backticks inside', () => {
    expect(fence('a ````` b')).toBe('``````text\na ````` b\n``````');
    expect(fence('plain')).toBe('```text\nplain\n```');
  });
});
