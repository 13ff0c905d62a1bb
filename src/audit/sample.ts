import { createHash } from 'node:crypto';
import { NA, type Answers } from '../answers/model.js';
import { evidenceText } from '../evidence/describe.js';
import { isRegisterRef, type DocumentEntry } from '../evidence/model.js';
import { pick, type Lang } from '../i18n/lang.js';
import { seededRandom } from '../random.js';
import type { Report } from '../report/schema.js';
import type { Rubric } from '../rubric/model.js';
import { closesQuestions } from '../scoring/score.js';
import { keyClaims, levelRank } from './key.js';

/**
 * Why a claim is in the sample: a flag of the evidence rules, a gate or `n/a` that takes
 * questions out, a key claim the declared level rests on (`keyClaims`), or the draw.
 */
export type SampleReason = `flag:${string}` | 'gate' | 'n/a' | 'key' | 'sample';

/** One claim the auditor is to check, with what they need to check it from the audit file alone. */
export interface SampledClaim {
  id: string;
  reason: SampleReason;
  /** The question's text, in the sample's language. */
  question: string;
  /** The option claimed (`n/a` for not applicable) and its label. */
  claimed: { option: string; label: string };
  /** The evidence the answer file gives for it, as one line (register entries with their number, date and title); null when none. */
  cited: string | null;
  /** The register entries it cites, each as the register has it. */
  documents: Array<{ id: string } & DocumentEntry>;
  /** What the rubric says shows the answer (the question's `evidence`); null when it says nothing. */
  shows: string | null;
  /** The overall points the claim carries as declared (two decimals). */
  points: number;
}

/** A flag the evidence rules raised on a claim (report `flags[]`), checked before anything else. */
export interface ClaimFlag {
  id: string;
  kind: string;
  documents?: readonly string[];
}

export interface SampleOptions {
  /** Claims per body: every flagged, gate and `n/a` claim, then the draw up to this many; the key claims come on top. */
  size: number;
  seed: number;
  lang: Lang;
  /** The sha256 of the answer file's bytes: the draw is keyed on the body, never on the order of the inputs. */
  sha256: string;
  flags?: readonly ClaimFlag[];
}

/**
 * The overall points each answered question carries in a declared report: its contribution
 * to each recommendation's score, weighted as the overall weighs that recommendation. Read
 * from the report, so the arithmetic is the scorer's own.
 */
export function claimPoints(report: Report): Map<string, number> {
  const scored = report.recommendations.filter((r) => r.score !== null);
  const total = scored.reduce((sum, r) => sum + r.weight, 0);
  const points = new Map<string, number>();
  if (total === 0) return points;
  for (const r of scored) {
    for (const q of r.questions) {
      if (q.status !== 'answered' || q.contribution === null) continue;
      points.set(q.id, (points.get(q.id) ?? 0) + (q.contribution * r.weight) / total);
    }
  }
  return points;
}

/** A 32-bit seed from the run's seed and the body's sha256. */
function drawSeed(seed: number, sha256: string): number {
  return createHash('sha256').update(`${seed}\u0000${sha256}`).digest().readUInt32BE(0);
}

/**
 * A weighted random sample without replacement of `k` items (Efraimidis and Spirakis,
 * "Weighted random sampling with a reservoir", 2006: each item gets the key u^(1/w) and the
 * k largest keys are taken, which draws exactly as successive weighted draws would). Items
 * of weight 0 are never taken. The result keeps the items' order.
 */
export function weightedSample<T>(items: readonly T[], weight: (item: T) => number, k: number, random: () => number): T[] {
  const keyed = items.map((item, order) => {
    const w = weight(item);
    // Every item draws its number, weighted or not, so one weight changing moves no other item's draw.
    const u = random();
    return { item, order, key: w > 0 ? Math.log(u === 0 ? Number.MIN_VALUE : u) / w : -Infinity };
  });
  return keyed
    .filter((x) => x.key > -Infinity)
    .sort((a, b) => b.key - a.key || a.order - b.order)
    .slice(0, Math.max(0, k))
    .sort((a, b) => a.order - b.order)
    .map((x) => x.item);
}

/**
 * The claims of one body to check (SPEC.md "Audit"): every flagged claim, every gate answer
 * that closes questions and every `n/a`, in the rubric's order; then the key claims, those
 * the declared level rests on (`keyClaims`: with documents on these and the claims above
 * alone, the answers still reach the declared level), checked in full as an audit checks its
 * key items; then a random sample of the remaining claims weighted by the overall points
 * each carries, up to `size` claims besides the key ones. Reproducible: the draw depends only
 * on the seed and the answer file's bytes. Pure.
 */
export function sampleClaims(rubric: Rubric, answers: Answers, declared: Report, options: SampleOptions): SampledClaim[] {
  const points = claimPoints(declared);
  const flagged = new Map<string, string>();
  for (const f of options.flags ?? []) if (!flagged.has(f.id)) flagged.set(f.id, f.kind);
  const claim = (id: string, reason: SampleReason): SampledClaim => {
    const q = rubric.questions.find((x) => x.id === id)!;
    const option = answers.answers.get(id)!;
    const ref = answers.evidence.get(id);
    const label = option === NA ? pick(q.notApplicable, options.lang) : pick(q.options.find((o) => o.id === option)?.label, options.lang);
    return {
      id,
      reason,
      question: pick(q.text, options.lang),
      claimed: { option, label },
      cited: ref === undefined ? null : evidenceText(ref, answers.documents),
      documents: ref !== undefined && isRegisterRef(ref) ? ref.documents.map((doc) => ({ id: doc, ...answers.documents.get(doc) })) : [],
      shows: q.evidence ? pick(q.evidence, options.lang) : null,
      points: Math.round((points.get(id) ?? 0) * 100) / 100,
    };
  };
  const first: SampledClaim[] = [];
  const rest: string[] = [];
  for (const q of rubric.questions) {
    const option = answers.answers.get(q.id);
    if (option === undefined) continue;
    const flag = flagged.get(q.id);
    if (flag !== undefined) first.push(claim(q.id, `flag:${flag}`));
    else if (option === NA) first.push(claim(q.id, 'n/a'));
    else if (closesQuestions(rubric, q, option)) first.push(claim(q.id, 'gate'));
    else rest.push(q.id);
  }
  const keys = new Set(keyClaims(rubric, answers, new Set(first.map((c) => c.id)), levelRank(rubric, declared.overall.level?.id), points).claims);
  const random = seededRandom(drawSeed(options.seed, options.sha256));
  const drawn = weightedSample(
    rest.filter((id) => !keys.has(id)),
    (id) => points.get(id) ?? 0,
    options.size - first.length,
    random,
  );
  // Flagged claims first, then gates and n/a, then the key claims, then the draw; each in the rubric's order.
  const flaggedFirst = [...first.filter((c) => c.reason.startsWith('flag:')), ...first.filter((c) => !c.reason.startsWith('flag:'))];
  return [...flaggedFirst, ...rest.filter((id) => keys.has(id)).map((id) => claim(id, 'key')), ...drawn.map((id) => claim(id, 'sample'))];
}
