/**
 * The scan with extraction on worker threads. This thread walks and reads each file straight
 * into a slot of a shared ring (see src/scan/extract-worker.ts); a worker decodes and extracts
 * each slot while the walk goes on. When the ring is full, or the walk is over, this thread
 * settles the slots no worker has taken yet itself: a small tree is done before a worker has
 * loaded, and never waits for one. When the workers have caught up with the ring, and would wait
 * for this thread, the next slot's worth of files (and any file larger than a read's room) goes
 * to them by path, and they read those themselves.
 *
 * Why this split: on the 2-core benchmark machine the system calls of walking and reading do not
 * scale over threads (reading the 50,000-file tree took 344 ms on one thread and 290 ms on two),
 * but decoding and extraction are plain computation, and they took about a third of the scan.
 * Handing whole folders to workers, the design before this one, made the scan slower; handing
 * every file by path, with the walk alone on this thread, did too (byte-heavy tree, median of 4:
 * 2.15 s against 1.89 s).
 *
 * KUBE_PIN_AUDIT_WORKERS=N sets the number of workers (0: none); by default one fewer than the
 * machine's processors, at most MAX_DEFAULT_WORKERS.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { discover } from '../discover/walk.js';
import { factsOptionsKey, type ReleaseFacts } from '../match/release-facts.js';
import { markStage } from '../timings.js';
import { READ_ROOM_BYTES, readFileBytes } from './read.js';
import {
  FAILED,
  FILES_DONE,
  FREE,
  PATHS_DONE,
  READY,
  settleBatch,
  STATES,
  STOLEN,
  SLOTS,
  SLOT_BYTES,
  type BatchFile,
  type ExtractAnswer,
  type ExtractBatch,
  type PathFile,
  type WorkerSetup,
} from './extract-worker.js';
import {
  addSkip,
  emptyScanResult,
  inFileOrder,
  mergeScanResults,
  scanBytes,
  scanFile,
  type ScanOptions,
  type ScanResult,
} from './scan.js';

/**
 * Files this thread settles before starting workers. A worker takes 70 ms or so to load, and its
 * first batches run on code not yet optimized: at the end of a small tree's walk this thread
 * waits for the batches a worker took, the files it was handed by path and the release facts it
 * was working out. Started after 100 files, a worker made the 2,000-file benchmark tree slower
 * (median of 5 interleaved runs: 0.60 s, against 0.53 s with no worker); started after 2,000,
 * the 50,000-file and byte-heavy trees took the same time within the runs' spread.
 */
const WORKER_THRESHOLD = 2000;
/** How long this thread waits for a slot before it takes the worker for dead. */
const SLOT_WAIT_MS = 60_000;
const MAX_DEFAULT_WORKERS = 2;
const MAX_WORKERS = 16;
/** Filled slots no worker has taken yet, at most, for the next files to go to them by path. */
const HAND_OVER_BACKLOG = 2;

/** KUBE_PIN_AUDIT_WORKERS=N, else one fewer than the processors (at most 2). */
export function workerCount(
  env: NodeJS.ProcessEnv = process.env,
  processors: number = availableParallelism(),
): number {
  const asked = env.KUBE_PIN_AUDIT_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), MAX_WORKERS);
  return Math.max(0, Math.min(processors - 1, MAX_DEFAULT_WORKERS));
}

export interface WorkerRun {
  /** The bundled worker entry, dist/scan-worker.js (see src/scan-worker.ts). */
  workerScript: string;
  workers?: number;
  /** Workers also work out the facts of the releases they meet, for `assess`. */
  match?: WorkerSetup['match'];
  /** Tests: start the workers at once, wait for one, and let them settle every batch. */
  handOffAll?: boolean;
  /** How long to wait for a worker to free a slot before taking it for stuck. */
  slotWaitMs?: number;
  /** Files this thread settles before it starts the workers (WORKER_THRESHOLD). */
  startAfter?: number;
}

