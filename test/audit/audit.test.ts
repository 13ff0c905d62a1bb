import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NA, type Answers } from '../../src/answers/model.js';
import { checkVerdicts } from '../../src/audit/check.js';
import type { Audit, Verdict } from '../../src/audit/model.js';
import { claimPoints, sampleClaims, weightedSample } from '../../src/audit/sample.js';
import { levelRank } from '../../src/audit/key.js';
import { auditedReport, measuredOn, verifiedAnswers, verifiedReport } from '../../src/audit/verify.js';
import { auditView } from '../../src/report/audit-view.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { evidenceText } from '../../src/evidence/describe.js';
import { seededRandom } from '../../src/random.js';
import { parseRubric } from '../../src/rubric/load.js';
import type { Question, Rubric } from '../../src/rubric/model.js';
import { ReportSchema } from '../../src/report/schema.js';
import { closesQuestions, scoreAnswers, summarizeAnswers } from '../../src/scoring/score.js';
import { parseAnswers } from '../../src/answers/load.js';

setMessageLang('en');
const loaded = parseRubric('rubrics/default.yaml', readFileSync('rubrics/default.yaml', 'utf8'));
if (!loaded.ok) throw new Error('default rubric');
const rubric: Rubric = loaded.value.rubric;
const tool = { name: 'readiness', version: 'test' };
const byId = new Map(rubric.questions.map((q) => [q.id, q]));
const gates = new Set(rubric.questions.flatMap((q) => (q.when ? [q.when.question] : [])));

function fixture(name: string): Answers {
  const file = `test/fixtures/answers/v2/${name}.yaml`;
  const parsed = parseAnswers(file, readFileSync(file, 'utf8'), rubric);
  if (!parsed.ok) throw new Error(file);
  return parsed.value;
}
const ministry = fixture('ministry-well-along');
const akimat = fixture('akimat-starting');
const agency = fixture('agency-in-between');

const verdict = (v: Verdict['verdict'], option: string | null = null): Verdict => ({ verdict: v, option, note: null });
const audit = (verdicts: Array<[string, Verdict]>): Audit => ({ file: 'x.audit.yaml', auditor: 'A', date: '2026-04-10', organization: 'X', sha256: 'a'.repeat(64), verdicts });
const lowest = (q: Question) => q.options.reduce((a, b) => (b.score < a.score ? b : a));

describe('weighted sample without replacement', () => {
  it('draws each item as often as successive weighted draws would (exact probabilities by enumeration)', () => {
    // The exact inclusion probability of each item in a sample of 2 drawn one by one, each
    // draw proportional to weight among those left: worked out here by enumerating every
    // ordered pair, independently of the key method the sampler uses.
    const weights = [1, 2, 3, 4, 0];
    const total = weights.reduce((a, b) => a + b, 0);
    const exact = weights.map(() => 0);
    for (let i = 0; i < weights.length; i++) {
      for (let j = 0; j < weights.length; j++) {
        if (i === j) continue;
        const p = (weights[i]! / total) * (weights[j]! / (total - weights[i]!));
        exact[i]! += p;
        exact[j]! += p;
      }
    }
    const runs = 40_000;
    const seen = weights.map(() => 0);
    const random = seededRandom(12345);
    const items = weights.map((_, i) => i);
    for (let r = 0; r < runs; r++) for (const i of weightedSample(items, (i) => weights[i]!, 2, random)) seen[i]!++;
    seen.forEach((count, i) => expect(Math.abs(count / runs - exact[i]!)).toBeLessThan(0.01));
    // An item of weight 0 is never drawn.
    expect(seen[4]).toBe(0);
  });

  it('keeps the order of the items and never takes more than asked', () => {
    const random = seededRandom(1);
    const picked = weightedSample([1, 2, 3, 4, 5, 6], () => 1, 3, random);
    expect(picked).toHaveLength(3);
    expect([...picked].sort((a, b) => a - b)).toEqual(picked);
    expect(weightedSample([1, 2], () => 1, -1, random)).toEqual([]);
  });
});

