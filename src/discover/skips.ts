/** Why a file or folder was not scanned; every skip is reported, none is silent. */
import { realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type SkipReason =
  | 'binary'
  | 'too-large'
  | 'unreadable'
  | 'gitignored'
  | 'excluded'
  | 'not-included'
  | 'vendored'
  | 'link-outside-root'
  | 'link-loop'
  | 'link-inside-root'
  | 'broken-link'
  | 'special-file'
  /** The settings file of this run: its ignore entries name versions, which are not pins. */
  | 'config'
  /** A report file this run writes (`--output`, `report-file`, `sarif-file`). */
  | 'output'
  /** A kube-pin-audit JSON or SARIF report: its pins are copies of pins found elsewhere. */
  | 'kube-pin-audit-report'
  /** A language package manifest or lock file: module versions, never a distribution release. */
  | 'lock-file';

export interface Skip {
  /** Relative to the scan root, with `/`; a folder ends in `/`. */
  file: string;
  reason: SkipReason;
  detail?: string;
}

/** A skip, with `detail` only when there is one. */
export function skipOf(file: string, reason: SkipReason, detail?: string): Skip {
  return detail ? { file, reason, detail } : { file, reason };
}

/**
 * Manifests and lock files of language package managers, by name. They list module versions:
 * `github.com/k3s-io/kubernetes v1.36.4-k3s1` in go.sum is a fork of Kubernetes, not a K3s
 * release. Manifests that can hold scripts or settings (package.json, pyproject.toml, Gemfile)
 * are scanned.
 */
export const LOCK_FILE_NAMES = new Set([
  'go.mod',
  'go.sum',
  'go.work',
  'go.work.sum',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'deno.lock',
  'Cargo.lock',
  'Gemfile.lock',
  'poetry.lock',
  'Pipfile.lock',
  'pdm.lock',
  'uv.lock',
  'composer.lock',
  'mix.lock',
  'pubspec.lock',
  'Podfile.lock',
  'packages.lock.json',
  'gradle.lockfile',
  'flake.lock',
  'Package.resolved',
  '.terraform.lock.hcl',
]);

/** By the name as the package manager writes it: one set lookup per file, no copy made. */
export function isLockFile(name: string): boolean {
  return LOCK_FILE_NAMES.has(name);
}

/**
 * A file's path as discovery sees it (links resolved), also for a file not written yet: its
 * folder resolved and its name kept; the path as given when even the folder does not exist.
 */
export function discoveredPathOf(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}
