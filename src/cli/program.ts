import { writeStdout } from '../io/output.js';
import { Argument, Command, CommanderError, Option } from 'commander';
import { localCommand, placeholder } from './commander-words.js';
import { EXIT, UsageError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { toolVersion, type Context } from './context.js';
import { commander, help } from '../i18n/catalogue/cli.js';
import { sayerIn } from '../i18n/lang.js';

/** What a command module exports: `run(positionals..., options, ctx)`. */
export type CommandModule = { run: (...args: never[]) => Promise<number> };

/**
 * The action commander calls for a command: loads the command's module (one lazy import per
 * command) and runs it with what commander parsed.
 */
export type Action = (load: () => Promise<CommandModule>) => (...args: unknown[]) => Promise<void>;

/**
 * The commander program, every command and option, with its help and usage errors in `lang`.
 * `run` turns a command's loader into its action (tests pass one that records the arguments).
 */
export function buildProgram(lang: Lang, run: Action): Command {
  const h = sayerIn(help, lang);
  // Placeholders in usage lines are shown in the reader's language; options and behaviour stay the same.
  const v = (name: Parameters<typeof placeholder>[1]) => placeholder(lang, name);

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
      writeOut: (s) => writeStdout(s),
      writeErr: (s) => process.stderr.write(s),
    });
  program.addHelpCommand(false);
  // `--out --lang en` would take "--lang" as the folder: an option name is never a value.
  program.hook('preAction', (root, action) => {
    const names = new Set([...root.options, ...action.options].flatMap((o) => (o.long ? [o.long, o.long.replace(/^--no-/, '--')] : [])));
    names.add('--help');
    for (const option of action.options) {
      const value: unknown = action.getOptionValue(option.attributeName());
      const values = Array.isArray(value) ? value : [value];
      const named = values.find((x): x is string => typeof x === 'string' && names.has(x.split('=')[0]!));
      if (named !== undefined) throw new UsageError(sayerIn(commander, lang)('optionAsValue', { option: option.long ?? option.flags, value: named }));
    }
  });

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
    .option(`--csv-separator <${v('separator')}>`, h('optCsvSeparator'))
    .option('--lenient', h('optLenient'))
    .option('--clean', h('optClean'))
    .option(`--audit <${v('audits')}>`, h('optAudit'), (value: string, previous: string[] = []) => [...previous, value])
    .action(run(() => import('./score.js')));

  common(program.command('validate'))
    .description(h('validate'))
    .argument(`[${v('rubrics')}...]`)
    .option(`--answers <${v('dir')}>`, h('optAnswersDir'))
    .addOption(new Option(`--format <${v('format')}>`, h('optFormatValidate')).choices(['text', 'json']).default('text'))
    .addOption(lang_())
    .addOption(rubric_())
    .option('--strict', h('optStrictValidate'))
    .option(`--base <${v('gitRef')}>`, h('optBaseValidate'))
    .action(run(() => import('./validate.js')));

  common(program.command('diff'))
    .description(h('diff'))
    .argument(`<${v('oldRubric')}>`)
    .argument(`[${v('newRubric')}]`)
    .option(`--answers <${v('dir')}>`, h('optAnswersDir'))
    .option(`--max-delta <${v('points')}>`, h('optMaxDelta'))
    .option('--fail-on-level-change', h('optFailOnLevelChange'))
    .option(`--base <${v('gitRef')}>`, h('optBase'))
    .addOption(new Option(`--format <${v('format')}>`, h('optFormatDiff')).choices(['md', 'json']).default('md'))
    .addOption(lang_())
    .option('--strict', h('optStrictDiff'))
    .action(run(() => import('./diff.js')));

  common(program.command('template'))
    .description(h('template'))
    .addOption(rubric_())
    .addOption(lang_())
    .option(`--out <${v('file')}>`, h('optOutFile'))
    .option('--force', h('optForceOut'))
    .option(`--unit <${v('id')}>`, h('optUnit'))
    .addOption(new Option(`--format <${v('format')}>`, h('optFormatTemplate')).choices(['yaml', 'json', 'xlsx']).default('yaml'))
    .action(run(() => import('./template.js')));

  common(program.command('analyze'))
    .description(h('analyze'))
    .argument(`[${v('rubric')}]`)
    .addOption(rubric_())
    .addOption(lang_())
    .addOption(new Option(`--format <${v('format')}>`, h('optFormatAnalyze')).choices(['md', 'json']).default('md'))
    .option(`--respondents <${v('count')}>`, h('optRespondents'))
    .addHelpText('after', `\n${h('analyzeExamples')}`)
    .action(run(() => import('./analyze.js')));

  common(program.command('checklist'))
    .description(h('checklist'))
    .addOption(rubric_())
    .addOption(lang_())
    .option(`--unit <${v('id')}>`, h('optUnit'))
    .addOption(new Option(`--format <${v('format')}>`, h('optFormatChecklist')).choices(['md', 'html']).default('md'))
    .option(`--out <${v('file')}>`, h('optOutFile'))
    .option('--force', h('optForceOut'))
    .action(run(() => import('./checklist.js')));

  common(program.command('merge'))
    .description(h('merge'))
    .argument(`<${v('answers')}...>`)
    .requiredOption(`--out <${v('file')}>`, h('optMergeOut'))
    .option(`--prefer <${v('file')}>`, h('optPrefer'), (value: string, previous: string[] = []) => [...previous, value])
    .option('--force', h('optForceMerge'))
    .addOption(rubric_())
    .addOption(lang_())
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
    .option(`--audit <${v('audits')}>`, h('optAuditCompare'), (value: string, previous: string[] = []) => [...previous, value])
    .action(run(() => import('./compare.js')));

  const audit = common(program.command('audit')).description(h('audit'));
  audit.addHelpCommand(false);
  common(audit.command('sample'))
    .description(h('auditSample'))
    .argument(`<${v('answers')}...>`)
    .addOption(rubric_())
    .addOption(lang_())
    .option(`--size <${v('count')}>`, h('optAuditSize'))
    .option(`--seed <${v('seed')}>`, h('optAuditSeed'))
    .option(`--out <${v('dir')}>`, h('optAuditOut'))
    .addOption(new Option(`--format <${v('format')}>`, h('optFormatAudit')).choices(['yaml', 'json', 'md']))
    .option('--force', h('optForceAudit'))
    .action(run(() => import('./audit.js')));

  common(program.command('agreement'))
    .description(h('agreement'))
    .argument(`<${v('answers')}...>`)
    .addOption(rubric_())
    .addOption(lang_())
    .addOption(new Option(`--format <${v('format')}>`, h('optFormatAgreement')).choices(['md', 'json', 'html']).default('md'))
    .option(`--out <${v('file')}>`, h('optOutFile'))
    .option('--force', h('optForceOut'))
    .option(`--min-alpha <${v('alpha')}>`, h('optMinAlpha'))
    .action(run(() => import('./agreement.js')));

  common(program.command('schema'))
    .description(h('schema'))
    .addArgument(new Argument(`<${v('format')}>`).choices(['rubric', 'answers', 'report', 'compare', 'agreement', 'audit']))
    .addOption(lang_())
    .action(run(() => import('./schema.js')));

  return program;
}

/**
 * Parses `argv` with commander and runs the command it names. commander's own outcomes
 * (help, version, a usage error it has already printed) become exit codes; any other error
 * is the caller's to report.
 */
export async function runProgram(argv: readonly string[], ctx: Context): Promise<number> {
  let exitCode: number = EXIT.ok;
  const run: Action = (load) =>
    async (...args) => {
      const mod = await load();
      // commander passes (positionals..., options, command); commands take (positionals..., options, ctx).
      exitCode = await (mod.run as (...a: unknown[]) => Promise<number>)(...args.slice(0, -1), ctx);
    };

  try {
    await buildProgram(ctx.lang, run).parseAsync(argv as string[]);
    return exitCode;
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
    return EXIT.usage; // commander has already printed the message
  }
}
