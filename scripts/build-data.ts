/**
 * Builds `data/` (advisories and bundles) from the extracted source tables in ../shared/data
 * and the hand-written advisories in data-src/. Deterministic: the same inputs give the same
 * bytes, so CI can rebuild and diff.
 *
 *   npx tsx scripts/build-data.ts [--out DIR] [--shared DIR]
 *
 * --out defaults to <project>/data; --shared defaults to $KPA_SHARED_DATA, else ../shared/data.
 * Exits 1 with `<file>: <field>: <problem>` when an input or an output fails validation.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import {
  GITHUB_SEVERITY,
  REFERENCE_TYPES,
  parseAdvisory,
  parseBundleFile,
  parseDataSources,
  parseSupportFile,
  type Advisory,
  type AdvisorySeverity,
  type DataSources,
  type SupportFile,
  type SupportLine,
  type Affected,
  type BundleFile,
  type BundleRelease,
  type Ecosystem,
  type Range,
  type RangeEvent,
  type Reference,
} from '../src/data/schema.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function defaultSharedDir(): string {
  return process.env.KPA_SHARED_DATA
    ? path.resolve(process.env.KPA_SHARED_DATA)
    : path.resolve(projectRoot, '..', 'shared', 'data');
}

// ---------------------------------------------------------------------------------------------
// Input shapes: only the fields this script reads, so a change upstream fails here, by name.

const RangeEventIn = z.record(z.string(), z.string());

const Rke2BundleIn = z.looseObject({
  generated_from: z.record(z.string(), z.string()),
  count: z.number(),
  git_vs_docs_mismatches: z.array(
    z.looseObject({
      release: z.string(),
      component: z.string(),
      git: z.string(),
      docs: z.string(),
    }),
  ),
  releases: z.array(
    z.looseObject({
      release: z.string(),
      tag_commit: z.string(),
      tag_commit_date: z.string().nullable(),
      kubernetes: z.string().nullable(),
      containerd: z.string().nullable(),
      containerd_windows: z.string().nullable(),
      runc: z.string().nullable(),
      etcd: z.string().nullable(),
      sources: z.record(z.string(), z.string()),
      docs_table: z
        .looseObject({ file: z.string(), release_date: z.string().nullish() })
        .optional(),
    }),
  ),
});

const K3sBundleIn = z.looseObject({
  generated_from: z.string(),
  count: z.number(),
  releases: z.array(
    z.looseObject({
      release: z.string(),
      release_date: z.string().nullable(),
      kubernetes: z.string().nullable(),
      containerd: z.string().nullable(),
      runc: z.string().nullable(),
      etcd: z.string().nullable(),
      source: z.string(),
      confidence: z.string(),
      note: z.string().optional(),
    }),
  ),
});

const OsvIn = z.looseObject({
  id: z.string(),
  published: z.string(),
  modified: z.string().optional(),
  withdrawn: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  summary: z.string(),
  details: z.string(),
  affected: z.array(
    z.looseObject({
      package: z.looseObject({ name: z.string(), ecosystem: z.string() }),
      ranges: z
        .array(z.looseObject({ type: z.string(), events: z.array(RangeEventIn) }))
        .default([]),
      ecosystem_specific: z
        .looseObject({
          custom_ranges: z
            .array(z.looseObject({ type: z.string(), events: z.array(RangeEventIn) }))
            .optional(),
        })
        .optional(),
    }),
  ),
  references: z.array(z.looseObject({ type: z.string(), url: z.string() })).default([]),
  credits: z.array(z.looseObject({ name: z.string() })).optional(),
  database_specific: z.looseObject({ url: z.string().optional() }).optional(),
});
type OsvRecord = z.infer<typeof OsvIn>;

const GhsaRecordIn = z.looseObject({
  ghsa: z.string(),
  osv_ids: z.array(z.string()).default([]),
  cve: z.array(z.string()).default([]),
  summary: z.string().nullish(),
  severity: z.string().nullish(),
  cvss_score: z.number().nullish(),
  cvss_vector: z.string().nullish(),
  published: z.string().nullish(),
  modified: z.string().nullish(),
  affected: z
    .array(
      z.looseObject({ ecosystem: z.string(), name: z.string(), events: z.array(RangeEventIn) }),
    )
    .nullish(),
  references: z.array(z.string()).nullish(),
  status: z.string(),
  record: z.string().nullish(),
  secondary_source: z.string().optional(),
  note: z.string().optional(),
  vulndb_comparison: z.array(z.string()).nullish(),
});
type GhsaRecord = z.infer<typeof GhsaRecordIn>;

const GhsaFileIn = z.looseObject({ records: z.array(GhsaRecordIn) });

const OsvIndexIn = z.array(
  z.looseObject({
    osv_id: z.string(),
    package: z.string(),
    source: z.string(),
    goos: z.array(z.string()).optional(),
  }),
);

const OverridesIn = z.record(
  z.string(),
  z
    .object({
      published: z.string().optional(),
      /** Why the published date is what it is, where `why` speaks of another fact. */
      published_why: z.string().optional(),
      /** A rating found on the advisory's own page where GitHub's record is not at hand. */
      severity: z
        .object({
          level: z.enum(['LOW', 'MODERATE', 'HIGH', 'CRITICAL']),
          cvss_vector: z.string().optional(),
          cvss_score: z.number().optional(),
          source: z.string(),
        })
        .strict()
        .optional(),
      /** The advisory applies to nodes of these operating systems only. */
      os: z.array(z.enum(['windows', 'linux'])).optional(),
      /** An open "introduced 0" range is the advisory's real claim (no release fixes it). */
      all_versions: z.boolean().optional(),
      why: z.string(),
      references: z.array(z.object({ type: z.string(), url: z.string() })).optional(),
    })
    .strict(),
);

const EolLinesIn = z.array(
  z.looseObject({
    product: z.string(),
    line: z.string(),
    eol: z.union([z.string(), z.boolean()]),
    latest: z.string().nullish(),
    latest_release_date: z.string().nullish(),
    source: z.string(),
  }),
);

