/**
 * What every pin of one release shares: the advisories that reach it (and how), their fixes, the
 * release to move to for each, and the nearest release free of failing advisories. Plain data,
 * worked out once per release (and the operating system of the nodes it deploys), so that an
 * extraction worker can work it out for the releases it finds while the walk goes on and hand
 * it over (see src/scan/extract-worker.ts).
 */
import type { Advisory } from '../advisories/types.js';
import type { OperatingSystem, Severity } from '../data/schema.js';
import type { Product } from '../versioning/index.js';
import type { Match, Matcher } from './matcher.js';
import type { EndOfLifeSetting } from './support.js';

export interface ReleaseFacts {
  upgradeTo: string | null;
  bundleKnown: boolean;
  matches: {
    advisoryId: string;
    /** The advisory itself where it is made for this run (end of life), not in the database. */
    advisory?: Advisory;
    via: Match['via'];
    note?: string;
    otherOs?: boolean;
    fixedIn: string[];
    suggestion: string | null;
  }[];
}

/** Everything the facts depend on besides the database: facts made under other ones differ. */
export interface FactsOptions {
  failOnSeverity: Severity;
  failOnUnknownSeverity: boolean;
  date: string;
  endOfLife: EndOfLifeSetting;
}

export function factsOptionsKey(o: FactsOptions): string {
  return `${o.failOnSeverity} ${o.failOnUnknownSeverity} ${o.date} ${o.endOfLife}`;
}

export function releaseKey(product: Product, version: string, os: OperatingSystem): string {
  return `${product} ${version} ${os}`;
}

export function releaseFacts(
  matcher: Matcher,
  product: Product,
  version: string,
  os: OperatingSystem,
  isFailing: (advisory: Advisory) => boolean,
): ReleaseFacts {
  const { matches, bundleKnown } = matcher.matchRelease(product, version, os);
  return {
    upgradeTo: matcher.upgradeTo(product, version, isFailing, os),
    bundleKnown,
    matches: matches.map(({ advisory, via, note, otherOs }) => ({
      advisoryId: advisory.id,
      ...(advisory.kind === 'end-of-life' ? { advisory } : {}),
      via,
      ...(note ? { note } : {}),
      ...(otherOs ? { otherOs } : {}),
      fixedIn: matcher.fixedIn(product, version, advisory),
      suggestion: matcher.suggestion(product, version, advisory, os),
    })),
  };
}
