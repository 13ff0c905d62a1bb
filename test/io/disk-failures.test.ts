import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnswerStore, openAnswerFile, type AnswerDraft } from '../../src/answers/store.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { describeFsError } from '../../src/source/read-source.js';
import { minimalRubric } from '../hostile/helpers.js';

/**
 * Real full and read-only file systems: a tiny tmpfs. Tests run as root, so a chmod'ed
 * folder would not stop a write; a mounted file system does. Where mounting is not
 * permitted (no privileges), the tests say so in their names and are skipped.
 */
function probeMount(): string | undefined {
  const probe = mkdtempSync(join(tmpdir(), 'readiness-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'pipe' });
    execFileSync('umount', [probe], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error).trim().split('\n')[0] || 'mount failed';
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}
const cannotMount = probeMount();
const mounted: string[] = [];
function tmpfs(size: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'readiness-tmpfs-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  mounted.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of mounted) {
    try {
      // Lazy: a file left open by a failed write must not keep the mount behind.
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // never fail a test on cleanup
    }
  }
});
beforeAll(() => setMessageLang('en'));

const OLD = 'rubric: {id: minimal, version: 1.0.0}\nrespondent: {organization: Акимат}\nanswers:\n  staff-training: all\n';

describe.skipIf(cannotMount !== undefined)(`a real full or read-only disk${cannotMount ? ` (skipped: cannot mount a tmpfs: ${cannotMount})` : ''}`, () => {
  it('a full disk: the error is ENOSPC, said in words, the old file survives and no temporary file is left', () => {
    const dir = tmpfs('64k');
    const target = join(dir, 'answers.yaml');
    writeFileAtomic(target, OLD);
    let error: unknown;
    try {
      writeFileAtomic(target, 'x'.repeat(200 * 1024));
    } catch (e) {
      error = e;
    }
    expect((error as NodeJS.ErrnoException | undefined)?.code).toBe('ENOSPC');
    expect(describeFsError(error)).toBe('no space left on the device');
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });

  it('a disk that fills up exactly: every write either lands whole or not at all', () => {
    const dir = tmpfs('64k');
    const target = join(dir, 'report.md');
    writeFileAtomic(target, 'v0');
    let last = 'v0';
    for (let size = 4 * 1024; size <= 128 * 1024; size += 4 * 1024) {
      const next = `v${size}`.padEnd(size, '.');
      try {
        writeFileAtomic(target, next);
        last = next;
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      }
      expect(readFileSync(target, 'utf8')).toBe(last);
      expect(readdirSync(dir)).toEqual(['report.md']);
    }
    expect(last).not.toBe('v0');
  });

  it('the interview on a disk that fills up: the last saved answers survive, and saving resumes once there is room', () => {
    const dir = tmpfs('64k');
    const rubric = minimalRubric();
    const file = join(dir, 'answers.yaml');
    const draft = (answers: Array<[string, string]>): AnswerDraft => ({
      rubric: { id: rubric.id, version: rubric.version },
      respondent: { organization: 'Акимат' },
      language: 'ru',
      answers: new Map(answers),
      comments: new Map([['staff-training', 'Приказ №5 '.repeat(200)]]),
      documents: new Map(), evidence: new Map(),
    });
    const store = new AnswerStore(file, rubric);
    store.save(draft([['staff-training', 'some']]));
    // Something else fills the disk to the last block.
    let chunk = 32 * 1024;
    for (let i = 0; chunk >= 512; i++) {
      try {
        writeFileSync(join(dir, `filler-${i}.bin`), Buffer.alloc(chunk));
      } catch {
        rmSync(join(dir, `filler-${i}.bin`), { force: true });
        chunk /= 2;
      }
    }
    let error: unknown;
    try {
      store.save(draft([['staff-training', 'all'], ['cyber-pentest', 'yearly']]));
    } catch (e) {
      error = e;
    }
    expect((error as NodeJS.ErrnoException | undefined)?.code).toBe('ENOSPC');
    const opened = openAnswerFile(file, rubric);
    expect(opened.kind).toBe('resume');
    if (opened.kind === 'resume') expect([...opened.answers.answers]).toEqual([['staff-training', 'some']]);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    for (const name of readdirSync(dir)) if (name.startsWith('filler-')) rmSync(join(dir, name));
    store.save(draft([['staff-training', 'all'], ['cyber-pentest', 'yearly']]));
    const again = openAnswerFile(file, rubric);
    expect(again.kind === 'resume' && [...again.answers.answers]).toEqual([['staff-training', 'all'], ['cyber-pentest', 'yearly']]);
  });

  it('a read-only file system: the error is EROFS, said in words, and the old file survives', () => {
    const dir = tmpfs('64k');
    const target = join(dir, 'answers.yaml');
    writeFileAtomic(target, OLD);
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    let error: unknown;
    try {
      writeFileAtomic(target, 'new');
    } catch (e) {
      error = e;
    }
    expect((error as NodeJS.ErrnoException | undefined)?.code).toBe('EROFS');
    expect(describeFsError(error)).toBe('the file system is read-only');
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(dir)).toEqual(['answers.yaml']);
  });
});

describe('a crash in the middle of a write', () => {
  const dist = resolve('dist/io/atomic-write.js');
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'readiness-crash-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!existsSync(dist))('a process killed while rewriting a file leaves the old or the new file whole, never half', async () => {
    const size = 8 * 1024 * 1024;
    const target = join(dir, 'answers.yaml');
    writeFileSync(target, 'A'.repeat(size));
    const script = join(dir, 'writer.mjs');
    writeFileSync(
      script,
      `import { writeFileAtomic } from ${JSON.stringify(pathToFileURL(dist).href)};
const target = process.argv[2];
const versions = ['B', 'C'].map((c) => c.repeat(${size}));
for (let i = 0; ; i++) {
  writeFileAtomic(target, versions[i % 2]);
  if (i === 0) process.stdout.write('wrote\\n');
}
`,
    );
    const child = spawn(process.execPath, [script, target], { stdio: ['ignore', 'pipe', 'inherit'] });
    // Kill once the first version has landed and the next one is on its way to disk.
    await new Promise<void>((done) => child.stdout.once('data', () => done()));
    const work = join(dir);
    for (let i = 0; i < 2000 && !readdirSync(work).some((n) => n.endsWith('.tmp')); i++) {
      await new Promise((r) => setTimeout(r, 1));
    }
    child.kill('SIGKILL');
    await new Promise((done) => child.once('exit', done));
    const text = readFileSync(target, 'latin1');
    expect(text.length).toBe(size);
    expect(['B', 'C']).toContain(text[0]);
    expect(text).toBe(text[0]!.repeat(size));
    // A temporary file may be left behind by a kill; it never has the target's name.
    for (const name of readdirSync(dir)) expect(['answers.yaml', 'writer.mjs'].includes(name) || /^\.answers\.yaml\.\d+\.[0-9a-f]{12}\.tmp$/.test(name)).toBe(true);
  });
});

describe('injected failures where no mount is needed', () => {
  it('a target inside a path whose parent is a regular file: ENOTDIR, nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'readiness-notdir-'));
    try {
      writeFileSync(join(dir, 'file'), 'x');
      expect(() => writeFileAtomic(join(dir, 'file', 'report.json'), '{}')).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
      expect(readdirSync(dir)).toEqual(['file']);
      mkdirSync(join(dir, 'ok'));
      writeFileAtomic(join(dir, 'ok', 'report.json'), '{}');
      expect(readdirSync(join(dir, 'ok'))).toEqual(['report.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
