import { execFile } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';
import { INPUT_LIMITS } from '../source/read-source.js';

/** Why a file could not be read from git. */
export type GitFailure = 'noGit' | 'notRepo' | 'badRef' | 'notAtRef' | 'tooLarge' | 'other';

export type GitRead = { ok: true; bytes: Buffer; label: string } | { ok: false; reason: GitFailure; detail: string };

interface Run {
  code: number;
  stdout: Buffer;
  stderr: string;
  spawnError?: NodeJS.ErrnoException;
}

function git(args: string[], cwd: string, maxBuffer: number): Promise<Run> {
  return new Promise((done) => {
    execFile(
      'git',
      args,
      {
        cwd,
        encoding: 'buffer',
        maxBuffer,
        windowsHide: true,
        // Never prompt, never page, never read the user's git config for pagers or colours, and
        // never fetch: in a partial clone a missing object would otherwise come over the network.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C', GIT_NO_LAZY_FETCH: '1' },
      },
      (error, stdout, stderr) => {
        const err = error as (NodeJS.ErrnoException & { code?: number | string }) | null;
        if (err && typeof err.code === 'string') {
          done({ code: -1, stdout: Buffer.alloc(0), stderr: stderr.toString('utf8'), spawnError: err });
          return;
        }
        done({ code: err ? ((err.code as number | undefined) ?? 1) : 0, stdout, stderr: stderr.toString('utf8') });
      },
    );
  });
}

/**
 * Reads `file` as it is at git `ref`: `git show <ref>:<path from the repository root>`,
 * run without a shell in the file's folder. The label names it as `<ref>:<path>` for
 * messages. The size cap of every other input applies.
 */
export async function readAtRef(ref: string, file: string): Promise<GitRead> {
  // A ref starting with "-" would be read by git as an option.
  if (ref.startsWith('-') || ref.trim() === '' || /[\0\n]/.test(ref)) return { ok: false, reason: 'badRef', detail: ref };
  const cwd = dirname(resolve(file));
  const prefix = await git(['rev-parse', '--show-prefix'], cwd, 64 * 1024);
  if (prefix.spawnError) {
    return { ok: false, reason: prefix.spawnError.code === 'ENOENT' ? 'noGit' : 'other', detail: prefix.spawnError.message };
  }
  if (prefix.code !== 0) return { ok: false, reason: 'notRepo', detail: prefix.stderr.trim() };
  const path = `${prefix.stdout.toString('utf8').trim()}${basename(file)}`;
  const verify = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd, 64 * 1024);
  if (verify.code !== 0) return { ok: false, reason: 'badRef', detail: ref };
  const label = `${ref}:${path}`;
  const size = await git(['cat-file', '-s', label], cwd, 64 * 1024);
  if (size.code !== 0) return { ok: false, reason: 'notAtRef', detail: label };
  if (Number(size.stdout.toString('utf8').trim()) > INPUT_LIMITS.maxBytes) return { ok: false, reason: 'tooLarge', detail: label };
  const shown = await git(['show', label], cwd, INPUT_LIMITS.maxBytes + 1024);
  if (shown.spawnError || shown.code !== 0) return { ok: false, reason: 'other', detail: shown.stderr.trim() || label };
  return { ok: true, bytes: shown.stdout, label };
}
