import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeRubric } from '../../src/analyze/analyze.js';
import { parseAnswers } from '../../src/answers/load.js';
import type { Answers } from '../../src/answers/model.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { parseRubric } from '../../src/rubric/load.js';
import type { Rubric } from '../../src/rubric/model.js';
import { questionShares } from '../../src/rubric/shares.js';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { ReportSchema } from '../../src/report/schema.js';
import { scoreAnswers } from '../../src/scoring/score.js';
import { cli } from '../helpers/cli.js';

// Every rule of SPEC.md "Method", each shown on the fixture rubric `method.yaml` with numbers
// worked out by hand, so that removing a rule from the engine fails its test.

setMessageLang('en');
const FIXTURE = 'test/fixtures/rubrics/method.yaml';
const TEXT = readFileSync(FIXTURE, 'utf8');

function rubricOf(text: string): Rubric {
  const loaded = parseRubric('method.yaml', text);
  if (!loaded.ok) throw new Error(loaded.findings.map((f) => `${f.line}:${f.column}: ${f.message}`).join('\n'));
  return loaded.value.rubric;
}
const rubric = rubricOf(TEXT);

/** The best answer everywhere, with a document for every claim. */
const BEST = {
  'ai-systems': 'operation',
  'ai-register': 'kept',
  'ai-audit': 'yes',
  policy: 'applied',
  'data-exchange': 'all',
  training: 'all',
  'hr-ai': 'yes',
  'skills-plan': 'yes',
} as const;

function answers(map: Record<string, string>, opts: { evidence?: Record<string, string> | 'all'; comments?: Record<string, string> } = {}): Answers {
  const evidence = opts.evidence === 'all' || opts.evidence === undefined ? Object.fromEntries(Object.keys(map).map((id, i) => [id, `Order No. ${i + 1} of 14.02.2026`])) : opts.evidence;
  return {
    rubric: { id: rubric.id, version: rubric.version },
    respondent: { organization: 'Test body' },
    answers: new Map(Object.entries(map)),
    comments: new Map(Object.entries(opts.comments ?? {})),
    documents: new Map(),
    evidence: new Map(Object.entries(evidence).map(([id, text]) => [id, { text }])),
  };
}
/** A free reference that names a document: a number and a date. */
const DOC = 'Order No. 7 of 14 February 2026';
const score = (a: Answers, r: Rubric = rubric) => {
  const report = scoreAnswers(r, a, { lang: 'en', tool: { name: 'readiness', version: 'test' } });
  ReportSchema.parse(report);
  return report;
};
const recScores = (report: ReturnType<typeof score>) => Object.fromEntries(report.recommendations.map((r) => [r.id, r.score]));

