import { escapeHtml } from './escape.js';

/**
 * Charts as inline SVG text: pure functions from plain numbers to markup, shared by the
 * body's HTML report and the fleet page. No script, no style attribute (the pages' CSP
 * admits only their one style block), no external reference: colours are presentation
 * attributes and the only `url(#…)` points at a pattern inside the same SVG.
 *
 * Every chart is readable without colour: values are written as numbers next to what they
 * measure, level bands are named, and the series that differ in meaning differ in pattern
 * too (solid for scores, hatched for exposure, outlined for "no score"). Every chart is an
 * `role="img"` with a `<title>` and `<desc>` (its accessible name and description); the
 * page puts the same numbers in a table beside it for a screen reader and for copying.
 */

const h = (text: string): string => escapeHtml(text);

/** Colours chosen to stay apart in greyscale and to pass contrast against white. */
export const PALETTE = {
  ink: '#1b1f24',
  muted: '#57606a',
  grid: '#8c959f',
  score: '#1f4e79',
  exposure: '#9a3412',
  empty: '#ffffff',
  band: ['#f6f8fa', '#eaeef2'],
} as const;

/** Fills of a level band (lowest first), light to dark: the order reads in greyscale. */
export const LEVEL_FILLS = ['#f1f5f9', '#d2e2f0', '#a9c7e3', '#7faad3', '#6a9acb', '#5b8fc0'] as const;

/** The SVG font stack: the page's, with fonts a bare Linux machine has for Cyrillic and Kazakh. */
/** The font stack every inline chart names (no font is loaded: the reader's own is used). */
export const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Liberation Sans, DejaVu Sans, Arial, sans-serif';

/** One bar: a label, a value from 0 to 100 (null: nothing to measure) and short notes after the value. */
export interface Bar {
  label: string;
  value: number | null;
  /** Written after the number, e.g. the level's name. */
  note?: string;
  /** A mark that must stand out without colour, e.g. "weakest link" (drawn with a thick outline). */
  flag?: string;
}

/** A level threshold drawn as a band boundary. */
export interface Band {
  min: number;
  label: string;
}

export interface BarChartSpec {
  /** Unique within the page: the ids of the title, description and patterns derive from it. */
  id: string;
  title: string;
  desc: string;
  bars: readonly Bar[];
  /** `score` solid bars, `exposure` hatched ones. */
  kind: 'score' | 'exposure';
  /** Level bands behind the bars, named at the top. */
  bands?: readonly Band[];
  /** What a bar with no value says. */
  emptyText: string;
  /** Formats a value for display (decimal comma in ru/kk). */
  format: (value: number) => string;
}

/** Splits a label into at most `lines` lines of about `width` characters, on spaces; the last one ellipsed. */
export function wrapText(text: string, width: number, lines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= width || line === '') line = next;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line !== '') out.push(line);
  if (out.length > lines) {
    const kept = out.slice(0, lines);
    kept[lines - 1] = `${kept[lines - 1]!.slice(0, Math.max(1, width - 1))}…`;
    return kept;
  }
  return out.map((l) => (l.length > width + 8 ? `${l.slice(0, width + 7)}…` : l));
}

/** `<text>` with one `<tspan>` per line, vertically centred on `y`. */
function multiline(lines: readonly string[], x: number, y: number, attrs: string, lineHeight = 15): string {
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  const spans = lines.map((l, i) => `<tspan x="${x}" y="${round(top + i * lineHeight)}">${h(l)}</tspan>`).join('');
  return `<text ${attrs} dominant-baseline="middle">${spans}</text>`;
}

const round = (v: number): number => Math.round(v * 10) / 10;

function open(id: string, width: number, height: number, title: string, desc: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `aria-labelledby="${id}-t" aria-describedby="${id}-d" font-family="${FONT}" font-size="13" fill="${PALETTE.ink}">` +
    `<title id="${id}-t">${h(title)}</title><desc id="${id}-d">${h(desc)}</desc>`
  );
}

