/**
 * What crosses to an extraction worker, and the worker's side: it settles each file of each
 * batch (binary check, prefilter, decoding, extraction) and answers with what they hold.
 * Bundled on its own as dist/scan-worker.js (src/scan-worker.ts), so that a worker loads only
 * this code: loading the whole CLI bundle took 180 ms of processor time per worker.
 */
import { emptyScanResult, scanBytes, type ScanResult } from './scan.js';

/**
 * Files travel to the workers through one shared ring of SLOTS slots of SLOT_BYTES each: this
 * thread reads files straight into a free slot and posts the slot's file list; the worker frees
 * the slot when done. Memory reused this way costs no page faults here and no unmapping there:
 * fresh 1 MiB buffers per batch, transferred and freed by the worker, made this thread's reads
 * about 100 ms slower on the benchmark tree.
 */
export const SLOT_BYTES = 1024 * 1024;
export const SLOTS = 16;
/** The index after the slots' states: 1 once a worker has failed, so that no one waits on it. */
export const FAILED = SLOTS;
/** The next: how many workers have loaded and wait for batches. */
export const READY = SLOTS + 1;
export const STATES = SLOTS + 2;
/**
 * Files for a worker: their names and where each one's bytes end, in a slot of the shared ring
 * (which the worker frees when done) or, for a file larger than a slot's room, in its own buffer.
 */
export type ExtractBatch =
  | { files: { file: string; end: number }[]; slot: number }
  | { files: { file: string; end: number }[]; bytes: ArrayBuffer };

/** What a worker gets at its start: the ring, the slots' states (1: in use), FAILED and READY. */
export interface WorkerSetup {
  ring: SharedArrayBuffer;
  states: SharedArrayBuffer;
}

/** The worker side: settle each file of each batch (binary, prefilter, extract) and answer. */
export function serveScanTasks(
  port: {
    on(event: 'message', listener: (batch: ExtractBatch) => void): void;
    postMessage(value: ScanResult): void;
  },
  setup: WorkerSetup,
): void {
  const ring = Buffer.from(setup.ring);
  const states = new Int32Array(setup.states);
  // Until a worker says it is ready, the reading thread extracts files itself.
  Atomics.add(states, READY, 1);
  Atomics.notify(states, READY);
  port.on('message', (batch) => {
    const part = emptyScanResult();
    const bytes =
      'slot' in batch ? ring.subarray(batch.slot * SLOT_BYTES) : Buffer.from(batch.bytes);
    try {
      let start = 0;
      for (const { file, end } of batch.files) {
        scanBytes(file, bytes.subarray(start, end), part);
        start = end;
      }
    } catch (error) {
      Atomics.store(states, FAILED, 1);
      throw error;
    } finally {
      // The slot is free again, even after a failure: the reading thread may be waiting for it.
      if ('slot' in batch) {
        Atomics.store(states, batch.slot, 0);
        Atomics.notify(states, batch.slot);
      }
    }
    port.postMessage(part);
  });
}