describe('the coverage floor and unanswered questions', () => {
  it('gives a file with a single answer no level, and counts the blanks as 0', () => {
    // Gate unanswered: all 8 questions apply. law = 100 × 1/3 (policy) = 33.3; infra 0; skills 0.
    const r = score(answers({ policy: 'applied' }));
    expect(r.overall.applicable).toBe(8);
    expect(r.overall.answered).toBe(1);
    expect(r.overall.coverage).toBe(0.125);
    expect(r.overall.status).toBe('incomplete');
    expect(r.overall.level).toBeNull();
    expect(r.overall.required).toBe(7); // ceil(0.8 × 8)
    expect(r.overall.missing).toBe(6);
    expect(recScores(r)).toEqual({ law: 33.3, infra: 0, skills: 0 });
    expect(r.overall.score).toBe(11.1);
    // The answered-only mean is shown beside it, for information: law alone, 100.
    expect(r.overall.answeredScore).toBe(100);
    expect(r.unanswered.map((q) => q.id)).toEqual(['ai-systems', 'ai-register', 'ai-audit', 'data-exchange', 'training', 'hr-ai', 'skills-plan']);
    expect(r.overall.next).toBeNull();
  });

  it('gives a level at the floor and none one answer below it', () => {
    const full: Record<string, string> = { ...BEST };
    delete full['skills-plan']; // 7 of 8: exactly ceil(0.8 × 8)
    expect(score(answers(full)).overall.status).toBe('complete');
    delete full['hr-ai']; // 6 of 8
    const r = score(answers(full));
    expect(r.overall.status).toBe('incomplete');
    expect(r.overall.level).toBeNull();
    expect(r.overall.missing).toBe(1);
  });

  it('never lets skipping the zeros raise the score or the level', () => {
    // A weak body: law = (0.5 + 0 + 0.33) / 3 = 27.7; infra = (0.5 + 0.5) / 2 = 50; skills = (0 + 0 + 1) / 3 = 33.3.
    const weak = { 'ai-systems': 'operation', 'ai-register': 'draft', 'ai-audit': 'no', policy: 'draft', 'data-exchange': 'some', training: 'none', 'hr-ai': 'no', 'skills-plan': 'yes' };
    const all = score(answers(weak));
    expect(recScores(all)).toEqual({ law: 27.7, infra: 50, skills: 33.3 });
    expect(all.overall.score).toBe(37);
    expect(all.overall.level?.id).toBe('developing');
    const skipped: Record<string, string> = { ...weak };
    for (const id of ['ai-audit', 'training', 'hr-ai']) delete skipped[id];
    const s = score(answers(skipped));
    expect(s.overall.score).toBe(37); // a blank counts as the zero it hides
    expect(s.overall.level).toBeNull(); // and 5 of 8 is below the floor
    // With a floor low enough to pass, the level still does not rise: the blanks still count 0.
    const lenient = rubricOf(TEXT.replace('minCoverage: 0.8', 'minCoverage: 0.5'));
    const l = score(answers(skipped), lenient);
    expect(l.overall.status).toBe('complete');
    expect(l.overall.score).toBe(37);
    expect(l.overall.level?.id).toBe('developing');
    // answeredScore shows what skipping would have claimed: (41.5 + 50 + 100) / 3.
    expect(l.overall.answeredScore).toBe(63.8);
  });
});