const DistributionLinesIn = z.looseObject({
  generated_from: z.union([z.string(), z.record(z.string(), z.unknown())]),
  lines: z.array(
    z.looseObject({
      distribution: z.enum(['rke2', 'k3s']),
      line: z.string(),
      last_release: z.string().nullable(),
      last_release_date: z.string().nullable(),
      last_release_date_source: z.string().nullish(),
      last_release_in_newest_bundle_batch: z.boolean(),
      upstream_kubernetes_eol: z.string().nullable(),
      /** `partial`: the bundle table holds only some of the line's releases (K3s before 1.24). */
      bundle_coverage: z.enum(['complete', 'partial']),
    }),
  ),
});

const SourcesIn = z.array(
  z
    .object({
      source: z.string(),
      snapshot: z.string(),
      date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      /** A shared table that names the snapshot, so a refresh that forgets this file fails. */
      named_in: z.string(),
    })
    .strict(),
);

/** The `sources.json` that `npm run data:refresh` writes beside the tables it made. */
const RefreshedSourcesIn = z
  .object({
    generated_by: z.string(),
    sources: z.array(
      z
        .object({
          name: z.string(),
          repository: z.string(),
          commit: z.string(),
          date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        })
        .strict(),
    ),
  })
  .strict();

/**
 * The snapshots the tables come from: a refreshed folder names them itself (the refresh read
 * those commits); the hand-kept shared tables are described by data-src/sources.json, each entry
 * checked against the table that names it.
 */
async function listedSources(srcDir: string, sharedDir: string) {
  const refreshed = path.join(sharedDir, 'sources.json');
  if (existsSync(refreshed)) {
    const { sources } = await readJson(refreshed, RefreshedSourcesIn);
    return sources
      .filter((s) => s.name === 'vulndb' || s.name === 'endoflife.date')
      .map((s) => ({ source: s.repository, snapshot: s.commit, date: s.date, named_in: null }));
  }
  return readJson(path.join(srcDir, 'sources.json'), SourcesIn, 'data-src/sources.json');
}

async function readJson<T>(file: string, schema: z.ZodType<T>, label = file): Promise<T> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`${label}: ${(err as Error).message}`);
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${label}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return result.data;
}

// ---------------------------------------------------------------------------------------------
// RKE2/K3s release spellings and order (kept local so the data build does not depend on the
// runtime's version schemes while they evolve).

type Distribution = 'rke2' | 'k3s';
const SUFFIX: Record<Distribution, string> = { rke2: 'rke2r', k3s: 'k3s' };

interface Release {
  minor: string;
  core: [number, number, number];
  pre: (string | number)[];
  revision: number;
}

function parseRelease(product: Distribution, text: string): Release | null {
  const m = new RegExp(
    `^v?(\\d+)\\.(\\d+)\\.(\\d+)(?:-([0-9A-Za-z.]+))?\\+${SUFFIX[product]}(\\d+)$`,
  ).exec(text);
  if (!m) return null;
  const pre = (m[4] ?? '').match(/[a-z]+|\d+/gi) ?? [];
  return {
    minor: `${m[1]}.${m[2]}`,
    core: [Number(m[1]), Number(m[2]), Number(m[3])],
    pre: pre.map((p) => (/^\d+$/.test(p) ? Number(p) : p.toLowerCase())),
    revision: Number(m[5]),
  };
}

