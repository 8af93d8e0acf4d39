/**
 * Reads one file, once, and decides cheaply whether it can hold a pin: size and binary checks
 * first, then a byte-level prefilter, so that most files are never decoded or parsed.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { SkipReason } from '../discover/skips.js';

export type ReadResult =
  /** `bytes` may be a view of a reused buffer: valid until the next read. */
  | { kind: 'candidate'; bytes: Buffer }
  | { kind: 'no-candidate' }
  | { kind: 'skip'; reason: SkipReason; detail?: string };

/** git's own test: a NUL byte among the first 8,000 bytes makes a file binary. */
const BINARY_PROBE_BYTES = 8000;

/**
 * Byte strings at least one of which every pin's file holds: the distribution suffixes, the
 * word containerd in any case, and the markers of an encoded cloud-init payload. Each is one
 * pass over the bytes, so the list is kept short: `rfor` is confirmed by the byte before it.
 */
const NEEDLES = ['rke2r', 'k3s', 'ontainerd', 'ONTAINERD'].map((s) => Buffer.from(s, 'latin1'));
const RFOR = Buffer.from('rfor', 'latin1');
const ENCODED_PAYLOAD_NEEDLES = [Buffer.from('b64'), Buffer.from('base64')];
const CLOUD_CONFIG = Buffer.from('#cloud-config');
const PLUS = 0x2b;
const MINUS = 0x2d;

/** `+rfor`, `-rfor` or `%2Brfor` (URL-encoded plus), not `performance`. */
function hasRfoSuffix(bytes: Buffer): boolean {
  for (let i = bytes.indexOf(RFOR); i !== -1; i = bytes.indexOf(RFOR, i + 1)) {
    const before = bytes[i - 1];
    if (
      before === PLUS ||
      before === MINUS ||
      ((before === 0x42 || before === 0x62) && bytes[i - 2] === 0x32)
    ) {
      return true;
    }
  }
  return false;
}

export function mayHoldPin(bytes: Buffer): boolean {
  for (const needle of NEEDLES) if (bytes.includes(needle)) return true;
  if (hasRfoSuffix(bytes)) return true;
  return (
    bytes.includes(CLOUD_CONFIG) && ENCODED_PAYLOAD_NEEDLES.some((needle) => bytes.includes(needle))
  );
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

export function decodeText(bytes: Uint8Array): { text: string; invalidUtf8: boolean } {
  try {
    return { text: strictUtf8.decode(bytes), invalidUtf8: false };
  } catch {
    // Latin-1 or broken bytes: the ASCII a pin is made of still decodes.
    return { text: lenientUtf8.decode(bytes), invalidUtf8: true };
  }
}

/** Most configuration files fit: they are read into one reused buffer without asking their size. */
const SMALL_FILE_BYTES = 64 * 1024;
let scratch: Buffer | undefined;

/** Reads from `position` until `into` is full or the file ends; returns the bytes read. */
function readInto(fd: number, into: Buffer, offset: number, position: number): number {
  let filled = offset;
  while (filled < into.length) {
    const n = readSync(fd, into, filled, into.length - filled, position + filled - offset);
    if (n === 0) break;
    filled += n;
  }
  return filled - offset;
}

/**
 * One read from the file's start. A regular file reads short only at its end, so a small file
 * costs one read, not a second one that returns 0 (50,000 system calls on the benchmark tree).
 */
function readSmall(fd: number, into: Buffer): number {
  return readSync(fd, into, 0, into.length, 0);
}

function tooLarge(size: number, maxFileSize: number): ReadResult {
  return { kind: 'skip', reason: 'too-large', detail: `${size} bytes > ${maxFileSize}` };
}

export function readCandidate(path: string, maxFileSize: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { kind: 'skip', reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code };
  }
  try {
    // One byte more than a small file holds tells whether the file is small.
    scratch ??= Buffer.allocUnsafe(SMALL_FILE_BYTES + 1);
    const first = readSmall(fd, scratch);
    let content: Buffer;
    if (first <= SMALL_FILE_BYTES) {
      if (first > maxFileSize) return tooLarge(first, maxFileSize);
      content = scratch.subarray(0, first);
    } else {
      const size = fstatSync(fd).size;
      if (size > maxFileSize) return tooLarge(size, maxFileSize);
      const whole = Buffer.allocUnsafe(Math.max(size, first));
      scratch.copy(whole, 0, 0, first);
      content = whole.subarray(0, first + readInto(fd, whole.subarray(first), 0, first));
    }
    if (content.subarray(0, BINARY_PROBE_BYTES).includes(0))
      return { kind: 'skip', reason: 'binary' };
    return mayHoldPin(content) ? { kind: 'candidate', bytes: content } : { kind: 'no-candidate' };
  } catch (error) {
    return { kind: 'skip', reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code };
  } finally {
    closeSync(fd);
  }
}
