import type { Answers } from '../answers/model.js';
import { pick, type Lang } from '../i18n/lang.js';
import type { Level, Option, Question, Rubric } from '../rubric/model.js';
import { REPORT_SCHEMA_VERSION, type Report } from '../report/schema.js';
import { round1, round2, round3 } from './round.js';

export interface ScoreOptions {
  /** The report's language, already resolved (`--lang`, else the file's, else the rubric's first). */
  lang: Lang;
  tool: { name: string; version: string };
  /** Warnings from loading (another rubric version, migrations), carried into the report. */
  warnings?: readonly string[];
}

interface RecState {
  id: string;
  weight: number;
  /** Σ weight over answered questions, and Σ weight × score. */
  answeredWeight: number;
  weighted: number;
}

const orderedRefs = new WeakMap<Rubric, ReadonlyMap<Question, Question['recommendations']>>();

/**
 * Each question's recommendations in the rubric's order of recommendations, not the order
 * the author wrote its map in, so reordering keys changes neither a report nor a float sum.
 * Worked out once per rubric: a batch scores thousands of files against the same one.
 */
function refsByQuestion(rubric: Rubric): ReadonlyMap<Question, Question['recommendations']> {
  let refs = orderedRefs.get(rubric);
  if (!refs) {
    const rank = new Map(rubric.recommendations.map((r, i) => [r.id, i]));
    refs = new Map(rubric.questions.map((q) => [q, [...q.recommendations].sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)]));
    orderedRefs.set(rubric, refs);
  }
  return refs;
}

/** The level an overall score reaches, applied to the score as shown (one decimal). */
export function levelFor(levels: readonly Level[], score: number): Level | undefined {
  let found: Level | undefined;
  for (const level of levels) if (score >= level.min) found = level;
  return found;
}

/**
 * Scores answers against a rubric: the pure heart of the tool. No file system, no clock,
 * no console: the same rubric and answers give the same Report, byte for byte.
 *
 * A recommendation's score is 100 × the weighted mean of its answered questions' scores
 * (question weight × its weight for that recommendation). The overall is the weighted mean
 * of the recommendation scores that exist; unanswered questions lower coverage, never the
 * score.
 */
