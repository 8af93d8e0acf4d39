import { describe, expect, it } from 'vitest';
import {
  canonicalize,
  identify,
  isChannel,
  schemeFor,
  type Product,
} from '../src/versioning/index.js';

// [product, as written, canonical]; null when the text is not a version of that product.
const parseCases: [Product, string, string | null][] = [
  ['rke2', 'v1.24.9+rke2r1', 'v1.24.9+rke2r1'],
  ['rke2', '1.24.9+rke2r1', 'v1.24.9+rke2r1'],
  ['rke2', 'v1.24.9-rke2r1', 'v1.24.9+rke2r1'],
  ['rke2', 'v1.24.9%2Brke2r1', 'v1.24.9+rke2r1'],
  ['rke2', 'v1.24.9%2brke2r2', 'v1.24.9+rke2r2'],
  ['rke2', 'v1.26.0-rc1+rke2r1', 'v1.26.0-rc1+rke2r1'],
  ['rke2', 'v1.26.0-rc1-rke2r1', 'v1.26.0-rc1+rke2r1'],
  ['rke2', 'v1.26.0-rc.2+rke2r1', 'v1.26.0-rc2+rke2r1'],
  ['rke2', 'v1.24.9+k3s1', null],
  ['rke2', 'v1.26', null],
  ['rke2', 'stable', null],
  ['rke2', 'v1.24.9', null],
  ['k3s', 'v1.24.9+k3s1', 'v1.24.9+k3s1'],
  ['k3s', '1.24.9+k3s2', 'v1.24.9+k3s2'],
  ['k3s', 'v1.24.9-k3s1', 'v1.24.9+k3s1'],
  ['k3s', 'v1.25.5%2Bk3s1', 'v1.25.5+k3s1'],
  ['k3s', 'v1.27.0-rc3+k3s1', 'v1.27.0-rc3+k3s1'],
  ['k3s', 'v1.6.12-k3s1', null], // a containerd fork build, not a Kubernetes release
  ['k3s', 'v3.5.5-k3s1', null], // an etcd build
  ['rfo', 'v1.26.4+rfor1', 'v1.26.4+rfor1'],
  ['rfo', 'v1.26.4-rfor2', 'v1.26.4+rfor2'],
  ['rfo', '1.26.4%2Brfor1', 'v1.26.4+rfor1'],
  ['containerd', '1.6.12', 'v1.6.12'],
  ['containerd', 'v1.6.12', 'v1.6.12'],
  ['containerd', '1.6.12-1', 'v1.6.12'], // Docker's containerd.io deb
  ['containerd', '1.6.12-3.1.el8', 'v1.6.12'], // rpm
  ['containerd', '1.6.12-0ubuntu1~22.04.1', 'v1.6.12'], // Ubuntu's package
  ['containerd', 'v1.6.12-k3s1', 'v1.6.12-k3s1'],
  ['containerd', 'v1.5.16-k3s1-1-22', 'v1.5.16-k3s1-1-22'],
  ['containerd', 'v2.3.4-k3s1.36', 'v2.3.4-k3s1.36'],
  ['containerd', 'v2.2.2-bd1.34', 'v2.2.2-bd1.34'],
  ['containerd', 'v1.6.12-k3s1-build20221209', 'v1.6.12-k3s1'],
  ['containerd', 'v1.7.0-beta.0', 'v1.7.0-beta.0'],
  ['containerd', '1.7.0~beta.2-1', 'v1.7.0-beta.2'],
  ['containerd', 'v1.7.0-rc.1', 'v1.7.0-rc.1'],
  ['containerd', 'v3.5.5', null],
  ['containerd', 'v1.26.0', null], // a Kubernetes version: containerd 1.x stopped at 1.7
  ['containerd', '1.6', null],
  ['containerd', 'latest', null],
];

describe('parsing every spelling to the canonical form', () => {
  it.each(parseCases)('%s %s -> %s', (product, text, expected) => {
    expect(canonicalize(product, text)).toBe(expected);
  });
});

