import { ExitError } from '../errors.js';
import type { Context } from './context.js';

/** `readiness diff`: not built yet. */
export async function run(..._args: unknown[]): Promise<number> {
  void (_args as unknown as Context);
  throw new ExitError(1, 'readiness diff: not implemented yet');
}
