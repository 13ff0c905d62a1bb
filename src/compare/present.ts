import { type Lang, sayerIn } from '../i18n/lang.js';
import { formatDate } from '../i18n/dates.js';
import { formatNumber, formatPercent, formatPlain } from '../report/labels.js';
import type { Comparison, QuestionChange } from './schema.js';
import { compare } from '../i18n/catalogue/compare.js';

/**
 * The comparison's cells as plain text, shared by the markdown and HTML renderers so both
 * show the same rows: each renderer only escapes and lays them out.
 */
export interface Presented {
  title: string;
  notes: string[];
  overall: { head: string[]; rows: string[][] };
  recommendations: { head: string[]; rows: string[][] };
  improved: { head: string[]; rows: string[][] };
  slipped: { head: string[]; rows: string[][] };
  applicability: { head: string[]; rows: string[][] };
  /** Gate questions whose answer changed: a row each, with what it means in words. */
  gates: { note: string; head: string[]; rows: string[][] };
  /** With an earlier file of another rubric version: the split of the change, the migration table; or why there is none. */
  rubricChange: { note: string; split: { head: string[]; rows: string[][] } | null; migration: { head: string[]; rows: string[][] } | null } | null;
  evidence: { note: string | null; gained: { head: string[]; rows: string[][] }; lost: { head: string[]; rows: string[][] } };
}