// [product, lower, higher]: lower sorts strictly before higher.
const orderCases: [Product, string, string][] = [
  ['rke2', 'v1.24.9+rke2r1', 'v1.24.9+rke2r2'],
  ['rke2', 'v1.24.9+rke2r2', 'v1.24.10+rke2r1'],
  ['rke2', 'v1.24.10+rke2r1', 'v1.25.0+rke2r1'],
  ['rke2', 'v1.26.0-rc1+rke2r1', 'v1.26.0+rke2r1'],
  ['rke2', 'v1.26.0-rc1+rke2r2', 'v1.26.0+rke2r1'],
  ['rke2', 'v1.26.0-rc1+rke2r1', 'v1.26.0-rc2+rke2r1'],
  ['rke2', 'v1.26.0-rc9+rke2r1', 'v1.26.0-rc10+rke2r1'],
  ['rke2', 'v1.23.16+rke2r1', 'v1.24.0+rke2r1'],
  ['k3s', 'v1.24.9+k3s1', 'v1.24.9+k3s2'],
  ['k3s', 'v1.25.5+k3s2', 'v1.26.0+k3s1'],
  ['rfo', 'v1.26.4+rfor1', 'v1.26.4+rfor2'],
  ['containerd', 'v1.6.14', 'v1.6.15'],
  ['containerd', 'v1.6.9', 'v1.6.10'],
  ['containerd', 'v1.7.0-beta.1', 'v1.7.0-beta.2'],
  ['containerd', 'v1.7.0-rc.1', 'v1.7.0'],
  ['containerd', 'v1.6.14', 'v1.6.14-k3s1'], // a fork build is not a prerelease of its base
  ['containerd', 'v1.6.12-k3s1', 'v1.6.14-k3s1'],
  ['containerd', 'v1.5.16-k3s1', 'v1.5.16-k3s2'],
  ['containerd', 'v1.5.16-k3s1-1-22', 'v1.5.16-k3s2-1-22'],
  ['containerd', 'v1.6.14-k3s1', 'v1.6.15'],
];

describe('ordering', () => {
  it.each(orderCases)('%s %s < %s', (product, lower, higher) => {
    const scheme = schemeFor(product);
    const a = scheme.parse(lower)!;
    const b = scheme.parse(higher)!;
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    expect(scheme.compare(a, b)).toBeLessThan(0);
    expect(scheme.compare(b, a)).toBeGreaterThan(0);
  });

  it('treats spellings of one release as equal and build metadata as significant', () => {
    const rke2 = schemeFor('rke2');
    expect(rke2.compare(rke2.parse('v1.24.9-rke2r1')!, rke2.parse('1.24.9%2Brke2r1')!)).toBe(0);
    expect(rke2.compare(rke2.parse('v1.24.9+rke2r1')!, rke2.parse('v1.24.9+rke2r2')!)).not.toBe(0);
  });
});

describe('identify and channels', () => {
  it('recognizes the product of a self-identifying version', () => {
    expect(identify('v1.24.9+rke2r1')?.product).toBe('rke2');
    expect(identify('v1.24.9+k3s1')?.product).toBe('k3s');
    expect(identify('v1.26.4+rfor1')?.product).toBe('rfo');
    expect(identify('v1.6.12-k3s1')?.product).toBe('containerd');
    expect(identify('1.6.12')?.product).toBe('containerd');
    expect(identify('stable')).toBeNull();
  });

  it.each(['stable', 'latest', 'testing', 'v1.26', '1.27'])(
    '%s is a channel, not a version',
    (text) => {
      expect(isChannel(text)).toBe(true);
      expect(identify(text)).toBeNull();
    },
  );

  it('gives each release line', () => {
    expect(schemeFor('rke2').line(schemeFor('rke2').parse('v1.24.9+rke2r1')!)).toBe('1.24');
    expect(schemeFor('containerd').line(schemeFor('containerd').parse('v1.5.16-k3s1-1-22')!)).toBe(
      '1.5',
    );
  });
});
