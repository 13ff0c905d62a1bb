import { report } from '../i18n/catalogue/report.js';
import { flagLabel, reasonLabel } from '../evidence/labels.js';
import { type Lang, sayer } from '../i18n/lang.js';
import type { Report, ReportRecommendation } from './schema.js';

export type LabelKey = keyof typeof report;

/** The renderers' text `key` (the catalogue's `report` namespace) in `lang`, placeholders filled. */
export const label = sayer(report);

// Numbers are shown by the one formatter every output uses.
export { formatNumber, formatPercent, formatPlain } from '../i18n/numbers.js';
import { formatNumber, formatPercent, formatPlain } from '../i18n/numbers.js';

// What every renderer derives from the Report the same way.

/** Section id → its title (problem areas and risk categories share one id space). */
export function areaTitles(report: Report): ReadonlyMap<string, string> {
  return new Map([...report.problemAreas, ...report.riskCategories].map((s) => [s.id, s.title]));
}

/** Recommendation id → its title. */
export function recommendationTitles(report: Report): ReadonlyMap<string, string> {
  return new Map(report.recommendations.map((r) => [r.id, r.title]));
}

/** The recommendations in the order their next actions are shown: largest gain first, then rubric order. */
export function byGain(report: Report): ReportRecommendation[] {
  return report.recommendations
    .map((r, order) => ({ r, order }))
    .sort((a, b) => b.r.gain - a.r.gain || a.order - b.order)
    .map(({ r }) => r);
}

/** The sum of the weights of a recommendation's applicable questions: the trace's denominator. */
export function applicableWeight(rec: ReportRecommendation): number {
  return rec.questions.reduce((sum, q) => (q.status === 'answered' || q.status === 'unanswered' ? sum + q.weight : sum), 0);
}

/** The method's sentences about the overall result, plain text that each renderer escapes its own way. */
export interface OverallNotes {
  /** Why there is no level yet: the coverage floor, with how many more answers are needed. */
  incomplete?: { headline: string; scoreSoFar: string | null; why: string };
  /** Which recommendation holds the level down (weakest link). */
  capped?: string;
  /** The score over answered questions only, when it differs. */
  answeredScore?: string;
  /** How many claims lack a document. */
  unsupported?: string;
  /** How many flags the auditor has. */
  flags?: string;
  /** A level no auditor has checked: what it is (a declaration) and how it becomes a verified one. */
  declared?: string;
}

/** Words for the method's signals on the overall result (SPEC.md "Method"), in the report's language. */
export function overallNotes(report: Report): OverallNotes {
  const lang = report.language;
  const o = report.overall;
  const n1 = (value: number) => formatNumber(lang, value, 1);
  const notes: OverallNotes = {};
  if (o.score !== null && (o.status === 'incomplete' || o.level === null)) {
    notes.incomplete = {
      headline: label(lang, 'incomplete'),
      scoreSoFar: label(lang, 'scoreSoFar', { score: n1(o.score) }),
      why: label(lang, 'incompleteWhy', {
        answered: o.answered,
        applicable: o.applicable,
        coverage: formatPercent(lang, o.coverage),
        min: formatPercent(lang, report.method.minCoverage),
        required: o.required,
        missing: o.missing,
      }),
    };
  }
  if (o.cappedBy && o.uncappedLevel) {
    notes.capped = label(lang, o.cappedBy.id.startsWith('module:') ? 'cappedByModule' : 'cappedBy', {
      uncapped: o.uncappedLevel.label,
      title: o.cappedBy.title,
      score: n1(o.cappedBy.score),
      level: o.cappedBy.level?.label ?? '—',
      n: report.method.weakestLink ?? 0,
    });
  }
  if (o.answeredScore !== null && o.answeredScore !== o.score) notes.answeredScore = label(lang, 'answeredScoreNote', { score: n1(o.answeredScore) });
  if (report.unsupported.length > 0) notes.unsupported = label(lang, 'unsupportedCount', { count: report.unsupported.length });
  if (report.flags.length > 0) notes.flags = label(lang, 'flagsCount', { count: report.flags.length });
  if (o.level !== null && report.audit === undefined) notes.declared = label(lang, 'declaredNote');
  return notes;
}

/** How one trace question's answer reads: the option, or why there is none; marks for missing evidence and downgrades. */
export function traceAnswer(lang: Lang, q: ReportRecommendation['questions'][number]): { option: string | null; status: string | null; marks: string[] } {
  if (q.status === 'declared-na') return { option: null, status: label(lang, 'statusNa'), marks: [] };
  if (q.status === 'gated') return { option: null, status: label(lang, 'statusGated'), marks: [] };
  if (!q.option) return { option: null, status: label(lang, 'statusUnanswered'), marks: [] };
  const marks: string[] = [];
  if (q.unsupported) marks.push(label(lang, 'noEvidenceMark'));
  if (q.countedAs) marks.push(`${label(lang, 'countedAs')} ${q.countedAs.label}`);
  return { option: q.option.label, status: null, marks };
}

/** One unsupported claim's reason, in words. */
export function unsupportedReason(lang: Lang, u: Report['unsupported'][number]): string {
  return label(lang, 'unsupportedReason', { reason: reasonLabel(u.reason, lang) });
}

/** One flag in words: what it is and which documents (a contradiction: which other question). */
export function flagText(lang: Lang, f: Report['flags'][number]): string {
  if (f.question !== undefined) return `${flagLabel(f.kind, lang)}: ${label(lang, 'contradictsAnswer', { text: f.question.text, id: f.question.id })}`;
  return `${flagLabel(f.kind, lang)}: ${f.documents.join('; ')}`;
}

/** Why a question does not apply, in words. */
export function notApplicableReason(lang: Lang, q: Report['notApplicable'][number]): string {
  return q.reason === 'declared'
    ? // The rubric's n/a text is a sentence; inside the parentheses its final stop would double up.
      label(lang, 'declaredNa', { label: q.label.replace(/[.。]+\s*$/u, ''), justification: q.justification })
    : label(lang, 'gatedBy', { gate: q.gate.text, answer: q.gate.answer?.label ?? label(lang, 'statusGated') });
}

/** The method's rules as sentences, for the trace. */
export function methodRules(report: Report): string[] {
  const lang = report.language;
  const rules = [
    label(lang, 'levelRule', {
      levels: report.levels.map((l) => label(lang, 'levelFrom', { label: l.label, min: formatPlain(lang, l.min) })).join('; '),
    }),
    label(lang, 'coverageRule', { min: formatPercent(lang, report.method.minCoverage) }),
  ];
  if (report.method.weakestLink !== null) rules.push(label(lang, 'weakestLinkRule', { n: report.method.weakestLink }));
  if (report.method.evidenceFrom !== null) {
    rules.push(
      label(lang, 'evidenceRule', {
        from: formatPlain(lang, report.method.evidenceFrom),
        what: label(lang, report.method.unsupported === 'downgrade' ? 'evidenceDowngraded' : 'evidenceFlagged'),
      }),
    );
  }
  return rules;
}

/** The sentence about the next level: points to go, or, when the score already reaches it, the weakest link to raise. */
export function nextLevelText(report: Report, next: NonNullable<Report['overall']['next']>): string {
  const lang = report.language;
  if (next.pointsNeeded === 0 && report.overall.cappedBy) return label(lang, 'nextLevelCapped', { level: next.level.label });
  return label(lang, 'nextLevel', { level: next.level.label, min: formatPlain(lang, next.level.min), points: formatNumber(lang, next.pointsNeeded, 1) });
}
