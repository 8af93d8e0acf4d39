/**
 * The match stage: which advisories affect a pinned release, directly or through the
 * components it bundles, and which release to move to. Results are cached per release, so a
 * version pinned in a thousand files is matched once.
 */
import type { Advisory, BundledComponents, Database, Ecosystem } from '../advisories/types.js';
import { severityRank } from '../advisories/types.js';
import type { OperatingSystem } from '../data/schema.js';
import type { DistributionVersion } from '../versioning/distribution.js';
import { schemeFor, schemes, type AnyVersion, type Product } from '../versioning/index.js';
import { advisoryAffects, ecosystemsFor, type ComponentName } from './affects.js';
import { otherOsNote } from './platform.js';
import {
  endOfLifeAdvisory,
  supportIndex,
  type EndOfLifeSetting,
  type LineSupport,
} from './support.js';

export type BundledComponent = 'kubernetes' | 'containerd' | 'runc' | 'etcd';

export interface Match {
  advisory: Advisory;
  via: { component: BundledComponent; version: string } | null;
  /** How the match was judged, or why it cannot fail this pin; shown with the finding. */
  note?: string;
  /** The advisory is limited to other operating systems than the pin's: reported, never failing. */
  otherOs?: boolean;
}

export interface MatcherOptions {
  /** YYYY-MM-DD: end of life is judged on this day. */
  date: string;
  /** Severity of a pin on an ended line, or `off`. */
  endOfLife: EndOfLifeSetting;
}

export interface ReleaseMatches {
  matches: Match[];
  /** What the release bundles; null for containerd pins and for releases the data lacks. */
  bundle: BundledComponents | null;
  /** False for an RKE2/K3s/RFO release missing from the bundle data. */
  bundleKnown: boolean;
}

export interface Matcher {
  /** `os`: the nodes the pin deploys (RKE2 Windows agents bundle their own containerd). */
  matchRelease(product: Product, version: string, os?: OperatingSystem): ReleaseMatches;
  /** Nearest release this advisory does not affect: same line first, else the lowest newer line. */
  suggestion(
    product: Product,
    version: string,
    advisory: Advisory,
    os?: OperatingSystem,
  ): string | null;
  /** The advisory's own fixed releases for this product, nearest the pin's line first. */
  fixedIn(product: Product, version: string, advisory: Advisory): string[];
  /** Nearest release (the pin itself included) that no advisory judged failing affects. */
  upgradeTo(
    product: Product,
    version: string,
    isFailing: (a: Advisory) => boolean,
    os?: OperatingSystem,
  ): string | null;
}

interface Candidate {
  text: string;
  version: AnyVersion;
  line: string;
  stable: boolean;
}

/** What a node of each operating system runs of a release: Windows agents run no etcd or runc. */
const BUNDLED: Record<OperatingSystem, readonly BundledComponent[]> = {
  linux: ['kubernetes', 'containerd', 'runc', 'etcd'],
  windows: ['kubernetes', 'containerd'],
};

