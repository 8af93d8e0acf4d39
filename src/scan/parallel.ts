/**
 * The scan with extraction on worker threads. This thread walks and reads; every candidate
 * file's bytes are copied into a batch, and each full batch is handed (transferred, not copied)
 * to a worker, which decodes and extracts it while the walk goes on.
 *
 * Why this split: on the 2-core benchmark machine the system calls of walking and reading do not
 * scale over threads (reading the 50,000-file tree took 344 ms on one thread and 290 ms on two),
 * but decoding and extraction are plain computation, and they took about a third of the scan.
 * Handing whole folders to workers, the design before this one, made the scan slower.
 *
 * KUBE_PIN_AUDIT_WORKERS=N sets the number of workers (0: none); by default one fewer than the
 * machine's processors, at most MAX_DEFAULT_WORKERS. Small trees never start one.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { discover } from '../discover/walk.js';
import { READ_ROOM_BYTES, readFileBytes } from './read.js';
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
 * Files this thread reads before starting workers: a worker costs about 60 ms of loading (on its
 * own thread), which a tree this small does not repay. Larger trees start them early, so that
 * they have loaded by the time the first batch is full.
 */
const WORKER_THRESHOLD = 300;
/** Bytes of files per batch: small enough to keep workers busy early, few messages. */
const BATCH_BYTES = 1024 * 1024;
const MAX_DEFAULT_WORKERS = 2;
const MAX_WORKERS = 16;

export const SCAN_WORKER_FLAG = 'kubePinAuditScanWorker';

/** KUBE_PIN_AUDIT_WORKERS=N, else one fewer than the processors (at most 2). */
export function workerCount(
  env: NodeJS.ProcessEnv = process.env,
  processors: number = availableParallelism(),
): number {
  const asked = env.KUBE_PIN_AUDIT_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), MAX_WORKERS);
  return Math.max(0, Math.min(processors - 1, MAX_DEFAULT_WORKERS));
}

/** Candidate files for a worker: their names and where each one's bytes sit in `bytes`. */
export interface ExtractBatch {
  files: { file: string; end: number }[];
  bytes: ArrayBuffer;
}

/**
 * `workerScript` is the running bundle's own file: it acts as a scan worker when started with
 * SCAN_WORKER_FLAG in its workerData (see src/entry.ts).
 */
export async function scanFilesInWorkers(
  options: ScanOptions,
  workerScript: string,
  workers: number = workerCount(),
): Promise<ScanResult> {
  const result = emptyScanResult();
  const pool: ExtractWorker[] = [];
  const answers: Promise<void>[] = [];
  let filesSeen = 0;
  const newBatch = (): Batch => {
    const memory = new ArrayBuffer(BATCH_BYTES);
    return { memory, buffer: Buffer.from(memory), used: 0, files: [] };
  };
  let batch = newBatch();

  const send = (parts: ExtractBatch) => {
    // The least busy worker takes it; the batch's memory moves to that thread.
    const worker = pool.reduce((a, b) => (b.pending < a.pending ? b : a));
    answers.push(worker.extract(parts).then((part) => mergeScanResults(result, part)));
  };
  const flush = () => {
    if (batch.files.length) send({ files: batch.files, bytes: batch.memory });
    batch = newBatch();
  };
  /** Reads a file straight into the batch; a large one travels alone, in its own buffer. */
  const readIntoBatch = (path: string, file: string) => {
    if (batch.buffer.length - batch.used < READ_ROOM_BYTES) flush();
    const read = readFileBytes(path, options.maxFileSize, batch.buffer.subarray(batch.used));
    if (read.kind === 'skip') {
      addSkip(result, file, read.reason, read.detail);
    } else if (read.bytes.buffer === batch.memory) {
      batch.used += read.bytes.length;
      batch.files.push({ file, end: batch.used });
    } else {
      // readFileBytes gave it a buffer of its own (an ArrayBuffer, never a shared one).
      const { byteOffset, length } = read.bytes;
      const buffer = read.bytes.buffer as ArrayBuffer;
      const whole = byteOffset === 0 && length === buffer.byteLength;
      send({ files: [{ file, end: length }], bytes: whole ? buffer : buffer.slice(0, length) });
    }
  };

  try {
    for (const item of discover(options)) {
      if (item.kind === 'skip') {
        result.skipped.push(item.skip);
      } else if (pool.length) {
        readIntoBatch(item.path, item.file);
      } else {
        scanFile(item.path, item.file, options.maxFileSize, result);
        if (workers && ++filesSeen >= WORKER_THRESHOLD) {
          // The tree is large: they load while this thread goes on reading.
          for (let i = 0; i < workers; i++) pool.push(startWorker(workerScript));
        }
      }
    }
    if (pool.length) flush();
    await Promise.all(answers);
  } finally {
    await Promise.all(pool.map((w) => w.stop()));
  }
  return inFileOrder(result);
}

interface Batch {
  /** Its own memory (never Buffer's shared pool), so that it can be transferred. */
  memory: ArrayBuffer;
  buffer: Buffer;
  used: number;
  files: { file: string; end: number }[];
}

interface ExtractWorker {
  /** Batches sent and not answered yet. */
  readonly pending: number;
  extract(batch: ExtractBatch): Promise<ScanResult>;
  stop(): Promise<unknown>;
}

/** A worker answers batches in the order it got them: a queue pairs answers with requests. */
function startWorker(script: string): ExtractWorker {
  const worker = new Worker(script, { workerData: { [SCAN_WORKER_FLAG]: true } });
  const waiting: { resolve: (part: ScanResult) => void; reject: (error: Error) => void }[] = [];
  worker.on('message', (part: ScanResult) => waiting.shift()?.resolve(part));
  const failAll = (error: Error) => {
    for (const w of waiting.splice(0)) w.reject(error);
  };
  worker.on('error', failAll);
  worker.on('exit', (code) => {
    if (waiting.length) failAll(new Error(`scan worker exited with code ${code}`));
  });
  return {
    get pending() {
      return waiting.length;
    },
    extract(batch) {
      return new Promise<ScanResult>((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(batch, [batch.bytes]);
      });
    },
    stop: () => worker.terminate(),
  };
}

/** The worker side: settle each file of each batch (binary, prefilter, extract) and answer. */
export function serveScanTasks(port: {
  on(event: 'message', listener: (batch: ExtractBatch) => void): void;
  postMessage(value: ScanResult): void;
}): void {
  port.on('message', ({ files, bytes }) => {
    const part = emptyScanResult();
    let start = 0;
    for (const { file, end } of files) {
      scanBytes(file, Buffer.from(bytes, start, end - start), part);
      start = end;
    }
    port.postMessage(part);
  });
}
