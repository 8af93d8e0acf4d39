/**
 * Reads one file, once, and decides cheaply whether it can hold a pin: size and binary checks,
 * then a byte-level prefilter, so that most files are never decoded or parsed.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { SkipReason } from '../discover/skips.js';
import { PREFILTER_WASM } from './prefilter-wasm.js';

/** A file's bytes (see readFileBytes for how long they stay valid), or why it was not read. */
export type ReadResult =
  Buffer | { kind: 'skip'; reason: SkipReason; detail?: string } | { kind: 'large' };

/** git's own test: a NUL byte among the first 8,000 bytes makes a file binary. */
const BINARY_PROBE_BYTES = 8000;

/**
 * Byte strings at least one of which every pin's file holds: the distribution suffixes, the
 * word containerd in any case, and the markers of an encoded cloud-init payload. Each is one
 * pass over the bytes, so the list is kept short: `rfor` is confirmed by the byte before it.
 * A search skips ahead to its needle's first byte, so a rare first byte makes a fast pass:
 * `ke2r` rather than `rke2r` halved that pass on the benchmark tree.
 */
// `ainerd` (containerd, Containerd) rather than `ontainerd`: the search of a word made of common
// letters is the slowest pass, and the shorter needle made it a quarter faster on the benchmark.
const NEEDLES = ['ke2r', 'k3s', 'ainerd', 'AINERD'].map((s) => Buffer.from(s, 'latin1'));
const RFOR = Buffer.from('rfor', 'latin1');
const ENCODED_PAYLOAD_NEEDLES = [
  Buffer.from('b64'),
  Buffer.from('base64'),
  Buffer.from('!!binary'),
];
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

/** Whether the bytes can hold a pin: one SIMD pass where WebAssembly allows, else `indexOf`s. */
export function mayHoldPin(bytes: Buffer): boolean {
  const found = bytes.length <= WASM_MAX_BYTES ? wasmSearch(bytes) : undefined;
  if (found === undefined) return mayHoldPinByIndexOf(bytes);
  return found === 'pin' || (found === 'cloud-config' && hasEncodedPayloadNeedle(bytes));
}

/** The same answer with one `Buffer.indexOf` pass per needle (five, and one more for payloads). */
export function mayHoldPinByIndexOf(bytes: Buffer): boolean {
  for (const needle of NEEDLES) if (bytes.includes(needle)) return true;
  if (hasRfoSuffix(bytes)) return true;
  return bytes.includes(CLOUD_CONFIG) && hasEncodedPayloadNeedle(bytes);
}

const hasEncodedPayloadNeedle = (bytes: Buffer) =>
  ENCODED_PAYLOAD_NEEDLES.some((needle) => bytes.includes(needle));

/**
 * The search of src/scan/prefilter.wat: all needles in one pass, about three times as fast as
 * the `indexOf` passes on the byte-heavy benchmark tree (135 MB: 51 against 157 ms, the copy into
 * the module's memory included). Each thread makes its instance on first use. A file larger than
 * WASM_MAX_BYTES is searched with `indexOf`: the module's memory never shrinks once grown.
 */
const WASM_MAX_BYTES = 16 * 1024 * 1024;

interface PrefilterExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  /** 1: a needle; 2: `#cloud-config` and no needle; 0: neither. */
  scan(start: number, length: number): number;
}

/** The module's exports, and views of its memory (made again when the memory grows). */
interface PrefilterInstance {
  exports: PrefilterExports;
  view: Uint8Array;
  /** readRoom()'s buffer, at the start of the memory, once asked for. */
  room?: Buffer;
}

/** Grows the module's memory to hold `length` bytes: every view of it is made anew. */
function grow(instance: PrefilterInstance, length: number): void {
  instance.exports.memory.grow(Math.ceil((length - instance.view.length) / 65536));
  instance.view = new Uint8Array(instance.exports.memory.buffer);
  instance.room = undefined;
}

let ownRoom: Buffer | undefined;

/**
 * A room of `length` bytes that starts with the first `kept` bytes of readRoom(): the
 * prefilter's memory, grown (which keeps its bytes), for a file it searches; else a buffer of
 * the file's own.
 */
function largerRoom(length: number, kept: number): Buffer {
  const instance = loadedPrefilter();
  if (instance !== null && length <= WASM_MAX_BYTES) {
    if (length > instance.view.length) grow(instance, length);
    return Buffer.from(instance.exports.memory.buffer, 0, length);
  }
  const whole = Buffer.allocUnsafeSlow(length);
  readRoom().copy(whole, 0, 0, kept);
  return whole;
}

/**
 * Where this thread reads a file for `readFileBytes`: READ_ROOM_BYTES at the start of the
 * prefilter's memory, so that the search needs no copy of a small file's bytes (that copy was
 * 90 ms of processor time on the byte-heavy benchmark tree), else a buffer of its own. Valid
 * until the next call: a larger file's search may grow the memory, which makes a new room.
 */
export function readRoom(): Buffer {
  const instance = loadedPrefilter();
  if (instance === null) return (ownRoom ??= Buffer.allocUnsafeSlow(READ_ROOM_BYTES));
  if (!instance.room) {
    if (instance.view.length < READ_ROOM_BYTES) grow(instance, READ_ROOM_BYTES);
    instance.room = Buffer.from(instance.exports.memory.buffer, 0, READ_ROOM_BYTES);
  }
  return instance.room;
}

let prefilter: PrefilterInstance | null | undefined;

/** This thread's instance, made on first use; null where WebAssembly (with SIMD) is not at hand. */
function loadedPrefilter(): PrefilterInstance | null {
  if (prefilter === undefined) prefilter = instantiatePrefilter();
  return prefilter;
}

