import { containerdScheme, type ContainerdVersion } from './containerd.js';
import { distributionScheme, type DistributionVersion } from './distribution.js';
import type { Product, VersionScheme } from './types.js';

export type { Product, VersionScheme } from './types.js';
export { PRODUCT_LABELS } from './types.js';
export type { ContainerdVersion } from './containerd.js';
export type { DistributionVersion } from './distribution.js';

export type AnyVersion = DistributionVersion | ContainerdVersion;

export const schemes = {
  rke2: distributionScheme('rke2'),
  k3s: distributionScheme('k3s'),
  rfo: distributionScheme('rfo'),
  containerd: containerdScheme,
} as const satisfies Record<Product, VersionScheme<AnyVersion>>;

export function schemeFor(product: Product): VersionScheme<AnyVersion> {
  return schemes[product] as VersionScheme<AnyVersion>;
}

/** Parses a version of the named product and returns its canonical form, or null. */
export function canonicalize(product: Product, text: string): string | null {
  const scheme = schemeFor(product);
  const parsed = scheme.parse(text);
  return parsed ? scheme.format(parsed) : null;
}

/**
 * Recognizes a version without being told the product: the RKE2/K3s/RFO spellings identify
 * themselves; anything else that parses as containerd is taken as containerd.
 */
export function identify(text: string): { product: Product; version: AnyVersion } | null {
  for (const product of ['rke2', 'k3s', 'rfo'] as const) {
    const version = schemes[product].parse(text);
    if (version) return { product, version };
  }
  const version = containerdScheme.parse(text);
  return version ? { product: 'containerd', version } : null;
}

/** Channels (`stable`, `latest`, `v1.26`, `testing`) name a moving target, not a version. */
export function isChannel(text: string): boolean {
  return /^(?:stable|latest|testing|v?\d{1,4}\.\d{1,4})$/i.test(text.trim());
}
