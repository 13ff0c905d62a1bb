import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

/**
 * `compare` as an auditor reads it (issue 26, "compare that tells a rule change from a real
 * one"): one ministry a year apart, its AI system moved from pilot to operation, one real
 * slip, one claim that lost its document and a new respondent; and the same ministry's file
 * of rubric 1.0.0 against its 2.0.0 file.
 */

const MINISTRY = join(ROOT, 'test/fixtures/answers/v2/ministry-well-along.yaml');
const MINISTRY_1_0 = join(ROOT, 'test/fixtures/answers/ministry-well-along.yaml');
let dir: string;
let y2025: string;
let y2026: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-compare-audit-'));
  const text = readFileSync(MINISTRY, 'utf8');
  y2025 = join(dir, 'mintrud-2025.yaml');
  y2026 = join(dir, 'mintrud-2026.yaml');
  // A year earlier: the AI system in pilot, monitoring round the clock (with its document), another respondent.
  writeFileSync(
    y2025,
    text
      .replace('tech-ai-systems: operation', 'tech-ai-systems: pilot')
      .replace('  cyber-monitoring: working-hours', '  cyber-monitoring: round-the-clock')
      .replace('name: Ахметова Динара Сериковна', 'name: Сапаров Ерлан Маратович'),
  );
  // Now: the same answers, but the data-security policy's document is gone.
  writeFileSync(y2026, text.replace(/\n  datasec-policy: Политика[^\n]*/, ''));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readiness compare: a year apart', () => {
  it('lists the gate apart and in words, never as a slip; the lost document says what the claim counts as; units on every change', () => {
    const r = cli(['compare', y2025, y2026, '--lang', 'en']);
    expect(r.status).toBe(0);
    const md = r.stdout;
    const section = (head: string) => md.split(`## ${head}`)[1]!.split('\n## ')[0]!;
    const slipped = section('Questions that slipped');
    // The gate is not a slip: pilot → operation is a change of situation.
    expect(slipped).not.toContain('tech-ai-systems');
    const gates = section('Changes of situation (gate questions)');
    expect(gates).toContain('carries no score of its own');
    expect(gates).toMatch(/\(tech-ai-systems\) \| Only in pilot\. \| In operation\. \| the same questions apply as before \|/i);
    // The real slip, and the claim whose document was lost: same answer, counted lower, and the row says so.
    expect(slipped).toContain('(cyber-monitoring)');
    expect(slipped).toMatch(/\(datasec-policy\) \| ([^|]+) \| \1 \(counted as: [^)]+\) \| −0\.\d+ \|/);
    // Units: option scores (0 to 1) for questions, points of 100 for recommendations, percentage points for coverage.
    expect(slipped).toContain('| Change (option score, 0 to 1) |');
    expect(section('Recommendations')).toContain('| Change (points of 100) |');
    expect(section('Overall')).toMatch(/\| Coverage \| [^|]+ \| [^|]+ \| ±0\.0 percentage points \|/);
    expect(section('Overall')).toMatch(/\| Claims without evidence \| 0 \| 1 \| \+1 \|/);
    // No dates in these files: no line about them.
    expect(md).not.toContain('Assessment dates');
    // The respondent changed.
    expect(md).toContain('The respondent changed: then Сапаров Ерлан Маратович, Директор департамента, now Ахметова Динара Сериковна, Директор департамента.');
    // The same as data.
    const json = JSON.parse(cli(['compare', y2025, y2026, '--format', 'json']).stdout);
    expect(json.schemaVersion).toBe(2);
    expect(json.slipped.map((q: { id: string }) => q.id).sort()).toEqual(['cyber-monitoring', 'datasec-policy']);
    expect(json.gates.map((g: { id: string; earlier: { option: { id: string } }; later: { option: { id: string } } }) => [g.id, g.earlier.option.id, g.later.option.id])).toEqual([
      ['tech-ai-systems', 'pilot', 'operation'],
    ]);
    const policy = json.slipped.find((q: { id: string }) => q.id === 'datasec-policy');
    expect(policy.later.option.id).toBe(policy.earlier.option.id);
    expect(policy.later.counted.id).not.toBe(policy.later.option.id);
    expect(json.rubricChange).toBeNull();
  });

  it('writes a minus sign, never a hyphen, for a fall in the count of claims', () => {
    const r = cli(['compare', y2026, y2025, '--lang', 'ru']);
    expect(r.stdout).toMatch(/\| Ответы без подтверждения \| 1 \| 0 \| −1 \|/);
    expect(r.stdout).toMatch(/\| Охват \| [^|]+ \| [^|]+ \| ±0,0 проц\. п\. \|/);
  });


  it("shows both answer files' assessment dates", () => {
    const dated = (file: string, date: string) => {
      const path = file.replace('.yaml', `-dated.yaml`);
      writeFileSync(path, readFileSync(file, 'utf8').replace('language: ru\n', `language: ru\ndate: ${date}\n`));
      return path;
    };
    const r = cli(['compare', dated(y2025, '2025-03-01'), dated(y2026, '2026-03-02'), '--lang', 'ru']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Даты оценки \(поле date файлов ответов\): тогда 01\.03\.2025, сейчас 02\.03\.2026\./);
    const json = JSON.parse(cli(['compare', dated(y2025, '2025-03-01'), dated(y2026, '2026-03-02'), '--format', 'json']).stdout);
    expect([json.earlier.date, json.later.date]).toEqual(['2025-03-01', '2026-03-02']);
  });
});

