import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/readiness.js', import.meta.url));

/** A Node stack trace line: never part of what the tool prints for bad input. */
export const STACK = /\n\s+at .+:\d+:\d+\)?/;

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (built `dist/`) with English messages and no colour unless the env says otherwise. */
export function cli(args: readonly string[], options: SpawnSyncOptions & { env?: NodeJS.ProcessEnv } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    ...options,
    // A file without an assessment date is judged on the day it is scored: the tests fix that day,
    // so none of them depends on the calendar.
    env: { PATH: process.env.PATH, READINESS_LANG: 'en', NO_COLOR: '1', READINESS_TODAY: '2026-06-01', ...options.env },
  });
  return { status: result.status, signal: result.signal, stdout: String(result.stdout), stderr: String(result.stderr) };
}
