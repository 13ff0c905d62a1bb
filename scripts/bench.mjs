#!/usr/bin/env node
/**
 * `npm run bench`: the numbers SPEC.md asks for, measured as ratios within one run so a
 * busy or slow machine affects both sides alike (`node -e 0` is the unit of start-up).
 *
 *   - `readiness score <3,000 and <count> answer files> --format csv` against a bare Node
 *     script that reads and YAML-parses the same files on one thread (target: at most 1x),
 *     for both shapes of answer file: the interview's own (comments, Cyrillic names, about
 *     2.5 KB) and plain exports (no comments, Latin names, about 1.5 KB); and the same batch
 *     on one thread (`READINESS_THREADS=0`: no worker), for the speed-up of every core (target: two
 *     threads at least 1.7x one);
 *   - peak memory of that command at 1,000, <count>, 20,000 and 100,000 files (target:
 *     under 200 MB, flat);
 *   - `readiness --version` and `--help` against `node -e 0` (target: at most 1.2x);
 *   - `readiness validate` of the default rubric and `readiness score <one file>`
 *     (target: at most 2.5x `node -e 0`).
 *
 * The answer files are generated once (scripts/gen-answers.mjs, deterministic) into
 * temp/.bench/ and reused. Options: --count N (default 10000), --runs N (timed runs of
 * each side, median taken; default 3), --rubric <file>, --no-memory (skip the 1,000, 20,000
 * and 100,000 runs), --max-files N (the largest memory run; default 100000), --memory-only
 * (only the memory runs), --memory-runs N (each memory run repeated, median taken, every
 * run shown: one peak swings by a few MB from run to run, with where the two threads'
 * collections happen to fall; default 1), --strict (exit 1 when a target is missed).
 * Prints figures; it is not a test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, openSync, closeSync, readdirSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { DEFAULT_RUBRIC, generateAnswers, readRubric } from './gen-answers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(root, 'bin', 'readiness.js');
const BENCH = join(root, 'temp', '.bench');
const PER_FOLDER = 1000;

function parseArgs(argv) {
  const opts = { count: 10000, runs: 3, rubric: undefined, memory: true, strict: false, maxFiles: 100000, memoryOnly: false, memoryRuns: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--count') opts.count = Number(value());
    else if (flag === '--runs') opts.runs = Math.max(1, Number(value()));
    else if (flag === '--rubric') opts.rubric = resolve(value());
    else if (flag === '--no-memory') opts.memory = false;
    else if (flag === '--strict') opts.strict = true;
    else if (flag === '--max-files') opts.maxFiles = Number(value());
    else if (flag === '--memory-only') opts.memoryOnly = true;
    else if (flag === '--memory-runs') opts.memoryRuns = Math.max(1, Number(value()));
    else if (flag === '--help' || flag === '-h') opts.help = true;
    else throw new Error(`unknown option ${argv[i]} (see --help)`);
  }
  return opts;
}

const log = (s = '') => process.stdout.write(`${s}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;
const sec = (x) => `${(x / 1000).toFixed(2)} s`;
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
const mb1 = (kb) => `${(kb / 1024).toFixed(1)}`;

/** SPEC.md "Numbers it must reach": the peak at 100,000 files may not exceed this (0.2.0's figure). */
const CEILING_100K_MB = 125;

const HAS_TIME = existsSync('/usr/bin/time');
const RSS_HOOK = join(BENCH, 'rss-hook.mjs');

/**
 * Runs `node <args>` with stdout to /dev/null (or a file); returns wall time in ms, peak
 * RSS in KB (from /usr/bin/time, else reported by the child itself), exit status, stderr.
 */
