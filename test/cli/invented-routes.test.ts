import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { documentTypeLabel } from '../../src/evidence/labels.js';
import { loadRubric } from '../../src/rubric/load.js';
import { cli, STACK } from '../helpers/cli.js';

/**
 * The readings' last open route (the eleventh's X4, the ninth's R08b): every question at its
 * top, each claim on an invented reference of the right type, a different number each, at most
 * three a day, so no flag is raised and the declared level is the top. No offline check can
 * tell such a register from an honest one; what the method owes is that the route does not pay
 * once audited: the random draw finds an invented document, the auditor writes `not-found`,
 * and from then on nothing unchecked is taken on trust.
 */
const loaded = loadRubric();
if (!loaded.ok) throw new Error('default rubric');
const rubric = loaded.value.rubric;
const gate = rubric.questions.find((q) => rubric.questions.some((d) => d.when?.question === q.id))!;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-invented-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function inventedFile(): string {
  const answers: Record<string, string> = {};
  const evidence: Record<string, string> = {};
  rubric.questions.forEach((q, i) => {
    // The gate at "in operation", every other question at its top (a running pilot implies AI use: consistent).
    const top = q.id === gate.id ? q.options.find((o) => rubric.questions.some((d) => d.when?.question === q.id && d.when.in.includes(o.id)))! : q.options.reduce((a, b) => (b.score > a.score ? b : a));
    answers[q.id] = top.id;
    const type = q.evidenceTypes?.[0] ?? 'order';
    const day = String(1 + Math.floor(i / 3)).padStart(2, '0');
    evidence[q.id] = `${documentTypeLabel(type, 'ru')} № ${100 + i * 7}-п от ${day}.05.2026`;
  });
  const path = join(dir, 'invented.yaml');
  writeFileSync(path, stringify({ rubric: { id: rubric.id, version: rubric.version }, respondent: { organization: 'Akimat of Invented Paper' }, date: '2026-06-01', answers, evidence }));
  return path;
}

