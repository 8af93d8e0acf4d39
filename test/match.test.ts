import { describe, expect, it } from 'vitest';
import type { Advisory } from '../src/advisories/types.js';
import { createMatcher } from '../src/match/matcher.js';

/** January 2023, when #7843's fixes shipped: every line in DESIGN's table but 1.22 was supported. */
const AT_7843 = { date: '2023-01-10', endOfLife: 'medium' } as const;
import type { Product } from '../src/versioning/index.js';
import { projectDb } from './support/db.js';

const ID = 'KPA-2022-0001';

function defect(product: Product, version: string) {
  const matcher = createMatcher(projectDb(), AT_7843);
  const match = matcher.matchRelease(product, version).matches.find((m) => m.advisory.id === ID);
  return { match, matcher, advisory: projectDb().advisories.find((a) => a.id === ID) as Advisory };
}

// Every row of DESIGN.md's containerd #7843 table: [product, affected release, same-line fix].
const affectedRows: [Product, string, string][] = [
  ['rke2', 'v1.24.9+rke2r1', 'v1.24.9+rke2r2'],
  ['rke2', 'v1.25.5+rke2r1', 'v1.25.5+rke2r2'],
  ['rke2', 'v1.26.0+rke2r1', 'v1.26.0+rke2r2'],
  ['rke2', 'v1.23.15+rke2r1', 'v1.23.16+rke2r1'],
  ['k3s', 'v1.24.9+k3s1', 'v1.24.9+k3s2'],
  ['k3s', 'v1.25.5+k3s1', 'v1.25.5+k3s2'],
  ['k3s', 'v1.26.0+k3s1', 'v1.26.0+k3s2'],
  ['k3s', 'v1.23.15+k3s1', 'v1.23.16+k3s1'],
  ['containerd', 'v1.6.9', 'v1.6.15'],
  ['containerd', 'v1.6.12', 'v1.6.15'],
  ['containerd', 'v1.6.14', 'v1.6.15'],
  ['containerd', 'v1.5.15', 'v1.5.17'],
  ['containerd', 'v1.5.16', 'v1.5.17'],
  ['containerd', 'v1.7.0-beta.0', 'v1.7.0-beta.2'],
  ['containerd', 'v1.7.0-beta.1', 'v1.7.0-beta.2'],
  ['containerd', 'v1.6.12-k3s1', 'v1.6.14-k3s1'],
  ['containerd', 'v1.5.16-k3s1-1-22', 'v1.5.16-k3s2-1-22'],
];

describe('containerd #7843 (KPA-2022-0001)', () => {
  it.each(affectedRows)('%s %s is affected, fixed by %s', (product, version, fix) => {
    const { match, matcher, advisory } = defect(product, version);
    expect(match).toBeDefined();
    expect(matcher.fixedIn(product, version, advisory)).toContain(fix);
    // A prerelease pin may move to a prerelease on its own line (v1.7.0-beta.2).
    expect(matcher.suggestion(product, version, advisory)).toBe(fix);
  });

  it.each([
    ['rke2', 'v1.22.17+rke2r1'],
    ['k3s', 'v1.22.17+k3s1'],
  ] as [Product, string][])(
    '%s %s (1.22, end of life) has no same-line fix but a newer line',
    (product, version) => {
      const { match, matcher, advisory } = defect(product, version);
      expect(match).toBeDefined();
      expect(matcher.fixedIn(product, version, advisory)).toEqual(
        product === 'rke2'
          ? ['v1.23.16+rke2r1', 'v1.24.9+rke2r2', 'v1.25.5+rke2r2', 'v1.26.0+rke2r2']
          : ['v1.23.16+k3s1', 'v1.24.9+k3s2', 'v1.25.5+k3s2', 'v1.26.0+k3s2'],
      );
      // DESIGN.md: move to a fixed 1.23+ release: the advisory's own fix on the next line.
      const suggestion = matcher.suggestion(product, version, advisory)!;
      expect(suggestion).toBe(product === 'rke2' ? 'v1.23.16+rke2r1' : 'v1.23.16+k3s1');
      expect(
        matcher.matchRelease(product, suggestion).matches.some((m) => m.advisory.id === ID),
      ).toBe(false);
    },
  );

  it.each([
    ['rke2', 'v1.24.9+rke2r2'],
    ['rke2', 'v1.25.5+rke2r2'],
    ['rke2', 'v1.26.0+rke2r2'],
    ['rke2', 'v1.23.16+rke2r1'],
    ['rke2', 'v1.24.8+rke2r1'],
    ['k3s', 'v1.24.9+k3s2'],
    ['k3s', 'v1.25.5+k3s2'],
    ['k3s', 'v1.26.0+k3s2'],
    ['k3s', 'v1.23.16+k3s1'],
    ['rfo', 'v1.24.9+rfor1'],
    ['rfo', 'v1.26.0+rfor1'],
    ['rfo', 'v1.23.15+rfor1'],
    ['containerd', 'v1.6.8'],
    ['containerd', 'v1.6.15'],
    ['containerd', 'v1.5.14'],
    ['containerd', 'v1.5.17'],
    ['containerd', 'v1.7.0-beta.2'],
    ['containerd', 'v1.6.14-k3s1'], // base 1.6.14 is affected upstream; the fork build carries the fix
    ['containerd', 'v1.5.16-k3s2'],
    ['containerd', 'v1.5.16-k3s2-1-22'],
  ] as [Product, string][])('%s %s is not affected', (product, version) => {
    expect(defect(product, version).match).toBeUndefined();
  });

  it('names fixes of the same fork family only', () => {
    const { matcher, advisory } = defect('containerd', 'v1.5.16-k3s1-1-22');
    expect(matcher.fixedIn('containerd', 'v1.5.16-k3s1-1-22', advisory)).toEqual([
      'v1.5.16-k3s2-1-22',
    ]);
    expect(matcher.fixedIn('containerd', 'v1.5.16-k3s1', advisory)).toEqual(['v1.5.16-k3s2']);
  });

  it('reaches a release directly, not through its bundle, when the advisory names it', () => {
    expect(defect('rke2', 'v1.24.9+rke2r1').match?.via).toBeNull();
  });
});

