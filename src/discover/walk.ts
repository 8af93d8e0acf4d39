/**
 * The discover stage: walks the scan paths and hands each file to read, or the reason it is
 * not read. Links are never followed (their target inside the root is scanned at its own
 * path), so neither a loop nor a link out of the root can be walked.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { TrackedPaths } from './git-index.js';
import {
  ancestorLayers,
  excludeLayers,
  findCheckoutTop,
  foldersFor,
  isIgnored,
  readIgnoreFile,
  type IgnoreLayer,
} from './gitignore.js';
import { globMatcher } from './globs.js';
import { isLockFile, skipOf, type Skip, type SkipReason } from './skips.js';

export interface DiscoverOptions {
  /** Absolute, real path; reported paths are relative to it. */
  root: string;
  /** Absolute paths to walk, at or below root. */
  paths: string[];
  include: string[];
  exclude: string[];
  /** Absolute paths of files to report as skipped with reason `config` (the settings file). */
  configFiles?: string[];
  /** Absolute paths of the report files this run writes: skipped with reason `output`. */
  outputFiles?: string[];
}

export type Discovered =
  /** `path` opens the file: from the working folder when the file lies in it, else absolute. */
  { kind: 'file'; path: string; file: string } | { kind: 'skip'; skip: Skip };

/** Folders of fetched or generated code that are not the repository's own configuration. */
export const VENDORED_DIRS = new Set(['node_modules', '.terraform', 'vendor', 'bower_components']);

function toRelative(root: string, abs: string): string {
  const prefix = root.endsWith(sep) ? root : root + sep;
  const rel = abs.startsWith(prefix)
    ? abs.slice(prefix.length)
    : abs === root
      ? ''
      : relative(root, abs);
  return sep === '/' ? rel : rel.split(sep).join('/');
}

