import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { cli, STACK } from '../helpers/cli.js';

/**
 * The auditor's round through the real CLI: a fleet of answer files, `audit sample`, the
 * verdicts filled in by a script, `score --audit`; the verified scores must equal an
 * independent computation: the test applies the audit rule itself (SPEC.md "Audit") to
 * copies of the answer files and scores those copies as plain answer files.
 */
let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);

interface RubricQuestion {
  id: string;
  options: Array<{ id: string; score: number }>;
  when?: { question: string };
}
const rubric = parse(readFileSync('rubrics/default.yaml', 'utf8')) as { questions: RubricQuestion[] };
const questions = new Map(rubric.questions.map((q) => [q.id, q]));
const gates = new Set(rubric.questions.flatMap((q) => (q.when ? [q.when.question] : [])));

/** A minimal CSV reader (quoted cells, doubled quotes), enough for the summary. */
function readCsv(text: string): Array<Record<string, string>> {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell.replace(/\r$/, '')), rows.push(row), (row = []), (cell = '');
    else cell += ch;
  }
  const [head, ...data] = rows;
  return data.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

/** The fleet: the three bodies of the fixtures and two more made from them. */
function makeFleet(): string[] {
  mkdirSync(at('answers'));
  for (const name of ['agency-in-between', 'akimat-starting', 'ministry-well-along']) cpSync(`test/fixtures/answers/v2/${name}.yaml`, at('answers', `${name}.yaml`));
  const base = parse(readFileSync('test/fixtures/answers/v2/ministry-well-along.yaml', 'utf8')) as { respondent: { organization: string }; answers: Record<string, string> };
  for (const [i, org] of ['Agency of North', 'Akimat of South'].entries()) {
    const copy = structuredClone(base);
    copy.respondent.organization = org;
    // Each a little different: every third answer set to its question's second option.
    Object.keys(copy.answers).forEach((id, k) => {
      const q = questions.get(id)!;
      if (k % 3 === i && copy.answers[id] !== 'n/a' && !gates.has(id)) copy.answers[id] = q.options[1]!.id;
    });
    writeFileSync(at('answers', `extra-${i}.yaml`), stringify(copy));
  }
  return readdirSync(at('answers')).sort();
}

/** The auditor's verdicts, by a fixed pattern: confirmed, rejected without an option, rejected with the lowest other option. */
function fillVerdicts(file: string): void {
  const doc = parse(readFileSync(file, 'utf8')) as { audit: Record<string, unknown>; verdicts: Record<string, Record<string, unknown>> };
  doc.audit = { auditor: 'Test Auditor', date: '2026-04-10' };
  Object.entries(doc.verdicts).forEach(([id, v], i) => {
    const claimed = (v.claimed as { option: string }).option;
    if (i % 3 === 0) v.verdict = 'confirmed';
    else if (i % 3 === 1) v.verdict = 'rejected';
    else {
      v.verdict = 'rejected';
      const other = [...questions.get(id)!.options].sort((a, b) => a.score - b.score).find((o) => o.id !== claimed);
      if (claimed !== 'n/a' && !gates.has(id)) v.option = other!.id;
    }
  });
  writeFileSync(file, stringify(doc));
}

/**
 * The test's own reading of the audit rule: the answer file as verified, measured from the
 * audit's date (its `date` set to that day when later); with `checkedOnly`, what the checked
 * claims carry alone: every claim the auditor gave no verdict loses its evidence, and once the
 * auditor rejected a claim, its answer too (at the lowest option; a gate's and an n/a stand).
 */
