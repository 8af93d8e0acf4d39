/**
 * The scan with reading and extraction on worker threads. This thread walks; the files it finds
 * go to the workers by path, in batches, while they have few queued, and this thread reads them
 * itself while they have enough: so it never waits for a worker, and a small tree is done before
 * a worker has loaded. Once the workers run, this thread extracts nothing: a file it read that
 * may hold a pin (or that is larger than a small file, left unread past its start) goes to them
 * too. Extraction code then runs hot in one thread, and this thread's young generation and the
 * prefilter's memory stay small: fresh memory is dear here (see WORKER_YOUNG_GENERATION_MB). Once
 * the walk is over, this thread takes back every batch no worker has claimed yet (see
 * src/scan/extract-worker.ts), and awaits the rest.
 *
 * Why this split: on the 2-core benchmark machine, reading files scales over threads as well as
 * extraction does (the byte-heavy tree read in 410 ms on one thread, 230 ms on two); walking the
 * folders scales less (230 against 170 ms) and stays on this thread, with the .gitignore state.
 * The design before this one read every file on this thread into a shared ring, with workers
 * extracting from it and reading only when they had caught up: this thread was then busy to
 * the end while its worker waited for it, 136 ms of a byte-heavy scan.
 *
 * KUBE_PIN_AUDIT_WORKERS=N sets the number of workers (0: none); by default one fewer than the
 * machine's processors, at most MAX_DEFAULT_WORKERS.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { discover } from '../discover/walk.js';
import { factsOptionsKey, type ReleaseFacts } from '../match/release-facts.js';
import { markStage } from '../timings.js';
import {
  claimAt,
  CLAIMS,
  FAILED,
  FILES_DONE,
  FREE,
  MAX_WORKERS,
  READY,
  SEEN_AT,
  settleFiles,
  STATES,
  STOLEN,
  type ExtractAnswer,
  type ExtractBatch,
  type PathFile,
  type WorkerSetup,
} from './extract-worker.js';
import {
  emptyScanResult,
  inFileOrder,
  mergeScanResults,
  scanFile,
  type ScanOptions,
  type ScanResult,
} from './scan.js';

/**
 * Files this thread settles before starting workers. A worker takes 70 ms or so to load, its
 * first batches run on code not yet optimized, and while it loads it slows this thread by about
 * a tenth (on 2 vCPUs). Started after 200 or 700 files, workers made the 2,000-file benchmark tree
 * 20 ms slower (median of 7 interleaved runs, 0.44 against 0.42 s) and the large trees no faster;
 * started before the settings are read, 25 ms slower (10 paired runs).
 */
const WORKER_THRESHOLD = 2000;
/** How long answers may be missing with no file settled before a worker is taken for stuck. */
const SILENCE_MS = 60_000;
/**
 * A worker's young generation, where short-lived objects go, at most: 3 MB (semi-spaces of
 * 1 MB), against V8's default of up to 48 MB. A young generation that grows touches fresh
 * memory, and on the benchmark machine (a virtual machine) a page touched for the first time
 * costs about 13 microseconds: the byte-heavy scan took 27,000 page faults, of which this saves
 * 4,000. More frequent collections of a small young generation cost less than that: median of 10
 * paired runs, byte-heavy tree 45 ms faster (1.40 -> 1.35 s), 50,000-file tree 20 ms faster.
 */
const WORKER_YOUNG_GENERATION_MB = 3;
const MAX_DEFAULT_WORKERS = 2;
/**
 * Batches posted and not yet taken by a worker, at most: past this, this thread extracts what it
 * reads itself (a worker stuck on a large file must not leave every claim entry taken).
 */
const MAX_QUEUED = CLAIMS / 2;
/**
 * Batches waiting for the least busy worker, at most, for this thread to hand it files to
 * extract: past this, this thread extracts them itself (every worker has failed or is stuck).
 */
const HANDED_PER_WORKER = 64;
/** Files this thread read and found may hold a pin (or large), in a batch for a worker. */
const EXTRACT_BATCH_FILES = 8;
/** Files in a batch handed to a worker. */
const BATCH_FILES = 32;
/** Batches queued for each worker and not yet taken, at most, before this thread settles files. */
const QUEUED_PER_WORKER = 2;

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
  /** The bundled worker entry, dist/scan-worker.cjs (see src/scan-worker.ts). */
  workerScript: string;
  workers?: number;
  /** Workers also work out the facts of the releases they meet, for `assess`. */
  match?: WorkerSetup['match'];
  /**
   * Tests: start the workers at once and send them every file by path (as awaitReady,
   * leaveToWorkers and queuedPerWorker MAX_QUEUED).
   */
  handOffAll?: boolean;
  /** Tests: once the workers start, wait for one to load before the walk goes on. */
  awaitReady?: boolean;
  /**
   * Tests: leave every posted batch to the workers (none is taken back unless the scan fails),
   * once one has loaded: what they settle does not depend on timing.
   */
  leaveToWorkers?: boolean;
  /** Tests: batches waiting for a worker, at most, before this thread reads (QUEUED_PER_WORKER). */
  queuedPerWorker?: number;
  /** How long answers may be missing with no file settled before the workers are stopped. */
  silenceMs?: number;
  /** Files this thread settles before it starts the workers (WORKER_THRESHOLD). */
  startAfter?: number;
  /** Filled in with how the work was split (tests and diagnostics). */
  split?: WorkSplit;
}