export function discover(options: DiscoverOptions, visit: (item: Discovered) => void): void {
  const { root } = options;
  const included = globMatcher(options.include);
  const excluded = globMatcher(options.exclude);
  const baseLayers = ancestorLayers(root);
  // Folders named as scan paths share their ancestors' .gitignore files: read each once.
  const ownLayers = new Map<string, IgnoreLayer | null>();
  const layerOf = (dir: string) => {
    if (!ownLayers.has(dir)) ownLayers.set(dir, readIgnoreFile(join(dir, '.gitignore'), dir));
    return ownLayers.get(dir)!;
  };
  // Only overlapping scan paths can meet a file twice: one path needs no set of 50,000 names.
  const seenFiles = options.paths.length > 1 ? new Set<string>() : null;
  // The run's own files, by their real path: the settings file and the reports it writes.
  const ownFiles = new Map<string, SkipReason>();
  for (const path of options.outputFiles ?? []) ownFiles.set(path, 'output');
  for (const path of options.configFiles ?? []) ownFiles.set(path, 'config');
  // Folders and files are opened by their path from the working folder when they lie inside it:
  // the kernel then resolves 3 or 4 path parts per file rather than 10 (30 ms on the benchmark).
  const cwd = workingFolder();
  const fsPathOf = (abs: string) =>
    cwd === null
      ? abs
      : abs === cwd
        ? '.'
        : abs.startsWith(cwd + sep)
          ? abs.slice(cwd.length + 1)
          : abs;

  // The files git tracks, read from a checkout's index when the walk first meets an ignored
  // entry in it: git ignores no tracked file, so neither does the walk (see git-index.ts).
  const indexes = new Map<string, TrackedPaths | null>();
  const indexOf = (top: string) => {
    if (!indexes.has(top)) indexes.set(top, TrackedPaths.read(top));
    return indexes.get(top)!;
  };
  /** The checkout of a scan path: the one that holds it, wherever its top is. */
  const checkoutOf = (path: string): Checkout | null => {
    const top = findCheckoutTop(path);
    if (!top) return null;
    // Index paths are from the checkout's top; the walk's are from the root.
    if (top === root || (top + sep).startsWith(root + sep)) {
      return checkoutBelow(top, toRelative(root, top));
    }
    const prefix = `${toRelative(top, root)}/`;
    return {
      top,
      fromTop: (rel) => prefix + rel,
      toRel: (path) => path.slice(prefix.length),
    };
  };
  /** A checkout whose top is at the root or in a folder below it (`relTop` from the root). */
  const checkoutBelow = (top: string, relTop: string): Checkout =>
    relTop
      ? {
          top,
          fromTop: (rel) => rel.slice(relTop.length + 1),
          toRel: (path) => `${relTop}/${path}`,
        }
      : { top, fromTop: (rel) => rel, toRel: (path) => path };
  const isTracked = (checkout: Checkout | null, rel: string) =>
    checkout !== null && indexOf(checkout.top)?.has(checkout.fromTop(rel)) === true;

  /** A regular file not ignored (or tracked): scanned unless a setting or its kind skips it. */
  const offerFile = (rel: string, name: string, abs: string, fsPath: string) => {
    if (seenFiles?.has(rel)) return;
    if (ownFiles.size && ownFiles.has(abs)) visit(skipAt(rel, false, ownFiles.get(abs)!));
    else if (excluded?.(rel)) visit(skipAt(rel, false, 'excluded'));
    else if (included && !included(rel)) visit(skipAt(rel, false, 'not-included'));
    else if (isLockFile(name)) visit(skipAt(rel, false, 'lock-file'));
    else {
      seenFiles?.add(rel);
      visit({ kind: 'file', path: fsPath, file: rel });
    }
  };

  /**
   * An ignored folder: skipped, but for the files in it that git tracks (`relDir` from the root).
   * Those are offered as if the folder were walked; a vendored folder on their way still skips
   * them.
   */
  const ignoredFolder = (checkout: Checkout | null, relDir: string, absDir: string) => {
    const index = checkout && indexOf(checkout.top);
    const files = index ? index.under(checkout.fromTop(relDir)).map(checkout.toRel) : [];
    const detail = files.length
      ? `${files.length} tracked ${files.length === 1 ? 'file' : 'files'} in it not ignored`
      : undefined;
    visit(skipAt(relDir, true, 'gitignored', detail));
    for (const rel of files) {
      const below = rel.slice(relDir.length + 1).split('/');
      const name = below[below.length - 1]!;
      const abs = absDir + sep + below.join(sep);
      const vendored = below.slice(0, -1).findIndex((part) => VENDORED_DIRS.has(part));
      if (vendored !== -1) {
        const folder = `${relDir}/${below.slice(0, vendored + 1).join('/')}`;
        visit(skipAt(rel, false, 'vendored', `in ${folder}/`));
        continue;
      }
      let stat;
      try {
        stat = lstatSync(abs);
      } catch {
        continue; // tracked, but not in the working tree: nothing there to scan
      }
      if (stat.isSymbolicLink()) visit(linkSkip(root, abs));
      else if (stat.isFile()) offerFile(rel, name, abs, fsPathOf(abs));
    }
  };

  for (const start of options.paths) {
    const stat = statSync(start);
    if (!stat.isDirectory()) {
      const file = toRelative(root, start) || start.slice(start.lastIndexOf(sep) + 1);
      // A named pipe or device named on the command line would block the read forever.
      if (!stat.isFile()) {
        visit({ kind: 'skip', skip: { file, reason: 'special-file' } });
      } else if (!seenFiles?.has(file)) {
        seenFiles?.add(file);
        // A file named on the command line is scanned even when ignore rules would skip it.
        visit({ kind: 'file', path: start, file });
      }
      continue;
    }
    // Each stack entry carries the ignore layers in force inside that folder, and its checkout.
    const stack: {
      dir: string;
      rel: string;
      fs: string;
      layers: IgnoreLayer[];
      checkout: Checkout | null;
    }[] = [
      {
        dir: start,
        rel: toRelative(root, start),
        fs: fsPathOf(start),
        layers: [...baseLayers, ...layersDownTo(root, start, layerOf)],
        checkout: checkoutOf(start),
      },
    ];
    while (stack.length) {
      const popped = stack.pop()!;
      const { dir, rel: relDir, fs: fsDir, layers: parentLayers } = popped;
      let entries: Dirent[];
      try {
        entries = readdirSync(fsDir, { withFileTypes: true });
      } catch (error) {
        visit(skip(root, dir, true, 'unreadable', (error as NodeJS.ErrnoException).code));
        continue;
      }
      let hasIgnoreFile = false;
      let hasGit = false;
      for (const e of entries) {
        if (e.name === '.gitignore') hasIgnoreFile ||= e.isFile();
        else if (e.name === '.git') hasGit = true;
      }
      // A folder that holds `.git` is a checkout of its own (a nested repository, a submodule):
      // git reads its ignore rules from it alone, not from the checkout around it.
      const nested = hasGit && popped.checkout?.top !== dir;
      const checkout = nested ? checkoutBelow(dir, relDir) : popped.checkout;
      const inherited = nested ? excludeLayers(dir) : parentLayers;
      const own = hasIgnoreFile ? layerOf(dir) : null;
      const layers = own ? [...inherited, own] : inherited;
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const subdirs: { abs: string; rel: string; fs: string }[] = [];
      const dirPrefix = dir.endsWith(sep) ? dir : dir + sep;
      const folders = foldersFor(layers, dirPrefix);
      const relPrefix = relDir ? `${relDir}/` : '';
      const fsPrefix = fsDir === '.' ? '' : fsDir.endsWith(sep) ? fsDir : fsDir + sep;
      for (const entry of entries) {
        const { name } = entry;
        // Plain concatenation: path.join normalizes the whole path again for every entry.
        const rel = relPrefix + name;
        if (entry.isDirectory()) {
          if (name === '.git') continue; // git's own database, not content
          if (VENDORED_DIRS.has(name)) visit(skipAt(rel, true, 'vendored'));
          else if (excluded && (excluded(rel) || excluded(`${rel}/`)))
            visit(skipAt(rel, true, 'excluded'));
          else if (isIgnored(layers, folders, name, true))
            ignoredFolder(checkout, rel, dirPrefix + name);
          else subdirs.push({ abs: dirPrefix + name, rel, fs: fsPrefix + name });
        } else if (entry.isSymbolicLink()) {
          visit(
            isIgnored(layers, folders, name, false) && !isTracked(checkout, rel)
              ? skipAt(rel, false, 'gitignored')
              : linkSkip(root, dirPrefix + name),
          );
        } else if (!entry.isFile()) {
          visit(skipAt(rel, false, 'special-file'));
        } else if (
          !isIgnored(layers, folders, name, false) ||
          (ownFiles.size && ownFiles.has(dirPrefix + name)) ||
          excluded?.(rel) ||
          isTracked(checkout, rel)
        ) {
          offerFile(rel, name, dirPrefix + name, fsPrefix === relPrefix ? rel : fsPrefix + name);
        } else if (!seenFiles?.has(rel)) {
          visit(skipAt(rel, false, 'gitignored'));
        }
      }
      // Pushed in reverse so folders are walked in name order.
      for (let i = subdirs.length - 1; i >= 0; i--) {
        const { abs, rel, fs } = subdirs[i]!;
        stack.push({ dir: abs, rel, fs, layers, checkout });
      }
    }
  }
}

