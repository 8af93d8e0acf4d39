import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Joins rendered pieces into writes of about 64 KiB: few system calls, no giant string. */
export function writePieces(pieces: Iterable<string>, write: (text: string) => void): void {
  let buffered = '';
  for (const piece of pieces) {
    buffered += piece;
    if (buffered.length >= 65536) {
      write(buffered);
      buffered = '';
    }
  }
  if (buffered) write(buffered);
}

/** Writes a report file, making its folder first (as the action's report-file does). */
export function writeReportFile(path: string, pieces: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    writePieces(pieces, (text) => writeSync(fd, text));
  } finally {
    closeSync(fd);
  }
}
