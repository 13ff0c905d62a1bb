import { chmodSync, existsSync, lchownSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';

// A link planted in a shared sticky folder (adversarial review of 0.2.0, finding 12): the
// answer file is written through a link on purpose, but never through another user's link.
const NOBODY = 65534;
let dir: string;
let sticky: string;
let victim: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'readiness-links-'));
  chmodSync(dir, 0o755);
  sticky = join(dir, 'sticky');
  victim = join(dir, 'victim');
  mkdirSync(sticky);
  chmodSync(sticky, 0o1777);
  mkdirSync(victim, { mode: 0o755 });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(process.getuid?.() === 0)('links in a shared sticky folder (run as root, the link as nobody)', () => {
  it('a dangling link of another user is not followed: nothing is created where it points', () => {
    const link = join(sticky, 'readiness-answers.yaml');
    symlinkSync(join(victim, 'planted.yaml'), link);
    lchownSync(link, NOBODY, NOBODY);
    expect(() => writeFileAtomic(link, 'answers', { followLink: true })).toThrow(/EACCES/);
    expect(existsSync(join(victim, 'planted.yaml'))).toBe(false);
  });

  it("another user's link to an existing file is not followed either; the user's own link is (the control)", () => {
    const target = join(victim, 'real.yaml');
    writeFileSync(target, 'before');
    const foreign = join(sticky, 'foreign.yaml');
    symlinkSync(target, foreign);
    lchownSync(foreign, NOBODY, NOBODY);
    expect(() => writeFileAtomic(foreign, 'after', { followLink: true })).toThrow(/EACCES/);
    expect(readFileSync(target, 'utf8')).toBe('before');
    const own = join(sticky, 'own.yaml');
    symlinkSync(target, own);
    writeFileAtomic(own, 'after', { followLink: true });
    expect(readFileSync(target, 'utf8')).toBe('after');
  });
});
