/**
 * Reads one file, once, and decides cheaply whether it can hold a pin: size and binary checks
 * first, then a byte-level prefilter, so that most files are never decoded or parsed.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { SkipReason } from '../discover/skips.js';

export type ReadResult =
  | { kind: 'text'; text: string; invalidUtf8: boolean }
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

export function decodeText(bytes: Buffer): { text: string; invalidUtf8: boolean } {
  try {
    return { text: strictUtf8.decode(bytes), invalidUtf8: false };
  } catch {
    // Latin-1 or broken bytes: the ASCII a pin is made of still decodes.
    return { text: lenientUtf8.decode(bytes), invalidUtf8: true };
  }
}

export function readCandidate(path: string, maxFileSize: number): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { kind: 'skip', reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code };
  }
  try {
    const size = fstatSync(fd).size;
    if (size > maxFileSize) {
      return { kind: 'skip', reason: 'too-large', detail: `${size} bytes > ${maxFileSize}` };
    }
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const n = readSync(fd, bytes, filled, size - filled, null);
      if (n === 0) break;
      filled += n;
    }
    const content = filled === size ? bytes : bytes.subarray(0, filled);
    if (content.subarray(0, BINARY_PROBE_BYTES).includes(0))
      return { kind: 'skip', reason: 'binary' };
    if (!mayHoldPin(content)) return { kind: 'no-candidate' };
    return { kind: 'text', ...decodeText(content) };
  } catch (error) {
    return { kind: 'skip', reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code };
  } finally {
    closeSync(fd);
  }
}
