import { formatDate } from '../i18n/dates.js';
import { report as words } from '../i18n/catalogue/report.js';
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { type Lang, sayerIn } from '../i18n/lang.js';
import { oneLine } from './escape.js';
import { formatNumber, formatPercent, formatPlain, overallNotes, nextLevelText } from './labels.js';
import type { Report } from './schema.js';
import { auditView } from './audit-view.js';

export interface ConsoleOptions {
  /** ANSI colours (basic 16); false gives plain text with no escape codes at all. */
  color: boolean;
  /** The terminal's width in columns; 80 when unknown. */
  width?: number;
}

const MIN_WIDTH = 40;
const MAX_WIDTH = 120;

/** Greedy word wrap to `width` columns; every line after the first is indented by `indent`. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const limit = width - (lines.length === 0 ? 0 : indent.length);
    if (line !== '' && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : indent + l));
}

/**
 * A short summary of the report for a terminal: the overall level and score, the next
 * level, a table of the recommendations, and the three gaps whose closing adds the most.
 * Untrusted text is put on one line and stripped of control characters, so an answer
 * file cannot move the cursor or colour the screen. With `color: false` the text holds
 * no ANSI escape codes.
 */
export function renderConsole(report: Report, options: ConsoleOptions): string {
  const lang: Lang = report.language;
  const c: ChalkInstance = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.floor(options.width ?? 80)));
  const w = sayerIn(words, lang);
  const n1 = (value: number) => formatNumber(lang, value, 1);
  const t = (text: string) => oneLine(text);

  // Colour by the level's rank among the rubric's levels: lowest red, highest green.
  const levelIndex = (id: string | undefined) => report.levels.findIndex((l) => l.id === id);
  const paint = (id: string | undefined, text: string) => {
    const i = levelIndex(id);
    if (i < 0) return c.dim(text);
    if (i === 0) return c.red(text);
    if (i === report.levels.length - 1) return c.green(text);
    return c.yellow(text);
  };

  const out: string[] = [];
  out.push(...wrap(t(w('title', { org: report.respondent.organization })), width, '  ').map((l) => c.bold(l)));
  if (report.date) out.push(c.dim(`${w('assessmentDate')}: ${formatDate(report.language, report.date)}`));

  // With an audit, the verified level comes first and says that it is.
  const audited = auditView(report);
  if (audited) {
    out.push(...wrap(t(audited.headline), width, '  ').map((l) => c.bold(audited.error ? c.yellow(l) : paint(report.audit?.verified?.level?.id, l))));
    if (audited.counts) out.push(...wrap(audited.counts, width, '  '));
  }

  const o = report.overall;
  const notes = overallNotes(report);
  const answered = w('applicableOf', { answered: o.answered, applicable: o.applicable });
  const coverage = `${w('coverage')}: ${formatPercent(lang, o.coverage)} (${answered})`;
  if (o.score === null) {
    out.push(c.yellow(w('overallNotAssessed')), coverage);
  } else if (notes.incomplete || o.level === null) {
    out.push(...wrap(w('incomplete'), width, '  ').map((l) => c.bold(c.yellow(l))));
    if (notes.incomplete) {
      out.push(...wrap(t(notes.incomplete.scoreSoFar ?? ''), width, '  '));
      out.push(...wrap(t(notes.incomplete.why), width, '  '));
    }
  } else {
    const headline = `${w('level')}: ${t(o.level.label)} · ${w('scoreOf100', { score: n1(o.score) })}`;
    out.push(...wrap(headline, width, '  ').map((l) => c.bold(paint(o.level?.id, l))));
    out.push(...wrap(coverage, width, '  '));
    if (notes.capped) out.push(...wrap(t(notes.capped), width, '  ').map((l) => c.yellow(l)));
    if (o.next === null) {
      out.push(w('topLevel'));
    } else {
      const next = t(nextLevelText(report, o.next));
      out.push(...wrap(next, width, '  '));
    }
  }

  if (notes.unsupported) out.push(...wrap(notes.unsupported, width, '  ').map((l) => c.yellow(l)));
  if (notes.flags) out.push(...wrap(notes.flags, width, '  ').map((l) => c.yellow(l)));
  if (notes.declared) out.push(...wrap(notes.declared, width, '  ').map((l) => c.dim(l)));

  // The recommendations. A narrow terminal drops the gap column (it is 100 − the score)
  // and lets the level wrap, so the titles keep some room.
  const narrow = width < 64;
  const scoreWidth = Math.max(w('score').length, 5) + 2;
  const gapWidth = narrow ? 0 : Math.max(w('gap').length, 5) + 2;
  const borders = narrow ? 4 : 5;
  let levelWidth = Math.min(22, Math.max(w('level').length, w('notAssessed').length, ...report.levels.map((l) => t(l.label).length)) + 2);
  const rest = () => width - borders - scoreWidth - gapWidth - levelWidth;
  if (rest() < 16) levelWidth = Math.max(8, levelWidth - (16 - rest()));
  const titleWidth = Math.max(10, rest());
  const head = [w('recommendation'), w('score'), w('level'), ...(narrow ? [] : [w('gap')])];
  const table = new Table({
    head: head.map((s) => c.bold(s)),
    colWidths: [titleWidth, scoreWidth, levelWidth, ...(narrow ? [] : [gapWidth])],
    colAligns: ['left', 'right', 'left', 'right'],
    wordWrap: true,
    wrapOnWordBoundary: true,
    // cli-table3 colours heads and borders itself unless told not to.
    style: { head: [], border: [], compact: true },
  });
  for (const rec of report.recommendations) {
    table.push([
      t(rec.title),
      rec.score === null ? '—' : paint(rec.level?.id, n1(rec.score)),
      rec.level ? paint(rec.level.id, t(rec.level.label)) : c.dim(w('notAssessed')),
      ...(narrow ? [] : [rec.gap === null ? '—' : n1(rec.gap)]),
    ]);
  }
  out.push('', table.toString());

  // The top gaps
  const top = report.gaps.slice(0, 3);
  out.push('', c.bold(w('topGaps')));
  if (top.length === 0) {
    out.push(w('noGaps'));
  } else {
    top.forEach((g, i) => {
      const gain = `+${n1(g.gain)}`;
      // Wrapped as plain text, coloured after, so escape codes do not count as width.
      const lines = wrap(`${i + 1}. ${t(g.text)} ${gain}`, width, '   ');
      const last = lines.length - 1;
      lines[last] = lines[last]!.slice(0, -gain.length) + c.green(gain);
      out.push(...lines);
      out.push(...wrap(`${t(g.option?.label ?? w('noAnswer'))} → ${t(g.best.label)}`, width - 3, '').map((l) => `   ${c.dim(l)}`));
    });
  }
  return `${out.join('\n')}\n`;
}
