import { type Lang, sayerIn } from '../i18n/lang.js';
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

  const answer = (t: QuestionChange['earlier']) =>
    t.status === 'answered' ? (t.option?.label ?? '—') : t.status === 'unanswered' ? s('blank') : t.status === 'declared-na' ? s('declaredNa') : s('gated');
  const qHead = [s('colQuestion'), s('earlier'), s('later'), s('colChange')];
  const qRows = (list: readonly QuestionChange[]) => list.map((q) => [`${q.text} (${q.id})`, answer(q.earlier), answer(q.later), `${q.delta > 0 ? '+' : '−'}${formatPlain(lang, Math.abs(q.delta))}`]);
  const claimHead = [s('colQuestion'), s('colAnswer'), s('colDocument')];

  return {
    title: s('title', { org: c.later.organization }),
    notes,
    overall: {
      head: [s('colMeasure'), s('earlier'), s('later'), s('colChange')],
      rows: [
        [s('score'), n1(c.earlier.score), n1(c.later.score), signed(c.overall.delta)],
        [s('level'), level(c.earlier), level(c.later), s(c.overall.level)],
        [s('coverage'), `${formatPercent(lang, c.earlier.coverage)} (${c.earlier.answered}/${c.earlier.applicable})`, `${formatPercent(lang, c.later.coverage)} (${c.later.answered}/${c.later.applicable})`, signed(Math.round((c.later.coverage - c.earlier.coverage) * 1000) / 10)],
        ...(c.evidence.rule !== null ? [[s('unsupported'), String(c.earlier.unsupported), String(c.later.unsupported), `${c.later.unsupported - c.earlier.unsupported > 0 ? '+' : ''}${c.later.unsupported - c.earlier.unsupported}`]] : []),
      ],
    },
    recommendations: {
      head: [s('colRecommendation'), s('earlier'), s('later'), s('colChange'), s('colLevel')],
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
    evidence: {
      note: c.evidence.rule === null ? s('noEvidenceRule') : null,
      gained: { head: claimHead, rows: c.evidence.gained.map((x) => [`${x.text} (${x.id})`, x.option.label, x.evidence ?? '']) },
      lost: { head: claimHead, rows: c.evidence.lost.map((x) => [`${x.text} (${x.id})`, x.option.label, x.evidence ? s('expected', { doc: x.evidence }) : '']) },
    },
  };
}
