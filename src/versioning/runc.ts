import { compareCore, coreString, splitPrerelease, type Core } from './semver-core.js';

/** runc (a bundled component, never a pin of its own): `v1.1.12`, `v1.0.0-rc92`, Go pseudo-versions. */
export interface RuncVersion extends Core {
  product: 'runc';
}

const RUNC_RE = /^v?(\d{1,4})\.(\d{1,4})\.(\d{1,4})(?:-([0-9A-Za-z.-]{1,80}))?$/;

export const runcScheme = {
  product: 'runc' as const,
  parse(text: string): RuncVersion | null {
    const m = RUNC_RE.exec(text.trim());
    if (!m) return null;
    return {
      product: 'runc',
      major: Number(m[1]),
      minor: Number(m[2]),
      patch: Number(m[3]),
      pre: m[4] ? splitPrerelease(m[4]) : [],
    };
  },
  format(v: RuncVersion): string {
    return `v${coreString(v)}${v.pre.length ? `-${v.pre.join('')}` : ''}`;
  },
  compare: (a: RuncVersion, b: RuncVersion): number => compareCore(a, b),
};