describe('applicability', () => {
  it('leaves the questions out that a gate excludes: a body without AI reaches the top honestly', () => {
    const noAi = { ...BEST, 'ai-systems': 'none' } as Record<string, string>;
    delete noAi['ai-register'];
    delete noAi['ai-audit'];
    const r = score(answers(noAi));
    expect(r.overall.applicable).toBe(6);
    expect(r.overall.answered).toBe(6);
    expect(r.overall.coverage).toBe(1);
    expect(recScores(r)).toEqual({ law: 100, infra: 100, skills: 100 });
    expect(r.overall.level?.id).toBe('advanced');
    expect(r.notApplicable.map((q) => [q.id, q.reason])).toEqual([
      ['ai-register', 'gated'],
      ['ai-audit', 'gated'],
    ]);
    const trace = r.recommendations.find((x) => x.id === 'law')!.questions;
    expect(trace.find((q) => q.id === 'ai-audit')).toMatchObject({ status: 'gated', contribution: null });
  });

  it('closes nothing on a gate\'s "does not apply" without its document: the questions count as blanks', () => {
    const noAi = { ...BEST, 'ai-systems': 'none' } as Record<string, string>;
    delete noAi['ai-register'];
    delete noAi['ai-audit'];
    const withoutGateDoc = Object.fromEntries(Object.keys(noAi).filter((id) => id !== 'ai-systems').map((id) => [id, DOC]));
    const r = score(answers(noAi, { evidence: withoutGateDoc }));
    // Both module questions stay applicable and unanswered: 6 of 8 answered, below the 0.8 floor.
    expect(r.overall.applicable).toBe(8);
    expect(r.overall.answered).toBe(6);
    expect(r.overall.status).toBe('incomplete');
    expect(r.overall.level).toBeNull();
    expect(r.notApplicable).toEqual([]);
    expect(r.unanswered.map((q) => q.id)).toEqual(['ai-register', 'ai-audit']);
    // The gate's answer is the unsupported claim, though it scores 0.
    expect(r.unsupported.map((q) => [q.id, q.option.id])).toEqual([['ai-systems', 'none']]);
    // Answered as they stand (a body with AI saying "none"), they count as answered.
    const honest = score(answers({ ...noAi, 'ai-register': 'no', 'ai-audit': 'no' }, { evidence: withoutGateDoc }));
    expect(honest.overall.applicable).toBe(8);
    // ... exactly as if the gate had said what the answers show.
    expect(recScores(honest)).toEqual(recScores(score(answers({ ...noAi, 'ai-systems': 'operation', 'ai-register': 'no', 'ai-audit': 'no' }))));
    expect(recScores(honest).law).toBeLessThan(100);
    // The same under `downgrade`; and with the document the module closes.
    const strict = rubricOf(TEXT.replace('unsupported: flag', 'unsupported: downgrade'));
    expect(score(answers(noAi, { evidence: withoutGateDoc }), strict).overall.applicable).toBe(8);
    expect(score(answers(noAi)).overall.applicable).toBe(6);
    // `pilot` closes only the audit question: it needs the document too; `operation` closes nothing.
    const pilot = score(answers({ ...BEST, 'ai-systems': 'pilot' }, { evidence: Object.fromEntries(Object.keys(BEST).filter((id) => id !== 'ai-systems').map((id) => [id, DOC])) }));
    expect(pilot.unsupported.map((q) => q.id)).toEqual(['ai-systems']);
    expect(pilot.overall.applicable).toBe(8);
  });

  it('applies a question only for the gate options it names', () => {
    const pilot = score(answers({ ...BEST, 'ai-systems': 'pilot' }));
    const states = Object.fromEntries(pilot.recommendations.flatMap((x) => x.questions).map((q) => [q.id, q.status]));
    expect(states['ai-register']).toBe('answered');
    expect(states['ai-audit']).toBe('gated'); // only for `operation`
    expect(pilot.overall.applicable).toBe(7);
  });

  it('keeps a gated question applicable and unanswered while its gate is unanswered', () => {
    const r = score(answers({ policy: 'applied', training: 'all' }));
    expect(r.unanswered.map((q) => q.id)).toContain('ai-audit');
    expect(r.notApplicable).toEqual([]);
  });

  it('counts n/a only with a sentence of substance and, under evidenceFrom, a document; only where the rubric allows it; it leaves the coverage', () => {
    const file = (extra: string) =>
      `rubric: {id: method-demo, version: 1.0.0}\nrespondent: {organization: Body}\nanswers:\n  policy: applied\n  hr-ai: n/a\n${extra}`;
    const load = (text: string) => {
      const loaded = parseAnswers('a.yaml', text, rubric);
      if (!loaded.ok) throw new Error(loaded.findings.map((f) => f.message).join('\n'));
      return score(loaded.value);
    };
    // Without its justification an n/a is no load error: it does not count, and the report says why.
    const refused = (text: string) => {
      const r = load(text);
      expect(r.notApplicable).toEqual([]);
      expect(r.overall.applicable).toBe(8);
      expect(r.unanswered.map((q) => q.id)).toContain('hr-ai');
      return r.unsupported.find((u) => u.id === 'hr-ai');
    };
    expect(refused(file(''))).toMatchObject({ kind: 'n/a', reason: 'missing', option: { id: 'n/a' } });
    expect(refused(file('comments:\n  hr-ai: "-"\n'))).toMatchObject({ kind: 'n/a', reason: 'placeholder' });
    expect(refused(file('comments:\n  hr-ai: No HR\n'))).toMatchObject({ kind: 'n/a', reason: 'placeholder' });
    // A sentence of substance, but the rubric sets evidenceFrom: the document is needed too.
    const sentence = 'comments:\n  hr-ai: HR is served by the Agency under agreement No. 4\n';
    expect(refused(file(sentence))).toMatchObject({ kind: 'n/a', reason: 'missing' });
    expect(refused(file(`${sentence}evidence:\n  hr-ai: "см."\n`))).toMatchObject({ kind: 'n/a', reason: 'placeholder' });
    const notAllowed = parseAnswers('a.yaml', file('  training: n/a\ncomments:\n  hr-ai: HR is served by the Agency\n  training: none yet\n'), rubric);
    expect(notAllowed.ok).toBe(false);
    if (!notAllowed.ok) expect(notAllowed.findings.map((f) => `${f.line}:${f.column}: ${f.message}`)).toEqual([
      '6:13: "n/a" is not accepted for question "training": the rubric does not allow it; choose an option',
    ]);
    const r = load(file(`${sentence}evidence:\n  hr-ai: Service agreement No. 4 of 12.01.2026\n  policy: Order No. 12 of 01.02.2026\n`));
    expect(r.overall.applicable).toBe(7);
    expect(r.overall.answered).toBe(1);
    expect(r.notApplicable).toEqual([
      expect.objectContaining({ id: 'hr-ai', reason: 'declared', label: 'The body has no HR service of its own', justification: 'HR is served by the Agency under agreement No. 4' }),
    ]);
    expect(r.unsupported).toEqual([]);
    // skills now rests on training and skills-plan alone, both blank: 0 over 2 questions.
    expect(r.recommendations.find((x) => x.id === 'skills')!.applicable).toBe(2);
  });
});

