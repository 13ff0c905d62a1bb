import { diff } from '../i18n/catalogue/diff.js';
import { formatFinding } from '../errors.js';
import { type Lang, type PlainKey, sayerIn } from '../i18n/lang.js';
import { formatNumber, formatPercent, formatPlain, formatSigned } from '../i18n/numbers.js';
import { escapeMarkdown, sanitizeText } from '../report/escape.js';
import type { FileImpact } from './impact.js';
import type { DiffResult } from './result.js';
import type { RecommendationRef, RubricDiff, TextChange } from './structure.js';
import { problemText, word } from './words.js';

/** Rows of the score table shown before "… and N more": a pull-request comment has a size limit. */
export const MD_MAX_ROWS = 50;
/** Files given a per-recommendation table. */
export const MD_MAX_DETAIL = 20;

/**
 * Escapes untrusted text (organization names, file names, rubric texts) for a table cell
 * or after other text on a line; every such place in this output is one of those.
 */
export function escapeInline(text: string): string {
  return escapeMarkdown(text, { cell: true });
}

/** A fenced block that no line of `text` can close. */
export function fence(text: string): string {
  const safe = sanitizeText(text);
  const longest = Math.max(2, ...[...safe.matchAll(/`+/g)].map((m) => m[0].length));
  const bar = '`'.repeat(longest + 1);
  return `${bar}text\n${safe}\n${bar}`;
}

/** An id (kebab-case, checked by the schema) as inline code. */
const code = (id: string) => `\`${id.replace(/`/g, '')}\``;

const num = (lang: Lang, n: number) => formatPlain(lang, n);
const score = (lang: Lang, n: number | null, none: string) => (n === null ? none : formatNumber(lang, n, 1));
const signed = (lang: Lang, n: number | null) => (n === null ? '—' : formatSigned(lang, n, 1));

function refs(lang: Lang, list: readonly RecommendationRef[]): string {
  return list.map((r) => (r.weight === 1 ? code(r.id) : `${code(r.id)} ×${num(lang, r.weight)}`)).join(', ');
}

function fieldName(lang: Lang, field: string): string {
  const actions = /^actions\.(.+)$/.exec(field);
  if (actions) return word(lang, 'fieldActions', { level: code(actions[1]!) });
  const example = /^examples\[(\d+)\]$/.exec(field);
  if (example) return word(lang, 'fieldExample', { n: Number(example[1]) + 1 });
  const key = ({ text: 'fieldText', help: 'fieldHelp', label: 'fieldLabel', title: 'fieldTitle', description: 'fieldDescription', source: 'fieldSource' } as const)[
    field as 'text'
  ];
  return key ? word(lang, key) : escapeInline(field);
}

function textList(lang: Lang, texts: readonly TextChange[]): string {
  return texts.map((t) => (t.langs.length > 0 ? `${fieldName(lang, t.field)} (${t.langs.join(', ')})` : fieldName(lang, t.field))).join('; ');
}

function group(out: string[], title: string, items: readonly string[]): void {
  if (items.length === 0) return;
  if (items.length === 1) out.push(`- ${title}: ${items[0]}`);
  else out.push(`- ${title}:`, ...items.map((i) => `  - ${i}`));
}

function structureLines(lang: Lang, d: RubricDiff): string[] {
  const w = sayerIn(diff, lang);
  const out: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push('', `#### ${title}`, '', ...lines);
  };

  const q = d.questions;
  const questions: string[] = [];
  group(questions, w('renamed'), q.renamed.map((r) => `${code(r.from)} → ${code(r.to)}`));
  group(questions, w('split'), q.split.map((s) => `${code(s.from)} → ${s.to.map(code).join(', ')}`));
  group(questions, w('dropped'), q.removed.filter((r) => r.how === 'dropped').map((r) => code(r.id)));
  group(questions, `⚠️ ${w('removedUndeclared')}`, q.removed.filter((r) => r.how === 'undeclared').map((r) => code(r.id)));
  group(
    questions,
    w('added'),
    q.added.map((a) => `${code(a.id)} (${w('inSection', { area: code(a.area) })}; ${refs(lang, a.recommendations)}; ${w('weightIs', { w: num(lang, a.weight) })})`),
  );
  const label = (c: { id: string; from?: string }) => (c.from ? `${code(c.id)} (${code(c.from)})` : code(c.id));
  group(questions, w('reweighted'), q.changed.filter((c) => c.weight).map((c) => `${label(c)}: ${num(lang, c.weight!.before)} → ${num(lang, c.weight!.after)}`));
  const sameSet = (a: readonly RecommendationRef[], b: readonly RecommendationRef[]) =>
    a.length === b.length && a.every((r) => b.some((x) => x.id === r.id));
  const recChanges = q.changed.filter((c) => c.recommendations);
  group(
    questions,
    w('remapped'),
    recChanges
      .filter((c) => !sameSet(c.recommendations!.before, c.recommendations!.after))
      .map((c) => `${label(c)}: ${refs(lang, c.recommendations!.before)} → ${refs(lang, c.recommendations!.after)}`),
  );
  group(
    questions,
    w('recWeights'),
    recChanges
      .filter((c) => sameSet(c.recommendations!.before, c.recommendations!.after))
      .map((c) => `${label(c)}: ${refs(lang, c.recommendations!.before)} → ${refs(lang, c.recommendations!.after)}`),
  );
  group(questions, w('moved'), q.changed.filter((c) => c.area).map((c) => `${label(c)}: ${code(c.area!.before)} → ${code(c.area!.after)}`));
  group(
    questions,
    w('options'),
    q.changed
      .filter((c) => c.options)
      .map((c) => {
        const o = c.options!;
        const parts: string[] = [];
        if (o.renamed.length > 0) {
          parts.push(`${w('optRenamedHead')} ${o.renamed.map((r) => `${code(r.from)} → ${code(r.to)}${r.before !== r.after ? ` (${num(lang, r.before)} → ${num(lang, r.after)})` : ''}`).join(', ')}`);
        }
        if (o.added.length > 0) parts.push(`${w('optAddedHead')} ${o.added.map((a) => `${code(a.id)} (${num(lang, a.score)})`).join(', ')}`);
        if (o.removed.length > 0) parts.push(`${w('optRemovedHead')} ${o.removed.map((a) => `${code(a.id)} (${num(lang, a.score)})`).join(', ')}`);
        if (o.rescored.length > 0) parts.push(`${w('optRescoredHead')} ${o.rescored.map((r) => `${code(r.id)} ${num(lang, r.before)} → ${num(lang, r.after)}`).join(', ')}`);
        if (o.texts.length > 0) parts.push(o.texts.map((t) => w('optLabelChanged', { option: code(t.id), langs: t.langs.join(', ') })).join(', '));
        if (o.order) parts.push(w('optOrder'));
        return `${label(c)}: ${parts.join('; ')}`;
      }),
  );
  group(questions, w('texts'), q.changed.filter((c) => c.texts.length > 0).map((c) => `${label(c)}: ${textList(lang, c.texts)}`));
  if (q.order) questions.push(`- ${w('questionOrder')}`);
  section(w('headQuestions'), questions);

  const levels: string[] = [];
  group(levels, w('threshold'), d.levels.changed.filter((l) => l.min).map((l) => `${code(l.id)}: ${num(lang, l.min!.before)} → ${num(lang, l.min!.after)}`));
  group(levels, w('added'), d.levels.added.map((l) => `${code(l.id)} (${w('fromScore', { min: num(lang, l.min) })})`));
  group(levels, w('removed'), d.levels.removed.map((l) => `${code(l.id)} (${w('fromScore', { min: num(lang, l.min) })})`));
  group(levels, w('texts'), d.levels.changed.filter((l) => l.texts.length > 0).map((l) => `${code(l.id)}: ${textList(lang, l.texts)}`));
  section(w('headLevels'), levels);

  const recs: string[] = [];
  group(recs, w('added'), d.recommendations.added.map((r) => code(r.id)));
  group(recs, w('removed'), d.recommendations.removed.map((r) => code(r.id)));
  group(recs, w('weight'), d.recommendations.changed.filter((r) => r.weight).map((r) => `${code(r.id)}: ${num(lang, r.weight!.before)} → ${num(lang, r.weight!.after)}`));
  group(recs, w('texts'), d.recommendations.changed.filter((r) => r.texts.length > 0).map((r) => `${code(r.id)}: ${textList(lang, r.texts)}`));
  section(w('headRecommendations'), recs);

  const kind = (k: string) => w(k === 'problem-area' ? 'problemArea' : 'riskCategory');
  const sections: string[] = [];
  group(sections, w('added'), d.sections.added.map((s) => `${code(s.id)} (${kind(s.kind)})`));
  group(sections, w('removed'), d.sections.removed.map((s) => `${code(s.id)} (${kind(s.kind)})`));
  group(sections, w('kindChanged'), d.sections.changed.filter((s) => s.kind).map((s) => `${code(s.id)}: ${kind(s.kind!.before)} → ${kind(s.kind!.after)}`));
  group(sections, w('texts'), d.sections.changed.filter((s) => s.texts.length > 0).map((s) => `${code(s.id)}: ${textList(lang, s.texts)}`));
  section(w('headSections'), sections);

  const rubric: string[] = [];
  if (d.id.before !== d.id.after) rubric.push(`- ${w('idChanged')}: ${code(d.id.before)} → ${code(d.id.after)}`);
  group(rubric, w('languagesAdded'), d.languages.added.length > 0 ? [d.languages.added.map(code).join(', ')] : []);
  group(rubric, w('languagesRemoved'), d.languages.removed.length > 0 ? [d.languages.removed.map(code).join(', ')] : []);
  if (d.texts.length > 0) rubric.push(`- ${w('texts')}: ${textList(lang, d.texts)}`);
  section(w('headRubric'), rubric);

  section(
    w('headMigration'),
    d.problems.map((p) => `- ${p.severity === 'error' ? '❌' : '⚠️'} ${escapeInline(problemText(lang, p))}`),
  );
  return out;
}

