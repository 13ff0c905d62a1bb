import { audit as words } from '../i18n/catalogue/audit.js';
import { states } from '../i18n/catalogue/states.js';
import { sayerIn, type Lang } from '../i18n/lang.js';
import { PALETTE, wrapText } from '../report/charts.js';
import { escapeHtml } from '../report/escape.js';
import { formatNumber } from '../report/labels.js';
import type { SummaryAudit, SummaryLayout } from '../report/render-csv.js';

const h = (text: string): string => escapeHtml(text);

/** One audited body of the fleet: its declared score and its audit. */
export interface AuditedBody {
  organization: string;
  file: string;
  overall: number | null;
  audit: SummaryAudit;
}

/** Declared minus verified, one decimal; null when either is missing. */
export function auditDifference(b: Pick<AuditedBody, 'overall' | 'audit'>): number | null {
  if (b.overall === null || b.audit.verified === null || b.audit.error !== null) return null;
  return Math.round((b.overall - b.audit.verified) * 10) / 10;
}

/** The fleet's audit order: the largest fall from declared to verified first; no verified result last; then by name and file. */
export function auditOrder(a: AuditedBody, b: AuditedBody): number {
  const da = auditDifference(a);
  const db = auditDifference(b);
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return db - da;
  }
  if (a.organization !== b.organization) return a.organization < b.organization ? -1 : 1;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/**
 * Declared against verified for each audited body, as inline SVG: per body an outlined bar
 * for the declared score and a solid one for the verified, with both numbers written at the
 * end, so it reads without colour and in print.
 */
export function auditChart(bodies: readonly AuditedBody[], lang: Lang): string {
  const say = sayerIn(words, lang);
  const n1 = (v: number) => formatNumber(lang, v, 1);
  const width = 800;
  const labelW = 240;
  const plotX = labelW + 10;
  const plotW = 360;
  const rowH = 44;
  const top = 10;
  const shown = bodies.filter((b) => auditDifference(b) !== null);
  const height = top + shown.length * rowH + 10;
  const x = (v: number) => Math.round((plotX + (Math.max(0, Math.min(100, v)) / 100) * plotW) * 10) / 10;
  const title = say('chartTitle');
  const desc = shown.map((b) => `${b.organization}: ${say('declared')} ${n1(b.overall!)}, ${say('verified')} ${n1(b.audit.verified!)}`).join('; ');
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="chart-audit-t" aria-describedby="chart-audit-d" font-size="13" fill="${PALETTE.ink}">`,
    `<title id="chart-audit-t">${h(title)}</title><desc id="chart-audit-d">${h(desc)}</desc>`,
  ];
  shown.forEach((b, i) => {
    const y = top + i * rowH;
    const lines = wrapText(b.organization, 34, 2);
    lines.forEach((line, j) => out.push(`<text x="${labelW}" y="${y + 14 + j * 15}" text-anchor="end">${h(line)}</text>`));
    out.push(`<rect x="${plotX}" y="${y + 4}" width="${Math.round((x(b.overall!) - plotX) * 10) / 10}" height="14" fill="#ffffff" stroke="${PALETTE.score}" stroke-width="1.5"/>`);
    out.push(`<rect x="${plotX}" y="${y + 22}" width="${Math.round((x(b.audit.verified!) - plotX) * 10) / 10}" height="14" fill="${PALETTE.score}"/>`);
    out.push(`<text x="${plotX + plotW + 8}" y="${y + 15}" fill="${PALETTE.muted}">${h(say('declared'))} ${h(n1(b.overall!))}</text>`);
    out.push(`<text x="${plotX + plotW + 8}" y="${y + 33}">${h(say('verified'))} ${h(n1(b.audit.verified!))}</text>`);
  });
  out.push(`</svg>`);
  return out.join('');
}

/**
 * The fleet page's audit section: the chart, then every audited body in `auditOrder` with
 * its declared and verified scores, the difference, the counts, or its audit's error.
 * Empty when no body of the batch has an audit.
 */
export function auditSection(bodies: readonly AuditedBody[], layout: SummaryLayout): string {
  if (bodies.length === 0) return '';
  const lang = layout.lang;
  const say = sayerIn(words, lang);
  const n1 = (v: number | null) => (v === null ? '—' : formatNumber(lang, v, 1));
  const levelLabel = (id: string | null) => (id === null ? sayerIn(states, lang)('noLevel') : (layout.levels.find((l) => l.id === id)?.label ?? id));
  const sorted = [...bodies].sort(auditOrder);
  const head = [say('colDeclared'), say('colVerified'), say('colVerifiedLevel'), say('colDifference'), say('colConfirmed'), say('colRejected'), say('colNotFound'), say('colUnchecked')];
  const rows = sorted.map((b, i) => {
    const a = b.audit;
    const cells =
      a.error !== null
        ? `<td class="num">${n1(b.overall)}</td><td colspan="7" class="err">${h(say('error', { error: a.error.length > 400 ? `${a.error.slice(0, 400)}…` : a.error }))}</td>`
        : `<td class="num">${n1(b.overall)}</td><td class="num"><strong>${n1(a.verified)}</strong></td><td>${h(levelLabel(a.verifiedLevel))}</td><td class="num">${n1(auditDifference(b))}</td><td class="num">${a.confirmed}</td><td class="num">${a.rejected}</td><td class="num">${a.notFound > 0 ? `<strong>${a.notFound}</strong>` : a.notFound}</td><td class="num">${a.unchecked}</td>`;
    return `<tr><td class="num">${i + 1}</td><td>${h(b.organization)}</td>${cells}</tr>`;
  });
  return [
    `<section id="audit">`,
    `<h2>${h(say('section'))}</h2>`,
    sorted.some((b) => auditDifference(b) !== null) ? `<figure class="chart">${auditChart(sorted, lang)}</figure>` : `<p>${h(say('chartNone'))}</p>`,
    `<table><thead><tr><th class="num">${h(say('colRank'))}</th><th>${h(say('colOrganization'))}</th>${head.map((x) => `<th class="num">${h(x)}</th>`).join('')}</tr></thead><tbody>`,
    rows.join('\n'),
    `</tbody></table>`,
    `</section>`,
  ].join('\n');
}