function compareIds(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Kubernetes semver first (prereleases before releases), then the distribution revision. */
function compareReleases(a: Release, b: Release): number {
  for (let i = 0; i < 3; i++) if (a.core[i] !== b.core[i]) return a.core[i]! - b.core[i]!;
  if (!a.pre.length !== !b.pre.length) return a.pre.length ? -1 : 1;
  for (let i = 0; i < Math.min(a.pre.length, b.pre.length); i++) {
    const c = compareIds(a.pre[i]!, b.pre[i]!);
    if (c) return c;
  }
  return a.pre.length - b.pre.length || a.revision - b.revision;
}

function sortReleaseNames(product: Distribution, names: string[]): string[] {
  const parsed = names.map((name) => {
    const release = parseRelease(product, name);
    if (!release)
      throw new Error(`bundles/${product}.json: releases: "${name}" is not a ${product} release`);
    return { name, release };
  });
  return parsed.sort((a, b) => compareReleases(a.release, b.release)).map((p) => p.name);
}

/** A Go-style version from a GitHub/vulndb range (`1.24.17`, `1.32.0-rc1`) as a release name. */
function goVersionToRelease(product: Distribution, version: string): string {
  if (version === '0') return '0';
  const bare = version.replace(/^v/, '');
  return `v${bare}+${SUFFIX[product]}1`;
}

// ---------------------------------------------------------------------------------------------
// Bundles

function sortedObject<T>(entries: [string, T][]): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function buildRke2Bundle(input: z.infer<typeof Rke2BundleIn>): BundleFile {
  const mismatches = new Map<string, { git: string; docs: string }>();
  for (const m of input.git_vs_docs_mismatches) mismatches.set(`${m.release} ${m.component}`, m);
  const rows = new Map<string, BundleRelease>();
  for (const row of input.releases) {
    const sources: [string, string][] = [];
    sources.push(['kubernetes', `rancher/rke2 tag ${row.release}`]);
    for (const [fact, source] of Object.entries(row.sources)) {
      const mismatch = mismatches.get(`${row.release} ${fact}`);
      // The tagged Dockerfile is what the release ships; the docs table is kept as a note.
      sources.push([
        fact,
        mismatch ? `${source}; rke2-docs release notes say ${mismatch.docs}` : source,
      ]);
    }
    sources.push(['date', `rancher/rke2@${row.release}: tag commit ${row.tag_commit} date`]);
    if (row.docs_table)
      sources.push([
        'docs',
        `rancher/rke2-docs:${row.docs_table.file.replace(/^rancher\/rke2-docs:/, '')}`,
      ]);
    if (rows.has(row.release))
      throw new Error(`bundles/rke2.json: releases: duplicate ${row.release}`);
    rows.set(row.release, {
      kubernetes: row.kubernetes,
      containerd: row.containerd,
      // `v1.6.12 (upstream)`: the Windows build is upstream's own; the version is what counts.
      containerd_windows: row.containerd_windows?.replace(/ \(upstream\)$/, '') ?? null,
      runc: row.runc,
      etcd: row.etcd,
      date: row.tag_commit_date,
      sources: sortedObject(sources),
    });
  }
  return bundleFile('rke2', Object.values(input.generated_from).join('; '), rows);
}

function buildK3sBundle(input: z.infer<typeof K3sBundleIn>): BundleFile {
  const rows = new Map<string, BundleRelease>();
  for (const row of input.releases) {
    const sources: [string, string][] = [
      ['row', row.source],
      ['confidence', row.confidence],
    ];
    if (row.note) sources.push(['note', row.note]);
    if (rows.has(row.release))
      throw new Error(`bundles/k3s.json: releases: duplicate ${row.release}`);
    rows.set(row.release, {
      kubernetes: row.kubernetes,
      containerd: row.containerd,
      runc: row.runc,
      etcd: row.etcd,
      date: row.release_date,
      sources: sortedObject(sources),
    });
  }
  return bundleFile('k3s', input.generated_from, rows);
}

function bundleFile(
  product: Distribution,
  generatedFrom: string,
  rows: Map<string, BundleRelease>,
): BundleFile {
  const releases: Record<string, BundleRelease> = {};
  for (const name of sortReleaseNames(product, [...rows.keys()])) {
    const row = rows.get(name)!;
    // Key order fixed here so the written JSON is stable.
    releases[name] = {
      containerd: row.containerd,
      ...(row.containerd_windows !== undefined
        ? { containerd_windows: row.containerd_windows }
        : {}),
      date: row.date,
      etcd: row.etcd,
      kubernetes: row.kubernetes,
      runc: row.runc,
      sources: row.sources,
    };
  }
  return { generated_from: generatedFrom, product, releases } as BundleFile;
}

// ---------------------------------------------------------------------------------------------
// Advisories from golang/vulndb (OSV) and GitHub (ghsa.json)

const MODULES: Record<string, { ecosystem: Ecosystem; product?: Distribution }> = {
  'github.com/containerd/containerd': { ecosystem: 'containerd' },
  'github.com/containerd/containerd/v2': { ecosystem: 'containerd' },
  'github.com/opencontainers/runc': { ecosystem: 'runc' },
  'github.com/k3s-io/k3s': { ecosystem: 'K3s', product: 'k3s' },
  'github.com/rancher/rke2': { ecosystem: 'RKE2', product: 'rke2' },
  'k8s.io/kubernetes': { ecosystem: 'kubernetes' },
  // Only the v3 modules' ranges speak of etcd 3.x releases (see OLD_ETCD_MODULE).
  'go.etcd.io/etcd/v3': { ecosystem: 'etcd' },
  'go.etcd.io/etcd/server/v3': { ecosystem: 'etcd' },
  'go.etcd.io/etcd/api/v3': { ecosystem: 'etcd' },
  'go.etcd.io/etcd/client/v3': { ecosystem: 'etcd' },
  'go.etcd.io/etcd/client/pkg/v3': { ecosystem: 'etcd' },
};

/**
 * The module path of etcd before 3.4: its versions are Go pseudo-versions of commits
 * (`0.5.0-alpha.5.0.2020…`), which say nothing about which 3.x release carries a fix.
 */
const OLD_ETCD_MODULE = 'go.etcd.io/etcd';

/** The containerd /v2 module only holds 2.x versions; this is below every one of them. */
const CONTAINERD_V2_START = 'v2.0.0-alpha.0';

const REFERENCE_TYPE_SET = new Set<string>(REFERENCE_TYPES);

const PSEUDO_VERSION = /\d{14}-[0-9a-f]{12}$/;

class Notes {
  private readonly list: string[] = [];
  add(note: string): void {
    if (!this.list.includes(note)) this.list.push(note);
  }
  text(): string | undefined {
    return this.list.length ? this.list.join(' ') : undefined;
  }
}

class References {
  private readonly list: Reference[] = [];
  private readonly dropped: string[] = [];
  constructor(private readonly notes: Notes) {}
  add(type: string, rawUrl: string): void {
    let url = rawUrl.trim();
    // One GitHub record's reference has the next URL glued on: `...CVE-2023-32187https:/`.
    const glued = url.indexOf('https:', 8);
    if (glued > 0) {
      this.notes.add(`Reference ${url} was cut at a glued-on "https:" left in the source record.`);
      url = url.slice(0, glued);
    }
    // GitHub serves only https; the record's http:// spelling is the same page.
    if (url.startsWith('http://github.com/')) url = `https://${url.slice('http://'.length)}`;
    if (!url.startsWith('https://')) {
      this.dropped.push(url);
      return;
    }
    if (this.list.some((r) => r.url === url)) return;
    this.list.push({
      type: (REFERENCE_TYPE_SET.has(type) ? type : 'WEB') as Reference['type'],
      url,
    });
  }
  done(): Reference[] {
    if (this.dropped.length) {
      this.notes.add(`Left out references that are not https: ${this.dropped.join(', ')}.`);
    }
    return this.list;
  }
}

function isRealDate(date: string | null | undefined): date is string {
  return !!date && !date.startsWith('0001-');
}

/** `2023-09-11T13:47:16Z` stays; anything else is cut to its date. */
function isoDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(date) ? date : date.slice(0, 10);
}

function withV(version: string): string {
  return version === '0' ? '0' : version.startsWith('v') ? version : `v${version}`;
}