export function createMatcher(db: Database, options: MatcherOptions): Matcher {
  const cache = new Map<string, ReleaseMatches>();
  const supportOf = supportIndex(db.support);
  const lineSupport = new Map<string, LineSupport | null>();
  /** The support of a release's line on the scan date; null where the data says nothing. */
  function supportOfRelease(product: Product, version: string): LineSupport | null {
    const scheme = schemeFor(product);
    const parsed = scheme.parse(version);
    return parsed ? supportOfLine(product, scheme.line(parsed)) : null;
  }
  /** Null for a product the support data does not cover (RFO). */
  function supportOfLine(product: Product, line: string): LineSupport | null {
    const key = `${product} ${line}`;
    if (!lineSupport.has(key)) lineSupport.set(key, supportOf(product, line, options.date));
    return lineSupport.get(key)!;
  }
  const onSupportedLine = (product: Product, version: string) =>
    supportOfRelease(product, version)?.state !== 'ended';

  function dateOf(product: Product, version: string): string | null {
    return bundleOf(product, version)?.date ?? null;
  }

  function bundleOf(product: Product, version: string): BundledComponents | null {
    if (product === 'rke2' || product === 'k3s') return db.bundles[product].get(version) ?? null;
    return null;
  }

  /** Advisories with an entry that could name this component at all. */
  const ECOSYSTEMS_OF: Record<ComponentName, Ecosystem[]> = {
    rke2: ['RKE2'],
    k3s: ['K3s'],
    rfo: ['RFO'],
    containerd: ['containerd', 'k3s-containerd'],
    runc: ['runc'],
    kubernetes: ['kubernetes'],
    etcd: ['etcd'],
  };
  const relevant = new Map<ComponentName, Advisory[]>();
  const affecting = new Map<string, Set<Advisory>>();

  /**
   * The advisories affecting one version of one component, once per version: hundreds of
   * releases bundle the same few containerd and runc builds.
   */
  function advisoriesAffecting(component: ComponentName, version: string): Set<Advisory> {
    const key = `${component} ${version}`;
    let found = affecting.get(key);
    if (!found) {
      let candidates = relevant.get(component);
      if (!candidates) {
        const ecosystems = ECOSYSTEMS_OF[component];
        candidates = db.advisories.filter((a) =>
          a.affected.some((e) => ecosystems.includes(e.package.ecosystem)),
        );
        relevant.set(component, candidates);
      }
      found = new Set(candidates.filter((a) => advisoryAffects(a, component, version)));
      affecting.set(key, found);
    }
    return found;
  }

  /** A release candidate's release (`v1.26.0-rc1+rke2r1` -> `v1.26.0+rke2r1`); else null. */
  function releaseOfCandidate(product: Product, version: string): string | null {
    if (product !== 'rke2' && product !== 'k3s' && product !== 'rfo') return null;
    const scheme = schemes[product];
    const parsed = scheme.parse(version);
    if (!parsed || !parsed.pre.length) return null;
    return scheme.format({ ...parsed, pre: [] } as DistributionVersion);
  }

  /** Whether an advisory names a prerelease of this candidate's release in its own entries. */
  function namesPrerelease(advisory: Advisory, product: Product, version: string): boolean {
    const ecosystem = ecosystemsFor(product, version);
    const scheme = schemeFor(product);
    const pinned = scheme.parse(version) as DistributionVersion | null;
    if (!pinned) return false;
    return advisory.affected.some(
      (entry) =>
        entry.package.ecosystem === ecosystem &&
        [
          ...(entry.versions ?? []),
          ...(entry.ranges ?? []).flatMap((r) => r.events.map((e) => Object.values(e)[0]!)),
        ].some((text) => {
          const v = scheme.parse(text) as DistributionVersion | null;
          return (
            v !== null &&
            v.pre.length > 0 &&
            v.major === pinned.major &&
            v.minor === pinned.minor &&
            v.patch === pinned.patch
          );
        }),
    );
  }

  function matchRelease(
    product: Product,
    version: string,
    os: OperatingSystem = 'linux',
  ): ReleaseMatches {
    const key = `${product} ${version} ${os}`;
    const cached = cache.get(key);
    if (cached) return cached;
    // A release candidate carries its release's code: judged as that release, unless an
    // advisory names the prerelease itself.
    const release = releaseOfCandidate(product, version);
    const judgedAs = release ? `judged as ${release}, the release this candidate leads to` : '';
    const ownBundle = bundleOf(product, version);
    const bundle = ownBundle ?? (release ? bundleOf(product, release) : null);
    const bundleNote = !ownBundle && bundle ? judgedAs : '';
    const direct = advisoriesAffecting(product, version);
    const directAsRelease = release ? advisoriesAffecting(product, release) : null;
    const bundled = BUNDLED[os].flatMap((component) => {
      const built =
        component === 'containerd' && os === 'windows'
          ? (bundle?.containerd_windows ?? bundle?.containerd)
          : bundle?.[component];
      return built
        ? [{ component, version: built, advisories: advisoriesAffecting(component, built) }]
        : [];
    });
    const matches: Match[] = [];
    for (const advisory of db.advisories) {
      let match: Match | null = null;
      if (directAsRelease && !namesPrerelease(advisory, product, version)) {
        if (directAsRelease.has(advisory)) match = { advisory, via: null, note: judgedAs };
      } else if (direct.has(advisory)) {
        match = { advisory, via: null };
      }
      if (!match) {
        const via = bundled.find((b) => b.advisories.has(advisory));
        if (via) {
          match = { advisory, via: { component: via.component, version: via.version } };
          if (bundleNote) match.note = bundleNote;
        }
      }
      if (!match) continue;
      if (advisory.os && !advisory.os.includes(os)) {
        match.otherOs = true;
        match.note = [match.note, otherOsNote(advisory.os, os)].filter(Boolean).join('; ');
      }
      if (!match.note) delete match.note;
      matches.push(match);
    }
    const endOfLife = endOfLifeMatch(product, version);
    if (endOfLife) matches.push(endOfLife);
    const result = {
      matches,
      bundle,
      bundleKnown: product === 'containerd' || bundle !== null,
    };
    cache.set(key, result);
    return result;
  }

  /** A pin on a line past (or near) its end of life on the scan date. */
  function endOfLifeMatch(product: Product, version: string): Match | null {
    if (options.endOfLife === 'off') return null;
    const support = supportOfRelease(product, version);
    if (!support?.line || support.state === 'supported') return null;
    const next = support.state === 'ended' ? nextSupported(product, version) : null;
    return {
      advisory: endOfLifeAdvisory(
        product,
        { ...support, line: support.line },
        options.endOfLife,
        options.date,
        next,
      ),
      via: null,
    };
  }

  /**
   * The release an ended line's pins should move to: the nearest on a supported line that no
   * high or critical advisory affects, else the nearest on a supported line at all.
   */
  function nextSupported(product: Product, version: string): string | null {
    const clean = (c: string) =>
      !matchRelease(product, c).matches.some(
        (m) => m.advisory.kind !== 'end-of-life' && severityRank(m.advisory.severity) >= 2,
      );
    return nearest(product, version, false, clean) ?? nearest(product, version, false, () => true);
  }

  const candidateCache = new Map<string, Candidate[]>();

  /** Known releases of a product in ascending order: bundle data plus every fixed version named. */
  function candidates(product: Product, version: string): Candidate[] {
    const scheme = schemeFor(product);
    const family = familyOf(product, version);
    const key = `${product} ${family}`;
    const known = candidateCache.get(key);
    if (known) return known;
    const texts = new Set<string>();
    if (product === 'rke2' || product === 'k3s') {
      for (const release of db.bundles[product].keys()) texts.add(release);
    }
    if (product === 'containerd') {
      for (const b of [...db.bundles.rke2.values(), ...db.bundles.k3s.values()]) {
        if (b.containerd) texts.add(b.containerd);
      }
    }
    const ecosystem = ecosystemsFor(product, version);
    for (const advisory of db.advisories) {
      for (const entry of advisory.affected) {
        if (entry.package.ecosystem === ecosystem) for (const f of entry.fixed ?? []) texts.add(f);
      }
    }
    const parsed = new Map<string, Candidate>();
    for (const text of texts) {
      const v = scheme.parse(text);
      if (!v) continue;
      const canonical = scheme.format(v);
      if (familyOf(product, canonical) === family) {
        parsed.set(canonical, {
          text: canonical,
          version: v,
          line: scheme.line(v),
          stable: scheme.isStable(v),
        });
      }
    }
    const sorted = [...parsed.values()].sort((a, b) => scheme.compare(a.version, b.version));
    candidateCache.set(key, sorted);
    return sorted;
  }

  /**
   * Walks the releases above the pin (and the pin itself when `includeSelf`): the same line
   * first, then `preferred` releases on newer lines (an advisory's own fixes), then every newer
   * line from its lowest release up; returns the first the test accepts. Prereleases are only
   * candidates on a prerelease pin's own line.
   */
  function nearest(
    product: Product,
    version: string,
    includeSelf: boolean,
    accept: (v: string) => boolean,
    preferred: string[] = [],
  ): string | null {
    const order = releasesAbove(product, version, includeSelf);
    if (!order) return null;
    const { sameLine, newerLines } = order;
    const preferredNewer = preferred.filter((p) => newerLines.includes(p));
    return sameLine.find(accept) ?? preferredNewer.find(accept) ?? newerLines.find(accept) ?? null;
  }

  const aboveCache = new Map<string, { sameLine: string[]; newerLines: string[] } | null>();

  /** The releases `nearest` walks for a pin, in its order; once per pin and `includeSelf`. */
  function releasesAbove(
    product: Product,
    version: string,
    includeSelf: boolean,
  ): { sameLine: string[]; newerLines: string[] } | null {
    const key = `${product} ${version} ${includeSelf}`;
    if (aboveCache.has(key)) return aboveCache.get(key)!;
    const scheme = schemeFor(product);
    const pinned = scheme.parse(version);
    if (!pinned) {
      aboveCache.set(key, null);
      return null;
    }
    const line = scheme.line(pinned);
    const pinIsStable = scheme.isStable(pinned);
    // Only releases on lines still supported on the scan date are named.
    const above = candidates(product, version).filter((c) => {
      const cmp = scheme.compare(c.version, pinned);
      return (
        (includeSelf ? cmp >= 0 : cmp > 0) &&
        (c.stable || (!pinIsStable && c.line === line)) &&
        // By the candidate's line, known already: parsing each candidate again for every pinned
        // release was most of the matching time on a tree of a few dozen releases.
        supportOfLine(product, c.line)?.state !== 'ended'
      );
    });
    // A release the data does not know is not vouched for as clean.
    const known = (product !== 'rke2' && product !== 'k3s') || bundleOf(product, version) !== null;
    if (
      includeSelf &&
      known &&
      onSupportedLine(product, version) &&
      !above.some((c) => c.text === version)
    ) {
      above.unshift({ text: version, version: pinned, line, stable: pinIsStable });
    }
    const sameLine = above.filter((c) => c.line === line).map((c) => c.text);
    // A newer minor's first releases can predate the pin: moving there would be a downgrade.
    const pinnedOn = dateOf(product, version);
    const newerLines = above
      .filter((c) => c.line !== line)
      .filter((c) => !pinnedOn || (dateOf(product, c.text) ?? pinnedOn) >= pinnedOn)
      .map((c) => c.text);
    const order = { sameLine, newerLines };
    aboveCache.set(key, order);
    return order;
  }

  /** Answers are cached per release (and advisory): many pins share a handful of releases. */
  function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute();
    cache.set(key, value);
    return value;
  }
  const suggestions = new Map<string, string | null>();
  const fixes = new Map<string, string[]>();
  const upgrades = new WeakMap<(a: Advisory) => boolean, Map<string, string | null>>();

  return {
    matchRelease,
    suggestion(product, version, advisory, os = 'linux') {
      if (advisory.kind === 'end-of-life') {
        return memo(suggestions, `${product} ${version} ${advisory.id}`, () =>
          nextSupported(product, version),
        );
      }
      return memo(suggestions, `${product} ${version} ${advisory.id} ${os}`, () =>
        nearest(
          product,
          version,
          false,
          (c) => matchRelease(product, c, os).matches.every((m) => m.advisory.id !== advisory.id),
          fixedReleases(product, version, advisory).map((v) => schemeFor(product).format(v)),
        ),
      );
    },
    fixedIn(product, version, advisory) {
      return memo(fixes, `${product} ${version} ${advisory.id}`, () =>
        fixedInOf(product, version, advisory),
      );
    },
    upgradeTo(product, version, isFailing, os = 'linux') {
      let cache = upgrades.get(isFailing);
      if (!cache) upgrades.set(isFailing, (cache = new Map()));
      return memo(cache, `${product} ${version} ${os}`, () =>
        nearest(
          product,
          version,
          true,
          (c) =>
            !matchRelease(product, c, os).matches.some((m) => !m.otherOs && isFailing(m.advisory)),
        ),
      );
    },
  };

  /** The advisory's own fixed releases for this pin's product and family, ascending. */
  function fixedReleases(product: Product, version: string, advisory: Advisory): AnyVersion[] {
    const scheme = schemeFor(product);
    const ecosystem = ecosystemsFor(product, version);
    const family = familyOf(product, version);
    return advisory.affected
      .filter((e) => e.package.ecosystem === ecosystem)
      .flatMap((e) => e.fixed ?? [])
      .map((f) => scheme.parse(f))
      .filter((v): v is AnyVersion => v !== null && familyOf(product, scheme.format(v)) === family)
      .sort((a, b) => scheme.compare(a, b));
  }

  function fixedInOf(product: Product, version: string, advisory: Advisory): string[] {
    const scheme = schemeFor(product);
    const pinned = scheme.parse(version);
    if (!pinned) return [];
    const line = scheme.line(pinned);
    const own = fixedReleases(product, version, advisory);
    if (
      !own.length &&
      advisory.kind !== 'end-of-life' &&
      (product === 'rke2' || product === 'k3s')
    ) {
      // An advisory that reaches the release through its bundle names no release of this
      // product: the fix is the first later release on the pin's line whose bundle it spares,
      // whether or not that line is still supported (the suggestion says where to go instead).
      const spared = candidates(product, version).find(
        (c) =>
          c.line === line &&
          c.stable &&
          scheme.compare(c.version, pinned) > 0 &&
          matchRelease(product, c.text).matches.every((m) => m.advisory.id !== advisory.id),
      );
      return spared ? [spared.text] : [];
    }
    const fixed = own.filter((v) => scheme.compare(v, pinned) > 0);
    const sameLine = fixed.filter((v) => scheme.line(v) === line);
    return (sameLine.length ? sameLine : fixed).map((v) => scheme.format(v));
  }
}

/** Releases one can move to from a pin: the same product, and for containerd the same fork. */
function familyOf(product: Product, version: string): string {
  if (product !== 'containerd') return product;
  const fork = schemes.containerd.parse(version)?.fork;
  // `-1-22` and `.36` builds are made for one Kubernetes minor: each forms its own family.
  return fork ? `${fork.name}${fork.rest}` : 'upstream';
}
