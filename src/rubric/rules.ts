import { LANGS } from '../i18n/lang.js';
import { m } from '../i18n/messages.js';
import { checkMethod } from './method-rules.js';
import { compareVersions } from './model.js';
import type { RubricFile } from './schema.js';
import { FORBIDDEN_KEYS } from '../source/read-source.js';


/**
 * The smallest positive weight. Products of a few smaller ones underflow toward zero, and a
 * question that counts for nothing gives a score of "not assessed" while its area shows 100.
 */
export const MIN_WEIGHT = 0.001;

/**
 * The lists whose members the schema refused in part, when the rules check what it left
 * (source/salvage.ts): a check that needs every member of such a list to be whole is skipped,
 * since its findings would be consequences of the refusal already reported. `levels`,
 * `recommendations`, `sections`, `questions`, `units`: a member's id or whole entry was
 * refused; `areaRefs`, `recommendationRefs`, `unitRefs`: a question's reference was.
 */
export type RuleGaps = Partial<Record<'levels' | 'recommendations' | 'sections' | 'questions' | 'options' | 'units' | 'areaRefs' | 'recommendationRefs' | 'unitRefs', true>>;

/** A semantic problem in a rubric, at a path into the document. */
export interface RuleIssue {
  path: Array<string | number>;
  message: string;
  /** Point at the key at `path` rather than its value. */
  key?: boolean;
  /** A warning does not make the rubric invalid (a share outside `scoring.shareBand`). */
  severity?: 'warning';
}

/**
 * Checks what the schema cannot: unique ids, resolved references, coverage of every
 * section and recommendation, every text in every language, ascending thresholds, a 0
 * and a 1 per question, actions per level, sound migrations. Returns every issue; pure.
 *
 * It also runs on what is left of a rubric the schema refused (source/salvage.ts), where a
 * refused field is absent even when required: every access here allows for that. With
 * `texts: false` (the languages themselves were refused) no text is checked for them; see
 * `RuleGaps` for `gaps`.
 */