describe('the weakest link', () => {
  it('a recommendation with veto: false is left out of the cap', () => {
    const lax = rubricOf(TEXT.replace('  - id: skills\n', '  - id: skills\n    veto: false\n'));
    expect(lax.recommendations.find((x) => x.id === 'skills')!.veto).toBe(false);
    const r = score(answers({ ...BEST, training: 'none', 'hr-ai': 'no', 'skills-plan': 'no' }), lax);
    expect(r.overall.cappedBy).toBeNull();
    expect(r.overall.level?.id).toBe('established');
  });

  it('a module (the questions one gate opens) caps the level while it applies, named module:<gate>', () => {
    // The body has an AI system in operation; its two module questions at zero, everything else at best.
    const r = score(answers({ ...BEST, 'ai-systems': 'operation', 'ai-register': 'no', 'ai-audit': 'no' }));
    expect(r.modules).toEqual([expect.objectContaining({ id: 'module:ai-systems', gate: 'ai-systems', score: 0, applicable: 2 })]);
    expect(r.overall.cappedBy).toMatchObject({ id: 'module:ai-systems', score: 0 });
    expect(r.overall.level?.id).toBe('developing');
    // A body without AI: the module does not apply and caps nothing.
    const none = score(answers({ ...BEST, 'ai-systems': 'none', 'ai-register': 'no', 'ai-audit': 'no' }));
    expect(none.modules).toEqual([]);
  });

  it('caps the level one above the weakest recommendation and names it', () => {
    // law 100, infra 100, skills 0: overall 66.7 is Established, skills is Initial, so the cap is Developing.
    const r = score(answers({ ...BEST, training: 'none', 'hr-ai': 'no', 'skills-plan': 'no' }));
    expect(r.overall.score).toBe(66.7);
    expect(r.overall.uncappedLevel?.id).toBe('established');
    expect(r.overall.level?.id).toBe('developing');
    expect(r.overall.cappedBy).toMatchObject({ id: 'skills', score: 0, level: { id: 'initial' } });
    // The route to the next level raises the weakest recommendation first.
    expect(r.overall.next?.level.id).toBe('established');
    expect(r.overall.next?.reachable).toBe(true);
    expect(r.overall.next?.changes[0]!.question).toMatch(/^(training|hr-ai|skills-plan)$/);
    // The score already reaches Established: the report says to raise the weakest link, not "0.0 points to go".
    expect(r.overall.next?.pointsNeeded).toBe(0);
    const md = renderMarkdown(r);
    expect(md).toContain('Next level: Established. The overall score already reaches it; the weakest recommendation holds the level down');
    expect(md).toContain('The score alone would reach “Established”, but the weakest recommendation holds the level down: “Skills” (0.0, level “Initial”)');
  });

  it('does not cap a level that stays within one of the weakest', () => {
    // skills = (1 + 0 + 1) / 3 = 66.7, Established; overall (100 + 100 + 66.7) / 3 = 88.9, Advanced: one above.
    const r = score(answers({ ...BEST, 'hr-ai': 'no' }));
    expect(r.overall.level?.id).toBe('advanced');
    expect(r.overall.cappedBy).toBeNull();
    expect(r.overall.uncappedLevel).toBeNull();
  });
});

