import type { Answers } from '../answers/model.js';
import { pick, type Lang } from '../i18n/lang.js';
import type { Level, Option, Question, Rubric } from '../rubric/model.js';
import type { Report } from '../report/schema.js';
import { REPORT_SCHEMA_VERSION } from '../report/version.js';
import { round1, round2, round3 } from './round.js';
import { evidenceText } from '../evidence/describe.js';
import { evidenceFlags } from '../evidence/flags.js';
import { evaluate, isApplicable, levelIndexOf, recAnswered, recRaw, sectionMean } from './evaluate.js';
import { headline } from './overall.js';
import { closesQuestions, levelFor, prepare } from './states.js';

// Applicability, gates and evidence (states.ts) and the method's figures (evaluate.ts) are
// their own files; this one builds the Report and a batch's summary row on them.
export { closesQuestions, levelFor, needsEvidence, questionStates, type QuestionState, type QuestionStatus } from './states.js';

export interface ScoreOptions {
  /** The report's language, already resolved (`--lang`, else the file's, else the rubric's first). */
  lang: Lang;
  tool: { name: string; version: string };
  /** Warnings from loading (another rubric version, migrations), carried into the report. */
  warnings?: readonly string[];
}

export const SUMMARY_UNANSWERED = -1;
export const SUMMARY_NOT_APPLICABLE = -2;

/**
 * The figures of a Report that a batch summary shows, without the texts, the traces, the
 * gaps and the route to the next level that a full report builds. Every number comes from
 * the same evaluation as `scoreAnswers`, so it equals the one in the full report.
 */
export interface ScoreSummary {
  overall: number | null;
  /** The overall level's id, after the weakest-link cap; null when incomplete or below every level. */
  level: string | null;
  coverage: number;
  answeredScore: number | null;
  status: 'complete' | 'incomplete';
  /** Claims their evidence does not support (options, gates, n/a). */
  unsupported: number;
  /** Flags for the auditor. */
  flags: number;
  /** Questions that do not apply (gated or declared n/a). */
  notApplicable: number;
  /** In the rubric's order of recommendations. */
  recommendations: Array<number | null>;
  /** Exposure per risk category, in the rubric's order. */
  risks: Array<number | null>;
  /**
   * Per question in the rubric's order: the counted score, `SUMMARY_UNANSWERED`, or
   * `SUMMARY_NOT_APPLICABLE` (gated, declared n/a, or feeding no recommendation).
   */
  questions: number[];
  /** The recommendation that capped the level (weakest link), and the level the score alone reaches; null when not capped. */
  cappedBy: string | null;
  uncappedLevel: string | null;
}

/** `scoreAnswers` reduced to the figures of `ScoreSummary`. Pure. */
export function summarizeAnswers(rubric: Rubric, answers: Answers): ScoreSummary {
  const e = evaluate(rubric, answers);
  const head = headline(e);
  let unsupported = 0;
  let notApplicable = 0;
  const questions: number[] = [];
  for (const q of rubric.questions) {
    const state = e.states.get(q.id)!;
    if (state.unsupported) unsupported++;
    const na = state.status === 'gated' || state.status === 'declared-na';
    if (na) notApplicable++;
    questions.push(na || q.recommendations.length === 0 ? SUMMARY_NOT_APPLICABLE : state.counted ? state.counted.score : SUMMARY_UNANSWERED);
  }
  return {
    overall: head.score,
    level: head.level,
    coverage: head.coverage,
    answeredScore: e.answeredOverall === null ? null : round1(e.answeredOverall),
    status: head.status,
    unsupported,
    flags: e.flags.length,
    notApplicable,
    recommendations: rubric.recommendations.map((r) => {
      const raw = recRaw(e.sums.get(r.id)!);
      return raw === null ? null : round1(raw);
    }),
    risks: rubric.riskCategories.map((s) => {
      const { mean } = sectionMean(rubric, e.states, s.id);
      return mean === null ? null : round1(100 - mean);
    }),
    questions,
    cappedBy: head.cappedBy,
    uncappedLevel: e.cap.by !== null && e.uncappedIndex >= 0 ? (rubric.levels[e.uncappedIndex]?.id ?? null) : null,
  };
}