/** Diagonal hatching for exposure bars and a light hatch for empty ones, scoped by the chart's id. */
function patterns(id: string): string {
  return (
    `<defs>` +
    `<pattern id="${id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="${PALETTE.exposure}"/><rect width="2" height="6" fill="#ffffff" fill-opacity="0.55"/></pattern>` +
    `<pattern id="${id}-empty" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#ffffff"/><rect width="1" height="6" fill="${PALETTE.grid}"/></pattern>` +
    `</defs>`
  );
}

/**
 * Horizontal bars from 0 to 100, one per item, with the value (and its note) written at
 * the end of each bar and, for scores, the level bands behind them named along the top.
 */
export function barChart(spec: BarChartSpec): string {
  const width = 800;
  const labelW = 240;
  const valueW = 190;
  const plotX = labelW + 10;
  const plotW = width - plotX - valueW;
  const top = spec.bands && spec.bands.length > 0 ? 48 : 10;
  const rowH = 40;
  const barH = 20;
  const height = top + spec.bars.length * rowH + 24;
  const x = (v: number) => round(plotX + (Math.max(0, Math.min(100, v)) / 100) * plotW);
  const out: string[] = [open(spec.id, width, height, spec.title, spec.desc), patterns(spec.id)];

  // Level bands: alternating greys, each named at its top, so the thresholds read without
  // colour. A name that would run into the one before it goes on a second line.
  const bands = spec.bands ?? [];
  const rowEnds = [-Infinity, -Infinity];
  bands.forEach((band, i) => {
    const from = x(band.min);
    const to = i + 1 < bands.length ? x(bands[i + 1]!.min) : x(100);
    out.push(`<rect x="${from}" y="${top - 6}" width="${round(to - from)}" height="${spec.bars.length * rowH + 6}" fill="${PALETTE.band[i % 2]}"/>`);
    const name = `${band.label} ${spec.format(band.min).replace(/[.,]0$/, '')}+`;
    const textW = name.length * 6.6;
    const row = rowEnds[0]! <= from ? 0 : 1;
    rowEnds[row] = from + 4 + textW + 6;
    const labelY = row === 0 ? top - 30 : top - 14;
    if (i > 0) out.push(`<line x1="${from}" y1="${labelY - 8}" x2="${from}" y2="${top + spec.bars.length * rowH}" stroke="${PALETTE.grid}" stroke-dasharray="4 3"/>`);
    out.push(`<text x="${round(from + 4)}" y="${labelY}" dominant-baseline="middle" font-size="12" fill="${PALETTE.muted}">${h(name)}</text>`);
  });

  spec.bars.forEach((bar, i) => {
    const cy = top + i * rowH + rowH / 2;
    out.push(multiline(wrapText(bar.label, 27, 2), 0, cy, `x="0" font-size="13"`));
    const y = round(cy - barH / 2);
    if (bar.value === null) {
      out.push(`<rect x="${plotX}" y="${y}" width="${round(plotW)}" height="${barH}" fill="url(#${spec.id}-empty)" stroke="${PALETTE.grid}"/>`);
      out.push(`<text x="${plotX + 8}" y="${round(cy)}" dominant-baseline="middle" font-size="12" fill="${PALETTE.ink}">${h(spec.emptyText)}</text>`);
      return;
    }
    const end = x(bar.value);
    const fill = spec.kind === 'exposure' ? `url(#${spec.id}-hatch)` : PALETTE.score;
    const w = Math.max(2, round(end - plotX));
    const stroke = bar.flag ? ` stroke="${PALETTE.ink}" stroke-width="3"` : '';
    out.push(`<rect x="${plotX}" y="${y}" width="${w}" height="${barH}" fill="${fill}"${stroke}/>`);
    const text = `${spec.format(bar.value)}${bar.note ? ` · ${bar.note}` : ''}`;
    out.push(`<text x="${round(plotX + w + 6)}" y="${round(cy - (bar.flag ? 7 : 0))}" dominant-baseline="middle" font-weight="700">${h(text)}</text>`);
    if (bar.flag) out.push(`<text x="${round(plotX + w + 6)}" y="${round(cy + 9)}" dominant-baseline="middle" font-size="11.5" fill="${PALETTE.ink}">▲ ${h(bar.flag)}</text>`);
  });

  // Axis: 0, 50, 100.
  const axisY = top + spec.bars.length * rowH + 4;
  out.push(...axis(x, plotX, axisY, [0, 25, 50, 75, 100].map((v) => ({ at: v, label: String(v) }))));
  out.push('</svg>');
  return out.join('');
}

