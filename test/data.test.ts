import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  parseAdvisory,
  parseBundleFile,
  parseDataSources,
  parseSupportFile,
  type Advisory,
  type BundleFile,
} from '../src/data/schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, 'data');
const sharedDir = process.env.KPA_SHARED_DATA
  ? path.resolve(process.env.KPA_SHARED_DATA)
  : path.resolve(root, '..', 'shared', 'data');
const haveShared = existsSync(path.join(sharedDir, 'bundles', 'rke2.json'));

async function jsonFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
}

async function loadAdvisories(): Promise<Advisory[]> {
  const dir = path.join(dataDir, 'advisories');
  const out: Advisory[] = [];
  for (const file of await jsonFiles(dir)) {
    out.push(
      parseAdvisory(
        JSON.parse(await readFile(path.join(dir, file), 'utf8')),
        `data/advisories/${file}`,
      ),
    );
  }
  return out;
}

async function loadBundle(product: 'rke2' | 'k3s'): Promise<BundleFile> {
  const file = path.join(dataDir, 'bundles', `${product}.json`);
  return parseBundleFile(JSON.parse(await readFile(file, 'utf8')), `data/bundles/${product}.json`);
}

/** A valid advisory to break one field at a time. */
function validAdvisory(): Record<string, unknown> {
  return {
    schema_version: '1.6.0',
    id: 'TEST-0001',
    aliases: [],
    kind: 'defect',
    severity: 'high',
    cvss: null,
    summary: 'A test advisory',
    details: 'Details.',
    published: '2022-12-20',
    affected: [
      {
        package: { ecosystem: 'RKE2', name: 'github.com/rancher/rke2' },
        versions: ['v1.24.9+rke2r1'],
        fixed: ['v1.24.9+rke2r2'],
      },
    ],
    references: [{ type: 'REPORT', url: 'https://github.com/containerd/containerd/issues/7843' }],
  };
}