/**
 * Scores answers against a rubric: the pure heart of the tool. No file system, no clock,
 * no console: the same rubric and answers give the same Report, byte for byte.
 *
 * The method (SPEC.md "Method"): a recommendation's score is 100 × the weighted mean over
 * its applicable questions, an unanswered one counting as 0; the overall is the weighted
 * mean of the recommendation scores that exist. Below the coverage floor there is no
 * level; the weakest-link rule caps the level; claims without evidence are flagged or
 * downgraded.
 */
export function scoreAnswers(rubric: Rubric, answers: Answers, options: ScoreOptions): Report {
  const { lang } = options;
  const { refs, gates, questionsByRec, best, ascending, refWeight } = prepare(rubric);
  const { scoring } = rubric;
  // A text missing in the asked language falls back to the rubric's languages in their
  // order, never to whichever key the author happened to write first.
  const fallback = [lang, ...rubric.languages];
  const t = (texts: Readonly<Record<string, string>> | undefined) => {
    const found = texts && fallback.find((l) => Object.hasOwn(texts, l));
    return found ? texts[found]! : pick(texts, lang);
  };
  const e = evaluate(rubric, answers);
  const { states, sums, exactOverall, overallScore, totalRecWeight, applicable, answered, required, missing, complete, uncappedIndex, cap, overallLevel } = e;
  const stateOf = (q: Question) => states.get(q.id)!;
  const counted = (q: Question) => stateOf(q).counted?.score ?? 0;

  // The overall is linear in each applicable question's counted score (applicability, and
  // so every denominator, is fixed by the answers to gates), so each non-gate question has
  // a fixed slope: the overall points one full unit of its score is worth.
  const slopes = new Map<Question, number>();
  const slope = (q: Question): number => {
    let cached = slopes.get(q);
    if (cached === undefined) {
      let sum = 0;
      for (const ref of refs.get(q)!) {
        const s = sums.get(ref.id)!;
        if (s.applicable > 0) sum += (s.weight * 100 * q.weight * ref.weight) / s.applicable;
      }
      cached = totalRecWeight === 0 ? 0 : sum / totalRecWeight;
      slopes.set(q, cached);
    }
    return cached;
  };
  const levelIndex = (score: number) => levelIndexOf(rubric, score);

  const levelRef = (level: Level | undefined) => (level ? { id: level.id, label: t(level.label), min: level.min } : null);
  const optionRef = (o: Option) => ({ id: o.id, label: t(o.label), score: o.score });

  // Gaps: applicable questions below their best, answered or blank (answering is a change
  // too), ranked by what reaching the best would add. Gates are left out: changing a gate
  // changes what applies, not a score.
  const gapList = rubric.questions
    .filter((q) => isApplicable(stateOf(q)) && !gates.has(q.id) && counted(q) < best.get(q)!.score && slope(q) > 0)
    .map((q, order) => ({ q, order, gainRaw: slope(q) * (best.get(q)!.score - counted(q)) }))
    .sort((a, b) => b.gainRaw - a.gainRaw || a.order - b.order);

  const next = complete && overallLevel ? nextLevelRoute() : null;

  /**
   * A short route to the next level, in two phases. First, while the weakest link would
   * hold the target level down, each recommendation below the level it needs is raised by
   * its own most valuable gaps. Then the gaps that add the most to the overall, largest
   * first: with the recommendations' denominators fixed, that is the fewest changes (the
   * overall is linear in each answer). The last change of each phase takes the lowest
   * option that suffices. Linear in the number of questions.
   */
  function nextLevelRoute(): Report['overall']['next'] {
    const target = cap.index + 1;
    const nextLevel = rubric.levels[target];
    if (!nextLevel) return null;
    // The pillars of the weakest link: each recommendation with a veto, and each module that
    // applies; a question's part in each (its weight there), and each pillar's running sums.
    const pillars: Array<{ num: number; den: number; part: (q: Question) => number }> = [];
    for (const r of rubric.recommendations) {
      const s = sums.get(r.id)!;
      if (r.veto) pillars.push({ num: s.weighted, den: s.applicable, part: (q) => q.weight * (refWeight.get(q)!.get(r.id) ?? 0) });
    }
    for (const mod of e.modules) {
      const members = new Set(mod.questions);
      pillars.push({ num: mod.weighted, den: mod.weight, part: (q) => (members.has(q) ? q.weight : 0) });
    }
    const level = new Map<Question, number>(); // the counted score of each changed question
    let running = exactOverall;
    const pillarLevel = (p: (typeof pillars)[number]) => levelIndex(round1((100 * p.num) / p.den));
    const reached = () => {
      const uncapped = levelIndex(round1(running));
      if (uncapped < target) return false;
      if (scoring.weakestLink === null) return true;
      for (const p of pillars) if (p.den > 0 && pillarLevel(p) + scoring.weakestLink < target) return false;
      return true;
    };
    const current = (q: Question) => level.get(q) ?? counted(q);
    const apply = (q: Question, to: number) => {
      const delta = to - current(q);
      for (const p of pillars) p.num += p.part(q) * delta;
      running += slope(q) * delta;
      level.set(q, to);
    };
    const changes: NonNullable<Report['overall']['next']>['changes'] = [];
    const change = (q: Question, done: () => boolean) => {
      const before = running;
      const from = stateOf(q).counted;
      // The lowest option above the current one that makes `done` true; else the best.
      const start = current(q);
      let to = best.get(q)!;
      for (const o of ascending.get(q)!) {
        if (o.score <= start) continue;
        apply(q, o.score);
        const ok = done();
        apply(q, start);
        if (ok) {
          to = o;
          break;
        }
      }
      apply(q, to.score);
      changes.push({ question: q.id, text: t(q.text), from: from ? optionRef(from) : null, to: optionRef(to), gain: round1(running - before) });
    };
    const left = new Set(gapList.map((g) => g.q));

    if (scoring.weakestLink !== null) {
      const need = target - scoring.weakestLink;
      for (const p of pillars) {
        if (p.den === 0 || pillarLevel(p) >= need) continue;
        const own = gapList
          .filter((g) => left.has(g.q) && p.part(g.q) > 0)
          .map((g, order) => ({ q: g.q, order, gain: p.part(g.q) * (best.get(g.q)!.score - current(g.q)) }))
          .sort((a, b) => b.gain - a.gain || a.order - b.order);
        for (const { q } of own) {
          if (pillarLevel(p) >= need) break;
          left.delete(q);
          change(q, () => pillarLevel(p) >= need);
        }
        if (pillarLevel(p) < need) return unreachable();
      }
    }
    for (const { q } of gapList) {
      if (reached()) break;
      if (!left.has(q)) continue;
      left.delete(q);
      change(q, reached);
    }
    if (!reached()) return unreachable();
    return { level: levelRef(nextLevel)!, pointsNeeded: round1(Math.max(0, nextLevel.min - overallScore!)), reachable: true, changes };

    function unreachable(): Report['overall']['next'] {
      return { level: levelRef(nextLevel)!, pointsNeeded: round1(Math.max(0, nextLevel!.min - overallScore!)), reachable: false, changes: [] };
    }
  }

  const recommendations = rubric.recommendations.map((r) => {
    const s = sums.get(r.id)!;
    const raw = recRaw(s);
    const score = raw === null ? null : round1(raw);
    const answeredRaw = recAnswered(s);
    const level = score === null ? undefined : levelFor(rubric.levels, score);
    const qs = questionsByRec.get(r.id)!;
    let gain = 0;
    let answeredCount = 0;
    let applicableCount = 0;
    const trace = qs.map((q) => {
      const state = stateOf(q);
      const w = q.weight * refWeight.get(q)!.get(r.id)!;
      const applies = isApplicable(state);
      if (applies) applicableCount++;
      if (state.status === 'answered') answeredCount++;
      if (applies && !gates.has(q.id)) gain += slope(q) * (best.get(q)!.score - counted(q));
      const comment = answers.comments.get(q.id);
      const ref = answers.evidence.get(q.id);
      const evidence = ref === undefined ? undefined : evidenceText(ref, answers.documents);
      return {
        id: q.id,
        text: t(q.text),
        area: q.area,
        status: state.status,
        option: state.chosen ? optionRef(state.chosen) : null,
        ...(state.counted && state.counted !== state.chosen ? { countedAs: optionRef(state.counted) } : {}),
        ...(state.unsupported ? { unsupported: true as const, reason: state.reason! } : {}),
        weight: w,
        contribution: applies && s.applicable > 0 ? round2((100 * w * counted(q)) / s.applicable) : null,
        ...(evidence !== undefined ? { evidence } : {}),
        ...(comment !== undefined ? { comment } : {}),
      };
    });
    return {
      id: r.id,
      title: t(r.title),
      ...(r.description ? { description: t(r.description) } : {}),
      weight: r.weight,
      score,
      answeredScore: answeredRaw === null ? null : round1(answeredRaw),
      level: levelRef(level),
      gap: score === null ? null : round1(100 - score),
      gain: round1(gain),
      actions: t(r.actions[(level ?? rubric.levels[0]!).id]),
      examples: r.examples.map((e) => t(e)),
      answered: answeredCount,
      applicable: applicableCount,
      total: trace.length,
      questions: trace,
    };
  });

  const sectionScore = (id: string) => sectionMean(rubric, states, id);

  const modules = e.modules.map((mod) => {
    const gate = prepare(rubric).byId.get(mod.gate)!;
    const score = mod.score === null ? null : round1(mod.score);
    return {
      id: `module:${mod.gate}`,
      gate: mod.gate,
      title: t(gate.text),
      score,
      level: levelRef(score === null ? undefined : levelFor(rubric.levels, score)),
      answered: mod.answered,
      applicable: mod.applicable,
      total: mod.questions.length,
    };
  });
  const pillar = cap.by === null ? null : (recommendations.find((r) => r.id === cap.by) ?? modules.find((x) => x.id === cap.by)!);
  const cappedBy = pillar === null ? null : { id: pillar.id, title: pillar.title, score: pillar.score!, level: pillar.level };
  const r = answers.respondent;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: options.tool.name, version: options.tool.version },
    rubric: { id: rubric.id, version: rubric.version, sha256: rubric.sha256, title: t(rubric.title) },
    respondent: {
      organization: r.organization,
      ...(r.unit !== undefined ? { unit: r.unit } : {}),
      ...(r.name !== undefined ? { name: r.name } : {}),
      ...(r.position !== undefined ? { position: r.position } : {}),
      ...(r.type !== undefined ? { type: r.type } : {}),
      ...(r.region !== undefined ? { region: r.region } : {}),
    },
    language: lang,
    date: answers.date ?? null,
    answersRubricVersion: answers.rubric.version,
    method: {
      minCoverage: scoring.minCoverage,
      weakestLink: scoring.weakestLink,
      evidenceFrom: scoring.evidenceFrom,
      unsupported: scoring.unsupported,
      maxCitations: scoring.maxCitations,
      oldAfterMonths: scoring.oldAfterMonths,
    },
    overall: {
      score: overallScore,
      answeredScore: e.answeredOverall === null ? null : round1(e.answeredOverall),
      level: levelRef(overallLevel),
      status: complete ? 'complete' : 'incomplete',
      coverage: applicable > 0 ? round3(answered / applicable) : 0,
      answered,
      applicable,
      total: rubric.questions.length,
      required,
      missing,
      uncappedLevel: complete && cappedBy ? levelRef(rubric.levels[uncappedIndex]) : null,
      cappedBy,
      next,
    },
    levels: rubric.levels.map((l) => ({
      id: l.id,
      label: t(l.label),
      min: l.min,
      ...(l.description ? { description: t(l.description) } : {}),
    })),
    recommendations,
    gaps: gapList.map(({ q, gainRaw }) => {
      const state = stateOf(q);
      return {
        question: q.id,
        text: t(q.text),
        area: q.area,
        recommendations: refs.get(q)!.map((ref) => ref.id),
        option: state.counted ? optionRef(state.counted) : null,
        best: optionRef(best.get(q)!),
        gain: round1(gainRaw),
      };
    }),
    problemAreas: rubric.problemAreas.map((s) => {
      const { mean, answered: a, applicable: n, total } = sectionScore(s.id);
      return { id: s.id, title: t(s.title), score: mean === null ? null : round1(mean), answered: a, applicable: n, total };
    }),
    riskCategories: rubric.riskCategories.map((s) => {
      const { mean, answered: a, applicable: n, total } = sectionScore(s.id);
      return { id: s.id, title: t(s.title), exposure: mean === null ? null : round1(100 - mean), answered: a, applicable: n, total };
    }),
    unanswered: rubric.questions
      .filter((q) => stateOf(q).status === 'unanswered')
      .map((q) => ({ id: q.id, text: t(q.text), area: q.area, ...(q.unit !== undefined ? { unit: q.unit } : {}) })),
    notApplicable: rubric.questions.flatMap((q): Report['notApplicable'] => {
      const state = stateOf(q);
      if (state.status === 'declared-na') {
        const ref = answers.evidence.get(q.id);
        const justification = answers.comments.get(q.id) ?? (ref === undefined ? '' : evidenceText(ref, answers.documents));
        return [{ id: q.id, text: t(q.text), area: q.area, reason: 'declared' as const, label: t(q.notApplicable), justification }];
      }
      if (state.status === 'gated') {
        const gate = q.when!.question;
        const answer = answers.answers.get(gate);
        const gateQ = prepare(rubric).byId.get(gate)!;
        const option = gateQ.options.find((o) => o.id === answer);
        return [{
          id: q.id,
          text: t(q.text),
          area: q.area,
          reason: 'gated' as const,
          gate: { question: gate, text: t(gateQ.text), answer: option ? optionRef(option) : null },
        }];
      }
      return [];
    }),
    unsupported: rubric.questions.flatMap((q): Report['unsupported'] => {
      const state = stateOf(q);
      if (!state.unsupported) return [];
      const ref = answers.evidence.get(q.id);
      const given = state.na ? answers.comments.get(q.id) : ref === undefined ? undefined : evidenceText(ref, answers.documents);
      return [{
        id: q.id,
        text: t(q.text),
        area: q.area,
        option: state.na ? { id: 'n/a', label: t(q.notApplicable), score: 0 } : optionRef(state.chosen!),
        countedAs: !state.na && state.counted !== state.chosen ? optionRef(state.counted!) : null,
        kind: state.na ? 'n/a' : closesQuestions(rubric, q, state.chosen!.id) ? 'gate' : 'option',
        reason: state.reason!,
        ...(given !== undefined ? { given } : {}),
        ...(q.evidence ? { evidence: t(q.evidence) } : {}),
      }];
    }),
    flags: e.flags.map((f) => ({
      id: f.id,
      text: t(prepare(rubric).byId.get(f.id)!.text),
      kind: f.kind,
      documents: f.documents,
      ...(f.question !== undefined ? { question: { id: f.question, text: t(prepare(rubric).byId.get(f.question)!.text) } } : {}),
    })),
    modules,
    warnings: [...(options.warnings ?? [])],
  };
}
