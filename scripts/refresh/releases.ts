/** RKE2/K3s release names: parsing and order (Kubernetes semver, then the rke2rN/k3sN revision). */

export type Distribution = 'rke2' | 'k3s';
const SUFFIX: Record<Distribution, string> = { rke2: 'rke2r', k3s: 'k3s' };

export interface ReleaseName {
  /** `1.24` */
  line: string;
  core: [number, number, number];
  pre: string;
  revision: number;
}

/** `v1.24.9+rke2r1` (and `v1.24.9-rc1+rke2r1`); null for anything else. */
export function parseReleaseName(product: Distribution, name: string): ReleaseName | null {
  const m = new RegExp(
    `^v(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z.]+))?\\+${SUFFIX[product]}(\\d+)$`,
  ).exec(name);
  if (!m) return null;
  return {
    line: `${m[1]}.${m[2]}`,
    core: [Number(m[1]), Number(m[2]), Number(m[3])],
    pre: m[4] ?? '',
    revision: Number(m[5]),
  };
}

function comparePre(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  const pa = a.match(/\d+|[^\d.]+/g) ?? [];
  const pb = b.match(/\d+|[^\d.]+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    if (!nx && x !== y) return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

export function compareReleaseNames(a: ReleaseName, b: ReleaseName): number {
  for (let i = 0; i < 3; i++) if (a.core[i] !== b.core[i]) return a.core[i]! - b.core[i]!;
  return comparePre(a.pre, b.pre) || a.revision - b.revision;
}

/** `1.9` before `1.10`. */
export function compareLines(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A release-notes table date (`Sep 30 2026`, `Sept 30, 2026`) as YYYY-MM-DD; null when unreadable. */
export function releaseNotesDate(text: string): string | null {
  const m = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!.slice(0, 1).toUpperCase() + m[1]!.slice(1, 3).toLowerCase());
  if (month < 0) return null;
  const day = Number(m[2]);
  if (day < 1 || day > 31) return null;
  return `${m[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