export async function scanFilesInWorkers(
  options: ScanOptions,
  run: WorkerRun,
): Promise<ScanResult> {
  const {
    workerScript,
    workers = workerCount(),
    match,
    handOffAll = false,
    slotWaitMs = SLOT_WAIT_MS,
    startAfter = WORKER_THRESHOLD,
  } = run;
  const result = emptyScanResult();
  const facts = new Map<string, ReleaseFacts>();
  const pool: ExtractWorker[] = [];
  /** The workers' answers this scan needs: not those for batches this thread took back. */
  const answers: Promise<void>[] = [];
  /** The batch in each slot until it is settled; a worker's answer moves to `answers` then. */
  const inSlot: ({ ticket: number; files: BatchFile[]; answer: Promise<void> } | undefined)[] =
    new Array(SLOTS);
  let filesSeen = 0;
  let ring: Buffer | undefined;
  let states: Int32Array | undefined;
  let slot = 0;
  let used = 0;
  let files: BatchFile[] = [];
  let ticket = 0;
  let stopped: unknown;
  /** Files to hand the workers by path, and how many more to add to them before they go. */
  let paths: PathFile[] = [];
  let handOver = 0;
  let pathBatches = 0;

  /** Answers in, and files the workers settled: a worker that adds to neither for slotWaitMs is stuck. */
  let answered = 0;
  const progress = () => answered + (states ? Atomics.load(states, FILES_DONE) : 0);
  const send = (batch: ExtractBatch): Promise<void> => {
    const worker = pool.reduce((a, b) => (b.pending < a.pending ? b : a));
    return worker.extract(batch).then((answer) => {
      answered++;
      mergeScanResults(result, answer.part);
      for (const [key, found] of answer.facts) facts.set(key, found);
    });
  };
  /** Marks the current slot with the next ticket and posts it. */
  const fill = () => {
    if (!files.length) return;
    Atomics.store(states!, slot, ++ticket);
    const answer = send({ files, slot, ticket });
    // Its answer is awaited only if a worker takes the batch (see takeBack and release).
    answer.catch(() => {});
    inSlot[slot] = { ticket, files, answer };
    // The workers have taken every other slot and settled every path batch: they will wait for
    // this thread once they have this slot done. The next slot's worth of files goes to them by
    // path, so they read those themselves while this thread reads on.
    if (!handOffAll && caughtUp()) handOver = files.length;
  };
  const leaveLarge = () => handOffAll || caughtUp();
  const caughtUp = (): boolean => {
    if (Atomics.load(states!, READY) === 0) return false;
    if (Atomics.load(states!, PATHS_DONE) !== pathBatches) return false;
    let waiting = 0;
    for (let at = 0; at < SLOTS; at++) if (Atomics.load(states!, at) > FREE) waiting++;
    return waiting <= HAND_OVER_BACKLOG;
  };
  /** Files a worker reads itself; PATHS_DONE counts the batches settled. */
  const sendPaths = (batch: PathFile[]) => {
    pathBatches++;
    answers.push(send({ paths: batch }));
  };
  /** A worker has settled the slot: its answer is awaited, its file list let go. */
  const release = (at: number) => {
    const batch = inSlot[at];
    if (batch) answers.push(batch.answer);
    inSlot[at] = undefined;
  };
  /** Settles a filled slot here if no worker has taken it yet; true if this thread did. */
  const takeBack = (at: number): boolean => {
    const state = Atomics.load(states!, at);
    if (handOffAll || state <= FREE) return false;
    if (Atomics.compareExchange(states!, at, state, STOLEN) !== state) return false;
    const batch = inSlot[at]!;
    inSlot[at] = undefined;
    settleBatch(batch.files, ring!.subarray(at * SLOT_BYTES), result);
    Atomics.store(states!, at, FREE);
    return true;
  };
  /** Settles the most recently filled slot that no worker has taken; true if there was one. */
  const takeBackNewest = (): boolean => {
    for (let back = 1; back < SLOTS; back++) {
      if (takeBack((slot - back + SLOTS) % SLOTS)) return true;
    }
    return false;
  };
  /** Moves to the next slot once it is free: settled by a worker, or by this thread. */
  const nextSlot = () => {
    fill();
    slot = (slot + 1) % SLOTS;
    used = 0;
    files = [];
    const deadline = Date.now() + slotWaitMs;
    for (
      let state = Atomics.load(states!, slot);
      state !== FREE;
      state = Atomics.load(states!, slot)
    ) {
      if (takeBack(slot)) break;
      // A worker has it: rather than wait, settle here the newest batch no worker has taken
      // (the workers take the oldest first). Waiting left this thread idle 100 ms or so on the
      // byte-heavy benchmark tree while its worker caught up.
      if (takeBackNewest()) continue;
      // Nothing left to take: wait in short steps, since a failed worker raises FAILED, not the slot.
      Atomics.wait(states!, slot, state, 50);
      if (Atomics.load(states!, FAILED) === 1) throw new Error('a scan worker failed');
      if (Date.now() > deadline) {
        throw new Error(`a scan worker did not answer for ${slotWaitMs / 1000} s`);
      }
    }
    release(slot);
  };
  /**
   * Reads a file straight into the current slot. A large one goes to the workers by path when
   * they have caught up (its reading is as much work as the rest of its handling); else it is
   * read and settled here, as a slot no worker has taken is.
   */
  const readIntoSlot = (path: string, file: string) => {
    if (SLOT_BYTES - used < READ_ROOM_BYTES) nextSlot();
    const at = slot * SLOT_BYTES + used;
    const read = readFileBytes(path, options.maxFileSize, ring!, at, leaveLarge);
    if (typeof read === 'number') {
      used += read;
      files.push({ file, end: used });
    } else if (read.kind === 'skip') {
      addSkip(result, file, read.reason, read.detail);
    } else if (read.kind === 'large') {
      sendPaths([{ path, file }]);
    } else {
      scanBytes(file, read.bytes, result);
    }
  };
  /** The walk is over: this thread settles what no worker has taken, and awaits the rest. */
  const settleLeftovers = () => {
    handOver = 0;
    fill();
    for (let at = 0; at < SLOTS; at++) takeBack(at);
    // Files gathered for a path batch that never filled: read here rather than waited for.
    for (const { path, file } of paths) scanFile(path, file, options.maxFileSize, result);
    paths = [];
  };

  try {
    discover(options, (item) => {
      if (item.kind === 'skip') {
        result.skipped.push(item.skip);
      } else if (handOver > 0) {
        paths.push({ path: item.path, file: item.file });
        if (--handOver === 0) {
          sendPaths(paths);
          paths = [];
        }
      } else if (pool.length) {
        readIntoSlot(item.path, item.file);
      } else {
        scanFile(item.path, item.file, options.maxFileSize, result);
        if (workers && ++filesSeen >= (handOffAll ? 1 : startAfter)) {
          // The tree is large: they load while this thread goes on reading.
          const setup: WorkerSetup = {
            ring: new SharedArrayBuffer(SLOTS * SLOT_BYTES),
            states: new SharedArrayBuffer(STATES * Int32Array.BYTES_PER_ELEMENT),
            ...(match ? { match } : {}),
            maxFileSize: options.maxFileSize,
          };
          ring = Buffer.from(setup.ring);
          states = new Int32Array(setup.states);
          for (let i = 0; i < workers; i++) pool.push(startWorker(workerScript, setup));
          if (handOffAll) Atomics.wait(states, READY, 0, SLOT_WAIT_MS);
        }
      }
    });
    markStage('walked');
    if (pool.length) settleLeftovers();
  } catch (error) {
    stopped = error;
  }
  // A scan that stopped (a worker failed or stopped answering) does not wait for the workers.
  if (stopped !== undefined) for (const worker of pool) void worker.stop();
  for (let at = 0; at < SLOTS; at++) release(at);
  // Every answer is in, or its worker has failed (which rejects all it was sent), before any
  // error is thrown: the worker's own error says more than this thread's. Files handed over by
  // path cannot be taken back as slots can: a worker that stops answering is stopped.
  let settled = await answersOrSilence(answers, progress, slotWaitMs);
  if (!settled) {
    for (const worker of pool) void worker.stop();
    settled = await Promise.allSettled(answers);
    stopped ??= new Error(`a scan worker did not answer for ${slotWaitMs / 1000} s`);
  }
  // Not awaited: an idle worker's exit keeps nothing waiting, and the process may end before it.
  if (stopped === undefined) for (const worker of pool) void worker.stop();
  const failed = settled.find(
    (s): s is PromiseRejectedResult =>
      s.status === 'rejected' && !(s.reason instanceof WorkerStopped),
  );
  if (failed) throw failed.reason;
  if (stopped !== undefined) throw stopped;
  if (match && facts.size) result.releases = { optionsKey: factsOptionsKey(match.options), facts };
  return inFileOrder(result);
}

