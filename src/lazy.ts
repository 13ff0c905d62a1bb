import { createRequire } from 'node:module';

const provided = new Map<string, unknown>();

/**
 * A module loaded on first use, synchronously, so that a synchronous loader can keep a
 * heavy dependency (the YAML parser, the schema library) off the path where it is not
 * needed: a plain answer file never loads either. The specifier is relative to `from`
 * (the caller's `import.meta.url`), as in an import. Node 20.19 and later `require` an ES
 * module whose graph has no top-level await; ours have none.
 */
export function lazy<T>(specifier: string, from: string): () => T {
  const key = new URL(specifier, from).href;
  let loaded: T | undefined;
  return () => (loaded ??= (provided.get(key) as T | undefined) ?? (createRequire(from)(specifier) as T));
}

/**
 * Hands a module over in advance, for a host that cannot `require` the compiled file (the
 * test runner runs the TypeScript sources). `url` is the module's URL as an import names it.
 */
export function provideModule(url: string, module: unknown): void {
  provided.set(url, module);
}
