import type { Level, Localized, Option, Question, Recommendation, Rubric, Section } from '../rubric/model.js';
import type { RubricMigration } from '../rubric/schema.js';
import { composeMigration } from '../answers/migrate.js';
import { diffFields, type FieldChange } from './fields.js';

/** A value before and after the change. */
export interface Change<T> {
  before: T;
  after: T;
}

/**
 * A text that changed in some languages. `field` names it within its owner (`text`,
 * `help`, `label`, `title`, `description`, `actions.<level>`, `examples`); `before` and
 * `after` hold only the changed languages (a missing language is absent on that side).
 */
export interface TextChange {
  field: string;
  langs: string[];
  before: Record<string, string>;
  after: Record<string, string>;
}

export interface RecommendationRef {
  id: string;
  weight: number;
}

export interface QuestionSummary {
  id: string;
  area: string;
  weight: number;
  recommendations: RecommendationRef[];
  /** Its gate, when it has one. */
  when?: { question: string; in: string[] };
  /** Whether "not applicable" is accepted. */
  notApplicable?: true;
}

export interface OptionsDiff {
  added: Array<{ id: string; score: number }>;
  removed: Array<{ id: string; score: number }>;
  /** Declared by the migration's `options` map: the old option's answers now mean this one. */
  renamed: Array<{ from: string; to: string; before: number; after: number }>;
  rescored: Array<{ id: string; before: number; after: number }>;
  /** Option label changes, per option. */
  texts: Array<{ id: string } & TextChange>;
  /** The option ids in their new order, when only the order changed or alongside other changes. */
  order?: Change<string[]>;
}

export interface QuestionChange {
  /** The id in the new rubric. */
  id: string;
  /** The id in the old rubric, when the question was renamed. */
  from?: string;
  area?: Change<string>;
  weight?: Change<number>;
  /** Set when the recommendations it evidences, or their weights, changed. */
  recommendations?: Change<RecommendationRef[]>;
  options?: OptionsDiff;
  texts: TextChange[];
}

export type RemovedHow = 'dropped' | 'undeclared';

export interface SectionChange {
  id: string;
  kind?: Change<Section['kind']>;
  texts: TextChange[];
}

export interface RecommendationChange {
  id: string;
  weight?: Change<number>;
  texts: TextChange[];
}

export interface LevelChange {
  id: string;
  min?: Change<number>;
  texts: TextChange[];
}

/** A problem with how the new rubric carries the old version's answer files forward. */
export interface MigrationProblem {
  severity: 'error' | 'warning';
  /** A key of the catalogue's `diff` namespace and its values; worded by the renderer. */
  code:
    | 'versionNotBumped'
    | 'scoresChangedNotBumped'
    | 'noMigration'
    | 'unknownOldQuestion'
    | 'unknownOldOption'
    | 'removedUndeclared'
    | 'optionRemovedUndeclared';
  vars: Record<string, string>;
  /** Where in the new rubric to point (a path into its document). */
  path: Array<string | number>;
  /** Point at the key at `path` rather than its value. */
  key?: boolean;
}

/** Everything that differs between two rubrics, in the new rubric's order. Built by `diffRubrics`. */
export interface RubricDiff {
  id: Change<string>;
  version: Change<string>;
  languages: { added: string[]; removed: string[] };
  /** Rubric title and description. */
  texts: TextChange[];
  /** The new rubric's migration from the old version, if it declares one. */
  migration: RubricMigration | null;
  questions: {
    added: QuestionSummary[];
    removed: Array<QuestionSummary & { how: RemovedHow }>;
    renamed: Array<{ from: string; to: string }>;
    split: Array<{ from: string; to: string[] }>;
    changed: QuestionChange[];
    /** Question ids in the new order, when the order of kept questions changed. */
    order?: Change<string[]>;
  };
  recommendations: { added: RecommendationRef[]; removed: RecommendationRef[]; changed: RecommendationChange[] };
  levels: {
    added: Array<{ id: string; min: number }>;
    removed: Array<{ id: string; min: number }>;
    changed: LevelChange[];
  };
  sections: {
    added: Array<{ id: string; kind: Section['kind'] }>;
    removed: Array<{ id: string; kind: Section['kind'] }>;
    changed: SectionChange[];
  };
  problems: MigrationProblem[];
  /**
   * Every field of the normalised model that differs (fields.ts), whatever it is: the lists
   * above are the readable view of the fields they know; this one misses nothing.
   */
  fields: FieldChange[];
  /** True when a field that can move a score differs (not only texts, sources or order). */
  movesScores: boolean;
  /** True when nothing at all differs in the model (texts included); the files may still differ in comments or layout. */
  same: boolean;
}