function eventOf(
  event: Record<string, string>,
  where: string,
): [keyof RangeEvent & string, string] {
  const entries = Object.entries(event);
  const [kind, version] = entries[0] ?? [];
  if (
    entries.length !== 1 ||
    !kind ||
    version === undefined ||
    !['introduced', 'fixed', 'last_affected'].includes(kind)
  ) {
    throw new Error(`${where}: unsupported range event ${JSON.stringify(event)}`);
  }
  return [kind as keyof RangeEvent & string, version];
}

function makeEvent(kind: string, version: string): RangeEvent {
  return { [kind]: version } as RangeEvent;
}

interface BundleIndex {
  /** Release names per distribution, in release order. */
  releases: Record<Distribution, { name: string; release: Release }[]>;
}

/**
 * The release to suggest for a fixed range event: the lowest stable release in the bundle
 * data on the same minor at or above the event (`1.32.4-rc1` -> `v1.32.4+k3s1`).
 */
function fixedRelease(
  product: Distribution,
  eventVersion: string,
  index: BundleIndex,
  notes: Notes,
): string | null {
  const event = parseRelease(product, eventVersion);
  if (!event) return null;
  const hit = index.releases[product].find(
    (r) =>
      r.release.minor === event.minor &&
      !r.release.pre.length &&
      compareReleases(r.release, event) >= 0,
  );
  if (hit) return hit.name;
  if (!event.pre.length) {
    notes.add(`${eventVersion} is not in the bundle data; suggested as written.`);
    return eventVersion;
  }
  notes.add(`No stable ${product} release at or above ${eventVersion} is in the bundle data.`);
  return null;
}

function convertVulndbAffected(
  record: OsvRecord,
  ghsa: GhsaRecord | undefined,
  index: BundleIndex,
  notes: Notes,
  where: string,
  override: z.infer<typeof OverridesIn>[string] | undefined,
): Affected[] {
  const out: Affected[] = [];
  for (const entry of record.affected) {
    const name = entry.package.name;
    const module = MODULES[name];
    if (name === OLD_ETCD_MODULE) {
      notes.add(
        `The ${name} range (Go pseudo-versions of the pre-3.4 module path) says nothing about etcd 3.x releases; left out.`,
      );
      continue;
    }
    if (!module) {
      notes.add(`The record also lists ${name}, which kube-pin-audit does not track; left out.`);
      continue;
    }
    let ranges = entry.ranges.filter((r) => r.type === 'SEMVER');
    const openFromStart =
      ranges.length > 0 &&
      ranges.every((r) => r.events.length === 1 && r.events[0]?.introduced === '0');
    const custom = entry.ecosystem_specific?.custom_ranges;
    if (openFromStart && custom?.length) {
      // vulndb could not map the vendor's versions to Go module versions; its custom ranges can.
      ranges = custom;
      notes.add(
        `Ranges for ${name} come from the record's custom_ranges (its Go-module range is "all versions").`,
      );
    } else if (openFromStart && override?.all_versions) {
      notes.add(`Every ${name} version is affected: ${override.why}.`);
    } else if (openFromStart) {
      const ghsaHasRange = (ghsa?.affected ?? []).some((a) => a.name === name);
      if (!ghsaHasRange) {
        notes.add(
          `vulndb lists ${name} with no version bounds while GitHub's advisory gives no affected range for it; ` +
            `that entry is left out rather than flag every release of it.`,
        );
        continue;
      }
    }
    if (!ranges.length) throw new Error(`${where}: ${name}: no usable ranges`);

    const convert = (version: string): string => {
      if (module.product) return goVersionToRelease(module.product, version);
      if (name === 'github.com/containerd/containerd/v2' && version === '0')
        return CONTAINERD_V2_START;
      return withV(version);
    };
    const outRanges: Range[] = ranges.map((range) => {
      const events = range.events.map((e) => {
        const [kind, version] = eventOf(e, where);
        return makeEvent(kind, convert(version));
      });
      const last = events[events.length - 1];
      if (name === 'github.com/containerd/containerd' && last && 'introduced' in last) {
        // An open 1.x range must not run on into 2.x, which lives in another module.
        events.push(makeEvent('fixed', CONTAINERD_V2_START));
        notes.add(
          `The open-ended ${name} range is closed at ${CONTAINERD_V2_START} (2.x is a separate module).`,
        );
      }
      return { type: 'ECOSYSTEM', events };
    });
    if (
      name === 'github.com/containerd/containerd/v2' &&
      ranges.some((r) => r.events[0]?.introduced === '0')
    ) {
      notes.add(
        `"introduced 0" for ${name} is written as ${CONTAINERD_V2_START}: that module holds only 2.x.`,
      );
    }

    const fixed: string[] = [];
    for (const range of ranges) {
      for (const e of range.events) {
        const [kind, version] = eventOf(e, where);
        if (kind !== 'fixed') continue;
        if (module.product) {
          const release = fixedRelease(module.product, convert(version), index, notes);
          if (release) fixed.push(release);
        } else if (PSEUDO_VERSION.test(version)) {
          notes.add(
            `The ${name} fix ${version} is an untagged commit (Go pseudo-version); no release is suggested for it.`,
          );
        } else {
          fixed.push(withV(version));
        }
      }
    }
    out.push({
      package: { ecosystem: module.ecosystem, name },
      ranges: outRanges,
      ...(fixed.length ? { fixed: [...new Set(fixed)] } : {}),
    });
  }
  return out;
}

