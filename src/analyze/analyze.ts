import type { Answers } from '../answers/model.js';
import type { Lang } from '../i18n/lang.js';
import type { Question, Rubric } from '../rubric/model.js';
import { outsideBand, questionShares, scenarioBands } from '../rubric/shares.js';
import type { Report } from '../report/schema.js';
import { round1 } from '../scoring/round.js';
import { scoreOverall, type OverallOutcome } from '../scoring/overall.js';
import { questionStates, scoreAnswers } from '../scoring/score.js';
import { prepare } from '../scoring/states.js';
import { seededRandom } from '../random.js';
import { claimPoints } from '../audit/sample.js';
import type { Audit } from '../audit/model.js';
import { verifiedAnswers } from '../audit/verify.js';
import { monthsBefore } from '../evidence/dates.js';
import { documentTypeLabel } from '../evidence/labels.js';

/** What a simulated respondent reached. */
export interface ProfileResult {
  id: string;
  /** rung profiles: which rung; random ones: how many draws. */
  rung?: number;
  draws?: number;
  score: number | null;
  /** For random profiles: the spread (standard deviation) of the overall score. */
  sd?: number;
  /** Level id reached (for random profiles: the most frequent one); null when none. */
  level: string | null;
  /** For random profiles: how many draws reached each level id (`none`: no level). */
  levels?: Record<string, number>;
  coverage: number;
}

/** A way to a level that the method should not allow. */
export interface GamingRoute {
  kind:
    | 'below-floor'
    | 'skip-zeros'
    | 'zero-pillar'
    | 'no-ai-ceiling'
    | 'undocumented-gate'
    /** Every claim "evidenced" by a placeholder reaches a level, and the report names none of them unsupported. */
    | 'placeholder-evidence'
    /** `n/a` wherever offered, justified by a sentence but no document, raises the level above answering those questions honestly. */
    | 'na-everywhere'
    /** One document cited for every claim reaches a level without a reused-document flag. */
    | 'one-document'
    /** Each claim on its own document of years ago reaches a level above what needs no document, and some such claim is neither refused nor flagged. */
    | 'old-documents'
    /** Each claim on its own invented, well-formed, recent document: one found by the audit (`not-found`) leaves the verified level above what needs no document. */
    | 'invented-documents'
    /** A gate's closing answer with a placeholder for its document takes its questions out and raises the level. */
    | 'placeholder-gate'
    /** A module at zero under an otherwise top body stays more than the weakest link allows above it. */
    | 'zero-module'
    /**
     * A gate closed against the file's own answers: an option that implies the module applies
     * is chosen, the gate still answered with its closing option and the module left blank, and
     * the level rises above what the module at zero allows.
     */
    | 'contradicted-gate';
  /** The gate answered without its document (undocumented-gate). */
  gate?: string;
  /** The level reached (or, for the ceiling, the level the exemplary body stops at). */
  level: string | null;
  /** The recommendation at zero (zero-pillar). */
  recommendation?: string;
  /** The module's gate (zero-module, placeholder-gate). */
  module?: string;
  score: number | null;
}

