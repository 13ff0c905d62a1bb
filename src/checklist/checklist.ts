import { pick, type Lang } from '../i18n/lang.js';
import { documentTypeLabel } from '../evidence/labels.js';
import { sectionsOf, type Rubric, type Unit } from '../rubric/model.js';
import { interviewOrder } from '../rubric/order.js';

/** One question as a unit prepares it: what is asked, the choices, and the document that shows the answer. */
export interface ChecklistQuestion {
  id: string;
  section: string;
  text: string;
  help?: string;
  options: ReadonlyArray<{ id: string; label: string }>;
  evidence?: string;
  /** The document types that can show the answer, as labels; absent: the rubric names none. */
  types?: readonly string[];
  notApplicable?: string;
  when?: { question: string; in: readonly string[] };
}

export interface ChecklistUnit {
  /** null: the questions no declared unit is named for. */
  id: string | null;
  title: string;
  questions: readonly ChecklistQuestion[];
}

/** What each unit of the body gathers before the interview, in one language. */
export interface Checklist {
  lang: Lang;
  rubric: { id: string; version: string; title: string };
  units: readonly ChecklistUnit[];
}

/**
 * The evidence checklist of a rubric: per unit (or for `only`), its questions in interview
 * order with their options and the document that shows each answer, texts in `lang`.
 * Questions no declared unit holds come last, under their own heading, when listing all
 * units. Pure.
 */
export function buildChecklist(rubric: Rubric, lang: Lang, only?: Unit): Checklist {
  const t = (texts: Readonly<Record<string, string>> | undefined) => pick(texts, lang).replace(/\s+/g, ' ').trim();
  const sectionTitle = new Map(sectionsOf(rubric).map((s) => [s.id, t(s.title)]));
  // Interview order: section by section, rubric order within each, a gate before its questions.
  const ordered = interviewOrder(rubric).map((e) => e.question);
  const item = (q: (typeof ordered)[number]): ChecklistQuestion => ({
    id: q.id,
    section: sectionTitle.get(q.area) ?? q.area,
    text: t(q.text),
    ...(q.help ? { help: t(q.help) } : {}),
    options: q.options.map((o) => ({ id: o.id, label: t(o.label) })),
    ...(q.evidence ? { evidence: t(q.evidence) } : {}),
    ...(q.evidenceTypes?.length ? { types: q.evidenceTypes.map((type) => documentTypeLabel(type, lang)) } : {}),
    ...(q.notApplicable ? { notApplicable: t(q.notApplicable) } : {}),
    ...(q.when ? { when: { question: q.when.question, in: [...q.when.in] } } : {}),
  });
  const units: ChecklistUnit[] = (only ? [only] : rubric.units).map((u) => ({
    id: u.id,
    title: t(u.title),
    questions: ordered.filter((q) => q.unit === u.id).map(item),
  }));
  if (!only) {
    const known = new Set(rubric.units.map((u) => u.id));
    const rest = ordered.filter((q) => q.unit === undefined || !known.has(q.unit));
    if (rest.length > 0) units.push({ id: null, title: '', questions: rest.map(item) });
  }
  return { lang, rubric: { id: rubric.id, version: rubric.version, title: t(rubric.title) }, units };
}
