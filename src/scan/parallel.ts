/**
 * The same scan spread over worker threads, for machines where that pays. This thread scans
 * the first files itself; once the tree proves large it hands every folder two levels below a
 * scan path to the workers, which walk, read and extract it, while this thread lists the top
 * two levels.
 *
 * Off unless KUBE_PIN_AUDIT_WORKERS=N asks for it: on the 2-core machine the benchmark runs on,
 * reading the 50,000-file tree took 264 ms on one thread and 251 ms on two (system calls do not
 * scale there), and the whole scan was slower with workers (2.3 s) than without (2.1 s).
 */
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

/** Below this many files, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 2000;
/** Folders at this depth below a scan path (and deeper) go to workers once the tree is large. */
const DELEGATE_DEPTH = 2;
/** Chunks a worker holds at once: one to walk, one waiting, so it never idles on a message. */
const IN_FLIGHT = 2;
const MAX_WORKERS = 16;

export const SCAN_WORKER_FLAG = 'kubePinAuditScanWorker';

/** KUBE_PIN_AUDIT_WORKERS=N starts N worker threads for a large tree; unset or 0, none. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.KUBE_PIN_AUDIT_WORKERS;
  return asked !== undefined && /^\d+$/.test(asked) ? Math.min(Number(asked), MAX_WORKERS) : 0;
}

/** Folders for a worker to scan as the main thread would. */
export interface FolderTask {
  options: ScanOptions;
  dirs: string[];
}

/** Chunks per worker: enough that one large folder does not leave the others idle at the end. */
const CHUNKS_PER_WORKER = 16;

/**
 * `workerScript` is the running bundle's own file: it acts as a scan worker when started with
 * SCAN_WORKER_FLAG in its workerData (see src/entry.ts).
 */
export async function scanFilesInWorkers(
  given: ScanOptions,
  workerScript: string,
): Promise<ScanResult> {
  // Only plain data crosses to a worker (the caller's object may carry more than the scan's).
  const { root, paths, include, exclude, maxFileSize, configFiles = [] } = given;
  const options: ScanOptions = { root, paths, include, exclude, maxFileSize, configFiles };
  const result = emptyScanResult();
  const count = workerCount();
  const folders: string[] = [];
  const workers: ScanWorker[] = [];
  let filesSeen = 0;
  let delegating = false;
  const delegate = (depth: number) => delegating && depth >= DELEGATE_DEPTH;

  for (const item of discover({ ...options, delegate })) {
    if (item.kind === 'skip') {
      result.skipped.push(item.skip);
    } else if (item.kind === 'dir') {
      folders.push(item.path);
    } else {
      scanFile(item.path, item.file, options.maxFileSize, result);
      if (count && !delegating && ++filesSeen >= WORKER_THRESHOLD) {
        delegating = true;
        // Started now, they load while this thread finishes listing the top of the tree.
        for (let i = 0; i < count; i++) workers.push(startWorker(workerScript));
      }
    }
  }
  if (!workers.length) return inFileOrder(result);
  const size = Math.max(1, Math.ceil(folders.length / (workers.length * CHUNKS_PER_WORKER)));
  const chunks: string[][] = [];
  for (let i = 0; i < folders.length; i += size) chunks.push(folders.slice(i, i + size));
  try {
    // Each worker keeps IN_FLIGHT folders and takes the next as soon as one is done, so one
    // large folder does not hold up the rest.
    await Promise.all(
      workers.map(async (worker) => {
        const running = new Set<Promise<void>>();
        while (chunks.length || running.size) {
          while (chunks.length && running.size < IN_FLIGHT) {
            const task = worker.scan({ options, dirs: chunks.shift()! }).then((part) => {
              mergeScanResults(result, part);
              running.delete(task);
            });
            running.add(task);
          }
          await Promise.race(running);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
  return inFileOrder(result);
}

interface ScanWorker {
  scan(task: FolderTask): Promise<ScanResult>;
  stop(): Promise<unknown>;
}

/** A worker answers its tasks in the order it got them: a queue pairs answers with requests. */
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
    scan(task) {
      return new Promise<ScanResult>((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(task);
      });
    },
    stop: () => worker.terminate(),
  };
}

/** The worker side: walk, read and extract each folder it is sent, and answer with the result. */
export function serveScanTasks(port: {
  on(event: 'message', listener: (task: FolderTask) => void): void;
  postMessage(value: ScanResult): void;
}): void {
  port.on('message', ({ options, dirs }) => {
    const part = emptyScanResult();
    for (const item of discover({ ...options, paths: dirs })) {
      if (item.kind === 'skip') part.skipped.push(item.skip);
      else if (item.kind === 'file') scanFile(item.path, item.file, options.maxFileSize, part);
    }
    port.postMessage(part);
  });
}
