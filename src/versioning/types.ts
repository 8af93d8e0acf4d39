/** The products whose versions kube-pin-audit understands. */
export type Product = 'rke2' | 'k3s' | 'rfo' | 'containerd';

/** How people write each product's name. */
export const PRODUCT_LABELS: Record<Product, string> = {
  rke2: 'RKE2',
  k3s: 'K3s',
  rfo: 'RFO',
  containerd: 'containerd',
};

/**
 * One version scheme per product, the shape Renovate's versioning modules have:
 * the matcher asks the scheme and never parses a version by itself.
 */
export interface VersionScheme<V> {
  readonly product: Product;
  /** Parses any accepted spelling; null when the text is not a version of this product. */
  parse(text: string): V | null;
  /** The canonical spelling (leading `v`). */
  format(version: V): string;
  /** Negative, zero or positive, as Array.prototype.sort wants. */
  compare(a: V, b: V): number;
  /** `1.24` for a distribution release, `1.6` for containerd: the line a same-line fix stays on. */
  line(version: V): string;
  isStable(version: V): boolean;
}
