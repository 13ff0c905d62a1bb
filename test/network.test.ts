import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers/cli.js';

/**
 * SPEC "What never happens": the tool talks to the network. Two proofs: no module of
 * src/ can reach a socket (static), and every command run with every network entry point
 * of Node replaced by a trap succeeds without touching one (dynamic).
 */

const TRAP = join(ROOT, 'test/fixtures/hostile/no-network.mjs');
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|mts|cts|js|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const NETWORK_MODULES = ['net', 'http', 'https', 'http2', 'dgram', 'tls', 'dns', 'dns/promises', 'undici', 'ws', 'node-fetch', 'axios', 'got'];
const moduleRef = new RegExp(
  String.raw`(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+)['"](?:node:)?(${NETWORK_MODULES.map((m) => m.replace('/', '\\/')).join('|')})['"]`,
);
const GLOBALS = /\b(fetch|WebSocket|XMLHttpRequest|EventSource|sendBeacon)\s*\(|new\s+(WebSocket|EventSource|XMLHttpRequest)\b/;

/** Strips comments and string contents that are not module names, so prose can mention words like "fetch". */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('no module of the tool can reach the network (static)', () => {
  const files = sourceFiles(SRC);

  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('no src/ file imports a network module', () => {
    const offenders = files.filter((f) => moduleRef.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('no src/ file calls fetch, WebSocket, XMLHttpRequest or EventSource', () => {
    const offenders = files
      .filter((f) => GLOBALS.test(code(readFileSync(f, 'utf8')).replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '""')))
      .map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('only the git reader starts other programs, and never a git command that talks to a remote', () => {
    const spawners = files.filter((f) => /['"](?:node:)?child_process['"]/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(spawners.every((f) => f === 'src/diff/git.ts')).toBe(true);
    for (const f of spawners) {
      const text = code(readFileSync(join(ROOT, f), 'utf8'));
      expect(text).not.toMatch(/['"](fetch|pull|push|clone|ls-remote|remote|submodule|curl|wget)['"]/);
    }
  });

  it('the static checks themselves catch each kind of offence', () => {
    for (const bad of [
      "import net from 'node:net';",
      "import { request } from 'https';",
      "const dns = await import('node:dns');",
      "const h = require('http');",
      "import 'node:tls';",
    ]) expect(moduleRef.test(bad), bad).toBe(true);
    for (const bad of ['await fetch(url)', 'new WebSocket(u)', 'navigator.sendBeacon(x)']) expect(GLOBALS.test(bad), bad).toBe(true);
    expect(moduleRef.test("import { readFileSync } from 'node:fs';")).toBe(false);
  });

  it('no runtime dependency does networking', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@inquirer/prompts', 'chalk', 'cli-table3', 'commander', 'picomatch', 'yaml', 'zod']);
  });
});


describe('every command runs with the network cut off', () => {
  let work: string;
  let log: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'readiness-offline-'));
    log = join(work, 'network.log');
    const answers = join(work, 'answers');
    mkdirSync(answers);
    copyFileSync(join(ROOT, 'test/fixtures/answers/minimal-partial.yaml'), join(answers, 'a.yaml'));
    writeFileSync(
      join(answers, 'b.yaml'),
      'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: Министерство}\nanswers:\n  staff-training: all\n  cyber-pentest: yearly\n',
    );
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  // Each command is judged by its own attempts only.
  beforeEach(() => rmSync(log, { force: true }));

  function offline(args: string[], preload = TRAP) {
    const r = spawnSync(process.execPath, ['--import', preload, BIN, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, READINESS_LANG: 'en', NO_COLOR: '1', READINESS_NETWORK_LOG: log },
      timeout: 60_000,
    });
    return r;
  }
  const attempts = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');

  it('the trap works: a script that fetches is stopped and recorded', () => {
    const r = spawnSync(process.execPath, ['--import', TRAP, '-e', "fetch('http://127.0.0.1:9/').catch(()=>{}); require('node:net').connect(9, '127.0.0.1')"], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, READINESS_NETWORK_LOG: log },
    });
    expect(r.status).not.toBe(0);
    expect(attempts()).toMatch(/fetch/);
    rmSync(log);
  });

  const rubric = 'test/fixtures/rubrics/minimal.yaml';
  const commands: Array<[string, () => string[], number]> = [
    ['--version', () => ['--version'], 0],
    ['--help', () => ['--help'], 0],
    ['validate (default rubric)', () => ['validate'], 0],
    ['validate --answers', () => ['validate', rubric, '--answers', join(work, 'answers')], 0],
    ['template', () => ['template', '--lang', 'kk'], 0],
    ['template --out', () => ['template', '--rubric', rubric, '--out', join(work, 'blank.yaml')], 0],
    ['schema rubric', () => ['schema', 'rubric'], 0],
    ['schema answers', () => ['schema', 'answers'], 0],
    ['schema report', () => ['schema', 'report'], 0],
    ['diff', () => ['diff', rubric, rubric, '--answers', join(work, 'answers')], 0],
    ['assess without a terminal', () => ['assess', '--rubric', rubric, '--answers', join(work, 'x.yaml')], 2],
  ];
  for (const [name, args, status] of commands) {
    it(`${name}: exit ${status}, no network attempt`, () => {
      const r = offline(args());
      expect(r.stderr).not.toMatch(/network access attempted/);
      expect(attempts()).toBe('');
      expect({ status: r.status, stderr: r.status === status ? '' : r.stderr }).toEqual({ status, stderr: '' });
    });
  }

  it('score, one file and a batch with every format', () => {
    const one = offline(['score', '--rubric', rubric, join(work, 'answers/b.yaml')]);
    expect({ status: one.status, stderr: one.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
    const out = join(work, 'reports');
    const batch = offline(['score', '--rubric', rubric, join(work, 'answers'), '--out', out, '--format', 'md,json,csv,html']);
    expect(batch.status, batch.stderr).toBe(0);
    expect(statSync(out).isDirectory()).toBe(true);
    expect(attempts()).toBe('');
  });
});
