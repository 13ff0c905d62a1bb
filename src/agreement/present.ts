import { agreement as words } from '../i18n/catalogue/agreement.js';
import { type Lang, sayerIn } from '../i18n/lang.js';
import { formatCount, formatNumber } from '../i18n/numbers.js';
import { AMBIGUOUS_BELOW, FIRM_FROM, type Agreement } from './schema.js';

/** A table as plain text cells. */
export interface Table {
  head: string[];
  rows: string[][];
}

/**
 * The agreement's cells as plain text, shared by the markdown and HTML renderers so both
 * show the same rows: each renderer only escapes and lays them out.
 */
export interface Presented {
  title: string;
  notes: string[];
  ambiguous: string;
  overall: Table;
  questions: Table;
  sections: Table;
  recommendations: Table;
  bodies: Array<{ head: string; table: Table }>;
  bodiesNote: string | null;
}

export type Verdict = 'ambiguous' | 'tentative' | 'firm' | 'undefined';

/** What an alpha says: ambiguous below 0.667, tentative below 0.8, reliable from 0.8; not measurable when undefined. */
export function verdictOf(alpha: number | null): Verdict {
  if (alpha === null) return 'undefined';
  return alpha < AMBIGUOUS_BELOW ? 'ambiguous' : alpha < FIRM_FROM ? 'tentative' : 'firm';
}

/** An alpha as shown: three decimals, a decimal comma in ru and kk, a true minus; a dash when undefined. */
export function formatAlpha(lang: Lang, alpha: number | null): string {
  if (alpha === null) return '—';
  const text = formatNumber(lang, Math.abs(alpha), 3);
  return alpha < 0 ? `−${text}` : text;
}

export function present(a: Agreement): Presented {
  const lang = a.language;
  const s = sayerIn(words, lang);
  const al = (x: number | null) => formatAlpha(lang, x);
  const paired = a.bodies.filter((b) => b.contributes).length;
  const n = (x: number) => formatCount(lang, x);
  const notes = [s('rubric', { title: a.rubric.title, id: a.rubric.id, version: a.rubric.version, files: n(a.files), bodies: n(a.bodies.length), paired: n(paired) }), s('method')];
  for (const c of a.carriedForward) notes.push(s('carried', { file: c.file, version: c.version }));
  if (a.singleRespondent > 0) notes.push(s('single', { count: n(a.singleRespondent) }));

  const ambiguousList = a.questions.filter((q) => q.ambiguous);
  const measureHead = [s('colAlpha'), s('colUnits'), s('colValues'), s('colVerdict')];
  const measureRow = (m: { alpha: number | null; units: number; values: number }) => [al(m.alpha), n(m.units), n(m.values), s(verdictOf(m.alpha))];

  const answer = (c: Agreement['bodies'][number]['disagreements'][number]['choices'][number]) =>
    c.status === 'answered' ? (c.option?.label ?? '—') : c.status === 'declared-na' ? s('declaredNa') : c.status === 'gated' ? s('gated') : s('blank');
  const who = (r: { file: string; name: string | null }) => (r.name ? `${r.name} (${r.file})` : r.file);
  const withDisagreements = a.bodies.filter((b) => b.disagreements.length > 0);

  return {
    title: s('title'),
    notes,
    ambiguous: ambiguousList.length === 0 ? s('ambiguousNone') : s('ambiguousSome', { count: n(ambiguousList.length), list: ambiguousList.map((q) => q.id).join(', ') }),
    overall: { head: [s('colMeasure'), ...measureHead], rows: [[s('overallRow'), ...measureRow(a.overall)]] },
    questions: {
      head: [s('colQuestion'), ...measureHead, s('colConfused')],
      rows: a.questions.map((q) => [
        `${q.text} (${q.id})`,
        ...measureRow(q),
        q.confusions.map((c) => s('confusion', { a: c.a.label, b: c.b.label, pairs: n(c.pairs) })).join('; '),
      ]),
    },
    sections: { head: [s('colSection'), ...measureHead], rows: a.sections.map((x) => [x.title, ...measureRow(x)]) },
    recommendations: { head: [s('colRecommendation'), ...measureHead], rows: a.recommendations.map((x) => [x.title, ...measureRow(x)]) },
    bodies: withDisagreements.map((b) => ({
      head: s('bodyHead', { org: b.organization, count: n(b.disagreements.length) }),
      table: {
        head: [s('colQuestion'), ...b.respondents.map(who)],
        rows: b.disagreements.map((d) => [`${d.text} (${d.id})`, ...d.choices.map(answer)]),
      },
    })),
    bodiesNote: paired > 0 && withDisagreements.length === 0 ? s('bodiesAlike') : null,
  };
}