function severityFrom(
  ghsa: GhsaRecord | undefined,
  notes: Notes,
  found?: NonNullable<z.infer<typeof OverridesIn>[string]['severity']>,
): { severity: AdvisorySeverity; cvss: Advisory['cvss'] } {
  const severity = ghsa?.severity ? GITHUB_SEVERITY[ghsa.severity.toUpperCase()] : undefined;
  if (!severity && found) {
    notes.add(
      `GitHub's rating was not at hand; severity ${found.level.toLowerCase()}${found.cvss_score !== undefined ? ` (CVSS ${found.cvss_score})` : ''} is the one ${found.source} gives.`,
    );
    return {
      severity: GITHUB_SEVERITY[found.level]!,
      cvss:
        found.cvss_vector && found.cvss_score !== undefined
          ? { score: found.cvss_score, vector: found.cvss_vector }
          : null,
    };
  }
  if (!severity) {
    notes.add('No severity could be found for this record: it is shown as severity unknown.');
  }
  let cvss: Advisory['cvss'] = null;
  if (ghsa?.cvss_vector?.startsWith('CVSS:') && typeof ghsa.cvss_score === 'number') {
    cvss = { score: ghsa.cvss_score, vector: ghsa.cvss_vector };
  } else if (typeof ghsa?.cvss_score === 'number') {
    notes.add(`GitHub gives a CVSS score of ${ghsa.cvss_score} without a vector.`);
  }
  return { severity: severity ?? 'unknown', cvss };
}

function ghsaSource(ghsa: GhsaRecord): string {
  if (ghsa.record) return ghsa.record;
  return `github/advisory-database ${ghsa.ghsa} (secondary copy; ${ghsa.status})`;
}

function ghsaNotes(ghsa: GhsaRecord, notes: Notes): void {
  if (ghsa.status === 'secondary-only') {
    notes.add(
      "Severity and CVSS come from a secondary copy of GitHub's advisory; the record itself was not at hand.",
    );
  }
  if (ghsa.note) notes.add(`${ghsa.note.replace(/\.?$/, '.')}`);
  for (const comparison of ghsa.vulndb_comparison ?? []) {
    // "(vulndb custom_ranges [...] = GHSA)": the ranges used here already agree with GitHub.
    if (
      comparison !== 'match' &&
      !comparison.startsWith('no vulndb row') &&
      !comparison.endsWith('= GHSA)')
    ) {
      notes.add(`GitHub and vulndb ranges differ: ${comparison.replace(/\.?$/, '.')}`);
    }
  }
}

function advisoryFromVulndb(
  record: OsvRecord,
  source: string,
  ghsaById: Map<string, GhsaRecord>,
  index: BundleIndex,
  overrides: z.infer<typeof OverridesIn>,
  goos: string[] | undefined,
  where: string,
): Advisory {
  const notes = new Notes();
  const ghsaId = record.aliases.find((a) => a.startsWith('GHSA-'));
  const ghsa = ghsaId ? ghsaById.get(ghsaId) : undefined;
  const override = overrides[record.id];
  const { severity, cvss } = severityFrom(ghsa, notes, override?.severity);
  if (ghsa) ghsaNotes(ghsa, notes);
  let os: Advisory['os'];
  if (goos?.length) {
    os = goos.filter((o): o is 'windows' | 'linux' => o === 'windows' || o === 'linux');
    notes.add(
      `vulndb limits every affected import to ${goos.join(', ')}: only such nodes are affected.`,
    );
  } else if (override?.os) {
    os = override.os;
    notes.add(`Only ${os.join(', ')} nodes are affected: ${override.why}.`);
  }

  let published: string | undefined;
  if (isRealDate(record.published)) published = record.published;
  else if (override?.published) {
    published = override.published;
    notes.add(`Published date: ${override.published_why ?? override.why}.`);
  } else if (isRealDate(ghsa?.published)) published = ghsa.published;
  if (!published)
    throw new Error(
      `${where}: no published date in the record, ghsa.json or data-src/vulndb-overrides.json`,
    );

  const affected = convertVulndbAffected(record, ghsa, index, notes, where, override);
  if (!affected.length) throw new Error(`${where}: no affected package kube-pin-audit tracks`);

  const refs = new References(notes);
  for (const r of record.references) refs.add(r.type, r.url);
  if (ghsaId) refs.add('ADVISORY', `https://github.com/advisories/${ghsaId}`);
  if (record.database_specific?.url) refs.add('ADVISORY', record.database_specific.url);
  for (const r of override?.references ?? []) refs.add(r.type, r.url);
  if (record.credits?.length)
    notes.add(`Credits (from the record): ${record.credits.map((c) => c.name).join(', ')}.`);

  const sources = [source];
  if (ghsa) sources.push(ghsaSource(ghsa));
  return {
    schema_version: '1.6.0',
    id: record.id,
    aliases: record.aliases,
    kind: 'security',
    severity,
    cvss,
    ...(os?.length ? { os } : {}),
    summary: record.summary,
    details: record.details,
    published: isoDate(published),
    ...(isRealDate(record.modified) ? { modified: isoDate(record.modified) } : {}),
    affected,
    references: refs.done(),
    database_specific: { sources, license: 'CC-BY-4.0', ...optionalNotes(notes) },
  };
}

function optionalNotes(notes: Notes): { notes?: string } {
  const text = notes.text();
  return text ? { notes: text } : {};
}

