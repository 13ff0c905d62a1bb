import { mkdtempSync, rmSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/errors.js';
import { setMessageLang } from '../../src/i18n/messages.js';
import { decodeText, describeFsError, INPUT_LIMITS, readSource } from '../../src/source/read-source.js';

let dir: string;
beforeAll(() => {
  setMessageLang('en');
  dir = mkdtempSync(join(tmpdir(), 'readiness-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const put = (name: string, data: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, data);
  return path;
};

describe('readSource: the size cap', () => {
  it('refuses a file over the cap, naming the file, its size and the limit', () => {
    const file = put('huge.yaml', Buffer.alloc(INPUT_LIMITS.maxBytes + 1, 0x61));
    const read = readSource(file);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const line = formatFinding(read.finding);
    expect(line.startsWith(`${file}: `)).toBe(true);
    expect(line).toContain('over the limit of 2.0 MiB');
    expect(line).toContain('2.0 MiB');
  });

  it('accepts a file exactly at the cap', () => {
    const file = put('at-cap.yaml', Buffer.alloc(INPUT_LIMITS.maxBytes, 0x61));
    expect(readSource(file).ok).toBe(true);
  });

  it('applies a smaller cap given by the caller', () => {
    const file = put('small.yaml', 'a: 1\n'.repeat(100));
    const read = readSource(file, 100);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.finding.message).toBe('file is 500 bytes, over the limit of 100 bytes');
  });
});

describe('readSource: binary and non-UTF-8 files', () => {
  it('refuses a file with a NUL byte, pointing at it', () => {
    const file = put('nul.yaml', Buffer.concat([Buffer.from('a: 1\nb: x'), Buffer.from([0]), Buffer.from('y\n')]));
    const read = readSource(file);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(formatFinding(read.finding)).toBe(`${file}:2:5: file is binary (contains a NUL byte), not a text file`);
  });

  it('refuses a PNG-like binary blob', () => {
    const file = put('image.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const read = readSource(file);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.finding.message).toMatch(/binary/);
  });

  it('refuses UTF-16 (both byte orders) and says to save as UTF-8', () => {
    for (const bom of [[0xff, 0xfe], [0xfe, 0xff]]) {
      const file = put(`utf16-${bom[0]}.yaml`, Buffer.concat([Buffer.from(bom), Buffer.from('a: 1\n', 'utf16le')]));
      const read = readSource(file);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.finding.message).toBe('file is UTF-16 encoded; save it as UTF-8');
    }
  });

  it('refuses Windows-1251 text, pointing at the first bad byte', () => {
    // "организация" in Windows-1251 after a valid first line.
    const cp1251 = Buffer.from([0xee, 0xf0, 0xe3, 0xe0, 0xed, 0xe8, 0xe7, 0xe0, 0xf6, 0xe8, 0xff]);
    const file = put('cp1251.yaml', Buffer.concat([Buffer.from('rubric: x\nname: "Аб'), cp1251, Buffer.from('"\n')]));
    const read = readSource(file);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(formatFinding(read.finding)).toBe(`${file}:2:10: file is not valid UTF-8 text; save it as UTF-8`);
  });

  it('refuses a truncated multi-byte sequence at the very end', () => {
    const read = decodeText('t.yaml', Buffer.concat([Buffer.from('a: "қ'), Buffer.from([0xd2])]));
    expect(read.ok).toBe(false);
    if (!read.ok) expect([read.finding.line, read.finding.column]).toEqual([1, 6]);
  });

  it('refuses overlong encodings and surrogates that a lenient decoder would accept', () => {
    for (const bad of [[0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf5, 0x80, 0x80, 0x80]]) {
      const read = decodeText('t.yaml', Buffer.from([0x61, ...bad]));
      expect(read.ok, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('readSource: files from Windows and office tools simply work', () => {
  it('strips a UTF-8 byte-order mark', () => {
    const file = put('bom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: Қазақстан\r\n')]));
    const read = readSource(file);
    expect(read).toEqual({ ok: true, text: 'a: Қазақстан\r\n' });
  });

  it('keeps Kazakh and Russian letters intact', () => {
    const text = 'organization: "Әкімдік ғ қ ң ө ұ ү һ і — Акимат"\n';
    expect(readSource(put('kk.yaml', text))).toEqual({ ok: true, text });
  });
});

describe('readSource: file-system problems are findings, never throws', () => {
  it('a missing file', () => {
    const read = readSource(join(dir, 'missing.yaml'));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.finding.message).toBe('no such file');
  });

  it('a folder', () => {
    const sub = join(dir, 'folder.yaml');
    mkdirSync(sub);
    const read = readSource(sub);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.finding.message).toBe('is a folder, not a file');
  });

  it('a path through a regular file', () => {
    const file = put('plain.txt', 'x');
    const read = readSource(join(file, 'inside.yaml'));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.finding.message).not.toMatch(/\n\s+at /);
  });

  it('describes full and read-only disks in words', () => {
    const err = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(describeFsError(err('ENOSPC'))).toBe('no space left on the device');
    expect(describeFsError(err('EROFS'))).toBe('the file system is read-only');
    expect(describeFsError(err('EACCES'))).toBe('permission denied');
    expect(describeFsError(err('ENOTDIR'))).toBe('a part of the path is a file, not a folder');
    expect(describeFsError(err('ENAMETOOLONG'))).toBe('the file name is too long for this file system');
    expect(describeFsError(err('ELOOP'))).toBe('too many symbolic links (a link loop?)');
    expect(describeFsError(err('EIO'))).toBe('the disk reported an input/output error');
  });

  it('a path through a regular file or a link loop is said in words', () => {
    const file = put('regular', 'x');
    const through = readSource(join(file, 'a.yaml'));
    expect(!through.ok && through.finding.message).toBe('a part of the path is a file, not a folder');
    const loop = join(dir, 'loop.yaml');
    symlinkSync(loop, loop);
    const looped = readSource(loop);
    expect(!looped.ok && looped.finding.message).toBe('too many symbolic links (a link loop?)');
  });
});
