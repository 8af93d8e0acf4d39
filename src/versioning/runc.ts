import {
  compareCore,
  compareForks,
  type ForkBuild,
  coreString,
  splitPrerelease,
  type Core,
} from './semver-core.js';

/**
 * runc (a bundled component, never a pin of its own): `v1.1.12`, `v1.0.0-rc92`, Go
 * pseudo-versions, and K3s's fork builds `v1.1.12-k3s1`, which (as for containerd) are ordered
 * by their base version and then their revision, never as a prerelease of the base.
 */
export interface RuncVersion extends Core {
  product: 'runc';
  fork: ForkBuild | null;
}

const RUNC_RE = /^v?(\d{1,4})\.(\d{1,4})\.(\d{1,4})(?:-([0-9A-Za-z.-]{1,80}))?$/;
const FORK_RE = /^(k3s|bd)(\d{1,4})$/;

export const runcScheme = {
  product: 'runc' as const,
  parse(text: string): RuncVersion | null {
    const m = RUNC_RE.exec(text.trim());
    if (!m) return null;
    const fork = m[4] ? FORK_RE.exec(m[4]) : null;
    return {
      product: 'runc',
      major: Number(m[1]),
      minor: Number(m[2]),
      patch: Number(m[3]),
      pre: m[4] && !fork ? splitPrerelease(m[4]) : [],
      fork: fork ? { name: fork[1]!, revision: Number(fork[2]) } : null,
    };
  },
  format(v: RuncVersion): string {
    const pre = v.pre.length ? `-${v.pre.join('')}` : '';
    return `v${coreString(v)}${pre}${v.fork ? `-${v.fork.name}${v.fork.revision}` : ''}`;
  },
  compare(a: RuncVersion, b: RuncVersion): number {
    return compareCore(a, b) || compareForks(a.fork, b.fork);
  },
};
