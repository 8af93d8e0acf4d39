/** Major.minor.patch with an optional prerelease, the part every scheme here shares. */
export interface Core {
  major: number;
  minor: number;
  patch: number;
  /** Prerelease identifiers (`['rc', 1]`, `['beta', 0]`); empty for a release. */
  pre: (string | number)[];
}

export function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareIdentifiers(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return compareNumbers(a, b);
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Semver precedence: a prerelease sorts before its release. */
export function compareCore(a: Core, b: Core): number {
  const byNumbers =
    compareNumbers(a.major, b.major) ||
    compareNumbers(a.minor, b.minor) ||
    compareNumbers(a.patch, b.patch);
  if (byNumbers) return byNumbers;
  if (a.pre.length === 0 || b.pre.length === 0) return compareNumbers(b.pre.length, a.pre.length);
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const c = compareIdentifiers(a.pre[i]!, b.pre[i]!);
    if (c) return c;
  }
  return compareNumbers(a.pre.length, b.pre.length);
}

/**
 * Splits a prerelease such as `rc1`, `rc.1`, `beta.0` or `alpha2` into identifiers,
 * so that `rc1` and `rc.1` order alike and `rc10` sorts after `rc9`.
 */
export function splitPrerelease(text: string): (string | number)[] {
  const ids: (string | number)[] = [];
  for (const part of text.toLowerCase().match(/[a-z]+|\d+/g) ?? []) {
    ids.push(/^\d+$/.test(part) ? Number(part) : part);
  }
  return ids;
}

export function coreString(c: Core): string {
  return `${c.major}.${c.minor}.${c.patch}`;
}

/** A downstream build of an upstream release: `-k3s1`, `-k3s1-1-22`, `-bd1.34`. */
export interface ForkBuild {
  name: string;
  revision: number;
  /** What follows the revision (`-1-22`, `.36`); empty when nothing does. */
  rest?: string;
}

/**
 * Orders builds of one base version: the upstream release first, then fork builds by name,
 * revision and suffix. A fork build is never a prerelease of its base.
 */
export function compareForks(a: ForkBuild | null, b: ForkBuild | null): number {
  if (!a || !b) return compareNumbers(a ? 1 : 0, b ? 1 : 0);
  const text = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (
    text(a.name, b.name) ||
    compareNumbers(a.revision, b.revision) ||
    text(a.rest ?? '', b.rest ?? '')
  );
}
