/**
 * The paths a checkout tracks, read from its index (`.git/index`). git never ignores a file it
 * tracks, whatever a .gitignore says: a pin committed under an ignored folder deploys like any
 * other, so the walk scans the tracked files among what it would skip as ignored.
 *
 * Read here rather than asked of `git ls-files`: no process to start (a runner's container may
 * lack git, or refuse a checkout owned by another user), and the format is small and stable:
 * versions 2 to 4 of https://git-scm.com/docs/index-format, SHA-1 or SHA-256 object names.
 * Anything unexpected makes the index unreadable, and the walk then skips ignored entries as
 * before.
 */
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** Fixed part of an entry: ten 32-bit stat fields before the object name. */
const STAT_BYTES = 40;
const OBJECT_NAME_BYTES = [20, 32];
/** An index this large is not read (a checkout of millions of files): skipped as before. */
const MAX_INDEX_BYTES = 256 * 1024 * 1024;

export class TrackedPaths {
  /**
   * Each path as bytes of `bytes`, from `starts[i]` to `ends[i]`, in git's order (by bytes):
   * searched as bytes, and decoded only when asked for (a checkout of 14,000 files took 30 ms
   * to decode whole, most of it for paths nobody asks about).
   */
  private constructor(
    private readonly bytes: Buffer,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
  ) {}

  /** The index of the checkout whose top is `top`; null when there is none or it is unreadable. */
  static read(top: string): TrackedPaths | null {
    const file = indexFile(top);
    if (!file) return null;
    let bytes: Buffer;
    try {
      if (statSync(file).size > MAX_INDEX_BYTES) return null;
      bytes = readFileSync(file);
    } catch {
      return null;
    }
    for (const nameBytes of OBJECT_NAME_BYTES) {
      const found = parseIndex(bytes, nameBytes);
      if (found) return new TrackedPaths(found.bytes, found.starts, found.ends);
    }
    return null;
  }

  /** Whether git tracks the file at `path` (from the checkout's top). */
  has(path: string): boolean {
    const wanted = Buffer.from(path);
    const at = this.firstAtOrAfter(wanted);
    return at < this.starts.length && this.compareAt(at, wanted, false) === 0;
  }

  /** The tracked files under the folder `dir` (from the checkout's top, no trailing `/`). */
  under(dir: string): string[] {
    const prefix = Buffer.from(`${dir}/`);
    const found: string[] = [];
    for (let i = this.firstAtOrAfter(prefix); i < this.starts.length; i++) {
      if (this.compareAt(i, prefix, true) !== 0) break;
      found.push(this.bytes.toString('utf8', this.starts[i], this.ends[i]));
    }
    return found;
  }

  /** Path `i` against `wanted` by bytes; `prefix`: only its first bytes, as many as wanted's. */
  private compareAt(i: number, wanted: Buffer, prefix: boolean): number {
    const start = this.starts[i]!;
    const end = prefix ? Math.min(this.ends[i]!, start + wanted.length) : this.ends[i]!;
    return this.bytes.compare(wanted, 0, wanted.length, start, end);
  }

  private firstAtOrAfter(wanted: Buffer): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compareAt(mid, wanted, false) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** `.git/index`, or the index of the git folder a `.git` file names (a worktree, a submodule). */
function indexFile(top: string): string | null {
  const dotGit = join(top, '.git');
  try {
    if (statSync(dotGit).isDirectory()) return join(dotGit, 'index');
    const line = /^gitdir: (.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'));
    if (!line) return null;
    const gitDir = isAbsolute(line[1]!) ? line[1]! : resolve(top, line[1]!);
    return join(gitDir, 'index');
  } catch {
    return null;
  }
}

/**
 * Where each entry's path lies, or null when the bytes are not an index with object names of
 * this length. A version 4 index writes each path as a cut of the one before plus a suffix: its
 * paths are rebuilt into bytes of their own.
 */
function parseIndex(
  bytes: Buffer,
  nameBytes: number,
): { bytes: Buffer; starts: Int32Array; ends: Int32Array } | null {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 4) !== 'DIRC') return null;
  const version = bytes.readUInt32BE(4);
  if (version < 2 || version > 4) return null;
  const count = bytes.readUInt32BE(8);
  // Each entry takes 62 bytes at least: a count past that is not an index's.
  if (count > bytes.length / 62) return null;
  const starts = new Int32Array(count);
  const ends = new Int32Array(count);
  const rebuilt: Buffer[] = [];
  let rebuiltLength = 0;
  let previous: Buffer = Buffer.alloc(0);
  let at = 12;
  for (let n = 0; n < count; n++) {
    const start = at;
    const flagsAt = start + STAT_BYTES + nameBytes;
    if (flagsAt + 2 > bytes.length) return null;
    const flags = bytes.readUInt16BE(flagsAt);
    at = flagsAt + 2;
    // Extended flags (version 3 on): two more bytes.
    if (flags & 0x4000) {
      if (version < 3) return null;
      at += 2;
    }
    if (version === 4) {
      // The path is the previous one less `strip` bytes from its end, then a suffix.
      let byte = bytes[at++];
      if (byte === undefined) return null;
      let strip = byte & 0x7f;
      while (byte & 0x80) {
        byte = bytes[at++];
        if (byte === undefined) return null;
        strip = ((strip + 1) << 7) | (byte & 0x7f);
      }
      if (strip > previous.length) return null;
      const end = bytes.indexOf(0, at);
      if (end === -1) return null;
      previous = Buffer.concat([
        previous.subarray(0, previous.length - strip),
        bytes.subarray(at, end),
      ]);
      rebuilt.push(previous);
      starts[n] = rebuiltLength;
      rebuiltLength += previous.length;
      ends[n] = rebuiltLength;
      at = end + 1;
    } else {
      const end = bytes.indexOf(0, at);
      if (end === -1) return null;
      // The flags hold the name's length (0xFFF: that long or longer).
      const length = flags & 0xfff;
      if (length < 0xfff ? end - at !== length : end - at < 0xfff) return null;
      starts[n] = at;
      ends[n] = end;
      // NULs pad the entry to a multiple of eight bytes, one at least.
      at = start + Math.ceil((end + 1 - start) / 8) * 8;
      if (at > bytes.length) return null;
    }
  }
  return { bytes: version === 4 ? Buffer.concat(rebuilt) : bytes, starts, ends };
}
