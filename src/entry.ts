/**
 * What both bundles' entry points share: where the project's data and the scan worker are, and
 * how the JavaScript engine is tuned for a run that lasts about a second.
 */
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

export interface EntryPaths {
  dataDir: string;
  /** Set when running from a bundle (dist/*.js): the extraction worker's entry beside it. */
  workerScript?: string;
}

/** `entryUrl` is the entry's import.meta.url: src/*.ts and dist/*.js sit one folder below data/. */
export function entryPaths(entryUrl: string): EntryPaths {
  const dataDir = fileURLToPath(new URL('../data', entryUrl));
  return entryUrl.endsWith('.js')
    ? { dataDir, workerScript: fileURLToPath(new URL('./scan-worker.cjs', entryUrl)) }
    : { dataDir };
}

/**
 * V8 optimizes a function once it has run a while (its "interrupt budget"). A scan lasts about
 * a second and optimizing is done on background threads, which on a 2-vCPU machine take the
 * processor from the scanning threads, and each worker thread optimizes its own copy of the
 * code again. With a budget of 1,000,000 (default 67,584), short-lived functions are left
 * unoptimized and hot loops are still optimized, a little later. Byte-heavy benchmark tree,
 * median of 5 interleaved runs: 1.64 s at the default, 1.57 s at 150,000, 1.52 s at 400,000,
 * 1.44 s at 1,000,000, 1.44 s at 4,000,000 (and 1.40 s against 1.40 s for 1 and 2 million in a
 * second series). The flag only sets when to optimize, and it exists in the V8 of every Node
 * release the project supports (20 to 24); an unknown flag would only print a line on standard
 * error, so other Node releases are left alone.
 */
export function tuneForShortRun(nodeVersion: string = process.versions.node): boolean {
  const major = Number(nodeVersion.split('.')[0]);
  if (!(major >= 20 && major <= 24)) return false;
  setFlagsFromString('--interrupt-budget=1000000');
  return true;
}
