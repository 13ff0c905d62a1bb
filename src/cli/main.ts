import { Argument, Command, CommanderError, Option } from 'commander';
import { localCommand, placeholder } from './commander-words.js';
import { EXIT, ExitError, formatFinding } from '../errors.js';
import { badLangSetting, detectLang, isLang, type Lang } from '../i18n/lang.js';
import { printable } from '../source/printable.js';
import { m, setMessageLang } from '../i18n/messages.js';
import { toolVersion, type Context } from './context.js';
import { help } from './help.js';

/**
 * The entry point: commander wiring, one lazy import per command, and the only place
 * that exits. Heavy modules (zod, yaml, inquirer, renderers) load inside the commands.
 */
export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const langArg = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const asked = langArg === -1 ? undefined : argv[langArg]!.includes('=') ? argv[langArg]!.split('=')[1] : argv[langArg + 1];
  const lang: Lang = isLang(asked) ? asked : detectLang();
  setMessageLang(lang);
  const badLang = badLangSetting();
  if (badLang !== undefined) process.stderr.write(`readiness: ${m('warningPrefix')}: ${m('badLangSetting', { value: printable(badLang) })}\n`);
  const h = (key: keyof typeof help) => help[key][lang];
  // Placeholders in usage lines are shown in the reader's language; options and behaviour stay the same.
  const v = (name: Parameters<typeof placeholder>[1]) => placeholder(lang, name);

  const noColor = 'NO_COLOR' in process.env && process.env.NO_COLOR !== '' ? true : argv.includes('--no-color');
  const ctx: Context = {
    stdout: process.stdout,
    stderr: process.stderr,
    color: !noColor && Boolean(process.stdout.isTTY),
    quiet: argv.includes('--quiet') || argv.includes('-q'),
    lang,
    tool: { name: 'readiness', version: '' },
  };
  Object.defineProperty(ctx.tool, 'version', { get: toolVersion, enumerable: true });

  let exitCode: number = EXIT.ok;
  const run = (load: () => Promise<{ run: (...args: never[]) => Promise<number> }>) =>
    async (...args: unknown[]) => {
      const mod = await load();
      // commander passes (positionals..., options, command); commands take (positionals..., options, ctx).
      exitCode = await (mod.run as (...a: unknown[]) => Promise<number>)(...args.slice(0, -1), ctx);
    };

  const program = localCommand(lang, 'readiness')
    .description(h('program'))
    .helpOption('-h, --help', h('optHelp'))
    .version(toolVersion(), '-V, --version', h('optVersion'))
    .option('--no-color', h('optNoColor'))
    .option('-q, --quiet', h('optQuiet'))
    .addHelpText('after', `\n${h('examples')}`)
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
    });
  program.addHelpCommand(false);

  const lang_ = () => new Option(`--lang <${v('lang')}>`, h('optLang')).choices(['ru', 'kk', 'en']);
  const rubric_ = () => new Option(`--rubric <${v('file')}>`, h('optRubric'));
  const common = (cmd: Command) => cmd.helpOption('-h, --help', h('optHelp')).exitOverride();

  common(program.command('assess'))
    .description(h('assess'))
    .addOption(rubric_())
    .addOption(lang_())
    .option(`--answers <${v('file')}>`, h('optAnswersFile'))
    .option(`--out <${v('dir')}>`, h('optOutDir'), 'reports')
    .option(`--format <${v('formats')}>`, h('optFormatReport'))
    .option('--restart', h('optRestart'))
    .option(`--unit <${v('id')}>`, h('optUnit'))
    .action(run(() => import('./assess.js')));

  common(program.command('score'))
    .description(h('score'))
    .argument(`<${v('answers')}...>`)
    .addOption(rubric_())
    .addOption(lang_())
    .option(`--out <${v('dir')}>`, h('optOutDir'))
    .option(`--format <${v('formats')}>`, h('optFormatReport'))
    .option(`--fail-under <${v('score')}>`, h('optFailUnder'))
    .action(run(() => import('./score.js')));

  common(program.command('validate'))
    .description(h('validate'))
    .argument(`[${v('rubrics')}...]`)
    .option(`--answers <${v('dir')}>`, h('optAnswersDir'))
    .addOption(new Option(`--format <${v('format')}>`, h('optFormatValidate')).choices(['text', 'json']).default('text'))
    .action(run(() => import('./validate.js')));

  common(program.command('diff'))
    .description(h('diff'))
    .argument(`<${v('oldRubric')}>`)
    .argument(`[${v('newRubric')}]`)
    .option(`--answers <${v('dir')}>`, h('optAnswersDir'))
    .option(`--max-delta <${v('points')}>`, h('optMaxDelta'))
    .option(`--base <${v('gitRef')}>`, h('optBase'))
    .addOption(new Option(`--format <${v('format')}>`, h('optFormatDiff')).choices(['md', 'json']).default('md'))
    .addOption(lang_())
    .action(run(() => import('./diff.js')));

  common(program.command('template'))
    .description(h('template'))
    .addOption(rubric_())
    .addOption(lang_())
    .option(`--out <${v('file')}>`, h('optOutFile'))
    .option(`--unit <${v('id')}>`, h('optUnit'))
    .action(run(() => import('./template.js')));

  common(program.command('analyze'))
    .description(h('analyze'))
    .argument(`[${v('rubric')}]`)
    .addOption(lang_())
    .addOption(new Option(`--format <${v('format')}>`, h('optFormatAnalyze')).choices(['md', 'json']).default('md'))
    .addHelpText('after', `\n${h('analyzeExamples')}`)
    .action(run(() => import('./analyze.js')));

  common(program.command('checklist'))
    .description(h('checklist'))
    .addOption(rubric_())
    .addOption(lang_())
    .option(`--unit <${v('id')}>`, h('optUnit'))
    .addOption(new Option(`--format <${v('format')}>`, h('optFormatChecklist')).choices(['md', 'html']).default('md'))
    .option(`--out <${v('file')}>`, h('optOutFile'))
    .action(run(() => import('./checklist.js')));

  common(program.command('merge'))
    .description(h('merge'))
    .argument(`<${v('answers')}...>`)
    .requiredOption(`--out <${v('file')}>`, h('optMergeOut'))
    .option(`--prefer <${v('file')}>`, h('optPrefer'), (value: string, previous: string[] = []) => [...previous, value])
    .option('--force', h('optForceMerge'))
    .addOption(rubric_())
    .action(run(() => import('./merge.js')));

  common(program.command('compare'))
    .description(h('compare'))
    .argument(`<${v('earlier')}>`)
    .argument(`<${v('later')}>`)
    .addOption(rubric_())
    .addOption(lang_())
    .addOption(new Option(`--format <${v('format')}>`, h('optFormatCompare')).choices(['md', 'json', 'html']).default('md'))
    .option(`--out <${v('file')}>`, h('optOutFile'))
    .option('--force', h('optForceCompare'))
    .action(run(() => import('./compare.js')));

  common(program.command('schema'))
    .description(h('schema'))
    .addArgument(new Argument(`<${v('format')}>`).choices(['rubric', 'answers', 'report', 'compare']))
    .action(run(() => import('./schema.js')));

  try {
    await program.parseAsync(argv as string[]);
    return exitCode;
  } catch (error) {
    return handleError(error, ctx);
  }
}

/** Known errors print one clear line; anything else is a bug and says so, with its stack. */
export function handleError(error: unknown, ctx: Pick<Context, 'stderr'>): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
    return EXIT.usage; // commander has already printed the message
  }
  if (error instanceof ExitError) {
    const text = error.findings.length > 0 ? error.findings.map(formatFinding).join('\n') : error.message;
    if (text) ctx.stderr.write(`${text}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') return EXIT.interrupted;
  ctx.stderr.write(`readiness: ${m('internalError')}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 70;
}