function verifiedCopy(answerFile: string, auditFile: string, out: string, checkedOnly = false): void {
  const answers = parse(readFileSync(answerFile, 'utf8')) as { answers: Record<string, string>; date?: string; evidence?: Record<string, unknown> };
  const audit = parse(readFileSync(auditFile, 'utf8')) as { audit: { date: string }; verdicts: Record<string, { verdict: string | null; option?: string | null }> };
  if (answers.date === undefined || answers.date < audit.audit.date) answers.date = audit.audit.date;
  if (checkedOnly && answers.evidence) {
    for (const id of Object.keys(answers.evidence)) if (!audit.verdicts[id]?.verdict) delete answers.evidence[id];
  }
  if (checkedOnly && Object.values(audit.verdicts).some((v) => v.verdict === 'rejected' || v.verdict === 'not-found')) {
    for (const [id, answer] of Object.entries(answers.answers)) {
      if (audit.verdicts[id]?.verdict || answer === 'n/a' || gates.has(id)) continue;
      answers.answers[id] = [...questions.get(id)!.options].sort((a, b) => a.score - b.score)[0]!.id;
    }
  }
  for (const [id, v] of Object.entries(audit.verdicts)) {
    if (v.verdict !== 'rejected') continue;
    const claimed = answers.answers[id]!;
    if (v.option) answers.answers[id] = v.option;
    else if (claimed === 'n/a' || gates.has(id)) delete answers.answers[id];
    else answers.answers[id] = [...questions.get(id)!.options].sort((a, b) => a.score - b.score)[0]!.id;
  }
  writeFileSync(out, stringify(answers));
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-audit-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each step spawns the real CLI several times: generous time for a busy two-core machine.
describe('an auditor\'s round', { timeout: 180_000 }, () => {
  it('samples, takes verdicts, and scores the verified result as the answers as verified score', () => {
    const files = makeFleet();
    expect(files).toHaveLength(5);
    const sample = cli(['audit', 'sample', at('answers'), '--out', at('audits'), '--seed', '7', '--size', '8']);
    expect(sample.stderr).toBe('');
    expect(sample.status).toBe(0);
    const audits = readdirSync(at('audits')).sort();
    expect(audits).toEqual(files.map((f) => f.replace(/\.yaml$/, '.audit.yaml')));

    // The same files in another order, the same sample; never over an existing file without --force.
    const reversed = cli(['audit', 'sample', ...files.map((f) => at('answers', f)).reverse(), '--out', at('again'), '--seed', '7', '--size', '8']);
    expect(reversed.status).toBe(0);
    for (const a of audits) {
      const strip = (text: string) => text.replace(/^answers: .*$/m, '');
      expect(strip(readFileSync(at('again', a), 'utf8'))).toBe(strip(readFileSync(at('audits', a), 'utf8')));
    }
    const again = cli(['audit', 'sample', at('answers'), '--out', at('audits'), '--seed', '7', '--size', '8']);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists; give --force/);
    expect(again.stderr).not.toMatch(STACK);

    for (const a of audits) fillVerdicts(at('audits', a));
    const valid = cli(['validate', '--answers', at('audits')]);
    expect(valid.status).toBe(0);
    const scored = cli(['score', at('answers'), '--audit', at('audits'), '--format', 'csv']);
    expect(scored.stderr).not.toMatch(STACK);
    expect(scored.status).toBe(0);
    const rows = readCsv(scored.stdout);
    expect(rows).toHaveLength(5);

    // The independent computation: the rule applied by the test, the copies scored as they are.
    mkdirSync(at('verified'));
    mkdirSync(at('checked'));
    for (const f of files) {
      verifiedCopy(at('answers', f), at('audits', f.replace(/\.yaml$/, '.audit.yaml')), at('verified', f));
      verifiedCopy(at('answers', f), at('audits', f.replace(/\.yaml$/, '.audit.yaml')), at('checked', f), true);
    }
    const plain = readCsv(cli(['score', at('verified'), '--format', 'csv']).stdout);
    const carried = readCsv(cli(['score', at('checked'), '--format', 'csv']).stdout);
    // The verified level is the lower of the verified score's and the checked documents' own.
    const rank = (label: string) => ['', 'Initial', 'Developing', 'Established', 'Advanced'].indexOf(label);
    let lower = 0;
    let held = 0;
    for (const f of files) {
      const row = rows.find((r) => r.File === at('answers', f))!;
      const expected = plain.find((r) => r.File === at('verified', f))!;
      const checked = carried.find((r) => r.File === at('checked', f))!;
      expect(row.Verified, f).toBe(expected['Overall score']);
      expect(rank(expected.Level!), f).toBeGreaterThanOrEqual(0);
      const level = rank(checked.Level!) < rank(expected.Level!) ? checked.Level : expected.Level;
      if (level !== expected.Level) held++;
      expect(row['Verified level'], f).toBe(level);
      expect(row['Audit error']).toBe('');
      expect(Number(row['Declared − verified'])).toBeCloseTo(Number(row['Overall score']) - Number(row.Verified), 5);
      if (Number(row.Verified) < Number(row['Overall score'])) lower++;
    }
    expect(lower).toBeGreaterThan(0);
    // With two claims in three rejected, what the unchecked claims still carry holds some bodies down.
    expect(held).toBeGreaterThan(0);

    // One body's report on stdout: the verified level in the headline, said to be verified.
    const one = cli(['score', at('answers', files[0]!), '--audit', at('audits', audits[0]!), '--format', 'md']);
    expect(one.status).toBe(0);
    expect(one.stdout).toMatch(/\*\*Verified level: .* \(after the audit; declared: .*\)\*\*/);
    expect(one.stdout).toContain('## Audit');
  });

  it('shows the audit in the fleet view, bodies ordered by declared minus verified', () => {
    const out = cli(['score', at('answers'), '--audit', at('audits'), '--out', at('reports'), '--format', 'html']);
    expect(out.status).toBe(0);
    // The console table gains the verified score.
    expect(out.stdout).toMatch(/│ Verified │/);
    const page = readFileSync(at('reports', 'index.html'), 'utf8');
    const section = page.slice(page.indexOf('<section id="audit">'), page.indexOf('</section>', page.indexOf('<section id="audit">')));
    expect(section).toContain('<svg');
    const differences = [...section.matchAll(/<tr><td class="num">\d+<\/td><td>[^<]*<\/td>(?:<td[^>]*>(?:<strong>)?[^<]*(?:<\/strong>)?<\/td>){3}<td class="num">([^<]*)<\/td>/g)].map((m) => Number(m[1]!.replace(',', '.')));
    expect(differences).toHaveLength(5);
    expect([...differences].sort((a, b) => b - a)).toEqual(differences);
  });

  it('makes an error row of an audit whose answer file changed, and of one that names no given file', () => {
    appendFileSync(at('answers', 'extra-0.yaml'), '# edited after the audit\n');
    const out = cli(['score', at('answers'), '--audit', at('audits'), '--format', 'csv']);
    expect(out.status).toBe(1);
    const rows = readCsv(out.stdout);
    const changed = rows.find((r) => r.File === at('answers', 'extra-0.yaml'))!;
    expect(changed['Overall score']).not.toBe('');
    expect(changed['Audit error']).toMatch(/changed since its audit/);
    expect(out.stderr).toMatch(/changed since its audit/);

    const alone = cli(['score', at('answers', 'agency-in-between.yaml'), at('answers', 'akimat-starting.yaml'), '--audit', at('audits', 'ministry-well-along.audit.yaml'), '--format', 'csv']);
    expect(alone.status).toBe(1);
    const orphan = readCsv(alone.stdout).find((r) => r.File === at('audits', 'ministry-well-along.audit.yaml'))!;
    expect(orphan[Object.keys(orphan).find((k) => k.startsWith('Status'))!]).toBe('error');
    expect(orphan.Error).toMatch(/not among the files given/);
    expect(alone.stderr).not.toMatch(STACK);
  });

  it('refuses a verdict on an unanswered question or an option that does not exist, at file:line:col', () => {
    const file = at('audits', 'agency-in-between.audit.yaml');
    const doc = parse(readFileSync(file, 'utf8')) as { verdicts: Record<string, unknown> };
    const answers = parse(readFileSync(at('answers', 'agency-in-between.yaml'), 'utf8')) as { answers: Record<string, string> };
    const unanswered = rubric.questions.find((q) => answers.answers[q.id] == null)!.id;
    const first = Object.keys(doc.verdicts)[0]!;
    doc.verdicts[first] = { verdict: 'rejected', option: 'no-such-option' };
    doc.verdicts[unanswered] = { verdict: 'confirmed' };
    writeFileSync(file, stringify(doc));
    const out = cli(['score', at('answers', 'agency-in-between.yaml'), '--audit', file, '--format', 'json']);
    expect(out.status).toBe(1);
    expect(out.stderr).toMatch(new RegExp(`agency-in-between\\.audit\\.yaml:\\d+:\\d+: verdicts\\.${first}\\.option: question "${first}" has no option "no-such-option"`));
    expect(out.stderr).toMatch(new RegExp(`agency-in-between\\.audit\\.yaml:\\d+:\\d+: verdicts\\.${unanswered}\\.verdict: a verdict on question "${unanswered}", which the answer file does not answer`));
    const report = JSON.parse(out.stdout) as { overall: { score: number }; audit: { verified: null; error: string } };
    expect(report.audit.verified).toBeNull();
    expect(report.overall.score).toBeGreaterThan(0);
    const valid = cli(['validate', '--answers', at('audits')]);
    expect(valid.status).toBe(1);
    expect(valid.stderr).toMatch(/audit\.yaml:\d+:\d+: verdicts\./);
  });

  it('compares the verified results of two audited dates', () => {
    const earlier = at('answers', 'ministry-well-along.yaml');
    const later = at('later.yaml');
    writeFileSync(later, readFileSync(earlier, 'utf8').replace(/^language: .*$/m, 'language: en'));
    const sampled = cli(['audit', 'sample', later, '--out', at('later-audit')]);
    expect(sampled.status).toBe(0);
    fillVerdicts(at('later-audit', 'later.audit.yaml'));
    const verifiedOf = (file: string, audit: string) =>
      (JSON.parse(cli(['score', file, '--audit', audit, '--format', 'json', '--lang', 'en']).stdout) as { audit: { verified: { score: number } } }).audit.verified.score;
    const audits = ['--audit', at('audits', 'ministry-well-along.audit.yaml'), '--audit', at('later-audit')];
    const out = cli(['compare', earlier, later, ...audits, '--format', 'json', '--lang', 'en']);
    expect(out.stderr).toContain('the comparison is of the verified results');
    expect(out.status).toBe(0);
    const c = JSON.parse(out.stdout) as { earlier: { score: number }; later: { score: number } };
    expect(c.earlier.score).toBe(verifiedOf(earlier, at('audits', 'ministry-well-along.audit.yaml')));
    expect(c.later.score).toBe(verifiedOf(later, at('later-audit', 'later.audit.yaml')));
    // Without an audit of each date there is nothing verified to compare.
    const one = cli(['compare', earlier, later, '--audit', at('later-audit'), '--format', 'json']);
    expect(one.status).toBe(1);
    expect(one.stderr).toMatch(/needs an audit of both dates/);
  });

  it('publishes the audit file\'s JSON Schema', () => {
    const out = cli(['schema', 'audit']);
    expect(out.status).toBe(0);
    const schema = JSON.parse(out.stdout) as { $id: string; required: string[] };
    expect(schema.$id).toBe('urn:readiness:schema:audit');
    expect(schema.required).toEqual(expect.arrayContaining(['audit', 'answers', 'verdicts']));
    // An audit file given as answers is named for what it is, in one line.
    const asAnswers = cli(['score', at('audits', 'akimat-starting.audit.yaml'), '--format', 'json']);
    expect(asAnswers.status).toBe(1);
    expect(asAnswers.stderr.trim()).toBe(`${at('audits', 'akimat-starting.audit.yaml')}: an audit file, not an answer file: give it to score with --audit`);
  });
});
