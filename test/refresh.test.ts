/**
 * `npm run data:refresh` on small fixture copies of each upstream (test/fixtures/refresh/), made
 * into git checkouts; every table is checked field by field against values worked out by hand
 * from those fixtures.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../scripts/build-data.js';
import { cvss3BaseScore } from '../scripts/refresh/cvss.js';
import { compareWithVulndb, rangeTexts, type GhsaAffected } from '../scripts/refresh/ghsa.js';
import { readPreviousK3s, refresh, type RefreshResult } from '../scripts/refresh/refresh.js';
import { releaseNotesDate } from '../scripts/refresh/releases.js';
import { linesOfPage } from '../scripts/refresh/eol.js';
import { hardenedImage, shellDefault } from '../scripts/refresh/rke2.js';
import { goosOf, type OsvRecord } from '../scripts/refresh/vulndb.js';
import { makeUpstreams, refreshFixtures, type Upstreams } from './support/refresh-upstreams.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);

let tmp: string;
let up: Upstreams;
let result: RefreshResult;

function table<T = unknown>(rel: string): T {
  const bytes = result.files.get(rel);
  if (!bytes) throw new Error(`${rel} was not produced`);
  return JSON.parse(bytes.toString('utf8')) as T;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'kpa-refresh-'));
  up = await makeUpstreams(tmp);
  result = await refresh({
    from: up.from,
    previousK3s: await readPreviousK3s(path.join(refreshFixtures, 'previous')),
  });
  // Six git repositories and a refresh: generous on a loaded machine.
}, 120_000);

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('golang/vulndb -> osv/ and osv-index.json', () => {
  it('copies byte for byte exactly the records that name a component a release ships', async () => {
    const taken = [...result.files.keys()].filter((f) => f.startsWith('osv/'));
    expect(taken).toEqual([
      'osv/GO-2022-1144.json',
      'osv/GO-2023-1629.json',
      'osv/GO-2023-2330.json',
      'osv/GO-2024-2528.json',
      'osv/GO-2025-3543.json',
    ]);
    for (const file of taken) {
      const upstream = await readFile(path.join(refreshFixtures, 'vulndb', 'data', file));
      expect(result.files.get(file)!.equals(upstream), file).toBe(true);
    }
    expect(result.warnings).toContain(
      'data/osv/GO-2024-3100.json: not valid JSON (Unexpected end of JSON input); left out',
    );
  });

  it('indexes one row per (record, package), with goos only where every import is limited', () => {
    const source = (id: string) => `golang/vulndb@${up.heads.vulndb}:data/osv/${id}.json`;
    expect(table('osv-index.json')).toEqual([
      {
        osv_id: 'GO-2022-1144',
        aliases: ['CVE-2022-23471', 'GHSA-2qjp-425j-52j9'],
        package: 'github.com/containerd/containerd',
        summary: 'Goroutine leak in the CRI stream server of github.com/containerd/containerd',
        events: [
          { introduced: '0' },
          { fixed: '1.5.16' },
          { introduced: '1.6.0' },
          { fixed: '1.6.12' },
        ],
        source: source('GO-2022-1144'),
      },
      {
        osv_id: 'GO-2023-1629',
        aliases: ['CVE-2022-3294', 'GHSA-jh36-q97c-9928'],
        package: 'k8s.io/kubernetes',
        summary: 'Node address bypass in k8s.io/kubernetes',
        events: [
          { introduced: '1.24.0' },
          { fixed: '1.24.8' },
          { introduced: '1.25.0' },
          { fixed: '1.25.4' },
        ],
        source: source('GO-2023-1629'),
      },
      {
        osv_id: 'GO-2023-2330',
        aliases: ['CVE-2023-3676', 'GHSA-7fxm-f474-hf8w'],
        package: 'k8s.io/kubernetes',
        summary: 'Privilege escalation on Windows nodes in k8s.io/kubernetes',
        events: [
          { introduced: '0' },
          { fixed: '1.24.17' },
          { introduced: '1.25.0' },
          { fixed: '1.25.13' },
        ],
        source: source('GO-2023-2330'),
        goos: ['windows'],
      },
      {
        osv_id: 'GO-2024-2528',
        aliases: ['CVE-2020-15112', 'GHSA-m332-53r6-2w93'],
        package: 'go.etcd.io/etcd',
        summary: 'Out-of-bounds read of a WAL entry in go.etcd.io/etcd',
        events: [{ introduced: '0' }],
        source: source('GO-2024-2528'),
      },
      {
        osv_id: 'GO-2024-2528',
        aliases: ['CVE-2020-15112', 'GHSA-m332-53r6-2w93'],
        package: 'go.etcd.io/etcd/v3',
        summary: 'Out-of-bounds read of a WAL entry in go.etcd.io/etcd',
        events: [{ introduced: '3.4.0' }, { fixed: '3.4.10' }],
        source: source('GO-2024-2528'),
      },
      {
        osv_id: 'GO-2025-3543',
        aliases: ['CVE-2025-27612'],
        package: 'github.com/opencontainers/runc',
        summary: 'WITHDRAWN: capabilities elevation in github.com/opencontainers/runc',
        events: [{ introduced: '0' }],
        source: source('GO-2025-3543'),
      },
    ]);
  });

  it('goos: the same list on every import, else none', () => {
    const pkg = { name: 'k8s.io/kubernetes', ecosystem: 'Go' };
    expect(
      goosOf({ package: pkg, ecosystem_specific: { imports: [{ goos: ['windows'] }] } }),
    ).toEqual(['windows']);
    expect(
      goosOf({
        package: pkg,
        ecosystem_specific: { imports: [{ goos: ['windows'] }, { path: 'x' }] },
      }),
    ).toBeUndefined();
    expect(
      goosOf({
        package: pkg,
        ecosystem_specific: { imports: [{ goos: ['windows'] }, { goos: ['linux'] }] },
      }),
    ).toBeUndefined();
    expect(goosOf({ package: pkg })).toBeUndefined();
  });
});

describe('github/advisory-database -> ghsa.json and ghsa.tsv', () => {
  type Rows = { counts: Record<string, number>; records: Record<string, unknown>[] };
  const record = (rel: string) =>
    `github/advisory-database:advisories/${rel}@${up.heads['advisory-database']}`;

  it('finds each GHSA a taken record names, reviewed first, then unreviewed', () => {
    const { records } = table<Rows>('ghsa.json');
    expect(records.map((r) => [r.ghsa, r.status])).toEqual([
      ['GHSA-2qjp-425j-52j9', 'found:advisory-database'],
      ['GHSA-jh36-q97c-9928', 'found:advisory-database'],
      ['GHSA-7fxm-f474-hf8w', 'found:advisory-database'],
      ['GHSA-m332-53r6-2w93', 'not_found'],
      ['no GHSA', 'no GHSA alias in input row'],
      ['GHSA-p45j-vfv5-wprq', 'found:advisory-database'],
    ]);
    expect(records[0]).toEqual({
      ghsa: 'GHSA-2qjp-425j-52j9',
      in_input_file: true,
      osv_ids: ['GO-2022-1144'],
      cve: ['CVE-2022-23471'],
      summary: 'containerd CRI stream server goroutine leak (fixture)',
      severity: 'MODERATE',
      cwe_ids: ['CWE-400', 'CWE-401'],
      cvss: [
        { type: 'CVSS_V3', vector: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:H', score: 6.5 },
      ],
      cvss_score: 6.5,
      cvss_vector: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:N/I:N/A:H',
      published: '2022-12-07T21:36:07Z',
      modified: '2023-01-10T05:02:11Z',
      affected: [
        {
          ecosystem: 'Go',
          name: 'github.com/containerd/containerd',
          events: [{ introduced: '0' }, { fixed: '1.5.16' }],
        },
        {
          ecosystem: 'Go',
          name: 'github.com/containerd/containerd',
          events: [{ introduced: '1.6.0' }, { fixed: '1.6.12' }],
        },
      ],
      packages_and_ranges: 'Go:github.com/containerd/containerd <1.5.16; >=1.6.0 <1.6.12',
      references: [
        'https://github.com/containerd/containerd/security/advisories/GHSA-2qjp-425j-52j9',
        'https://nvd.nist.gov/vuln/detail/CVE-2022-23471',
      ],
      status: 'found:advisory-database',
      record: record('github-reviewed/2022/12/GHSA-2qjp-425j-52j9/GHSA-2qjp-425j-52j9.json'),
      vulndb_comparison: ['match'],
    });
  });

  it('compares GitHub ranges with vulndb ranges, naming a module that carries the same ranges', () => {
    const { records } = table<Rows>('ghsa.json');
    expect(records[1]).toMatchObject({
      cvss_score: 7.2,
      packages_and_ranges: 'Go:k8s.io/kubernetes/pkg/registry >=1.24.0 <1.24.8; >=1.25.0 <1.25.4',
      vulndb_comparison: [
        'GO-2023-1629 k8s.io/kubernetes: vulndb lists package (>=1.24.0 <1.24.8; >=1.25.0 <1.25.4) but GHSA has no range for it; GHSA gives the same ranges under k8s.io/kubernetes/pkg/registry',
      ],
    });
  });

  it('an unreviewed record with a CVSS 4.0 vector: 3.x scored, 4.0 left null, both said in a note', () => {
    const { records } = table<Rows>('ghsa.json');
    expect(records[2]).toMatchObject({
      severity: 'HIGH',
      cvss: [
        { type: 'CVSS_V3', vector: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H', score: 7.8 },
        {
          type: 'CVSS_V4',
          vector: 'CVSS:4.0/AV:L/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
          score: null,
        },
      ],
      cvss_score: 7.8,
      cvss_vector: 'CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H',
      record: record('unreviewed/2023/09/GHSA-7fxm-f474-hf8w/GHSA-7fxm-f474-hf8w.json'),
      note: 'only the unreviewed record is in the checkout (advisories/unreviewed/); CVSS 4.0 vectors are not scored by the refresh (score null)',
      vulndb_comparison: ['match'],
    });
  });

  it('a GHSA with no record is kept, not_found, with the CVE from vulndb and no severity', () => {
    const { records } = table<Rows>('ghsa.json');
    expect(records[3]).toEqual({
      ghsa: 'GHSA-m332-53r6-2w93',
      in_input_file: true,
      osv_ids: ['GO-2024-2528'],
      cve: ['CVE-2020-15112'],
      status: 'not_found',
      record: null,
      note: `no record of GHSA-m332-53r6-2w93 under advisories/github-reviewed or advisories/unreviewed at github/advisory-database@${up.heads['advisory-database']}; no severity recorded`,
    });
    expect(records[4]).toEqual({
      ghsa: 'no GHSA',
      osv_ids: ['GO-2025-3543'],
      cve: ['CVE-2025-27612'],
      status: 'no GHSA alias in input row',
      summary: 'WITHDRAWN: capabilities elevation in github.com/opencontainers/runc',
      packages_and_ranges: 'Go:github.com/opencontainers/runc all versions (no fix)',
    });
  });

  it('adds reviewed RKE2/K3s advisories vulndb lacks; withdrawn and other ecosystems are not taken', () => {
    const file = table<Rows>('ghsa.json');
    expect(file.records[5]).toMatchObject({
      ghsa: 'GHSA-p45j-vfv5-wprq',
      in_input_file: false,
      osv_ids: [],
      cve: ['CVE-2023-32186'],
      severity: 'HIGH',
      cvss_score: 7.5,
      packages_and_ranges: 'Go:github.com/rancher/rke2 <1.24.17; >=1.25.0 <1.25.13',
      // Every reference as the record lists it, the PACKAGE one too.
      references: [
        'https://github.com/rancher/rke2/security/advisories/GHSA-p45j-vfv5-wprq',
        'https://github.com/rancher/rke2',
      ],
      record: record('github-reviewed/2023/09/GHSA-p45j-vfv5-wprq/GHSA-p45j-vfv5-wprq.json'),
      vulndb_comparison: ['no vulndb row in input'],
    });
    expect(file.counts).toEqual({
      distinct_ghsa: 5,
      from_input: 4,
      extra: 1,
      found_github_advisory_database: 4,
      not_found: 1,
      no_ghsa_rows: 1,
    });
  });

  it('ghsa.tsv has one line per row, tab-separated', () => {
    const lines = result.files.get('ghsa.tsv')!.toString('utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe(
      'ghsa\tcve\tseverity\tcvss_score\tcvss_vector\tpublished\tpackages_and_ranges\tsummary\trecord_path@commit',
    );
    expect(lines[6]!.split('\t')).toEqual([
      'GHSA-p45j-vfv5-wprq',
      'CVE-2023-32186',
      'HIGH',
      '7.5',
      'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H',
      '2023-09-11',
      'Go:github.com/rancher/rke2 <1.24.17; >=1.25.0 <1.25.13',
      'RKE2 supervisor port denial of service through TLS SAN stuffing (fixture)',
      record('github-reviewed/2023/09/GHSA-p45j-vfv5-wprq/GHSA-p45j-vfv5-wprq.json'),
    ]);
    expect(lines[4]!.split('\t').slice(0, 3)).toEqual([
      'GHSA-m332-53r6-2w93',
      'CVE-2020-15112',
      '',
    ]);
    expect(lines[5]!.startsWith('no GHSA [GO-2025-3543]\tCVE-2025-27612\t')).toBe(true);
  });

  it('comparison: vulndb custom_ranges that equal GitHub ranges given under another module', () => {
    const etcd: OsvRecord = {
      id: 'GO-2024-2528',
      affected: [
        {
          package: { name: 'go.etcd.io/etcd', ecosystem: 'Go' },
          ecosystem_specific: {
            custom_ranges: [
              {
                type: 'ECOSYSTEM',
                events: [
                  { introduced: '0' },
                  { fixed: '3.3.23' },
                  { introduced: '3.4.0-rc.0' },
                  { fixed: '3.4.10' },
                ],
              },
            ],
          },
        },
      ],
    };
    const row = {
      osv_id: 'GO-2024-2528',
      aliases: [],
      package: 'go.etcd.io/etcd',
      summary: '',
      events: [{ introduced: '0' }],
      source: '',
    };
    const ghsa: GhsaAffected[] = [
      {
        ecosystem: 'Go',
        name: 'go.etcd.io/etcd/v3',
        events: [{ introduced: '3.4.0-rc.0' }, { fixed: '3.4.10' }],
      },
      {
        ecosystem: 'Go',
        name: 'go.etcd.io/etcd/v3',
        events: [{ introduced: '0' }, { fixed: '3.3.23' }],
      },
    ];
    expect(compareWithVulndb(ghsa, [row], new Map([[etcd.id, etcd]]))).toEqual([
      'GO-2024-2528 go.etcd.io/etcd: vulndb lists package (all versions (no fix)) but GHSA has no range for it (GHSA: go.etcd.io/etcd/v3 [>=3.4.0-rc.0 <3.4.10; <3.3.23]) (vulndb custom_ranges [<3.3.23; >=3.4.0-rc.0 <3.4.10])',
    ]);
    const same = { ...row, package: 'go.etcd.io/etcd/v3' };
    const v3: OsvRecord = {
      ...etcd,
      affected: [
        { ...etcd.affected[0]!, package: { name: 'go.etcd.io/etcd/v3', ecosystem: 'Go' } },
      ],
    };
    expect(compareWithVulndb(ghsa, [same], new Map([[v3.id, v3]]))).toEqual([
      'GO-2024-2528 go.etcd.io/etcd/v3: GHSA [>=3.4.0-rc.0 <3.4.10; <3.3.23] vs vulndb [all versions (no fix)] (vulndb custom_ranges [<3.3.23; >=3.4.0-rc.0 <3.4.10] = GHSA)',
    ]);
    expect(compareWithVulndb([], [row], new Map())).toEqual([
      'GO-2024-2528 go.etcd.io/etcd: vulndb lists package (all versions (no fix)) but GHSA has no range for it (GHSA: no affected packages)',
    ]);
  });

  it('range text and CVSS 3.x scores', () => {
    expect(rangeTexts([{ introduced: '0' }, { fixed: '1.2.3' }])).toEqual(['<1.2.3']);
    expect(
      rangeTexts([{ introduced: '1.0' }, { last_affected: '1.10' }, { introduced: '2.0.0' }]),
    ).toEqual(['>=1.0 <=1.10', '>=2.0.0']);
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H')).toBe(10);
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N')).toBe(5.9);
    expect(cvss3BaseScore('CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H')).toBe(8.8);
    expect(
      cvss3BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'),
    ).toBeNull();
  });
});

describe('endoflife.date -> eol/', () => {
  it('copies the product pages byte for byte', async () => {
    for (const product of ['kubernetes', 'containerd', 'etcd']) {
      const upstream = await readFile(
        path.join(refreshFixtures, 'endoflife.date', 'products', `${product}.md`),
      );
      expect(result.files.get(`eol/${product}.md`)!.equals(upstream), product).toBe(true);
    }
  });

  it('lines.json: one row per release line, eoas and lts only where the page has them', () => {
    const source = (p: string) =>
      `endoflife-date/endoflife.date@${up.heads['endoflife.date']}:products/${p}.md`;
    expect(table('eol/lines.json')).toEqual([
      {
        product: 'kubernetes',
        line: '1.33',
        released: '2025-04-23',
        end_of_standard_support: '2026-04-28',
        eol: '2026-06-28',
        latest: '1.33.13',
        latest_release_date: '2026-06-11',
        source: source('kubernetes'),
      },
      {
        product: 'kubernetes',
        line: '1.25',
        released: '2022-08-23',
        end_of_standard_support: '2023-08-27',
        eol: '2023-10-27',
        latest: '1.25.16',
        latest_release_date: '2023-11-14',
        source: source('kubernetes'),
      },
      {
        product: 'kubernetes',
        line: '1.24',
        released: '2022-05-03',
        end_of_standard_support: '2023-05-28',
        eol: '2023-07-28',
        latest: '1.24.17',
        latest_release_date: '2023-08-23',
        source: source('kubernetes'),
      },
      {
        product: 'kubernetes',
        line: '1.21',
        released: '2021-04-08',
        end_of_standard_support: true,
        eol: '2022-06-28',
        latest: '1.21.14',
        latest_release_date: '2022-06-15',
        source: source('kubernetes'),
      },
      {
        product: 'containerd',
        line: '2.0',
        released: '2024-11-05',
        end_of_standard_support: '2026-03-01',
        eol: '2027-03-01',
        lts: true,
        latest: '2.0.7',
        latest_release_date: '2026-05-12',
        source: source('containerd'),
      },
      {
        product: 'containerd',
        line: '1.6',
        released: '2022-02-15',
        end_of_standard_support: '2024-07-23',
        eol: '2025-08-23',
        latest: '1.6.39',
        latest_release_date: '2025-08-20',
        source: source('containerd'),
      },
      {
        product: 'etcd',
        line: '3.6',
        released: '2025-05-15',
        eol: false,
        latest: '3.6.14',
        latest_release_date: '2026-07-23',
        source: source('etcd'),
      },
      {
        product: 'etcd',
        line: '3.5',
        released: '2021-06-15',
        eol: '2027-07-08',
        latest: '3.5.33',
        latest_release_date: '2026-07-23',
        source: source('etcd'),
      },
    ]);
  });
});

describe('endoflife.date pages that cannot be read', () => {
  it('stop the refresh naming the page, the entry and the key', () => {
    const page = (releases: string) => `---\ntitle: X\nreleases:\n${releases}---\n`;
    expect(() =>
      linesOfPage('etcd', page('  - releaseCycle: "3.6"\n    eol: soon\n'), 's'),
    ).toThrow(
      'products/etcd.md: releases[0] (3.6): eol: expected a date or true/false, found "soon"',
    );
    expect(() => linesOfPage('etcd', page('  - eol: false\n'), 's')).toThrow(
      'products/etcd.md: releases[0]: releaseCycle is missing',
    );
    expect(() => linesOfPage('etcd', 'no front matter', 's')).toThrow(
      'products/etcd.md: no front matter (--- ... ---)',
    );
    expect(() => linesOfPage('etcd', page('  - [oops\n'), 's')).toThrow(
      /^products\/etcd\.md: front matter is not valid YAML/,
    );
  });
});

describe('rancher/rke2 tags and rke2-docs -> bundles/rke2.json', () => {
  it('one row per release tag, read from the tagged files, with the docs row beside it', () => {
    const at = (tag: string, file: string) => `rancher/rke2@${tag}:${file}`;
    const t = up.rke2Tags;
    expect(table('bundles/rke2.json')).toEqual({
      generated_from: {
        rke2_git: `github.com/rancher/rke2 tags (Dockerfile, Dockerfile.windows, scripts/version.sh, scripts/build-images) at ${up.heads.rke2}`,
        rke2_docs: `github.com/rancher/rke2-docs docs/release-notes*/v1.XX.X.md tables at ${up.heads['rke2-docs']}`,
      },
      count: 4,
      docs_rows: 3,
      docs_only_releases: 1,
      git_vs_docs_mismatches: [
        {
          release: 'v1.21.2+rke2r1',
          component: 'containerd',
          git: 'v1.4.4-k3s2',
          docs: 'v1.4.4-k3s1',
        },
        { release: 'v1.24.9+rke2r1', component: 'etcd', git: 'v3.5.4-k3s1', docs: 'v3.5.4' },
      ],
      releases: [
        {
          release: 'v1.21.2+rke2r1',
          minor: 'v1.21',
          tag_commit: t['v1.21.2+rke2r1'],
          tag_commit_date: '2021-06-23',
          kubernetes: 'v1.21.1',
          containerd: 'v1.4.4-k3s2',
          runc: 'v1.0.0-rc95',
          crictl: 'v1.19.0',
          containerd_windows: 'v1.5.2 (upstream)',
          etcd: 'v3.4.13-k3s1',
          sources: {
            containerd: `${at('v1.21.2+rke2r1', 'Dockerfile')} (rancher/hardened-containerd:v1.4.4-k3s2-build20210520)`,
            runc: `${at('v1.21.2+rke2r1', 'Dockerfile')} (rancher/hardened-runc:v1.0.0-rc95-build20210519)`,
            etcd: at('v1.21.2+rke2r1', 'scripts/build-images'),
            containerd_windows: `${at('v1.21.2+rke2r1', 'Dockerfile.windows')} (CONTAINERD_VERSION 1.5.2, containerd/containerd release)`,
          },
          docs_table: {
            file: 'rancher/rke2-docs:docs/release-notes-old/v1.21.X.md',
            release_date: 'Jun 24 2021',
            kubernetes: 'v1.21.1',
            etcd: 'v3.4.13-k3s1',
            containerd: 'v1.4.4-k3s1',
            runc: 'v1.0.0-rc95',
          },
        },
        {
          release: 'v1.24.9+rke2r1',
          minor: 'v1.24',
          tag_commit: t['v1.24.9+rke2r1'],
          // 23:30 UTC on the 19th: the commit's date, not the release notes' date.
          tag_commit_date: '2022-12-19',
          kubernetes: 'v1.24.9',
          containerd: 'v1.6.12-k3s1',
          runc: 'v1.1.4',
          crictl: 'v1.24.0',
          containerd_windows: 'v1.6.12 (upstream)',
          etcd: 'v3.5.4-k3s1',
          sources: {
            containerd: `${at('v1.24.9+rke2r1', 'Dockerfile')} (rancher/hardened-containerd:v1.6.12-k3s1-build20221209)`,
            runc: `${at('v1.24.9+rke2r1', 'Dockerfile')} (rancher/hardened-runc:v1.1.4-build20221012)`,
            etcd: at('v1.24.9+rke2r1', 'scripts/version.sh'),
            containerd_windows: `${at('v1.24.9+rke2r1', 'Dockerfile.windows')} (CONTAINERD_VERSION 1.6.12, containerd/containerd release)`,
          },
          docs_table: {
            file: 'rancher/rke2-docs:docs/release-notes/v1.24.X.md',
            release_date: 'Dec 20 2022',
            kubernetes: 'v1.24.9',
            etcd: 'v3.5.4',
            containerd: 'v1.6.12-k3s1',
            runc: 'v1.1.4',
          },
        },
        {
          release: 'v1.24.9+rke2r2',
          minor: 'v1.24',
          tag_commit: t['v1.24.9+rke2r2'],
          tag_commit_date: '2023-01-03',
          kubernetes: 'v1.24.9',
          containerd: 'v1.6.14-k3s1',
          runc: 'v1.1.4',
          crictl: 'v1.24.0',
          containerd_windows: 'v1.6.14 (upstream)',
          etcd: 'v3.5.4-k3s1',
          sources: {
            containerd: `${at('v1.24.9+rke2r2', 'Dockerfile')} (rancher/hardened-containerd:v1.6.14-k3s1-build20230105)`,
            runc: `${at('v1.24.9+rke2r2', 'Dockerfile')} (rancher/hardened-runc:v1.1.4-build20221012)`,
            etcd: at('v1.24.9+rke2r2', 'scripts/version.sh'),
            containerd_windows: `${at('v1.24.9+rke2r2', 'Dockerfile.windows')} (CONTAINERD_VERSION 1.6.14, containerd/containerd release)`,
          },
          docs_table: {
            file: 'rancher/rke2-docs:docs/release-notes/v1.24.X.md',
            release_date: 'Jan 05 2023',
            kubernetes: 'v1.24.9',
            etcd: 'v3.5.4-k3s1',
            containerd: 'v1.6.14-k3s1',
            runc: 'v1.1.4',
          },
        },
        {
          release: 'v1.33.1+rke2r1',
          minor: 'v1.33',
          tag_commit: t['v1.33.1+rke2r1'],
          tag_commit_date: '2025-05-17',
          kubernetes: 'v1.33.1',
          containerd: 'v2.0.5-k3s1',
          runc: 'v1.2.6',
          crictl: 'v1.33.0',
          containerd_windows: 'v2.0.5-k3s1',
          etcd: 'v3.5.21-k3s1',
          sources: {
            containerd: `${at('v1.33.1+rke2r1', 'Dockerfile')} (rancher/hardened-containerd:v2.0.5-k3s1-build20250513)`,
            runc: `${at('v1.33.1+rke2r1', 'Dockerfile')} (rancher/hardened-runc:v1.2.6-build20250514)`,
            etcd: at('v1.33.1+rke2r1', 'scripts/version.sh'),
            containerd_windows: `${at('v1.33.1+rke2r1', 'Dockerfile.windows')} (rancher/hardened-containerd:v2.0.5-k3s1-build20250513-amd64-windows)`,
          },
        },
      ],
    });
    expect(result.counts.rke2_prerelease_tags_skipped).toBe(1);
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'rke2-docs docs/release-notes-old/v1.21.X.md:8: "v1.21.X" is not an RKE2 release; row left out',
        'rke2-docs lists v1.24.10+rke2r1, which has no tag in rancher/rke2; not in the table',
      ]),
    );
  });

  it('reads shell defaults and hardened image tags as rke2 writes them', () => {
    expect(
      shellDefault('KUBERNETES_VERSION=${KUBERNETES_VERSION:-v1.30.4}\n', 'KUBERNETES_VERSION'),
    ).toBe('v1.30.4');
    expect(shellDefault('ETCD_VERSION="v3.5.9-k3s1"\n', 'ETCD_VERSION')).toBe('v3.5.9-k3s1');
    expect(shellDefault('ETCD_VERSION=${ETCD}\n', 'ETCD_VERSION')).toBeNull();
    expect(
      hardenedImage('FROM docker.io/rancher/hardened-runc:v1.1.7-build20230511 AS runc', 'runc'),
    ).toBe('v1.1.7-build20230511');
    expect(hardenedImage('FROM rancher/hardened-runc:${RUNC} AS runc', 'runc')).toBeNull();
  });
});

describe('k3s-io/docs -> bundles/k3s.json', () => {
  it('one row per table row with every component; rows the tables lack are carried over', () => {
    const k3s = table<{
      generated_from: string;
      count: number;
      releases: Record<string, unknown>[];
    }>('bundles/k3s.json');
    const source = (file: string) => `k3s-io/docs:${file}@${up.heads['k3s-docs']}`;
    expect(k3s.generated_from).toBe(
      `k3s-io/docs release-notes tables (docs/release-notes-old/, docs/release-notes/v1.XX.X.md) at ${up.heads['k3s-docs']}; 2 rows the tables lack carried over from the previous k3s.json (each row's source says where it came from)`,
    );
    expect(k3s.count).toBe(6);
    expect(k3s.releases.map((r) => r.release)).toEqual([
      'v1.22.17+k3s1',
      'v1.23.16+k3s1',
      'v1.24.9+k3s1',
      'v1.24.9+k3s2',
      'v1.37.0+k3s1',
      'v1.37.1+k3s1',
    ]);
    expect(k3s.releases[0]).toMatchObject({
      confidence: 'inferred',
      source: 'k3s-io/k3s pull request (fixture row)',
    });
    expect(k3s.releases[1]).toMatchObject({
      release_date: '2023-01-26',
      confidence: 'release-page-table',
    });
    // The previous row of v1.24.9+k3s1 (an older docs commit) is replaced by today's table row.
    expect(k3s.releases[2]).toMatchObject({
      release_date: '2022-12-20',
      source: source('docs/release-notes-old/v1.24.X.md'),
    });
    expect(k3s.releases[3]).toMatchObject({
      release: 'v1.24.9+k3s2',
      release_date: null,
      containerd: 'v1.6.14-k3s1',
      note: 'date: table says "TBD"',
    });
    expect(k3s.releases[4]).toEqual({
      release: 'v1.37.0+k3s1',
      minor: 'v1.37',
      release_date: '2026-09-14',
      kubernetes: 'v1.37.0',
      containerd: 'v2.3.4-k3s1.36',
      runc: 'v1.4.2',
      etcd: 'v3.7.1-k3s1',
      kine: 'v0.17.0',
      sqlite: '3.53.4',
      flannel: 'v0.28.4',
      metrics_server: 'v0.9.0',
      traefik: 'v3.7.13',
      coredns: 'v1.14.7',
      helm_controller: 'v0.17.7',
      local_path_provisioner: 'v0.0.37',
      source: source('docs/release-notes/v1.37.X.md'),
      confidence: 'docs-table',
    });
    expect(Object.keys(k3s.releases[5]!)).toEqual(Object.keys(k3s.releases[4]!));
    expect(result.warnings).toContain(
      'k3s-docs docs/release-notes-old/v1.24.X.md:9: release date "TBD" is not a date; left null',
    );
  });

  it('release-notes dates', () => {
    expect(releaseNotesDate('Sep 30 2026')).toBe('2026-09-30');
    expect(releaseNotesDate('Sept 3, 2026')).toBe('2026-09-03');
    expect(releaseNotesDate('TBD')).toBeNull();
    expect(releaseNotesDate('Foo 3 2026')).toBeNull();
  });
});

