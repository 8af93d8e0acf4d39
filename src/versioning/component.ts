import {
  compareCore,
  compareForks,
  coreString,
  splitPrerelease,
  type Core,
  type ForkBuild,
} from './semver-core.js';

/**
 * Kubernetes and etcd as a release bundles them (never pins of their own): `v1.24.9`,
 * `v1.30.0-alpha.0`, `v3.5.4`, `v3.4.0-rc.0`, and the fork builds RKE2/K3s ship,
 * `v3.5.4-k3s1`, `v3.5.19-k3s1.30`. A fork build is ordered by its base version, then its
 * revision, never as a prerelease of the base; matching compares it by its base (`baseOf`).
 * GitHub writes a few bounds with two parts (`1.21`): that is `1.21.0`.
 */
export interface ComponentVersion extends Core {
  product: 'kubernetes' | 'etcd';
  fork: Required<ForkBuild> | null;
}

const VERSION_RE =
  /^v?(\d{1,4})\.(\d{1,4})(?:\.(\d{1,4}))?(?:-((?:alpha|beta|rc)\.?\d{1,4}))?(?:-(k3s|bd)(\d{1,4})((?:[.-]\d{1,4}){0,3}))?$/;

export function componentScheme(product: ComponentVersion['product']) {
  return {
    product,
    parse(text: string): ComponentVersion | null {
      const m = VERSION_RE.exec(text.trim());
      if (!m) return null;
      return {
        product,
        major: Number(m[1]),
        minor: Number(m[2]),
        patch: Number(m[3] ?? 0),
        pre: m[4] ? splitPrerelease(m[4]) : [],
        fork: m[5] ? { name: m[5], revision: Number(m[6]), rest: m[7] ?? '' } : null,
      };
    },
    format(v: ComponentVersion): string {
      const pre = v.pre.length ? `-${v.pre.join('.')}` : '';
      const fork = v.fork ? `-${v.fork.name}${v.fork.revision}${v.fork.rest}` : '';
      return `v${coreString(v)}${pre}${fork}`;
    },
    compare(a: ComponentVersion, b: ComponentVersion): number {
      return compareCore(a, b) || compareForks(a.fork, b.fork);
    },
  };
}

export const kubernetesScheme = componentScheme('kubernetes');
export const etcdScheme = componentScheme('etcd');

/** The upstream version a fork build is based on. */
export function componentBase(v: ComponentVersion): ComponentVersion {
  return v.fork ? { ...v, fork: null } : v;
}