export function present(c: Comparison): Presented {
  const lang: Lang = c.language;
  const s = sayerIn(compare, lang);
  const n1 = (v: number | null) => (v === null ? '—' : formatNumber(lang, v, 1));
  const signed = (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : v < 0 ? '−' : '±'}${formatNumber(lang, Math.abs(v), 1)}`);
  const level = (r: { level: { label: string } | null; status?: string }) => r.level?.label ?? (r.status === 'incomplete' ? s('incomplete') : '—');
  const notes = [s('rubric', { title: c.rubric.title, id: c.rubric.id, version: c.rubric.version })];
  if (c.earlier.carriedForward) notes.push(s('carried', { which: c.earlier.file, version: c.earlier.answersRubricVersion }));
  if (c.later.carriedForward) notes.push(s('carried', { which: c.later.file, version: c.later.answersRubricVersion }));
  if (!c.sameOrganization) notes.push(s('otherOrganizations', { a: c.earlier.organization, b: c.later.organization }));
  if (c.earlier.date !== undefined || c.later.date !== undefined) {
    notes.push(s('dates', { earlier: c.earlier.date ? formatDate(lang, c.earlier.date) : s('noDate'), later: c.later.date ? formatDate(lang, c.later.date) : s('noDate') }));
  }
  const who = (r: typeof c.earlier) => [r.respondent.name, r.respondent.position].filter((x) => x !== undefined).join(', ') || s('nobody');
  if (who(c.earlier) !== who(c.later)) notes.push(s('respondentChanged', { earlier: who(c.earlier), later: who(c.later) }));

  // An answer whose claim counts lower than given (no document) says what it counts as, on its row.
  const answer = (t: QuestionChange['earlier']) =>
    t.status === 'answered'
      ? t.counted && t.option && t.counted.id !== t.option.id
        ? s('countedAs', { answer: t.option.label, counted: t.counted.label })
        : (t.option?.label ?? '—')
      : t.status === 'unanswered'
        ? s('blank')
        : t.status === 'declared-na'
          ? s('declaredNa')
          : s('gated');
  const qHead = [s('colQuestion'), s('earlier'), s('later'), s('colChangeOption')];
  const qRows = (list: readonly QuestionChange[]) => list.map((q) => [`${q.text} (${q.id})`, answer(q.earlier), answer(q.later), `${q.delta > 0 ? '+' : '−'}${formatPlain(lang, Math.abs(q.delta))}`]);
  const signedInt = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v)}`;
  const pp = (v: number) => s('percentagePoints', { value: signed(v) });
  const gateWords = (g: Comparison['gates'][number]) => {
    const parts: string[] = [];
    if (g.opened.length > 0) parts.push(s('gateOpened', { count: g.opened.length, list: g.opened.join(', ') }));
    if (g.closed.length > 0) parts.push(s('gateClosed', { count: g.closed.length, list: g.closed.join(', ') }));
    return parts.length > 0 ? parts.join('; ') : s('gateSame');
  };
  const r = c.rubricChange;
  const kind = { renamed: s('migRenamed'), split: s('migSplit'), dropped: s('migDropped'), option: s('migOption') } as const;
  const rubricChange: Presented['rubricChange'] = r
    ? {
        note: s('rubricChangeNote', { version: r.version }),
        split: {
          head: [s('colMeasure'), s('colScore'), s('colChangePoints')],
          rows: [
            [s('rowOwn', { version: r.version }), n1(r.own.score), ''],
            [s('rowCurrent', { version: c.rubric.version }), n1(r.current.score), signed(r.rubricDelta)],
            [s('rowLater', { version: c.rubric.version }), n1(c.later.score), signed(r.answersDelta)],
            [s('rowRubric'), '', signed(r.rubricDelta)],
            [s('rowAnswers'), '', signed(r.answersDelta)],
            [s('rowTotal'), '', signed(r.own.score === null || c.later.score === null ? null : Math.round((c.later.score - r.own.score) * 10) / 10)],
          ],
        },
        migration:
          r.migration.length === 0
            ? null
            : {
                head: [s('colMigrationQuestion'), s('colMigrationKind'), s('colMigrationResult')],
                rows: r.migration.map((m) => [m.question, kind[m.kind], m.kind === 'option' ? `${m.to[0]} → ${m.to[1]}` : m.to.join(', ') || '—']),
              },
      }
    : c.earlier.carriedForward
      ? { note: s('migrationNoArchive', { version: c.earlier.answersRubricVersion }), split: null, migration: null }
      : null;
  const claimHead = [s('colQuestion'), s('colAnswer'), s('colDocument')];

  return {
    title: s('title', { org: c.later.organization }),
    notes,
    overall: {
      head: [s('colMeasure'), s('earlier'), s('later'), s('colChange')],
      rows: [
        [s('score'), n1(c.earlier.score), n1(c.later.score), signed(c.overall.delta)],
        [s('level'), level(c.earlier), level(c.later), s(c.overall.level)],
        [s('coverage'), `${formatPercent(lang, c.earlier.coverage)} (${c.earlier.answered}/${c.earlier.applicable})`, `${formatPercent(lang, c.later.coverage)} (${c.later.answered}/${c.later.applicable})`, pp(Math.round((c.later.coverage - c.earlier.coverage) * 1000) / 10)],
        ...(c.evidence.rule !== null ? [[s('unsupported'), String(c.earlier.unsupported), String(c.later.unsupported), signedInt(c.later.unsupported - c.earlier.unsupported)]] : []),
      ],
    },
    recommendations: {
      head: [s('colRecommendation'), s('earlier'), s('later'), s('colChangePoints'), s('colLevel')],
      rows: c.recommendations.map((r) => [
        r.title,
        n1(r.earlier.score),
        n1(r.later.score),
        signed(r.delta),
        `${r.earlier.level?.label ?? '—'} → ${r.later.level?.label ?? '—'} (${s(r.level)})`,
      ]),
    },
    improved: { head: qHead, rows: qRows(c.improved) },
    slipped: { head: qHead, rows: qRows(c.slipped) },
    applicability: { head: qHead.slice(0, 3), rows: c.applicability.map((q) => [`${q.text} (${q.id})`, answer(q.earlier), answer(q.later)]) },
    gates: {
      note: s('gatesNote'),
      head: [s('colQuestion'), s('earlier'), s('later'), s('colWhat')],
      rows: c.gates.map((g) => [`${g.text} (${g.id})`, answer(g.earlier), answer(g.later), gateWords(g)]),
    },
    rubricChange,
    evidence: {
      note: c.evidence.rule === null ? s('noEvidenceRule') : null,
      gained: { head: claimHead, rows: c.evidence.gained.map((x) => [`${x.text} (${x.id})`, x.option.label, x.evidence ?? '']) },
      lost: { head: claimHead, rows: c.evidence.lost.map((x) => [`${x.text} (${x.id})`, x.option.label, x.evidence ? s('expected', { doc: x.evidence }) : '']) },
    },
  };
}