describe('readiness compare: files of two rubric versions', () => {
  it("splits the change into the rubric's part and the answers' part, and shows the migration as a table", () => {
    const r = cli(['compare', MINISTRY_1_0, MINISTRY, '--lang', 'en']);
    expect(r.status).toBe(0);
    // stderr: one short line instead of every id the migration moved.
    const warning = r.stderr.split('\n').find((l) => l.includes('rubric.version'))!;
    expect(warning).toContain('carried forward from rubric version 1.0.0');
    expect(warning.length).toBeLessThan(300);
    expect(r.stdout).toContain("## What the rubric's change explains, and what the answers explain");
    expect(r.stdout).toMatch(/\| Earlier file, under its own version 1\.0\.0 \| \d+\.\d \|/);
    expect(r.stdout).toMatch(/\| [\w-]+ \| dropped: the question is no longer asked, its answer is not carried \| — \|/);
    expect(r.stdout).toMatch(/\| [\w-]+ \| renamed \| [\w-]+ \|/);
    const c = JSON.parse(cli(['compare', MINISTRY_1_0, MINISTRY, '--format', 'json']).stdout);
    const rc = c.rubricChange;
    expect(rc.version).toBe('1.0.0');
    expect(rc.current.score).toBe(c.earlier.score);
    // The two parts add up to the whole change from the earlier file's own score (within rounding).
    expect(Math.abs(rc.rubricDelta + rc.answersDelta - (c.later.score - rc.own.score))).toBeLessThanOrEqual(0.1);
    expect(rc.rubricDelta).toBeCloseTo(rc.current.score - rc.own.score, 1);
    // Scored under 1.0.0 itself, the old file is complete: its own-version score is not the carried-forward one.
    expect(rc.own.status).toBe('complete');
    expect(rc.own.score).not.toBe(rc.current.score);
    expect(rc.migration.filter((m: { kind: string }) => m.kind === 'dropped').length).toBeGreaterThan(0);
    for (const m of rc.migration) expect(['renamed', 'split', 'dropped', 'option']).toContain(m.kind);
  });

  it('says the change cannot be split when the earlier version is not archived beside the rubric', () => {
    const rubric = join(dir, 'rubric.yaml');
    copyFileSync(join(ROOT, 'rubrics/default.yaml'), rubric);
    const r = cli(['compare', MINISTRY_1_0, MINISTRY, '--rubric', rubric, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Rubric version 1.0.0 is not in the archive beside the current rubric');
    expect(JSON.parse(cli(['compare', MINISTRY_1_0, MINISTRY, '--rubric', rubric, '--format', 'json']).stdout).rubricChange).toBeNull();
  });
});
