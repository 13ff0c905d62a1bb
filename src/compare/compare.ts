import { round1, round3 } from '../scoring/round.js';
import type { Report } from '../report/schema.js';
import { COMPARISON_SCHEMA_VERSION, type Comparison, type QuestionChange } from './schema.js';

type MigrationStep = NonNullable<Comparison['rubricChange']>['migration'][number];

/** What else a comparison can be told: the rubric's gates, and the earlier file under its own rubric version. */
export interface CompareOptions {
  /** Question ids others apply under (`when`); also found from the reports' gated entries. */
  gates?: ReadonlySet<string>;
  /** The earlier file scored under the rubric version it was made with, and what the migration did to it. */
  own?: { report: Report; migration: MigrationStep[] };
  /** The answer files' assessment dates, for reports that do not carry them yet. */
  dates?: { earlier?: string; later?: string };
}

type Trace = Report['recommendations'][number]['questions'][number];
type Level = NonNullable<Report['overall']['level']>;

/** One round as the comparison needs it: its report and the file it came from. */
export interface RoundInput {
  file: string;
  report: Report;
}

/** Each question once (the first recommendation that traces it), in report order. */
function tracesOf(report: Report): Map<string, Trace> {
  const out = new Map<string, Trace>();
  for (const rec of report.recommendations) for (const q of rec.questions) if (!out.has(q.id)) out.set(q.id, q);
  return out;
}

/** The score a question counts with: its counted option's, 0 when blank, null when it does not apply. */
function valueOf(q: Trace | undefined): number | null {
  if (!q || q.status === 'gated' || q.status === 'declared-na') return null;
  if (q.status === 'unanswered') return 0;
  return (q.countedAs ?? q.option)?.score ?? 0;
}

function thenOf(q: Trace | undefined): QuestionChange['earlier'] {
  const counted = q && q.status === 'answered' ? (q.countedAs ?? q.option ?? null) : null;
  return { status: q?.status ?? 'unanswered', option: q?.option ?? null, counted, value: valueOf(q) };
}

function move(levels: readonly Level[], a: Level | null, b: Level | null): Comparison['overall']['level'] {
  if (a === null || b === null) return 'unknown';
  const ia = levels.findIndex((l) => l.id === a.id);
  const ib = levels.findIndex((l) => l.id === b.id);
  return ib > ia ? 'up' : ib < ia ? 'down' : 'same';
}

const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : round1(b - a));

function round(input: RoundInput, currentVersion: string, fileDate?: string): Comparison['earlier'] {
  const { report } = input;
  const date = dateOf(report) ?? fileDate;
  const o = report.overall;
  return {
    file: input.file,
    organization: report.respondent.organization,
    answersRubricVersion: report.answersRubricVersion,
    carriedForward: report.answersRubricVersion !== currentVersion,
    warnings: [...report.warnings],
    score: o.score,
    answeredScore: o.answeredScore,
    level: o.level,
    status: o.status,
    coverage: o.coverage,
    answered: o.answered,
    applicable: o.applicable,
    unsupported: report.unsupported.length,
    ...(date !== undefined ? { date } : {}),
    respondent: {
      ...(report.respondent.name !== undefined ? { name: report.respondent.name } : {}),
      ...(report.respondent.position !== undefined ? { position: report.respondent.position } : {}),
    },
  };
}

/** The assessment date a report carries (its answer file's `date`, report schema 3), when it has one. */
function dateOf(report: Report): string | undefined {
  const date = (report as { date?: unknown }).date;
  return typeof date === 'string' && date !== '' ? date : undefined;
}

/**
 * What changed between two rounds of the same body, both scored against the current
 * rubric (older answer files carried forward by its migrations): the overall and each
 * recommendation then and now with their level moves, the questions whose counted score
 * rose or fell, those that began or stopped applying, and the claims that gained or lost
 * their evidence. Pure: the same reports give the same result.
 */
