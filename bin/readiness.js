#!/usr/bin/env node
// A closed pipe (`readiness … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // Answered before loading anything else: scripts call this often.
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // First, before anything allocates, for the commands that score batches: keep V8's young
  // generation small (src/batch/heap.ts). Other commands parse one big rubric, and the small
  // nursery would cost them a hundred scavenges for nothing.
  const command = args.find((arg) => !arg.startsWith('-'));
  if (command === 'score' || command === 'diff') await import('../dist/batch/heap.js');
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(process.argv);
}
