import { run } from './action/main.js';
import { entryPaths } from './entry.js';

await run(entryPaths(import.meta.url));
