import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, ROOT, STACK } from '../helpers/cli.js';

// Output errors are errors (adversarial review of 0.2.0, finding 10): a write to stdout that
// does not reach its place (a full disk, a file-size limit) ends every command with exit 1 and
// one sentence in the reader's language, never exit 0 with half a report, never a stack trace.
const F = 'test/fixtures';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-output-'));
  copyFileSync(`${F}/answers/akimat-starting.yaml`, join(dir, 'a.yaml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every command that writes to stdout, with arguments that succeed on a writable stdout. */
const COMMANDS: Array<[string, () => string[]]> = [
  ['--version', () => ['--version']],
  ['--help', () => ['--help']],
  ['score --help', () => ['score', '--help']],
  ['score (one file, md)', () => [join(dir, 'a.yaml')].flatMap((f) => ['score', f])],
  ['score (one file, html)', () => ['score', join(dir, 'a.yaml'), '--format', 'html']],
  ['score (one file, json)', () => ['score', join(dir, 'a.yaml'), '--format', 'json']],
  ['score (batch, csv)', () => ['score', join(dir, 'a.yaml'), `${F}/answers/agency-in-between.yaml`, '--format', 'csv']],
  ['template', () => ['template']],
  ['schema report', () => ['schema', 'report']],
  ['schema answers', () => ['schema', 'answers']],
  ['validate', () => ['validate', `${F}/rubrics/minimal.yaml`]],
  ['analyze', () => ['analyze', `${F}/rubrics/method.yaml`]],
  ['checklist', () => ['checklist', '--rubric', `${F}/rubrics/units.yaml`]],
  ['compare', () => ['compare', join(dir, 'a.yaml'), join(dir, 'a.yaml')]],
  ['diff', () => ['diff', `${F}/rubrics/diff-v1.0.0.yaml`, `${F}/rubrics/diff-v1.1.0.yaml`]],
];

describe('a failed write to stdout fails the command, with a sentence', () => {
  it.each(COMMANDS)('%s > /dev/full: exit 1, "the output could not be written", no stack', (_name, args) => {
    // The control: the same command succeeds (or, for analyze/diff, at least writes) on a writable stdout.
    const ok = cli(args());
    expect(ok.stdout.length).toBeGreaterThan(0);
    const full = openSync('/dev/full', 'w');
    try {
      const r = cli(args(), { stdio: ['ignore', full, 'pipe'] });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('readiness: the output could not be written: no space left on the device; what was written is incomplete');
      expect(r.stderr).not.toMatch(STACK);
    } finally {
      closeSync(full);
    }
  });

  it('in the reader\'s language', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = cli(['template'], { stdio: ['ignore', full, 'pipe'], env: { READINESS_LANG: 'kk' } });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('шығысты жазу мүмкін болмады: дискіде орын жоқ');
    } finally {
      closeSync(full);
    }
  });

  it('a report cut by a file-size limit (only part of one write taken) is an error, not exit 0 with a few KB of it', () => {
    const out = join(dir, 'one.html');
    const r = spawnSync('sh', ['-c', `ulimit -f 4; exec "${process.execPath}" "${BIN}" score "${join(dir, 'a.yaml')}" --format html --quiet > "${out}"`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, READINESS_LANG: 'en', NO_COLOR: '1' },
    });
    // (sh counts ulimit -f in blocks of 512 or 1,024 bytes; either way, far short of the page.)
    expect(statSync(out).size).toBeLessThanOrEqual(4096);
    expect(cli(['score', join(dir, 'a.yaml'), '--format', 'html']).stdout.length).toBeGreaterThan(8192);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the file reached the size limit');
  });
});
