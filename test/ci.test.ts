import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inCi } from '../src/ci.js';

describe('inCi: whether the tool runs under continuous integration', () => {
  it('CI set to anything but empty, false or 0 means CI', () => {
    for (const value of ['true', '1', 'yes', 'True', 'woodpecker']) expect(inCi({ CI: value }), value).toBe(true);
    for (const value of [undefined, '', 'false', '0']) expect(inCi({ CI: value }), String(value)).toBe(false);
    expect(inCi({})).toBe(false);
  });

  it('is the one place the tool reads CI: no other source file looks at the variable itself', () => {
    const files = readdirSync('src', { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    const asking = files.filter((f) => /\benv(?:\.CI\b|\[['"]CI['"]\])/.test(readFileSync(join('src', f), 'utf8')));
    expect(asking).toEqual(['ci.ts']);
  });
});
