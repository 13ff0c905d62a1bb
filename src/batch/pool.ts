import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { m, setMessageLang } from '../i18n/messages.js';
import { printable } from '../source/printable.js';
import { keepHeapSmall } from './heap.js';
import type { Paths } from './paths.js';
import { internalFinding, layoutOfRubric, prepareEnv, refused, scoreFile, type FileOutcome, type ScoreEnv, type ScoreSetup } from './score-file.js';
import type { ChunkRequest, ChunkResult, ReadyMessage, WorkerInput } from './worker.js';

/** How a batch is spread over threads. */
export interface PoolOptions {
  /**
   * Worker threads scoring alongside this one; 0 scores in this thread alone. Default:
   * `threadsFor(files.length)`.
   */
  threads?: number;
  /** Files per message to a thread. */
  chunkSize?: number;
  /** The thread's module (default `./worker.js`); tests pass one that fails on purpose. */
  workerUrl?: URL;
  /** Whether this thread scores too while it waits (default true). Tests turn it off to load the workers. */
  mainScores?: boolean;
  /**
   * Asked each time the event loop has run (a signal handler may have run with it): true
   * ends the scoring there, before another file is started here (Ctrl-C).
   */
  stopped?: () => boolean;
}

/**
 * Lets the event loop run through its poll phase, where a signal that came during the
 * scoring is delivered. One `setImmediate` is not enough when this runs after I/O: its
 * callback comes in the same turn of the loop, before any poll, and the signal waits for
 * the next file.
 */
export async function letSignalsIn(): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/** How long this thread scores before it lets the event loop run (and hears Ctrl-C). */
const YIELD_AFTER_MS = 100;

/**
 * Below this many files, starting a thread costs more than it saves. A file costs about
 * 0.4 ms of work on one thread (0.45 ms with a comment-laden interview file), and a worker
 * costs some 0.6 s of CPU whatever the batch: its start and module loading, compiling the
 * scorer's hot code again in its own isolate, and V8's helper threads doing that and its
 * collections. Measured on 2 shared cores (per-thread CPU from /proc, 3,000 plain files):
 * this thread 1.3 s alone against 0.87 s with a worker scoring 0.7 s, but 2.4 s of CPU in
 * all against 1.8 s. Wall time, interleaved: no gain on a quiet hour (1.29-1.35 s against
 * 1.18-1.32 s), a loss when the other core is busy (5.7-6.5 s against 2.7-5.4 s); at 10,000
 * files it wins (2.56-2.82 s against 3.28-3.76 s), so it starts only where it clearly does.
 */
export const MIN_FILES_FOR_THREADS = 5000;

/**
 * Worker threads for a batch of `count` files: one per extra core (up to 3), none for a
 * small batch or on one core. The main thread scores too, so two cores mean one worker:
 * a thread fewer is some 40 MB less. None either when every file's reports are rendered
 * and written: each report is flushed to disk, so writing, not scoring, sets the pace
 * (measured on 10,000 files: as fast on one thread, with less memory and CPU).
 * `READINESS_THREADS` overrides it (0 = none).
 */
export function threadsFor(count: number, writesReports = false, env: NodeJS.ProcessEnv = process.env): number {
  const forced = env.READINESS_THREADS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), 16);
  const cores = availableParallelism();
  if (count < MIN_FILES_FOR_THREADS || cores < 2 || writesReports) return 0;
  return Math.min(cores - 1, 3);
}

/**
 * Scores every file and yields the outcomes in input order, whatever thread finished
 * first. Large batches are shared between worker threads and this one; at most a bounded
 * number of results wait for an earlier one, so memory does not grow with the batch. A
 * thread that dies (it should not) is replaced and its files are scored again one by one,
 * so one file can never take others down with it; a file that kills a thread on its own
 * is reported as refused.
 */
