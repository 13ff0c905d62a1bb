import { diff } from '../i18n/catalogue/diff.js';
import { messages } from '../i18n/catalogue/messages.js';
import { formatFinding } from '../errors.js';
import { type Lang, type PlainKey, sayerIn } from '../i18n/lang.js';
import { formatNumber, formatPercent, formatPlain, formatSigned } from '../i18n/numbers.js';
import { escapeMarkdown, sanitizeText } from '../report/escape.js';
import type { FileImpact } from './impact.js';
import type { DiffResult } from './result.js';
import type { FieldChange } from './fields.js';
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
    q.added.map(
      (a) =>
        `${code(a.id)} (${w('inSection', { area: code(a.area) })}; ${refs(lang, a.recommendations)}; ${w('weightIs', { w: num(lang, a.weight) })}${
          a.when ? `; ${w('addedWhen', { gate: code(a.when.question), options: a.when.in.map(code).join(', ') })}` : ''
        }${a.notApplicable ? `; ${w('addedNa')}` : ''})`,
    ),
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

  // Every other field that differs, whatever it is (a gate, "not applicable", a unit, the
  // scoring block, a field added to the format later): nothing is left unsaid.
  const other = d.fields.filter((f) => f.kind !== 'text' && !shownAbove(f, d));
  section(
    w('headOtherFields'),
    other.map((f) => `- ${code(f.path)}${f.kind === 'order' ? ` (${w('fieldOrder')})` : ''}: ${value(lang, f, 'before')} → ${value(lang, f, 'after')}${f.kind === 'method' ? ` · ⚠️ ${w('fieldMovesScores')}` : ''}`),
  );
  // Texts before and after, for a translator reviewing the wording.
  const texts = d.fields.filter((f) => f.kind === 'text');
  if (texts.length > 0) {
    out.push('', `<details><summary>${w('headTextsBeforeAfter')} (${texts.length})</summary>`, '');
    for (const f of texts) out.push(`- ${code(f.path)}`, `  - ${value(lang, f, 'before', 2000)}`, `  - ${value(lang, f, 'after', 2000)}`);
    out.push('', '</details>');
  }

  section(
    w('headMigration'),
    d.problems.map((p) => `- ${p.severity === 'error' ? '❌' : '⚠️'} ${escapeInline(problemText(lang, p))}`),
  );
  return out;
}

/** Paths the lists above already show in words (questions, options, levels, recommendations, sections, titles). */
const SHOWN = [
  /^(id|version|languages|title|description)(\.[a-z]{2,3})?$/,
  /^questions$/,
  /^questions\[[^\]]+\](\.(area|weight|recommendations|options|text|help|source)(\W.*)?)?$/,
  /^recommendations(\[[^\]]+\](\.(weight|title|description|actions|examples|source)(\W.*)?)?)?$/,
  /^levels(\[[^\]]+\](\.(min|label|description)(\W.*)?)?)?$/,
  /^(problemAreas|riskCategories)(\[[^\]]+\](\.(title|description|source|kind)(\W.*)?)?)?$/,
];

/** Whether the readable lists show this field already; the migration from the base version is its own section. */
function shownAbove(f: FieldChange, d: RubricDiff): boolean {
  if (d.migration && f.path.startsWith(`migrations[${d.migration.from}]`)) return true;
  return SHOWN.some((re) => re.test(f.path));
}

/** One side of a field as compact JSON (a text as itself), cut at `max` characters. */
function value(lang: Lang, f: FieldChange, side: 'before' | 'after', max = 200): string {
  if (!(side in f)) return word(lang, 'fieldAbsent');
  const v = f[side];
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return typeof v === 'string' ? `«${escapeInline(cut)}»` : code(cut);
}

const WARNING_LINE = new RegExp(`^(.*?):(?:\\d+:\\d+: )?((?:${Object.values(messages.warningPrefix).join('|')}): .*)$`);

