import type { VersionScheme } from './types.js';
import {
  compareCore,
  compareForks,
  type ForkBuild,
  coreString,
  splitPrerelease,
  type Core,
} from './semver-core.js';

/**
 * A containerd version: upstream (`v1.6.12`, `v1.7.0-beta.2`) or a fork build
 * (`v1.6.12-k3s1`, `v1.5.16-k3s1-1-22`, `v2.3.4-k3s1.36`, `v2.2.2-bd1.34`).
 */
export interface ContainerdVersion extends Core {
  product: 'containerd';
  /** `rest` (`-1-22`, `.36`) is kept for the canonical form. */
  fork: Required<ForkBuild> | null;
}

const FORK_NAMES = 'k3s|bd';
const CORE = String.raw`(\d{1,4})\.(\d{1,4})\.(\d{1,4})`;
const PRE = String.raw`(?:[-~]((?:alpha|beta|rc)\.?\d{1,4}))?`;
const FORK = String.raw`(?:-(${FORK_NAMES})(\d{1,4})((?:[.-]\d{1,4}){0,3}))?`;
/** Image tags carry a build stamp (`-build20221209`); it names the build, not the version. */
const BUILD = String.raw`(?:-build\d{1,14})?`;
/** Distribution package revisions: deb `-1`, `-0ubuntu1~22.04.1`, rpm `-3.1.el8`. */
const PACKAGE_REVISION = String.raw`(?:-[0-9][0-9A-Za-z.~+]{0,40})?`;

const FORK_RE = new RegExp(`^v?${CORE}${PRE}${FORK}${BUILD}$`);
const PACKAGE_RE = new RegExp(`^v?${CORE}${PRE}${PACKAGE_REVISION}$`);

export const containerdScheme: VersionScheme<ContainerdVersion> = {
  product: 'containerd',
  parse(input) {
    const text = input.trim();
    const forkMatch = FORK_RE.exec(text);
    const m = forkMatch ?? PACKAGE_RE.exec(text);
    if (!m) return null;
    const major = Number(m[1]);
    const minor = Number(m[2]);
    // containerd has shipped 0.x, 1.0-1.7 and 2.x: `1.26.0` is a Kubernetes version, not containerd.
    if (major > 2 || (major === 1 && minor > 7) || (major === 2 && minor > 9)) return null;
    return {
      product: 'containerd',
      major,
      minor,
      patch: Number(m[3]),
      pre: m[4] ? splitPrerelease(m[4]) : [],
      fork:
        forkMatch && forkMatch[5]
          ? { name: forkMatch[5], revision: Number(forkMatch[6]), rest: forkMatch[7] ?? '' }
          : null,
    };
  },
  format(v) {
    const pre = v.pre.length ? `-${formatPre(v.pre)}` : '';
    const fork = v.fork ? `-${v.fork.name}${v.fork.revision}${v.fork.rest}` : '';
    return `v${coreString(v)}${pre}${fork}`;
  },
  /**
   * Base version first; a fork build is never a prerelease of its base: on an equal base the
   * upstream release sorts first, then fork builds by revision.
   */
  compare(a, b) {
    return compareCore(a, b) || compareForks(a.fork, b.fork);
  },
  line(v) {
    return `${v.major}.${v.minor}`;
  },
  isStable(v) {
    return v.pre.length === 0;
  },
};

/** Upstream containerd spells prereleases `beta.0`, `rc.1`. */
function formatPre(pre: (string | number)[]): string {
  return pre.join('.');
}

/** The upstream version a fork build is based on. */
export function baseOf(v: ContainerdVersion): ContainerdVersion {
  return { ...v, fork: null };
}