export async function* scoreFiles(files: Paths, setup: ScoreSetup, options: PoolOptions = {}): AsyncGenerator<FileOutcome> {
  const threads = options.threads ?? threadsFor(files.length, setup.formats.length > 0);
  setMessageLang(setup.messageLang);
  const env = await prepareEnv(setup);
  if (threads === 0 || files.length === 0) {
    let since = performance.now();
    let i = -1;
    for (const file of files) {
      i++;
      // Now and then let the event loop run, so Ctrl-C is heard during a long batch: every
      // 64 files, or sooner when files are slow (a large hostile file takes up to a fifth of
      // a second to refuse, see ANSWER_LIMITS), and start no other file once it is.
      if (i % 64 === 63 || performance.now() - since > YIELD_AFTER_MS) {
        keepHeapSmall();
        await letSignalsIn();
        if (options.stopped?.()) return;
        since = performance.now();
      }
      yield scoreFile(file, env);
    }
    return;
  }
  yield* pooled(files, env, {
    threads,
    // Rendered reports are tens of kilobytes each: send fewer at a time. A summary row is a
    // few hundred bytes: 64 of them are some 25 ms of work, one message each way.
    chunkSize: options.chunkSize ?? (setup.formats.length > 0 ? 8 : 64),
    workerUrl: options.workerUrl ?? new URL('./worker.js', import.meta.url),
    mainScores: options.mainScores ?? true,
    stopped: options.stopped,
  });
}

/** Chunks a thread is given at a time: the next waits there while it scores one, so it never idles while this thread is busy. */
const IN_FLIGHT = 2;

interface Slot {
  worker: Worker;
  /** Sent and not yet answered, in the order sent (a thread answers in that order). */
  chunks: ChunkRequest[];
  failure: string | undefined;
  ready: boolean;
}

