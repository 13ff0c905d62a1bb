import { EXIT, ExitError, formatFinding } from '../errors.js';
import { badLangSetting, detectLang, isLang, type Lang } from '../i18n/lang.js';
import { printable } from '../source/printable.js';
import { m, setMessageLang } from '../i18n/messages.js';
import { toolVersion, type Context } from './context.js';
import { quickScore } from './quick.js';

/**
 * The entry point: the language, the context every command gets, and the only place that
 * exits. The commands and their options are commander's (`program.ts`), loaded when needed;
 * heavy modules (zod, yaml, inquirer, renderers) load inside the commands.
 */
export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const langArg = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const asked = langArg === -1 ? undefined : argv[langArg]!.includes('=') ? argv[langArg]!.split('=')[1] : argv[langArg + 1];
  const lang: Lang = isLang(asked) ? asked : detectLang();
  setMessageLang(lang);
  const badLang = badLangSetting();
  if (badLang !== undefined) process.stderr.write(`readiness: ${m('warningPrefix')}: ${m('badLangSetting', { value: printable(badLang) })}\n`);
  const noColor = 'NO_COLOR' in process.env && process.env.NO_COLOR !== '' ? true : argv.includes('--no-color');
  const { checkedStdout } = await import('../io/output.js');
  const ctx: Context = {
    // Redirected output is written whole or the command fails (a full disk, a size limit).
    stdout: checkedStdout(process.stdout),
    stderr: process.stderr,
    color: !noColor && Boolean(process.stdout.isTTY),
    quiet: argv.includes('--quiet') || argv.includes('-q'),
    lang,
    tool: { name: 'readiness', version: '' },
  };
  Object.defineProperty(ctx.tool, 'version', { get: toolVersion, enumerable: true });

  try {
    // One answer file scored is the command scripts run most: it starts without commander.
    const quick = quickScore(argv.slice(2));
    if (quick !== undefined) {
      const { run } = await import('./score.js');
      return await run(quick.inputs, quick.options, ctx);
    }
    const { runProgram } = await import('./program.js');
    return await runProgram(argv, ctx);
  } catch (error) {
    return handleError(error, ctx);
  }
}

/** Known errors print one clear line; anything else is a bug and says so, with its stack. */
export function handleError(error: unknown, ctx: Pick<Context, 'stderr'>): number {
  if (error instanceof ExitError) {
    let text = error.findings.length > 0 ? error.findings.map(formatFinding).join('\n') : error.message;
    // Every usage error starts the same way, «ошибка: …», whether commander or a command found it.
    const prefix = `${m('errorPrefix')}`;
    if (error.exitCode === EXIT.usage && text && !text.startsWith(prefix)) text = `${prefix}: ${text}`;
    if (text) ctx.stderr.write(`${text}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') return EXIT.interrupted;
  ctx.stderr.write(`readiness: ${m('internalError')}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 70;
}