describe('audit sample', () => {
  const declared = scoreAnswers(rubric, akimat, { lang: 'en', tool });
  const options = { size: 10, seed: 1, lang: 'en' as const, sha256: 'b'.repeat(64) };

  it('takes every n/a and every gate answer that closes questions, then the draw up to the size', () => {
    const claims = sampleClaims(rubric, akimat, declared, options);
    const must = [...akimat.answers].filter(([id, o]) => o === NA || closesQuestions(rubric, byId.get(id)!, o)).map(([id]) => id);
    expect(must.length).toBeGreaterThan(0);
    for (const id of must) expect(claims.map((c) => c.id)).toContain(id);
    expect(claims).toHaveLength(10);
    expect(claims.filter((c) => c.reason === 'sample')).toHaveLength(10 - must.length);
    // Each sampled claim carries what the auditor needs from the file alone.
    const gate = claims.find((c) => c.reason === 'gate')!;
    expect(gate.question).toBe(byId.get(gate.id)!.text.en);
    expect(gate.shows).toBe(byId.get(gate.id)!.evidence!.en);
    expect(gate.cited).toBe(evidenceText(akimat.evidence.get(gate.id)!, akimat.documents));
  });

  it('puts every flagged claim first, even beyond the size', () => {
    const flags = [...akimat.answers.keys()].filter((id) => akimat.answers.get(id) !== NA).slice(0, 12).map((id) => ({ id, kind: 'reused-document' }));
    const claims = sampleClaims(rubric, akimat, declared, { ...options, flags });
    expect(claims.slice(0, 12).map((c) => c.id)).toEqual(flags.map((f) => f.id));
    expect(claims.slice(0, 12).every((c) => c.reason === 'flag:reused-document')).toBe(true);
    expect(claims.filter((c) => c.reason === 'sample')).toHaveLength(0);
  });

  it('is reproducible from the seed and keyed on the body, and another seed draws another sample', () => {
    const a = sampleClaims(rubric, ministry, scoreAnswers(rubric, ministry, { lang: 'en', tool }), options);
    const b = sampleClaims(rubric, ministry, scoreAnswers(rubric, ministry, { lang: 'en', tool }), options);
    expect(b).toEqual(a);
    const seeds = new Set([1, 2, 3, 4, 5].map((seed) => JSON.stringify(sampleClaims(rubric, ministry, scoreAnswers(rubric, ministry, { lang: 'en', tool }), { ...options, seed }).map((c) => c.id))));
    expect(seeds.size).toBeGreaterThan(1);
  });

  it('weighs claims by the overall points they carry: together they add up to the overall score', () => {
    const report = scoreAnswers(rubric, ministry, { lang: 'en', tool });
    const total = [...claimPoints(report).values()].reduce((a, b) => a + b, 0);
    expect(Math.abs(total - report.overall.score!)).toBeLessThan(0.2);
  });
});

