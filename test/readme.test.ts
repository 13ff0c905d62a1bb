import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers/cli.js';
import { fillWorkbook, rowsOf } from './helpers/workbook.js';
import { loadRubric } from '../src/rubric/load.js';

/**
 * Every command in the README's ```sh blocks is run as written, in order, in a folder laid
 * out as the README assumes (rubrics/ under git with origin/main, answers/, body files).
 * `npx readiness` is the clone's bin (what npx runs there); `npx vitest` runs the project's
 * own tests in the project.
 */

/** Commands not run, each with why. Anything else in a block is run. */
const SKIP: Record<string, string> = {
  'npm ci && npm pack': 'makes the release tarball from a clean install (replaces node_modules)',
  'npm install -g ./readiness-kz-readiness-0.2.0.tgz --offline': 'installs globally on the offline machine',
  'npx readiness template --format xlsx --unit digital --lang ru --out digital.xlsx': 'the Excel round trip needs workbooks filled in Excel (test/answers/workbook.test.ts covers it)',
  'npx readiness template --format xlsx --unit legal --lang kk --out legal.xlsx': 'the Excel round trip needs workbooks filled in Excel (test/answers/workbook.test.ts covers it)',
  'npx readiness validate --answers returned/': 'the workbooks returned filled in Excel (test/answers/workbook.test.ts covers it)',
  'npx readiness merge returned/digital.xlsx returned/legal.xlsx hr.yaml --out body.yaml': 'the workbooks returned filled in Excel (test/answers/workbook.test.ts covers it)',
  'npm install && npx readiness assess': 'installs packages and opens the interview: needs a terminal (test/e2e covers assess)',
  'npx readiness assess': 'the interview: needs a terminal (test/e2e/assess.test.ts)',
  'npx readiness assess --lang kk --answers akimat.yaml --out reports/': 'the interview: needs a terminal (test/e2e/assess.test.ts)',
  'npx readiness assess --restart': 'the interview: needs a terminal (test/e2e/assess.test.ts)',
  'npm test': 'the test suite itself (this file is part of it)',
  'npm run bench': 'benchmarks: minutes of load, no pass or fail',
  'npm run bench:fleet': 'benchmarks: minutes of load, no pass or fail',
  'npm run fuzz': 'the property tests with many more cases: minutes',
  'npm run bench:agreement': 'benchmarks: minutes of load, no pass or fail',
  'npm run update:examples': 'rewrites reports/examples/ of the project; test/examples.test.ts checks they are current',
  'npm ci && npm pack': 'installs packages and builds the release tarball: .ci/run does it and installs the tarball offline',
  'npm install -g ./readiness-kz-readiness-0.2.0.tgz --offline': 'a global install: .ci/run installs the tarball offline into a temporary prefix',
};

/** Commands that exit non-zero by design, with the code. */
const EXPECTED_EXIT: Record<string, number> = {
  // The fixture akimat scores 14: below the bar, so the command does what it says.
  'npx readiness score answers/ --out reports/ --fail-under 40': 1,
  // The auditor's recipe: the same akimat is below 40.
  'npx readiness score answers/ --out reports/ --format html,json --lang ru --csv-separator semicolon --fail-under 40': 1,
};

/**
 * What a person does between two commands, done here as they would: the units fill in their
 * files (here: the body's name) before the coordinator merges them.
 */
const AFTER: Record<string, (dir: string) => void> = {
  // The units fill their workbooks in Excel (here: the body's name and one answer each) and send them back.
  'npx readiness template --format xlsx --unit legal --lang kk --out legal.xlsx': (dir) => {
    mkdirSync(join(dir, 'returned'));
    for (const unit of ['digital', 'legal']) {
      const bytes = readFileSync(join(dir, `${unit}.xlsx`));
      const [id, row] = [...rowsOf(bytes)][0]!;
      const loaded = loadRubric(join(dir, 'rubrics/default.yaml'));
      if (!loaded.ok) throw new Error('default rubric');
      const option = loaded.value.rubric.questions.find((q) => q.id === id)!.options[0]!.id;
      const filled = fillWorkbook(bytes, { '1!C3': 'Министерство труда и социальной защиты населения Республики Казахстан', [`2!D${row}`]: option });
      writeFileSync(join(dir, 'returned', `${unit}.xlsx`), filled);
    }
  },
  'npx readiness template --unit digital --lang ru --out digital.yaml': (dir) => {
    for (const unit of ['digital', 'legal', 'hr']) {
      const file = join(dir, `${unit}.yaml`);
      writeFileSync(file, readFileSync(file, 'utf8').replace('organization: ""', 'organization: "Министерство труда и социальной защиты населения Республики Казахстан"'));
    }
  },
};

interface Command {
  /** The command as written, without its trailing comment. */
  text: string;
  /** 1-based line in README.md and the block's first line. */
  line: number;
  block: number;
  /** A `#!/bin/sh` block is one script. */
  script: boolean;
}

