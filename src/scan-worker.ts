/** The entry of an extraction worker thread (see src/scan/parallel.ts); nothing else runs it. */
import { parentPort, workerData } from 'node:worker_threads';
import { serveScanTasks, type WorkerSetup } from './scan/extract-worker.js';

if (!parentPort) {
  process.stderr.write('scan-worker.cjs is started by kube-pin-audit as a worker thread\n');
  process.exitCode = 2;
} else {
  serveScanTasks(parentPort, workerData as WorkerSetup);
}
