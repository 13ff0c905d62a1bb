import { InputError, UsageError, type Finding } from '../errors.js';
import { agreement as words } from '../i18n/catalogue/agreement.js';
import { isLang, sayerIn, type Lang } from '../i18n/lang.js';
import { m } from '../i18n/messages.js';
import { parseLang, printFindings, requireRubric, writeOutput, type Context } from './context.js';

export interface AgreementOptions {
  rubric?: string;
  lang?: string;
  format?: string;
  out?: string;
  minAlpha?: string;
}

/** Parses `--min-alpha`: a plain decimal from 0 to 1 (a decimal comma too), else a usage error. */
export function parseMinAlpha(value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  const bad = () => new UsageError(sayerIn(words, lang)('badMinAlpha'));
  if (!/^\s*\d+(?:[.,]\d+)?\s*$/.test(value)) throw bad();
  const n = Number(value.trim().replace(',', '.'));
  if (n > 1) throw bad();
  return n;
}

/**
 * `readiness agreement <answers...>`: the agreement of independent respondents of the same
 * bodies (files, folders, globs, read as `score` reads them). Every file is checked against
 * the rubric first (a file of an older version carried forward by its migrations, and said
 * so; a file of another rubric refused with its line and column); any refused file ends the
 * command with every finding (exit 1). Exit 1 too when a question's alpha is below
 * `--min-alpha`.
 */
export async function run(inputs: string[], opts: AgreementOptions, ctx: Context): Promise<number> {
  const asked = parseLang(opts.lang);
  const format = (opts.format ?? 'md').toLowerCase();
  if (format !== 'md' && format !== 'json' && format !== 'html') throw new UsageError(`--format ${opts.format}: ${m('badFormat', { formats: 'md, json, html' })}`);
  const minAlpha = parseMinAlpha(opts.minAlpha, ctx.lang);
  if (inputs.length === 0) throw new UsageError(m('noInputs'));
  if (opts.out === '') throw new UsageError(`--out: ${m('emptyPath')}`);

  const { collectInputs } = await import('../batch/collect.js');
  const { files, problems, warnings } = collectInputs(inputs, { skipFolders: [] });
  const { rubric } = await requireRubric(opts.rubric);
  const { loadAnswers } = await import('../answers/load.js');
  const refused: Finding[] = [...problems];
  const notes: Finding[] = [...warnings];
  const loaded: Array<{ file: string; answers: import('../answers/model.js').Answers }> = [];
  for (const file of files) {
    const result = loadAnswers(file, rubric);
    if (result.ok) {
      loaded.push({ file, answers: result.value });
      notes.push(...result.warnings);
    } else refused.push(...result.findings);
  }
  printFindings(ctx, notes);
  if (refused.length > 0) throw new InputError(refused);

  const lang: Lang = asked ?? (rubric.languages.includes(ctx.lang) ? ctx.lang : (rubric.languages.find(isLang) ?? 'en'));
  const { computeAgreement } = await import('../agreement/agreement.js');
  const result = computeAgreement(rubric, loaded, { lang, tool: { ...ctx.tool } });
  const text =
    format === 'json'
      ? (await import('../agreement/render-json.js')).renderAgreementJson(result)
      : format === 'html'
        ? (await import('../agreement/render-html.js')).renderAgreementHtml(result)
        : (await import('../agreement/render-md.js')).renderAgreementMarkdown(result);
  writeOutput(ctx, opts.out, text);

  if (minAlpha === undefined) return 0;
  const { formatAlpha } = await import('../agreement/present.js');
  const say = sayerIn(words, ctx.lang);
  const below = result.questions.filter((q) => q.alpha !== null && q.alpha < minAlpha);
  for (const q of below) ctx.stderr.write(`${say('belowMin', { id: q.id, alpha: formatAlpha(ctx.lang, q.alpha), min: opts.minAlpha!.trim() })}\n`);
  return below.length > 0 ? 1 : 0;
}
