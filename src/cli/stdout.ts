/**
 * The report goes to standard output; when that write fails (a full disk, `> /dev/full`, a
 * reader that closed the pipe), the report is lost, so the run ends with exit code 2 and one
 * line on standard error: never a stack trace, and never 0 or 1, which are verdicts.
 */
import { fstatSync } from 'node:fs';
import { writeAll } from '../report/write.js';
import { TOOL_NAME } from '../tool.js';

export const OUTPUT_FAILURE_EXIT = 2;

const WHY: Record<string, string> = {
  EPIPE: 'the reader closed the pipe',
  ENOSPC: 'no space left on the device',
  EIO: 'input/output error',
  EAGAIN: 'the output would block',
};

export function stdoutFailureLine(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason = code ? `${code}${WHY[code] ? `: ${WHY[code]}` : ''}` : String(error);
  return `${TOOL_NAME}: cannot write the report to standard output (${reason})\n`;
}

export interface StdoutGuard {
  /** Writes to standard output; a failure ends the process as described above. */
  write(text: string): void;
  /** Writes bytes the caller will use again once this returns: written at once, or copied. */
  writeBytes(bytes: Uint8Array): void;
}

/**
 * Wires the stream's asynchronous `error` event and synchronous throws alike to `fail`, which
 * must not return (process.exit). Errors writing the message itself are ignored.
 */
export function guardStdout(
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
  exit: (code: number) => never,
  /** The descriptor of a regular file standard output is redirected to, written at once. */
  file?: number,
): StdoutGuard {
  const fail = (error: unknown): never => {
    try {
      stderr.write(stdoutFailureLine(error));
    } catch {
      // Standard error is gone too: the exit code still says what happened.
    }
    return exit(OUTPUT_FAILURE_EXIT);
  };
  stdout.on('error', fail);
  return {
    write(text) {
      try {
        stdout.write(text);
      } catch (error) {
        fail(error);
      }
    },
    writeBytes(bytes) {
      try {
        if (file === undefined) {
          // A pipe or terminal stream may queue what it is given: a copy.
          stdout.write(Buffer.from(bytes));
          return;
        }
        // What the stream does for a file, without the copy (100 ms on a 41 MB report).
        writeAll(file, bytes);
      } catch (error) {
        fail(error);
      }
    },
  };
}

/** `fd` when it is open on a regular file (`> report.json`), else undefined. */
export function regularFile(fd: number): number | undefined {
  try {
    return fstatSync(fd).isFile() ? fd : undefined;
  } catch {
    return undefined;
  }
}