/** `pin`, `cloud-config` or `none`; undefined where WebAssembly (with SIMD) is not at hand. */
function wasmSearch(bytes: Buffer): 'pin' | 'cloud-config' | 'none' | undefined {
  const instance = loadedPrefilter();
  if (instance === null) return undefined;
  // Bytes read into readRoom() are in place already.
  if (bytes.buffer !== instance.view.buffer || bytes.byteOffset !== 0) {
    if (bytes.length > instance.view.length) grow(instance, bytes.length);
    instance.view.set(bytes, 0);
  }
  const found = instance.exports.scan(0, bytes.length);
  return found === 1 ? 'pin' : found === 2 ? 'cloud-config' : 'none';
}

/** Which search `mayHoldPin` runs on this runtime (the tests make sure it is the fast one). */
export function prefilterSearch(): 'webassembly' | 'indexOf' {
  return loadedPrefilter() ? 'webassembly' : 'indexOf';
}

/** What this file uses of the WebAssembly API (Node's type definitions do not declare it). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}

function instantiatePrefilter(): PrefilterInstance | null {
  try {
    const wasm = (globalThis as { WebAssembly?: WebAssemblyApi }).WebAssembly;
    if (!wasm) return null;
    const module = new wasm.Module(Buffer.from(PREFILTER_WASM, 'base64'));
    const exports = new wasm.Instance(module).exports as PrefilterExports;
    return { exports, view: new Uint8Array(exports.memory.buffer) };
  } catch {
    // A runtime without WebAssembly SIMD: the indexOf passes give the same answers.
    return null;
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

export function decodeText(bytes: Uint8Array): { text: string; invalidUtf8: boolean } {
  // Node's own checks (simdutf) and decoders are several times faster than TextDecoder here, and
  // give the same text: ASCII decodes alike in every encoding, and valid UTF-8 that does not open
  // with a byte order mark (which TextDecoder drops) decodes alike in both decoders.
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isAscii(view)) return { text: view.toString('latin1'), invalidUtf8: false };
  if (isUtf8(view) && !(view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf)) {
    return { text: view.toString('utf8'), invalidUtf8: false };
  }
  try {
    return { text: strictUtf8.decode(bytes), invalidUtf8: false };
  } catch {
    // Latin-1 or broken bytes: the ASCII a pin is made of still decodes.
    return { text: lenientUtf8.decode(bytes), invalidUtf8: true };
  }
}

/** Most configuration files fit: they are read into the room without asking their size. */
const SMALL_FILE_BYTES = 64 * 1024;
/** The room readRoom() gives: one byte more than a small file tells it is larger. */
export const READ_ROOM_BYTES = SMALL_FILE_BYTES + 1;

/** Reads from `position` until `into` is full or the file ends; returns the bytes read. */
function readInto(fd: number, into: Buffer, position: number): number {
  let filled = 0;
  while (filled < into.length) {
    const n = readSync(fd, into, filled, into.length - filled, position + filled);
    if (n === 0) break;
    filled += n;
  }
  return filled;
}

function tooLarge(size: number, maxFileSize: number): ReadResult {
  return { kind: 'skip', reason: 'too-large', detail: `${size} bytes > ${maxFileSize}` };
}

/**
 * Reads a whole file, once, into this thread's room (readRoom()): the bytes are valid until the
 * next read. A small file takes a single read: a local regular file reads short only at its
 * end, so no second read is needed to see the end (that saves 50,000 system calls on the
 * benchmark tree). A larger file is read on into a larger room, of its size; or, with
 * `leaveLarge`, left there (`large`) for a worker to read.
 */
export function readFileBytes(path: string, maxFileSize: number, leaveLarge = false): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return { kind: 'skip', reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code };
  }
  try {
    const room = readRoom();
    let first = readSync(fd, room, 0, READ_ROOM_BYTES, 0);
    // A network file system may hand a file over a page at a time: a read that stopped on a page
    // boundary reads on to the end (a file of an exact number of pages pays one read more).
    if (first > 0 && first < READ_ROOM_BYTES && first % 4096 === 0) {
      first += readInto(fd, room.subarray(first, READ_ROOM_BYTES), first);
    }
    if (first <= SMALL_FILE_BYTES) {
      return first > maxFileSize ? tooLarge(first, maxFileSize) : room.subarray(0, first);
    }
    if (leaveLarge) return { kind: 'large' };
    const size = fstatSync(fd).size;
    if (size > maxFileSize) return tooLarge(size, maxFileSize);
    const whole = largerRoom(Math.max(size, first), first);
    return whole.subarray(0, first + readInto(fd, whole.subarray(first), first));
  } catch (error) {
    return { kind: 'skip', reason: 'unreadable', detail: (error as NodeJS.ErrnoException).code };
  } finally {
    closeSync(fd);
  }
}

/** git's test: a NUL byte among the first 8,000 bytes. */
export function isBinary(bytes: Buffer): boolean {
  // A search of a small file costs less than making a view of its first 8,000 bytes; a larger
  // one is not searched whole (on the byte-heavy benchmark tree that was 100 ms of the worker's).
  const nul =
    bytes.length <= BINARY_VIEW_BYTES
      ? bytes.indexOf(0)
      : bytes.subarray(0, BINARY_PROBE_BYTES).indexOf(0);
  return nul !== -1 && nul < BINARY_PROBE_BYTES;
}

/** From this size on, a view of the probe's bytes costs less than a search of the file. */
const BINARY_VIEW_BYTES = 16 * 1024;
