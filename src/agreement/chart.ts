import { escapeHtml as h } from '../report/escape.js';
import { axis, FONT, PALETTE, wrapText } from '../report/charts.js';

/** One question's bar: its label, its alpha (null: not measurable) and the text written after it. */
export interface AlphaBar {
  label: string;
  alpha: number | null;
  text: string;
  ambiguous: boolean;
}

export interface AlphaChartSpec {
  id: string;
  title: string;
  desc: string;
  bars: readonly AlphaBar[];
  /** The two reference lines with their labels: the ambiguity bar (0.667) and the firm bar (0.8). */
  lines: ReadonlyArray<{ at: number; label: string }>;
  /** What a bar with no alpha says. */
  emptyText: string;
  /** An axis tick as the reader writes numbers; default as written in code (0.25). */
  tick?: (v: number) => string;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Alpha per question as inline SVG: horizontal bars from 0 to 1 (a negative alpha drawn as
 * none, its number still written), dashed lines at the ambiguity and firm bars named along
 * the top, ambiguous bars hatched so they read without colour. No script, no style
 * attribute, nothing loaded: the page's CSP admits it as the report's charts.
 */
export function alphaChart(spec: AlphaChartSpec): string {
  const width = 800;
  const labelW = 300;
  const valueW = 120;
  const plotX = labelW + 10;
  const plotW = width - plotX - valueW;
  const top = 44;
  const rowH = 24;
  const barH = 14;
  const height = top + spec.bars.length * rowH + 26;
  const x = (v: number) => r1(plotX + Math.max(0, Math.min(1, v)) * plotW);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
      `aria-labelledby="${spec.id}-t" aria-describedby="${spec.id}-d" font-family="${FONT}" font-size="12" fill="${PALETTE.ink}">`,
    `<title id="${spec.id}-t">${h(spec.title)}</title><desc id="${spec.id}-d">${h(spec.desc)}</desc>`,
    `<defs><pattern id="${spec.id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="${PALETTE.exposure}"/><rect width="2" height="6" fill="#ffffff" fill-opacity="0.55"/></pattern>` +
      `<pattern id="${spec.id}-empty" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="#ffffff"/><rect width="1" height="6" fill="${PALETTE.grid}"/></pattern></defs>`,
  ];
  const bottom = top + spec.bars.length * rowH;
  spec.lines.forEach((line, i) => {
    const lx = x(line.at);
    const ly = i % 2 === 0 ? top - 28 : top - 12;
    out.push(`<line x1="${lx}" y1="${ly + 6}" x2="${lx}" y2="${bottom}" stroke="${PALETTE.ink}" stroke-dasharray="5 3"/>`);
    out.push(`<text x="${r1(lx + 4)}" y="${ly}" dominant-baseline="middle" font-size="11.5" fill="${PALETTE.ink}">${h(line.label)}</text>`);
  });
  spec.bars.forEach((bar, i) => {
    const cy = top + i * rowH + rowH / 2;
    const label = wrapText(bar.label, 46, 1)[0] ?? '';
    out.push(`<text x="0" y="${r1(cy)}" dominant-baseline="middle">${h(label)}</text>`);
    const y = r1(cy - barH / 2);
    if (bar.alpha === null) {
      out.push(`<rect x="${plotX}" y="${y}" width="${r1(plotW)}" height="${barH}" fill="url(#${spec.id}-empty)" stroke="${PALETTE.grid}"/>`);
      out.push(`<text x="${plotX + 6}" y="${r1(cy)}" dominant-baseline="middle" font-size="11">${h(spec.emptyText)}</text>`);
      return;
    }
    const w = Math.max(1, r1(x(bar.alpha) - plotX));
    const fill = bar.ambiguous ? `url(#${spec.id}-hatch)` : PALETTE.score;
    out.push(`<rect x="${plotX}" y="${y}" width="${w}" height="${barH}" fill="${fill}"/>`);
    out.push(`<text x="${r1(plotX + plotW + 6)}" y="${r1(cy)}" dominant-baseline="middle" font-weight="700">${h(bar.text)}</text>`);
  });
  // Ticks in the reader's number format: 0,25 in ru and kk.
  out.push(...axis(x, plotX, bottom + 2, [0, 0.25, 0.5, 0.75, 1].map((v) => ({ at: v, label: spec.tick?.(v) ?? String(v) }))));
  out.push('</svg>');
  return out.join('');
}
