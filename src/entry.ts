/**
 * What both bundles' entry points share: where the project's data is, and whether this thread
 * was started as a scan worker by src/scan/parallel.ts rather than as the program.
 */
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { SCAN_WORKER_FLAG, serveScanTasks } from './scan/parallel.js';

export interface EntryPaths {
  dataDir: string;
  /** Set when running from a bundle (dist/*.js) that a worker thread can load. */
  workerScript?: string;
}

/** `entryUrl` is the entry's import.meta.url: src/*.ts and dist/*.js sit one folder below data/. */
export function entryPaths(entryUrl: string): EntryPaths {
  const dataDir = fileURLToPath(new URL('../data', entryUrl));
  return entryUrl.endsWith('.js')
    ? { dataDir, workerScript: fileURLToPath(entryUrl) }
    : { dataDir };
}

/** True, having started to serve scan batches, when this thread is a scan worker. */
export function servedAsScanWorker(): boolean {
  if (
    isMainThread ||
    !parentPort ||
    !(workerData as Record<string, unknown> | null)?.[SCAN_WORKER_FLAG]
  ) {
    return false;
  }
  serveScanTasks(parentPort);
  return true;
}
