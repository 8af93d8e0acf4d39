#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { main } from './cli/main.js';

// A reader that stops early (`| head`) closes the pipe; that ends the output, not in a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  // Both src/cli.ts and the bundled dist/cli.js sit one folder below the project's data/.
  dataDir: fileURLToPath(new URL('../data', import.meta.url)),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