/** Options of `diffRubrics`. */
export interface DiffOptions {
  /**
   * Version discipline as errors (`--strict`, used by CI): a change that can move a score
   * under the same version, questions or options gone without a bump or a migration.
   */
  strict?: boolean;
}

/** Compares two localized texts; undefined when equal in every language. */
export function diffTexts(field: string, before: Localized | undefined, after: Localized | undefined): TextChange | undefined {
  const b = before ?? {};
  const a = after ?? {};
  const langs = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((lang) => b[lang] !== a[lang]).sort();
  if (langs.length === 0) return undefined;
  const pickLangs = (texts: Localized) =>
    Object.fromEntries(langs.filter((lang) => Object.hasOwn(texts, lang)).map((lang) => [lang, texts[lang]!]));
  return { field, langs, before: pickLangs(b), after: pickLangs(a) };
}

const present = <T>(value: T | undefined): value is T => value !== undefined;

function summarize(q: Question): QuestionSummary {
  return {
    id: q.id,
    area: q.area,
    weight: q.weight,
    recommendations: q.recommendations.map((r) => ({ ...r })),
    ...(q.when ? { when: { question: q.when.question, in: [...q.when.in] } } : {}),
    ...(q.notApplicable ? { notApplicable: true as const } : {}),
  };
}