/** A horizontal axis: its line from the first tick to the last, a mark and a label at each tick. */
export function axis(x: (v: number) => number | string, fromX: number, y: number, ticks: ReadonlyArray<{ at: number; label: string }>): string[] {
  const out = [`<line x1="${fromX}" y1="${y}" x2="${x(ticks.at(-1)!.at)}" y2="${y}" stroke="${PALETTE.grid}"/>`];
  for (const tick of ticks) {
    out.push(`<line x1="${x(tick.at)}" y1="${y}" x2="${x(tick.at)}" y2="${y + 4}" stroke="${PALETTE.grid}"/>`);
    out.push(`<text x="${x(tick.at)}" y="${y + 15}" text-anchor="middle" font-size="11" fill="${PALETTE.muted}">${escapeHtml(tick.label)}</text>`);
  }
  return out;
}

export interface MeterSpec {
  id: string;
  title: string;
  desc: string;
  /** 0..1 */
  value: number;
  /** The floor to reach, 0..1, marked on the bar. */
  floor?: { value: number; label: string };
  /** Written inside the bar's left end. */
  text: string;
  width?: number;
}

/** A single progress bar (coverage), with the floor marked and named. */
export function meterChart(spec: MeterSpec): string {
  const width = spec.width ?? 360;
  const height = 46;
  const barY = 6;
  const barH = 18;
  const x = (f: number) => round(Math.max(0, Math.min(1, f)) * (width - 2) + 1);
  const out = [open(spec.id, width, height, spec.title, spec.desc), patterns(spec.id)];
  out.push(`<rect x="1" y="${barY}" width="${width - 2}" height="${barH}" fill="url(#${spec.id}-empty)" stroke="${PALETTE.grid}"/>`);
  out.push(`<rect x="1" y="${barY}" width="${Math.max(0, x(spec.value) - 1)}" height="${barH}" fill="${PALETTE.score}"/>`);
  if (spec.floor) {
    const fx = x(spec.floor.value);
    out.push(`<line x1="${fx}" y1="${barY - 4}" x2="${fx}" y2="${barY + barH + 4}" stroke="${PALETTE.ink}" stroke-width="2"/>`);
    const anchor = spec.floor.value > 0.7 ? 'end' : 'start';
    out.push(`<text x="${anchor === 'end' ? fx + 4 : fx}" y="${barY + barH + 15}" text-anchor="${anchor}" font-size="11.5" fill="${PALETTE.ink}">▲ ${h(spec.floor.label)}</text>`);
  }
  out.push(`<text x="6" y="${barY + barH + 15}" font-size="11.5" fill="${PALETTE.ink}">${h(spec.text)}</text>`);
  out.push('</svg>');
  return out.join('');
}

export interface HistogramSpec {
  id: string;
  title: string;
  desc: string;
  /** Counts per bin; bin i covers [i × binWidth, (i + 1) × binWidth), the last one includes 100. */
  bins: readonly number[];
  binWidth: number;
  bands?: readonly Band[];
  /** The axis's title, e.g. "Overall score". */
  axisLabel: string;
}

