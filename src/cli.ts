#!/usr/bin/env node
import { main } from './cli/main.js';
import { entryPaths, tuneForShortRun } from './entry.js';

tuneForShortRun();

// A reader that stops early (`| head`) closes the pipe; that ends the output, not in a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  ...entryPaths(import.meta.url),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