describe('eol/distribution-lines.json', () => {
  it('first and last release of each line next to upstream end of life', () => {
    const file = table<{ lines: Record<string, unknown>[] }>('eol/distribution-lines.json');
    const eolAt = up.heads['endoflife.date']!.slice(0, 12);
    const thin =
      'k3s.json is thin before v1.24 (a few rows from GitHub release pages), so the first and last releases here need not be the real first and last K3s releases of this line';
    expect(file.lines.map((l) => `${l.distribution} ${l.line}`)).toEqual([
      'rke2 1.21',
      'rke2 1.24',
      'rke2 1.33',
      'k3s 1.22',
      'k3s 1.23',
      'k3s 1.24',
      'k3s 1.37',
    ]);
    expect(file.lines[1]).toEqual({
      distribution: 'rke2',
      line: '1.24',
      releases_in_bundle: 2,
      first_release: 'v1.24.9+rke2r1',
      first_release_date: '2022-12-20',
      first_release_date_source: 'rke2-docs release-notes table (release date)',
      last_release: 'v1.24.9+rke2r2',
      last_release_date: '2023-01-05',
      last_release_date_source: 'rke2-docs release-notes table (release date)',
      last_release_kubernetes: 'v1.24.9',
      last_release_in_newest_bundle_batch: false,
      upstream_kubernetes_end_of_standard_support: '2023-05-28',
      upstream_kubernetes_eol: '2023-07-28',
      upstream_kubernetes_latest: 'v1.24.17',
      upstream_kubernetes_latest_date: '2023-08-23',
      last_release_after_upstream_eol_days: -204,
      bundle_coverage: 'complete',
    });
    expect(file.lines[0]).toMatchObject({
      upstream_kubernetes_end_of_standard_support: true,
      last_release_after_upstream_eol_days: -369,
    });
    expect(file.lines[2]).toMatchObject({
      last_release_date: '2025-05-17',
      last_release_date_source: 'rancher/rke2 tag commit date',
      last_release_in_newest_bundle_batch: true,
      last_release_after_upstream_eol_days: -407,
      note: 'the last release is in the newest release batch of the bundle file (2025-05-17), so the line may have later releases than the data shows',
    });
    expect(file.lines[3]).toMatchObject({
      first_release_date: null,
      upstream_kubernetes_eol: null,
      last_release_after_upstream_eol_days: null,
      bundle_coverage: 'partial',
      note: `endoflife.date (at ${eolAt}) has no Kubernetes 1.22 entry; ${thin}`,
    });
    expect(file.lines[5]).toMatchObject({
      first_release_date: '2022-12-20',
      last_release: 'v1.24.9+k3s2',
      last_release_date: null,
      last_release_date_source: null,
      last_release_after_upstream_eol_days: null,
      bundle_coverage: 'complete',
    });
    expect(file.lines[6]).toMatchObject({
      last_release_date: '2026-09-30',
      last_release_in_newest_bundle_batch: true,
      note: `the last release is in the newest release batch of the bundle file (2026-09-30), so the line may have later releases than the data shows; endoflife.date (at ${eolAt}) has no Kubernetes 1.37 entry`,
    });
  });
});