describe('the answers as verified', () => {
  it('takes a rejected claim at the auditor\'s option, or at the lowest option without one', () => {
    const [a, b] = [...ministry.answers.keys()].filter((id) => !gates.has(id) && ministry.answers.get(id) !== NA);
    const q = byId.get(b!)!;
    const other = q.options.find((o) => o.id !== ministry.answers.get(a!) && byId.get(a!)!.options.includes(o)) ?? byId.get(a!)!.options.find((o) => o.id !== ministry.answers.get(a!))!;
    const v = verifiedAnswers(rubric, ministry, audit([[a!, verdict('rejected', other.id)], [b!, verdict('rejected')]]));
    expect(v.answers.get(a!)).toBe(other.id);
    expect(v.answers.get(b!)).toBe(lowest(q).id);
  });

  it('counts a rejected n/a or gate answer as not given; confirmed and blank verdicts change nothing', () => {
    const na = [...akimat.answers].find(([, o]) => o === NA)![0];
    const gate = [...akimat.answers.keys()].find((id) => gates.has(id))!;
    const kept = [...akimat.answers.keys()].find((id) => id !== na && id !== gate)!;
    const v = verifiedAnswers(rubric, akimat, audit([[na, verdict('rejected')], [gate, verdict('rejected')], [kept, verdict('confirmed')]]));
    expect(v.answers.has(na)).toBe(false);
    expect(v.answers.has(gate)).toBe(false);
    expect(v.answers.get(kept)).toBe(akimat.answers.get(kept));
    expect(verifiedAnswers(rubric, akimat, audit([[kept, verdict(null)]])).answers).toEqual(akimat.answers);
  });

  it('not-found: the claim counts as rejected, and every claim without a verdict keeps its answer but loses its evidence', () => {
    const claims = [...ministry.answers.keys()].filter((id) => !gates.has(id) && ministry.answers.get(id) !== NA && ministry.evidence.has(id));
    const [missing, kept, blank] = claims;
    const v = verifiedAnswers(rubric, ministry, audit([[missing!, verdict('not-found')], [kept!, verdict('confirmed')], [blank!, verdict(null)]]));
    expect(v.answers.get(missing!)).toBe(lowest(byId.get(missing!)!).id);
    expect(v.evidence.get(kept!)).toEqual(ministry.evidence.get(kept!));
    expect(v.evidence.has(blank!)).toBe(false);
    for (const id of ministry.answers.keys()) if (id !== missing && id !== kept) expect(v.evidence.has(id), id).toBe(false);
    // Every answer stays given: the method's evidence rule, not the audit, judges the claims now without documents.
    expect([...v.answers.keys()]).toEqual([...ministry.answers.keys()]);
    // A plain rejection of the same claim takes nothing else on trust away.
    const rejected = verifiedAnswers(rubric, ministry, audit([[missing!, verdict('rejected')], [kept!, verdict('confirmed')]]));
    expect(rejected.evidence).toEqual(ministry.evidence);
    const declared = scoreAnswers(rubric, ministry, { lang: 'en', tool });
    const found = auditedReport(rubric, ministry, audit([[missing!, verdict('not-found')], [kept!, verdict('confirmed')]]), declared, { lang: 'en', tool }).audit!;
    const plain = auditedReport(rubric, ministry, audit([[missing!, verdict('rejected')], [kept!, verdict('confirmed')]]), declared, { lang: 'en', tool }).audit!;
    expect(found.verified!.score!).toBeLessThan(plain.verified!.score! - 10);
    expect([found.rejected, found.notFound, found.confirmed]).toEqual([1, 1, 1]);
    expect([plain.rejected, plain.notFound]).toEqual([1, 0]);
    // The independent reading: the file without the evidence of its unchecked claims, the claim at its lowest option.
    const stripped = new Map([...ministry.evidence].filter(([id]) => id === missing || id === kept));
    const answers = new Map(ministry.answers).set(missing!, lowest(byId.get(missing!)!).id);
    expect(found.verified!.score).toBe(scoreAnswers(rubric, { ...ministry, answers, evidence: stripped }, { lang: 'en', tool }).overall.score);
  });

  it('reports the verified result as the scoring of the answers as verified, beside the declared one', () => {
    const gate = [...akimat.answers.keys()].find((id) => gates.has(id))!;
    const declared = scoreAnswers(rubric, akimat, { lang: 'en', tool });
    const report = auditedReport(rubric, akimat, audit([[gate, verdict('rejected')]]), declared, { lang: 'en', tool });
    const without = new Map(akimat.answers);
    without.delete(gate);
    const expected = scoreAnswers(rubric, { ...akimat, answers: without }, { lang: 'en', tool });
    expect(report.audit!.verified!.score).toBe(expected.overall.score);
    expect(report.audit!.declared.score).toBe(declared.overall.score);
    expect(report.audit!.verified!.score!).toBeLessThan(declared.overall.score!);
    expect(report.audit!.rejected).toBe(1);
    expect(report.audit!.unchecked).toBe(akimat.answers.size - 1);
    expect(report.overall).toEqual(declared.overall);
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });

  it('never scores above the declared result unless an auditor raised an answer', () => {
    const ids = rubric.questions.map((q) => q.id);
    const answerOf = (q: Question) => fc.oneof(fc.constantFrom(...q.options.map((o) => o.id)), ...(q.notApplicable ? [fc.constant(NA)] : []), fc.constant(undefined));
    const body = fc.record(Object.fromEntries(rubric.questions.map((q) => [q.id, answerOf(q)])) as Record<string, fc.Arbitrary<string | undefined>>);
    const raised = (q: Question, claimed: string, v: Verdict) => {
      if ((v.verdict !== 'rejected' && v.verdict !== 'not-found') || v.option === null) return false;
      // An option for an n/a or a gate answer can bring questions back or take them out; a higher option raises.
      if (claimed === NA || gates.has(q.id) || v.option === NA) return true;
      return q.options.find((o) => o.id === v.option)!.score > q.options.find((o) => o.id === claimed)!.score;
    };
    fc.assert(
      fc.property(body, fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom<Verdict['verdict']>('confirmed', 'rejected', 'not-found', null), fc.nat(10), fc.boolean())), fc.boolean(), (map, raw, withEvidence) => {
        const given = Object.entries(map).filter((e): e is [string, string] => e[1] !== undefined);
        const answers: Answers = {
          rubric: { id: rubric.id, version: rubric.version },
          respondent: { organization: 'Body' },
          answers: new Map(given),
          comments: new Map(given.map(([id]) => [id, 'The body has no such function under its statute, as its regulation states.'])),
          evidence: new Map(withEvidence ? given.map(([id]) => [id, { text: `Order No. 1-${id} of 1 February 2026` }]) : []),
          documents: new Map(),
        };
        const verdicts: Array<[string, Verdict]> = [];
        const seen = new Set<string>();
        let anyRaised = false;
        for (const [id, v, pick, withOption] of raw) {
          const claimed = answers.answers.get(id);
          if (claimed === undefined || seen.has(id)) continue;
          seen.add(id);
          const q = byId.get(id)!;
          const option = withOption && (v === 'rejected' || v === 'not-found') ? q.options[pick % q.options.length]!.id : null;
          if (option === claimed) continue;
          const entry = verdict(v, option);
          anyRaised ||= raised(q, claimed, entry);
          verdicts.push([id, entry]);
        }
        const declared = scoreAnswers(rubric, answers, { lang: 'en', tool });
        const verified = auditedReport(rubric, answers, audit(verdicts), declared, { lang: 'en', tool }).audit!.verified!;
        if (anyRaised) return;
        const rank = (l: { id: string } | null) => (l === null ? -1 : rubric.levels.findIndex((x) => x.id === l.id));
        expect(verified.score ?? 0).toBeLessThanOrEqual(declared.overall.score ?? 0);
        if (declared.overall.level !== null || verified.level !== null) expect(rank(verified.level)).toBeLessThanOrEqual(rank(declared.overall.level));
      }),
      { numRuns: 150, seed: 20260410 },
    );
  });

  it('can exceed the declared result when the auditor raises an answer', () => {
    const id = [...agency.answers.keys()].find((x) => {
      const q = byId.get(x)!;
      const o = agency.answers.get(x)!;
      return !gates.has(x) && o !== NA && q.options.some((p) => p.score > q.options.find((c) => c.id === o)!.score);
    })!;
    const q = byId.get(id)!;
    const best = q.options.reduce((a, b) => (b.score > a.score ? b : a));
    const declared = scoreAnswers(rubric, agency, { lang: 'en', tool });
    const report = auditedReport(rubric, agency, audit([[id, verdict('rejected', best.id)]]), declared, { lang: 'en', tool });
    expect(report.audit!.verified!.score!).toBeGreaterThan(declared.overall.score!);
  });
});

