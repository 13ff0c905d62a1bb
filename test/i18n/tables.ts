import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Texts } from '../../src/i18n/lang.js';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

export interface Table {
  /** `src/…/file.ts#exportName` */
  name: string;
  texts: Record<string, Texts>;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const isTexts = (v: unknown): v is Texts =>
  typeof v === 'object' && v !== null && ['ru', 'kk', 'en'].some((l) => l in v) && Object.values(v).every((t) => typeof t === 'string');

/**
 * Every message table of the tool: each source file that declares one
 * (`satisfies Record<string, Texts>`) and the tables it exports. A file that declares a
 * table but exports none is returned with `texts` empty, so the test can say so.
 */
export async function messageTables(): Promise<Array<{ file: string; tables: Table[] }>> {
  const files = sourceFiles(SRC).filter((f) => readFileSync(f, 'utf8').includes('satisfies Record<string, Texts>'));
  const out: Array<{ file: string; tables: Table[] }> = [];
  for (const file of files.sort()) {
    const mod = (await import(file)) as Record<string, unknown>;
    const rel = `src/${relative(SRC, file)}`;
    const tables: Table[] = [];
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      const entries = Object.values(value);
      if (entries.length > 0 && entries.every(isTexts)) tables.push({ name: `${rel}#${name}`, texts: value as Record<string, Texts> });
    }
    out.push({ file: rel, tables });
  }
  return out;
}
