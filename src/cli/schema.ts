import type { Context } from './context.js';

/** `readiness schema rubric|answers|report|compare|agreement|audit`: the JSON Schema generated from the zod schemas. */
export async function run(format: 'rubric' | 'answers' | 'report' | 'compare' | 'agreement' | 'audit', _opts: unknown, ctx: Context): Promise<number> {
  const { jsonSchemaOf } = await import('../report/json-schema.js');
  ctx.stdout.write(`${JSON.stringify(await jsonSchemaOf(format), null, 2)}\n`);
  return 0;
}
