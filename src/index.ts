import { fileURLToPath } from 'node:url';
import { run } from './action/main.js';

// dist/index.js sits one folder below the action's data/.
await run({ dataDir: fileURLToPath(new URL('../data', import.meta.url)) });