describe('invented references spread over days (X4)', { timeout: 120_000 }, () => {
  it('invented-spread: the declared top falls below Established once the audit sample finds one invented document (not-found)', () => {
    const path = inventedFile();
    const declared = JSON.parse(cli(['score', path, '--format', 'json']).stdout) as { overall: { level: { id: string } | null; score: number }; flags: unknown[]; unsupported: unknown[] };
    expect(declared.overall.level?.id).toBe(rubric.levels.at(-1)!.id);
    expect(declared.flags).toEqual([]);
    expect(declared.unsupported).toEqual([]);

    const auditPath = join(dir, 'invented.audit.yaml');
    const sample = cli(['audit', 'sample', path, '--out', dir, '--seed', '3']);
    expect(sample.status).toBe(0);
    const doc = parse(readFileSync(auditPath, 'utf8')) as { audit: Record<string, unknown>; verdicts: Record<string, Record<string, unknown>> };
    expect(readFileSync(auditPath, 'utf8')).toMatch(/# confirmed \| rejected \| not-found/);
    // The auditor confirms the first claims drawn (they cannot know which are invented) and meets an invented one.
    const drawn = Object.keys(doc.verdicts);
    drawn.forEach((id, i) => (doc.verdicts[id]!.verdict = i < 3 ? 'confirmed' : i === 3 ? 'not-found' : null));
    doc.audit = { auditor: 'Test Auditor', date: '2026-06-10' };
    writeFileSync(auditPath, stringify(doc));

    const scored = cli(['score', path, '--audit', auditPath, '--format', 'json']);
    expect(scored.stderr).not.toMatch(STACK);
    expect(scored.status).toBe(0);
    const a = (JSON.parse(scored.stdout) as { audit: { verified: { level: { id: string } | null; score: number }; notFound: number; rejected: number; confirmed: number; unchecked: number } }).audit;
    expect([a.confirmed, a.rejected, a.notFound]).toEqual([3, 1, 1]);
    const rank = (id: string | undefined) => rubric.levels.findIndex((l) => l.id === id);
    expect(rank(a.verified.level?.id)).toBeLessThan(rank('established'));
    // A plain rejection of the same claim would have left the top standing on the unchecked invented rest.
    doc.verdicts[drawn[3]!]!.verdict = 'rejected';
    writeFileSync(auditPath, stringify(doc));
    const plain = (JSON.parse(cli(['score', path, '--audit', auditPath, '--format', 'json']).stdout) as { audit: { verified: { score: number } } }).audit;
    expect(plain.verified.score).toBeGreaterThan(a.verified.score + 30);

    // The report says why, in the reader's language.
    doc.verdicts[drawn[3]!]!.verdict = 'not-found';
    writeFileSync(auditPath, stringify(doc));
    const md = cli(['score', path, '--audit', auditPath, '--format', 'md', '--lang', 'ru']).stdout;
    expect(md).toMatch(/Не найдено документов: 1\. Реестру, в котором указан несуществующий документ, больше не доверяют/);
    expect(md).toContain('документ не найден');

    // The summary counts it in its last column, and the fleet view in its own.
    const csv = cli(['score', path, '--audit', auditPath, '--format', 'csv']).stdout.replace(/^\uFEFF/, '').split(/\r?\n/);
    const header = csv[0]!.split(',');
    expect(header.at(-1)).toBe('Documents not found');
    expect(csv[1]!.split(',').at(-1)).toBe('1');
    const out = join(dir, 'reports');
    expect(cli(['score', path, '--audit', auditPath, '--out', out, '--format', 'html']).status).toBe(0);
    const fleet = readFileSync(join(out, 'index.html'), 'utf8');
    expect(fleet).toContain('<th class="num">Documents not found</th>');
    expect(fleet).toContain('<td class="num"><strong>1</strong></td>');
  });
});

/**
 * The twenty-fourth reading's "own 4": every question at its top with no document at all. The
 * rungs below `evidenceFrom` need none, so the file declares Developing (by design: that level
 * is the one whose measures are not yet set in approved documents). The route was that it
 * stayed Developing after an audit that rejected every claim it drew, carried by the claims the
 * draw left unchecked. Once the audit finds a claim overstated, the unchecked answers carry
 * nothing: the verified level is what the auditor confirmed.
 */
describe('tops declared with no document at all (the twenty-fourth reading\'s own 4)', { timeout: 120_000 }, () => {
  it('undocumented-top: after an audit that rejects the claims it drew, the unchecked declarations no longer hold the level', () => {
    const answers: Record<string, string> = {};
    for (const q of rubric.questions) {
      const top = q.id === gate.id ? q.options.find((o) => rubric.questions.some((d) => d.when?.question === q.id && d.when.in.includes(o.id)))! : q.options.reduce((a, b) => (b.score > a.score ? b : a));
      answers[q.id] = top.id;
    }
    const path = join(dir, 'undocumented.yaml');
    writeFileSync(path, stringify({ rubric: { id: rubric.id, version: rubric.version }, respondent: { organization: 'Akimat of Words Alone' }, date: '2026-05-01', answers }));
    const declared = JSON.parse(cli(['score', path, '--format', 'json']).stdout) as { overall: { level: { id: string } | null } };
    expect(declared.overall.level?.id).toBe('developing');

    expect(cli(['audit', 'sample', path, '--out', dir, '--seed', '11']).status).toBe(0);
    const auditPath = join(dir, 'undocumented.audit.yaml');
    const doc = parse(readFileSync(auditPath, 'utf8')) as { audit: Record<string, unknown>; verdicts: Record<string, Record<string, unknown>> };
    // No key claim: nothing cites a document.
    expect(Object.values(doc.verdicts).some((v) => v.reason === 'key')).toBe(false);
    doc.audit = { auditor: 'Test Auditor', date: '2026-05-10' };
    const score = () => {
      writeFileSync(auditPath, stringify(doc));
      const run = cli(['score', path, '--audit', auditPath, '--format', 'json']);
      expect(run.stderr).not.toMatch(STACK);
      return (JSON.parse(run.stdout) as { audit: { verified: { level: { id: string } | null }; held: { claims: Array<{ id: string }> } | null } }).audit;
    };
    // Every claim drawn is found false: none of the states exists.
    for (const v of Object.values(doc.verdicts)) v.verdict = 'rejected';
    const rejected = score();
    expect(rejected.verified.level?.id).toBe('initial');
    expect(rejected.held?.claims.length).toBeGreaterThan(0);
    // Every claim drawn is found true: the declarations stand.
    for (const v of Object.values(doc.verdicts)) v.verdict = 'confirmed';
    const confirmed = score();
    expect(confirmed.verified.level?.id).toBe('developing');
    expect(confirmed.held).toBeNull();
  });
});