describe('evidence', () => {
  const claim = { ...BEST, policy: 'approved' };
  const withoutPolicyDoc = Object.fromEntries(Object.keys(claim).filter((id) => id !== 'policy').map((id) => [id, DOC]));

  it('flags a claim at or above evidenceFrom without a document, counting it as chosen', () => {
    const r = score(answers(claim, { evidence: withoutPolicyDoc }));
    expect(r.unsupported).toEqual([expect.objectContaining({ id: 'policy', option: expect.objectContaining({ id: 'approved' }), countedAs: null, evidence: 'The order' })]);
    // law = (1 + 1 + 0.67) / 3 = 89.0
    expect(recScores(r).law).toBe(89);
    const q = r.recommendations.find((x) => x.id === 'law')!.questions.find((x) => x.id === 'policy')!;
    expect(q.unsupported).toBe(true);
    expect(score(answers(claim)).unsupported).toEqual([]);
  });

  it('downgrades it to the best option below the threshold when the rubric says so', () => {
    const strict = rubricOf(TEXT.replace('unsupported: flag', 'unsupported: downgrade'));
    const r = score(answers(claim, { evidence: withoutPolicyDoc }), strict);
    expect(r.unsupported[0]!.countedAs?.id).toBe('draft');
    // law = (1 + 1 + 0.33) / 3 = 77.7
    expect(recScores(r).law).toBe(77.7);
    // Lower options need no document.
    const low = score(answers({ ...BEST, policy: 'draft' }, { evidence: withoutPolicyDoc }), strict);
    expect(low.unsupported).toEqual([]);
  });
});

describe('gaps and the next level', () => {
  it('counts answering a blank question as a change', () => {
    const partial: Record<string, string> = { ...BEST, policy: 'none' };
    delete partial['skills-plan'];
    const r = score(answers(partial));
    const blank = r.gaps.find((g) => g.question === 'skills-plan');
    expect(blank?.option).toBeNull();
    // skills-plan is one third of skills, a third of the overall: 11.1 points.
    expect(blank?.gain).toBe(11.1);
  });
});

