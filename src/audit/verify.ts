import { NA, type Answers } from '../answers/model.js';
import type { Lang } from '../i18n/lang.js';
import type { Report } from '../report/schema.js';
import type { Question, Rubric } from '../rubric/model.js';
import { scoreAnswers, type ScoreOptions } from '../scoring/score.js';
import { prepare } from '../scoring/states.js';
import { evidenceOn, keyClaims, levelRank } from './key.js';
import { isRejection, type Audit } from './model.js';
import { claimPoints } from './sample.js';

/** What the verified result needs of an audit: its verdicts, and the days it names. */
export type AuditFacts = Pick<Audit, 'verdicts'> & Partial<Pick<Audit, 'date' | 'received'>>;

/**
 * The day from which the verified result measures the rubric's periods (a rung's "in the last
 * 12 months", the old-document cut-off, a document dated later than the day): the day the
 * answers reached the auditor (`received`), else the audit's date, never before the day the
 * declared result is measured from. A body cannot move it by dating its assessment earlier:
 * the auditor's own register gives it. Undefined when neither the audit nor the answers name a day.
 */
export function measuredOn(answers: Answers, audit: Partial<Pick<Audit, 'date' | 'received'>>): string | undefined {
  const own = answers.checkedOn ?? answers.date;
  const day = audit.received ?? audit.date ?? undefined;
  if (day === undefined) return own;
  return own !== undefined && own > day ? own : day;
}

/** `measuredOn` for the report: the day and whose it is, when it is not the declared result's day. */
function measuredFrom(answers: Answers, audit: Partial<Pick<Audit, 'date' | 'received'>>): { date: string; from: 'received' | 'audit' } | null {
  const day = measuredOn(answers, audit);
  if (day === undefined || day === (answers.checkedOn ?? answers.date)) return null;
  return { date: day, from: audit.received !== null && audit.received !== undefined ? 'received' : 'audit' };
}

/**
 * The answers as verified (SPEC.md "Audit"), measured from `measuredOn`: each rejected claim (`rejected` or `not-found`)
 * at the auditor's option, or, without one, at the question's lowest option (0: the claim
 * stays answered, it is not shown); a rejected `n/a` or gate answer without an option as not
 * given. Confirmed and blank verdicts leave the answer as declared, except after a
 * `not-found`: a file that cites a document that does not exist has its register taken on
 * trust no longer, so every claim the auditor gave no verdict keeps its answer but loses its
 * evidence, and the method's own evidence rule judges it (an option from `evidenceFrom` up
 * counts as unsupported, an `n/a` or a gate's closing answer closes nothing). The auditor
 * restores a claim by checking it. The audit is assumed checked (`checkVerdicts`): a verdict
 * on an unknown or unanswered question is ignored. Pure.
 */
export function verifiedAnswers(rubric: Rubric, answers: Answers, audit: AuditFacts): Answers {
  // The rubric's questions, gates and options by score, worked out once per rubric.
  const { byId, gates, ascending } = prepare(rubric);
  const verified = new Map(answers.answers);
  const checked = new Set(audit.verdicts.map(([id]) => id));
  const notFound = audit.verdicts.some(([id, v]) => v.verdict === 'not-found' && answers.answers.has(id));
  const evidence = notFound ? evidenceOn(answers.evidence, new Set(audit.verdicts.filter(([, v]) => v.verdict !== null).map(([id]) => id))) : answers.evidence;
  for (const [id, v] of audit.verdicts) {
    const q = byId.get(id);
    const claimed = answers.answers.get(id);
    if (!isRejection(v.verdict) || !q || claimed === undefined) continue;
    if (v.option !== null) verified.set(id, v.option);
    else if (claimed === NA || gates.has(id)) verified.delete(id);
    else verified.set(id, ascending.get(q)![0]!.id);
    // A rejected gate answer that closed questions opens them as unanswered: what the file said
    // about them was said of questions it declared not to apply, and nobody has checked it, so
    // it cannot lift the verified result above the declared one. An auditor's own verdict on
    // such a question (confirmed, or rejected with an option) still counts.
    if (gates.has(id)) {
      for (const d of rubric.questions) {
        if (d.when?.question !== id || d.when.in.includes(claimed) || checked.has(d.id)) continue;
        verified.delete(d.id);
      }
    }
  }
  const day = measuredOn(answers, audit);
  const moved = day !== undefined && day !== (answers.checkedOn ?? answers.date);
  return { ...answers, answers: verified, evidence, ...(moved ? { checkedOn: day } : {}) };
}

/**
 * The full report of the answers as verified: `scoreAnswers`, with one rule more. The
 * verified level rests on what the auditor checked: when the claims the auditor gave a
 * verdict carry, on their own, a lower level than the verified score reaches, the verified
 * level is that lower one, and `overall.heldAt` names the level the score reaches and the
 * unchecked claims it rests on (`keyClaims`), for the auditor to check next. What "on their
 * own" means (`Distrust`): an unchecked claim's document never carries the level; its answer
 * does (an answer below `evidenceFrom` needs no document) until the audit finds a claim
 * overstated (a rejection or `not-found`), after which the unchecked answers carry nothing
 * either, as an auditor who finds errors extends the test. A sample drawn by `audit sample`
 * takes the documented claims the level rests on in full, so a sample checked and confirmed
 * never holds an honest body down; an invented document can raise the verified level only by
 * being checked, and a body whose declarations the sample finds false keeps only what the
 * auditor confirmed. Pure.
 */