/**
 * Every answer's outcome; or null once `progress` (answers and files settled) has not moved for
 * `silenceMs` while answers are missing. A long tail that keeps moving is waited for, however
 * long: a batch handed over by path may hold many large files.
 */
async function answersOrSilence(
  answers: Promise<void>[],
  progress: () => number,
  silenceMs: number,
): Promise<PromiseSettledResult<void>[] | null> {
  const all = Promise.allSettled(answers);
  let seen = progress();
  let since = Date.now();
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const tick = new Promise<'tick'>((resolve) => {
      timer = setTimeout(() => resolve('tick'), Math.min(1000, silenceMs));
    });
    const outcome = await Promise.race([all, tick]);
    clearTimeout(timer);
    if (outcome !== 'tick') return outcome;
    const now = progress();
    if (now !== seen) {
      seen = now;
      since = Date.now();
    } else if (Date.now() - since > silenceMs) {
      return null;
    }
  }
}

interface ExtractWorker {
  /** Batches sent and not answered yet. */
  readonly pending: number;
  extract(batch: ExtractBatch): Promise<ExtractAnswer>;
  stop(): Promise<unknown>;
}

/** A worker answers batches in the order it got them: a queue pairs answers with requests. */
function startWorker(script: string, setup: WorkerSetup): ExtractWorker {
  const worker = new Worker(script, { workerData: setup });
  const waiting: { resolve: (answer: ExtractAnswer) => void; reject: (error: Error) => void }[] =
    [];
  worker.on('message', (answer: ExtractAnswer) => waiting.shift()?.resolve(answer));
  const failAll = (error: Error) => {
    for (const w of waiting.splice(0)) w.reject(error);
  };
  worker.on('error', failAll);
  let stopping = false;
  worker.on('exit', (code) => {
    if (waiting.length) {
      failAll(stopping ? new WorkerStopped() : new Error(`scan worker exited with code ${code}`));
    }
  });
  return {
    get pending() {
      return waiting.length;
    },
    extract(batch) {
      return new Promise<ExtractAnswer>((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(batch);
      });
    },
    stop: () => {
      stopping = true;
      return worker.terminate();
    },
  };
}

/** What a batch's answer fails with when this thread stopped its worker: not the cause. */
class WorkerStopped extends Error {
  constructor() {
    super('scan worker stopped');
  }
}