describe('readiness analyze', () => {
  const analysis = analyzeRubric(rubric, { draws: 2000 });

  it('gives shares that add up to 100% and match the weights by hand', () => {
    const sum = analysis.shares.reduce((s, q) => s + q.share, 0);
    expect(sum).toBeCloseTo(1, 10);
    // law: 3 questions of weight 1; infra: the gate weighs 0, so 2 questions; skills: 3.
    const share = Object.fromEntries(analysis.shares.map((s) => [s.id, s.share]));
    expect(share['policy']).toBeCloseTo(1 / 9, 10);
    expect(share['data-exchange']).toBeCloseTo(1 / 6, 10);
    expect(share['ai-register']).toBeCloseTo(1 / 9 + 1 / 6, 10);
    expect(share['ai-systems']).toBe(0);
    expect(questionShares(rubric).map((s) => s.id)).toEqual(rubric.questions.map((q) => q.id));
  });

  it('scores each rung profile as an independent computation does', () => {
    // Rung k: every question at its k-th option by score; the gate decides what applies.
    const independent = (k: number) => {
      const pick = (id: string) => {
        const q = rubric.questions.find((x) => x.id === id)!;
        const sorted = [...q.options].sort((a, b) => a.score - b.score);
        return sorted[Math.min(k, sorted.length - 1)]!;
      };
      const gate = pick('ai-systems').id;
      const applies = (id: string) => (id === 'ai-register' ? gate !== 'none' : id === 'ai-audit' ? gate === 'operation' : true);
      const mean = (ids: string[]) => {
        const live = ids.filter(applies);
        return (100 * live.reduce((s, id) => s + pick(id).score, 0)) / live.length;
      };
      const law = mean(['ai-register', 'ai-audit', 'policy']);
      const infra = mean(['ai-register', 'data-exchange']);
      const skills = mean(['training', 'hr-ai', 'skills-plan']);
      return Math.round(((law + infra + skills) / 3) * 10) / 10;
    };
    const rungs = analysis.profiles.filter((p) => p.id === 'rung');
    expect(rungs).toHaveLength(4);
    for (const p of rungs) expect(p.score).toBe(independent(p.rung! - 1));
    expect(rungs.map((p) => p.score)).toEqual([0, 58.3, 96.3, 100]);
  });

  it('draws random profiles with a fixed seed: the same figures every run', () => {
    const again = analyzeRubric(rubric, { draws: 2000 });
    expect(again.profiles).toEqual(analysis.profiles);
    const uniform = analysis.profiles.find((p) => p.id === 'uniform')!;
    expect(uniform.draws).toBe(2000);
    expect(uniform.sd).toBeGreaterThan(0);
    expect(Object.values(uniform.levels!).reduce((a, b) => a + b, 0)).toBe(2000);
  });

  it('finds no route on the fixture, and the no-AI body reaches the top', () => {
    expect(analysis.routes).toEqual([]);
    expect(analysis.checks.noAi).toMatchObject({ level: 'advanced', score: 100, applicable: 6, gates: 1 });
    expect(analysis.checks.belowFloor.level).toBeNull();
  });

  it('checks that an undocumented gate answer closes nothing: a body weak in the module gains no level by it', () => {
    // ai-register and ai-audit at 0, the rest at best, gate `operation`: law (0 + 1 + 1... ) and
    // infra fall; answering `none` without the gate's document must give the same level.
    expect(analysis.checks.undocumentedGates).toHaveLength(1);
    const [u] = analysis.checks.undocumentedGates;
    expect(u).toMatchObject({ gate: 'ai-systems', option: 'none' });
    expect(u!.after).toEqual(u!.before);
    expect(u!.before.level).not.toBe('advanced');
    expect(analysis.routes.filter((r) => r.kind === 'undocumented-gate')).toEqual([]);
  });

  it('names a hidden missing pillar when the rubric has no weakest link', () => {
    const loose = analyzeRubric(rubricOf(TEXT.replace('  weakestLink: 1\n', '')), { draws: 100 });
    // skills at zero: law 100 and infra 100 give 66.7, Established: two levels above Initial.
    expect(loose.routes).toContainEqual({ kind: 'zero-pillar', level: 'established', recommendation: 'skills', score: 66.7 });
    // law at zero takes ai-register (infra's too) down with it: (0 + 50 + 100) / 3 = 50, Developing: no route.
    expect(loose.checks.zeroPillar.find((z) => z.id === 'law')).toEqual({ id: 'law', level: 'developing', score: 50 });
  });

  it('exits 0 on the fixture and 1 with a route or a share outside the band, through the CLI', () => {
    const ok = cli(['analyze', FIXTURE, '--lang', 'en']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('No gaming route found');
    const json = JSON.parse(cli(['analyze', FIXTURE, '--format', 'json']).stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.routes).toEqual([]);
  });
});

describe('validate: the method rules, each with its position', () => {
  const findings = (text: string) => {
    const loaded = parseRubric('m.yaml', text);
    return loaded.ok ? loaded.warnings.map((f) => `${f.line}:${f.column}: ${f.path}: ${f.message}`) : loaded.findings.map((f) => `${f.line}:${f.column}: ${f.path}: ${f.message}`);
  };
  const lineOf = (needle: string, text = TEXT) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('refuses a gate that names an unknown question or option', () => {
    const text = TEXT.replace('when: {question: ai-systems, in: [operation]}', 'when: {question: ai-system, in: [operation]}');
    expect(findings(text)).toEqual([`${lineOf('question: ai-system,', text)}:22: questions[2].when.question: question "ai-system" named in \`when\` is not in this rubric`]);
    const option = TEXT.replace('in: [operation]}', 'in: [running]}');
    expect(findings(option)).toEqual([`${lineOf('in: [running]', option)}:39: questions[2].when.in[0]: option "running" is not an option of question "ai-systems"; expected one of: none, pilot, operation`]);
  });

  it('refuses gates that depend on each other in a cycle', () => {
    const text = TEXT.replace('    weight: 0\n    unit: it\n', '    weight: 0\n    unit: it\n    when: {question: ai-register, in: [kept]}\n');
    const out = findings(text);
    expect(out).toHaveLength(2);
    expect(out.every((l) => l.includes('depends on itself through a chain of `when` gates'))).toBe(true);
  });

  it('refuses an undeclared unit, an unused one, a weight 0 that gates nothing, a cap beyond the levels', () => {
    expect(findings(TEXT.replace('    unit: legal\n    evidence: {ru: Акт аудита', '    unit: finance\n    evidence: {ru: Акт аудита'))).toEqual([
      `${lineOf('evidence: {ru: Акт аудита') - 1}:11: questions[2].unit: unit "finance" is not declared in \`units\``,
    ]);
    expect(findings(TEXT.replace("  - {id: legal, title: {ru: Юристы, kk: Заңгерлер, en: Legal}}\n", "  - {id: legal, title: {ru: Юристы, kk: Заңгерлер, en: Legal}}\n  - {id: hr, title: {ru: Кадры, kk: Кадрлар, en: HR}}\n"))).toEqual([
      `${lineOf('id: legal, title') + 1}:10: units[2].id: no question names unit "hr"`,
    ]);
    const zero = TEXT.replace('    recommendations: [law]\n    unit: legal\n    evidence: {ru: Приказ', '    recommendations: [law]\n    weight: 0\n    unit: legal\n    evidence: {ru: Приказ');
    expect(findings(zero)).toEqual([
      `${lineOf('evidence: {ru: Приказ', zero) - 2}:13: questions[3].weight: weight 0 is allowed only for a question that gates others through \`when\``,
    ]);
    expect(findings(TEXT.replace('weakestLink: 1', 'weakestLink: 4'))).toEqual([
      `${lineOf('weakestLink: 1')}:16: scoring.weakestLink: must be at most 3 (one less than the number of levels), or the cap never applies`,
    ]);
  });

  it('refuses a notApplicable label missing a language', () => {
    const text = TEXT.replace('notApplicable: {ru: У органа нет своей кадровой службы, kk: Органның өз кадр қызметі жоқ, en:', 'notApplicable: {ru: У органа нет своей кадровой службы, en:');
    expect(findings(text)).toEqual([`${lineOf('notApplicable:', text)}:20: questions[6].notApplicable: missing the "kk" text`]);
  });

  it('warns about a question outside the band when a gate closes others, the band scaled to the questions left', () => {
    const text = TEXT.replace('shareBand: [0.05, 0.4]', 'shareBand: [0.09, 0.28]');
    // Every share is inside 9-28% while all 7 scored questions apply. The band is stated
    // around their mean; a gate answer that leaves n of them scales it by 7/n.
    // "pilot" closes ai-audit: ai-register carries law's 1/2 + infra's 1/2 of a third, 1/3,
    // over 28% × 7/6 = 32.7%. "none" closes ai-register and ai-audit: training, hr-ai and
    // skills-plan stay at 1/9, under 9% × 7/5 = 12.6%.
    const out = findings(text);
    const line = (id: string) => lineOf(`- id: ${id}`, text);
    expect(out).toEqual([
      `${line('ai-register')}:9: questions[1]: carries 33.3% of the overall when ai-systems is answered pilot, outside the band 10.5–32.7% for the 6 scored questions that apply then`,
      ...['training', 'hr-ai', 'skills-plan'].map(
        (id, k) => `${line(id)}:9: questions[${5 + k}]: carries 11.1% of the overall when ai-systems is answered none, outside the band 12.6–39.2% for the 5 scored questions that apply then`,
      ),
    ]);
    const a = analyzeRubric(rubricOf(text), { draws: 100 });
    expect(a.scenarios.map((sc) => [sc.gate, sc.option, sc.closed, sc.band!.map((x) => Math.round(x * 1000) / 1000)])).toEqual([
      ['ai-systems', 'none', 2, [0.126, 0.392]],
      ['ai-systems', 'pilot', 1, [0.105, 0.327]],
    ]);
    expect(a.outsideBand.sort()).toEqual(['ai-register', 'hr-ai', 'skills-plan', 'training']);
    expect(a.shares.find((x) => x.id === 'policy')!.whenClosed.map((c) => [c.option, Math.round(c.share * 1000) / 1000, c.outside])).toEqual([
      ['none', 0.333, false],
      ['pilot', 0.167, false],
    ]);
    // A closed question has no share in its own scenario.
    expect(a.shares.find((x) => x.id === 'ai-audit')!.whenClosed).toEqual([]);
  });

  it('warns about every question outside the share band, and still accepts the rubric', () => {
    const out = findings(TEXT.replace('shareBand: [0.05, 0.4]', 'shareBand: [0.12, 0.4]'));
    // 1/9 = 11.1%: policy, ai-audit, training, hr-ai, skills-plan fall below 12%.
    const always = out.filter((l) => !l.includes(' when '));
    expect(always).toHaveLength(5);
    expect(always[0]).toMatch(/questions\[2\]: carries 11\.1% of the overall, outside the band 12–40%$/);
    // One warning per question: training, hr-ai and skills-plan, below the band in the gate's
    // scenarios too, are named once (a warning per scenario grew as n² on a chain of gates).
    expect(out).toHaveLength(5);
  });
});