/** RKE2/K3s advisories that GitHub has and vulndb lacks. */
function advisoryFromGhsa(ghsa: GhsaRecord, index: BundleIndex, where: string): Advisory {
  const notes = new Notes();
  const { severity, cvss } = severityFrom(ghsa, notes);
  ghsaNotes(ghsa, notes);
  if (!ghsa.summary || !isRealDate(ghsa.published))
    throw new Error(`${where}: summary and published date are required`);

  const byModule = new Map<string, Record<string, string>[][]>();
  for (const a of ghsa.affected ?? []) {
    if (!MODULES[a.name]?.product) {
      notes.add(`GitHub also lists ${a.name}, which kube-pin-audit does not track; left out.`);
      continue;
    }
    byModule.set(a.name, [...(byModule.get(a.name) ?? []), a.events]);
  }
  const affected: Affected[] = [];
  const prose: string[] = [];
  for (const [name, pairs] of byModule) {
    const { ecosystem, product } = MODULES[name]! as {
      ecosystem: Ecosystem;
      product: Distribution;
    };
    const converted = pairs.map((events) =>
      events.map((e) => {
        const [kind, version] = eventOf(e, where);
        return { kind, version: goVersionToRelease(product, version) };
      }),
    );
    // One range, pairs in release order ("0" first).
    converted.sort((a, b) => {
      const va = a[0]?.version ?? '0';
      const vb = b[0]?.version ?? '0';
      if (va === '0' || vb === '0') return va === vb ? 0 : va === '0' ? -1 : 1;
      return compareReleases(parseRelease(product, va)!, parseRelease(product, vb)!);
    });
    const events = converted.flat().map((e) => makeEvent(e.kind, e.version));
    const fixed: string[] = [];
    for (const e of converted.flat()) {
      if (e.kind !== 'fixed') continue;
      const release = fixedRelease(product, e.version, index, notes);
      if (release) fixed.push(release);
    }
    affected.push({
      package: { ecosystem, name },
      ranges: [{ type: 'ECOSYSTEM', events }],
      ...(fixed.length ? { fixed } : {}),
    });
    const spans = converted.map((pair) => {
      const from = pair.find((e) => e.kind === 'introduced')?.version;
      const to = pair.find((e) => e.kind === 'fixed')?.version;
      return from === '0' || !from ? `before ${to}` : `${from} up to (not including) ${to}`;
    });
    prose.push(`${ecosystem} releases ${spans.join('; ')}. Fixed in ${fixed.join(', ')}.`);
  }
  if (!affected.length) throw new Error(`${where}: no RKE2/K3s package`);

  const refs = new References(notes);
  for (const url of ghsa.references ?? [])
    refs.add(url.includes('/security/advisories/') ? 'ADVISORY' : 'WEB', url);
  refs.add('ADVISORY', `https://github.com/advisories/${ghsa.ghsa}`);

  const details =
    `${ghsa.summary.replace(/\.?$/, '.')}\n\n` +
    `Affected: ${prose.join(' ')}\n\n` +
    `This entry carries GitHub's advisory data (severity, CVSS, affected ranges); the advisory itself, ` +
    `linked below, describes the attack and any mitigation.`;
  return {
    schema_version: '1.6.0',
    id: ghsa.ghsa,
    aliases: ghsa.cve,
    kind: 'security',
    severity,
    cvss,
    summary: ghsa.summary,
    details,
    published: isoDate(ghsa.published),
    ...(isRealDate(ghsa.modified) ? { modified: isoDate(ghsa.modified) } : {}),
    affected,
    references: refs.done(),
    database_specific: {
      sources: [ghsaSource(ghsa)],
      license: 'CC-BY-4.0',
      ...optionalNotes(notes),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// End of life (endoflife.date lines; RKE2/K3s lines end with their upstream Kubernetes minor)

const EOL_PRODUCTS_IN = new Set(['kubernetes', 'containerd', 'etcd']);

function buildSupport(
  lines: z.infer<typeof EolLinesIn>,
  distribution: z.infer<typeof DistributionLinesIn>,
  bundles: Record<Distribution, BundleFile>,
): SupportFile {
  const out: SupportLine[] = [];
  const upstreamSource = new Map<string, string>();
  for (const row of lines) {
    if (!EOL_PRODUCTS_IN.has(row.product)) continue;
    const where = `shared/data/eol/lines.json: ${row.product} ${row.line}`;
    // `eol: false` is endoflife.date's "no end date yet"; `true` (ended, date not given) does
    // not occur for these products' eol key, and is refused rather than guessed.
    if (row.eol === true) throw new Error(`${where}: eol: true without a date`);
    const eol = row.eol === false ? null : row.eol;
    if (row.product === 'kubernetes') upstreamSource.set(row.line, row.source);
    out.push({
      product: row.product as SupportLine['product'],
      line: row.line,
      eol,
      last_release: row.latest ? withV(row.latest) : null,
      last_release_date: row.latest_release_date ?? null,
      sources: [row.source],
    });
  }
  for (const row of distribution.lines) {
    const where = `shared/data/eol/distribution-lines.json: ${row.distribution} ${row.line}`;
    if (row.last_release && !bundles[row.distribution].releases[row.last_release])
      throw new Error(`${where}: last_release ${row.last_release} is not in the bundle data`);
    const kubeSource = upstreamSource.get(row.line);
    if (row.upstream_kubernetes_eol && !kubeSource)
      throw new Error(`${where}: no Kubernetes ${row.line} row in eol/lines.json`);
    // A line the bundle table covers only in part has later releases than its last row (K3s
    // 1.21's last row is v1.21.7+k3s1; v1.21.9+k3s1 and later exist): its last release is unknown.
    const known = row.bundle_coverage === 'complete';
    out.push({
      product: row.distribution,
      line: row.line,
      eol: row.upstream_kubernetes_eol,
      upstream: `Kubernetes ${row.line}`,
      last_release: known ? row.last_release : null,
      last_release_date: known ? row.last_release_date : null,
      ...(row.last_release_in_newest_bundle_batch ? { may_continue: true } : {}),
      sources: [
        ...(kubeSource ? [kubeSource] : []),
        `shared/data/eol/distribution-lines.json (${row.last_release_date_source ?? 'bundle data'})`,
      ],
    });
  }
  const order = ['rke2', 'k3s', 'kubernetes', 'containerd', 'etcd'];
  const lineKey = (l: string) => l.split('.').map(Number);
  out.sort((a, b) => {
    if (a.product !== b.product) return order.indexOf(a.product) - order.indexOf(b.product);
    const [am, an] = lineKey(a.line);
    const [bm, bn] = lineKey(b.line);
    return am! - bm! || an! - bn!;
  });
  return {
    generated_from:
      'shared/data/eol/lines.json (endoflife.date) and shared/data/eol/distribution-lines.json',
    lines: out,
  };
}

/** The snapshots the data was built from; its date is the newest of them. */
async function buildSources(
  listed: { source: string; snapshot: string; date: string; named_in: string | null }[],
  sharedDir: string,
  bundles: Record<Distribution, BundleFile>,
): Promise<DataSources> {
  const sources: { text: string; date: string }[] = [];
  for (const entry of listed) {
    const table = entry.named_in
      ? await readFile(path.join(sharedDir, entry.named_in), 'utf8').catch(() => '')
      : entry.snapshot;
    if (!table.includes(entry.snapshot))
      throw new Error(
        `data-src/sources.json: ${entry.source}: snapshot ${entry.snapshot} is not named in shared/data/${entry.named_in}`,
      );
    sources.push({ text: `${entry.source}@${entry.snapshot} (${entry.date})`, date: entry.date });
  }
  for (const product of ['rke2', 'k3s'] as const) {
    const dates = Object.values(bundles[product].releases)
      .map((r) => r.date)
      .filter((d): d is string => d !== null)
      .sort();
    const newest = dates[dates.length - 1];
    if (newest) sources.push({ text: `${product} releases up to ${newest}`, date: newest });
  }
  const date = sources.map((s) => s.date).sort()[sources.length - 1]!;
  return { date, sources: sources.map((s) => s.text) };
}

// ---------------------------------------------------------------------------------------------
// Output

/** OSV field order, so files read the same way whoever wrote them. */
function canonicalAdvisory(a: Advisory): Advisory {
  return {
    schema_version: a.schema_version,
    id: a.id,
    aliases: a.aliases,
    kind: a.kind,
    severity: a.severity,
    cvss: a.cvss && { score: a.cvss.score, vector: a.cvss.vector },
    ...(a.os ? { os: a.os } : {}),
    summary: a.summary,
    details: a.details,
    published: a.published,
    ...(a.modified ? { modified: a.modified } : {}),
    affected: a.affected.map((entry) => ({
      package: { ecosystem: entry.package.ecosystem, name: entry.package.name },
      ...(entry.ranges
        ? { ranges: entry.ranges.map((r) => ({ type: r.type, events: r.events })) }
        : {}),
      ...(entry.versions ? { versions: entry.versions } : {}),
      ...(entry.fixed ? { fixed: entry.fixed } : {}),
    })),
    references: a.references.map((r) => ({ type: r.type, url: r.url })),
    ...(a.database_specific
      ? {
          database_specific: {
            sources: a.database_specific.sources,
            ...(a.database_specific.license ? { license: a.database_specific.license } : {}),
            ...(a.database_specific.notes ? { notes: a.database_specific.notes } : {}),
          },
        }
      : {}),
  };
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export interface BuildResult {
  /** Output path relative to the output directory -> file contents. */
  files: Map<string, string>;
  advisoriesByEcosystem: Record<string, number>;
  advisoriesBySource: { handWritten: number; vulndb: number; ghsaOnly: number };
  bundleCounts: Record<Distribution, number>;
  skipped: string[];
}

export async function buildData(
  sharedDir: string,
  srcDir = path.join(projectRoot, 'data-src'),
): Promise<BuildResult> {
  const shared = (p: string) => path.join(sharedDir, p);
  const label = (p: string) => `shared/data/${p}`;

  // Bundles
  const rke2In = await readJson(
    shared('bundles/rke2.json'),
    Rke2BundleIn,
    label('bundles/rke2.json'),
  );
  const k3sIn = await readJson(shared('bundles/k3s.json'), K3sBundleIn, label('bundles/k3s.json'));
  const bundles: Record<Distribution, BundleFile> = {
    // Kept as built (not as zod returns it) so the key order written below is the sorted one.
    rke2: buildRke2Bundle(rke2In),
    k3s: buildK3sBundle(k3sIn),
  };
  for (const product of ['rke2', 'k3s'] as const) {
    const count = Object.keys(bundles[product].releases).length;
    const expected = product === 'rke2' ? rke2In.count : k3sIn.count;
    if (count !== expected)
      throw new Error(
        `${label(`bundles/${product}.json`)}: count: says ${expected}, has ${count} distinct releases`,
      );
  }
  const index: BundleIndex = {
    releases: {
      rke2: Object.keys(bundles.rke2.releases).map((name) => ({
        name,
        release: parseRelease('rke2', name)!,
      })),
      k3s: Object.keys(bundles.k3s.releases).map((name) => ({
        name,
        release: parseRelease('k3s', name)!,
      })),
    },
  };

  const advisories: Advisory[] = [];
  const bySource = { handWritten: 0, vulndb: 0, ghsaOnly: 0 };
  const skipped: string[] = [];

  // a. Hand-written
  const handDir = path.join(srcDir, 'advisories');
  for (const file of (await readdir(handDir)).filter((f) => f.endsWith('.json')).sort()) {
    const rel = `data-src/advisories/${file}`;
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path.join(handDir, file), 'utf8'));
    } catch (err) {
      throw new Error(`${rel}: ${(err as Error).message}`);
    }
    const advisory = parseAdvisory(json, rel);
    if (`${advisory.id}.json` !== file)
      throw new Error(`${rel}: id: "${advisory.id}" does not match the file name`);
    advisories.push(advisory);
    bySource.handWritten++;
  }

  // b. vulndb records
  const ghsaFile = await readJson(shared('ghsa.json'), GhsaFileIn, label('ghsa.json'));
  const ghsaById = new Map(ghsaFile.records.map((r) => [r.ghsa, r]));
  const osvIndex = await readJson(shared('osv-index.json'), OsvIndexIn, label('osv-index.json'));
  const sourceOf = new Map(osvIndex.map((row) => [row.osv_id, row.source]));
  const overrides = await readJson(
    path.join(srcDir, 'vulndb-overrides.json'),
    OverridesIn,
    'data-src/vulndb-overrides.json',
  );
  const osvFiles = (await readdir(shared('osv'))).filter((f) => /^GO-.*\.json$/.test(f)).sort();
  const covered = new Set<string>();
  for (const file of osvFiles) {
    const where = label(`osv/${file}`);
    const record = await readJson(shared(`osv/${file}`), OsvIn, where);
    record.aliases.forEach((a) => covered.add(a));
    if (record.withdrawn) {
      skipped.push(`${record.id}: withdrawn by vulndb on ${record.withdrawn.slice(0, 10)}`);
      continue;
    }
    if (!record.affected.some((a) => MODULES[a.package.name])) {
      skipped.push(
        record.affected.some((a) => a.package.name === OLD_ETCD_MODULE)
          ? `${record.id}: only a ${OLD_ETCD_MODULE} pseudo-version range, which says nothing about etcd 3.x`
          : `${record.id}: no package kube-pin-audit tracks`,
      );
      continue;
    }
    const source = sourceOf.get(record.id);
    if (!source) throw new Error(`${label('osv-index.json')}: no row for ${record.id}`);
    const goos = osvIndex.find((row) => row.osv_id === record.id && MODULES[row.package])?.goos;
    advisories.push(advisoryFromVulndb(record, source, ghsaById, index, overrides, goos, where));
    bySource.vulndb++;
  }

  // c. RKE2/K3s advisories GitHub has and vulndb lacks
  for (const ghsa of ghsaFile.records) {
    if (!/^GHSA-/.test(ghsa.ghsa) || covered.has(ghsa.ghsa) || ghsa.osv_ids.length) continue;
    const where = `${label('ghsa.json')}: ${ghsa.ghsa}`;
    if (!(ghsa.affected ?? []).some((a) => MODULES[a.name]?.product)) {
      skipped.push(`${ghsa.ghsa}: ${ghsa.status}${ghsa.affected ? '' : ', no affected ranges'}`);
      continue;
    }
    advisories.push(advisoryFromGhsa(ghsa, index, where));
    bySource.ghsaOnly++;
  }

  // d. End of life per line, and where the data comes from
  const support = buildSupport(
    await readJson(shared('eol/lines.json'), EolLinesIn, label('eol/lines.json')),
    await readJson(
      shared('eol/distribution-lines.json'),
      DistributionLinesIn,
      label('eol/distribution-lines.json'),
    ),
    bundles,
  );
  const sources = await buildSources(await listedSources(srcDir, sharedDir), sharedDir, bundles);

  // Validate every output exactly as the runtime will read it.
  const files = new Map<string, string>();
  files.set(
    'support.json',
    toJson(parseSupportFile(JSON.parse(toJson(support)), 'data/support.json')),
  );
  files.set(
    'sources.json',
    toJson(parseDataSources(JSON.parse(toJson(sources)), 'data/sources.json')),
  );
  const byEcosystem: Record<string, number> = {};
  for (const advisory of advisories) {
    const rel = `advisories/${advisory.id}.json`;
    if (files.has(rel)) throw new Error(`data/${rel}: id: duplicate advisory id ${advisory.id}`);
    const text = toJson(canonicalAdvisory(advisory));
    const parsed = parseAdvisory(JSON.parse(text), `data/${rel}`);
    if (!parsed.references.length) throw new Error(`data/${rel}: references: no references`);
    files.set(rel, text);
    for (const ecosystem of new Set(parsed.affected.map((a) => a.package.ecosystem))) {
      byEcosystem[ecosystem] = (byEcosystem[ecosystem] ?? 0) + 1;
    }
  }
  for (const product of ['rke2', 'k3s'] as const) {
    const rel = `bundles/${product}.json`;
    const text = toJson(bundles[product]);
    parseBundleFile(JSON.parse(text), `data/${rel}`);
    files.set(rel, text);
  }
  return {
    files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))),
    advisoriesByEcosystem: sortedObject(Object.entries(byEcosystem)),
    advisoriesBySource: bySource,
    bundleCounts: {
      rke2: Object.keys(bundles.rke2.releases).length,
      k3s: Object.keys(bundles.k3s.releases).length,
    },
    skipped,
  };
}