export function scoreAnswers(rubric: Rubric, answers: Answers, options: ScoreOptions): Report {
  const { lang } = options;
  // A text missing in the asked language falls back to the rubric's languages in their
  // order, never to whichever key the author happened to write first.
  const fallback = [lang, ...rubric.languages];
  const t = (texts: Readonly<Record<string, string>> | undefined) => {
    const found = texts && fallback.find((l) => Object.hasOwn(texts, l));
    return found ? texts[found]! : pick(texts, lang);
  };
  const chosen = new Map<string, Option>();
  for (const q of rubric.questions) {
    const optionId = answers.answers.get(q.id);
    const option = optionId === undefined ? undefined : q.options.find((o) => o.id === optionId);
    if (option) chosen.set(q.id, option);
  }

  const refs = refsByQuestion(rubric);
  const refsOf = (q: Question) => refs.get(q)!;

  const recs = new Map<string, RecState>(
    rubric.recommendations.map((r) => [r.id, { id: r.id, weight: r.weight, answeredWeight: 0, weighted: 0 }]),
  );
  for (const q of rubric.questions) {
    const option = chosen.get(q.id);
    if (!option) continue;
    for (const ref of q.recommendations) {
      const state = recs.get(ref.id)!;
      const w = q.weight * ref.weight;
      state.answeredWeight += w;
      state.weighted += w * option.score;
    }
  }
  const recScore = (s: RecState) => (s.answeredWeight > 0 ? (100 * s.weighted) / s.answeredWeight : null);

  // The overall is linear in each answered question's score (the set of scored
  // recommendations and their denominators do not change), so each question has a fixed
  // slope: the overall points one full unit of its score is worth.
  let totalRecWeight = 0;
  let overallRaw = 0;
  for (const s of recs.values()) {
    const score = recScore(s);
    if (score === null) continue;
    totalRecWeight += s.weight;
    overallRaw += s.weight * score;
  }
  const overallScore = totalRecWeight > 0 ? round1(overallRaw / totalRecWeight) : null;
  const slopes = new Map<Question, number>();
  const slope = (q: Question): number => {
    let cached = slopes.get(q);
    if (cached === undefined) {
      let sum = 0;
      for (const ref of refsOf(q)) {
        const s = recs.get(ref.id)!;
        if (s.answeredWeight > 0) sum += (s.weight * 100 * q.weight * ref.weight) / s.answeredWeight;
      }
      cached = totalRecWeight === 0 ? 0 : sum / totalRecWeight;
      slopes.set(q, cached);
    }
    return cached;
  };
  const exactOverall = totalRecWeight > 0 ? overallRaw / totalRecWeight : 0;

  const levelRef = (level: Level | undefined) => (level ? { id: level.id, label: t(level.label), min: level.min } : null);
  const overallLevel = overallScore === null ? undefined : levelFor(rubric.levels, overallScore);
  const optionRef = (o: Option) => ({ id: o.id, label: t(o.label), score: o.score });
  const best = (q: Question) => q.options.reduce((a, b) => (b.score > a.score ? b : a));

  // Gaps: answered questions below full, ranked by what reaching full would add.
  const gapList = rubric.questions
    .filter((q) => chosen.has(q.id) && chosen.get(q.id)!.score < 1)
    .map((q, order) => ({ q, order, gainRaw: slope(q) * (best(q).score - chosen.get(q.id)!.score) }))
    .sort((a, b) => b.gainRaw - a.gainRaw || a.order - b.order);

  // The fewest changes to reach the next level: with fixed slopes, the largest gains first
  // is optimal; the last change takes the lowest option that still suffices.
  let next: Report['overall']['next'] = null;
  const nextLevel = overallLevel ? rubric.levels[rubric.levels.indexOf(overallLevel) + 1] : undefined;
  if (overallScore !== null && nextLevel) {
    const changes: NonNullable<Report['overall']['next']>['changes'] = [];
    let running = exactOverall;
    let reached = false;
    for (const { q, gainRaw } of gapList) {
      const from = chosen.get(q.id)!;
      if (round1(running + gainRaw) >= nextLevel.min) {
        const sufficient = q.options
          .filter((o) => o.score > from.score && round1(running + slope(q) * (o.score - from.score)) >= nextLevel.min)
          .sort((a, b) => a.score - b.score)[0]!;
        const gain = slope(q) * (sufficient.score - from.score);
        changes.push({ question: q.id, text: t(q.text), from: optionRef(from), to: optionRef(sufficient), gain: round1(gain) });
        reached = true;
        break;
      }
      running += gainRaw;
      changes.push({ question: q.id, text: t(q.text), from: optionRef(from), to: optionRef(best(q)), gain: round1(gainRaw) });
    }
    next = {
      level: levelRef(nextLevel)!,
      pointsNeeded: round1(nextLevel.min - overallScore),
      reachable: reached,
      changes: reached ? changes : [],
    };
  }

  const questionsByRec = new Map<string, Question[]>(rubric.recommendations.map((r) => [r.id, []]));
  for (const q of rubric.questions) for (const ref of q.recommendations) questionsByRec.get(ref.id)!.push(q);

  const recommendations = rubric.recommendations.map((r) => {
    const state = recs.get(r.id)!;
    const raw = recScore(state);
    const score = raw === null ? null : round1(raw);
    const level = score === null ? undefined : levelFor(rubric.levels, score);
    const qs = questionsByRec.get(r.id)!;
    let gain = 0;
    const trace = qs.map((q) => {
      const option = chosen.get(q.id);
      const w = q.weight * q.recommendations.find((ref) => ref.id === r.id)!.weight;
      if (option) gain += slope(q) * (best(q).score - option.score);
      const comment = answers.comments.get(q.id);
      return {
        id: q.id,
        text: t(q.text),
        area: q.area,
        option: option ? optionRef(option) : null,
        weight: w,
        contribution: option ? round2((100 * w * option.score) / state.answeredWeight) : null,
        ...(comment !== undefined ? { comment } : {}),
      };
    });
    return {
      id: r.id,
      title: t(r.title),
      ...(r.description ? { description: t(r.description) } : {}),
      weight: r.weight,
      score,
      level: levelRef(level),
      gap: score === null ? null : round1(100 - score),
      gain: round1(gain),
      actions: t(r.actions[(level ?? rubric.levels[0]!).id]),
      examples: r.examples.map((e) => t(e)),
      answered: trace.filter((q) => q.option !== null).length,
      total: trace.length,
      questions: trace,
    };
  });

  const sectionScore = (id: string) => {
    let weight = 0;
    let sum = 0;
    let answered = 0;
    let total = 0;
    for (const q of rubric.questions) {
      if (q.area !== id) continue;
      total++;
      const option = chosen.get(q.id);
      if (!option) continue;
      answered++;
      weight += q.weight;
      sum += q.weight * option.score;
    }
    return { mean: weight > 0 ? (100 * sum) / weight : null, answered, total };
  };

  const answered = chosen.size;
  const total = rubric.questions.length;
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
    },
    language: lang,
    answersRubricVersion: answers.rubric.version,
    overall: {
      score: overallScore,
      level: levelRef(overallLevel),
      coverage: total > 0 ? round3(answered / total) : 0,
      answered,
      total,
      next,
    },
    levels: rubric.levels.map((l) => ({
      id: l.id,
      label: t(l.label),
      min: l.min,
      ...(l.description ? { description: t(l.description) } : {}),
    })),
    recommendations,
    gaps: gapList.map(({ q, gainRaw }) => ({
      question: q.id,
      text: t(q.text),
      area: q.area,
      recommendations: refsOf(q).map((ref) => ref.id),
      option: optionRef(chosen.get(q.id)!),
      best: optionRef(best(q)),
      gain: round1(gainRaw),
    })),
    problemAreas: rubric.problemAreas.map((s) => {
      const { mean, answered: a, total: n } = sectionScore(s.id);
      return { id: s.id, title: t(s.title), score: mean === null ? null : round1(mean), answered: a, total: n };
    }),
    riskCategories: rubric.riskCategories.map((s) => {
      const { mean, answered: a, total: n } = sectionScore(s.id);
      return { id: s.id, title: t(s.title), exposure: mean === null ? null : round1(100 - mean), answered: a, total: n };
    }),
    unanswered: rubric.questions.filter((q) => !chosen.has(q.id)).map((q) => ({ id: q.id, text: t(q.text), area: q.area })),
    warnings: [...(options.warnings ?? [])],
  };
}
