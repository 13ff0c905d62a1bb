import { EXIT } from '../errors.js';
import { isLang } from '../i18n/lang.js';
import { parseLang, requireRubric, type Context } from './context.js';

/**
 * `readiness analyze [rubric]`: the rubric's method worked out on the rubric alone (shares,
 * simulated profiles, gaming routes). Exits 1 when a gaming route exists or a question's
 * share is outside `scoring.shareBand`, so rubric CI can gate on it.
 */
export async function run(rubricArg: string | undefined, opts: { rubric?: string; lang?: string; format?: 'md' | 'json' }, ctx: Context): Promise<number> {
  const asked = parseLang(opts.lang);
  const { rubric } = await requireRubric(rubricArg ?? opts.rubric);
  const { analyzeRubric } = await import('../analyze/analyze.js');
  const analysis = analyzeRubric(rubric);
  if (opts.format === 'json') {
    ctx.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
  } else {
    const { renderAnalysisMarkdown } = await import('../analyze/render.js');
    const lang = asked ?? ctx.lang ?? rubric.languages.find(isLang) ?? 'en';
    ctx.stdout.write(renderAnalysisMarkdown(analysis, rubric, lang));
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