export function verifiedReport(rubric: Rubric, answers: Answers, audit: AuditFacts, options: ScoreOptions): Report {
  const verified = verifiedAnswers(rubric, answers, audit);
  const report = scoreAnswers(rubric, verified, options);
  const rank = levelRank(rubric, report.overall.level?.id);
  if (rank < 0) return report;
  const checked = new Set(audit.verdicts.filter(([id, v]) => v.verdict !== null && verified.answers.has(id)).map(([id]) => id));
  const distrust = { declarations: audit.verdicts.some(([id, v]) => isRejection(v.verdict) && answers.answers.has(id)) };
  const { carried, claims } = keyClaims(rubric, verified, checked, rank, claimPoints(report), distrust);
  if (carried >= rank) return report;
  const level = carried < 0 ? null : report.levels[carried]!;
  return {
    ...report,
    overall: {
      ...report.overall,
      level: level === null ? null : { id: level.id, label: level.label, min: level.min },
      heldAt: { level: report.overall.level!, claims, overstated: distrust.declarations },
    },
  };
}

/** The report's `audit` block. */
export type AuditBlock = NonNullable<Report['audit']>;

/**
 * The declared report with its `audit` block: the verified result is `scoreAnswers` of the
 * answers as verified, the same pure scoring as the declared one, so the two can differ
 * only by what the auditor found. Counts: claims (answered questions) confirmed, rejected
 * (of which `notFound`: a cited document that does not exist), and not checked (answered,
 * without a verdict). Pure.
 */
export function auditedReport(rubric: Rubric, answers: Answers, audit: Audit, declared: Report, options: ScoreOptions, verified = verifiedReport(rubric, answers, audit, options)): Report {
  const lang: Lang = declared.language;
  const { byId } = prepare(rubric);
  const label = (q: Question, id: string | null | undefined): string | null => {
    if (id === null || id === undefined) return null;
    if (id === NA) return q.notApplicable?.[lang] ?? NA;
    const o = q.options.find((x) => x.id === id);
    return o ? (o.label[lang] ?? Object.values(o.label)[0] ?? id) : id;
  };
  const given = new Map(audit.verdicts.filter(([, v]) => v.verdict !== null));
  let confirmed = 0;
  let rejected = 0;
  let notFound = 0;
  let unchecked = 0;
  for (const id of answers.answers.keys()) {
    const v = given.get(id);
    if (v?.verdict === 'confirmed') confirmed++;
    else if (isRejection(v?.verdict ?? null)) {
      rejected++;
      if (v!.verdict === 'not-found') notFound++;
    } else unchecked++;
  }
  const verdicts: AuditBlock['verdicts'] = [];
  for (const [id, v] of audit.verdicts) {
    const q = byId.get(id);
    const claimed = answers.answers.get(id);
    if (!q || claimed === undefined) continue;
    const text = q.text[lang] ?? Object.values(q.text)[0] ?? id;
    const now = verified.recommendations.flatMap((r) => r.questions).find((x) => x.id === id);
    verdicts.push({
      id,
      text,
      verdict: v.verdict,
      claimed: { id: claimed, label: label(q, claimed)! },
      option: v.option === null ? null : { id: v.option, label: label(q, v.option)! },
      countedAs: !isRejection(v.verdict) ? null : (now?.status === 'answered' ? (now.countedAs ?? now.option) : null) ?? null,
      ...(v.note !== null ? { note: v.note } : {}),
    });
  }
  const levelOf = (r: Report) => (r.overall.level ? { id: r.overall.level.id, label: r.overall.level.label } : null);
  const heldAt = verified.overall.heldAt;
  const held = heldAt
    ? {
        level: { id: heldAt.level.id, label: heldAt.level.label },
        overstated: heldAt.overstated,
        claims: heldAt.claims.map((id) => {
          const q = byId.get(id);
          return { id, text: q ? (q.text[lang] ?? Object.values(q.text)[0] ?? id) : id };
        }),
      }
    : null;
  return {
    ...declared,
    audit: {
      file: audit.file,
      auditor: audit.auditor,
      date: audit.date,
      sha256: audit.sha256,
      declared: { score: declared.overall.score, level: levelOf(declared), status: declared.overall.status },
      verified: { score: verified.overall.score, level: levelOf(verified), status: verified.overall.status },
      confirmed,
      rejected,
      notFound,
      unchecked,
      measuredOn: measuredFrom(answers, audit),
      held,
      verdicts,
    },
  };
}

/** The declared report with an `audit` block that says why no audit could be applied (its declared score still shown). */
export function auditErrorReport(declared: Report, file: string, error: string): Report {
  const level = declared.overall.level ? { id: declared.overall.level.id, label: declared.overall.level.label } : null;
  return {
    ...declared,
    audit: {
      file,
      auditor: null,
      date: null,
      sha256: null,
      declared: { score: declared.overall.score, level, status: declared.overall.status },
      verified: null,
      confirmed: 0,
      rejected: 0,
      notFound: 0,
      unchecked: 0,
      measuredOn: null,
      held: null,
      verdicts: [],
      error,
    },
  };
}
