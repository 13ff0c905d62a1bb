import { lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { temporaryFileOf } from './atomic-write.js';

/** Whether a process with this id still runs (one of another user's counts as running). */
function running(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return false; // not writing yet: a leftover of an earlier process with our id
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a killed atomic write of `target` left beside it, and returns
 * their paths. Only regular files named as the writer names its temporary files for this
 * very target, and only those of a process no longer running (another one may be saving
 * now); anything else in the folder is left alone. Errors leave a file where it is.
 */
export function removeLeftoverTemps(target: string): string[] {
  const dir = dirname(target);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const temp = temporaryFileOf(target, name);
    if (!temp || running(temp.pid)) continue;
    const path = join(dir, name);
    try {
      if (!lstatSync(path).isFile()) continue;
      unlinkSync(path);
      removed.push(path);
    } catch {
      // gone meanwhile, or not ours to remove: the interview goes on either way
    }
  }
  return removed;
}
