import type { Answers } from '../answers/model.js';
import { pick, type Lang } from '../i18n/lang.js';
import type { Option, Question, Rubric } from '../rubric/model.js';
import { sectionsOf } from '../rubric/model.js';
import { round3 } from '../scoring/round.js';
import { questionStates, type QuestionState } from '../scoring/score.js';
import { alphaOf, coincidences, poolCoincidences, type AlphaResult, type Coincidences } from './alpha.js';
import { AGREEMENT_SCHEMA_VERSION, AMBIGUOUS_BELOW, FIRM_FROM, type Agreement, type AgreementBody, type AgreementQuestion } from './schema.js';

/** One answer file as agreement needs it: where it came from and its answers, already checked against the rubric. */
export interface RespondentFile {
  file: string;
  answers: Answers;
}

/** How many option pairs each question lists as confused. */
export const MAX_CONFUSIONS = 3;

/**
 * The key bodies are grouped by: `respondent.organization` as a person reads it (case,
 * spacing and Unicode form aside), the same comparison as `sameOrganization` in answers/store.
 */
export function organizationKey(organization: string): string {
  return organization.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

/** Each question's options from the lowest score up (ties in rubric order): the ordinal scale. */
function ranked(q: Question): readonly Option[] {
  return q.options.map((o, i) => ({ o, i })).sort((a, b) => a.o.score - b.o.score || a.i - b.i).map(({ o }) => o);
}

const measure = (r: AlphaResult) => ({ alpha: r.alpha === null ? null : round3(r.alpha), units: r.units, values: Math.round(r.values) });

/** Whether an alpha (as rounded) is below the ambiguity bar. */
export function isAmbiguous(alpha: number | null): boolean {
  return alpha !== null && alpha < AMBIGUOUS_BELOW;
}

/**
 * The agreement of independent respondents (SPEC "Agreement"): files grouped into bodies by
 * `respondent.organization`, each file a respondent. Per question, Krippendorff's alpha with
 * the ordinal metric over its options ordered by score (units = bodies, coders =
 * respondents; unanswered, `n/a` and questions its gate excludes are missing values), the
 * pairable bodies and values, and the option pairs most often confused; pooled over all
 * (body, question) units, per section and per recommendation, with the ordinal metric over
 * option scores (the rubric's one scale across questions). Per body, the questions its
 * respondents answered differently, with who chose what. Pure: files in, result out.
 */
export function computeAgreement(
  rubric: Rubric,
  files: readonly RespondentFile[],
  options: { lang: Lang; tool: { name: string; version: string } },
): Agreement {
  const { lang } = options;
  const opt = (o: Option) => ({ id: o.id, label: pick(o.label, lang), score: o.score });

  // Bodies in the order their first file comes; respondents in file order.
  const groups = new Map<string, { organization: string; members: Array<{ file: string; name: string | null; states: Map<string, QuestionState> }> }>();
  for (const f of files) {
    const key = organizationKey(f.answers.respondent.organization);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { organization: f.answers.respondent.organization.trim(), members: [] }));
    group.members.push({ file: f.file, name: f.answers.respondent.name?.trim() || null, states: questionStates(rubric, f.answers) });
  }
  const bodies = [...groups.values()];
  const paired = bodies.filter((b) => b.members.length >= 2);

  // Per question: each body's chosen ranks, and the coincidences pooled later over option scores.
  const byQuestion = new Map<Question, { co: Coincidences; scale: readonly Option[] }>();
  const questions: AgreementQuestion[] = rubric.questions.map((q) => {
    const scale = ranked(q);
    const rank = new Map(scale.map((o, i) => [o.id, i]));
    const units: number[][] = [];
    const pairs = new Map<number, { a: number; b: number; pairs: number; bodies: number }>();
    for (const body of paired) {
      const chosen: number[] = [];
      for (const m of body.members) {
        const s = m.states.get(q.id);
        if (s?.status === 'answered' && s.chosen) chosen.push(rank.get(s.chosen.id)!);
      }
      units.push(chosen);
      if (chosen.every((r) => r === chosen[0])) continue;
      // Which options this body's respondents set against each other, and how often.
      const counts = new Map<number, number>();
      for (const r of chosen) counts.set(r, (counts.get(r) ?? 0) + 1);
      const present = [...counts.keys()].sort((x, y) => x - y);
      for (let i = 0; i < present.length; i++) {
        for (let j = i + 1; j < present.length; j++) {
          const a = present[i]!;
          const b = present[j]!;
          const key = a * scale.length + b;
          const entry = pairs.get(key) ?? { a, b, pairs: 0, bodies: 0 };
          entry.pairs += counts.get(a)! * counts.get(b)!;
          entry.bodies += 1;
          pairs.set(key, entry);
        }
      }
    }
    const co = coincidences(units);
    byQuestion.set(q, { co, scale });
    const measured = measure(alphaOf(co, 'ordinal'));
    const confusions = [...pairs.values()]
      .sort((x, y) => y.pairs - x.pairs || y.bodies - x.bodies || x.a - y.a || x.b - y.b)
      .slice(0, MAX_CONFUSIONS)
      .map((c) => ({ a: opt(scale[c.a]!), b: opt(scale[c.b]!), pairs: c.pairs, bodies: c.bodies }));
    return { id: q.id, text: pick(q.text, lang), section: q.area, ...measured, ambiguous: isAmbiguous(measured.alpha), confusions };
  });

  // Pooled over (body, question) units on the rubric's one scale, option scores: each
  // question's coincidences relabelled from ranks to scores and added up.
  const pooledOf = (qs: readonly Question[]) => {
    const parts = qs.map((q) => byQuestion.get(q)!);
    return measure(alphaOf(poolCoincidences(parts.map((p) => p.co), (rank, i) => parts[i]!.scale[rank]!.score), 'ordinal'));
  };

  const bodyResults: AgreementBody[] = bodies.map((b) => {
    const disagreements: AgreementBody['disagreements'] = [];
    if (b.members.length >= 2) {
      for (const q of rubric.questions) {
        const given = new Set<string>();
        for (const m of b.members) {
          const s = m.states.get(q.id)!;
          if (s.status === 'answered' && s.chosen) given.add(s.chosen.id);
          else if (s.status === 'declared-na') given.add('n/a');
        }
        if (given.size < 2) continue;
        disagreements.push({
          id: q.id,
          text: pick(q.text, lang),
          choices: b.members.map((m) => {
            const s = m.states.get(q.id)!;
            return { file: m.file, name: m.name, status: s.status, option: s.status === 'answered' && s.chosen ? opt(s.chosen) : null };
          }),
        });
      }
    }
    return {
      organization: b.organization,
      respondents: b.members.map((m) => ({ file: m.file, name: m.name })),
      contributes: b.members.length >= 2,
      disagreements,
    };
  });

  const carriedForward = files
    .filter((f) => f.answers.rubric.version !== rubric.version)
    .map((f) => ({ file: f.file, version: f.answers.rubric.version }));

  return {
    schemaVersion: AGREEMENT_SCHEMA_VERSION,
    tool: { ...options.tool },
    rubric: { id: rubric.id, version: rubric.version, sha256: rubric.sha256, title: pick(rubric.title, lang) },
    language: lang,
    method: { metric: 'ordinal', ambiguousBelow: AMBIGUOUS_BELOW, firmFrom: FIRM_FROM },
    files: files.length,
    carriedForward,
    overall: pooledOf(rubric.questions),
    questions,
    sections: sectionsOf(rubric).map((s) => ({
      id: s.id,
      title: pick(s.title, lang),
      kind: s.kind,
      ...pooledOf(rubric.questions.filter((q) => q.area === s.id)),
    })),
    recommendations: rubric.recommendations.map((r) => ({
      id: r.id,
      title: pick(r.title, lang),
      ...pooledOf(rubric.questions.filter((q) => q.recommendations.some((x) => x.id === r.id))),
    })),
    bodies: bodyResults,
    singleRespondent: bodies.length - paired.length,
  };
}