/** Replaces the JSON files under out/advisories and out/bundles with the build's files. */
export async function writeData(outDir: string, files: Map<string, string>): Promise<void> {
  for (const sub of ['advisories', 'bundles']) {
    const dir = path.join(outDir, sub);
    await mkdir(dir, { recursive: true });
    for (const f of await readdir(dir)) {
      if (f.endsWith('.json') && !files.has(`${sub}/${f}`)) await rm(path.join(dir, f));
    }
  }
  await mkdir(outDir, { recursive: true });
  for (const [rel, text] of files) await writeFile(path.join(outDir, rel), text);
}

function parseArgs(argv: string[]): { outDir: string; sharedDir: string } {
  let outDir = path.join(projectRoot, 'data');
  let sharedDir = defaultSharedDir();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (!v) throw new Error(`${arg}: needs a directory`);
      return path.resolve(v);
    };
    if (arg === '--out') outDir = value();
    else if (arg === '--shared') sharedDir = value();
    else
      throw new Error(`unknown argument ${arg} (usage: build-data.ts [--out DIR] [--shared DIR])`);
  }
  return { outDir, sharedDir };
}

async function main(): Promise<void> {
  const { outDir, sharedDir } = parseArgs(process.argv.slice(2));
  const result = await buildData(sharedDir);
  await writeData(outDir, result.files);
  const eco = Object.entries(result.advisoriesByEcosystem)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const s = result.advisoriesBySource;
  process.stdout.write(
    `data: ${s.handWritten + s.vulndb + s.ghsaOnly} advisories (${s.handWritten} hand-written, ${s.vulndb} vulndb, ` +
      `${s.ghsaOnly} GitHub-only; by ecosystem: ${eco}), bundles rke2 ${result.bundleCounts.rke2} / ` +
      `k3s ${result.bundleCounts.k3s}, ${result.skipped.length} source records skipped -> ${path.relative(process.cwd(), outDir) || '.'}\n`,
  );
  for (const line of result.skipped) process.stderr.write(`skipped ${line}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`build-data: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
