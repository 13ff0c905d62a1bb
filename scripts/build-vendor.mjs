#!/usr/bin/env node
/**
 * Part of the build, after tsc: bundles the `yaml` package into one ES module,
 * dist/vendor/yaml.js, and points the compiled modules that import `yaml` at it.
 *
 * Why: `yaml` ships about seventy CommonJS files; Node resolves, reads and compiles each on
 * every run that parses YAML with positions (an answer file the quick reader does not take, a
 * rubric not in the compiled cache, validate --answers, merge, diff). Loading it took some
 * 43 ms of CPU on a 2-core machine, one file 14 ms; `score` of a hand-written answer file fell
 * from 2.7x to 2.2x `node -e 0` (SPEC.md: at most 2.5x).
 *
 * The input is the package's own ES module build (`browser/`, which its package.json gives
 * to every platform but Node's CommonJS): the same code as its Node build, without the
 * LOG_TOKENS and LOG_STREAM debugging variables and with console.warn for the warnings that
 * source/parse-yaml.ts turns off. The tests run the TypeScript sources, which import `yaml`
 * itself; the CLI tests run dist/, which imports this bundle.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'rolldown';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const vendor = join(dist, 'vendor', 'yaml.js');
const pkgDir = dirname(createRequire(join(root, 'package.json')).resolve('yaml/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const license = readFileSync(join(pkgDir, 'LICENSE'), 'utf8').trim();

await build({
  input: join(pkgDir, 'browser', 'index.js'),
  platform: 'neutral',
  logLevel: 'warn',
  output: {
    file: vendor,
    format: 'esm',
    banner: `/*! yaml ${pkg.version}, bundled from its ES module build.\n${license}\n*/`,
  },
});

// Every compiled `from 'yaml'` (there is one, in source/parse-yaml.js) now names the bundle.
const STATIC = /\b(from|import)(\s*)(['"])yaml\3/g;
const DYNAMIC = /\b(import|require)\s*\(\s*(['"])yaml\2\s*\)/;
let users = 0;
for (const name of readdirSync(dist, { recursive: true }).map(String)) {
  if (!name.endsWith('.js') || name.startsWith(`vendor${sep}`)) continue;
  const file = join(dist, name);
  const text = readFileSync(file, 'utf8');
  if (DYNAMIC.test(text)) throw new Error(`build-vendor: ${name} loads 'yaml' dynamically; import it statically so the bundle is used`);
  const target = relative(dirname(file), vendor).split(sep).join('/');
  const specifier = target.startsWith('.') ? target : `./${target}`;
  const next = text.replace(STATIC, `$1$2'${specifier}'`);
  if (next !== text) writeFileSync(file, next);
  if (next.includes(`'${specifier}'`)) users++;
}
if (users === 0) throw new Error("build-vendor: no compiled module imports 'yaml'; is this script still needed?");
