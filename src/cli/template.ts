import { renderTemplate } from '../answers/template.js';
import { isLang } from '../i18n/lang.js';
import { m } from '../i18n/messages.js';
import { checkOut, parseLang, parseUnit, requireRubric, writeOutput, type Context } from './context.js';

/** `readiness template`: a blank answer file on stdout or in `--out`. */
export async function run(opts: { rubric?: string; lang?: string; out?: string; unit?: string; force?: boolean }, ctx: Context): Promise<number> {
  const asked = parseLang(opts.lang);
  if (opts.out !== undefined) checkOut(opts.out, { force: opts.force, inputs: [opts.rubric] });
  const { rubric } = await requireRubric(opts.rubric);
  const first = rubric.languages.find(isLang) ?? 'en';
  // --lang, else the tool's language (READINESS_LANG, the locale) when the rubric has it.
  const lang = asked ?? (rubric.languages.includes(ctx.lang) ? ctx.lang : first);
  const text = renderTemplate(rubric, lang, parseUnit(rubric, opts.unit));
  // A blank template never replaces a file unasked: it may be one with answers in it.
  writeOutput(ctx, opts.out, text, { force: opts.force, inputs: [opts.rubric] });
  return 0;
}
