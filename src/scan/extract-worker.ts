/**
 * What crosses to an extraction worker, and the worker's side: it settles each file of each
 * batch (binary check, prefilter, decoding, extraction) and answers with what they hold.
 * Bundled on its own as dist/scan-worker.js (src/scan-worker.ts), so that a worker loads only
 * this code: loading the whole CLI bundle took 180 ms of processor time per worker.
 */
import type { Advisory, Database } from '../advisories/types.js';
import type { Pin } from '../extract/types.js';
import { createMatcher } from '../match/matcher.js';
import { pinOs } from '../match/platform.js';
import {
  releaseFacts,
  releaseKey,
  type FactsOptions,
  type ReleaseFacts,
} from '../match/release-facts.js';
import { isFailingAdvisory } from '../policy/policy.js';
import { emptyScanResult, scanBytes, scanFile, type ScanResult } from './scan.js';

/**
 * Files travel to the workers through one shared ring of SLOTS slots of SLOT_BYTES each: the
 * reading thread reads files straight into a slot, marks it with the batch's ticket and posts
 * the file list; whoever takes the slot first settles it, a worker or, when the ring is full or
 * the walk is over, the reading thread itself (so small trees never wait for a worker to load,
 * and a lagging worker never stalls the reading). Memory reused this way costs no page faults
 * there and no unmapping here: fresh 1 MiB buffers per batch, transferred and freed here, made
 * the reading thread about 100 ms slower on the benchmark tree.
 */
export const SLOT_BYTES = 1024 * 1024;
export const SLOTS = 16;
/** A slot's state: free, a ticket (filled, not taken), or taken by a worker or the reader. */
export const FREE = 0;
export const TAKEN = -1;
export const STOLEN = -2;
/** The index after the slots' states: 1 once a worker has failed, so that no one waits on it. */
export const FAILED = SLOTS;
/** The next: how many workers have loaded and take batches. */
export const READY = SLOTS + 1;
/** The next: how many batches of paths the workers have settled. */
export const PATHS_DONE = SLOTS + 2;
/** The next: how many files the workers have settled, a sign of life while a batch is long. */
export const FILES_DONE = SLOTS + 3;
export const STATES = SLOTS + 4;

export interface BatchFile {
  file: string;
  /** Where the file's bytes end in the batch; each starts where the one before ended. */
  end: number;
}

/** A file the worker reads itself: `path` opens it, `file` is its report path. */
export interface PathFile {
  path: string;
  file: string;
}

/**
 * Files for a worker: in a slot of the shared ring (the ticket tells a stale message from a
 * live one), or by path when the worker has caught up with the reading thread and would
 * otherwise wait for it (a file larger than a read's room goes so too).
 */
export type ExtractBatch =
  { files: BatchFile[]; slot: number; ticket: number } | { paths: PathFile[] };

/** What a worker gets at its start: the ring, the slots' states, FAILED and READY. */
export interface WorkerSetup {
  ring: SharedArrayBuffer;
  states: SharedArrayBuffer;
  /** When given, the worker also works out the facts of each release it meets (see assess). */
  match?: { db: Database; options: FactsOptions };
  /** Files it reads itself larger than this are skipped, as the reading thread does. */
  maxFileSize: number;
}

/** A worker's answer to a batch: what its files hold, and the facts of releases new to it. */
export interface ExtractAnswer {
  part: ScanResult;
  facts: [key: string, facts: ReleaseFacts][];
}

/** The facts of each release not met before, for the pins of one batch. */
function releaseFactsOf(match: NonNullable<WorkerSetup['match']>) {
  const matcher = createMatcher(match.db, match.options);
  const policy = {
    failOnSeverity: match.options.failOnSeverity,
    failOnUnknownSeverity: match.options.failOnUnknownSeverity,
    warnOnly: false,
    scope: 'all',
  } as const;
  const isFailing = (a: Advisory) => isFailingAdvisory(a, policy);
  const met = new Set<string>();
  return (pins: Pin[]): ExtractAnswer['facts'] => {
    const found: ExtractAnswer['facts'] = [];
    for (const pin of pins) {
      const os = pinOs(pin);
      const key = releaseKey(pin.product, pin.version, os);
      if (met.has(key)) continue;
      met.add(key);
      found.push([key, releaseFacts(matcher, pin.product, pin.version, os, isFailing)]);
    }
    return found;
  };
}

/** Settles each file of a batch: binary check, prefilter, decoding, extraction. */
export function settleBatch(
  files: BatchFile[],
  bytes: Buffer,
  into: ScanResult,
  settled: () => void = () => {},
): void {
  let start = 0;
  for (const { file, end } of files) {
    scanBytes(file, bytes.subarray(start, end), into);
    settled();
    start = end;
  }
}

/** The worker side: take each batch unless the reading thread took it first, and answer. */
export function serveScanTasks(
  port: {
    on(event: 'message', listener: (batch: ExtractBatch) => void): void;
    postMessage(value: ExtractAnswer): void;
  },
  setup: WorkerSetup,
): void {
  const ring = Buffer.from(setup.ring);
  const states = new Int32Array(setup.states);
  const factsOf = setup.match ? releaseFactsOf(setup.match) : () => [];
  const settled = () => void Atomics.add(states, FILES_DONE, 1);
  Atomics.add(states, READY, 1);
  Atomics.notify(states, READY);
  port.on('message', (batch) => {
    const part = emptyScanResult();
    if ('paths' in batch) {
      settleOrFlag(states, () => {
        for (const { path, file } of batch.paths) {
          scanFile(path, file, setup.maxFileSize, part);
          settled();
        }
      });
      Atomics.add(states, PATHS_DONE, 1);
    } else if (Atomics.compareExchange(states, batch.slot, batch.ticket, TAKEN) === batch.ticket) {
      try {
        const bytes = ring.subarray(batch.slot * SLOT_BYTES);
        settleOrFlag(states, () => settleBatch(batch.files, bytes, part, settled));
      } finally {
        // Free again, even after a failure: the reading thread may be waiting for the slot.
        Atomics.store(states, batch.slot, FREE);
        Atomics.notify(states, batch.slot);
      }
    }
    // A batch the reading thread took first gets an empty answer: answers pair with messages.
    port.postMessage({ part, facts: factsOf(part.pins) });
  });
}

function settleOrFlag(states: Int32Array, settle: () => void): void {
  try {
    settle();
  } catch (error) {
    Atomics.store(states, FAILED, 1);
    throw error;
  }
}