/**
 * Warnings with the same text after their position, once with the files that have them
 * (a thousand files carried forward from one version are one line, not a thousand), in the
 * order first seen; a warning of one file stays as it is.
 */
export function groupWarnings(lines: readonly string[], lang: Lang): string[] {
  const groups = new Map<string, string[]>();
  for (const line of lines) {
    const at = WARNING_LINE.exec(line);
    const key = at ? at[2]! : line;
    const list = groups.get(key) ?? [];
    list.push(at ? at[1]! : '');
    groups.set(key, list);
  }
  return [...groups].map(([text, files]) =>
    files.length === 1 ? lines.find((l) => l.endsWith(text))! : `${text} ${word(lang, 'inFiles', { n: files.length, files: files.slice(0, 3).join(', ') + (files.length > 3 ? ', …' : '') })}`,
  );
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

/** Coverage (answered ÷ applicable) before → after, or once when it did not change. */
function coverageCell(lang: Lang, f: FileImpact): string {
  const b = formatPercent(lang, f.before.coverage);
  const a = formatPercent(lang, f.after.coverage);
  return b === a ? a : `${b} → ${a}`;
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
    } else if (impact.invalid.length > 0) {
      // Within the limit only for the files that could be compared: not a green verdict.
      out.push(`> ❌ ${w('withinLimit', { limit: num(lang, result.maxDelta) })} **${w('notAllWithin', { n: impact.invalid.length })}**`, '');
    } else out.push(`> ✅ ${w('withinLimit', { limit: num(lang, result.maxDelta) })}`, '');
  }
  if (result.failOnLevelChange && impact) {
    const changes = result.levelChanges;
    const lvl = (level: FileImpact['before']['level']) => (level === null ? noLevel : escapeInline(level.label));
    if (changes.length > 0) {
      const listed = changes.slice(0, MD_MAX_ROWS).map((f) => `${escapeInline(f.file)} (${lvl(f.before)} → ${lvl(f.after)})`);
      if (changes.length > MD_MAX_ROWS) listed.push(w('more', { n: changes.length - MD_MAX_ROWS }));
      out.push(`> ❌ **${w('levelChangeFail', { n: changes.length })}** ${listed.join(', ')}`, '');
    } else if (impact.invalid.length > 0) out.push(`> ❌ ${w('noLevelChange')} **${w('notAllWithin', { n: impact.invalid.length })}**`, '');
    else out.push(`> ✅ ${w('noLevelChange')}`, '');
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
  if (structure.length === 0) {
    // "The same" only for the same bytes; the same model in a file edited otherwise says so.
    if (result.old.sha256 === result.new.sha256) out.push('', w('identical'));
    else if (result.structure.same) out.push('', w('formattingOnly', { before: result.old.sha256.slice(0, 12), after: result.new.sha256.slice(0, 12) }));
    else out.push('', `${code(result.old.version)} → ${code(result.new.version)}`);
  }
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
    // Why bodies lose points after a new question: blank, it counts as 0 (and lowers coverage).
    for (const q of impact.newQuestions) out.push(`- ${w('newBlank', { id: code(q.id), n: q.blank, files: impact.files.length })}`);
    if (impact.newQuestions.length > 0) out.push('');
    out.push(head(['colBody', 'colFile', 'colBefore', 'colAfter', 'colDelta', 'colCoverage', 'colLevel']), '|---|---|---:|---:|---:|---:|---|');
    for (const f of impact.files.slice(0, MD_MAX_ROWS)) {
      out.push(
        row([
          escapeInline(f.organization),
          escapeInline(f.file),
          score(lang, f.before.score, none),
          score(lang, f.after.score, none),
          signed(lang, f.delta),
          coverageCell(lang, f),
          levelCell(f, none, noLevel),
        ]),
      );
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
    out.push(fence(groupWarnings(warned.flatMap((f) => [...new Set([...f.warnings.after, ...f.warnings.before])]), lang).join('\n')));
    out.push('', '</details>');
  }
  return `${out.join('\n')}\n`;
}
