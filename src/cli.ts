#!/usr/bin/env node
import { main } from './cli/main.js';
import { guardStdout, regularFile } from './cli/stdout.js';
import { entryPaths, tuneForShortRun } from './entry.js';

tuneForShortRun();

// A failed write of the report (`> /dev/full`, a closed pipe) is exit 2 with one line, not a crash.
const stdout = guardStdout(
  process.stdout,
  process.stderr,
  (code) => process.exit(code),
  regularFile(1),
);
process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  ...entryPaths(import.meta.url),
  stdout: (text) => stdout.write(text),
  stdoutBytes: (bytes) => stdout.writeBytes(bytes),
  stderr: (text) => process.stderr.write(text),
});
