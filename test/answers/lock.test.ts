import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnswerFileLocked, AnswerStore, processStart } from '../../src/answers/store.js';
import { loadRubric } from '../../src/rubric/load.js';
import { ROOT } from '../helpers/cli.js';

// Locks that hold (adversarial review of 0.2.0, finding 11).
const loaded = loadRubric('test/fixtures/rubrics/minimal.yaml');
if (!loaded.ok) throw new Error('minimal rubric');
const rubric = loaded.value.rubric;

let dir: string;
let file: string;
let sleeper: ChildProcess;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-lock-'));
  file = join(dir, 'a.yaml');
  sleeper = spawn('sleep', ['30']);
});
afterEach(() => {
  sleeper.kill();
  rmSync(dir, { recursive: true, force: true });
});

const plant = (holder: Record<string, unknown>) => writeFileSync(`${file}.lock`, `${JSON.stringify({ host: hostname(), since: 'then', ...holder })}\n`);
const holder = () => JSON.parse(readFileSync(`${file}.lock`, 'utf8')) as { pid: number; start?: string; boot?: string };

describe('the answer file lock', () => {
  it('records the holder\'s start time and boot beside its PID', () => {
    const store = new AnswerStore(file, rubric);
    store.lock();
    expect(holder()).toMatchObject({ pid: process.pid, start: processStart(process.pid) });
    expect(holder().boot).toMatch(/^[0-9a-f-]{36}$/);
    store.release();
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('a lock left with this process\'s own PID (PID 1 in a container, killed) is taken over', () => {
    plant({ pid: process.pid, start: '1' });
    const store = new AnswerStore(file, rubric);
    store.lock();
    expect(holder().start).toBe(processStart(process.pid));
    // but a second store of this same process, while the first holds it, is refused
    expect(() => new AnswerStore(file, rubric).lock()).toThrow(AnswerFileLocked);
    store.release();
  });

  it('a PID now used by another process (another start time, another boot) is taken over; the holder itself is not', () => {
    const pid = sleeper.pid!;
    plant({ pid, start: processStart(pid) });
    expect(() => new AnswerStore(file, rubric).lock()).toThrow(AnswerFileLocked);
    plant({ pid, start: '12345' });
    const reused = new AnswerStore(file, rubric);
    reused.lock();
    reused.release();
    plant({ pid, start: processStart(pid), boot: '00000000-0000-0000-0000-000000000000' });
    const rebooted = new AnswerStore(file, rubric);
    rebooted.lock();
    rebooted.release();
  });

  it('never removes a lock another process took over meanwhile: the takeover is one process at a time', () => {
    plant({ pid: 2 ** 22 + 12345 });
    // Another process is taking the stale lock over: it holds the takeover, replaces the lock
    // with its own (a live process), then lets go.
    mkdirSync(`${file}.lock.takeover`);
    const other = spawnSync(
      'sh',
      ['-c', `(sleep 0.3; printf '{"host":"%s","pid":${sleeper.pid},"since":"now"}\\n' "$(hostname)" > "${file}.lock"; rmdir "${file}.lock.takeover") >/dev/null 2>&1 &`],
      { cwd: ROOT },
    );
    expect(other.status).toBe(0);
    expect(() => new AnswerStore(file, rubric).lock()).toThrow(AnswerFileLocked);
    expect(holder().pid).toBe(sleeper.pid);
  });
});