/** `readiness analyze`'s result: the method's view of a rubric, on the rubric alone. */
export interface Analysis {
  schemaVersion: 1;
  rubric: { id: string; version: string; sha256: string };
  method: Rubric['scoring'];
  levels: Array<{ id: string; min: number }>;
  shares: Array<{
    id: string;
    area: string;
    unit: string | null;
    weight: number;
    share: number;
    /** Its share when a gate's answer closes other questions (one entry per gate scenario, while this one stays open). */
    whenClosed: Array<{ gate: string; option: string; share: number; outside: boolean }>;
    /** Outside `scoring.shareBand` with every question applicable, or outside a gate scenario's band (`scenarioShares`). */
    outsideBand: boolean;
    byRecommendation: Array<{ id: string; share: number }>;
  }>;
  /** The ways a gate's answer can take questions out of the score (see `gateScenarios`). */
  scenarios: Array<{ gate: string; option: string; closed: number; band: [number, number] | null }>;
  sections: Array<{ id: string; share: number }>;
  recommendations: Array<{ id: string; share: number; questions: number }>;
  profiles: ProfileResult[];
  checks: {
    /** The highest level reached with one answer fewer than the coverage floor asks for (must be none). */
    belowFloor: { answered: number; applicable: number; level: string | null; score: number | null };
    /** The level reached at exactly the floor, the best-paying questions answered at best, the rest blank. */
    atFloor: { answered: number; level: string | null; score: number | null };
    /** Per recommendation: the level reached with it at zero and everything else at best. */
    zeroPillar: Array<{ id: string; level: string | null; score: number | null }>;
    /** A weak body with and without its zero answers. */
    skipZeros: { answeredAll: { level: string | null; score: number | null }; skipped: { level: string | null; score: number | null; coverage: number } };
    /** The exemplary body whose gated questions do not apply. */
    noAi: { level: string | null; score: number | null; applicable: number; gates: number };
    /**
     * Per gate: a body at its best except the gated questions, at their worst; then the same
     * answers with the gate saying "does not apply" and no document for it. The level must not rise.
     */
    undocumentedGates: Array<{ gate: string; option: string; before: { level: string | null; score: number | null }; after: { level: string | null; score: number | null } }>;
    /** The claims routes (SPEC.md "Method", analyze): each profile's level and what the report said of it. */
    claims: {
      placeholderEvidence: { level: string | null; score: number | null; unsupported: number };
      naEverywhere: { questions: number; level: string | null; score: number | null; honest: { level: string | null; score: number | null }; counted: number };
      oneDocument: { level: string | null; score: number | null; flagged: number };
      /** Every answer at its best option below `evidenceFrom`, no document cited: what needs no document (the floor the two below are held to). */
      noDocuments: { level: string | null; score: number | null };
      /** Every answer at its best, each claim on its own document dated a month past `oldAfterMonths` (13 months without it) before the file's date. */
      oldDocuments: { level: string | null; score: number | null; months: number; refused: number; flagged: number; unflagged: number };
      /** Every answer at its best, each claim on its own recent document, at most `maxCitations` a day: declared, then verified after one `not-found` on the claim that carries the most points. */
      invented: { declared: { level: string | null; score: number | null }; flagged: number; verified: { level: string | null; score: number | null; unsupported: number } };
      placeholderGates: Array<{ gate: string; option: string; before: { level: string | null; score: number | null }; after: { level: string | null; score: number | null } }>;
      zeroModules: Array<{ gate: string; level: string | null; score: number | null }>;
      /**
       * Per gate and option that implies its module applies: a body at the top with that
       * option chosen, the gate at its closing answer and the module blank (after), against the
       * same body with the gate at the implied answer and the module at zero (allowed).
       */
      contradictedGates: Array<{
        gate: string;
        option: string;
        implied: { question: string; option: string };
        allowed: { level: string | null; score: number | null };
        after: { level: string | null; score: number | null };
      }>;
    };
  };
  routes: GamingRoute[];
  /** Question ids outside `scoring.shareBand`. */
  outsideBand: string[];
}

export interface AnalyzeOptions {
  /** Random draws per random profile; at least 10,000 for the figures SPEC asks. */
  draws?: number;
  seed?: number;
}

const TOOL = { name: 'readiness', version: 'analyze' };
/** A reference that names a document, distinct per question: what a documented profile cites. */
const documentFor = (i: number) => ({ text: `Order No. ${i + 1} of 01.02.2026` }) as const;
/** The date of the files the dated profiles (old and invented paper) bear. */
const ANALYSIS_DAY = '2026-06-01';
/** An ISO day moved by whole days. */
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** An ISO day as a free reference writes it: 01.02.2026. */
const dottedDay = (iso: string) => iso.split('-').reverse().join('.');
/** A placeholder where a document should be. */
const PLACEHOLDER = { text: '-' } as const;
/** A sentence of substance with no document: what an `n/a` profile gives as its reason. */
const NA_REASON = 'This question does not apply to the body, as its head has confirmed.';

/**
 * Analyses a rubric's method on the rubric alone (SPEC.md "Method", `analyze`): each
 * question's effective share of the overall, simulated respondent profiles scored by the
 * real engine, and the gaming routes it finds. Pure and deterministic (seeded).
 */
/** The largest share of the overall a recommendation outside the weakest-link veto may carry. */
export const VETO_FREE_SHARE = 0.1;

