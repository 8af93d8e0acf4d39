/**
 * golang/vulndb (`data/osv/GO-*.json`): the records kube-pin-audit reads, copied byte for byte,
 * and `osv-index.json`, one row per (record, package) with its SEMVER range events.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { RefreshError } from './git.js';

/** A record is taken when one of its packages is a component an RKE2/K3s release ships. */
export function isTrackedModule(name: string): boolean {
  return (
    name === 'github.com/containerd/containerd' ||
    name === 'github.com/containerd/containerd/v2' ||
    name === 'github.com/opencontainers/runc' ||
    name === 'github.com/k3s-io/k3s' ||
    name === 'github.com/rancher/rke2' ||
    name === 'k8s.io/kubernetes' ||
    name === 'go.etcd.io/etcd' ||
    name.startsWith('go.etcd.io/etcd/')
  );
}

/** Kubernetes staging modules (k8s.io/apimachinery, k8s.io/mount-utils) say nothing about a release. */
function indexesPackage(name: string): boolean {
  return !name.startsWith('k8s.io/') || name === 'k8s.io/kubernetes';
}

export type RangeEvent = Record<string, string>;

export interface OsvAffected {
  package: { name: string; ecosystem: string };
  ranges?: { type: string; events: RangeEvent[] }[];
  ecosystem_specific?: {
    imports?: { path?: string; goos?: string[] }[];
    custom_ranges?: { type: string; events: RangeEvent[] }[];
  };
}

export interface OsvRecord {
  id: string;
  aliases?: string[];
  summary?: string;
  withdrawn?: string;
  affected: OsvAffected[];
}

export interface IndexRow {
  osv_id: string;
  aliases: string[];
  package: string;
  summary: string;
  events: RangeEvent[];
  source: string;
  goos?: string[];
}

export interface VulndbResult {
  /** File name -> the upstream bytes, unchanged. */
  files: Map<string, Buffer>;
  records: OsvRecord[];
  index: IndexRow[];
  /** Records read and not taken, for the summary. */
  considered: number;
}

/**
 * The operating systems a package's advisory is limited to: only when every import listed for
 * it names the same `goos` list (an import without `goos` means every system).
 */
export function goosOf(affected: OsvAffected): string[] | undefined {
  const imports = affected.ecosystem_specific?.imports ?? [];
  if (!imports.length) return undefined;
  const lists = imports.map((i) => (i.goos?.length ? [...i.goos].sort().join(',') : ''));
  if (lists.some((l) => !l) || new Set(lists).size !== 1) return undefined;
  return lists[0]!.split(',');
}

export async function readVulndb(
  checkout: string,
  commit: string,
  warn: (message: string) => void,
): Promise<VulndbResult> {
  const dir = path.join(checkout, 'data', 'osv');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((f) => /^GO-\d{4}-\d+\.json$/.test(f)).sort(byRecordId);
  } catch (err) {
    throw new RefreshError(`${dir}: ${(err as Error).message} (is this a golang/vulndb checkout?)`);
  }
  if (!names.length) throw new RefreshError(`${dir}: no GO-*.json records`);
  const files = new Map<string, Buffer>();
  const records: OsvRecord[] = [];
  const index: IndexRow[] = [];
  for (const name of names) {
    const bytes = await readFile(path.join(dir, name));
    // Cheap test before parsing: most of vulndb's thousands of records name none of our modules.
    const text = bytes.toString('utf8');
    if (
      !/containerd|opencontainers\/runc|k3s-io\/k3s|rancher\/rke2|k8s\.io\/kubernetes|go\.etcd\.io\/etcd/.test(
        text,
      )
    )
      continue;
    let record: OsvRecord;
    try {
      record = JSON.parse(text) as OsvRecord;
    } catch (err) {
      warn(`data/osv/${name}: not valid JSON (${(err as Error).message}); left out`);
      continue;
    }
    if (!Array.isArray(record.affected) || typeof record.id !== 'string') {
      warn(`data/osv/${name}: no id or affected list; left out`);
      continue;
    }
    if (!record.affected.some((a) => isTrackedModule(a.package?.name ?? ''))) continue;
    if (`${record.id}.json` !== name) warn(`data/osv/${name}: id is ${record.id}`);
    files.set(name, bytes);
    records.push(record);
    const source = `golang/vulndb@${commit}:data/osv/${name}`;
    for (const affected of record.affected) {
      if (!indexesPackage(affected.package.name)) continue;
      const semver = (affected.ranges ?? []).filter((r) => r.type === 'SEMVER');
      const row: IndexRow = {
        osv_id: record.id,
        aliases: record.aliases ?? [],
        package: affected.package.name,
        summary: record.summary ?? '',
        events: semver.flatMap((r) => r.events),
        source,
      };
      const goos = goosOf(affected);
      if (goos) row.goos = goos;
      index.push(row);
    }
  }
  return { files, records, index, considered: names.length };
}

/** GO-2022-0274 before GO-2022-1000: by year, then number. */
export function byRecordId(a: string, b: string): number {
  const pa = /GO-(\d+)-(\d+)/.exec(a);
  const pb = /GO-(\d+)-(\d+)/.exec(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  return Number(pa[1]) - Number(pb[1]) || Number(pa[2]) - Number(pb[2]);
}
