/**
 * A scoring thread of a large batch: receives chunks of file names, answers with their
 * outcomes in the same order. It does no writing; the main thread writes everything, so
 * the output order and the report file names stay deterministic.
 */
// First, for its effect: starting this thread reset V8's flags for the whole process.
import { keepHeapSmall } from './heap.js';
import { parentPort, workerData } from 'node:worker_threads';
import { setMessageLang } from '../i18n/messages.js';
import { prepareEnv, scoreFile, type FileOutcome, type ScoreSetup } from './score-file.js';

/** What a thread is started with. */
export interface WorkerInput {
  setup: ScoreSetup;
}

export interface ChunkRequest {
  start: number;
  files: string[];
  /** Sent again, one file at a time, after a thread died on the chunk it was in. */
  retry?: boolean;
}

/**
 * A chunk's outcomes, in order, as one JSON text: the receiving thread keeps one string per
 * chunk until the chunk's turn comes, instead of thousands of small objects that would
 * outlive its young generation (and cost a copy at every scavenge), and parses it then.
 */
export interface ChunkResult {
  start: number;
  outcomes: string;
}

/** Sent once, when the thread is ready to score (and has set V8's flags back). */
export interface ReadyMessage {
  ready: true;
}

const { setup } = workerData as WorkerInput;
setMessageLang(setup.messageLang);
const env = await prepareEnv(setup);
const port = parentPort!;
port.postMessage({ ready: true } satisfies ReadyMessage);
port.on('message', (request: ChunkRequest) => {
  const outcomes = request.files.map((file) => scoreFile(file, env));
  port.postMessage({ start: request.start, outcomes: JSON.stringify(outcomes) } satisfies ChunkResult);
  keepHeapSmall();
});