/** Vertical bars counting bodies by overall score, with the level thresholds drawn and named. */
export function histogram(spec: HistogramSpec): string {
  const width = 760;
  const height = 250;
  const left = 44;
  const right = 12;
  const top = 30;
  const bottom = 46;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...spec.bins);
  const step = niceStep(max);
  const yMax = Math.ceil(max / step) * step;
  const x = (v: number) => round(left + (v / 100) * plotW);
  const y = (c: number) => round(top + plotH - (c / yMax) * plotH);
  const out = [open(spec.id, width, height, spec.title, spec.desc)];
  for (let c = 0; c <= yMax; c += step) {
    out.push(`<line x1="${left}" y1="${y(c)}" x2="${width - right}" y2="${y(c)}" stroke="#d0d7de"/>`);
    out.push(`<text x="${left - 6}" y="${y(c)}" text-anchor="end" dominant-baseline="middle" font-size="11" fill="${PALETTE.muted}">${c}</text>`);
  }
  // Thresholds behind the bars, so a count written over a line stays readable.
  for (const band of spec.bands ?? []) {
    if (band.min <= 0) continue;
    out.push(`<line x1="${x(band.min)}" y1="${top - 14}" x2="${x(band.min)}" y2="${y(0)}" stroke="${PALETTE.ink}" stroke-dasharray="5 3"/>`);
  }
  spec.bins.forEach((count, i) => {
    const x0 = x(i * spec.binWidth) + 2;
    const x1 = x(Math.min(100, (i + 1) * spec.binWidth)) - 2;
    if (count > 0) {
      out.push(`<rect x="${x0}" y="${y(count)}" width="${round(x1 - x0)}" height="${round(y(0) - y(count))}" fill="${PALETTE.score}"/>`);
      out.push(`<text x="${round((x0 + x1) / 2)}" y="${y(count) - 5}" text-anchor="middle" font-size="11.5" font-weight="700" stroke="#ffffff" stroke-width="3" paint-order="stroke">${count}</text>`);
    }
  });
  (spec.bands ?? []).forEach((band) => {
    out.push(`<text x="${x(band.min) + 4}" y="${top - 16}" font-size="12" fill="${PALETTE.muted}">${h(band.label)} ${band.min}+</text>`);
  });
  out.push(`<line x1="${left}" y1="${y(0)}" x2="${width - right}" y2="${y(0)}" stroke="${PALETTE.grid}"/>`);
  for (let v = 0; v <= 100; v += 10) out.push(`<text x="${x(v)}" y="${y(0) + 15}" text-anchor="middle" font-size="11" fill="${PALETTE.muted}">${v}</text>`);
  out.push(`<text x="${round(left + plotW / 2)}" y="${height - 6}" text-anchor="middle" font-size="12" fill="${PALETTE.muted}">${h(spec.axisLabel)}</text>`);
  out.push('</svg>');
  return out.join('');
}

function niceStep(max: number): number {
  const raw = max / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (raw <= m * pow) return Math.max(1, m * pow);
  return Math.max(1, 10 * pow);
}

export interface StackSpec {
  id: string;
  title: string;
  desc: string;
  /** One row per item (e.g. a recommendation): counts per segment, segments in level order. */
  rows: ReadonlyArray<{ label: string; counts: readonly number[] }>;
  /** Segment names (levels, then e.g. "no score"), lowest first. */
  segments: readonly string[];
  /** Whether the last segment means "no value" (drawn hatched, not as a level). */
  emptyLast?: boolean;
}

/**
 * 100 % stacked bars: how the bodies spread over the levels, one bar per recommendation.
 * Each segment is filled by its level's tint (light to dark, so the order reads in
 * greyscale) and carries its count: inside when it is wide enough, else just above it; a legend
 * names the segments.
 */
