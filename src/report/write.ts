import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import type { Piece } from './json.js';

/**
 * Encodes rendered pieces into writes of about `size` bytes: few system calls, and no joined
 * string to flatten and encode again (the benchmark's 41 MB report: decoding its encoded pieces
 * to text for standard output cost 300 ms). `write` gets a view of a buffer that is used again
 * once it returns: it must write or copy the bytes at once.
 */
export function writePieces(
  pieces: Iterable<Piece>,
  write: (bytes: Uint8Array) => void,
  size = 1 << 16,
): void {
  const buffer = Buffer.allocUnsafe(size);
  let used = 0;
  for (const piece of pieces) {
    const text = typeof piece === 'string';
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    const most = text ? piece.length * 3 : piece.length;
    // Encoded bytes of half a buffer or more (the JSON report's 1 MiB chunks) are written as
    // they come, not copied first.
    const direct = most > buffer.length || (!text && most * 2 >= buffer.length);
    if (direct || used + most > buffer.length) {
      if (used) write(buffer.subarray(0, used));
      used = 0;
    }
    if (direct) write(text ? Buffer.from(piece) : piece);
    else if (text) used += buffer.write(piece, used);
    else {
      buffer.set(piece, used);
      used += piece.length;
    }
  }
  if (used) write(buffer.subarray(0, used));
}

/**
 * Writes a report file, making its folder first (as the action's report-file does). `fresh`: the
 * file is created anew, never written through a link or into a pipe or device that stands at its
 * path (a regular file there is replaced); the action writes so, in a checkout it does not trust.
 */
export function writeReportFile(
  path: string,
  pieces: Iterable<Piece>,
  { fresh = false }: { fresh?: boolean } = {},
): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = fresh ? createFresh(path) : openSync(path, 'w');
  try {
    writeBuffered(fd, pieces);
  } finally {
    closeSync(fd);
  }
}

function createFresh(path: string): number {
  let existing;
  try {
    existing = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (existing?.isSymbolicLink()) throw refusal('ELOOP', 'a symbolic link stands there');
  if (existing && !existing.isFile())
    throw refusal('EEXIST', 'something other than a file stands there');
  if (existing) unlinkSync(path);
  // O_EXCL: should anything have appeared at the path since, the open fails rather than follow it.
  const flags =
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  return openSync(path, flags, 0o644);
}

function refusal(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/** A 1 MiB buffer: the benchmark's 23 MB report took 90 ms with joined strings, 50 ms so. */
function writeBuffered(fd: number, pieces: Iterable<Piece>): void {
  writePieces(pieces, (bytes) => writeAll(fd, bytes), 1 << 20);
}

/** writeSync may write less than it is given; what is left is written again. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done);
}
