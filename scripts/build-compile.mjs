#!/usr/bin/env node
/**
 * Part of the build: gives this build an id (a hash of every compiled module, so a changed
 * rule never meets a cache entry of an older build) in dist/build.json, and compiles the
 * shipped rubrics (rubrics/*.yaml that pass every check) into dist/compiled/, so that
 * commands read their checked model instead of parsing them (src/rubric/compiled.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const files = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.js') || f === join('cli', 'help.json'))
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(`${f}\0`).update(readFileSync(join(dist, f))).update('\0');
hash.update(readFileSync(join(root, 'package.json')));
const id = hash.digest('hex').slice(0, 32);
writeFileSync(join(dist, 'build.json'), `${JSON.stringify({ id })}\n`);

const { BUILTIN_DIR, writeEntry } = await import('../dist/rubric/compiled.js');
const { parseRubric } = await import('../dist/rubric/load.js');
rmSync(BUILTIN_DIR, { recursive: true, force: true });
const rubrics = join(root, 'rubrics');
for (const name of readdirSync(rubrics).filter((n) => n.endsWith('.yaml')).sort()) {
  const file = join(rubrics, name);
  const loaded = parseRubric(relative(root, file), readFileSync(file, 'utf8'));
  // A shipped rubric that does not pass is left to `validate` to report; nothing is compiled for it.
  if (loaded.ok) await writeEntry(BUILTIN_DIR, loaded.value.rubric, loaded.warnings, id);
}
