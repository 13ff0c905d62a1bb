#!/usr/bin/env node
/**
 * Part of the build: renders the top-level `readiness --help` in each language with the real
 * commander program and stores it in dist/cli/help.json, so `bin/readiness.js` can print it
 * without loading commander (`--help` must start within 1.5x of `node -e 0`). Generated from
 * the same source on every build, it cannot drift; test/cli/help-cache.test.ts checks that.
 */
import { writeFileSync } from 'node:fs';

const { main } = await import('../dist/cli/main.js');
const texts = {};
const write = process.stdout.write;
for (const lang of ['ru', 'kk', 'en']) {
  let out = '';
  process.stdout.write = (chunk) => ((out += String(chunk)), true);
  try {
    await main(['node', 'readiness', '--help', '--lang', lang]);
  } finally {
    process.stdout.write = write;
  }
  texts[lang] = out;
}
writeFileSync(new URL('../dist/cli/help.json', import.meta.url), `${JSON.stringify(texts)}\n`);