async function* pooled(
  files: Paths,
  env: ScoreEnv,
  options: { threads: number; chunkSize: number; workerUrl: URL; mainScores: boolean; stopped?: () => boolean },
): AsyncGenerator<FileOutcome> {
  const { threads, chunkSize } = options;
  // Only plain data crosses to a thread: the renderers and the layout are rebuilt there.
  const setup: ScoreSetup = {
    rubric: env.rubric,
    lang: env.lang,
    messageLang: env.messageLang,
    summaryLang: env.summaryLang,
    formats: env.formats,
    tool: env.tool,
  };
  // The chunks to score: any sent back (a thread died, or this thread yielded part of one)
  // first, then the rest of the files in order, cut into chunks only when taken.
  let fresh = 0;
  const returned: ChunkRequest[] = [];
  const queue = {
    get length() {
      return returned.length + (fresh < files.length ? 1 : 0);
    },
    peek(): ChunkRequest | undefined {
      return returned[0] ?? (fresh < files.length ? { start: fresh, files: [] } : undefined);
    },
    shift(): ChunkRequest | undefined {
      const back = returned.shift();
      if (back || fresh >= files.length) return back;
      const chunk = { start: fresh, files: slice(files, fresh, fresh + chunkSize) };
      fresh += chunk.files.length;
      return chunk;
    },
    unshift(...chunks: ChunkRequest[]) {
      returned.unshift(...chunks);
    },
  };
  // How far scoring may run ahead of the file next in order. Rendered reports are large
  // and writing them (flushed to disk one by one) is the slow part: keep few waiting.
  const ahead = setup.formats.length > 0 ? 4 * chunkSize : 64 * chunkSize;
  const done = new Map<number, FileOutcome>();
  /** Chunks answered by a thread and not yet due, by their first file (see `ChunkResult`). */
  const packed = new Map<number, { count: number; outcomes: string }>();
  const slots = new Set<Slot>();
  let next = 0;
  let respawns = 0;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const dispatchable = () => queue.length > 0 && queue.peek()!.start < next + ahead;
  const dispatch = (slot: Slot) => {
    while (slot.chunks.length < IN_FLIGHT && dispatchable()) {
      const chunk = queue.shift()!;
      slot.chunks.push(chunk);
      slot.worker.postMessage(chunk);
    }
  };
  /**
   * Scores a chunk here. When its files are slow, the rest of the chunk goes back to the
   * front of the queue after YIELD_AFTER_MS, so that this thread soon hears Ctrl-C.
   */
  const scoreHere = (chunk: ChunkRequest) => {
    const started = performance.now();
    for (let i = 0; i < chunk.files.length; i++) {
      if (i > 0 && performance.now() - started > YIELD_AFTER_MS) {
        queue.unshift({ start: chunk.start + i, files: chunk.files.slice(i) });
        return;
      }
      done.set(chunk.start + i, scoreFile(chunk.files[i]!, env));
    }
  };

  const spawn = () => {
    const worker = new Worker(options.workerUrl, {
      workerData: { setup } satisfies WorkerInput,
      // Only bounds a runaway: a thread that hits it is replaced like any other that dies.
      // (Its young generation stays small through the flag it sets when it starts, heap.ts.)
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    const slot: Slot = { worker, chunks: [], failure: undefined, ready: false };
    slots.add(slot);
    worker.on('message', (message: ChunkResult | ReadyMessage) => {
      if ('ready' in message) {
        slot.ready = true;
        notify();
        return;
      }
      const result = message;
      const chunk = slot.chunks.find((c) => c.start === result.start);
      if (chunk) packed.set(result.start, { count: chunk.files.length, outcomes: result.outcomes });
      slot.chunks = slot.chunks.filter((c) => c !== chunk);
      dispatch(slot);
      notify();
    });
    worker.on('error', (error) => {
      slot.failure = error instanceof Error ? error.message : String(error);
    });
    worker.on('exit', () => {
      if (!slots.delete(slot)) return; // terminated by us
      // The thread was scoring the first chunk it had not answered; the others waited untouched.
      const [lost, ...waiting] = slot.chunks;
      queue.unshift(...waiting);
      if (lost && lost.files.length > 1) {
        // Score the lost files again one at a time, in order, to find the one at fault.
        queue.unshift(...lost.files.map((file, i) => ({ start: lost.start + i, files: [file], retry: true })));
      } else if (lost) {
        const file = lost.files[0]!;
        const detail = slot.failure === undefined ? m('threadStopped') : m('threadFailed', { reason: printable(slot.failure) });
        done.set(lost.start, refused(file, [{ file, message: detail, severity: 'error' }], env));
      }
      if (respawns++ < 2 * threads) dispatch(spawn());
      for (const s of slots) dispatch(s);
      notify();
    });
    return slot;
  };

  try {
    for (let i = 0; i < Math.min(threads, queue.length); i++) dispatch(spawn());
    while (next < files.length) {
      const due = packed.get(next);
      if (due) {
        packed.delete(next);
        const outcomes = JSON.parse(due.outcomes) as FileOutcome[];
        if (outcomes.length === due.count) outcomes.forEach((o, i) => done.set(next + i, o));
        else {
          // Not the thread's answer to this chunk (it cannot happen): its files are refused, never lost.
          for (let i = 0; i < due.count; i++) {
            const file = files.at(next + i)!;
            const detail = new Error(`${outcomes.length} results for ${due.count} files`);
            done.set(next + i, refused(file, [internalFinding(file, detail, env.messageLang)], env));
          }
        }
      }
      const outcome = done.get(next);
      if (outcome) {
        done.delete(next);
        next++;
        for (const s of slots) dispatch(s);
        yield outcome;
        continue;
      }
      if (slots.size === 0) {
        // Every thread is gone and none may be started: finish here, in order.
        const chunk = queue.shift();
        if (chunk) scoreHere(chunk);
        continue;
      }
      // Files sent back for a retry after a thread died are left to the threads: one of them
      // may be what killed it, and this thread must survive.
      // Starting a thread resets V8's flags, and this thread's young generation would grow
      // while they are off (see heap.ts): score here only once every thread has set them back.
      const settled = [...slots].every((s) => s.ready);
      if (options.mainScores && settled && dispatchable() && !queue.peek()!.retry) {
        // Score a chunk here while the threads work, then let their messages in.
        scoreHere(queue.shift()!);
        keepHeapSmall();
        await letSignalsIn();
        if (options.stopped?.()) return;
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    const all = [...slots];
    slots.clear();
    await Promise.all(all.map((s) => s.worker.terminate()));
  }
}

/** `files.slice(from, to)` for any `Paths`. */
function slice(files: Paths, from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < Math.min(to, files.length); i++) out.push(files.at(i)!);
  return out;
}