function parseError(json: unknown): string {
  try {
    parseAdvisory(json, 'data/advisories/X.json');
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('parseAdvisory accepted an invalid advisory');
}

describe('shipped data', () => {
  it('every advisory file validates, is named after its id and has https references', async () => {
    const dir = path.join(dataDir, 'advisories');
    const files = await jsonFiles(dir);
    expect(files.length).toBeGreaterThan(0);
    const advisories = await loadAdvisories();
    advisories.forEach((advisory, i) => {
      expect(`${advisory.id}.json`).toBe(files[i]);
      expect(advisory.references.length).toBeGreaterThanOrEqual(1);
      for (const ref of advisory.references) expect(ref.url).toMatch(/^https:\/\//);
    });
  });

  it('both bundle files validate', async () => {
    for (const product of ['rke2', 'k3s'] as const) {
      const bundle = await loadBundle(product);
      expect(bundle.product).toBe(product);
      expect(Object.keys(bundle.releases).length).toBeGreaterThan(0);
    }
  });

  it.skipIf(!haveShared)(
    'bundles hold every release of the shared tables (311 rke2, 213 k3s)',
    async () => {
      for (const product of ['rke2', 'k3s'] as const) {
        const shared = JSON.parse(
          await readFile(path.join(sharedDir, 'bundles', `${product}.json`), 'utf8'),
        ) as {
          count: number;
        };
        const bundle = await loadBundle(product);
        expect(Object.keys(bundle.releases).length).toBe(shared.count);
      }
      expect(Object.keys((await loadBundle('rke2')).releases)).toHaveLength(311);
      expect(Object.keys((await loadBundle('k3s')).releases)).toHaveLength(213);
    },
  );

  it('RKE2 bundle rows take the tagged Dockerfile over the docs table', async () => {
    const rke2 = await loadBundle('rke2');
    // rke2-docs says v1.5.13-k3s1 for this release; the Dockerfile at the tag says v1.6.6-k3s1.
    expect(rke2.releases['v1.24.1+rke2r2']?.containerd).toBe('v1.6.6-k3s1');
    expect(rke2.releases['v1.24.1+rke2r2']?.sources.containerd).toMatch(
      /Dockerfile.*docs release notes say v1\.5\.13-k3s1/,
    );
  });
});

describe('KPA-2022-0001 (containerd #7843)', () => {
  const table = {
    RKE2: {
      versions: [
        'v1.22.17+rke2r1',
        'v1.23.15+rke2r1',
        'v1.24.9+rke2r1',
        'v1.25.5+rke2r1',
        'v1.26.0+rke2r1',
      ],
      fixed: ['v1.23.16+rke2r1', 'v1.24.9+rke2r2', 'v1.25.5+rke2r2', 'v1.26.0+rke2r2'],
    },
    K3s: {
      versions: ['v1.22.17+k3s1', 'v1.23.15+k3s1', 'v1.24.9+k3s1', 'v1.25.5+k3s1', 'v1.26.0+k3s1'],
      fixed: ['v1.23.16+k3s1', 'v1.24.9+k3s2', 'v1.25.5+k3s2', 'v1.26.0+k3s2'],
    },
    'k3s-containerd': {
      versions: ['v1.5.16-k3s1', 'v1.5.16-k3s1-1-22', 'v1.6.12-k3s1'],
      fixed: ['v1.5.16-k3s2', 'v1.5.16-k3s2-1-22', 'v1.6.14-k3s1'],
    },
  } as const;

  async function advisory(): Promise<Advisory> {
    const found = (await loadAdvisories()).find((a) => a.id === 'KPA-2022-0001');
    if (!found) throw new Error('KPA-2022-0001 missing from data/advisories');
    return found;
  }

  it('lists exactly the releases of the design table', async () => {
    const a = await advisory();
    expect(a.kind).toBe('defect');
    expect(a.severity).toBe('high');
    expect(a.aliases).toContain('containerd/containerd#7843');
    expect(a.affected.map((e) => e.package.ecosystem).sort()).toEqual([
      'K3s',
      'RKE2',
      'containerd',
      'k3s-containerd',
    ]);
    for (const [ecosystem, expected] of Object.entries(table)) {
      const entry = a.affected.find((e) => e.package.ecosystem === ecosystem);
      expect([...(entry?.versions ?? [])].sort(), ecosystem).toEqual([...expected.versions].sort());
      expect([...(entry?.fixed ?? [])].sort(), ecosystem).toEqual([...expected.fixed].sort());
    }
    const upstream = a.affected.find((e) => e.package.ecosystem === 'containerd');
    expect(upstream?.ranges).toEqual([
      {
        type: 'ECOSYSTEM',
        events: [
          { introduced: 'v1.5.15' },
          { fixed: 'v1.5.17' },
          { introduced: 'v1.6.9' },
          { fixed: 'v1.6.15' },
          { introduced: 'v1.7.0-beta.0' },
          { fixed: 'v1.7.0-beta.2' },
        ],
      },
    ]);
    expect([...(upstream?.fixed ?? [])].sort()).toEqual(['v1.5.17', 'v1.6.15', 'v1.7.0-beta.2']);
  });

  it('agrees with the bundle data: affected releases ship an affected build, fixes ship a fixed one', async () => {
    const bundles = { RKE2: await loadBundle('rke2'), K3s: await loadBundle('k3s') };
    const forkAffected = new Set<string>(table['k3s-containerd'].versions);
    const forkFixed = new Set<string>(table['k3s-containerd'].fixed);
    for (const product of ['RKE2', 'K3s'] as const) {
      const releases = bundles[product].releases;
      for (const release of table[product].versions) {
        expect(forkAffected.has(releases[release]?.containerd ?? ''), release).toBe(true);
      }
      for (const release of table[product].fixed) {
        expect(forkFixed.has(releases[release]?.containerd ?? ''), release).toBe(true);
      }
      // And no other release in the tables ships an affected build.
      const shipping = Object.entries(releases)
        .filter(([, row]) => forkAffected.has(row.containerd ?? ''))
        .map(([name]) => name)
        .sort();
      expect(shipping).toEqual([...table[product].versions].sort());
    }
  });
});

describe('parseAdvisory', () => {
  it('accepts a valid advisory', () => {
    expect(parseAdvisory(validAdvisory(), 'x.json').id).toBe('TEST-0001');
  });

  it('names the file and the missing id', () => {
    const json = validAdvisory();
    delete json.id;
    expect(parseError(json)).toMatch(/^data\/advisories\/X\.json: id: /);
  });

  it('names the path of a wrong ecosystem', () => {
    const json = validAdvisory();
    (json.affected as { package: { ecosystem: string } }[])[0]!.package.ecosystem = 'Docker';
    expect(parseError(json)).toMatch(
      /^data\/advisories\/X\.json: affected\.0\.package\.ecosystem: Invalid option/,
    );
  });

  it('rejects unknown keys, naming the key', () => {
    expect(parseError({ ...validAdvisory(), severity_score: 7 })).toMatch(
      /: severity_score: Unrecognized key/,
    );
  });

  it('rejects an affected entry with neither ranges nor versions', () => {
    const json = validAdvisory();
    json.affected = [{ package: { ecosystem: 'K3s', name: 'github.com/k3s-io/k3s' } }];
    expect(parseError(json)).toMatch(/: affected\.0: needs "ranges" or "versions"/);
  });

  it('rejects a non-canonical version and a non-https reference', () => {
    const json = validAdvisory();
    (json.affected as { versions: string[] }[])[0]!.versions = ['1.24.9-rke2r1'];
    expect(parseError(json)).toMatch(
      /affected\.0\.versions\.0: "1\.24\.9-rke2r1" is not a canonical RKE2 version/,
    );
    expect(
      parseError({ ...validAdvisory(), references: [{ type: 'WEB', url: 'http://example.com/' }] }),
    ).toMatch(/references\.0\.url: must be an https URL/);
    expect(parseError({ ...validAdvisory(), references: [] })).toMatch(/references: /);
  });

  it('accepts range events with or without a leading v, and "0"', () => {
    const json = validAdvisory();
    json.affected = [
      {
        package: { ecosystem: 'containerd', name: 'github.com/containerd/containerd' },
        ranges: [
          {
            type: 'ECOSYSTEM',
            events: [{ introduced: '0' }, { fixed: '1.6.15' }, { introduced: 'v1.7.0-beta.0' }],
          },
        ],
      },
    ];
    expect(() => parseAdvisory(json, 'x.json')).not.toThrow();
  });
});

describe('build script', () => {
  it.skipIf(!haveShared)(
    're-running the build gives byte-identical data/ (skipped when ../shared/data is absent)',
    async () => {
      const out = await mkdtemp(path.join(tmpdir(), 'kpa-data-'));
      try {
        await promisify(execFile)(
          process.execPath,
          [
            '--import',
            'tsx',
            path.join(root, 'scripts', 'build-data.ts'),
            '--out',
            out,
            '--shared',
            sharedDir,
          ],
          { cwd: root },
        );
        for (const file of ['support.json', 'sources.json']) {
          const fresh = await readFile(path.join(out, file));
          const committed = await readFile(path.join(dataDir, file));
          expect(fresh.equals(committed), `${file} differs from a fresh build`).toBe(true);
        }
        for (const sub of ['advisories', 'bundles']) {
          const built = await jsonFiles(path.join(out, sub));
          expect(built, sub).toEqual(await jsonFiles(path.join(dataDir, sub)));
          for (const file of built) {
            const fresh = await readFile(path.join(out, sub, file));
            const committed = await readFile(path.join(dataDir, sub, file));
            expect(
              fresh.equals(committed),
              `${sub}/${file} differs from a fresh build: run npm run data`,
            ).toBe(true);
          }
        }
      } finally {
        await rm(out, { recursive: true, force: true });
      }
    },
  );
});

describe('Kubernetes, etcd, end of life and the data date (issue 12)', () => {
  const read = async (file: string) =>
    JSON.parse(await readFile(path.join(dataDir, file), 'utf8')) as unknown;

  it('support.json and sources.json validate with the runtime schemas', async () => {
    const support = parseSupportFile(await read('support.json'), 'data/support.json');
    const rke2 = support.lines.find((l) => l.product === 'rke2' && l.line === '1.33')!;
    // An RKE2 line ends with its Kubernetes minor, whatever it shipped after.
    expect(rke2).toMatchObject({ eol: '2026-06-28', last_release: 'v1.33.13+rke2r2' });
    const sources = parseDataSources(await read('sources.json'), 'data/sources.json');
    expect(sources.date).toBe('2026-09-30');
  });

  it('etcd advisories keep only the v3 modules; old-path-only records are not shipped', async () => {
    const all = await loadAdvisories();
    const etcd = all.filter((a) => a.affected.some((e) => e.package.ecosystem === 'etcd'));
    expect(etcd.length).toBeGreaterThan(0);
    for (const a of etcd) {
      for (const e of a.affected) expect(e.package.name).toMatch(/^go\.etcd\.io\/etcd\/.*v3$/);
    }
    // GO-2020-0005's only range is the old go.etcd.io/etcd pseudo-version path.
    expect(all.some((a) => a.id === 'GO-2020-0005')).toBe(false);
  });

  it('Windows-only advisories carry os; found severities carry the page they came from', async () => {
    const all = await loadAdvisories();
    const byId = new Map(all.map((a) => [a.id, a]));
    expect(byId.get('GO-2023-2330')!.os).toEqual(['windows']); // goos in vulndb
    expect(byId.get('GO-2024-2994')!.os).toEqual(['windows']); // by its announcement's text
    expect(byId.get('GO-2023-1891')!.os).toBeUndefined();
    const found = byId.get('GO-2024-3286')!;
    expect(found.severity).toBe('high');
    expect(found.references.map((r) => r.url)).toContain(
      'https://github.com/kubernetes/kubernetes/issues/128885',
    );
    expect(byId.get('GO-2026-6114')!.severity).toBe('unknown');
  });
});
