import { batchConsole as words } from '../i18n/catalogue/batch.js';
import { audit as auditWords } from '../i18n/catalogue/audit.js';
import { type Lang, sayerIn } from '../i18n/lang.js';
import { oneLine } from '../report/escape.js';
import { formatNumber, formatPercent } from '../report/labels.js';
import type { SummaryLayout, SummaryRow } from '../report/render-csv.js';
import type { BatchTotals } from './totals.js';

/** At most this many files are listed one by one; a larger batch is shown as totals. */
export const CONSOLE_ROW_LIMIT = 100;

interface Paint {
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const plain: Paint = { red: (s) => s, green: (s) => s, yellow: (s) => s, dim: (s) => s, bold: (s) => s };

/**
 * The batch as a table on the terminal: one line per file for a batch of up to
 * `CONSOLE_ROW_LIMIT` files (kept as they come), otherwise the level totals; then the
 * counts and the weakest recommendations. Colours only when asked for.
 */
export class ConsoleSummary {
  private readonly rows: Array<{ index: number; row: SummaryRow }> = [];
  private overflow = false;

  constructor(
    private readonly layout: SummaryLayout,
    private readonly limit = CONSOLE_ROW_LIMIT,
  ) {}

  add(index: number, row: SummaryRow): void {
    if (this.overflow) return;
    if (this.rows.length >= this.limit) {
      this.overflow = true;
      this.rows.length = 0;
      return;
    }
    this.rows.push({ index, row });
  }

  async render(totals: BatchTotals, color: boolean): Promise<string> {
    const { default: Table } = await import('cli-table3');
    let paint = plain;
    if (color) {
      const { Chalk } = await import('chalk');
      paint = new Chalk({ level: 1 });
    }
    const l = this.layout.lang;
    const w = sayerIn(words, l);
    const table = new Table({ style: { head: [], border: [] } });
    const levelRank = new Map(this.layout.levels.map((x, i) => [x.id, i]));
    const paintLevel = (id: string | null, text: string) => {
      if (id === null) return paint.dim(text);
      const rank = levelRank.get(id) ?? 0;
      const last = this.layout.levels.length - 1;
      return rank === 0 ? paint.red(text) : rank === last ? paint.green(text) : paint.yellow(text);
    };
    if (!this.overflow) {
      const audited = this.layout.audit === true;
      table.push([w('rank'), w('file'), w('organization'), w('overall'), w('level'), w('coverage'), ...(audited ? [sayerIn(auditWords, l)('colVerified')] : [])].map((s) => paint.bold(s)));
      for (const { index, row } of this.rows) {
        if (row.error !== null) {
          // The body is named whenever its file could be read that far.
          table.push([
            index,
            shorten(oneLine(row.file), 48),
            shorten(oneLine(row.organization ?? ''), 40, true),
            { colSpan: audited ? 4 : 3, content: paint.red(`${w('error')}: ${shorten(oneLine(row.error), 60, true)}`) },
          ]);
          continue;
        }
        const level =
          row.level !== null
            ? (this.layout.levels.find((x) => x.id === row.level)?.label ?? row.level)
            : row.overall !== null && row.status === 'incomplete'
              ? w('incompleteShort')
              : w('noScore');
        table.push([
          index,
          shorten(oneLine(row.file), 48),
          shorten(oneLine(row.organization ?? ''), 40, true),
          { hAlign: 'right', content: row.overall === null ? '—' : formatNumber(l, row.overall, 1) },
          paintLevel(row.level, oneLine(level)),
          { hAlign: 'right', content: row.coverage === null ? '—' : formatPercent(l, row.coverage) },
          // With --audit: the verified score, or the audit's error in short.
          ...(audited ? [auditCell(row, l, paint)] : []),
        ]);
      }
    } else {
      table.push([w('level'), w('files')].map((s) => paint.bold(s)));
      for (const level of totals.levels) table.push([paintLevel(level.id, oneLine(level.label)), { hAlign: 'right', content: level.count }]);
      if (totals.incomplete > 0) table.push([paint.dim(w('incomplete')), { hAlign: 'right', content: totals.incomplete }]);
      if (totals.unscored > 0) table.push([paint.dim(w('noScore')), { hAlign: 'right', content: totals.unscored }]);
      if (totals.refused > 0) table.push([paint.red(w('error')), { hAlign: 'right', content: totals.refused }]);
    }
    const lines = [table.toString()];
    let counts = w('counts', { inputs: totals.inputs, scored: totals.scored, refused: totals.refused });
    if (totals.overall.mean !== null) {
      const mean = formatNumber(l, totals.overall.mean, 1);
      // The mean counts incomplete bodies with their score so far; the line says so when there are any.
      counts += `; ${totals.incomplete > 0 ? w('meanWithIncomplete', { mean, incomplete: totals.incomplete }) : w('mean', { mean })}`;
    }
    lines.push(totals.refused > 0 ? paint.red(counts) : counts);
    if (totals.unsupported.claims > 0) lines.push(w('unsupported', totals.unsupported));
    const weakest = totals.recommendations.filter((r) => r.mean !== null).slice(0, 3);
    if (weakest.length > 0 && totals.scored > 1) {
      lines.push(w('weakest', { list: weakest.map((r) => `${oneLine(r.title)} (${formatNumber(l, r.mean!, 1)})`).join(', ') }));
    }
    return `${lines.join('\n')}\n`;
  }
}

/** A row's verified score (`score --audit`): the number, `—` without an audit, or the error, shortened. */
function auditCell(row: SummaryRow, lang: Lang, paint: Paint): { hAlign: 'right'; content: string } {
  const a = row.audit;
  if (!a) return { hAlign: 'right', content: '—' };
  if (a.error !== null) return { hAlign: 'right', content: paint.red(shorten(oneLine(a.error), 30, true)) };
  return { hAlign: 'right', content: a.verified === null ? '—' : formatNumber(lang, a.verified, 1) };
}

/** Keeps the end of a long path or the start of a long name, marking the cut with an ellipsis. */
function shorten(text: string, max: number, fromStart = false): string {
  if (text.length <= max) return text;
  return fromStart ? `${text.slice(0, max - 1)}…` : `…${text.slice(text.length - max + 1)}`;
}

