/** What both bundles' entry points share: where the project's data and the scan worker are. */
import { fileURLToPath } from 'node:url';

export interface EntryPaths {
  dataDir: string;
  /** Set when running from a bundle (dist/*.js): the extraction worker's entry beside it. */
  workerScript?: string;
}

/** `entryUrl` is the entry's import.meta.url: src/*.ts and dist/*.js sit one folder below data/. */
export function entryPaths(entryUrl: string): EntryPaths {
  const dataDir = fileURLToPath(new URL('../data', entryUrl));
  return entryUrl.endsWith('.js')
    ? { dataDir, workerScript: fileURLToPath(new URL('./scan-worker.js', entryUrl)) }
    : { dataDir };
}
