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
  /** Tracked paths from the checkout's top, `/`-separated, in git's byte order. */
  private constructor(private readonly paths: string[]) {}

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
      const paths = parseIndex(bytes, nameBytes);
      if (paths) return new TrackedPaths(paths.sort(compareBytes));
    }
    return null;
  }

  /** Whether git tracks the file at `path` (from the checkout's top). */
  has(path: string): boolean {
    const at = this.firstAtOrAfter(path);
    return this.paths[at] === path;
  }

  /** The tracked files under the folder `dir` (from the checkout's top, no trailing `/`). */
  under(dir: string): string[] {
    const prefix = `${dir}/`;
    const found: string[] = [];
    for (let i = this.firstAtOrAfter(prefix); i < this.paths.length; i++) {
      const path = this.paths[i]!;
      if (!path.startsWith(prefix)) break;
      found.push(path);
    }
    return found;
  }

  private firstAtOrAfter(path: string): number {
    let lo = 0;
    let hi = this.paths.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareBytes(this.paths[mid]!, path) < 0) lo = mid + 1;
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

/** The entries' paths, or null when the bytes are not an index with names of this length. */
function parseIndex(bytes: Buffer, nameBytes: number): string[] | null {
  if (bytes.length < 12 || bytes.toString('latin1', 0, 4) !== 'DIRC') return null;
  const version = bytes.readUInt32BE(4);
  if (version < 2 || version > 4) return null;
  const count = bytes.readUInt32BE(8);
  const paths: string[] = [];
  let at = 12;
  let previous: Buffer = Buffer.alloc(0);
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
    let name: Buffer;
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
      name = Buffer.concat([
        previous.subarray(0, previous.length - strip),
        bytes.subarray(at, end),
      ]);
      at = end + 1;
    } else {
      const end = bytes.indexOf(0, at);
      if (end === -1) return null;
      // The flags hold the name's length (0xFFF: that long or longer).
      const length = flags & 0xfff;
      if (length < 0xfff ? end - at !== length : end - at < 0xfff) return null;
      name = bytes.subarray(at, end);
      // NULs pad the entry to a multiple of eight bytes, one at least.
      at = start + Math.ceil((end + 1 - start) / 8) * 8;
      if (at > bytes.length) return null;
    }
    previous = name;
    paths.push(name.toString('utf8'));
  }
  return paths;
}

/** The order the paths are kept and searched in (the same both ways; git's own is by bytes). */
function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
