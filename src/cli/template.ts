import { renderTemplate } from '../answers/template.js';
import { InputError } from '../errors.js';
import { isLang } from '../i18n/lang.js';
import { m } from '../i18n/messages.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { describeFsError } from '../source/read-source.js';
import { parseLang, parseUnit, requireRubric, type Context } from './context.js';

/** `readiness template`: a blank answer file on stdout or in `--out`. */
export async function run(opts: { rubric?: string; lang?: string; out?: string; unit?: string }, ctx: Context): Promise<number> {
  const asked = parseLang(opts.lang);
  const { rubric } = await requireRubric(opts.rubric);
  const first = rubric.languages.find(isLang) ?? 'en';
  // --lang, else the tool's language (READINESS_LANG, the locale) when the rubric has it.
  const lang = asked ?? (rubric.languages.includes(ctx.lang) ? ctx.lang : first);
  const text = renderTemplate(rubric, lang, parseUnit(rubric, opts.unit));
  if (opts.out === undefined) {
    ctx.stdout.write(text);
    return 0;
  }
  try {
    // A blank template never replaces a file: it may be one with answers in it.
    writeFileAtomic(opts.out, text, { noClobber: true });
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST' && (error as NodeJS.ErrnoException).syscall !== 'mkdir';
    throw new InputError([{ file: opts.out, message: exists ? m('templateExists') : describeFsError(error), severity: 'error' }]);
  }
  if (!ctx.quiet) ctx.stderr.write(`${opts.out}\n`);
  return 0;
}
