#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  // Both src/cli.ts and the bundled dist/cli.js sit one folder below the project's data/.
  dataDir: fileURLToPath(new URL('../data', import.meta.url)),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
