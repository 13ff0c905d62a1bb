#!/usr/bin/env node
// A closed pipe (`readiness … | head`) is not an error worth a stack trace, but neither is
// it success: exit as a program killed by SIGPIPE does (128 + 13), never lower than a failed
// check (`--fail-under`) would have exited, so that `set -o pipefail` in CI still fails.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(141);
  throw error;
});

const args = process.argv.slice(2);
const alone = args.length === 1 ? args[0] : undefined;
if (alone === '--version' || alone === '-V') {
  // Answered before loading anything else: scripts call this often.
  const { readFileSync } = await import('node:fs');
  await writeWhole(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else if ((alone === '--help' || alone === '-h') && (await printCachedHelp())) {
  // Printed without loading the CLI.
} else {
  // First, before anything allocates, for the commands that score batches: keep V8's young
  // generation small (src/batch/heap.ts). Other commands parse one big rubric, and the small
  // nursery would cost them a hundred scavenges for nothing; so would `score` of one file,
  // whose start-up is most of its time.
  const command = args.find((arg) => !arg.startsWith('-'));
  if ((command === 'score' && !(await oneFile(args.slice(args.indexOf(command) + 1)))) || command === 'diff') {
    await import('../dist/batch/heap.js');
  }
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv);
}

/**
 * The top-level help, rendered by commander at build time (scripts/build-help.mjs), printed
 * without loading commander. Terminals narrower than its 80 columns get commander's own.
 */
async function printCachedHelp() {
  if (process.stdout.isTTY && (process.stdout.columns ?? 80) < 80) return false;
  try {
    const { readFileSync } = await import('node:fs');
    const { detectLang } = await import('../dist/i18n/lang.js');
    const texts = JSON.parse(readFileSync(new URL('../dist/cli/help.json', import.meta.url), 'utf8'));
    const text = texts[detectLang()];
    if (typeof text !== 'string') return false;
    await writeWhole(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes all of `text` to stdout, checking each write (Node's stream for a file drops what a
 * full disk did not take); a failure ends the run as the commands' do (src/io/output.ts):
 * exit 1 with a sentence in the reader's language, 141 for a closed pipe.
 */
async function writeWhole(text) {
  if (process.stdout.isTTY) {
    process.stdout.write(text);
    return;
  }
  const { writeSync } = await import('node:fs');
  const bytes = Buffer.from(text, 'utf8');
  try {
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(1, bytes, offset, bytes.length - offset);
  } catch (error) {
    const { detectLang } = await import('../dist/i18n/lang.js');
    const { setMessageLang } = await import('../dist/i18n/messages.js');
    setMessageLang(detectLang());
    const { outputError } = await import('../dist/io/output.js');
    const failure = outputError(error);
    if (failure.message) process.stderr.write(`${failure.message}\n`);
    process.exit(failure.exitCode);
  }
}

/**
 * Whether `score`'s arguments name exactly one existing file (no folder, no glob): then no
 * batch follows. Any doubt answers false, which only costs the small nursery.
 */
async function oneFile(rest) {
  const takesValue = new Set(['--rubric', '--lang', '--out', '--format', '--fail-under']);
  const inputs = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--') {
      inputs.push(...rest.slice(i + 1));
      break;
    }
    if (takesValue.has(rest[i])) i++;
    else if (!rest[i].startsWith('-')) inputs.push(rest[i]);
  }
  if (inputs.length !== 1 || /[*?[\]{}()!]/.test(inputs[0])) return false;
  const { statSync } = await import('node:fs');
  try {
    return statSync(inputs[0]).isFile();
  } catch {
    return false;
  }
}
