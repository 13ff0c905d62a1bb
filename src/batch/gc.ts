/**
 * A full collection now and then, so that a batch's heap stays near what it really holds.
 * V8 lets the old generation grow toward its (large) limit rather than collect when a program
 * allocates steadily: over 100,000 files a batch reached 306 MB on one thread and 390 MB with
 * a worker, though every file's objects are garbage once its row is out (SPEC: under 200 MB,
 * flat). Kept apart from heap.ts, which sets a V8 flag on import: the walk of the inputs
 * (collect.ts) calls this too, for `validate` and `diff` as well.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Below this heap size nothing is ever collected here: a small batch pays nothing. */
export const HEAP_FLOOR = 32 * 1024 * 1024;
/** How far the heap may grow over what the last collection left before the next one. */
export const HEAP_SLACK = 24 * 1024 * 1024;

let ceiling = HEAP_FLOOR;

/**
 * A full collection when this thread's heap holds more than what the last one left plus
 * `HEAP_SLACK` (and more than `HEAP_FLOOR`): the heap then swings by a fixed amount above
 * what is alive, whatever the number of files. Called between files or folders; when the
 * heap is small it costs one look at the heap's size. `gc` is taken from a fresh context
 * once V8 exposes it; without it, nothing happens.
 */
export function keepHeapSmall(): void {
  if (getHeapStatistics().used_heap_size <= ceiling) return;
  collect ??= exposeGc();
  if (!collect) return;
  collect();
  ceiling = Math.max(HEAP_FLOOR, getHeapStatistics().used_heap_size + HEAP_SLACK);
}

let collect: (() => void) | null | undefined;

/** V8's `gc`, from a fresh context, or null when it cannot be had. Taken only when first needed. */
function exposeGc(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}