function run(args, { stdoutFile, env } = {}) {
  const rssFile = join(BENCH, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const out = openSync(stdoutFile ?? '/dev/null', 'w');
  const command = HAS_TIME ? '/usr/bin/time' : process.execPath;
  const argv = HAS_TIME
    ? ['-f', '%M', '-o', rssFile, process.execPath, ...args]
    : ['--import', `file://${RSS_HOOK}`, ...args];
  const started = process.hrtime.bigint();
  const r = spawnSync(command, argv, {
    cwd: root,
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', RSS_FILE: rssFile, ...env },
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(out);
  let rss = NaN;
  try {
    const text = readFileSync(rssFile, 'utf8').trim().split('\n').pop();
    rss = Number(text);
  } catch {
    // no figure: shown as NaN
  }
  rmSync(rssFile, { force: true });
  return { wall, rss, status: r.status, stderr: r.stderr ?? '' };
}

/** The answer files for this rubric and count, generated once; `plain`: the exported shape. */
function dataset(rubricFile, count, plain = false) {
  const rubricText = readFileSync(rubricFile);
  const key = createHash('sha256').update(rubricText).digest('hex').slice(0, 10);
  const dir = join(BENCH, `answers-${key}-seed1${plain ? '-plain' : ''}`);
  const marker = join(dir, `.complete-${count}`);
  // A set generated for more files holds these too (the generator is deterministic).
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const complete = names.some((n) => n.startsWith('.complete-') && Number(n.slice('.complete-'.length)) >= count);
  const have = names.filter((n) => n.startsWith('batch-')).length * PER_FOLDER;
  if (!complete || have < count) {
    const started = Date.now();
    process.stderr.write(`generating ${count} answer files in ${relative(root, dir)} ... `);
    rmSync(dir, { recursive: true, force: true });
    generateAnswers({ out: dir, count, rubric: readRubric(rubricFile), seed: 1, jsonRatio: 0.1, plain });
    writeFileSync(marker, '');
    process.stderr.write(`${sec(Date.now() - started)}\n`);
  }
  return dir;
}

/** The folders holding the first `count` files. */
const folders = (dir, count) =>
  Array.from({ length: Math.ceil(count / PER_FOLDER) }, (_, i) => join(dir, `batch-${String(i).padStart(3, '0')}`));

const BARE = `// The baseline: read and YAML-parse every answer file, nothing else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
const files = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\\.(ya?ml|json)$/.test(e.name)) files.push(p);
  }
};
for (const d of process.argv.slice(2)) walk(d);
let n = 0;
for (const f of files) if (parse(readFileSync(f, 'utf8')) !== undefined) n++;
process.stdout.write(n + '\\n');
`;

const RSS_HOOK_SOURCE = `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)));
`;

const HELP = `usage: node scripts/bench.mjs [options]   (npm run bench)

Measures SPEC.md's numbers as ratios within one run; prints figures, is not a test.

  --count N       the larger batch (default 10000; 3,000 is always measured too)
  --runs N        timed runs of each side, median taken (default 3)
  --rubric FILE   another rubric (default rubrics/default.yaml)
  --no-memory     skip the peak-memory runs at 1,000, 20,000 and --max-files
  --max-files N   the largest memory run (default 100000)
  --memory-only   only the peak-memory runs (1,000, --count, 20,000, --max-files)
  --memory-runs N each peak-memory run repeated N times, median taken, every run shown
                  (default 1; one peak swings by a few MB from run to run)
  --strict        exit 1 when a target is missed
  -h, --help      this text

Answer files are generated once into temp/.bench/ (scripts/gen-answers.mjs) and reused.
READINESS_THREADS=0 is "one thread" (no worker); the default is what the tool chooses.
`;

function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(HELP);
    return;
  }
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    process.stderr.write('dist/ is missing: run `npm run build` first\n');
    process.exit(2);
  }
  mkdirSync(BENCH, { recursive: true });
  // Inside the project, so the bare script resolves the same \`yaml\` as the tool.
  const bare = join(BENCH, 'bare-parse.mjs');
  writeFileSync(bare, BARE);
  writeFileSync(RSS_HOOK, RSS_HOOK_SOURCE);

  const rubricFile = opts.rubric ?? (existsSync(DEFAULT_RUBRIC) ? DEFAULT_RUBRIC : join(root, 'test/fixtures/rubrics/minimal.yaml'));
  const rubricArgs = opts.rubric ? ['--rubric', opts.rubric] : existsSync(DEFAULT_RUBRIC) ? [] : ['--rubric', rubricFile];
  const largest = opts.memory ? Math.max(opts.count, 20000, opts.maxFiles) : opts.count;
  const data = dataset(rubricFile, largest);
  const rubric = readRubric(rubricFile);

  log(`readiness bench: node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  log(`rubric ${rubric.id} ${rubric.version} (${rubric.questions.length} questions); answer files in ${relative(root, data)}; peak memory via ${HAS_TIME ? '/usr/bin/time' : 'process.resourceUsage().maxRSS'}`);
  log();
  const results = [];
  const verdict = (name, ok, figures) => {
    results.push({ name, ok });
    log(`${ok ? 'ok  ' : 'MISS'}  ${name.padEnd(38)} ${figures}`);
  };

  // 1. score --format csv against the bare read-and-parse, interleaved runs: both shapes of
  //    answer file, at 3,000 files and at --count, on every core and on one thread.
  const scoreRss = [];
  const batch = (shape, files, n) => {
    const dirs = folders(files, n);
    const csvFile = join(BENCH, 'score.csv');
    const scoreArgs = [BIN, 'score', ...dirs, '--format', 'csv', ...rubricArgs];
    const times = { bare: [], all: [], one: [] };
    for (let i = 0; i < opts.runs; i++) {
      const b = run([bare, ...dirs]);
      if (b.status !== 0) throw new Error(`bare parse failed: ${b.stderr}`);
      times.bare.push(b.wall);
      const s = run(scoreArgs, { stdoutFile: csvFile });
      if (s.status !== 0) throw new Error(`score failed (exit ${s.status}): ${s.stderr.slice(0, 2000)}`);
      times.all.push(s.wall);
      if (n === opts.count && shape === 'interview') scoreRss.push(s.rss);
      // READINESS_THREADS counts worker threads besides the main one: 0 is one thread.
      const one = run(scoreArgs, { stdoutFile: '/dev/null', env: { READINESS_THREADS: '0' } });
      if (one.status !== 0) throw new Error(`score on one thread failed: ${one.stderr.slice(0, 2000)}`);
      times.one.push(one.wall);
    }
    const rows = readFileSync(csvFile, 'utf8').split('\r\n').length - 2;
    if (rows !== n) throw new Error(`score wrote ${rows} rows for ${n} files`);
    const ratio = median(times.all) / median(times.bare);
    verdict(
      `score ${n} ${shape} files --format csv`,
      ratio <= 1,
      `${sec(median(times.all))} vs bare read+parse ${sec(median(times.bare))}: ${ratio.toFixed(2)}x (target <= 1x; median of ${opts.runs})`,
    );
    const speedup = median(times.one) / median(times.all);
    verdict(
      `  ${availableParallelism()} threads against one`,
      availableParallelism() < 2 || speedup >= 1.7,
      `${sec(median(times.all))} vs ${sec(median(times.one))} on one thread: ${speedup.toFixed(2)}x (target >= 1.7x with two cores)`,
    );
  };
  if (!opts.memoryOnly) {
    const plainData = dataset(rubricFile, opts.count, true);
    for (const n of [...new Set([Math.min(3000, opts.count), opts.count])]) {
      batch('interview', data, n);
      batch('plain', plainData, n);
    }
  }

  // 2. Peak memory at four sizes, up to --max-files (100,000 by default).
  const memory = opts.memoryOnly ? [] : [[opts.count, Math.max(...scoreRss)]];
  if (opts.memory || opts.memoryOnly) {
    for (const n of [...new Set([1000, opts.memoryOnly ? opts.count : 0, 20000, opts.maxFiles])].filter(Boolean)) {
      if (n === opts.count && !opts.memoryOnly) continue;
      const csv = join(BENCH, `memory-${n}.csv`);
      const peaks = [];
      const walls = [];
      for (let i = 0; i < opts.memoryRuns; i++) {
        const r = run([BIN, 'score', ...folders(data, n), '--format', 'csv', ...rubricArgs], { stdoutFile: csv });
        if (r.status !== 0) throw new Error(`score of ${n} files failed: ${r.stderr.slice(0, 2000)}`);
        // Every input accounted for: one row per file.
        const rows = readFileSync(csv, 'utf8').split('\r\n').length - 2;
        rmSync(csv, { force: true });
        if (rows !== n) throw new Error(`score wrote ${rows} rows for ${n} files`);
        peaks.push(r.rss);
        walls.push(r.wall);
      }
      memory.push([n, median(peaks)]);
      const range = peaks.length > 1 ? ` (median of ${peaks.length}: ${peaks.map(mb1).join(', ')})` : '';
      log(`      ${n.toLocaleString('en')} files: ${mb(median(peaks))} peak, ${sec(median(walls))}${range}`);
    }
  }
  memory.sort((a, b) => a[0] - b[0]);
  const peak = Math.max(...memory.map(([, kb]) => kb));
  const low = Math.min(...memory.map(([, kb]) => kb));
  // Flat: the largest batch needs at most a quarter more than the smallest.
  const flat = memory.length < 2 || peak <= low * 1.25;
  verdict(
    'peak memory of score --format csv',
    peak < 200 * 1024 && flat,
    `${memory.map(([n, kb]) => `${n.toLocaleString('en')}: ${mb(kb)}`).join(', ')} (target < 200 MB, flat)`,
  );
  // SPEC.md: 125 MB at 100,000 files (0.2.0) is the ceiling, a guard from then on.
  const at100k = memory.find(([n]) => n === 100000);
  if (at100k) {
    verdict(
      'peak memory at 100,000 files',
      at100k[1] <= CEILING_100K_MB * 1024,
      `${mb1(at100k[1])} MB (ceiling ${CEILING_100K_MB} MB${opts.memoryRuns > 1 ? `; median of ${opts.memoryRuns}` : '; one run: --memory-runs N for a median'})`,
    );
  }

  if (opts.memoryOnly) {
    log();
    return;
  }

  // 3. Start-up against node -e 0, interleaved.
  const startRuns = Math.max(10, opts.runs * 5);
  const t = { node: [], version: [], help: [] };
  for (let i = 0; i < startRuns; i++) {
    t.node.push(run(['-e', '0']).wall);
    t.version.push(run([BIN, '--version']).wall);
    t.help.push(run([BIN, '--help']).wall);
  }
  for (const which of ['version', 'help']) {
    const r = median(t[which]) / median(t.node);
    verdict(`readiness --${which}`, r <= 1.2, `${ms(median(t[which]))} vs node -e 0 ${ms(median(t.node))}: ${r.toFixed(2)}x (target <= 1.2x; median of ${startRuns})`);
  }

  // 4. validate of the default rubric and score of one interview-shaped file, against node -e 0.
  const one = join(folders(data, 1)[0], 'answers-000000.yaml');
  const commands = [
    ['readiness validate (default rubric)', [BIN, 'validate', ...(opts.rubric ? [opts.rubric] : [])]],
    ['readiness score <one file> --format json', [BIN, 'score', one, '--format', 'json', ...rubricArgs]],
  ];
  const quick = { node: [], ...Object.fromEntries(commands.map(([name]) => [name, []])) };
  for (let i = 0; i < startRuns; i++) {
    quick.node.push(run(['-e', '0']).wall);
    for (const [name, args] of commands) {
      const r = run(args);
      if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr.slice(0, 2000)}`);
      quick[name].push(r.wall);
    }
  }
  for (const [name] of commands) {
    const r = median(quick[name]) / median(quick.node);
    verdict(name, r <= 2.5, `${ms(median(quick[name]))} vs node -e 0 ${ms(median(quick.node))}: ${r.toFixed(2)}x (target <= 2.5x; median of ${startRuns})`);
  }

  log();
  const missed = results.filter((r) => !r.ok);
  log(missed.length === 0 ? 'every target met' : `missed: ${missed.map((r) => r.name).join('; ')}`);
  if (opts.strict && missed.length > 0) process.exitCode = 1;
}

try {
  main();
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 2;
}
