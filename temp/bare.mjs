import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
const root = process.argv[2]; let n = 0;
for (const d of readdirSync(root)) { const dir = join(root, d); for (const f of readdirSync(dir)) { parse(readFileSync(join(dir, f), 'utf8')); n++; } }
console.error(n);