/** How a scan's files were split between this thread and the workers. */
export interface WorkSplit {
  /** Batches posted to the workers. */
  batches: number;
  /** Files this thread read and handed to the workers to extract. */
  handedOver: number;
  /** Batches no worker had taken when the walk was over, settled here (or left, on failure). */
  takenBack: number;
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
    silenceMs = SILENCE_MS,
    startAfter = handOffAll ? 1 : WORKER_THRESHOLD,
    leaveToWorkers = handOffAll,
    awaitReady = leaveToWorkers,
    queuedPerWorker = handOffAll ? MAX_QUEUED : QUEUED_PER_WORKER,
  } = run;
  const { maxFileSize } = options;
  const result = emptyScanResult();
  const facts = new Map<string, ReleaseFacts>();
  const pool: ExtractWorker[] = [];
  /** The workers' answers this scan needs: not those for batches this thread took back. */
  const answers: Promise<void>[] = [];
  /** Batches handed over, in order, until the walk is over and the unclaimed ones are taken back. */
  const posted: { ticket: number; files: PathFile[]; answer: Promise<void> }[] = [];
  let states: Int32Array | undefined;
  let filesSeen = 0;
  let ticket = 0;
  let batch: PathFile[] = [];
  /** Files this thread read and leaves to the workers to extract (see handOver). */
  let toExtract: PathFile[] = [];
  /** Batches sent to each worker; less what it has taken off its queue, those waiting for it. */
  const sentTo: number[] = [];
  let stopped: unknown;

  /** Answers in, and files the workers settled: a worker that adds to neither is stuck. */
  let answered = 0;
  const progress = () => answered + (states ? Atomics.load(states, FILES_DONE) : 0);
  const waitingFor = (w: number) => sentTo[w]! - Atomics.load(states!, SEEN_AT + w);
  /**
   * The worker with the fewest batches waiting, and how many wait for it and for all: a worker
   * that failed as it loaded, or has not loaded yet, takes none off its queue, so it soon gets
   * no more.
   */
  const queues = (): { least: number; leastWaiting: number; waiting: number } => {
    let least = 0;
    let leastWaiting = waitingFor(0);
    let waiting = leastWaiting;
    for (let w = 1; w < pool.length; w++) {
      const count = waitingFor(w);
      waiting += count;
      if (count < leastWaiting) [least, leastWaiting] = [w, count];
    }
    return { least, leastWaiting, waiting };
  };
  const split: WorkSplit = run.split ?? { batches: 0, handedOver: 0, takenBack: 0 };
  const send = (sent: ExtractBatch): Promise<void> => {
    const w = queues().least;
    sentTo[w]!++;
    return pool[w]!.extract(sent).then((answer) => {
      answered++;
      mergeScanResults(result, answer.part);
      for (const [key, found] of answer.facts) facts.set(key, found);
    });
  };
  /** Hands `files` to a worker, under the next ticket whose claim entry is free. */
  const post = (files: PathFile[]) => {
    if (Atomics.load(states!, FAILED) === 1) throw new WorkerFailed();
    // At most MAX_QUEUED batches wait and one per worker is claimed: an entry is free. Were
    // none, the scan fails rather than spin.
    for (let tried = 0; Atomics.load(states!, claimAt(++ticket)) !== FREE; tried++) {
      if (tried === CLAIMS) throw new Error('scan workers: every claim entry is taken');
    }
    Atomics.store(states!, claimAt(ticket), ticket);
    const answer = send({ ticket, files });
    // Its answer is awaited only if a worker claims the batch (see takeBack).
    answer.catch(() => {});
    posted.push({ ticket, files, answer });
    split.batches++;
  };
  /** A file this thread read that may hold a pin, or is large: the workers extract it. */
  const handOver = (path: string, file: string) => {
    split.handedOver++;
    toExtract.push({ path, file });
    if (toExtract.length === EXTRACT_BATCH_FILES) {
      post(toExtract);
      toExtract = [];
    }
  };
  /**
   * Takes a posted batch back if no worker has claimed it, and settles it here unless the scan
   * has failed (`settle` false); a claimed batch's answer is awaited.
   */
  const takeBack = ({ ticket: mine, files, answer }: (typeof posted)[number], settle: boolean) => {
    const at = claimAt(mine);
    // Tests may leave every batch to the workers, unless the scan has failed.
    const mayTake = !settle || !leaveToWorkers;
    if (mayTake && Atomics.compareExchange(states!, at, mine, STOLEN) === mine) {
      split.takenBack++;
      if (settle) settleFiles(files, maxFileSize, result);
      Atomics.store(states!, at, FREE);
    } else {
      answers.push(answer);
    }
  };
  const startWorkers = () => {
    const shared = new SharedArrayBuffer(STATES * Int32Array.BYTES_PER_ELEMENT);
    states = new Int32Array(shared);
    for (let index = 0; index < workers; index++) {
      const setup: WorkerSetup = {
        states: shared,
        index,
        ...(match ? { match } : {}),
        maxFileSize,
      };
      pool.push(startWorker(workerScript, setup));
      sentTo.push(0);
    }
    if (awaitReady) Atomics.wait(states, READY, 0, silenceMs);
  };

  try {
    discover(options, (item) => {
      if (item.kind === 'skip') {
        result.skipped.push(item.skip);
        return;
      }
      if (!pool.length) {
        scanFile(item.path, item.file, maxFileSize, result);
        // The tree is large: the workers load while this thread goes on.
        if (workers && ++filesSeen >= startAfter) startWorkers();
        return;
      }
      // A batch begun is filled first; else the queues decide who reads the file.
      const q = batch.length ? null : queues();
      if (!q || (q.leastWaiting < queuedPerWorker && q.waiting < MAX_QUEUED)) {
        batch.push({ path: item.path, file: item.file });
        if (batch.length === BATCH_FILES) {
          post(batch);
          batch = [];
        }
      } else if (q.waiting < MAX_QUEUED && q.leastWaiting < HANDED_PER_WORKER) {
        scanFile(item.path, item.file, maxFileSize, result, () => handOver(item.path, item.file));
      } else {
        scanFile(item.path, item.file, maxFileSize, result);
      }
    });
    markStage('walked');
    if (toExtract.length) post(toExtract);
    if (batch.length) {
      if (leaveToWorkers) post(batch);
      else settleFiles(batch, maxFileSize, result);
    }
    // Newest first: the workers take the oldest first.
    for (let i = posted.length - 1; i >= 0; i--) takeBack(posted[i]!, true);
  } catch (error) {
    stopped = error;
    // The scan fails: a batch no worker has claimed is left unsettled; a claimed one is
    // awaited, since a failed worker's own error comes in its answer.
    for (const batch of posted) takeBack(batch, false);
  }
  // A scan that stopped does not wait for the workers; unless a worker failed, which rejects all
  // it was sent with its own error as soon as its thread has ended.
  if (stopped !== undefined && !(stopped instanceof WorkerFailed)) {
    for (const worker of pool) void worker.stop();
  }
  // Every answer is in, or its worker has failed (which rejects all it was sent), before any
  // error is thrown: the worker's own error says more than this thread's. A worker that stops
  // answering, with no file settled for silenceMs, is stopped.
  let settled = await answersOrSilence(answers, progress, silenceMs);
  if (!settled) {
    for (const worker of pool) void worker.stop();
    settled = await Promise.allSettled(answers);
    stopped ??= new Error(`a scan worker did not answer for ${silenceMs / 1000} s`);
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
  extract(batch: ExtractBatch): Promise<ExtractAnswer>;
  stop(): Promise<unknown>;
}

/** A worker answers batches in the order it got them: a queue pairs answers with requests. */
function startWorker(script: string, setup: WorkerSetup): ExtractWorker {
  const worker = new Worker(script, {
    workerData: setup,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
  const waiting: { resolve: (answer: ExtractAnswer) => void; reject: (error: Error) => void }[] =
    [];
  worker.on('message', (answer: ExtractAnswer) => waiting.shift()?.resolve(answer));
  const failAll = (error: Error) => {
    for (const w of waiting.splice(0)) w.reject(error);
  };
  worker.on('error', failAll);
  let stopping = false;
  worker.on('exit', (code) => {
    failAll(stopping ? new WorkerStopped() : new Error(`scan worker exited with code ${code}`));
  });
  return {
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

/** What the walk stops with once a worker has raised FAILED: the worker's own error follows. */
class WorkerFailed extends Error {
  constructor() {
    super('a scan worker failed');
  }
}

/** What a batch's answer fails with when this thread stopped its worker: not the cause. */
class WorkerStopped extends Error {
  constructor() {
    super('scan worker stopped');
  }
}
