import { sameOrganization } from '../answers/store.js';
import { InputError, UsageError } from '../errors.js';
import { m } from '../i18n/messages.js';
import { printable } from '../source/printable.js';
import { parseLang, printFindings, requireRubric, writeOutput, type Context } from './context.js';

export interface CompareOptions {
  rubric?: string;
  lang?: string;
  format?: string;
  out?: string;
  force?: boolean;
}

/** Where `respondent.organization` is in a file already read once: line and column, or a workbook's cell. */
async function organizationAt(file: string): Promise<{ line?: number; column?: number; cell?: string }> {
  const [{ readAnswerSource }, { locate }] = await Promise.all([import('../answers/load.js'), import('../source/parse-yaml.js')]);
  const parsed = readAnswerSource(file);
  return parsed.ok ? locate(parsed.source, ['respondent', 'organization']) : {};
}

/**
 * `readiness compare <earlier> <later>`: the same body at two dates. Both files are scored
 * against the current rubric (an older file carried forward by its migrations); files of
 * different organizations are refused (exit 1) unless `--force`.
 */
export async function run(earlierFile: string, laterFile: string, opts: CompareOptions, ctx: Context): Promise<number> {
  const asked = parseLang(opts.lang);
  const format = (opts.format ?? 'md').toLowerCase();
  if (format !== 'md' && format !== 'json' && format !== 'html') throw new UsageError(`--format ${opts.format}: ${m('badFormat', { formats: 'md, json, html' })}`);
  const { rubric } = await requireRubric(opts.rubric);
  const { scoreReport } = await import('../batch/score-file.js');
  const tool = { ...ctx.tool };
  const later = scoreReport(laterFile, { rubric, lang: asked, tool });
  // Both reports in one language: --lang, else the later file's.
  const earlier = scoreReport(earlierFile, { rubric, lang: later.ok ? later.report.language : asked, tool });
  const refused = [...(earlier.ok ? [] : earlier.findings), ...(later.ok ? [] : later.findings)];
  if (refused.length > 0 || !earlier.ok || !later.ok) throw new InputError(refused);
  printFindings(ctx, [...earlier.warnings, ...later.warnings]);

  const same = sameOrganization(earlier.report.respondent.organization, later.report.respondent.organization);
  if (!same && !opts.force) {
    throw new InputError([
      {
        file: laterFile,
        ...(await organizationAt(laterFile)),
        path: 'respondent.organization',
        message: m('compareOtherOrganization', {
          got: printable(later.report.respondent.organization),
          want: printable(earlier.report.respondent.organization),
          first: printable(earlierFile),
        }),
        severity: 'error',
      },
    ]);
  }

  const { compareReports } = await import('../compare/compare.js');
  const comparison = compareReports({ file: earlierFile, report: earlier.report }, { file: laterFile, report: later.report }, same);
  const text =
    format === 'json'
      ? (await import('../compare/render-json.js')).renderComparisonJson(comparison)
      : format === 'html'
        ? (await import('../compare/render-html.js')).renderComparisonHtml(comparison)
        : (await import('../compare/render-md.js')).renderComparisonMarkdown(comparison);
  writeOutput(ctx, opts.out, text);
  return 0;
}
