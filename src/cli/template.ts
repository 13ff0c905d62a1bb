import { renderTemplate } from '../answers/template.js';
import { InputError } from '../errors.js';
import { isLang } from '../i18n/lang.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { describeFsError } from '../source/read-source.js';
import { parseLang, parseUnit, requireRubric, type Context } from './context.js';

/** `readiness template`: a blank answer file on stdout or in `--out`. */
export async function run(opts: { rubric?: string; lang?: string; out?: string; unit?: string }, ctx: Context): Promise<number> {
  const asked = parseLang(opts.lang);
  const { rubric } = await requireRubric(opts.rubric);
  const first = rubric.languages.find(isLang) ?? 'en';
  const lang = asked ?? first;
  const text = renderTemplate(rubric, lang, parseUnit(rubric, opts.unit));
  if (opts.out === undefined) {
    ctx.stdout.write(text);
    return 0;
  }
  try {
    writeFileAtomic(opts.out, text);
  } catch (error) {
    throw new InputError([{ file: opts.out, message: describeFsError(error), severity: 'error' }]);
  }
  if (!ctx.quiet) ctx.stderr.write(`${opts.out}\n`);
  return 0;
}
