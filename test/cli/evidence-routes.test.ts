import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentTypeLabel } from '../../src/evidence/labels.js';
import { loadRubric } from '../../src/rubric/load.js';
import type { Question } from '../../src/rubric/model.js';
import { cli } from '../helpers/cli.js';

/**
 * Issue 19's routes, each tried from the CLI on the default rubric as a new user would, and
 * each stopped: placeholder evidence, a module closed by a placeholder, n/a with a dash, one
 * document for everything, a unit answering another unit's questions, another unit's evidence
 * after merge; then the honest path from the template to the top level.
 */
const loaded = loadRubric();
if (!loaded.ok) throw new Error('default rubric');
const rubric = loaded.value.rubric;
const best = (q: Question) => q.options.reduce((a, b) => (b.score > a.score ? b : a));
const gate = rubric.questions.find((q) => rubric.questions.some((d) => d.when?.question === q.id))!;
const closing = gate.options.find((o) => !rubric.questions.some((d) => d.when?.question === gate.id && d.when.in.includes(o.id)))!;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-routes-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const q = (s: string) => JSON.stringify(s);
/** An answer file: every question at its best (the gate as given), evidence and comments per question. */
function file(name: string, opts: { evidence: (id: string, i: number) => string | undefined; gateOption?: string; contradict?: boolean; na?: boolean; comment?: string; extra?: string; unit?: string; only?: (q: Question) => boolean }): string {
  const lines = [`rubric: {id: ${rubric.id}, version: ${rubric.version}}`, 'respondent: {organization: "Akimat of Tests"}', 'date: 2026-06-01'];
  if (opts.unit) lines.push(`unit: ${opts.unit}`);
  const questions = rubric.questions.filter(opts.only ?? (() => true));
  lines.push('answers:');
  const chosen = new Map(questions.map((x) => [x.id, x.id === gate.id && opts.gateOption ? opts.gateOption : opts.na && x.notApplicable ? 'n/a' : best(x).id]));
  // A consistent body: an option that `implies` another answer than the file gives (a running
  // pilot beside the gate's "none") gives way to the best option that implies nothing against it.
  const consistent = (x: Question, id: string) => {
    const o = x.options.find((y) => y.id === id);
    return !o?.implies || !chosen.has(o.implies.question) || o.implies.in.includes(chosen.get(o.implies.question)!);
  };
  for (const x of questions) {
    let answer = chosen.get(x.id)!;
    if (!opts.contradict && !consistent(x, answer)) answer = [...x.options].sort((a, b) => b.score - a.score).find((o) => consistent(x, o.id))!.id;
    lines.push(`  ${x.id}: ${q(answer)}`);
  }
  lines.push('evidence:');
  questions.forEach((x, i) => {
    const e = opts.evidence(x.id, i);
    if (e !== undefined) lines.push(`  ${x.id}: ${q(e)}`);
  });
  if (opts.comment !== undefined) {
    lines.push('comments:');
    for (const x of questions) if (x.notApplicable) lines.push(`  ${x.id}: ${q(opts.comment)}`);
  }
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n${opts.extra ?? ''}`);
  return path;
}
const report = (path: string) => {
  const r = cli(['score', path, '--format', 'json']);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { overall: { score: number; level: { id: string } | null; status: string; applicable: number }; unsupported: Array<{ id: string; kind: string; reason: string }>; flags: Array<{ id: string; kind: string }>; notApplicable: Array<{ id: string; reason: string }> };
};
const top = rubric.levels.at(-1)!.id;
/** A real reference, of a type the question accepts (a free reference names its type: «Приказ…» is an order). */
const real = (id: string, i: number) => {
  const type = rubric.questions.find((x) => x.id === id)?.evidenceTypes?.[0] ?? 'order';
  // Dated after 17.05.2026, the earliest day a follow-up opinion six months after the Law's
  // day can bear (`notBefore` of legal-law-alignment's top), and before the file's date.
  // Three documents a day at most (more than `maxCitations` of one day is flagged `same-day`).
  return `${documentTypeLabel(type, 'ru')} № ${i + 1}-п от ${17 + (i % 14)}.05.2026`;
};

describe('issue 19 routes, stopped from the CLI', () => {
  it.each(['-', 'нет', 'см.', '\u200b', 'жоқ', 'n/a', 'есть'])('placeholder-evidence: every top answer "evidenced" by %j scores no top level, each claim named', (placeholder) => {
    const r = report(file('placeholder.yaml', { evidence: () => placeholder }));
    expect(r.overall.level?.id).not.toBe(top);
    expect(r.unsupported.length).toBeGreaterThan(20);
    expect(new Set(r.unsupported.map((u) => u.reason))).toEqual(new Set(['placeholder']));
  });

  it('placeholder-gate: the same placeholder does not close the AI-system module', () => {
    const r = report(file('gate.yaml', { gateOption: closing.id, evidence: (id, i) => (id === gate.id ? '-' : real(id, i)) }));
    expect(r.notApplicable.filter((n) => n.reason === 'gated')).toEqual([]);
    expect(r.unsupported).toContainEqual(expect.objectContaining({ id: gate.id, kind: 'gate', reason: 'placeholder' }));
    const honest = report(file('gate-doc.yaml', { gateOption: closing.id, evidence: real }));
    expect(honest.notApplicable.filter((n) => n.reason === 'gated').length).toBeGreaterThan(0);
  });

  it('na-everywhere: n/a justified by a dash counts nowhere', () => {
    const r = report(file('na.yaml', { na: true, comment: '-', evidence: (id, i) => real(id, i) }));
    expect(r.notApplicable.filter((n) => n.reason === 'declared')).toEqual([]);
    const refused = r.unsupported.filter((u) => u.kind === 'n/a');
    expect(refused.length).toBe(rubric.questions.filter((x) => x.notApplicable && !x.when).length);
    expect(refused.every((u) => u.reason === 'placeholder')).toBe(true);
  });

  it('one-document: one reference for every claim is flagged reused-document on each', () => {
    const r = report(file('one.yaml', { evidence: () => 'Приказ № 1 от 01.02.2026' }));
    const reused = r.flags.filter((f) => f.kind === 'reused-document');
    expect(reused.length).toBe(r.overall.applicable);
    const spread = report(file('spread.yaml', { evidence: real }));
    expect(spread.flags).toEqual([]);
  });

  it('type-mismatch-text: a free reference naming a type the question does not accept is flagged with its text, and changes no score', () => {
    const typed = rubric.questions.find((x) => x.evidenceTypes !== undefined && !x.evidenceTypes.includes('order') && !x.when)!;
    const order = (id: string, i: number) => (id === typed.id ? `Приказ № ${i + 1}-п от 20.05.2026` : real(id, i));
    const r = report(file('order.yaml', { evidence: order }));
    expect(r.flags).toEqual([expect.objectContaining({ id: typed.id, kind: 'type-mismatch' })]);
    expect(JSON.stringify(r.flags[0])).toContain('Приказ № ');
    expect(r.overall.score).toBe(report(file('typed.yaml', { evidence: real })).overall.score);
  });

  it('future-date: a document dated after the assessment supports nothing', () => {
    const r = report(file('future.yaml', { evidence: (id, i) => (i === 0 ? 'Приказ № 1 от 02.06.2026' : real(id, i)) }));
    expect(r.unsupported).toEqual([expect.objectContaining({ id: rubric.questions[0]!.id, reason: 'future-date' })]);
  });

  it('other-unit-file: a unit file that answers another unit\'s question is refused with its position', () => {
    const unit = rubric.questions[0]!.unit!;
    const path = file('unit.yaml', { unit, evidence: real });
    const r = cli(['score', path, '--format', 'json']);
    expect(r.status).toBe(1);
    const other = rubric.questions.find((x) => x.unit !== unit)!;
    const line = readFileSync(path, 'utf8').split('\n').findIndex((l) => l.startsWith(`  ${other.id}:`)) + 1;
    expect(r.stderr).toContain(`unit.yaml:${line}:3: answers.${other.id}: question "${other.id}" belongs to the unit "${other.unit}"`);
  });

  it('other-unit-merge: evidence another unit gave supports no claim after merge, and is flagged', () => {
    const [a, b] = [rubric.units[0]!.id, rubric.units[1]!.id];
    const mine = (x: Question) => x.unit === a;
    const fileA = file('a.yaml', { unit: a, only: mine, evidence: () => undefined });
    // Unit b has no answers to give for a's questions; an evidence entry only, through a body-level file that names b.
    const qa = rubric.questions.find(mine)!;
    const fileB = join(dir, 'b.yaml');
    writeFileSync(fileB, `rubric: {id: ${rubric.id}, version: ${rubric.version}}\nrespondent: {organization: "Akimat of Tests", unit: ${b}}\nevidence:\n  ${qa.id}: "Приказ № 9 от 01.02.2026"\n`);
    const out = join(dir, 'body.yaml');
    const merged = cli(['merge', fileA, fileB, '--out', out]);
    expect(merged.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(`evidence: [${qa.id}]`);
    const r = report(out);
    expect(r.unsupported).toContainEqual(expect.objectContaining({ id: qa.id, reason: 'other-unit' }));
    expect(r.flags).toContainEqual(expect.objectContaining({ id: qa.id, kind: 'other-unit' }));
  });

  it('false-gate-pilot: on the default rubric, the gate closed while the file says its pilot runs on the body\'s data closes nothing, and both answers are flagged', () => {
    // Every core question at the top (the module left blank, as a body without AI leaves it), the gate at its closing answer, `tech-pilot-plan` at `started`
    // (its label: the pilot's system runs on the body's data), every claim with a real reference.
    const pilot = rubric.questions.find((x) => x.options.some((o) => o.implies?.question === gate.id))!;
    const started = pilot.options.find((o) => o.implies?.question === gate.id)!;
    expect(started.implies!.in).not.toContain(closing.id);
    expect(best(pilot).id).toBe(started.id);
    const r = report(file('false-gate-pilot.yaml', { evidence: real, gateOption: closing.id, contradict: true, only: (x) => !x.when }));
    const gated = rubric.questions.filter((x) => x.when?.question === gate.id).length;
    // The module stays applicable and unanswered: coverage below the floor, so no level at all.
    expect(r.overall.applicable).toBe(rubric.questions.length);
    expect(r.overall.status).toBe('incomplete');
    expect(r.overall.level).toBeNull();
    expect(gated).toBeGreaterThan(rubric.questions.length * (1 - rubric.scoring.minCoverage));
    expect(r.flags.filter((f) => f.kind === 'contradiction').map((f) => f.id).sort()).toEqual([gate.id, pilot.id].sort());
    // The same file with the pilot one rung lower (nothing running yet) is a consistent body without AI.
    const path = file('gate-closed-honest.yaml', { evidence: real, gateOption: closing.id, only: (x) => !x.when });
    expect(readFileSync(path, 'utf8')).toContain(`  ${pilot.id}: ${q([...pilot.options].sort((a, b) => b.score - a.score)[1]!.id)}`);
    const honest = report(path);
    expect(honest.overall.status).toBe('complete');
    expect(honest.overall.applicable).toBe(rubric.questions.length - gated);
    expect(honest.flags.filter((f) => f.kind === 'contradiction')).toEqual([]);
  });

  it('analyze names every claims route on the fixture built for them, and none on the default rubric', () => {
    const fixture = JSON.parse(cli(['analyze', 'test/fixtures/rubrics/claims-routes.yaml', '--format', 'json']).stdout) as { routes: Array<{ kind: string }> };
    const kinds = new Set(fixture.routes.map((r) => r.kind));
    for (const k of ['placeholder-evidence', 'na-everywhere', 'one-document', 'placeholder-gate', 'zero-module']) expect(kinds, k).toContain(k);
    const bad = cli(['analyze', 'test/fixtures/rubrics/claims-routes.yaml']);
    expect(bad.status).toBe(1);
    const def = cli(['analyze', '--format', 'json']);
    expect(JSON.parse(def.stdout).routes).toEqual([]);
  }, 180_000);

  it('the honest path: the template filled with real references reaches the top level', () => {
    const template = cli(['template', '--lang', 'ru']);
    expect(template.status).toBe(0);
    let text = template.stdout.replace('organization: ""', 'organization: "Акимат"');
    // The template lists every question twice: under answers, then under evidence (blank).
    // The best answer a body without AI can truthfully give: no option that implies AI use.
    const truthful = (x: Question) => [...x.options].sort((a, b) => b.score - a.score).find((o) => !o.implies || o.implies.in.includes(best(rubric.questions.find((y) => y.id === o.implies!.question)!).id))!;
    for (const x of rubric.questions) text = text.replace(new RegExp(`^  ${x.id}:$`, 'm'), `  ${x.id}: ${truthful(x).id}`);
    rubric.questions.forEach((x, i) => {
      text = text.replace(new RegExp(`^  ${x.id}:$`, 'm'), `  ${x.id}: ${q(real(x.id, i))}`);
    });
    text = text.replace(/^date:.*$/m, 'date: 2026-06-01');
    const path = join(dir, 'honest.yaml');
    writeFileSync(path, text);
    const r = report(path);
    expect(r.overall.status).toBe('complete');
    expect(r.overall.level?.id).toBe(top);
    expect(r.unsupported).toEqual([]);
    expect(r.flags).toEqual([]);
  });
});
