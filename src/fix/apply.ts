/**
 * `fix` on disk: reads each file holding a failing pin, plans its rewrite (plan.ts) and writes
 * it atomically (a new file beside it, renamed over it) with the file's mode. It never writes
 * through a symbolic link or outside the scan root.
 */
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { lastAtOrBefore, lineStarts } from '../extract/line-starts.js';
import type { Report } from '../report/model.js';
import { fixTargets, planFile, type FilePlan, type PinChange, type PinLeft } from './plan.js';

/** A line of a rewritten file that still names a release fix moved away from. */
export interface StillNamed {
  file: string;
  line: number;
  /** The old release, as the file writes it. */
  text: string;
}

export interface FixResult {
  changed: PinChange[];
  unchanged: PinLeft[];
  /**
   * Other places in the rewritten files that name an old release (a checksum's release, a
   * comment, a Renovate marker): fix rewrites pins only, and these may now disagree with them.
   */
  stillNamed: StillNamed[];
  /** Per file: the plan, and the file's text before (for a diff). */
  files: { plan: FilePlan; before: string }[];
}

/**
 * The scan paths (as the user gave them) that are, or lie under, a symbolic link: the scan
 * reads their targets, which fix must not write through. Returned as real paths.
 */
export function linkedScanPaths(cwd: string, given: string[]): string[] {
  const realCwd = realpathSync(cwd);
  const linked: string[] = [];
  for (const p of given.length ? given : ['.']) {
    const abs = resolve(cwd, p);
    try {
      const real = realpathSync(abs);
      if (real !== resolve(realCwd, relative(cwd, abs))) linked.push(real);
    } catch {
      // A path that does not exist was refused before the scan.
    }
  }
  return linked;
}

/**
 * Plans every file's rewrite; with `write`, writes the files that change. Files under
 * `linked` (real paths reached through a symbolic link) are never written.
 */
export function fixFiles(
  root: string,
  report: Report,
  write: boolean,
  linked: string[] = [],
): FixResult {
  const { byFile, left } = fixTargets(report);
  const result: FixResult = { changed: [], unchanged: [...left], stillNamed: [], files: [] };
  const realRoot = realpathSync(root);
  for (const [file, targets] of byFile) {
    const leaveAll = (reason: string) => {
      for (const t of targets) {
        result.unchanged.push({ file, line: t.line, column: t.column, version: t.version, reason });
      }
    };
    const path = insideRoot(realRoot, file);
    if (!path) {
      leaveAll('outside the scan root: not written');
      continue;
    }
    if (linked.some((l) => path === l || path.startsWith(l.endsWith(sep) ? l : l + sep))) {
      leaveAll('reached through a symbolic link: fix does not write through links');
      continue;
    }
    let bytes: Buffer;
    let mode: number;
    try {
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) {
        leaveAll('a symbolic link: fix does not write through links');
        continue;
      }
      if (!stat.isFile()) {
        leaveAll('not a regular file');
        continue;
      }
      mode = stat.mode & 0o7777;
      bytes = readFileSync(path);
    } catch (error) {
      leaveAll(`unreadable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      continue;
    }
    const plan = planFile(file, bytes, targets);
    result.unchanged.push(...plan.left);
    if (plan.after && write) {
      try {
        writeAtomically(path, plan.after, mode);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        for (const c of plan.changes) {
          result.unchanged.push({
            file,
            line: c.line,
            column: c.column,
            version: targets.find((t) => t.line === c.line && t.column === c.column)!.version,
            reason: `could not be written (${code})`,
          });
        }
        continue;
      }
    }
    result.changed.push(...plan.changes);
    if (plan.after) {
      result.files.push({ plan, before: bytes.toString('utf8') });
      result.stillNamed.push(...stillNamed(file, plan.after.toString('utf8'), plan));
    }
  }
  const order = (a: { file: string; line: number; column: number }, b: typeof a) =>
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
  result.changed.sort(order);
  result.unchanged.sort(order);
  return result;
}

/** The lines of the new text that still name a release the plan rewrote, but for pins left. */
function stillNamed(file: string, after: string, plan: FilePlan): StillNamed[] {
  const leftLines = new Set(plan.left.map((l) => l.line));
  const found = new Map<string, StillNamed>();
  let starts: Uint32Array | undefined;
  for (const text of new Set(plan.changes.map((c) => c.from))) {
    for (let at = after.indexOf(text); at !== -1; at = after.indexOf(text, at + text.length)) {
      // Not a longer version that begins with it (v1.26.0+rke2r10 for v1.26.0+rke2r1).
      if (/[0-9A-Za-z]/.test(after[at + text.length] ?? '')) continue;
      const line = lastAtOrBefore((starts ??= lineStarts(after)), at) + 1;
      if (!leftLines.has(line)) found.set(`${line}\u0000${text}`, { file, line, text });
    }
  }
  return [...found.values()];
}

/**
 * The file's absolute path when it and every folder above it up to the root are inside the
 * root after links are resolved; null otherwise.
 */
function insideRoot(realRoot: string, file: string): string | null {
  const path = resolve(realRoot, ...file.split('/'));
  let folder: string;
  try {
    folder = realpathSync(dirname(path));
  } catch {
    return null;
  }
  const rel = relative(realRoot, folder);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  return join(folder, basename(path));
}

/** A new file beside the old one, flushed, given the old mode, then renamed over it. */
function writeAtomically(path: string, bytes: Buffer, mode: number): void {
  const temp = join(
    dirname(path),
    `.${basename(path)}.kube-pin-audit-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  const fd = openSync(temp, 'wx', 0o600);
  try {
    try {
      writeSync(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    // The mode as it was, whatever the umask says.
    chmodSync(temp, mode);
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
}
