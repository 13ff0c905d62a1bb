import { Chalk } from 'chalk';
import Table from 'cli-table3';
import type { Lang } from '../i18n/lang.js';
import type { Report } from '../report/schema.js';
import { printable } from './plan.js';
import { sayer } from './words.js';

/**
 * The short summary shown when the interview ends: the overall level, then the
 * recommendations as a table. A stand-in until the shared console renderer
 * (`src/report/render-console.ts`) exists; pure: the same report gives the same text.
 */
export function renderSummary(report: Report, options: { color: boolean; lang: Lang }): string {
  const say = sayer(options.lang);
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const o = report.overall;
  const lines = [c.bold(say('summaryTitle', { organization: printable(report.respondent.organization) }))];
  if (o.score === null) lines.push(say('overallNone'));
  else {
    lines.push(
      say('overall', { score: o.score.toFixed(1), level: o.level?.label ?? '—', answered: o.answered, total: o.total }),
    );
    if (o.next) lines.push(say('nextLevel', { level: o.next.level.label, points: o.next.pointsNeeded.toFixed(1) }));
  }
  const table = new Table({
    head: [say('colRecommendation'), say('colScore'), say('colLevel')],
    colAligns: ['left', 'right', 'left'],
    style: { head: options.color ? ['cyan'] : [], border: options.color ? ['grey'] : [] },
    wordWrap: true,
    // One rule under the header only: six rows read better without a line between each.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
    colWidths: [48, 8, 22],
  });
  for (const r of report.recommendations) {
    table.push([r.title, r.score === null ? '—' : r.score.toFixed(1), r.level?.label ?? '—']);
  }
  lines.push(table.toString());
  return `${lines.join('\n')}\n`;
}
