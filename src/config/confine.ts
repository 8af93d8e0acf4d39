/**
 * Where a path from the repository may lead. On `pull_request_target` the settings file is the
 * pull request author's, and so is every link in the checkout: a path the settings file names
 * stays inside the workspace (or scan root) by construction — relative, no `..`, no symbolic
 * link on the way, nothing in `.git/` — and a path an action input names may go where the
 * workflow says, but never through a link in the repository and never into `.git/`.
 */
import { lstatSync, realpathSync, type Stats } from 'node:fs';
import { join, posix, relative, resolve, sep, win32 } from 'node:path';

export type PathUse = 'read' | 'write';

/** A path that may not be used, and why: the caller adds the file, line and key or input. */
export class PathRefused extends Error {
  override name = 'PathRefused';

  constructor(
    message: string,
    /** The path (or a folder on it) does not exist: nothing was refused, nothing is there. */
    readonly missing = false,
  ) {
    super(message);
  }
}

/** Every separator any runner's file system takes: a settings file is read on all of them. */
const SEPARATORS = /[\\/]/;

/**
 * `.git` as any file system may spell it: any case (macOS, Windows), trailing dots or spaces
 * and an NTFS stream suffix (Windows drops them), or its 8.3 short name.
 */
export function isGitFolderName(name: string): boolean {
  const plain = name
    .toLowerCase()
    .split(':')[0]!
    .replace(/[. ]+$/, '');
  return plain === '.git' || plain === 'git~1';
}

/** True when `path` is `base` or lies below it (both absolute, resolved). */
export function liesWithin(base: string, path: string): boolean {
  const rel = relative(base, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsoluteAnywhere(rel));
}

function isAbsoluteAnywhere(path: string): boolean {
  return posix.isAbsolute(path) || win32.isAbsolute(path);
}

/**
 * The absolute path a settings file's value names, below `root`. `rootName` says what the root
 * is to the reader ("the workspace", "the scan root"). A path to write may not exist yet.
 */
export function confineSettingPath(
  root: string,
  given: string,
  use: PathUse,
  rootName: string,
): string {
  if (given.includes('\0')) throw new PathRefused('holds a NUL character');
  // `C:x` is relative to drive C's own working folder on Windows: as good as absolute.
  if (isAbsoluteAnywhere(given) || /^[A-Za-z]:/.test(given)) {
    throw new PathRefused(`must be a path relative to ${rootName}, not an absolute one`);
  }
  const parts = given.split(SEPARATORS).filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw new PathRefused(`must not leave ${rootName} with '..'`);
  if (parts.some(isGitFolderName)) throw new PathRefused('must not point into .git/');
  return walkWithoutLinks(root, parts, use, rootName);
}

/**
 * The absolute path an action input names, from the workspace. The workflow chose it, so it may
 * lie outside the workspace; inside it, no link is followed (the links are the repository's), and
 * nothing is written into `.git/`. `writeBases` are the only places a file may be written.
 */
export function checkInputPath(
  workspace: string,
  given: string,
  use: PathUse,
  writeBases: string[] = [workspace],
): string {
  if (given.includes('\0')) throw new PathRefused('holds a NUL character');
  const absolute = resolve(workspace, given);
  const base =
    use === 'write'
      ? writeBases.find((b) => liesWithin(resolve(b), absolute))
      : liesWithin(resolve(workspace), absolute)
        ? workspace
        : undefined;
  if (base === undefined) {
    if (use === 'read') return absolute;
    throw new PathRefused(
      `must name a file in the workspace${writeBases.length > 1 ? ' or RUNNER_TEMP' : ''}`,
    );
  }
  const parts = relative(resolve(base), absolute)
    .split(sep)
    .filter((p) => p !== '');
  if (use === 'write' && parts.some(isGitFolderName)) {
    throw new PathRefused('must not point into .git/');
  }
  return walkWithoutLinks(base, parts, use, 'the workspace', false);
}

/**
 * Joins `parts` to `root` one at a time and looks at each with lstat, so that a link is caught
 * where it stands, not only where it leads. A path to read must exist (when `mustExist`); the
 * missing tail of a path to write is made by the writer. The root itself may be reached through a
 * link (a runner's own folders are not the repository's); the path returned starts as it does.
 */
function walkWithoutLinks(
  root: string,
  parts: string[],
  use: PathUse,
  rootName: string,
  mustExist = true,
): string {
  let current = realpathSync(root);
  for (let n = 0; n < parts.length; n++) {
    current = join(current, parts[n]!);
    const shown = parts.slice(0, n + 1).join('/');
    let stat: Stats;
    try {
      stat = lstatSync(current);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        if (use === 'write' || !mustExist) return join(resolve(root), ...parts);
        throw new PathRefused(`names ${shown}, which does not exist in ${rootName}`, true);
      }
      if (code === 'ENOTDIR') throw new PathRefused(`goes through ${shown}, which is not a folder`);
      throw new PathRefused(`cannot be looked at (${code ?? 'error'})`);
    }
    if (stat.isSymbolicLink()) {
      throw new PathRefused(
        `goes through a symbolic link (${shown}); links in the repository are not followed`,
      );
    }
    const last = n === parts.length - 1;
    if (!last && !stat.isDirectory()) {
      throw new PathRefused(`goes through ${shown}, which is not a folder`);
    }
    if (last && use === 'write' && !stat.isFile()) {
      throw new PathRefused(`names ${shown}, which is not a regular file`);
    }
  }
  return join(resolve(root), ...parts);
}