export function stackedBars(spec: StackSpec): string {
  const width = 760;
  const labelW = 250;
  const plotX = labelW + 10;
  const plotW = width - plotX - 10;
  const rowH = 38;
  const barH = 22;
  // Legend entries left to right from the plot's left edge, wrapping onto a new line when full.
  const entries: Array<{ x: number; line: number; name: string; i: number }> = [];
  let ex = plotX;
  let line = 0;
  spec.segments.forEach((name, i) => {
    const w = 40 + name.length * 7.4;
    if (ex + w > width && ex > plotX) {
      ex = plotX;
      line++;
    }
    entries.push({ x: ex, line, name, i });
    ex += w;
  });
  const legendH = 28 + line * 22;
  // Room above the first bar for the numbers of narrow segments.
  const top = 8;
  const height = top + spec.rows.length * rowH + legendH + 8;
  const out = [open(spec.id, width, height, spec.title, spec.desc), patterns(spec.id)];
  const fill = (i: number) =>
    spec.emptyLast && i === spec.segments.length - 1 ? `url(#${spec.id}-empty)` : LEVEL_FILLS[Math.min(i, LEVEL_FILLS.length - 1)]!;
  spec.rows.forEach((row, r) => {
    const cy = top + r * rowH + rowH / 2;
    out.push(multiline(wrapText(row.label, 27, 2), 0, cy, `x="0" font-size="13"`));
    const total = row.counts.reduce((a, b) => a + b, 0);
    let at = plotX;
    // A segment too narrow for its number gets it just above the bar, over the segment's middle,
    // pushed right past the previous such number so that none overlap (and left of the plot's end).
    let aboveRight = -Infinity;
    row.counts.forEach((count, i) => {
      if (count === 0 || total === 0) return;
      const w = (count / total) * plotW;
      out.push(`<rect x="${round(at)}" y="${round(cy - barH / 2)}" width="${round(w)}" height="${barH}" fill="${fill(i)}" stroke="#ffffff"/>`);
      if (w >= 26) out.push(`<text x="${round(at + w / 2)}" y="${round(cy)}" text-anchor="middle" dominant-baseline="middle" font-size="11.5" font-weight="700">${count}</text>`);
      else {
        const half = (String(count).length * 6.2) / 2;
        const mid = Math.min(plotX + plotW - half, Math.max(at + w / 2, aboveRight + 3 + half));
        out.push(`<text x="${round(mid)}" y="${round(cy - barH / 2 - 5)}" text-anchor="middle" font-size="10.5" font-weight="700">${count}</text>`);
        aboveRight = mid + half;
      }
      at += w;
    });
    out.push(`<rect x="${plotX}" y="${round(cy - barH / 2)}" width="${plotW}" height="${barH}" fill="none" stroke="${PALETTE.grid}"/>`);
  });
  for (const { x: lx, line: ln, name, i } of entries) {
    const ly = top + spec.rows.length * rowH + 14 + ln * 22;
    out.push(`<rect x="${round(lx)}" y="${ly - 7}" width="14" height="14" fill="${fill(i)}" stroke="${PALETTE.grid}"/>`);
    out.push(`<text x="${round(lx + 19)}" y="${ly}" dominant-baseline="middle" font-size="12">${i + 1}. ${h(name)}</text>`);
  }
  out.push('</svg>');
  return out.join('');
}

/**
 * The CSS class of a heatmap cell by its level index (0 lowest), or `hm-x` for no score.
 * The page's stylesheet gives each class its tint; the number stays in the cell.
 */
export function heatClass(levelIndex: number | null): string {
  return levelIndex === null ? 'hm-x' : `hm-${Math.min(levelIndex, LEVEL_FILLS.length - 1)}`;
}

/** Stylesheet rules for `heatClass`: the same tints as the stacked bars. */
export function heatCss(): string {
  return [
    ...LEVEL_FILLS.map((fill, i) => `.hm-${i} { background: ${fill}; }`),
    `.hm-x { background: #ffffff; color: ${PALETTE.muted}; }`,
    '.hm-0, .hm-1, .hm-2, .hm-3, .hm-4, .hm-5, .hm-x { -webkit-print-color-adjust: exact; print-color-adjust: exact; }',
  ].join('\n');
}
