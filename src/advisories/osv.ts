/**
 * Plain OSV records (a Go vulndb entry, a GitHub advisory) turned into the project's advisory
 * format, so that `--advisories` takes them as they are published.
 */
import { ECOSYSTEMS, type Advisory, type Ecosystem, type RangeEvent } from '../data/schema.js';
import {
  GITHUB_SEVERITY,
  isCanonicalVersion,
  isRangeEventVersion,
  parseAdvisory,
  REFERENCE_TYPES,
} from '../data/schema.js';
import { InputError } from '../errors.js';

const GO_MODULES: Record<string, Ecosystem> = {
  'github.com/containerd/containerd': 'containerd',
  'github.com/containerd/containerd/v2': 'containerd',
  'github.com/opencontainers/runc': 'runc',
  'github.com/k3s-io/k3s': 'K3s',
  'github.com/rancher/rke2': 'RKE2',
  'k8s.io/kubernetes': 'kubernetes',
  'go.etcd.io/etcd/v3': 'etcd',
  'go.etcd.io/etcd/server/v3': 'etcd',
  'go.etcd.io/etcd/api/v3': 'etcd',
  'go.etcd.io/etcd/client/v3': 'etcd',
  'go.etcd.io/etcd/client/pkg/v3': 'etcd',
};

const OWN_ECOSYSTEMS = new Set<string>(ECOSYSTEMS);

const REFERENCE_TYPE_SET = new Set<string>(REFERENCE_TYPES);

interface OsvRecord {
  id?: unknown;
  aliases?: unknown;
  summary?: unknown;
  details?: unknown;
  published?: unknown;
  modified?: unknown;
  affected?: unknown;
  references?: unknown;
  severity?: unknown;
  database_specific?: { severity?: unknown };
}

/** Whether a parsed JSON file is already in the project's format rather than plain OSV. */
export function isOwnFormat(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'kind' in json && 'schema_version' in json;
}

export interface Converted {
  advisory: Advisory;
  /** Facts the record did not carry and that were chosen for it. */
  notes: string[];
}

export function convertOsv(json: unknown, file: string): Converted {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new InputError(`${file}: expected one OSV record (a JSON object)`);
  }
  const record = json as OsvRecord;
  if (typeof record.id !== 'string' || !record.id) throw new InputError(`${file}: id: required`);
  if (!Array.isArray(record.affected))
    throw new InputError(`${file}: affected: required (an array)`);
  const notes: string[] = [];
  const affected = record.affected.flatMap((entry: unknown, i: number) =>
    convertAffected(entry, `${file}: affected.${i}`),
  );
  if (!affected.length) {
    throw new InputError(
      `${file}: affected: names no package kube-pin-audit checks (containerd, runc, Kubernetes, etcd v3, RKE2, K3s, RFO)`,
    );
  }
  const ghSeverity = String(record.database_specific?.severity ?? '').toUpperCase();
  let severity = GITHUB_SEVERITY[ghSeverity];
  if (!severity) {
    // A user adds an advisory to be told about it: without a known severity it fails the check.
    severity = 'high';
    notes.push(
      ghSeverity
        ? `${file}: severity '${ghSeverity}' is not low, moderate, high or critical; taken as high`
        : `${file}: no severity in the record; taken as high`,
    );
  }
  // vulndb limits a package to operating systems through every import's `goos`.
  const goos = record.affected.flatMap((entry: unknown) => {
    const imports = (entry as { ecosystem_specific?: { imports?: { goos?: unknown }[] } })
      ?.ecosystem_specific?.imports;
    return Array.isArray(imports) && imports.length
      ? [
          imports.every(
            (i) => Array.isArray(i?.goos) && i.goos.length === 1 && i.goos[0] === 'windows',
          ),
        ]
      : [false];
  });
  const windowsOnly = goos.length > 0 && goos.every(Boolean);
  const summaryText =
    typeof record.summary === 'string' && record.summary.trim()
      ? record.summary
      : String(record.details ?? record.id);
  const summary = summaryText.split(/\r?\n/)[0]!.slice(0, 200);
  const references = (Array.isArray(record.references) ? record.references : [])
    .filter(
      (r): r is { type?: string; url: string } =>
        typeof r?.url === 'string' && r.url.startsWith('https://'),
    )
    .map((r) => ({
      type: REFERENCE_TYPE_SET.has(String(r.type)) ? String(r.type) : 'WEB',
      url: r.url,
    }));
  if (!references.length)
    references.push({ type: 'ADVISORY', url: `https://osv.dev/vulnerability/${record.id}` });
  const advisory = parseAdvisory(
    {
      schema_version: '1.6.0',
      id: record.id,
      aliases: Array.isArray(record.aliases) ? record.aliases.map(String) : [],
      kind: 'security',
      severity,
      cvss: null,
      ...(windowsOnly ? { os: ['windows'] } : {}),
      summary,
      details: typeof record.details === 'string' && record.details ? record.details : summary,
      published:
        typeof record.published === 'string'
          ? record.published.replace(/(\.\d+)?Z$/, 'Z')
          : '1970-01-01',
      affected,
      references,
      database_specific: { sources: [file] },
    },
    file,
  );
  return { advisory, notes };
}