export function analyzeRubric(rubric: Rubric, options: AnalyzeOptions = {}): Analysis {
  const draws = options.draws ?? 10_000;
  const random = seededRandom(options.seed ?? 20260118);
  const lang = rubric.languages[0] as Lang;
  const byScore = new Map(rubric.questions.map((q) => [q, [...q.options].sort((a, b) => a.score - b.score)]));
  const gates = new Set(rubric.questions.flatMap((q) => (q.when ? [q.when.question] : [])));

  const index = new Map(rubric.questions.map((q, i) => [q.id, i]));
  // Each question's own document, made once: the random draws cite them some 20,000 times.
  const ownDocument = new Map(rubric.questions.map((q, i) => [q.id, documentFor(i)]));
  /** The answer file of a simulated body: `chosen` with its evidence (see `score`). */
  // Every question answered in the rubric's order, each with its own document: the evidence of
  // every random draw, the same map each time rather than a new one per draw.
  const everyDocument: Answers['evidence'] = new Map(ownDocument);
  const answersEvery = (chosen: ReadonlyMap<string, string>) => {
    if (chosen.size !== rubric.questions.length) return false;
    let i = 0;
    for (const id of chosen.keys()) if (id !== rubric.questions[i++]!.id) return false;
    return true;
  };
  const answersOf = (chosen: ReadonlyMap<string, string>, evidence?: (id: string) => Answers['evidence'] extends ReadonlyMap<string, infer R> ? R | undefined : never, comments: ReadonlyMap<string, string> = new Map()): Answers => {
    if (!evidence && answersEvery(chosen)) {
      return { rubric: { id: rubric.id, version: rubric.version }, respondent: { organization: 'analyze' }, answers: chosen, comments, documents: new Map(), evidence: everyDocument };
    }
    const refs = new Map<string, Answers['evidence'] extends ReadonlyMap<string, infer R> ? R : never>();
    for (const id of chosen.keys()) {
      const ref = evidence ? evidence(id) : (ownDocument.get(id) ?? documentFor(0));
      if (ref !== undefined) refs.set(id, ref);
    }
    return { rubric: { id: rubric.id, version: rubric.version }, respondent: { organization: 'analyze' }, answers: chosen, comments, documents: new Map(), evidence: refs };
  };
  /**
   * A simulated body's report: `chosen`, each claim citing a document of its own unless
   * `evidence` says what to cite instead (a question id → a reference, or none).
   */
  const score = (...args: Parameters<typeof answersOf>): Report => scoreAnswers(rubric, answersOf(...args), { lang, tool: TOOL });
  /**
   * The same body reduced to its headline (score, level, coverage): what the random draws and
   * the per-gate checks need, from the same evaluation as `score` (so the figures are equal)
   * without the texts, traces, routes and flags a full report builds. Run some 20,000 times
   * and twice or three times per gate, so this is what keeps `analyze` linear.
   */
  const overall = (...args: Parameters<typeof answersOf>): OverallOutcome => scoreOverall(rubric, answersOf(...args));
  const levelOf = (r: Report) => r.overall.level?.id ?? null;
  const levelIndex = (id: string | null) => (id === null ? -1 : rubric.levels.findIndex((l) => l.id === id));
  const rungOption = (q: Question, k: number) => byScore.get(q)![Math.min(k, q.options.length - 1)]!;
  const bestOf = (q: Question) => byScore.get(q)!.at(-1)!;

  // Shares, sections, recommendations.
  const band = rubric.scoring.shareBand;
  const raw = questionShares(rubric);
  const scenarios = scenarioBands(rubric, band);
  // Each question's share in each scenario that leaves it open, in the order of the scenarios;
  // one scenario's shares at a time, so no list of every scenario's shares is kept.
  const closedShares: Analysis['shares'][number]['whenClosed'][] = rubric.questions.map(() => []);
  for (const sc of scenarios) {
    questionShares(rubric, sc.closed).forEach(({ share }, i) => {
      if (!sc.closed.has(rubric.questions[i]!.id)) closedShares[i]!.push({ gate: sc.gate, option: sc.option, share, outside: outsideBand(share, sc.band) });
    });
  }
  const shares = raw
    .map((s, i) => {
      const q = rubric.questions[i]!;
      const whenClosed = closedShares[i]!;
      const outside = q.weight > 0 && (outsideBand(s.share, band) || whenClosed.some((c) => c.outside));
      return { id: s.id, area: s.area, unit: q.unit ?? null, weight: q.weight, share: s.share, whenClosed, outsideBand: outside, byRecommendation: [...s.byRecommendation] };
    })
    .sort((a, b) => b.share - a.share || a.id.localeCompare(b.id));
  const sectionShare = new Map<string, number>();
  for (const s of raw) sectionShare.set(s.area, (sectionShare.get(s.area) ?? 0) + s.share);
  const recShare = new Map<string, number>();
  for (const s of raw) for (const r of s.byRecommendation) recShare.set(r.id, (recShare.get(r.id) ?? 0) + r.share);

  // Profiles.
  const profiles: ProfileResult[] = [];
  const maxRung = Math.max(...rubric.questions.map((q) => q.options.length));
  for (let k = 0; k < maxRung; k++) {
    const r = score(new Map(rubric.questions.map((q) => [q.id, rungOption(q, k).id])));
    profiles.push({ id: 'rung', rung: k + 1, score: r.overall.score, level: levelOf(r), coverage: r.overall.coverage });
  }
  const randomProfile = (id: string, pick: (q: Question) => string): ProfileResult => {
    let sum = 0;
    let sumSq = 0;
    let n = 0;
    let coverage = 0;
    const levels: Record<string, number> = {};
    for (let d = 0; d < draws; d++) {
      // Built in the rubric's order, one `pick` per question in turn (the seeded draws depend on it).
      const chosen = new Map<string, string>();
      for (const q of rubric.questions) chosen.set(q.id, pick(q));
      const r = overall(chosen);
      const s = r.score ?? 0;
      sum += s;
      sumSq += s * s;
      n++;
      coverage += r.coverage;
      const l = r.level ?? 'none';
      levels[l] = (levels[l] ?? 0) + 1;
    }
    const mean = sum / n;
    const top = Object.entries(levels).sort((a, b) => b[1] - a[1] || levelIndex(b[0]) - levelIndex(a[0]))[0]![0];
    return {
      id,
      draws: n,
      score: round1(mean),
      sd: round1(Math.sqrt(Math.max(0, sumSq / n - mean * mean))),
      level: top === 'none' ? null : top,
      levels,
      coverage: Math.round((coverage / n) * 1000) / 1000,
    };
  };
  const uniform = (q: Question) => q.options[Math.floor(random() * q.options.length)]!.id;
  const acquiescent = (q: Question) => {
    const sorted = byScore.get(q)!;
    return sorted[sorted.length - 1 - Math.floor(random() * Math.min(2, sorted.length))]!.id;
  };
  profiles.push(randomProfile('uniform', uniform));
  profiles.push(randomProfile('acquiescent', acquiescent));

  // Skip the zeros: a weak body (its worst or second-worst option everywhere, gates
  // included) answering everything, then the same body leaving its zero answers blank.
  const weak = new Map(rubric.questions.map((q, i) => [q.id, rungOption(q, i % 2).id]));
  const weakAll = score(weak);
  const skipped = new Map([...weak].filter(([id, option]) => {
    const q = rubric.questions.find((x) => x.id === id)!;
    return gates.has(id) || q.options.find((o) => o.id === option)!.score > 0;
  }));
  const weakSkipped = score(skipped);
  profiles.push({ id: 'skip-zeros', score: weakSkipped.overall.score, level: levelOf(weakSkipped), coverage: weakSkipped.overall.coverage });

  // No AI yet: each gate answered with an option that excludes its dependents where one
  // exists (the body honestly has none of what the gate asks about), everything else at the
  // best option that does not contradict those answers (a body without AI has no running pilot:
  // an option's `implies`).
  const noAiAnswers = new Map<string, string>();
  for (const q of rubric.questions) {
    if (!gates.has(q.id)) continue;
    const opening = new Set(rubric.questions.flatMap((d) => (d.when?.question === q.id ? d.when.in : [])));
    const closing = q.options.find((o) => !opening.has(o.id));
    noAiAnswers.set(q.id, (closing ?? bestOf(q)).id);
  }
  const agrees = (o: Question['options'][number]) => {
    const said = o.implies && noAiAnswers.get(o.implies.question);
    return said === undefined || o.implies!.in.includes(said);
  };
  for (const q of rubric.questions) {
    if (gates.has(q.id)) continue;
    const honest = byScore.get(q)!.filter(agrees);
    noAiAnswers.set(q.id, (honest.at(-1) ?? bestOf(q)).id);
  }
  // In the rubric's order, as every other profile.
  const noAiOrdered = new Map(rubric.questions.map((q) => [q.id, noAiAnswers.get(q.id)!]));
  const noAi = score(noAiOrdered);
  profiles.push({ id: 'no-ai', score: noAi.overall.score, level: levelOf(noAi), coverage: noAi.overall.coverage });

  // Below and at the coverage floor: the questions that pay most, answered at their best;
  // gates answered first so that what applies is fixed, the rest blank.
  const all = score(new Map(rubric.questions.map((q) => [q.id, bestOf(q).id])));
  const applicable = all.overall.applicable;
  const required = all.overall.required;
  const gateAnswers = rubric.questions.filter((q) => gates.has(q.id)).map((q) => [q.id, bestOf(q).id] as const);
  // Only questions that apply once the gates are answered: a closed module's questions count for nothing.
  const gatedOut = questionStates(rubric, {
    rubric: { id: rubric.id, version: rubric.version },
    respondent: { organization: 'analyze' },
    answers: new Map(gateAnswers),
    comments: new Map(),
    documents: new Map(),
    // With their documents, as every profile here is scored: a gate closes only with one.
    evidence: new Map(gateAnswers.map(([id]) => [id, documentFor(index.get(id)!)])),
  });
  const slopeOrder = shares.filter((s) => !gates.has(s.id) && gatedOut.get(s.id)!.status !== 'gated').map((s) => s.id);
  const firstN = (n: number) => {
    const chosen = new Map<string, string>(gateAnswers.slice(0, n));
    for (const id of slopeOrder) {
      if (chosen.size >= n) break;
      const q = rubric.questions.find((x) => x.id === id)!;
      chosen.set(id, bestOf(q).id);
    }
    return score(chosen);
  };
  const below = required > 0 ? firstN(required - 1) : null;
  const at = firstN(required);

  // One recommendation at zero: every question feeding it at its zero option (gates
  // excepted), everything else at best.
  const zeroPillar = rubric.recommendations.map((rec) => {
    const chosen = new Map(
      rubric.questions.map((q) => {
        const feeds = q.recommendations.some((ref) => ref.id === rec.id) && !gates.has(q.id);
        return [q.id, feeds ? byScore.get(q)![0]!.id : bestOf(q).id] as const;
      }),
    );
    const r = score(chosen);
    return { id: rec.id, level: levelOf(r), score: r.overall.score };
  });

  // Closing a module by saying "none of this applies" without the document: a body weak in
  // what the gate asks about, strong elsewhere. The same answers with the gate closing its
  // questions and no document for the gate must not reach a higher level.
  // Each gate's own questions, and its first scenario (see `gateScenarios`), found once:
  // looked up per gate, they would cost a pass over every question for each gate.
  const dependentsOf = new Map<string, Question[]>();
  for (const q of rubric.questions) if (q.when) dependentsOf.set(q.when.question, [...(dependentsOf.get(q.when.question) ?? []), q]);
  const firstScenario = new Map<string, (typeof scenarios)[number]>();
  for (const sc of scenarios) if (!firstScenario.has(sc.gate)) firstScenario.set(sc.gate, sc);
  const headline = (r: OverallOutcome) => ({ level: r.level, score: r.score });
  const undocumentedGates: Analysis['checks']['undocumentedGates'] = [];
  const placeholderGates: Analysis['checks']['claims']['placeholderGates'] = [];
  for (const g of rubric.questions.filter((q) => gates.has(q.id))) {
    const dependents = dependentsOf.get(g.id) ?? [];
    const opening = g.options.find((o) => dependents.every((d) => d.when!.in.includes(o.id)));
    // The first answer that closes questions, and all it closes (its gated gates' questions too).
    const scenario = firstScenario.get(g.id);
    const closing = scenario && g.options.find((o) => o.id === scenario.option);
    if (!opening || !scenario || !closing) continue;
    const closed = scenario.closed;
    const chosen = new Map(rubric.questions.map((q) => [q.id, closed.has(q.id) ? byScore.get(q)![0]!.id : bestOf(q).id] as const));
    chosen.set(g.id, opening.id);
    const before = headline(overall(chosen));
    chosen.set(g.id, closing.id);
    const after = headline(overall(chosen, (id) => (id === g.id ? undefined : documentFor(index.get(id)!))));
    undocumentedGates.push({ gate: g.id, option: closing.id, before, after });
    // The same with a placeholder where the gate's document should be.
    const placeholder = headline(overall(chosen, (id) => (id === g.id ? PLACEHOLDER : documentFor(index.get(id)!))));
    placeholderGates.push({ gate: g.id, option: closing.id, before: { ...before }, after: placeholder });
  }

  // The claims routes. Every answer at its best, every claim "evidenced" by a placeholder.
  const best = new Map(rubric.questions.map((q) => [q.id, bestOf(q).id]));
  const placeholderRun = score(best, () => PLACEHOLDER);
  // n/a wherever offered, with a sentence and no document; against the same questions answered at their worst.
  const offered = rubric.questions.filter((q) => q.notApplicable !== undefined);
  const naAnswers = new Map(best);
  const naComments = new Map<string, string>();
  for (const q of offered) {
    naAnswers.set(q.id, 'n/a');
    naComments.set(q.id, NA_REASON);
  }
  const naRun = score(naAnswers, (id) => (naComments.has(id) ? undefined : documentFor(index.get(id)!)), naComments);
  const honest = new Map(best);
  for (const q of offered) honest.set(q.id, byScore.get(q)![0]!.id);
  const honestRun = score(honest);
  // One document for every claim.
  const oneRun = score(best, () => documentFor(0));
  // Old paper and invented paper: a body at its best with every module open (each gate at the
  // answer under which all its questions apply, so no answer contradicts another), on a file
  // dated ANALYSIS_DAY so periods and ages are checked.
  const allOpen = new Map(best);
  for (const g of rubric.questions.filter((q) => gates.has(q.id))) {
    const opening = g.options.find((o) => (dependentsOf.get(g.id) ?? []).every((d) => d.when!.in.includes(o.id)));
    if (opening) allOpen.set(g.id, opening.id);
  }
  const dated = (evidence: (id: string, i: number) => Answers['evidence'] extends ReadonlyMap<string, infer R> ? R : never): Answers => ({
    ...answersOf(allOpen, (id) => evidence(id, index.get(id)!)),
    date: ANALYSIS_DAY,
  });
  // What needs no document: every question at its best option below `evidenceFrom` (its best
  // without an evidence rule), nothing cited. Old or invented paper is held to this floor.
  const { downgrade } = prepare(rubric);
  const undocumented = new Map(rubric.questions.map((q) => [q.id, (downgrade.get(q) ?? (rubric.scoring.evidenceFrom === null ? bestOf(q) : byScore.get(q)![0]!)).id]));
  const noDocumentsRun = scoreAnswers(rubric, { ...answersOf(undocumented, () => undefined), date: ANALYSIS_DAY }, { lang, tool: TOOL });
  const oldMonths = (rubric.scoring.oldAfterMonths ?? 12) + 1;
  const oldStart = monthsBefore(ANALYSIS_DAY, oldMonths);
  // Each reference names a type the question accepts, so no type-mismatch flag hides the profile.
  const typeWord = (id: string) => documentTypeLabel(rubric.questions[index.get(id)!]!.evidenceTypes?.[0] ?? 'order', 'en');
  const oldRun = scoreAnswers(rubric, dated((id, i) => ({ text: `${typeWord(id)} No. ${i + 1} of ${dottedDay(addDays(oldStart, -i))}` })), { lang, tool: TOOL });
  const oldRefused = new Set(oldRun.unsupported.map((u) => u.id));
  const oldFlagged = new Set(oldRun.flags.filter((f) => f.kind === 'old-document').map((f) => f.id));
  const oldCounted = oldRun.recommendations.flatMap((r) => r.questions).filter((q) => q.status === 'answered' && q.evidence !== undefined);
  const oldUnflagged = new Set(oldCounted.map((q) => q.id).filter((id) => !oldRefused.has(id) && !oldFlagged.has(id)));
  // Invented: a document of its own per claim, no more of one day than the reuse limit allows.
  const perDay = Math.max(1, rubric.scoring.maxCitations);
  const inventedAnswers = dated((id, i) => ({ text: `${typeWord(id)} No. ${i + 101} of ${dottedDay(addDays(ANALYSIS_DAY, -1 - Math.floor(i / perDay)))}` }));
  const inventedRun = scoreAnswers(rubric, inventedAnswers, { lang, tool: TOOL });
  const points = [...claimPoints(inventedRun)].sort((a, b) => b[1] - a[1] || (index.get(a[0])! - index.get(b[0])!));
  const found: Audit['verdicts'] = points.length > 0 ? [[points[0]![0], { verdict: 'not-found', option: null, note: null }]] : [];
  const inventedVerified = scoreAnswers(rubric, verifiedAnswers(rubric, inventedAnswers, { verdicts: found }), { lang, tool: TOOL });
  // A module at zero: its gate open, its questions at their worst, everything else at best.
  const zeroModules: Analysis['checks']['claims']['zeroModules'] = [];
  for (const g of rubric.questions.filter((q) => gates.has(q.id))) {
    const dependents = dependentsOf.get(g.id) ?? [];
    const opening = g.options.find((o) => dependents.every((d) => d.when!.in.includes(o.id)));
    if (!opening) continue;
    const chosen = new Map(best);
    chosen.set(g.id, opening.id);
    for (const d of dependents) chosen.set(d.id, byScore.get(d)![0]!.id);
    const r = overall(chosen);
    zeroModules.push({ gate: g.id, level: r.level, score: r.score });
  }

  // A gate closed against the file's own answers: the false "none" of a body whose other answer
  // says its pilot runs. Each option implying a gate's answer, against each answer that closes.
  const contradictedGates: Analysis['checks']['claims']['contradictedGates'] = [];
  for (const q of rubric.questions) {
    for (const o of q.options) {
      const g = o.implies && rubric.questions.find((x) => x.id === o.implies!.question);
      if (!o.implies || !g || !gates.has(g.id)) continue;
      const within = o.implies.in;
      const scenario = scenarios.find((sc) => sc.gate === g.id && !within.includes(sc.option));
      const dependents = dependentsOf.get(g.id) ?? [];
      const implied = g.options.find((x) => within.includes(x.id) && dependents.every((d) => d.when!.in.includes(x.id))) ?? g.options.find((x) => within.includes(x.id));
      if (!scenario || !implied) continue;
      const closed = [...scenario.closed].filter((id) => id !== q.id);
      const chosen = new Map(best);
      chosen.set(q.id, o.id);
      chosen.set(g.id, implied.id);
      for (const id of closed) chosen.set(id, byScore.get(rubric.questions[index.get(id)!]!)![0]!.id);
      const allowed = headline(overall(chosen));
      chosen.set(g.id, scenario.option);
      for (const id of closed) chosen.delete(id);
      const after = headline(overall(chosen));
      contradictedGates.push({ gate: g.id, option: scenario.option, implied: { question: q.id, option: o.id }, allowed, after });
    }
  }

  const routes: GamingRoute[] = [];
  if (below && levelOf(below) !== null) routes.push({ kind: 'below-floor', level: levelOf(below), score: below.overall.score });
  if (levelIndex(levelOf(weakSkipped)) > levelIndex(levelOf(weakAll))) {
    routes.push({ kind: 'skip-zeros', level: levelOf(weakSkipped), score: weakSkipped.overall.score });
  }
  // A missing pillar must stay visible: with one recommendation at zero the level may stand
  // at most `weakestLink` levels (one, when the rubric sets no cap) above the lowest.
  const pillarLimit = rubric.scoring.weakestLink ?? 1;
  // A recommendation the rubric leaves out of the cap (`veto: false`) may be missing without
  // holding the level down: that is the rubric's stated choice, allowed only while it carries at
  // most a tenth of the overall (VETO_FREE_SHARE); a heavier one out of the veto is a route.
  const totalWeight = rubric.recommendations.reduce((s, r) => s + r.weight, 0);
  for (const z of zeroPillar) {
    const rec = rubric.recommendations.find((r) => r.id === z.id)!;
    if (!rec.veto && totalWeight > 0 && rec.weight / totalWeight <= VETO_FREE_SHARE) continue;
    if (levelIndex(z.level) > pillarLimit) routes.push({ kind: 'zero-pillar', level: z.level, recommendation: z.id, score: z.score });
  }
  const top = rubric.levels.at(-1)!.id;
  if (levelOf(noAi) !== top) routes.push({ kind: 'no-ai-ceiling', level: levelOf(noAi), score: noAi.overall.score });
  for (const u of undocumentedGates) {
    if (levelIndex(u.after.level) > levelIndex(u.before.level)) routes.push({ kind: 'undocumented-gate', gate: u.gate, level: u.after.level, score: u.after.score });
  }
  // Placeholders that pass in silence: a level above the first, no claim named unsupported.
  if (levelIndex(levelOf(placeholderRun)) > 0 && placeholderRun.unsupported.length === 0) {
    routes.push({ kind: 'placeholder-evidence', level: levelOf(placeholderRun), score: placeholderRun.overall.score });
  }
  const naCounted = naRun.notApplicable.filter((n) => n.reason === 'declared').length;
  if (naCounted > 0 && levelIndex(levelOf(naRun)) > levelIndex(levelOf(honestRun))) {
    routes.push({ kind: 'na-everywhere', level: levelOf(naRun), score: naRun.overall.score });
  }
  const reused = oneRun.flags.filter((f) => f.kind === 'reused-document').length;
  if (levelIndex(levelOf(oneRun)) > 0 && reused === 0 && best.size > 1) {
    routes.push({ kind: 'one-document', level: levelOf(oneRun), score: oneRun.overall.score });
  }
  // Old paper must be refused or flagged wherever it lifts the level above what needs no document.
  if (levelIndex(levelOf(oldRun)) > levelIndex(levelOf(noDocumentsRun)) && oldUnflagged.size > 0) {
    routes.push({ kind: 'old-documents', level: levelOf(oldRun), score: oldRun.overall.score });
  }
  // Invented paper cannot be told from real paper offline; once the audit finds one, it must not
  // pay in silence: the verified level falls to what needs no document, or (with `unsupported:
  // flag`) the verified report names the claims left without documents unsupported.
  if (levelIndex(levelOf(inventedVerified)) > levelIndex(levelOf(noDocumentsRun)) && inventedVerified.unsupported.length === 0) {
    routes.push({ kind: 'invented-documents', level: levelOf(inventedVerified), score: inventedVerified.overall.score });
  }
  for (const u of placeholderGates) {
    if (levelIndex(u.after.level) > levelIndex(u.before.level)) routes.push({ kind: 'placeholder-gate', gate: u.gate, level: u.after.level, score: u.after.score });
  }
  for (const z of zeroModules) {
    if (levelIndex(z.level) > pillarLimit) routes.push({ kind: 'zero-module', module: z.gate, gate: z.gate, level: z.level, score: z.score });
  }
  for (const c of contradictedGates) {
    if (levelIndex(c.after.level) > levelIndex(c.allowed.level)) routes.push({ kind: 'contradicted-gate', module: c.gate, gate: c.gate, level: c.after.level, score: c.after.score });
  }

  return {
    schemaVersion: 1,
    rubric: { id: rubric.id, version: rubric.version, sha256: rubric.sha256 },
    method: rubric.scoring,
    levels: rubric.levels.map((l) => ({ id: l.id, min: l.min })),
    shares,
    scenarios: scenarios.map((sc) => ({ gate: sc.gate, option: sc.option, closed: sc.closed.size, band: sc.band })),
    sections: [...rubric.problemAreas, ...rubric.riskCategories].map((s) => ({ id: s.id, share: sectionShare.get(s.id) ?? 0 })),
    recommendations: rubric.recommendations.map((r) => ({
      id: r.id,
      share: recShare.get(r.id) ?? 0,
      questions: rubric.questions.filter((q) => q.recommendations.some((ref) => ref.id === r.id)).length,
    })),
    profiles,
    checks: {
      belowFloor: {
        answered: below ? below.overall.answered : 0,
        applicable,
        level: below ? levelOf(below) : null,
        score: below ? below.overall.score : null,
      },
      atFloor: { answered: at.overall.answered, level: levelOf(at), score: at.overall.score },
      zeroPillar,
      skipZeros: {
        answeredAll: { level: levelOf(weakAll), score: weakAll.overall.score },
        skipped: { level: levelOf(weakSkipped), score: weakSkipped.overall.score, coverage: weakSkipped.overall.coverage },
      },
      noAi: { level: levelOf(noAi), score: noAi.overall.score, applicable: noAi.overall.applicable, gates: gates.size },
      undocumentedGates,
      claims: {
        placeholderEvidence: { level: levelOf(placeholderRun), score: placeholderRun.overall.score, unsupported: placeholderRun.unsupported.length },
        naEverywhere: {
          questions: offered.length,
          level: levelOf(naRun),
          score: naRun.overall.score,
          honest: { level: levelOf(honestRun), score: honestRun.overall.score },
          counted: naCounted,
        },
        oneDocument: { level: levelOf(oneRun), score: oneRun.overall.score, flagged: reused },
        noDocuments: { level: levelOf(noDocumentsRun), score: noDocumentsRun.overall.score },
        oldDocuments: { level: levelOf(oldRun), score: oldRun.overall.score, months: oldMonths, refused: oldRefused.size, flagged: oldFlagged.size, unflagged: oldUnflagged.size },
        invented: {
          declared: { level: levelOf(inventedRun), score: inventedRun.overall.score },
          flagged: inventedRun.flags.length,
          verified: { level: levelOf(inventedVerified), score: inventedVerified.overall.score, unsupported: inventedVerified.unsupported.length },
        },
        placeholderGates,
        zeroModules,
        contradictedGates,
      },
    },
    routes,
    outsideBand: shares.filter((s) => s.outsideBand).map((s) => s.id),
  };
}