function sameRefs(a: readonly RecommendationRef[], b: readonly RecommendationRef[]): boolean {
  if (a.length !== b.length) return false;
  const map = new Map(a.map((r) => [r.id, r.weight]));
  return b.every((r) => map.get(r.id) === r.weight);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function diffOptions(
  before: readonly Option[],
  after: readonly Option[],
  renames: Readonly<Record<string, string>>,
): OptionsDiff | undefined {
  const oldById = new Map(before.map((o) => [o.id, o]));
  const newById = new Map(after.map((o) => [o.id, o]));
  const renamed: OptionsDiff['renamed'] = [];
  const renamedTargets = new Set<string>();
  for (const o of before) {
    const to = Object.hasOwn(renames, o.id) ? renames[o.id] : undefined;
    const target = to === undefined ? undefined : newById.get(to);
    if (target && !newById.has(o.id)) {
      renamed.push({ from: o.id, to: target.id, before: o.score, after: target.score });
      renamedTargets.add(target.id);
    }
  }
  const renamedSources = new Set(renamed.map((r) => r.from));
  const diff: OptionsDiff = {
    added: after.filter((o) => !oldById.has(o.id) && !renamedTargets.has(o.id)).map((o) => ({ id: o.id, score: o.score })),
    removed: before.filter((o) => !newById.has(o.id) && !renamedSources.has(o.id)).map((o) => ({ id: o.id, score: o.score })),
    renamed,
    rescored: after
      .filter((o) => oldById.has(o.id) && oldById.get(o.id)!.score !== o.score)
      .map((o) => ({ id: o.id, before: oldById.get(o.id)!.score, after: o.score })),
    texts: [],
  };
  for (const o of after) {
    const old = oldById.get(o.id) ?? before.find((x) => Object.hasOwn(renames, x.id) && renames[x.id] === o.id && !newById.has(x.id));
    const change = old ? diffTexts('label', old.label, o.label) : undefined;
    if (change) diff.texts.push({ id: o.id, ...change });
  }
  const keptOld = before.map((o) => (renamedSources.has(o.id) ? renames[o.id]! : o.id)).filter((id) => newById.has(id));
  const keptNew = after.map((o) => o.id).filter((id) => keptOld.includes(id));
  if (!sameList(keptOld, keptNew)) diff.order = { before: before.map((o) => o.id), after: after.map((o) => o.id) };
  const changed =
    diff.added.length + diff.removed.length + diff.renamed.length + diff.rescored.length + diff.texts.length > 0 || diff.order;
  return changed ? diff : undefined;
}

function diffQuestion(before: Question, after: Question, optionRenames: Readonly<Record<string, string>>): QuestionChange | undefined {
  const change: QuestionChange = { id: after.id, texts: [] };
  if (before.id !== after.id) change.from = before.id;
  if (before.area !== after.area) change.area = { before: before.area, after: after.area };
  if (before.weight !== after.weight) change.weight = { before: before.weight, after: after.weight };
  if (!sameRefs(before.recommendations, after.recommendations)) {
    change.recommendations = {
      before: before.recommendations.map((r) => ({ ...r })),
      after: after.recommendations.map((r) => ({ ...r })),
    };
  }
  const options = diffOptions(before.options, after.options, optionRenames);
  if (options) change.options = options;
  change.texts = [diffTexts('text', before.text, after.text), diffTexts('help', before.help, after.help)].filter(present);
  if (before.source !== after.source) change.texts.push(sourceChange(before.source, after.source));
  const changed = change.area || change.weight || change.recommendations || change.options || change.texts.length > 0;
  // A renamed question is listed under `renamed`; it appears here only when more than its id changed.
  return changed ? change : undefined;
}

/** A change of the `source` citation, shown like a text in no particular language. */
function sourceChange(before: string | undefined, after: string | undefined): TextChange {
  return {
    field: 'source',
    langs: [],
    before: before === undefined ? {} : { '*': before },
    after: after === undefined ? {} : { '*': after },
  };
}

function diffSections(before: readonly Section[], after: readonly Section[]): RubricDiff['sections'] {
  const oldById = new Map(before.map((s) => [s.id, s]));
  const newIds = new Set(after.map((s) => s.id));
  const changed: SectionChange[] = [];
  for (const s of after) {
    const old = oldById.get(s.id);
    if (!old) continue;
    const change: SectionChange = {
      id: s.id,
      texts: [diffTexts('title', old.title, s.title), diffTexts('description', old.description, s.description)].filter(present),
    };
    if (old.source !== s.source) change.texts.push(sourceChange(old.source, s.source));
    if (old.kind !== s.kind) change.kind = { before: old.kind, after: s.kind };
    if (change.kind || change.texts.length > 0) changed.push(change);
  }
  return {
    added: after.filter((s) => !oldById.has(s.id)).map((s) => ({ id: s.id, kind: s.kind })),
    removed: before.filter((s) => !newIds.has(s.id)).map((s) => ({ id: s.id, kind: s.kind })),
    changed,
  };
}

function diffRecommendations(before: readonly Recommendation[], after: readonly Recommendation[]): RubricDiff['recommendations'] {
  const oldById = new Map(before.map((r) => [r.id, r]));
  const newIds = new Set(after.map((r) => r.id));
  const changed: RecommendationChange[] = [];
  for (const r of after) {
    const old = oldById.get(r.id);
    if (!old) continue;
    const texts = [diffTexts('title', old.title, r.title), diffTexts('description', old.description, r.description)].filter(present);
    for (const level of [...new Set([...Object.keys(old.actions), ...Object.keys(r.actions)])]) {
      const t = diffTexts(`actions.${level}`, old.actions[level], r.actions[level]);
      if (t) texts.push(t);
    }
    const examples = Math.max(old.examples.length, r.examples.length);
    for (let i = 0; i < examples; i++) {
      const t = diffTexts(`examples[${i}]`, old.examples[i], r.examples[i]);
      if (t) texts.push(t);
    }
    if (old.source !== r.source) texts.push(sourceChange(old.source, r.source));
    const change: RecommendationChange = { id: r.id, texts };
    if (old.weight !== r.weight) change.weight = { before: old.weight, after: r.weight };
    if (change.weight || texts.length > 0) changed.push(change);
  }
  return {
    added: after.filter((r) => !oldById.has(r.id)).map((r) => ({ id: r.id, weight: r.weight })),
    removed: before.filter((r) => !newIds.has(r.id)).map((r) => ({ id: r.id, weight: r.weight })),
    changed,
  };
}

function diffLevels(before: readonly Level[], after: readonly Level[]): RubricDiff['levels'] {
  const oldById = new Map(before.map((l) => [l.id, l]));
  const newIds = new Set(after.map((l) => l.id));
  const changed: LevelChange[] = [];
  for (const l of after) {
    const old = oldById.get(l.id);
    if (!old) continue;
    const change: LevelChange = {
      id: l.id,
      texts: [diffTexts('label', old.label, l.label), diffTexts('description', old.description, l.description)].filter(present),
    };
    if (old.min !== l.min) change.min = { before: old.min, after: l.min };
    if (change.min || change.texts.length > 0) changed.push(change);
  }
  return {
    added: after.filter((l) => !oldById.has(l.id)).map((l) => ({ id: l.id, min: l.min })),
    removed: before.filter((l) => !newIds.has(l.id)).map((l) => ({ id: l.id, min: l.min })),
    changed,
  };
}

/**
 * Compares two rubrics: questions added, removed (dropped by the migration or not
 * declared at all), renamed and split (as the new rubric's migration from the old version
 * declares them, never guessed), re-weighted, re-mapped, options and texts changed per
 * language; recommendations, levels and thresholds, sections. Also checks that migration
 * against the old rubric: every id it names must exist there, and every question or
 * option that disappears without a declaration is a warning (those answers are lost). Pure.
 */
export function diffRubrics(before: Rubric, after: Rubric, { strict = false }: DiffOptions = {}): RubricDiff {
  const migrationIndex = after.migrations.findIndex((mig) => mig.from === before.version);
  // A base more than one step back: the chain of steps, composed (answers/migrate.ts).
  const migration = after.migrations[migrationIndex] ?? (before.version !== after.version ? composeMigration(before, after) : null);
  const at = (...rest: Array<string | number>) => (migrationIndex >= 0 ? ['migrations', migrationIndex, ...rest] : ['migrations']);
  const problems: MigrationProblem[] = [];
  const oldQuestions = new Map(before.questions.map((q) => [q.id, q]));
  const newQuestions = new Map(after.questions.map((q) => [q.id, q]));

  // What the migration says, limited to what is true of these two rubrics.
  const renamed: RubricDiff['questions']['renamed'] = [];
  const split: RubricDiff['questions']['split'] = [];
  const dropped = new Set<string>();
  const carried = new Set<string>(); // old ids carried forward by the migration
  const arrived = new Set<string>(); // new ids that receive carried answers
  const unknownOld = (id: string, where: string, path: Array<string | number>, key: boolean) => {
    problems.push({ severity: 'error', code: 'unknownOldQuestion', vars: { id, where, version: before.version }, path, key });
  };
  if (migration) {
    for (const [from, to] of Object.entries(migration.renamed ?? {})) {
      if (!oldQuestions.has(from)) unknownOld(from, 'renamed', at('renamed', from), true);
      else if (newQuestions.has(to)) {
        renamed.push({ from, to });
        carried.add(from);
        arrived.add(to);
      }
    }
    for (const [from, targets] of Object.entries(migration.split ?? {})) {
      if (!oldQuestions.has(from)) unknownOld(from, 'split', at('split', from), true);
      else {
        const to = targets.filter((id) => newQuestions.has(id));
        split.push({ from, to });
        carried.add(from);
        for (const id of to) arrived.add(id);
      }
    }
    for (const [k, id] of (migration.dropped ?? []).entries()) {
      if (!oldQuestions.has(id)) unknownOld(id, 'dropped', at('dropped', k), false);
      else dropped.add(id);
    }
  }

  // Old id of each new question: itself, or the question renamed into it.
  const oldIdOf = new Map<string, string>();
  for (const q of after.questions) if (oldQuestions.has(q.id)) oldIdOf.set(q.id, q.id);
  for (const r of renamed) if (!oldQuestions.has(r.to)) oldIdOf.set(r.to, r.from);

  const changed: QuestionChange[] = [];
  for (const [index, q] of after.questions.entries()) {
    const oldId = oldIdOf.get(q.id);
    if (oldId === undefined) continue;
    const optionRenames = migration?.options && Object.hasOwn(migration.options, q.id) ? migration.options[q.id]! : {};
    const change = diffQuestion(oldQuestions.get(oldId)!, q, optionRenames);
    if (change) changed.push(change);
    // Options that disappear with no declared successor: answers that chose them are lost.
    const old = oldQuestions.get(oldId)!;
    for (const o of old.options) {
      if (q.options.some((x) => x.id === o.id)) continue;
      const to = Object.hasOwn(optionRenames, o.id) ? optionRenames[o.id] : undefined;
      if (to === undefined || !q.options.some((x) => x.id === to)) {
        problems.push({
          severity: 'warning',
          code: 'optionRemovedUndeclared',
          vars: { id: q.id, option: o.id },
          path: ['questions', index, 'options'],
        });
      }
    }
  }
  if (migration) {
    for (const [qid, map] of Object.entries(migration.options ?? {})) {
      const oldId = oldIdOf.get(qid) ?? split.find((s) => s.to.includes(qid))?.from;
      const old = oldId === undefined ? undefined : oldQuestions.get(oldId);
      if (!old) continue;
      for (const from of Object.keys(map)) {
        if (!old.options.some((o) => o.id === from)) {
          problems.push({
            severity: 'error',
            code: 'unknownOldOption',
            vars: { id: qid, option: from, version: before.version },
            path: at('options', qid, from),
            key: true,
          });
        }
      }
    }
  }

  const removed = before.questions
    .filter((q) => !newQuestions.has(q.id) && !carried.has(q.id))
    .map((q) => ({ ...summarize(q), how: (dropped.has(q.id) ? 'dropped' : 'undeclared') as RemovedHow }));
  for (const q of removed) {
    if (q.how === 'undeclared') {
      problems.push({ severity: 'warning', code: 'removedUndeclared', vars: { id: q.id }, path: migration ? at() : ['version'] });
    }
  }
  const added = after.questions.filter((q) => !oldIdOf.has(q.id) && !arrived.has(q.id)).map(summarize);

  const keptOld = before.questions.map((q) => renamed.find((r) => r.from === q.id)?.to ?? q.id).filter((id) => newQuestions.has(id));
  const keptNew = after.questions.map((q) => q.id).filter((id) => keptOld.includes(id));
  const order = sameList(keptOld, keptNew) ? undefined : { before: keptOld, after: keptNew };

  const fields = diffFields(before, after, new Map(renamed.map((r) => [r.from, r.to])));
  const movesScores = fields.some((f) => f.kind === 'method' && f.path !== 'version');
  const structural = removed.length + renamed.length + split.length > 0;
  const optionsGone = changed.some((c) => (c.options?.removed.length ?? 0) + (c.options?.renamed.length ?? 0) > 0);
  const discipline = strict ? 'error' : 'warning';
  if ((structural || optionsGone) && before.version === after.version) {
    problems.push({ severity: discipline, code: 'versionNotBumped', vars: { version: after.version }, path: ['version'] });
  } else if (movesScores && before.version === after.version) {
    const first = fields.filter((f) => f.kind === 'method' && f.path !== 'version').map((f) => f.path);
    problems.push({
      severity: discipline,
      code: 'scoresChangedNotBumped',
      vars: { version: after.version, fields: first.slice(0, 5).join(', ') + (first.length > 5 ? ', …' : '') },
      path: ['version'],
    });
  } else if (structural && !migration && before.version !== after.version) {
    problems.push({ severity: discipline, code: 'noMigration', vars: { from: before.version, version: after.version }, path: ['version'] });
  }
  if (strict) for (const p of problems) if (p.code === 'removedUndeclared' || p.code === 'optionRemovedUndeclared') p.severity = 'error';

  const languages = {
    added: after.languages.filter((l) => !before.languages.includes(l)),
    removed: before.languages.filter((l) => !after.languages.includes(l)),
  };
  const texts = [diffTexts('title', before.title, after.title), diffTexts('description', before.description, after.description)].filter(
    present,
  );
  const diff: RubricDiff = {
    id: { before: before.id, after: after.id },
    version: { before: before.version, after: after.version },
    languages,
    texts,
    migration,
    questions: { added, removed, renamed, split, changed, ...(order ? { order } : {}) },
    recommendations: diffRecommendations(before.recommendations, after.recommendations),
    levels: diffLevels(before.levels, after.levels),
    sections: diffSections([...before.problemAreas, ...before.riskCategories], [...after.problemAreas, ...after.riskCategories]),
    problems,
    fields,
    movesScores,
    // Nothing of the model differs: decided by the walk over every field, not by the lists above.
    same: fields.length === 0,
  };
  return diff;
}
