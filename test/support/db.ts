import { fileURLToPath } from 'node:url';
import { loadDatabase } from '../../src/advisories/load.js';
import type { Database } from '../../src/advisories/types.js';

export const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

let cached: Database | undefined;

/** The project's own advisory database, loaded once per test file. */
export function projectDb(): Database {
  cached ??= loadDatabase(DATA_DIR, [], process.cwd()).db;
  return cached;
}
