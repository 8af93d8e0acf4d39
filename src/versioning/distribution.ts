import type { VersionScheme } from './types.js';
import {
  compareCore,
  compareNumbers,
  coreString,
  splitPrerelease,
  type Core,
} from './semver-core.js';

/** An RKE2, K3s or RFO release: a Kubernetes version plus the distribution's revision. */
export interface DistributionVersion extends Core {
  product: 'rke2' | 'k3s' | 'rfo';
  /** The `N` of `+rke2rN`, `+k3sN`, `+rforN`. */
  revision: number;
}

const SUFFIX: Record<DistributionVersion['product'], string> = {
  rke2: 'rke2r',
  k3s: 'k3s',
  rfo: 'rfor',
};

/**
 * The spellings of one release: `v1.24.9+rke2r1`, `1.24.9+rke2r1`, `v1.24.9-rke2r1` (image tag),
 * `v1.24.9%2Brke2r1` (URL), `v1.24.9-rc1+rke2r1`. Bounded quantifiers keep it linear.
 */
function pattern(suffix: string): RegExp {
  return new RegExp(
    `^v?(\\d{1,4})\\.(\\d{1,4})\\.(\\d{1,4})(?:-((?:rc|alpha|beta)\\.?\\d{1,4}))?(?:\\+|-|%2[Bb])${suffix}(\\d{1,4})$`,
  );
}

/** Kubernetes minors RKE2/K3s ever shipped start at 1.16; `v1.6.12-k3s1` is a containerd build. */
export const MIN_KUBERNETES_MINOR = 10;

export function distributionScheme(
  product: DistributionVersion['product'],
): VersionScheme<DistributionVersion> {
  const re = pattern(SUFFIX[product]);
  return {
    product,
    parse(text) {
      const m = re.exec(text.trim());
      if (!m) return null;
      const major = Number(m[1]);
      const minor = Number(m[2]);
      if (major !== 1 || minor < MIN_KUBERNETES_MINOR) return null;
      return {
        product,
        major,
        minor,
        patch: Number(m[3]),
        pre: m[4] ? splitPrerelease(m[4]) : [],
        revision: Number(m[5]),
      };
    },
    format(v) {
      const pre = v.pre.length ? `-${v.pre.join('')}` : '';
      return `v${coreString(v)}${pre}+${SUFFIX[product]}${v.revision}`;
    },
    compare(a, b) {
      return compareCore(a, b) || compareNumbers(a.revision, b.revision);
    },
    line(v) {
      return `${v.major}.${v.minor}`;
    },
    isStable(v) {
      return v.pre.length === 0;
    },
  };
}
