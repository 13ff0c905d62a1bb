import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/source/parse-yaml.js';
import { ROOT } from '../helpers/cli.js';

// The built tool parses YAML with the bundle scripts/build-vendor.mjs makes of `yaml`
// (dist/vendor/yaml.js), not with the package's seventy CommonJS files; the tests of the
// TypeScript sources use the package itself, so the two are compared here.
describe('the bundled YAML parser', () => {
  it('is what every compiled module imports', () => {
    const dist = join(ROOT, 'dist');
    const importers = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.js') && !name.startsWith('vendor') && /\bfrom\s*['"]yaml['"]/.test(readFileSync(join(dist, name), 'utf8')));
    expect(importers).toEqual([]);
    expect(readFileSync(join(dist, 'source', 'parse-yaml.js'), 'utf8')).toContain("from '../vendor/yaml.js'");
  });

  it('loads no file of the yaml package when a YAML file is parsed with positions', () => {
    const script = `
      import Module, { createRequire } from 'node:module';
      const { parseYaml } = createRequire(process.cwd() + '/')('./dist/source/parse-yaml.js');
      const parsed = parseYaml('a.yaml', 'answers:\\n  x: |\\n    text\\n  y: [1, 2]\\n');
      const loaded = Object.keys(Module._cache).filter((file) => file.includes('node_modules'));
      process.stdout.write(JSON.stringify({ ok: parsed.ok, value: parsed.ok ? parsed.source.value : null, loaded }));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, value: { answers: { x: 'text\n', y: [1, 2] } }, loaded: [] });
  });

  it('reads every kind of YAML, and every error, as the package does', () => {
    const texts = [
      'answers:\n  x: |\n    two\n    lines\n  y: >-\n    folded\n    text\nnotes: "a\\tb"\n',
      'base: &b {a: 1, b: [x, y]}\nref: *b\nlist:\n  - one\n  - two: 2\n',
      '%YAML 1.2\n---\nn: 0x1F\nf: 1.5e3\nt: true\nz: ~\nd: 2026-01-02\n',
      'answers:\n  x: [1, 2\n  y: 3\n',
      'a: 1\na: 2\n',
      'a:\n\tb: 1\n',
      'one: 1\n---\ntwo: 2\n',
      '{"json": [1, 2, {"k": null}]}',
      'key: "unterminated\n',
      '? [complex, key]\n: value\n',
      '__proto__: {polluted: true}\n',
      `${'['.repeat(300)}${']'.repeat(300)}\n`,
    ];
    const script = `
      import { createRequire } from 'node:module';
      const { parseYaml } = createRequire(process.cwd() + '/')('./dist/source/parse-yaml.js');
      const texts = JSON.parse(process.argv[1]);
      process.stdout.write(JSON.stringify(texts.map((text) => {
        const r = parseYaml('a.yaml', text);
        return r.ok ? { value: r.source.value, warnings: r.warnings } : { findings: r.findings };
      })));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(texts)], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const expected = texts.map((text) => {
      const r = parseYaml('a.yaml', text);
      return r.ok ? { value: r.source.value, warnings: r.warnings } : { findings: r.findings };
    });
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});
