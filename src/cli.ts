#!/usr/bin/env node
import { main } from './cli/main.js';
import { guardStdout } from './cli/stdout.js';
import { entryPaths, tuneForShortRun } from './entry.js';

tuneForShortRun();

// A failed write of the report (`> /dev/full`, a closed pipe) is exit 2 with one line, not a crash.
const stdout = guardStdout(process.stdout, process.stderr, (code) => process.exit(code));
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  ...entryPaths(import.meta.url),
  stdout: (text) => stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