/** A git checkout the walk is in, and how its index's paths and the walk's relate. */
interface Checkout {
  /** Absolute folder holding `.git`. */
  top: string;
  /** A path from the scan root as the index has it, from the checkout's top. */
  fromTop: (rel: string) => string;
  /** An index path as a path from the scan root. */
  toRel: (path: string) => string;
}

/** .gitignore files between the root and a scan path below it. */
function layersDownTo(
  root: string,
  dir: string,
  layerOf: (dir: string) => IgnoreLayer | null,
): IgnoreLayer[] {
  const layers: IgnoreLayer[] = [];
  const parts = relative(root, dir).split(sep).filter(Boolean);
  let d = root;
  for (let i = 0; i < parts.length; i++) {
    const layer = layerOf(d);
    if (layer) layers.push(layer);
    d = join(d, parts[i]!);
  }
  return layers;
}

/** The working folder, or null when it is gone (then every path is opened absolute). */
function workingFolder(): string | null {
  try {
    return process.cwd();
  } catch {
    return null;
  }
}

/** An entry not scanned, by its report path (a folder's with a trailing `/`). */
function skipAt(rel: string, isDir: boolean, reason: Skip['reason'], detail?: string): Discovered {
  return { kind: 'skip', skip: skipOf(rel + (isDir ? '/' : ''), reason, detail) };
}

function skip(
  root: string,
  abs: string,
  isDir: boolean,
  reason: Skip['reason'],
  detail?: string,
): Discovered {
  return skipAt(toRelative(root, abs), isDir, reason, detail);
}

function linkSkip(root: string, abs: string): Discovered {
  let target: string;
  try {
    target = realpathSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return skip(root, abs, false, code === 'ELOOP' ? 'link-loop' : 'broken-link', code);
  }
  const rel = relative(root, target);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    return skip(root, abs, false, 'link-outside-root', target);
  }
  // A link to a folder that holds it would walk forever if followed.
  if (lstatSync(target).isDirectory() && (abs + sep).startsWith(target + sep)) {
    return skip(root, abs, false, 'link-loop', toRelative(root, target) || '.');
  }
  return skip(root, abs, false, 'link-inside-root', toRelative(root, target));
}
