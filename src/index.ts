import { run } from './action/main.js';
import { entryPaths, servedAsScanWorker } from './entry.js';

if (!servedAsScanWorker()) await run(entryPaths(import.meta.url));