export function checkRubric(rubric: RubricFile, { texts = true, gaps = {} }: { texts?: boolean; gaps?: RuleGaps } = {}): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const add = (path: Array<string | number>, message: string, key?: boolean) => issues.push({ path, message, key });

  // Languages
  const seenLang = new Set<string>();
  rubric.languages.forEach((lang, i) => {
    if (!(LANGS as readonly string[]).includes(lang)) add(['languages', i], m('unsupportedLanguage', { lang }));
    if (seenLang.has(lang)) add(['languages', i], m('duplicateLanguage', { lang }));
    seenLang.add(lang);
  });
  const checkTexts = (localized: Readonly<Record<string, string>> | undefined, path: Array<string | number>) => {
    if (!localized || !texts) return;
    for (const lang of seenLang) if (!Object.hasOwn(localized, lang)) add(path, m('missingLanguage', { lang }));
    for (const lang of Object.keys(localized)) if (!seenLang.has(lang)) add([...path, lang], m('extraLanguage', { lang }), true);
  };
  checkTexts(rubric.title, ['title']);
  checkTexts(rubric.description, ['description']);

  // Unique ids, one id space per kind (sections share one: a question's area names either kind).
  const unique = (seen: Map<string, string>, id: string, path: Array<string | number>) => {
    const where = seen.get(id);
    if (where !== undefined) add([...path, 'id'], m('duplicateId', { id, where }));
    else seen.set(id, path.join('.').replace(/\.(\d+)/g, '[$1]'));
  };
  const sectionIds = new Map<string, string>();
  for (const kind of ['problemAreas', 'riskCategories'] as const) {
    rubric[kind].forEach((s, i) => {
      unique(sectionIds, s.id, [kind, i]);
      checkTexts(s.title, [kind, i, 'title']);
      checkTexts(s.description, [kind, i, 'description']);
    });
  }
  const levelIds = new Map<string, string>();
  rubric.levels.forEach((level, i) => {
    unique(levelIds, level.id, ['levels', i]);
    checkTexts(level.label, ['levels', i, 'label']);
    checkTexts(level.description, ['levels', i, 'description']);
    if (i === 0 && level.min !== 0) add(['levels', 0, 'min'], m('firstLevelZero'));
    const prev = rubric.levels[i - 1];
    if (prev && level.min <= prev.min) add(['levels', i, 'min'], m('thresholdsAscending', { min: level.min, prev: prev.min }));
  });
  const recIds = new Map<string, string>();
  rubric.recommendations.forEach((rec, i) => {
    unique(recIds, rec.id, ['recommendations', i]);
    checkTexts(rec.title, ['recommendations', i, 'title']);
    checkTexts(rec.description, ['recommendations', i, 'description']);
    const actions = rec.actions ?? {};
    for (const [levelId, localized] of Object.entries(actions)) {
      if (!levelIds.has(levelId) && !gaps.levels) add(['recommendations', i, 'actions', levelId], m('unknownLevel', { id: levelId }), true);
      checkTexts(localized, ['recommendations', i, 'actions', levelId]);
    }
    for (const levelId of levelIds.keys()) {
      if (!Object.hasOwn(actions, levelId) && !gaps.levels) add(['recommendations', i, 'actions'], m('missingActions', { id: levelId }));
    }
    rec.examples?.forEach((ex, k) => checkTexts(ex, ['recommendations', i, 'examples', k]));
  });

  // Questions: references, options, texts.
  const questionIds = new Map<string, string>();
  const usedSections = new Set<string>();
  const usedRecs = new Set<string>();
  const optionsOf = new Map<string, Set<string>>();
  rubric.questions.forEach((q, i) => {
    const path = ['questions', i];
    unique(questionIds, q.id, path);
    if (!sectionIds.has(q.area) && !gaps.sections) add([...path, 'area'], m('unknownArea', { id: q.area }));
    usedSections.add(q.area);
    const refs = Array.isArray(q.recommendations)
      ? q.recommendations.map((id, k) => ({ id, at: [...path, 'recommendations', k], key: false }))
      : Object.keys(q.recommendations ?? {}).map((id) => ({ id, at: [...path, 'recommendations', id], key: true }));
    const seenRefs = new Set<string>();
    for (const ref of refs) {
      if (!recIds.has(ref.id) && !gaps.recommendations) add(ref.at, m('unknownRecommendation', { id: ref.id }), ref.key);
      if (seenRefs.has(ref.id)) add(ref.at, m('duplicateId', { id: ref.id, where: [...path, 'recommendations'].join('.') }), ref.key);
      seenRefs.add(ref.id);
      usedRecs.add(ref.id);
    }
    checkTexts(q.text, [...path, 'text']);
    checkTexts(q.help, [...path, 'help']);
    const optionIds = new Map<string, string>();
    const options = q.options ?? [];
    options.forEach((o, k) => {
      unique(optionIds, o.id, [...path, 'options', k]);
      checkTexts(o.label, [...path, 'options', k, 'label']);
    });
    optionsOf.set(q.id, new Set(optionIds.keys()));
    if (!options.some((o) => o.score === 0)) add([...path, 'options'], m('needsZeroOption'));
    if (!options.some((o) => o.score === 1)) add([...path, 'options'], m('needsFullOption'));
  });

  checkMethod(rubric, add, checkTexts, gaps);
  // Ids the answer files must be able to use as keys, and weights that count.
  const reserved = (id: string, at: Array<string | number>) => {
    if (FORBIDDEN_KEYS.has(id)) add(at, m('reservedId', { id }));
  };
  const weight = (w: number | undefined, at: Array<string | number>, key = false) => {
    if (w !== undefined && w > 0 && w < MIN_WEIGHT) add(at, m('tinyWeight', { weight: String(w), min: String(MIN_WEIGHT) }), key);
  };
  for (const kind of ['problemAreas', 'riskCategories', 'levels', 'recommendations'] as const) {
    rubric[kind].forEach((item, i) => reserved(item.id, [kind, i, 'id']));
  }
  rubric.recommendations.forEach((r, i) => weight(r.weight, ['recommendations', i, 'weight']));
  rubric.questions.forEach((q, i) => {
    reserved(q.id, ['questions', i, 'id']);
    q.options?.forEach((o, k) => reserved(o.id, ['questions', i, 'options', k, 'id']));
    weight(q.weight, ['questions', i, 'weight']);
    if (!Array.isArray(q.recommendations)) {
      for (const [id, w] of Object.entries(q.recommendations ?? {})) weight(w, ['questions', i, 'recommendations', id]);
    }
  });

  // Coverage: nothing defined and unused.
  for (const kind of ['problemAreas', 'riskCategories'] as const) {
    rubric[kind].forEach((s, i) => {
      if (!usedSections.has(s.id) && !gaps.areaRefs) add([kind, i, 'id'], m('sectionUnused', { id: s.id }));
    });
  }
  rubric.recommendations.forEach((r, i) => {
    if (!usedRecs.has(r.id) && !gaps.recommendationRefs) add(['recommendations', i, 'id'], m('recommendationUnused', { id: r.id }));
  });

  // Migrations: every name they use must make sense against this version.
  const migrationFrom = new Map<string, number>();
  // Migrations chain (answers/migrate.ts): only the latest leads to this version, so only its
  // new ids are checked here; an earlier one leads to the next archived version, which
  // `validate` checks against rubrics/archive/.
  const latestFrom = rubric.migrations?.reduce<string | undefined>(
    (latest, mig) => (typeof mig.from === 'string' && (latest === undefined || compareVersions(mig.from, latest) > 0) ? mig.from : latest),
    undefined,
  );
  rubric.migrations?.forEach((mig, i) => {
    const path = ['migrations', i];
    if (typeof mig.from === 'string' && typeof rubric.version === 'string' && compareVersions(mig.from, rubric.version) >= 0) add([...path, 'from'], m('migrationNotOlder', { from: mig.from, version: rubric.version }));
    const earlier = migrationFrom.get(mig.from);
    if (earlier !== undefined) add([...path, 'from'], m('migrationDuplicateFrom', { from: mig.from, where: `migrations[${earlier}]` }));
    else migrationFrom.set(mig.from, i);
    // Each old id is renamed, split or dropped once; each new id takes at most one old answer.
    const source = new Map<string, string>();
    const once = (id: string, where: string, at: Array<string | number>, key: boolean) => {
      const first = source.get(id);
      if (first !== undefined) add(at, m('migrationIdTwice', { id, where: first }), key);
      else source.set(id, where);
    };
    const receivedFrom = new Map<string, string>();
    const receives = (to: string, from: string, at: Array<string | number>) => {
      const other = receivedFrom.get(to);
      if (other !== undefined) add(at, m('migrationTargetTwice', { id: to, other }));
      else receivedFrom.set(to, from);
    };
    for (const [from, to] of Object.entries(mig.renamed ?? {})) {
      once(from, 'renamed', [...path, 'renamed', from], true);
      receives(to, from, [...path, 'renamed', from]);
    }
    for (const [from, targets] of Object.entries(mig.split ?? {})) {
      once(from, 'split', [...path, 'split', from], true);
      targets.forEach((to, k) => receives(to, from, [...path, 'split', from, k]));
    }
    mig.dropped?.forEach((id, k) => once(id, 'dropped', [...path, 'dropped', k], false));
    if (mig.from !== latestFrom) return;
    const gone = (id: string, at: Array<string | number>) => {
      if (questionIds.has(id) && !gaps.questions) add(at, m('migrationStillExists', { id }), true);
    };
    const exists = (id: string, at: Array<string | number>, key = false) => {
      if (!questionIds.has(id) && !gaps.questions) add(at, m('migrationUnknownQuestion', { id }), key);
    };
    for (const [from, to] of Object.entries(mig.renamed ?? {})) {
      gone(from, [...path, 'renamed', from]);
      exists(to, [...path, 'renamed', from]);
    }
    for (const [from, targets] of Object.entries(mig.split ?? {})) {
      gone(from, [...path, 'split', from]);
      targets.forEach((to, k) => exists(to, [...path, 'split', from, k]));
    }
    mig.dropped?.forEach((id, k) => {
      if (questionIds.has(id) && !gaps.questions) add([...path, 'dropped', k], m('migrationStillExists', { id }));
    });
    for (const [qid, map] of Object.entries(mig.options ?? {})) {
      const known = optionsOf.get(qid);
      if (!known) {
        exists(qid, [...path, 'options', qid], true);
        continue;
      }
      for (const [from, to] of Object.entries(map)) {
        if (!known.has(to) && !gaps.options) add([...path, 'options', qid, from], m('migrationUnknownOption', { option: to, id: qid }));
      }
    }
  });
  return issues;
}
