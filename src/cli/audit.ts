import { basename, join } from 'node:path';
import { InputError, UsageError, type Finding } from '../errors.js';
import { audit as words } from '../i18n/catalogue/audit.js';
import { isLang, sayerIn, type Lang } from '../i18n/lang.js';
import { safeFileStem, uniqueStem } from '../io/safe-name.js';
import { m } from '../i18n/messages.js';
import { printable } from '../source/printable.js';
import { parseLang, printFindings, requireRubric, type Context } from './context.js';

export interface AuditSampleOptions {
  rubric?: string;
  lang?: string;
  size?: string;
  seed?: string;
  out?: string;
  format?: 'yaml' | 'json' | 'md';
  force?: boolean;
}

function wholeNumber(value: string | undefined, fallback: number, max: number, message: string): number {
  if (value === undefined) return fallback;
  if (!/^\s*\d+\s*$/.test(value)) throw new UsageError(message);
  const n = Number(value.trim());
  if (!Number.isSafeInteger(n) || n > max) throw new UsageError(message);
  return n;
}

/**
 * `readiness audit sample <answers...>`: per body, the claims an auditor is to check (see
 * `audit/sample.ts`), as one audit file each in `--out` (`<name>.audit.yaml`, verdicts
 * blank; `--format json` or `md` for the JSON file or a printable work list), or on stdout.
 * Files are never written over without `--force`. A refused answer file is reported with
 * its findings and the other bodies are still sampled; exit 1 then.
 */
export async function run(inputs: string[], opts: AuditSampleOptions, ctx: Context): Promise<number> {
  const say = sayerIn(words, ctx.lang);
  const asked = parseLang(opts.lang);
  const size = wholeNumber(opts.size, 10, 10_000, say('badSize'));
  // Without --seed the draw is keyed on a seed nobody could know in advance (a body that knew it
  // could compute its own sample and keep real documents for the drawn claims alone); the seed is
  // written into every audit file and work list, so `--seed <n>` draws the same sample again.
  const seed = opts.seed === undefined ? (await import('node:crypto')).randomInt(1, 0x100000000) : wholeNumber(opts.seed, 1, 0xffffffff, say('badSeed'));
  const format = opts.format ?? 'yaml';
  if (opts.out === '') throw new UsageError(`--out: ${m('emptyPath')}`);
  const { collectInputs } = await import('../batch/collect.js');
  const { files, problems, warnings } = collectInputs(inputs, { skipFolders: opts.out === undefined ? [] : [opts.out] });
  printFindings(ctx, warnings);
  const count = files.length + problems.length;
  if (opts.out === undefined && count > 1 && format === 'yaml') throw new UsageError(say('severalNeedOut', { count }));

  const { rubric } = await requireRubric(opts.rubric);
  const [{ scoreAnswers }, { loadAnswers }, { fileSha256 }, { sampleClaims }, render, { reportLang }] = await Promise.all([
    import('../scoring/score.js'),
    import('../answers/load.js'),
    import('../audit/load.js'),
    import('../audit/sample.js'),
    import('../audit/render.js'),
    import('../batch/score-file.js'),
  ]);
  const refused: Finding[] = [...problems];
  const samples: import('../audit/render.js').BodySample[] = [];
  const langs: Lang[] = [];
  for (const file of files) {
    const loaded = loadAnswers(file, rubric);
    if (!loaded.ok) {
      refused.push(...loaded.findings);
      continue;
    }
    printFindings(ctx, loaded.warnings);
    const answers = loaded.value;
    const lang = reportLang({ lang: asked, rubric }, answers.language);
    const declared = scoreAnswers(rubric, answers, { lang, tool: { ...ctx.tool } });
    const sha256 = fileSha256(file);
    const flags = (declared as { flags?: Array<{ id: string; kind: string }> }).flags ?? [];
    const claims = sampleClaims(rubric, answers, declared, { size, seed, lang, sha256, flags });
    samples.push({ file, organization: answers.respondent.organization, sha256, rubric: { id: rubric.id, version: rubric.version }, seed, size, claims });
    langs.push(isLang(lang) ? lang : ctx.lang);
  }
  for (const f of refused) ctx.stderr.write(`${(await import('../errors.js')).formatFinding(f)}\n`);

  const ext = format === 'md' ? 'md' : format;
  const text = (s: (typeof samples)[number], lang: Lang) =>
    format === 'md' ? render.renderAuditMarkdown(s, lang) : format === 'json' ? render.renderAuditJson(s) : render.renderAuditYaml(s, lang);
  if (opts.out === undefined) {
    if (format === 'json' && count > 1) ctx.stdout.write(`[\n${samples.map((s) => render.renderAuditJson(s).trimEnd()).join(',\n')}\n]\n`);
    else ctx.stdout.write(samples.map((s, i) => text(s, langs[i]!)).join('\n'));
    return refused.length > 0 ? 1 : 0;
  }
  const { mkdirSync } = await import('node:fs');
  try {
    mkdirSync(opts.out, { recursive: true });
  } catch (error) {
    throw new InputError([{ file: opts.out, message: (await import('../source/read-source.js')).describeFsError(error), severity: 'error' }]);
  }
  const taken = new Set<string>();
  const { writeFileAtomic } = await import('../io/atomic-write.js');
  const { describeFsError } = await import('../source/read-source.js');
  let written = 0;
  for (const [i, s] of samples.entries()) {
    // Named after the answer file (`body.yaml` → `body.audit.yaml`), made safe and unique.
    const stem = uniqueStem(safeFileStem(basename(s.file).replace(/\.(ya?ml|json|xlsx)$/i, '')), taken);
    const path = join(opts.out, `${stem}.audit.${ext}`);
    try {
      // Atomic, and never over an existing file without --force: each body's file on its own.
      writeFileAtomic(path, text(s, langs[i]!), { noClobber: !opts.force });
      written++;
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      const finding: Finding = { file: path, message: e.code === 'EEXIST' && e.syscall !== 'mkdir' ? say('exists') : describeFsError(error), severity: 'error' };
      refused.push(finding);
      printFindings(ctx, [finding]);
    }
  }
  if (!ctx.quiet) ctx.stdout.write(`${say('written', { count: written, dir: printable(opts.out, 1000) })}\n`);
  return refused.length > 0 ? 1 : 0;
}
