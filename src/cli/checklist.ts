import { UsageError } from '../errors.js';
import { isLang } from '../i18n/lang.js';
import { m } from '../i18n/messages.js';
import { checkOut, parseLang, parseUnit, requireRubric, writeOutput, type Context } from './context.js';

/** `readiness checklist`: what each unit gathers before the interview, as markdown or HTML. */
export async function run(opts: { rubric?: string; lang?: string; unit?: string; format?: string; out?: string; force?: boolean }, ctx: Context): Promise<number> {
  const asked = parseLang(opts.lang);
  const format = (opts.format ?? 'md').toLowerCase();
  if (format !== 'md' && format !== 'html') throw new UsageError(`--format ${opts.format}: ${m('badFormat', { formats: 'md, html' })}`);
  if (opts.out !== undefined) checkOut(opts.out, { force: opts.force, inputs: [opts.rubric] });
  const { rubric } = await requireRubric(opts.rubric);
  if (rubric.units.length === 0) throw new UsageError(m('noUnits', { id: rubric.id }));
  const unit = parseUnit(rubric, opts.unit);
  // --lang, else the tool's language (READINESS_LANG, the locale) when the rubric has it, as template does.
  const lang = asked ?? (rubric.languages.includes(ctx.lang) ? ctx.lang : (rubric.languages.find(isLang) ?? 'en'));
  const { buildChecklist } = await import('../checklist/checklist.js');
  const list = buildChecklist(rubric, lang, unit);
  const text =
    format === 'html'
      ? (await import('../checklist/render-html.js')).renderChecklistHtml(list)
      : (await import('../checklist/render-md.js')).renderChecklistMarkdown(list);
  writeOutput(ctx, opts.out, text, { force: opts.force, inputs: [opts.rubric] });
  return 0;
}