describe('sources.json', () => {
  it('names each upstream with the commit and commit date it was read at', () => {
    expect(table('sources.json')).toEqual({
      generated_by: 'scripts/refresh-data.ts',
      sources: [
        {
          name: 'vulndb',
          repository: 'golang/vulndb',
          commit: up.heads.vulndb,
          date: '2026-08-21',
        },
        {
          name: 'advisory-database',
          repository: 'github/advisory-database',
          commit: up.heads['advisory-database'],
          date: '2026-08-20',
        },
        {
          name: 'endoflife.date',
          repository: 'endoflife-date/endoflife.date',
          commit: up.heads['endoflife.date'],
          date: '2026-08-22',
        },
        { name: 'rke2', repository: 'rancher/rke2', commit: up.heads.rke2, date: '2025-05-17' },
        {
          name: 'rke2-docs',
          repository: 'rancher/rke2-docs',
          commit: up.heads['rke2-docs'],
          date: '2026-08-05',
        },
        {
          name: 'k3s-docs',
          repository: 'k3s-io/docs',
          commit: up.heads['k3s-docs'],
          date: '2026-10-01',
        },
      ],
    });
  });
});

// Each test starts Node with tsx at least once.
describe('npm run data:refresh', { timeout: 120_000 }, () => {
  const cli = (args: string[]) =>
    run(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'scripts', 'refresh-data.ts'), ...args],
      {
        cwd: root,
      },
    );

  it('writes the tables, removes osv records no longer taken, and build-data reads them', async () => {
    const out = path.join(tmp, 'out');
    await mkdir(path.join(out, 'osv'), { recursive: true });
    await writeFile(path.join(out, 'osv', 'GO-2020-0001.json'), '{}\n');
    const { stdout } = await cli([
      '--from',
      up.from,
      '--out',
      out,
      '--previous',
      path.join(refreshFixtures, 'previous'),
    ]);
    expect(stdout).toMatch(/^data:refresh: 17 files -> .*\(.*rke2 releases 4.*; 4 warnings\)\n$/);
    expect((await readdir(path.join(out, 'osv'))).sort()).toEqual([
      'GO-2022-1144.json',
      'GO-2023-1629.json',
      'GO-2023-2330.json',
      'GO-2024-2528.json',
      'GO-2025-3543.json',
    ]);
    for (const [rel, bytes] of result.files) {
      expect((await readFile(path.join(out, rel))).equals(bytes), rel).toBe(true);
    }
    // The same formats as ../shared/data: the data build reads the refreshed folder.
    const built = await buildData(out);
    expect(built.bundleCounts).toEqual({ rke2: 4, k3s: 6 });
    expect([...built.files.keys()]).toEqual(
      expect.arrayContaining([
        'advisories/GO-2022-1144.json',
        'advisories/GHSA-p45j-vfv5-wprq.json',
      ]),
    );
  });

  it('without earlier K3s rows to carry over it stops, unless --no-previous says to drop them', async () => {
    const out = path.join(tmp, 'fresh-out');
    await expect(cli(['--from', up.from, '--out', out])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        `${path.join(out, 'bundles', 'k3s.json')}: not found; K3s rows the release notes lack (before v1.24) come only from it.`,
      ),
    });
    const { stderr } = await cli(['--from', up.from, '--out', out, '--no-previous']);
    expect(stderr).toContain(
      'warning: no previous bundles/k3s.json: K3s rows the release-notes tables lack are not carried over',
    );
    const k3s = JSON.parse(await readFile(path.join(out, 'bundles', 'k3s.json'), 'utf8')) as {
      releases: { release: string }[];
    };
    expect(k3s.releases.map((r) => r.release)).toEqual([
      'v1.24.9+k3s1',
      'v1.24.9+k3s2',
      'v1.37.0+k3s1',
      'v1.37.1+k3s1',
    ]);
  });

  it('missing checkouts stop the run with exit 1, naming each folder and its repository', async () => {
    const partial = path.join(tmp, 'partial');
    await mkdir(path.join(partial, 'vulndb'), { recursive: true });
    await expect(cli(['--from', partial, '--out', path.join(tmp, 'unused')])).rejects.toMatchObject(
      {
        code: 1,
        stderr: `data:refresh: ${partial}: missing checkouts: advisory-database (github/advisory-database), endoflife.date (endoflife-date/endoflife.date), rke2 (rancher/rke2), rke2-docs (rancher/rke2-docs), k3s-docs (k3s-io/docs); each upstream is read from a folder of that name\n`,
      },
    );
    await expect(cli([])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--from is required'),
    });
  });
});
