import { sameOrganization } from '../answers/store.js';
import { InputError, UsageError } from '../errors.js';
import { m } from '../i18n/messages.js';
import { sayerIn } from '../i18n/lang.js';
import { locate, parseYaml } from '../source/parse-yaml.js';
import { printable } from '../source/printable.js';
import { ANSWER_LIMITS, readSource } from '../source/read-source.js';
import { checkOut, parseLang, printFindings, requireRubric, writeOutput, type Context } from './context.js';

export interface CompareOptions {
  rubric?: string;
  lang?: string;
  format?: string;
  out?: string;
  force?: boolean;
  /** `--audit <file|dir>` (repeatable): with an audit of each date, the verified results are compared. */
  audit?: string[];
}

/** Line and column of `respondent.organization` in a file already read once. */
function organizationAt(file: string): { line?: number; column?: number } {
  const read = readSource(file);
  if (!read.ok) return {};
  const parsed = parseYaml(file, read.text, ANSWER_LIMITS);
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
  const inputs = [earlierFile, laterFile, opts.rubric];
  if (opts.out !== undefined) checkOut(opts.out, { force: opts.force, inputs });
  const { rubric } = await requireRubric(opts.rubric);
  const { scoreReport } = await import('../batch/score-file.js');
  const tool = { ...ctx.tool };
  const audits = opts.audit === undefined ? undefined : await auditsOf(opts.audit, [earlierFile, laterFile], ctx);
  const later = scoreReport(laterFile, { rubric, lang: asked, tool, ...audits });
  // Both reports in one language: --lang, else the later file's.
  const earlier = scoreReport(earlierFile, { rubric, lang: later.ok ? later.report.language : asked, tool, ...audits });
  const refused = [...(earlier.ok ? [] : earlier.findings), ...(later.ok ? [] : later.findings)];
  if (refused.length > 0 || !earlier.ok || !later.ok) throw new InputError(refused);
  printFindings(ctx, [...earlier.warnings, ...later.warnings]);

  const same = sameOrganization(earlier.report.respondent.organization, later.report.respondent.organization);
  if (!same && !opts.force) {
    throw new InputError([
      {
        file: laterFile,
        ...organizationAt(laterFile),
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
  // Two audited dates: the verified results are compared, and the reader is told so.
  const verified = earlier.verified !== undefined && later.verified !== undefined;
  if (audits && !verified) {
    const errors = [earlier.report.audit?.error, later.report.audit?.error].filter((e): e is string => e !== undefined);
    throw new InputError([...errors.map((message) => ({ file: earlierFile, message, severity: 'error' as const }))]);
  }
  if (verified && !ctx.quiet) ctx.stderr.write(`${sayerIn((await import('../i18n/catalogue/audit.js')).audit, ctx.lang)('compareVerified')}\n`);
  const comparison = compareReports(
    { file: earlierFile, report: verified ? earlier.verified! : earlier.report },
    { file: laterFile, report: verified ? later.verified! : later.report },
    same,
  );
  const text =
    format === 'json'
      ? (await import('../compare/render-json.js')).renderComparisonJson(comparison)
      : format === 'html'
        ? (await import('../compare/render-html.js')).renderComparisonHtml(comparison)
        : (await import('../compare/render-md.js')).renderComparisonMarkdown(comparison);
  writeOutput(ctx, opts.out, text, { force: opts.force, inputs });
  return 0;
}

/** `--audit`: the audits of the two files, paired by sha256 as `score --audit` pairs them; an audit of neither is an error. */
async function auditsOf(inputs: readonly string[], files: string[], ctx: Context) {
  const [{ collectInputs }, { loadAudit, fileSha256 }, { pairAudits }, { organizationOf }, { applyAudit }] = await Promise.all([
    import('../batch/collect.js'),
    import('../audit/load.js'),
    import('../audit/pair.js'),
    import('../answers/store.js'),
    import('../audit/apply.js'),
  ]);
  const collected = collectInputs(inputs);
  const problems = [...collected.problems];
  const audits = [];
  for (const file of collected.files) {
    const loaded = loadAudit(file);
    if (loaded.ok) audits.push(loaded.value.audit);
    else problems.push(...loaded.findings);
  }
  const pairing = pairAudits(files, audits, fileSha256, organizationOf, sameOrganization, ctx.lang);
  problems.push(...pairing.problems);
  const say = sayerIn((await import('../i18n/catalogue/audit.js')).audit, ctx.lang);
  for (const file of files) if (!Object.hasOwn(pairing.byFile, file)) problems.push({ file, message: say('noAudit'), severity: 'error' });
  if (problems.length > 0) throw new InputError(problems);
  return { audits: pairing.byFile, applyAudit, messageLang: ctx.lang };
}
