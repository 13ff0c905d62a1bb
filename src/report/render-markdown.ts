import { formatDate } from '../i18n/dates.js';
import { report as words } from '../i18n/catalogue/report.js';
import { type Lang, sayerIn } from '../i18n/lang.js';
import { escapeMarkdown, escapeMarkdownCode, escapeMarkdownLines } from './escape.js';
import {
  applicableWeight,
  areaTitles,
  byGain,
  formatNumber,
  formatPercent,
  formatPlain,
  methodRules,
  nextLevelText,
  flagText,
  notApplicableReason,
  overallNotes,
  unsupportedReason,
  traceAnswer,
  recommendationTitles,
} from './labels.js';
import type { Report } from './schema.js';
import { auditView } from './audit-view.js';
import { clause } from './clause.js';

type Align = 'left' | 'right';

/** Untrusted or rubric text for a paragraph, list item or heading. */
const md = (text: string): string => escapeMarkdown(text);
/** The same, for text that follows other text on its line. */
const mid = (text: string): string => escapeMarkdown(text, { midLine: true });
/** Untrusted or rubric text for a table cell. */
const cell = (text: string): string => escapeMarkdown(text, { cell: true });

/** A GFM table; header labels are escaped here, body cells arrive escaped. */
function table(head: readonly string[], align: readonly Align[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  const rule = `|${align.map((a) => (a === 'right' ? '---:' : '---')).join('|')}|`;
  return [line(head.map(cell)), rule, ...rows.map(line)].join('\n');
}

/**
 * The report as markdown that reads well on a git forge and in print: the overall level
 * first, then the six recommendations, the gaps ranked by gain and the next actions, risks,
 * problem areas, what is unanswered, warnings, and last the trace of every score, from which
 * a reader can recompute each number. Every text that comes from the answer file or the
 * rubric is escaped; the same report gives the same bytes.
 */
export function renderMarkdown(report: Report): string {
  const lang: Lang = report.language;
  const w = sayerIn(words, lang);
  const n1 = (value: number) => formatNumber(lang, value, 1);
  const score = (value: number | null) => (value === null ? '—' : n1(value));
  const areas = areaTitles(report);
  const recTitles = recommendationTitles(report);
  const out: string[] = [];
  const push = (...blocks: string[]) => out.push(...blocks);

  // Title and who answered
  const r = report.respondent;
  push(`# ${md(w('title', { org: r.organization }))}`);
  const meta: string[] = [];
  if (r.unit) meta.push(`**${w('unit')}:** ${mid(r.unit)}`);
  const person = [r.name, r.position].filter((s): s is string => Boolean(s && s.trim()));
  if (person.length > 0) meta.push(`**${w('respondent')}:** ${person.map(mid).join(', ')}`);
  // The assessment date, as officers write dates: a report without one is not a document.
  if (report.date) meta.push(`**${w('assessmentDate')}:** ${mid(formatDate(report.language, report.date))}`);
  const madeWith = report.answersRubricVersion !== report.rubric.version ? `; ${mid(w('answersMadeWith', { version: report.answersRubricVersion }))}` : '';
  meta.push(
    `**${w('rubric')}:** ${mid(report.rubric.title)} (${escapeMarkdownCode(report.rubric.id)} ${mid(report.rubric.version)}${madeWith})`,
  );
  meta.push(`**${w('tool')}:** ${mid(report.tool.name)} ${mid(report.tool.version)}`);
  push(meta.join('  \n'));

  // Overall level, first; with an audit, the verified level before everything
  push(`## ${w('overall')}`);
  const audited = auditView(report);
  if (audited) push(`**${md(audited.headline)}**`);
  const o = report.overall;
  const notes = overallNotes(report);
  const answeredOf = w('applicableOf', { answered: o.answered, applicable: o.applicable });
  if (o.score === null) {
    push(`**${w('overallNotAssessed')}** ${w('coverage')}: ${formatPercent(lang, o.coverage)} (${answeredOf}).`);
  } else if (notes.incomplete || o.level === null) {
    push(`**${w('incomplete')}** ${mid(notes.incomplete?.scoreSoFar ?? '')}`);
    if (notes.incomplete) push(md(notes.incomplete.why));
  } else {
    push(
      `**${mid(o.level.label)}**: ${w('scoreOf100', { score: n1(o.score) })}. ${w('coverage')}: ${formatPercent(lang, o.coverage)} (${answeredOf}).`,
    );
    if (notes.capped) push(md(notes.capped));
    if (notes.declared) push(md(notes.declared));
    if (o.next === null) {
      push(md(w('topLevel')));
    } else {
      push(
        md(nextLevelText(report, o.next)) +
          (o.next.reachable ? ` ${mid(w('fewestChanges'))}` : ` ${mid(w('unreachable'))}`),
      );
      if (o.next.reachable && o.next.changes.length > 0) {
        push(
          o.next.changes
            .map((c, i) => {
              const marker = `${i + 1}. `;
              // A hard break keeps the change on its own line inside the list item.
              return (
                `${marker}${md(c.text)} (${escapeMarkdownCode(c.question)}) — +${n1(c.gain)}\\\n` +
                `${' '.repeat(marker.length)}${md(w('change', { from: clause(c.from?.label ?? w('noAnswer')), to: clause(c.to.label) }))}`
              );
            })
            .join('\n'),
        );
      }
    }
  }
  if (notes.answeredScore) push(md(notes.answeredScore));
  if (notes.unsupported) push(md(notes.unsupported));
  if (notes.flags) push(md(notes.flags));

  if (audited) {
    push(`## ${cell(audited.head.section)}`);
    if (audited.by) push(md(audited.by));
    push(table(['', audited.head.score, audited.head.level], ['left', 'right', 'left'], audited.rows.map((r) => [cell(r.label), r.score, cell(r.level)])));
    if (audited.counts) push(md(audited.counts));
    if (audited.verdicts.length > 0) {
      const hd = audited.head;
      push(
        table(
          [hd.question, hd.verdict, hd.claimed, hd.option, hd.counted, hd.note],
          ['left', 'left', 'left', 'left', 'left', 'left'],
          audited.verdicts.map((v) => [`${cell(v.text)} (${escapeMarkdownCode(v.id)})`, cell(v.verdict), cell(v.claimed), cell(v.option), cell(v.counted), cell(v.note)]),
        ),
      );
    }
  }

  // The six recommendations
  push(`## ${w('recommendations')}`);
  push(
    table(
      [w('recommendation'), w('score'), w('level'), w('gap'), w('answered')],
      ['left', 'right', 'left', 'right', 'right'],
      report.recommendations.map((rec) => [
        cell(rec.title),
        score(rec.score),
        rec.level ? cell(rec.level.label) : `— (${w('notAssessed')})`,
        score(rec.gap),
        `${rec.answered}/${rec.applicable}`,
      ]),
    ),
  );
  push(md(w('recommendationsNote')));

  // Gaps ranked by gain
  push(`## ${w('gaps')}`);
  if (report.gaps.length === 0) {
    push(md(w('noGaps')));
  } else {
    push(md(w('gapsNote')));
    push(
      table(
        [w('rank'), w('question'), w('currentAnswer'), w('bestAnswer'), w('gain'), w('recommendations')],
        ['right', 'left', 'left', 'left', 'right', 'left'],
        report.gaps.map((g, i) => [
          String(i + 1),
          `${cell(g.text)} (${escapeMarkdownCode(g.question, { cell: true })})`,
          g.option ? cell(g.option.label) : `— (${w('noAnswer')})`,
          cell(g.best.label),
          `+${n1(g.gain)}`,
          g.recommendations.map((id) => cell(recTitles.get(id) ?? id)).join('; '),
        ]),
      ),
    );
  }

  // Next actions per recommendation
  push(`## ${w('nextActions')}`);
  push(md(w('nextActionsNote')));
  for (const rec of byGain(report)) {
    const status = rec.level && rec.score !== null ? `${mid(rec.level.label)}, ${n1(rec.score)}` : `— (${w('notAssessed')})`;
    push(`### ${md(rec.title)}: ${status}`);
    const body = [`*${w('possibleGain', { gain: n1(rec.gain) })}*`];
    if (rec.actions.trim() !== '') body.push(escapeMarkdownLines(rec.actions, ''));
    push(body.join('\n\n'));
    if (rec.examples.length > 0) {
      push(`**${w('examples')}:**\n\n${rec.examples.map((e) => `- ${escapeMarkdownLines(e, '  ')}`).join('\n')}`);
    }
  }

  // Risks
  push(`## ${w('risks')}`);
  push(
    table(
      [w('riskCategory'), w('exposure'), w('answered')],
      ['left', 'right', 'right'],
      report.riskCategories.map((c) => [cell(c.title), c.exposure === null ? `— (${w('notAssessed')})` : n1(c.exposure), `${c.answered}/${c.applicable}`]),
    ),
  );
  push(md(w('risksNote')));

  // Problem areas
  push(`## ${w('problemAreas')}`);
  push(
    table(
      [w('area'), w('score'), w('answered')],
      ['left', 'right', 'right'],
      report.problemAreas.map((a) => [cell(a.title), a.score === null ? `— (${w('notAssessed')})` : n1(a.score), `${a.answered}/${a.applicable}`]),
    ),
  );
  push(md(w('problemAreasNote')));

  // Unanswered
  push(`## ${w('unanswered')}`);
  if (report.unanswered.length === 0) {
    push(md(w('allAnswered')));
  } else {
    push(md(w('unansweredNote')));
    push(
      report.unanswered
        .map((q) => `- ${md(q.text)} (${escapeMarkdownCode(q.id)}; ${mid(areas.get(q.area) ?? q.area)})`)
        .join('\n'),
    );
  }

  // Claims without evidence
  if (report.unsupported.length > 0) {
    push(`## ${w('unsupportedTitle')}`);
    // Our own words, with `evidence` as code: trusted text, not escaped.
    push(w(report.method.unsupported === 'downgrade' ? 'unsupportedDowngradeNote' : 'unsupportedFlagNote'));
    push(
      report.unsupported
        .map((u) => {
          const counted = u.countedAs ? ` — ${mid(w('countedAs'))} ${mid(u.countedAs.label)}` : '';
          const why = ` — ${mid(unsupportedReason(lang, u))}`;
          const given = u.given !== undefined ? `\\\n  *${w('givenEvidence')}:* ${escapeMarkdownLines(u.given, '  ', { midLine: true })}` : '';
          const expected = u.evidence ? `\\\n  *${w('expectedEvidence')}:* ${mid(u.evidence)}` : '';
          return `- ${md(u.text)} (${escapeMarkdownCode(u.id)}): ${mid(u.option.label)}${counted}${why}${given}${expected}`;
        })
        .join('\n'),
    );
  }

  // Flags for the auditor
  if (report.flags.length > 0) {
    push(`## ${w('flagsTitle')}`);
    push(md(w('flagsNote')));
    push(report.flags.map((f) => `- ${md(f.text)} (${escapeMarkdownCode(f.id)}): ${escapeMarkdownLines(flagText(lang, f), '  ', { midLine: true })}`).join('\n'));
  }

  // Modules
  if (report.modules.length > 0) {
    push(`## ${w('modulesTitle')}`);
    push(md(w('modulesNote')));
    push(
      report.modules
        .map((x) => `- ${md(w('moduleRow', { title: x.title, id: x.id, score: x.score === null ? '—' : n1(x.score), level: x.level?.label ?? '—' }))}`)
        .join('\n'),
    );
  }

  // Questions that do not apply
  if (report.notApplicable.length > 0) {
    push(`## ${w('notApplicableTitle')}`);
    push(md(w('notApplicableNote')));
    push(
      report.notApplicable
        .map((q) => {
          const why = notApplicableReason(lang, q);
          return `- ${md(q.text)} (${escapeMarkdownCode(q.id)}): ${escapeMarkdownLines(why, '  ', { midLine: true })}`;
        })
        .join('\n'),
    );
  }

  // Warnings
  if (report.warnings.length > 0) {
    push(`## ${w('warnings')}`);
    push(report.warnings.map((text) => `- ${escapeMarkdownLines(text, '  ')}`).join('\n'));
  }

  // The trace of every score
  push(`## ${w('trace')}`);
  push(md(w('traceNote')));
  const assessed = report.recommendations.filter((rec) => rec.score !== null);
  if (o.score !== null && assessed.length > 0) {
    const num = assessed.map((rec) => `${formatPlain(lang, rec.weight)} × ${n1(rec.score!)}`).join(' + ');
    const den = assessed.map((rec) => formatPlain(lang, rec.weight)).join(' + ');
    push(`${md(w('overallFormula'))}\n\n(${num}) / (${den}) = **${n1(o.score)}**`);
  }
  push(md(methodRules(report).join(' ')));
  for (const rec of report.recommendations) {
    push(`### ${md(rec.title)}: ${rec.score === null ? `— (${w('notAssessed')})` : n1(rec.score)}`);
    push(
      md(
        w('answeredWeight', {
          weight: formatPlain(lang, applicableWeight(rec)),
          answered: rec.answered,
          applicable: rec.applicable,
          total: rec.total,
        }),
      ),
    );
    const rows = rec.questions.map((q) => {
      const shown = traceAnswer(lang, q);
      const answer =
        shown.option === null
          ? `— (${cell(shown.status!)})`
          : [`${cell(shown.option)} (${escapeMarkdownCode(q.option!.id, { cell: true })})`, ...shown.marks.map(cell)].join('; ');
      const counted = q.countedAs ?? q.option;
      return [
        `${cell(q.text)} (${escapeMarkdownCode(q.id, { cell: true })}; ${cell(areas.get(q.area) ?? q.area)})`,
        answer,
        counted ? formatPlain(lang, counted.score) : q.status === 'unanswered' ? '0' : '—',
        formatPlain(lang, q.weight),
        q.contribution === null ? '—' : formatNumber(lang, q.contribution, 2),
      ];
    });
    if (rec.score !== null) {
      rows.push([`**${w('sum')}**`, '', '', formatPlain(lang, applicableWeight(rec)), `**${n1(rec.score)}**`]);
    }
    push(table([w('question'), w('answer'), w('optionScore'), w('weight'), w('contribution')], ['left', 'left', 'right', 'right', 'right'], rows));
    const evidenced = rec.questions.filter((q) => q.evidence !== undefined && q.evidence.trim() !== '');
    if (evidenced.length > 0) {
      push(
        `**${w('evidenceTitle')}:**\n\n` +
          evidenced.map((q) => `- ${escapeMarkdownCode(q.id)}: ${escapeMarkdownLines(q.evidence!, '  ')}`).join('\n'),
      );
    }
    const commented = rec.questions.filter((q) => q.comment !== undefined && q.comment.trim() !== '');
    if (commented.length > 0) {
      push(
        `**${w('comments')}:**\n\n` +
          commented.map((q) => `- ${escapeMarkdownCode(q.id)}: ${escapeMarkdownLines(q.comment!, '  ')}`).join('\n'),
      );
    }
  }

  return `${out.join('\n\n')}\n`;
}
