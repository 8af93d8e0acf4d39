import { closeSync, openSync, writeSync } from 'node:fs';

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

export function writeReportFile(path: string, pieces: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    writePieces(pieces, (text) => writeSync(fd, text));
  } finally {
    closeSync(fd);
  }
}