function commands(readme: string): Command[] {
  const out: Command[] = [];
  const lines = readme.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```sh') continue;
    const start = i + 1;
    let end = start;
    while (lines[end] !== '```') end++;
    const body = lines.slice(start, end);
    if (body[0]?.startsWith('#!')) out.push({ text: body.join('\n'), line: start + 1, block: start, script: true });
    else {
      body.forEach((l, k) => {
        const text = l.replace(/\s+#\s.*$/, '').trim();
        if (text !== '' && !text.startsWith('#')) out.push({ text, line: start + k + 1, block: start, script: false });
      });
    }
    i = end;
  }
  return out;
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const ALL = commands(README);

/** The folder the README's commands assume. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-readme-'));
  cpSync(join(ROOT, 'rubrics'), join(dir, 'rubrics'), { recursive: true });
  cpSync(join(ROOT, 'rubrics/default.yaml'), join(dir, 'rubrics/new.yaml'));
  mkdirSync(join(dir, 'test/fixtures'), { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/rubrics'), join(dir, 'test/fixtures/rubrics'), { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/answers'), join(dir, 'test/fixtures/answers'), { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/answers/v2'), join(dir, 'answers'), { recursive: true });
  // The same ministry a year apart: its 1.0.0 file then, the units' merged file now.
  cpSync(join(ROOT, 'test/fixtures/answers/ministry-well-along.yaml'), join(dir, 'body-2026.yaml'));
  cpSync(join(ROOT, 'test/fixtures/answers/v2/ministry-well-along.yaml'), join(dir, 'body-2027.yaml'));
  mkdirSync(join(dir, 'years'));
  cpSync(join(ROOT, 'test/fixtures/answers/ministry-well-along.yaml'), join(dir, 'years/mintrud-2025.yaml'));
  cpSync(join(ROOT, 'test/fixtures/answers/v2/ministry-well-along.yaml'), join(dir, 'years/mintrud-2026.yaml'));
  // A pilot: two respondents of each body (here answering alike).
  mkdirSync(join(dir, 'pilot'));
  for (const name of ['ministry-well-along', 'agency-in-between', 'akimat-starting']) {
    for (const who of ['a', 'b']) cpSync(join(ROOT, `test/fixtures/answers/v2/${name}.yaml`), join(dir, `pilot/${name}-${who}.yaml`));
  }
  // Last year's and this year's audits of the ministry, drawn by the tool (verdicts blank).
  for (const [year, file] of [['2026', 'body-2026.yaml'], ['2027', 'body-2027.yaml']]) {
    const r = spawnSync(process.execPath, [BIN, 'audit', 'sample', file, '--out', `audits-${year}/`, '--seed', year], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  }
  for (const unit of ['legal', 'hr']) {
    const r = spawnSync(process.execPath, [BIN, 'template', '--unit', unit, '--lang', 'ru', '--out', `${unit}.yaml`], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
  }
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', 'rubrics');
  git('commit', '-qm', 'rubrics');
  git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  return dir;
}

const SHIM = `npx() {
  case "$1" in
    readiness) shift; node "${BIN}" "$@" ;;
    vitest) shift; (cd "${ROOT}" && "${join(ROOT, 'node_modules/.bin/vitest')}" "$@") ;;
    *) echo "npx $1: not a command of this README" >&2; return 127 ;;
  esac
}
`;

describe('the README runs', () => {
  it('finds the commands, and every skipped one is in the README', () => {
    expect(ALL.length).toBeGreaterThan(25);
    for (const skipped of Object.keys(SKIP)) expect(ALL.map((c) => c.text), `skip list names a command the README no longer has: ${skipped}`).toContain(skipped);
    // `readiness` alone is not on PATH after `npm install`: every command says npx.
    for (const c of ALL.filter((x) => !x.script && !Object.hasOwn(SKIP, x.text))) {
      expect(c.text, `README.md:${c.line}: ${c.text}`).toMatch(/^(npx readiness |npm )/);
    }
  });

  it('runs every command in order', () => {
    const dir = workspace();
    const failures: string[] = [];
    for (const c of ALL) {
      if (!c.script && Object.hasOwn(SKIP, c.text)) continue;
      const r = spawnSync('bash', ['-c', `${SHIM}\n${c.text}`], {
        cwd: dir,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, READINESS_LANG: 'en', NO_COLOR: '1', HOME: dir },
        timeout: 280_000,
      });
      AFTER[c.text]?.(dir);
      const want = c.script ? 0 : (EXPECTED_EXIT[c.text] ?? 0);
      if (r.status !== want) {
        failures.push(`README.md:${c.line} (block at line ${c.block}): exit ${r.status} (expected ${want}): ${c.script ? 'the #!/bin/sh script' : c.text}\n${r.stderr.split('\n').slice(-8).join('\n')}`);
      }
    }
    expect(failures, failures.join('\n\n')).toEqual([]);
  }, 600_000);
});
