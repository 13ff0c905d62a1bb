import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { documentTypeLabel } from '../../src/evidence/labels.js';
import { loadRubric } from '../../src/rubric/load.js';
import { cli, STACK } from '../helpers/cli.js';

/**
 * The readings' back-dating route: a body dates its assessment some weeks before the day it
 * sends the answers (inside the three-month warning), so that documents past a rung's period
 * ("in the last 12 months") still fall inside it. The declared result is the body's own; the
 * verified one measures the periods from the day the auditor received the answers (the
 * audit file's `received`, from the auditor's own register), which the body cannot move.
 */
const loaded = loadRubric();
if (!loaded.ok) throw new Error('default rubric');
const rubric = loaded.value.rubric;
const gate = rubric.questions.find((q) => rubric.questions.some((d) => d.when?.question === q.id))!;
const DATED = '2026-03-01';
const RECEIVED = '2026-05-20'; // 80 days later (the tests' today is 2026-06-01)
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-backdated-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ru = (iso: string) => iso.split('-').reverse().join('.');
function shift(iso: string, months: number, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Every question at its top, each on its own document; a rung with a period cites one a few days inside it on the date claimed. */
function backdatedFile(): { path: string; windowed: string[] } {
  const answers: Record<string, string> = {};
  const evidence: Record<string, string> = {};
  const windowed: string[] = [];
  rubric.questions.forEach((q, i) => {
    const top = q.id === gate.id ? q.options.find((o) => rubric.questions.some((d) => d.when?.question === q.id && d.when.in.includes(o.id)))! : q.options.reduce((a, b) => (b.score > a.score ? b : a));
    answers[q.id] = top.id;
    let day = shift(DATED, 0, -30 - (i % 25));
    if (top.recentMonths !== undefined) {
      day = shift(DATED, -top.recentMonths, 5 + (i % 20));
      if (top.notBefore === undefined || day >= top.notBefore) windowed.push(q.id);
    }
    evidence[q.id] = `${documentTypeLabel(q.evidenceTypes?.[0] ?? 'order', 'ru')} № ${100 + i * 7}-п от ${ru(day)}`;
  });
  const path = join(dir, 'backdated.yaml');
  writeFileSync(path, stringify({ rubric: { id: rubric.id, version: rubric.version }, respondent: { organization: 'Akimat of Early Dates' }, date: DATED, answers, evidence }));
  return { path, windowed };
}

type Audited = { overall: { score: number }; unsupported: Array<{ id: string }>; audit: { verified: { score: number; level: { id: string } | null }; declared: { score: number }; measuredOn: { date: string; from: string } | null } };

describe('an assessment dated earlier than it was sent (back-dating)', { timeout: 120_000 }, () => {
  it('backdated: the verified result measures the periods from the day the answers were received, so papers past their period stop counting', () => {
    const { path, windowed } = backdatedFile();
    expect(windowed.length).toBeGreaterThan(3);
    const declared = JSON.parse(cli(['score', path, '--format', 'json']).stdout) as Audited;
    // Declared on its own date, every windowed document is inside its period.
    expect(declared.unsupported.filter((u) => windowed.includes(u.id))).toEqual([]);

    const sample = cli(['audit', 'sample', path, '--out', dir, '--seed', '5']);
    expect(sample.status).toBe(0);
    const auditPath = join(dir, 'backdated.audit.yaml');
    const doc = parse(readFileSync(auditPath, 'utf8')) as { audit: Record<string, unknown>; verdicts: Record<string, Record<string, unknown>> };
    // Every document exists and says what is claimed: the auditor confirms every claim sampled.
    for (const v of Object.values(doc.verdicts)) v.verdict = 'confirmed';
    doc.audit = { auditor: 'Test Auditor', date: shift(RECEIVED, 0, 10), received: RECEIVED };
    writeFileSync(auditPath, stringify(doc));

    const run = cli(['score', path, '--audit', auditPath, '--format', 'json']);
    expect(run.stderr).not.toMatch(STACK);
    expect(run.status).toBe(0);
    const late = JSON.parse(run.stdout) as Audited;
    expect(late.audit.measuredOn).toEqual({ date: RECEIVED, from: 'received' });
    expect(late.audit.verified.score).toBeLessThan(late.audit.declared.score);

    // Received on the day it is dated: nothing moves.
    doc.audit = { auditor: 'Test Auditor', date: DATED, received: DATED };
    writeFileSync(auditPath, stringify(doc));
    const honest = JSON.parse(cli(['score', path, '--audit', auditPath, '--format', 'json']).stdout) as Audited;
    expect(honest.audit.measuredOn, JSON.stringify(honest.audit.measuredOn)).toBeNull();
    expect(honest.audit.verified.score).toBe(honest.audit.declared.score);

    // Without `received`, the audit's own date stands for it; the report says which day it used.
    doc.audit = { auditor: 'Test Auditor', date: RECEIVED };
    writeFileSync(auditPath, stringify(doc));
    const md = cli(['score', path, '--audit', auditPath, '--format', 'md', '--lang', 'ru']).stdout;
    expect(md).toContain('Сроки методики в подтверждённом результате отсчитываются от 20.05.2026: дня аудита');
  });
});
