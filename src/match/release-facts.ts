/**
 * What every pin of one release shares: the advisories that reach it (and how), their fixes, the
 * release to move to for each, and the nearest release free of failing advisories. Plain data,
 * worked out once per release, so that an extraction worker can work it out for the releases it
 * finds while the walk goes on and hand it over (see src/scan/extract-worker.ts).
 */
import type { Advisory } from '../advisories/types.js';
import type { Product } from '../versioning/index.js';
import type { Match, Matcher } from './matcher.js';

export interface ReleaseFacts {
  upgradeTo: string | null;
  bundleKnown: boolean;
  matches: {
    advisoryId: string;
    via: Match['via'];
    fixedIn: string[];
    suggestion: string | null;
  }[];
}

export function releaseKey(product: Product, version: string): string {
  return `${product} ${version}`;
}

export function releaseFacts(
  matcher: Matcher,
  product: Product,
  version: string,
  isFailing: (advisory: Advisory) => boolean,
): ReleaseFacts {
  const { matches, bundleKnown } = matcher.matchRelease(product, version);
  return {
    upgradeTo: matcher.upgradeTo(product, version, isFailing),
    bundleKnown,
    matches: matches.map(({ advisory, via }) => ({
      advisoryId: advisory.id,
      via,
      fixedIn: matcher.fixedIn(product, version, advisory),
      suggestion: matcher.suggestion(product, version, advisory),
    })),
  };
}
