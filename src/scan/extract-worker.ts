/**
 * What crosses to an extraction worker, and the worker's side: it settles each file of each
 * batch (binary check, prefilter, decoding, extraction) and answers with what they hold.
 * Bundled on its own as dist/scan-worker.cjs (src/scan-worker.ts), so that a worker loads only
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
import { emptyScanResult, scanFile, type ScanResult } from './scan.js';

/**
 * Files go to the workers by path, in batches: a worker reads, decodes and extracts each file
 * itself, since reading scales over threads as well as extraction does (the byte-heavy
 * benchmark tree read in 410 ms on one thread, 230 ms on two). Each batch has a ticket and a
 * claim entry in shared memory; whoever swaps the entry from the ticket first settles the batch,
 * a worker or the walking thread. The walking thread never waits for a worker: while the
 * workers have enough queued it reads files itself (and hands them those that may hold a pin),
 * and once the walk is over it takes back every batch no worker has claimed yet, the newest
 * first (workers take the oldest first).
 */
/** Indexes of the shared states. FAILED: 1 once a worker has failed, so that no one waits on it. */
export const FAILED = 0;
/** How many workers have loaded and take batches. */
export const READY = 1;
/** How many files the workers have settled: a sign of life while a batch is long. */
export const FILES_DONE = 2;
/** Where the claim entries start, and how many there are: a batch's is its ticket's modulo. */
export const CLAIMS_AT = 3;
export const CLAIMS = 1024;
/** Each worker's count of the batches it has taken off its queue, claimed or not, by its index. */
export const SEEN_AT = CLAIMS_AT + CLAIMS;
export const MAX_WORKERS = 16;
export const STATES = SEEN_AT + MAX_WORKERS;
/** A claim entry: free, a ticket (posted, not claimed), or claimed by a worker or the walker. */
export const FREE = 0;
export const TAKEN = -1;
export const STOLEN = -2;

export const claimAt = (ticket: number): number => CLAIMS_AT + (ticket % CLAIMS);

/** A file to settle: `path` opens it, `file` is its report path. */
export interface PathFile {
  path: string;
  file: string;
}

/** Files for a worker, under the ticket whose claim entry decides who settles them. */
export interface ExtractBatch {
  ticket: number;
  files: PathFile[];
}

/** What a worker gets at its start: the shared states (see FAILED and on). */
export interface WorkerSetup {
  states: SharedArrayBuffer;
  /** This worker's index among the workers, for its SEEN_AT count. */
  index: number;
  /** When given, the worker also works out the facts of each release it meets (see assess). */
  match?: { db: Database; options: FactsOptions };
  /** Files larger than this are skipped, as the walking thread skips them. */
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

/** Reads and settles each file of a batch: binary check, prefilter, decoding, extraction. */
export function settleFiles(
  files: PathFile[],
  maxFileSize: number,
  into: ScanResult,
  settled: () => void = () => {},
): void {
  for (const { path, file } of files) {
    scanFile(path, file, maxFileSize, into);
    settled();
  }
}

/** The worker side: take each batch unless the walking thread took it first, and answer. */
export function serveScanTasks(
  port: {
    on(event: 'message', listener: (batch: ExtractBatch) => void): void;
    postMessage(value: ExtractAnswer): void;
  },
  setup: WorkerSetup,
): void {
  const states = new Int32Array(setup.states);
  const factsOf = setup.match ? releaseFactsOf(setup.match) : () => [];
  const settled = () => void Atomics.add(states, FILES_DONE, 1);
  Atomics.add(states, READY, 1);
  Atomics.notify(states, READY);
  port.on('message', (batch) => {
    const part = emptyScanResult();
    const at = claimAt(batch.ticket);
    const claimed = Atomics.compareExchange(states, at, batch.ticket, TAKEN) === batch.ticket;
    Atomics.add(states, SEEN_AT + setup.index, 1);
    if (claimed) {
      try {
        settleOrFlag(states, () => settleFiles(batch.files, setup.maxFileSize, part, settled));
      } finally {
        Atomics.store(states, at, FREE);
      }
    }
    // A batch the walking thread took first gets an empty answer: answers pair with messages.
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