describe('bundle propagation', () => {
  it('a runc advisory reaches every release bundling an affected runc, with via', () => {
    const matcher = createMatcher(projectDb(), AT_7843);
    const { matches, bundle } = matcher.matchRelease('rke2', 'v1.26.0+rke2r2');
    expect(bundle?.runc).toBe('v1.1.4');
    const leakyVessels = matches.find((m) => m.advisory.aliases.includes('CVE-2024-21626'));
    expect(leakyVessels?.via).toEqual({ component: 'runc', version: 'v1.1.4' });
    // A release bundling runc v1.1.12 or later is clear of it.
    const fixed = matcher.suggestion('rke2', 'v1.26.0+rke2r2', leakyVessels!.advisory)!;
    const fixedBundle = matcher.matchRelease('rke2', fixed);
    expect(fixedBundle.matches.some((m) => m.advisory.aliases.includes('CVE-2024-21626'))).toBe(
      false,
    );
  });

  it("runc fork builds are not prereleases of their base: v1.1.12-k3s1 carries CVE-2024-21626's fix", () => {
    const matcher = createMatcher(projectDb(), AT_7843);
    const { matches, bundle } = matcher.matchRelease('k3s', 'v1.26.13+k3s2');
    expect(bundle?.runc).toBe('v1.1.12-k3s1');
    expect(matches.some((m) => m.advisory.aliases.includes('CVE-2024-21626'))).toBe(false);
  });

  it('a containerd advisory reaches a release through its bundled fork build', () => {
    const matcher = createMatcher(projectDb(), AT_7843);
    const { matches } = matcher.matchRelease('k3s', 'v1.25.5+k3s2');
    const viaContainerd = matches.filter((m) => m.via?.component === 'containerd');
    expect(viaContainerd.length).toBeGreaterThan(0);
    expect(viaContainerd.every((m) => m.via!.version === 'v1.6.14-k3s1')).toBe(true);
  });

  it('a release missing from the bundle data is matched on its own advisories and says so', () => {
    const matcher = createMatcher(projectDb(), AT_7843);
    const result = matcher.matchRelease('rke2', 'v1.24.99+rke2r7');
    expect(result.bundleKnown).toBe(false);
    expect(result.bundle).toBeNull();
    expect(result.matches.every((m) => m.via === null)).toBe(true);
    // It still falls in the RKE2 advisories' own ranges (fixed in v1.24.17+rke2r1 is below it: none).
    const older = matcher.matchRelease('rke2', 'v1.24.10+rke2r9');
    expect(older.bundleKnown).toBe(false);
    expect(older.matches.map((m) => m.advisory.aliases).flat()).toContain('CVE-2023-32186');
  });
});

describe('suggestions move forward', () => {
  it('never suggests a release made before the pin', () => {
    const db = projectDb();
    const matcher = createMatcher(db, AT_7843);
    const pinnedOn = db.bundles.k3s.get('v1.26.13+k3s2')!.date!;
    for (const { advisory } of matcher.matchRelease('k3s', 'v1.26.13+k3s2').matches) {
      const suggestion = matcher.suggestion('k3s', 'v1.26.13+k3s2', advisory);
      if (!suggestion) continue;
      const madeOn = db.bundles.k3s.get(suggestion)?.date;
      if (madeOn)
        expect(madeOn >= pinnedOn, `${advisory.id}: ${suggestion} (${madeOn})`).toBe(true);
    }
  });

  it('vouches for no release the data does not know', () => {
    const matcher = createMatcher(projectDb(), AT_7843);
    expect(matcher.upgradeTo('rke2', 'v1.99.1+rke2r1', () => true)).toBeNull();
  });
});

describe('upgradeTo', () => {
  it('is the pin itself when nothing failing affects it, and a clean release otherwise', () => {
    const db = projectDb();
    const matcher = createMatcher(db, AT_7843);
    const failing = (a: Advisory) => a.severity === 'high' || a.severity === 'critical';
    const target = matcher.upgradeTo('rke2', 'v1.24.9+rke2r1', failing)!;
    expect(target).not.toBeNull();
    expect(matcher.matchRelease('rke2', target).matches.some((m) => failing(m.advisory))).toBe(
      false,
    );
    expect(matcher.upgradeTo('rke2', target, failing)).toBe(target);
  });
});

describe('fixedIn of an advisory that reaches a release through its bundle', () => {
  it('is the first later release on the pin line whose bundle it spares', () => {
    const db = projectDb();
    const matcher = createMatcher(db, { ...AT_7843, date: '2026-12-06' });
    const advisory = db.advisories.find((a) => a.id === 'GO-2025-4096')!; // runc, via the bundle
    const hits = (v: string) =>
      matcher.matchRelease('k3s', v).matches.some((m) => m.advisory.id === advisory.id);
    expect(hits('v1.31.12+k3s1')).toBe(true);
    expect(hits('v1.31.13+k3s1')).toBe(true);
    expect(hits('v1.31.14+k3s1')).toBe(false);
    // 1.31 has ended by then: the suggestion leaves the line, fixedIn stays on it.
    expect(matcher.fixedIn('k3s', 'v1.31.12+k3s1', advisory)).toEqual(['v1.31.14+k3s1']);
    expect(matcher.suggestion('k3s', 'v1.31.12+k3s1', advisory)).not.toMatch(/^v1\.31\./);
  });
});
