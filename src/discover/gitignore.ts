/**
 * The .gitignore rules in force for a path: the files from the checkout's top down to the
 * path's folder, deeper files overriding shallower ones as git does.
 */
import { existsSync, readFileSync } from 'node:fs';
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
    content = readFileSync(file, 'utf8');
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

/** Layers from the checkout's top down to (not including) `root`, plus `.git/info/exclude`. */
export function ancestorLayers(root: string): IgnoreLayer[] {
  const top = findCheckoutTop(root);
  if (!top) return [];
  const layers: IgnoreLayer[] = [];
  const exclude = readIgnoreFile(join(top, '.git', 'info', 'exclude'), top);
  if (exclude) layers.push(exclude);
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
 * Whether git would ignore `absPath` under these layers (shallow first), its folder being walked
 * (not ignored) already: a deeper layer's match overrides a shallower one's.
 */
export function isIgnored(
  layers: readonly IgnoreLayer[],
  absPath: string,
  isDir: boolean,
): boolean {
  let ignored = false;
  let name: string | undefined;
  for (const layer of layers) {
    if (!isDir && !layer.rules.anyForFiles) continue;
    // Plain string work: path.relative resolves both paths on every call, for every file.
    if (!absPath.startsWith(layer.prefix)) continue;
    const rel = absPath.slice(layer.prefix.length);
    name ??= absPath.slice(absPath.lastIndexOf(sep) + 1);
    const decided = lastMatch(
      layer.rules,
      sep === '/' ? rel : rel.split(sep).join('/'),
      name,
      isDir,
    );
    if (decided !== undefined) ignored = decided;
  }
  return ignored;
}
