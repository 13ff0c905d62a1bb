/**
 * Keeps V8's young generation at its starting size (1 MB per semi-space) instead of letting
 * it grow to 16 MB. `bin/readiness.js` imports this module first for `score` and `diff`, for its effect: V8 reads
 * the flag only if it is set before the program starts allocating in earnest, and starting
 * a worker thread resets it, so each batch worker sets it again (see `worker.ts`).
 *
 * Why: in a batch every file's objects die young, so a larger nursery buys no speed, while
 * its pages stay resident. Measured with `npm run bench` on 10,000 and 20,000 answer files,
 * the peak is some 40 MB lower (about 155 MB instead of 195 MB) at the same speed. The
 * interview and the other commands allocate little and do not notice.
 */
import { setFlagsFromString } from 'node:v8';

/** The V8 flag that stops the young generation from growing. */
export const SMALL_YOUNG_GENERATION = '--semi-space-growth-factor=1';

/** Sets the flag; safe to call again. */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString(SMALL_YOUNG_GENERATION);
}

keepYoungGenerationSmall();

export { keepHeapSmall } from './gc.js';