/** A side's level; without one, whether there is no score at all or a score below the coverage floor. */
function levelText(side: FileImpact['before'], none: string, noLevel: string): string {
  return side.level ? escapeInline(side.level.label) : side.score === null ? none : noLevel;
}

function levelCell(f: FileImpact, none: string, noLevel: string): string {
  const b = levelText(f.before, none, noLevel);
  const a = levelText(f.after, none, noLevel);
  return f.levelChanged ? `${b} → **${a}**` : a;
}

/**
 * The diff as markdown for a pull-request comment: the verdict and level changes first,
 * then what changed in the rubric, the score table (biggest moves first), the means by
 * recommendation, and per-file detail folded away. Every untrusted text is escaped. Pure.
 */
export function renderDiffMarkdown(result: DiffResult): string {
  const lang = result.language;
  const w = sayerIn(diff, lang);
  const none = w('noScore');
  const noLevel = w('noLevel');
  const out: string[] = [];
  const idPart = result.old.id === result.new.id ? code(result.new.id) : `${code(result.old.id)} → ${code(result.new.id)}`;
  out.push(`## ${w('title', { id: idPart, from: escapeInline(result.old.version), to: escapeInline(result.new.version) })}`, '');

  const impact = result.impact;
  if (result.maxDelta !== null && impact) {
    if (result.overLimit.length > 0) {
      out.push(`> ❌ **${w('overLimit', { limit: num(lang, result.maxDelta), n: result.overLimit.length })}** ${result.overLimit.map((f) => `${escapeInline(f.file)} (${signed(lang, f.delta)})`).join(', ')}`, '');
    } else out.push(`> ✅ ${w('withinLimit', { limit: num(lang, result.maxDelta) })}`, '');
  }
  if (impact) {
    const s = impact.summary;
    const parts = [w('summaryFiles', { n: s.files }), w('summaryLevels', { n: s.levelChanges }), w('summaryMoves', { up: s.up, down: s.down, same: s.unchanged })];
    if (s.maxAbsDelta !== null) parts.push(w('summaryLargest', { n: formatNumber(lang, s.maxAbsDelta, 1) }));
    if (s.meanDelta !== null) parts.push(w('summaryMean', { n: signed(lang, s.meanDelta) }));
    if (s.invalid > 0) parts.push(`❌ ${w('summaryInvalid', { n: s.invalid })}`);
    if (s.skipped > 0) parts.push(w('summarySkipped', { n: s.skipped }));
    out.push(parts.join(' · '));
    if (s.files === 0) out.push('', w('noFiles'));
  } else out.push(w('noAnswers'));

  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const head = (keys: PlainKey<typeof diff>[]) => row(keys.map((k) => escapeInline(w(k))));
  const levelChanges = impact?.files.filter((f) => f.levelChanged) ?? [];
  if (levelChanges.length > 0) {
    out.push('', `### ${w('headLevelChanges')}`, '');
    out.push(head(['colBody', 'colFile', 'colBefore', 'colAfter', 'colDelta']), '|---|---|---|---|---:|');
    for (const f of levelChanges.slice(0, MD_MAX_ROWS)) {
      const lvl = (side: FileImpact['before']) => `${levelText(side, none, noLevel)} (${score(lang, side.score, none)})`;
      out.push(row([escapeInline(f.organization), escapeInline(f.file), lvl(f.before), `**${lvl(f.after)}**`, signed(lang, f.delta)]));
    }
    if (levelChanges.length > MD_MAX_ROWS) out.push('', w('more', { n: levelChanges.length - MD_MAX_ROWS }));
  }

  out.push('', `### ${w('headStructure')}`);
  const structure = structureLines(lang, result.structure);
  if (structure.length === 0) out.push('', result.structure.same ? w('identical') : `${code(result.old.version)} → ${code(result.new.version)}`);
  out.push(...structure);

  out.push('', `### ${w('headMethod')}`, '', w('methodNote', { draws: '2000' }), '');
  out.push(head(['colFigure', 'colBefore', 'colAfter']), '|---|---|---|');
  const mo = result.method.old;
  const mn = result.method.new;
  const pct = (x: number) => formatPercent(lang, x);
  const methodRows: Array<[PlainKey<typeof diff>, (m: typeof mo) => string]> = [
    ['mMinCoverage', (m) => pct(m.minCoverage)],
    ['mWeakestLink', (m) => (m.weakestLink === null ? w('mOff') : String(m.weakestLink))],
    ['mEvidenceFrom', (m) => (m.evidenceFrom === null ? w('mOff') : num(lang, m.evidenceFrom))],
    ['mShares', (m) => `${pct(m.shares.min)}–${pct(m.shares.max)}`],
    ['mRungs', (m) => m.rungs.map((r) => score(lang, r, none)).join(' · ')],
    ['mUniform', (m) => `${score(lang, m.uniform.mean, none)} ± ${score(lang, m.uniform.sd, none)}`],
    ['mAcquiescent', (m) => score(lang, m.acquiescent, none)],
    ['mNoAi', (m) => `${m.noAi.level === null ? none : escapeInline(m.noAi.level)} (${score(lang, m.noAi.score, none)})`],
    ['mRoutes', (m) => String(m.routes)],
    ['mOutsideBand', (m) => String(m.outsideBand)],
  ];
  for (const [key, cell] of methodRows) {
    const before = cell(mo);
    const after = cell(mn);
    out.push(row([escapeInline(w(key)), before, before === after ? after : `**${after}**`]));
  }

  if (impact && impact.files.length > 0) {
    out.push('', `### ${w('headScores')}`, '');
    out.push(head(['colBody', 'colFile', 'colBefore', 'colAfter', 'colDelta', 'colLevel']), '|---|---|---:|---:|---:|---|');
    for (const f of impact.files.slice(0, MD_MAX_ROWS)) {
      out.push(row([escapeInline(f.organization), escapeInline(f.file), score(lang, f.before.score, none), score(lang, f.after.score, none), signed(lang, f.delta), levelCell(f, none, noLevel)]));
    }
    if (impact.files.length > MD_MAX_ROWS) out.push('', w('more', { n: impact.files.length - MD_MAX_ROWS }));

    out.push('', `### ${w('headByRecommendation')}`, '');
    out.push(head(['colRecommendation', 'colFiles', 'colMeanBefore', 'colMeanAfter', 'colMeanDelta', 'colLargest']), '|---|---:|---:|---:|---:|---:|');
    for (const r of impact.recommendations) {
      out.push(row([`${escapeInline(r.title)} (${code(r.id)})`, String(r.files), score(lang, r.meanBefore, none), score(lang, r.meanAfter, none), signed(lang, r.meanDelta), score(lang, r.maxAbsDelta, none)]));
    }

    const detailed = impact.files.filter((f) => f.recommendations.some((r) => r.before !== r.after)).slice(0, MD_MAX_DETAIL);
    if (detailed.length > 0) {
      out.push('', `<details><summary>${w('headPerFile')}</summary>`);
      for (const f of detailed) {
        out.push('', `**${escapeInline(f.organization)}** — ${escapeInline(f.file)}`, '');
        out.push(head(['colRecommendation', 'colBefore', 'colAfter', 'colDelta']), '|---|---:|---:|---:|');
        for (const r of f.recommendations) out.push(row([`${escapeInline(r.title)} (${code(r.id)})`, score(lang, r.before, none), score(lang, r.after, none), signed(lang, r.delta)]));
      }
      out.push('', '</details>');
    }
  }

  if (impact && impact.invalid.length > 0) {
    out.push('', `### ❌ ${w('headInvalid')}`, '');
    out.push(fence(impact.invalid.flatMap((i) => i.findings.map(formatFinding)).join('\n')));
  }
  if (impact && impact.skipped.length > 0) {
    out.push('', `### ${w('headSkipped')}`, '');
    for (const s of impact.skipped) out.push(`- ${escapeInline(s.file)}: ${escapeInline(w('madeFor', { rubric: s.rubric }))}`);
  }
  // Both sides: carrying forward to the new version, and files of another version read by the old one.
  const warned = impact?.files.filter((f) => f.warnings.after.length + f.warnings.before.length > 0) ?? [];
  if (warned.length > 0) {
    out.push('', `<details><summary>${w('headWarnings')} (${warned.length})</summary>`, '');
    out.push(fence(warned.flatMap((f) => [...new Set([...f.warnings.after, ...f.warnings.before])]).join('\n')));
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}