export function compareReports(earlier: RoundInput, later: RoundInput, sameOrganization: boolean, options: CompareOptions = {}): Comparison {
  const a = earlier.report;
  const b = later.report;
  const levels = b.levels.map(({ id, label, min }) => ({ id, label, min }));
  const before = tracesOf(a);
  const after = tracesOf(b);
  // The gate each closed question hangs on, at either date.
  const gateOf = new Map<string, string>();
  for (const r of [a, b]) for (const na of r.notApplicable) if (na.reason === 'gated') gateOf.set(na.id, na.gate.question);
  const gates = new Set([...(options.gates ?? []), ...gateOf.values()]);

  const improved: QuestionChange[] = [];
  const slipped: QuestionChange[] = [];
  const applicability: Comparison['applicability'] = [];
  const gateChanges: Comparison['gates'] = [];
  const order = [...after.keys()];
  for (const id of order) {
    const q = after.get(id)!;
    const then = thenOf(before.get(id));
    const now = thenOf(q);
    const base = { id, text: q.text, area: q.area, earlier: then, later: now };
    if ((then.value === null) !== (now.value === null)) {
      applicability.push(base);
      continue;
    }
    if (gates.has(id)) {
      // A gate decides which questions apply. Its answer changing (pilot → operation) is a
      // change of situation, listed apart in words; it moves the score only if it has weight.
      if (then.option?.id !== now.option?.id || then.status !== now.status) gateChanges.push({ ...base, opened: [], closed: [] });
      if (q.weight === 0) continue;
    }
    if (then.value === null || now.value === null) continue;
    const d = round3(now.value - then.value);
    if (d > 0) improved.push({ ...base, delta: d });
    else if (d < 0) slipped.push({ ...base, delta: d });
  }
  for (const g of gateChanges) {
    for (const x of applicability) {
      if (gateOf.get(x.id) !== g.id) continue;
      if (x.earlier.value === null) g.opened.push(x.id);
      else g.closed.push(x.id);
    }
  }
  const rank = new Map(order.map((id, i) => [id, i]));
  improved.sort((x, y) => y.delta - x.delta || rank.get(x.id)! - rank.get(y.id)!);
  slipped.sort((x, y) => x.delta - y.delta || rank.get(x.id)! - rank.get(y.id)!);

  // A claim is an answer that needs a document: at or above the rubric's evidence threshold,
  // or one the scorer listed as unsupported on that date (a gate's "does not apply" needs its
  // document whatever it scores), or the same answer that was so listed on the other date.
  const rule = b.method.evidenceFrom;
  const unsupportedBefore = new Set(a.unsupported.map((u) => u.id));
  const unsupportedAfter = new Map(b.unsupported.map((u) => [u.id, u]));
  const listed = (id: string) => unsupportedBefore.has(id) || unsupportedAfter.has(id);
  const claims = (q: Trace | undefined, other: Trace | undefined, own: { has(id: string): boolean }) =>
    rule !== null &&
    q?.status === 'answered' &&
    q.option !== null &&
    (q.option.score >= rule || own.has(q.id) || (listed(q.id) && other?.option?.id === q.option.id));
  const gained: Comparison['evidence']['gained'] = [];
  const lost: Comparison['evidence']['lost'] = [];
  for (const id of order) {
    const then = before.get(id);
    const now = after.get(id)!;
    if (!claims(then, now, unsupportedBefore) || !claims(now, then, unsupportedAfter)) continue;
    const wasSupported = !unsupportedBefore.has(id);
    const isSupported = !unsupportedAfter.has(id);
    if (!wasSupported && isSupported) gained.push({ id, text: now.text, option: now.option!, ...(now.evidence ? { evidence: now.evidence } : {}) });
    if (wasSupported && !isSupported) {
      const expected = unsupportedAfter.get(id)!.evidence;
      lost.push({ id, text: now.text, option: now.option!, ...(expected ? { evidence: expected } : {}) });
    }
  }

  const recsBefore = new Map(a.recommendations.map((r) => [r.id, r]));
  return {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    tool: { ...b.tool },
    rubric: { ...b.rubric },
    language: b.language,
    sameOrganization,
    earlier: round(earlier, b.rubric.version, options.dates?.earlier),
    later: round(later, b.rubric.version, options.dates?.later),
    overall: { delta: delta(a.overall.score, b.overall.score), level: move(levels, a.overall.level, b.overall.level) },
    recommendations: b.recommendations.map((r) => {
      const then = recsBefore.get(r.id);
      const earlierRec = { score: then?.score ?? null, level: then?.level ?? null };
      return {
        id: r.id,
        title: r.title,
        earlier: earlierRec,
        later: { score: r.score, level: r.level },
        delta: delta(earlierRec.score, r.score),
        level: move(levels, earlierRec.level, r.level),
      };
    }),
    improved,
    slipped,
    applicability,
    gates: gateChanges,
    rubricChange: options.own ? rubricChange(options.own, a, b) : null,
    evidence: { rule, gained, lost },
  };
}

/**
 * The change split in two when the earlier file was made with another rubric version: what
 * the rubric's change explains (the earlier file under the current version minus under its
 * own) and what the answers explain (the later file minus the earlier under the current
 * version). The two add up to the later score minus the earlier file's own-version score.
 */
function rubricChange(own: NonNullable<CompareOptions['own']>, earlierNow: Report, later: Report): NonNullable<Comparison['rubricChange']> {
  const o = own.report.overall;
  const c = earlierNow.overall;
  return {
    version: own.report.rubric.version,
    own: { score: o.score, coverage: o.coverage, status: o.status },
    current: { score: c.score, coverage: c.coverage, status: c.status },
    rubricDelta: delta(o.score, c.score),
    answersDelta: delta(c.score, later.overall.score),
    migration: own.migration,
  };
}
