/**
 * The .gitignore rules in force for a path: the files from the checkout's top down to the
 * path's folder, deeper files overriding shallower ones as git does.
 */
import { closeSync, constants, existsSync, openSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { lastMatch, parseGitignore, type GitignoreRules } from './gitignore-rules.js';

export interface IgnoreLayer {
  /** Absolute folder the rules are relative to, ending in the path separator. */
  prefix: string;
  rules: GitignoreRules;
}

/**
 * git sets core.ignorecase where the file system ignores case, as it does by default on macOS and
 * Windows: there `*.YAML` also ignores `a.yaml`, as git would.
 */
const IGNORE_CASE = process.platform === 'darwin' || process.platform === 'win32';

export function readIgnoreFile(file: string, base: string): IgnoreLayer | null {
  let content: string;
  try {
    // As git (2.32 on) does, a .gitignore that is a link is not read: it could lead anywhere.
    const fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    try {
      content = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  // A file of comments only (git's default .git/info/exclude) would cost a check per path.
  const rules = parseGitignore(content, IGNORE_CASE);
  if (!rules.rules.length) return null;
  return { prefix: base.endsWith(sep) ? base : base + sep, rules };
}

/** The folder holding `.git` at or above `dir`, or null outside a checkout. */
export function findCheckoutTop(dir: string): string | null {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return null;
  }
}

/** A checkout's `.git/info/exclude`, when `.git` is a folder (a submodule's is not). */
export function excludeLayers(top: string): IgnoreLayer[] {
  const layer = readIgnoreFile(join(top, '.git', 'info', 'exclude'), top);
  return layer ? [layer] : [];
}

/** Layers from the checkout's top down to (not including) `root`, plus `.git/info/exclude`. */
export function ancestorLayers(root: string): IgnoreLayer[] {
  const top = findCheckoutTop(root);
  if (!top) return [];
  const layers = excludeLayers(top);
  const chain: string[] = [];
  for (let d = dirname(root); top !== root && d.startsWith(top); d = dirname(d)) {
    chain.unshift(d);
    if (d === top) break;
  }
  for (const d of chain) {
    const layer = readIgnoreFile(join(d, '.gitignore'), d);
    if (layer) layers.push(layer);
  }
  return layers;
}

/**
 * Each layer's view of a folder: the folder's path from the layer's own folder, with `/` and a
 * trailing `/` ('' at that folder), or null for a layer the folder is not inside. Worked out once
 * per folder, so that checking an entry costs no path work. `dir` is absolute and ends in the
 * path separator.
 */
export function foldersFor(layers: readonly IgnoreLayer[], dir: string): (string | null)[] {
  return layers.map((layer) => {
    if (!dir.startsWith(layer.prefix)) return null;
    const rel = dir.slice(layer.prefix.length);
    return sep === '/' ? rel : rel.split(sep).join('/');
  });
}

/**
 * Whether git would ignore the entry `name` of a folder (seen through `folders`, from
 * `foldersFor`) under these layers, shallow first, the folder being walked (not ignored)
 * already: a deeper layer's match overrides a shallower one's.
 */
export function isIgnored(
  layers: readonly IgnoreLayer[],
  folders: readonly (string | null)[],
  name: string,
  isDir: boolean,
): boolean {
  let ignored = false;
  for (let i = 0; i < layers.length; i++) {
    const folder = folders[i];
    const { rules } = layers[i]!;
    if (folder === null || folder === undefined || (!isDir && !rules.anyForFiles)) continue;
    const decided = lastMatch(rules, folder, name, isDir);
    if (decided !== undefined) ignored = decided;
  }
  return ignored;
}
