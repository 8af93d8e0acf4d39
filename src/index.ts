import { run } from './action/main.js';
import { entryPaths, tuneForShortRun } from './entry.js';

tuneForShortRun();

await run(entryPaths(import.meta.url));
