import { UsageError } from '../errors.js';
import { isLang } from '../i18n/lang.js';
import { m } from '../i18n/messages.js';
import { checkOut, parseLang, parseUnit, requireRubric, writeOutput, type Context } from './context.js';

/** `readiness template`: a blank answer file on stdout or in `--out`, or an Excel workbook in `--out`. */
export async function run(opts: { rubric?: string; lang?: string; out?: string; unit?: string; format?: string; force?: boolean }, ctx: Context): Promise<number> {
  const asked = parseLang(opts.lang);
  const format = opts.format ?? 'yaml';
  if (format === 'xlsx' && opts.out === undefined) {
    const { workbook } = await import('../i18n/catalogue/workbook.js');
    const { messageLang } = await import('../i18n/messages.js');
    const { t } = await import('../i18n/lang.js');
    throw new UsageError(t(messageLang(), workbook.xlsxNeedsOut));
  }
  if (opts.out !== undefined) checkOut(opts.out, { force: opts.force, inputs: [opts.rubric] });
  const { rubric } = await requireRubric(opts.rubric);
  const first = rubric.languages.find(isLang) ?? 'en';
  // --lang, else the tool's language (READINESS_LANG, the locale) when the rubric has it.
  const lang = asked ?? (rubric.languages.includes(ctx.lang) ? ctx.lang : first);
  const unit = parseUnit(rubric, opts.unit);
  // The workbook writer loads only for a workbook.
  const content =
    format === 'xlsx'
      ? (await import('../answers/template-xlsx.js')).renderTemplateXlsx(rubric, lang, unit)
      : format === 'json'
        ? (await import('../answers/template.js')).renderTemplateJson(rubric, lang, unit)
        : (await import('../answers/template.js')).renderTemplate(rubric, lang, unit);
  // A blank template never replaces a file unasked: it may be one with answers in it.
  writeOutput(ctx, opts.out, content, { force: opts.force, inputs: [opts.rubric] });
  return 0;
}