describe('verdicts checked against the rubric and the answers', () => {
  it('refuses a verdict on an unanswered question, an unknown question and an option that does not exist', () => {
    const unanswered = rubric.questions.find((q) => !agency.answers.has(q.id))!.id;
    const answered = [...agency.answers.keys()].find((id) => agency.answers.get(id) !== NA)!;
    const issues = checkVerdicts(
      rubric,
      audit([[unanswered, verdict('confirmed')], ['no-such', verdict('confirmed')], [answered, verdict('rejected', 'no-such-option')]]),
      agency,
      'en',
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual([`verdicts.${unanswered}.verdict`, 'verdicts.no-such', `verdicts.${answered}.option`]);
    expect(issues[0]!.message).toMatch(/does not answer/);
    // A blank entry on an unanswered question says nothing and is left alone.
    expect(checkVerdicts(rubric, audit([[unanswered, verdict(null)]]), agency, 'en')).toEqual([]);
  });

  it('refuses a confirmed claim with another option and a rejection with the option claimed', () => {
    const [id] = [...agency.answers.keys()].filter((x) => agency.answers.get(x) !== NA);
    const claimed = agency.answers.get(id!)!;
    const other = byId.get(id!)!.options.find((o) => o.id !== claimed)!.id;
    const issues = checkVerdicts(rubric, audit([[id!, verdict('confirmed', other)]]), agency, 'en');
    expect(issues).toHaveLength(1);
    expect(checkVerdicts(rubric, audit([[id!, verdict('rejected', claimed)]]), agency, 'en')).toHaveLength(1);
    expect(checkVerdicts(rubric, audit([[id!, verdict('rejected', other)]]), agency, 'en')).toEqual([]);
    expect(checkVerdicts(rubric, audit([[id!, verdict('not-found', claimed)]]), agency, 'en')).toHaveLength(1);
    expect(checkVerdicts(rubric, audit([[id!, verdict('not-found', other)]]), agency, 'en')).toEqual([]);
  });
});

describe('a rejected gate answer', () => {
  it("opens the questions it closed as unanswered: what the file said of them, under its own 'none', lifts nothing", () => {
    // A weak body without AI that also filled in the AI-system module at the top: declared, the
    // module does not apply; with "none" rejected, those unchecked answers must not count.
    const gate = rubric.questions.find((q) => gates.has(q.id))!;
    const closing = gate.options.find((o) => !rubric.questions.some((d) => d.when?.question === gate.id && d.when.in.includes(o.id)))!;
    const best = (q: Question) => q.options.reduce((a, b) => (b.score > a.score ? b : a));
    const given = new Map<string, string>();
    for (const q of rubric.questions) given.set(q.id, q.id === gate.id ? closing.id : q.when ? best(q).id : lowest(q).id);
    const answers: Answers = { ...akimat, answers: given, evidence: new Map(), comments: new Map() };
    const declared = scoreAnswers(rubric, answers, { lang: 'en', tool });
    const verified = verifiedAnswers(rubric, answers, audit([[gate.id, verdict('rejected')]]));
    const gated = rubric.questions.filter((q) => q.when?.question === gate.id);
    for (const q of gated) expect(verified.answers.has(q.id)).toBe(false);
    const after = scoreAnswers(rubric, verified, { lang: 'en', tool });
    expect(after.overall.score).toBeLessThanOrEqual(declared.overall.score);
    // An auditor who checked one of them keeps it.
    const kept = verifiedAnswers(rubric, answers, audit([[gate.id, verdict('rejected')], [gated[0]!.id, verdict('confirmed')]]));
    expect(kept.answers.get(gated[0]!.id)).toBe(best(gated[0]!).id);
  });
});

describe('the verified level rests on checked documents (key claims)', () => {
  const options = { lang: 'en' as const, tool };
  const rankOf = (id: string | null | undefined) => levelRank(rubric, id);
  const confirmAll = (claims: ReadonlyArray<{ id: string }>): Audit => audit(claims.map((c) => [c.id, verdict('confirmed')]));

  it('samples every claim the declared level rests on, so a sample confirmed in full verifies the declared level', () => {
    for (const body of [ministry, agency, akimat]) {
      const declared = scoreAnswers(rubric, body, options);
      const sha256 = createHash('sha256').update(body.respondent.organization).digest('hex');
      for (let seed = 1; seed <= 8; seed++) {
        const claims = sampleClaims(rubric, body, declared, { size: 10, seed, lang: 'en', sha256 });
        // On the same day as declared (no later day in the audit), every sampled claim confirmed.
        const verified = verifiedReport(rubric, body, { verdicts: confirmAll(claims).verdicts }, options);
        expect(verified.overall.level?.id, `${body.respondent.organization}, seed ${seed}`).toBe(declared.overall.level?.id);
        expect(verified.overall.heldAt).toBeUndefined();
      }
    }
    // The ministry's level rests on more claims than a draw of ten would take.
    const declared = scoreAnswers(rubric, ministry, options);
    const claims = sampleClaims(rubric, ministry, declared, { size: 10, seed: 1, lang: 'en', sha256: 'c'.repeat(64) });
    expect(claims.filter((c) => c.reason === 'key').length).toBeGreaterThan(10);
    expect(claims.filter((c) => c.reason === 'sample').length).toBe(10 - claims.filter((c) => c.reason === 'n/a' || c.reason === 'gate' || c.reason.startsWith('flag:')).length);
  });

  it('holds the verified level to what the checked claims carry, and names the unchecked claims the higher one rests on', () => {
    const declared = scoreAnswers(rubric, ministry, options);
    const some = [...ministry.evidence.keys()].slice(0, 4);
    const partial = { verdicts: some.map((id): [string, Verdict] => [id, verdict('confirmed')]) };
    const held = verifiedReport(rubric, ministry, partial, options);
    expect(held.overall.score).toBe(declared.overall.score);
    expect(rankOf(held.overall.level?.id)).toBeLessThan(rankOf(declared.overall.level?.id));
    expect(held.overall.heldAt?.level.id).toBe(declared.overall.level?.id);
    const named = held.overall.heldAt!.claims;
    expect(named.length).toBeGreaterThan(0);
    expect(named.some((id) => some.includes(id))).toBe(false);
    // Checking the claims it names verifies the level.
    const more = { verdicts: [...some, ...named].map((id): [string, Verdict] => [id, verdict('confirmed')]) };
    const verified = verifiedReport(rubric, ministry, more, options);
    expect(verified.overall.level?.id).toBe(declared.overall.level?.id);
    expect(verified.overall.heldAt).toBeUndefined();
    // The report's audit block says so, in words.
    const report = auditedReport(rubric, ministry, audit(partial.verdicts), declared, options);
    expect(report.audit!.held?.claims.map((c) => c.id)).toEqual(named);
    expect(report.audit!.verified!.level?.id).toBe(held.overall.level?.id ?? undefined);
    expect(auditView(report)!.counts).toMatch(/rests on \d+ claims? not checked \(/);
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });

  it('after a claim found overstated, unchecked answers carry nothing until checked: the auditor extends the test to the claims named', () => {
    const declared = scoreAnswers(rubric, ministry, options);
    const claims = sampleClaims(rubric, ministry, declared, { size: 10, seed: 2, lang: 'en', sha256: 'e'.repeat(64) });
    // One drawn claim one rung lower than claimed; every other one confirmed.
    const lowered = claims.find((c) => {
      const q = byId.get(c.id)!;
      return c.claimed.option !== NA && !gates.has(c.id) && [...q.options].sort((a, b) => a.score - b.score).findIndex((o) => o.id === c.claimed.option) > 1;
    })!;
    const q = byId.get(lowered.id)!;
    const sorted = [...q.options].sort((a, b) => a.score - b.score);
    const below = sorted[sorted.findIndex((o) => o.id === lowered.claimed.option) - 1]!;
    const verdicts = claims.map((c): [string, Verdict] => [c.id, c.id === lowered.id ? verdict('rejected', below.id) : verdict('confirmed')]);
    const first = verifiedReport(rubric, ministry, { verdicts }, options);
    // Without the rejection the same sample verifies the declared level; with it, the unchecked rest no longer carries it.
    const plain = verifiedReport(rubric, ministry, { verdicts: claims.map((c): [string, Verdict] => [c.id, verdict('confirmed')]) }, options);
    expect(plain.overall.level?.id).toBe(declared.overall.level?.id);
    expect(first.overall.heldAt).toBeDefined();
    const named = first.overall.heldAt!.claims;
    expect(named.some((id) => claims.some((c) => c.id === id))).toBe(false);
    // The auditor checks the claims named and confirms them: the level the verified score reaches is verified.
    const extended = verifiedReport(rubric, ministry, { verdicts: [...verdicts, ...named.map((id): [string, Verdict] => [id, verdict('confirmed')])] }, options);
    expect(extended.overall.heldAt).toBeUndefined();
    expect(extended.overall.level?.id).toBe(first.overall.heldAt!.level.id);
  });

  it('invented-partial: documents invented for some claims never lift the verified level above what needs no document for them, whatever the draw', () => {
    // Claims below their top in the ministry's file, each raised to its top on an invented,
    // well-formed reference. An auditor meets an invented document only where the sample draws
    // it (not-found), and confirms every other claim sampled.
    const below = rubric.questions.filter((q) => {
      const o = ministry.answers.get(q.id);
      if (o === undefined || o === NA || gates.has(q.id)) return false;
      return q.options.find((x) => x.id === o)!.score < Math.max(...q.options.map((x) => x.score));
    });
    expect(below.length).toBeGreaterThan(16);
    let escaped = 0;
    let paid = 0;
    for (const k of [4, 8, 12, 16]) {
      for (let seed = 1; seed <= 10; seed++) {
        const invented = below.slice((seed * 3) % (below.length - k), ((seed * 3) % (below.length - k)) + k);
        const answers = new Map(ministry.answers);
        const evidence = new Map(ministry.evidence);
        for (const q of invented) {
          answers.set(q.id, q.options.reduce((a, b) => (b.score > a.score ? b : a)).id);
          evidence.set(q.id, { text: `Приказ № ${700 + seed}-${q.id.length} от 02.02.2026` });
        }
        const inflated: Answers = { ...ministry, answers, evidence };
        // What needs no document for the invented claims: the same file without their references.
        const ceiling = summarizeAnswers(rubric, { ...inflated, evidence: new Map([...evidence].filter(([id]) => !invented.some((q) => q.id === id))) });
        const declared = scoreAnswers(rubric, inflated, options);
        if (rankOf(declared.overall.level?.id) > rankOf(ceiling.level)) paid++;
        const claims = sampleClaims(rubric, inflated, declared, { size: 10, seed, lang: 'en', sha256: 'd'.repeat(64) });
        const verdictOn = (c: { id: string }): [string, Verdict] => [c.id, verdict(invented.some((q) => q.id === c.id) ? 'not-found' : 'confirmed')];
        // The sample as drawn, checked in full.
        const verified = verifiedReport(rubric, inflated, { verdicts: claims.map(verdictOn) }, options);
        expect(rankOf(verified.overall.level?.id), `k ${k}, seed ${seed}`).toBeLessThanOrEqual(rankOf(ceiling.level));
        // An auditor who checks the random draw alone and leaves the key claims blank: what is not
        // checked carries nothing, so the invented documents that escaped the draw lift nothing.
        const drawn = claims.filter((c) => c.reason === 'sample');
        if (!drawn.some((c) => invented.some((q) => q.id === c.id))) escaped++;
        const lazy = verifiedReport(rubric, inflated, { verdicts: drawn.map(verdictOn) }, options);
        expect(rankOf(lazy.overall.level?.id), `k ${k}, seed ${seed}, the draw alone`).toBeLessThanOrEqual(rankOf(ceiling.level));
      }
    }
    // The route would pay without the audit, and invented documents escaped the random draw.
    expect(paid).toBeGreaterThan(0);
    expect(escaped).toBeGreaterThan(0);
  });
});

describe('the day the verified result is measured from', () => {
  it('is the day the answers were received, else the audit\'s date, never before the assessment date', () => {
    const dated = { ...ministry, date: '2026-03-01' };
    expect(measuredOn(dated, { received: '2026-05-02', date: '2026-06-01' })).toBe('2026-05-02');
    expect(measuredOn(dated, { received: null, date: '2026-06-01' })).toBe('2026-06-01');
    expect(measuredOn(dated, { received: null, date: '2026-02-01' })).toBe('2026-03-01');
    expect(measuredOn(dated, {})).toBe('2026-03-01');
    expect(verifiedAnswers(rubric, dated, { verdicts: [], received: '2026-05-02', date: null }).checkedOn).toBe('2026-05-02');
    expect(verifiedAnswers(rubric, dated, { verdicts: [], date: '2026-01-01' }).checkedOn).toBeUndefined();
  });
});
