/**
 * `eol/distribution-lines.json`: per RKE2 and K3s minor, its first and last release in the bundle
 * tables next to upstream Kubernetes' end of life for that minor. Derived, no upstream of its own.
 */
import type { LineRow } from './eol.js';
import type { K3sBundleTable, Rke2BundleTable } from './tables.js';
import {
  compareLines,
  compareReleaseNames,
  parseReleaseName,
  releaseNotesDate,
  type Distribution,
  type ReleaseName,
} from './releases.js';

export interface DistributionLine {
  distribution: Distribution;
  line: string;
  releases_in_bundle: number;
  first_release: string;
  first_release_date: string | null;
  first_release_date_source: string | null;
  last_release: string;
  last_release_date: string | null;
  last_release_date_source: string | null;
  last_release_kubernetes: string | null;
  last_release_in_newest_bundle_batch: boolean;
  upstream_kubernetes_end_of_standard_support: string | boolean | null;
  upstream_kubernetes_eol: string | boolean | null;
  upstream_kubernetes_latest: string | null;
  upstream_kubernetes_latest_date: string | null;
  last_release_after_upstream_eol_days: number | null;
  bundle_coverage: 'complete' | 'partial';
  note?: string;
}

export interface DistributionLinesFile {
  generated_from: { bundles: string[]; upstream_eol: string };
  definitions: Record<string, string>;
  lines: DistributionLine[];
}

interface Dated {
  name: string;
  parsed: ReleaseName;
  kubernetes: string | null;
  date: string | null;
  dateSource: string | null;
  /** A row from a release-notes table (K3s); RKE2 rows come from tags and are always complete. */
  fromTable: boolean;
}

function rke2Rows(table: Rke2BundleTable): Dated[] {
  return table.releases.map((row) => {
    const docsDate = row.docs_table?.release_date
      ? releaseNotesDate(row.docs_table.release_date)
      : null;
    return {
      name: row.release,
      parsed: parseReleaseName('rke2', row.release)!,
      kubernetes: row.kubernetes,
      date: docsDate ?? row.tag_commit_date,
      dateSource: docsDate
        ? 'rke2-docs release-notes table (release date)'
        : row.tag_commit_date
          ? 'rancher/rke2 tag commit date'
          : null,
      fromTable: true,
    };
  });
}

function k3sRows(table: K3sBundleTable): Dated[] {
  return table.releases.map((row) => ({
    name: row.release,
    parsed: parseReleaseName('k3s', row.release)!,
    kubernetes: row.kubernetes,
    date: row.release_date,
    dateSource: row.release_date ? `k3s.json release_date (${row.confidence})` : null,
    fromTable: row.confidence === 'docs-table',
  }));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function linesOf(
  distribution: Distribution,
  rows: Dated[],
  kubernetes: Map<string, LineRow>,
  eolCommit: string,
): DistributionLine[] {
  const newest = rows.reduce<string | null>(
    (max, r) => (r.date && (!max || r.date > max) ? r.date : max),
    null,
  );
  const byLine = new Map<string, Dated[]>();
  for (const row of rows) {
    if (!row.parsed) continue;
    byLine.set(row.parsed.line, [...(byLine.get(row.parsed.line) ?? []), row]);
  }
  const out: DistributionLine[] = [];
  for (const line of [...byLine.keys()].sort(compareLines)) {
    const list = byLine.get(line)!.sort((a, b) => compareReleaseNames(a.parsed, b.parsed));
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const upstream = kubernetes.get(line);
    const eol = upstream && typeof upstream.eol === 'string' ? upstream.eol : null;
    const partial = !list.some((r) => r.fromTable);
    const inNewestBatch = !!newest && last.date === newest;
    const notes: string[] = [];
    if (inNewestBatch)
      notes.push(
        `the last release is in the newest release batch of the bundle file (${newest}), so the line may have later releases than the data shows`,
      );
    if (!upstream)
      notes.push(`endoflife.date (at ${eolCommit.slice(0, 12)}) has no Kubernetes ${line} entry`);
    if (partial) {
      const dated = list.filter((r) => r.date);
      const newestDated = dated[dated.length - 1];
      const lead =
        !last.date && newestDated
          ? `newest dated row in the bundle is ${newestDated.name} (${newestDated.date}); `
          : '';
      notes.push(
        `${lead}k3s.json is thin before v1.24 (a few rows from GitHub release pages), so the first and last releases here need not be the real first and last K3s releases of this line`,
      );
    }
    out.push({
      distribution,
      line,
      releases_in_bundle: list.length,
      first_release: first.name,
      first_release_date: first.date,
      first_release_date_source: first.dateSource,
      last_release: last.name,
      last_release_date: last.date,
      last_release_date_source: last.dateSource,
      last_release_kubernetes: last.kubernetes,
      last_release_in_newest_bundle_batch: inNewestBatch,
      upstream_kubernetes_end_of_standard_support: upstream?.end_of_standard_support ?? null,
      upstream_kubernetes_eol: upstream ? upstream.eol : null,
      upstream_kubernetes_latest: upstream?.latest ? `v${upstream.latest}` : null,
      upstream_kubernetes_latest_date: upstream?.latest_release_date ?? null,
      last_release_after_upstream_eol_days: eol && last.date ? daysBetween(eol, last.date) : null,
      bundle_coverage: partial ? 'partial' : 'complete',
      ...(notes.length ? { note: notes.join('; ') } : {}),
    });
  }
  return out;
}

export function distributionLines(
  rke2: Rke2BundleTable,
  k3s: K3sBundleTable,
  lines: LineRow[],
  eolCommit: string,
): DistributionLinesFile {
  const kubernetes = new Map(
    lines.filter((l) => l.product === 'kubernetes').map((l) => [l.line, l]),
  );
  const rke2Dated = rke2Rows(rke2);
  const k3sDated = k3sRows(k3s);
  const newest = (rows: Dated[]) =>
    rows.reduce<string>((max, r) => (r.date && r.date > max ? r.date : max), '') || 'none';
  return {
    generated_from: {
      bundles: ['bundles/rke2.json', 'bundles/k3s.json'],
      upstream_eol: `eol/lines.json (endoflife-date/endoflife.date@${eolCommit}:products/kubernetes.md)`,
    },
    definitions: {
      'first_release/last_release':
        'lowest and highest release of the minor line in the bundle file, ordered by Kubernetes patch number and then the rke2rN/k3sN revision',
      'rke2 dates':
        'release date from the rancher/rke2-docs release-notes table where the bundle row has one, otherwise the date of the commit the tag points at (usually 0 to 10 days before the release)',
      'k3s dates': 'release_date of the k3s.json row (null where the row has none)',
      last_release_in_newest_bundle_batch: `true when the last release date equals the newest release date in that bundle file (rke2 ${newest(rke2Dated)}, k3s ${newest(k3sDated)}): the bundle data ends there, so the line may have had later releases`,
      upstream_kubernetes_latest:
        'newest upstream Kubernetes patch of the minor per endoflife.date; compare with last_release_kubernetes to see whether a late distribution release is a rebuild (new rke2rN/k3sN revision) of the final upstream patch',
      last_release_after_upstream_eol_days:
        'last_release_date minus upstream_kubernetes_eol in days; negative means the last release in the bundle came before upstream end of life; null when either date is unknown',
    },
    lines: [
      ...linesOf('rke2', rke2Dated, kubernetes, eolCommit),
      ...linesOf('k3s', k3sDated, kubernetes, eolCommit),
    ],
  };
}
