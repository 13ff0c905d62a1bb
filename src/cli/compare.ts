import { sameOrganization } from '../answers/store.js';
import { InputError, UsageError } from '../errors.js';
import { m } from '../i18n/messages.js';
import { printable } from '../source/printable.js';
import { checkOut, parseLang, printFindings, requireRubric, writeOutput, type Context } from './context.js';
import { compare as words } from '../i18n/catalogue/compare.js';
import { sayerIn, type Lang } from '../i18n/lang.js';
import type { Rubric } from '../rubric/model.js';
import type { Report } from '../report/schema.js';
import type { Comparison } from '../compare/schema.js';
import { DEFAULT_RUBRIC_PATH } from '../rubric/paths.js';
import { basename, dirname, extname, join } from 'node:path';
import { readdirSync } from 'node:fs';

export interface CompareOptions {
  rubric?: string;
  lang?: string;
  format?: string;
  out?: string;
  force?: boolean;
  /** `--audit <file|dir>` (repeatable): with an audit of each date, the verified results are compared. */
  audit?: string[];
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
  const say = sayerIn(words, ctx.lang);
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
  // The migration's own warning is one line naming every id it moved; the comparison shows
  // the same as a table, so here it is one short line pointing there.
  const short = (w: (typeof earlier.warnings)[number]) =>
    w.path === 'rubric.version' && w.message.length > 200 ? { ...w, message: say('migratedShort', { version: earlier.report.answersRubricVersion }) } : w;
  printFindings(ctx, [...earlier.warnings.map(short), ...later.warnings.map(short)]);

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
  const { gateQuestions } = await import('../batch/score-file.js');
  const own = earlier.report.answersRubricVersion !== rubric.version ? await ownVersion(earlierFile, rubric, opts.rubric, later.report.language, tool) : undefined;
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
    {
      gates: new Set(gateQuestions(rubric).map((q) => q.id)),
      dates: {
        ...(earlier.answers.date !== undefined ? { earlier: earlier.answers.date } : {}),
        ...(later.answers.date !== undefined ? { later: later.answers.date } : {}),
      },
      ...(own ? { own } : {}),
    },
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

/**
 * The archived rubric of `version` beside the current one (`<folder>/archive/<name>-<version>.yaml`,
 * else any rubric in that folder with the same id and version), or undefined when there is none.
 */
async function archivedRubric(current: Rubric, file: string | undefined, version: string): Promise<Rubric | undefined> {
  const path = file ?? DEFAULT_RUBRIC_PATH;
  const folder = join(dirname(path), 'archive');
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => /\.ya?ml$/i.test(n));
  } catch {
    return undefined;
  }
  const preferred = `${basename(path, extname(path))}-${version}`;
  names.sort((a, b) => Number(basename(b, extname(b)) === preferred) - Number(basename(a, extname(a)) === preferred));
  const { loadRubricModel } = await import('../rubric/compiled.js');
  for (const name of names) {
    const loaded = await loadRubricModel(join(folder, name));
    if (loaded.ok && loaded.value.rubric.id === current.id && loaded.value.rubric.version === version) return loaded.value.rubric;
  }
  return undefined;
}

/**
 * The earlier file scored under the rubric version it was made with, and the steps the
 * current rubric's migration took with its answers; undefined when that version's archive
 * is not at hand (the comparison then says the change cannot be split).
 */
async function ownVersion(
  file: string,
  rubric: Rubric,
  rubricFile: string | undefined,
  lang: Lang,
  tool: { name: string; version: string },
): Promise<{ report: Report; migration: NonNullable<Comparison['rubricChange']>['migration'] } | undefined> {
  // Whatever the file's format (YAML, JSON or a workbook), its rubric version and answers.
  const { readAnswerSource } = await import('../answers/load.js');
  const parsed = readAnswerSource(file);
  if (!parsed.ok) return undefined;
  const value = parsed.source.value as { rubric?: { version?: unknown }; answers?: unknown } | null;
  const version = typeof value?.rubric?.version === 'string' ? value.rubric.version : undefined;
  if (version === undefined) return undefined;
  const archived = await archivedRubric(rubric, rubricFile, version);
  if (!archived) return undefined;
  const { scoreReport } = await import('../batch/score-file.js');
  const scored = scoreReport(file, { rubric: archived, lang, tool });
  if (!scored.ok) return undefined;
  const { migrationSteps } = await import('../compare/migration.js');
  const answers = value?.answers !== null && typeof value?.answers === 'object' && !Array.isArray(value.answers) ? (value.answers as Record<string, unknown>) : {};
  return { report: scored.report, migration: migrationSteps(rubric, version, answers) };
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
