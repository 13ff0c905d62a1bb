import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentTypeLabel } from '../../src/evidence/labels.js';
import { loadRubric } from '../../src/rubric/load.js';
import { cli } from '../helpers/cli.js';

/**
 * The eleventh reading's route X2b, from the CLI on the default rubric: every question at the
 * highest rung that carries no period of its own (no `recentMonths`, no `notBefore`), each
 * claim on its own document of 2018–2020, each on a different day. The rungs below
 * `evidenceFrom` need no document and the standing-state tops take an act of any age, so the
 * score stands; what the route may not do is pass unseen: every claim is flagged `old-document`
 * and goes into the audit sample before the random draw.
 */
const loaded = loadRubric();
if (!loaded.ok) throw new Error('default rubric');
const rubric = loaded.value.rubric;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-stale-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function staleFile(): { path: string; cited: string[] } {
  const lines = [`rubric: {id: ${rubric.id}, version: ${rubric.version}}`, 'respondent: {organization: "Akimat of Old Paper"}', 'date: 2026-12-01', 'answers:'];
  const evidence: string[] = ['evidence:'];
  const cited: string[] = [];
  rubric.questions.forEach((q, i) => {
    const free = q.options.filter((o) => o.recentMonths === undefined && o.notBefore === undefined);
    const rung = free.reduce((a, b) => (b.score > a.score ? b : a));
    lines.push(`  ${q.id}: ${rung.id}`);
    const type = q.evidenceTypes?.[0] ?? 'order';
    const day = new Date(Date.UTC(2018, 0, 1) + i * 17 * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('.');
    evidence.push(`  ${q.id}: ${JSON.stringify(`${documentTypeLabel(type, 'ru')} № ${i + 10}-п от ${day}`)}`);
    cited.push(q.id);
  });
  const path = join(dir, 'x2b.yaml');
  writeFileSync(path, `${[...lines, ...evidence].join('\n')}\n`);
  return { path, cited };
}

describe('stale documents on rungs without a window (X2b)', () => {
  it('stale-unwindowed: every claim on a document of 2018-2020 is flagged old-document, and the audit sample takes each before its draw', () => {
    const { path, cited } = staleFile();
    const r = cli(['score', path, '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { overall: { level: { id: string } | null }; flags: Array<{ id: string; kind: string }>; notApplicable: Array<{ id: string }> };
    const closed = new Set(report.notApplicable.map((n) => n.id));
    const flagged = report.flags.filter((f) => f.kind === 'old-document').map((f) => f.id);
    expect(flagged).toEqual(cited.filter((id) => !closed.has(id)));
    const sample = cli(['audit', 'sample', path, '--format', 'json', '--size', '10']);
    expect(sample.status).toBe(0);
    const verdicts = Object.entries((JSON.parse(sample.stdout) as { verdicts: Record<string, { reason: string }> }).verdicts);
    expect(verdicts.length).toBeGreaterThanOrEqual(flagged.length);
    for (const id of flagged) expect(verdicts.find(([q]) => q === id)?.[1].reason).toMatch(/^flag:/);
  });
});
