import { EXIT } from '../errors.js';
import { agreement } from '../i18n/catalogue/agreement.js';
import { isLang, sayerIn } from '../i18n/lang.js';
import { parseLang, requireRubric, type Context } from './context.js';
import { UsageError } from '../errors.js';

/** `--respondents`: a whole number from 2 to 50, else a usage error. */
function parseRespondents(value: string | undefined, ctx: Context): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!(n >= 2 && n <= 50)) throw new UsageError(sayerIn(agreement, ctx.lang)('badRespondents'));
  return n;
}

/**
 * `readiness analyze [rubric]`: the rubric's method worked out on the rubric alone (shares,
 * simulated profiles, gaming routes). Exits 1 when a gaming route exists or a question's
 * share is outside `scoring.shareBand`, so rubric CI can gate on it.
 */
export async function run(rubricArg: string | undefined, opts: { rubric?: string; lang?: string; format?: 'md' | 'json'; respondents?: string }, ctx: Context): Promise<number> {
  const asked = parseLang(opts.lang);
  const respondents = parseRespondents(opts.respondents, ctx);
  const { rubric } = await requireRubric(rubricArg ?? opts.rubric);
  const { analyzeRubric } = await import('../analyze/analyze.js');
  const analysis = analyzeRubric(rubric);
  // --respondents: the expected agreement of each ladder in a simulated pilot (agreement/expected.ts).
  const expected = respondents === undefined ? undefined : (await import('../agreement/expected.js')).expectedAgreement(rubric, { respondents });
  if (opts.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(expected ? { ...analysis, expectedAgreement: expected } : analysis, null, 2)}\n`);
  } else {
    const { renderAnalysisMarkdown } = await import('../analyze/render.js');
    const lang = asked ?? ctx.lang ?? rubric.languages.find(isLang) ?? 'en';
    ctx.stdout.write(renderAnalysisMarkdown(analysis, rubric, lang));
    if (expected) ctx.stdout.write(`\n${(await import('../agreement/render-expected.js')).renderExpectedMarkdown(expected, lang)}`);
  }
  // Why it fails goes to stderr too: CI logs keep it when stdout goes to a file or a summary.
  const failed = analysis.routes.length > 0 || analysis.outsideBand.length > 0;
  if (failed) {
    const { renderAnalysisFailure } = await import('../analyze/render.js');
    const lang = asked ?? ctx.lang ?? rubric.languages.find(isLang) ?? 'en';
    ctx.stderr.write(renderAnalysisFailure(analysis, rubric, lang));
  }
  return failed ? EXIT.failed : EXIT.ok;
}
