/**
 * The same scan with reading and extraction spread over worker threads while this thread walks
 * the tree: measured on the 50,000-file benchmark tree, reading and extracting cost about as
 * much as walking, so the two overlap. Small trees never start a worker.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { discover } from '../discover/walk.js';
import {
  emptyScanResult,
  inFileOrder,
  mergeScanResults,
  scanFile,
  type ScanOptions,
  type ScanResult,
} from './scan.js';

/** Files sent to a worker per message: large enough that messaging costs little. */
const BATCH = 256;
/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 2000;
const MAX_WORKERS = 4;

/** KUBE_PIN_AUDIT_WORKERS=N overrides the count; 0 scans on the main thread alone. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.KUBE_PIN_AUDIT_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), 16);
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
}

export const SCAN_WORKER_FLAG = 'kubePinAuditScanWorker';

export interface WorkerBatch {
  files: [path: string, file: string][];
  maxFileSize: number;
}

/**
 * `workerScript` is the running bundle's own file: it acts as a scan worker when started with
 * SCAN_WORKER_FLAG in its workerData (see the entry points).
 */
export async function scanFilesInWorkers(
  options: ScanOptions,
  workerScript: string,
): Promise<ScanResult> {
  const result = emptyScanResult();
  const pending: [string, string][] = [];
  const workers: ScanWorker[] = [];
  const answers: Promise<ScanResult>[] = [];
  let next = 0;
  const count = workerCount();

  const send = (files: [string, string][]) => {
    if (!workers.length) {
      for (let i = 0; i < count; i++) workers.push(startWorker(workerScript));
    }
    const worker = workers[next++ % workers.length]!;
    answers.push(worker.scan({ files, maxFileSize: options.maxFileSize }));
  };

  let discovered = 0;
  for (const item of discover(options)) {
    if (item.kind === 'skip') {
      result.skipped.push(item.skip);
      continue;
    }
    pending.push([item.path, item.file]);
    discovered++;
    if (count && discovered >= WORKER_THRESHOLD && pending.length >= BATCH) send(pending.splice(0));
  }
  if (!workers.length) {
    for (const [path, file] of pending) scanFile(path, file, options.maxFileSize, result);
    return inFileOrder(result);
  }
  if (pending.length) send(pending.splice(0));
  try {
    for (const part of await Promise.all(answers)) mergeScanResults(result, part);
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
  return inFileOrder(result);
}

interface ScanWorker {
  scan(batch: WorkerBatch): Promise<ScanResult>;
  stop(): Promise<unknown>;
}

/** A worker answers its batches in the order it got them: a queue pairs answers with requests. */
function startWorker(script: string): ScanWorker {
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
    scan(batch) {
      return new Promise<ScanResult>((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(batch);
      });
    },
    stop: () => worker.terminate(),
  };
}

/** The worker side: scan each batch it is sent and answer with what it found. */
export function serveScanBatches(port: {
  on(event: 'message', listener: (batch: WorkerBatch) => void): void;
  postMessage(value: ScanResult): void;
}): void {
  port.on('message', (batch) => {
    const part = emptyScanResult();
    for (const [path, file] of batch.files) scanFile(path, file, batch.maxFileSize, part);
    port.postMessage(part);
  });
}