/** RKE2/K3s records name Kubernetes versions (`1.26.4`); the first release of one is `+rke2r1`. */
const RELEASE_SUFFIX: Partial<Record<Ecosystem, string>> = {
  RKE2: '+rke2r1',
  K3s: '+k3s1',
  RFO: '+rfor1',
};

/** A version as the record writes it, in the ecosystem's spelling; `0` stays `0`. */
function inEcosystem(ecosystem: Ecosystem, value: string): string {
  const suffix = RELEASE_SUFFIX[ecosystem];
  if (suffix && /^v?\d+\.\d+\.\d+(?:-rc\.?\d+)?$/.test(value))
    return `${value.replace(/^v?/, 'v')}${suffix}`;
  return value;
}

type RawEvent = Record<string, unknown>;
type RawRange = { type?: string; events?: unknown };

function convertAffected(entry: unknown, where: string): Advisory['affected'] {
  const e = entry as {
    package?: { ecosystem?: unknown; name?: unknown };
    ranges?: unknown;
    versions?: unknown;
    ecosystem_specific?: { custom_ranges?: unknown };
  };
  if (!e?.package || typeof e.package.name !== 'string') {
    throw new InputError(`${where}.package.name: required`);
  }
  const ecosystem: Ecosystem | undefined =
    e.package.ecosystem === 'Go'
      ? GO_MODULES[e.package.name]
      : OWN_ECOSYSTEMS.has(String(e.package.ecosystem))
        ? (e.package.ecosystem as Ecosystem)
        : undefined;
  if (!ecosystem) return [];
  // Go vulndb gives RKE2/K3s their real ranges in custom_ranges; `ranges` there is a
  // placeholder (`introduced: 0`) that would mark every release affected.
  const custom = e.ecosystem_specific?.custom_ranges;
  const rawRanges = (
    Array.isArray(custom) && custom.length ? custom : Array.isArray(e.ranges) ? e.ranges : []
  ) as RawRange[];
  const ranges = rawRanges
    .filter((r) => r?.type === 'SEMVER' || r?.type === 'ECOSYSTEM')
    .map((r) => ({
      type: 'ECOSYSTEM' as const,
      events: (Array.isArray(r.events) ? (r.events as RawEvent[]) : []).flatMap((ev) => {
        const [kind, value] = Object.entries(ev ?? {})[0] ?? [];
        if (
          !kind ||
          !['introduced', 'fixed', 'last_affected'].includes(kind) ||
          typeof value !== 'string'
        )
          return [];
        const version = inEcosystem(ecosystem, value);
        return isRangeEventVersion(ecosystem, version) ? [{ [kind]: version } as RangeEvent] : [];
      }),
    }))
    .filter((r) => r.events.length && 'introduced' in r.events[0]!);
  const versions = (Array.isArray(e.versions) ? e.versions : [])
    .map((v: unknown) =>
      inEcosystem(ecosystem, String(v).startsWith('v') ? String(v) : `v${String(v)}`),
    )
    .filter((v: string) => isCanonicalVersion(ecosystem, v));
  const fixed = ranges
    .flatMap((r) => r.events.flatMap((ev) => ('fixed' in ev ? [ev.fixed] : [])))
    .map((v) => (v.startsWith('v') ? v : `v${v}`))
    .filter((v) => isCanonicalVersion(ecosystem, v));
  if (!ranges.length && !versions.length) return [];
  return [
    {
      package: { ecosystem, name: e.package.name },
      ...(ranges.length ? { ranges } : {}),
      ...(versions.length ? { versions } : {}),
      ...(fixed.length ? { fixed } : {}),
    },
  ];
}
