/**
 * Where a scan is rooted: reported paths are relative to the root. The working folder is the
 * root when every scan path lies inside it (as a linter does); otherwise the paths' deepest
 * common folder is.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep, isAbsolute } from 'node:path';
import { InputError } from '../errors.js';

export function resolveScanPaths(cwd: string, given: string[]): { root: string; paths: string[] } {
  const inputs = given.length ? given : ['.'];
  const paths = inputs.map((p) => {
    const abs = resolve(cwd, p);
    if (!existsSync(abs)) throw new InputError(`path not found: ${p}`);
    return realpathSync(abs);
  });
  const realCwd = realpathSync(cwd);
  const inside = (p: string) => {
    const rel = relative(realCwd, p);
    return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
  };
  if (paths.every(inside)) return { root: realCwd, paths };
  const dirs = paths.map((p) => (statSync(p).isDirectory() ? p : dirname(p)));
  let root = dirs[0]!;
  while (!dirs.every((d) => d === root || d.startsWith(root.endsWith(sep) ? root : root + sep))) {
    root = dirname(root);
  }
  return { root, paths };
}
