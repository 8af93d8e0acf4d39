/**
 * K3s bundles (`bundles/k3s.json`): the release tables of k3s-io/docs
 * (`docs/release-notes/v1.XX.X.md`, `docs/release-notes-old/`), one row per release with every
 * component column. Rows those tables lack (K3s before v1.24, taken by hand from GitHub release
 * pages and pull requests) are carried over from the previous k3s.json unchanged, and counted.
 */
import type { Head } from './git.js';
import { releaseNotePages, tableRows, versionCell } from './release-notes.js';
import { compareReleaseNames, parseReleaseName, releaseNotesDate } from './releases.js';
import type { K3sBundleTable, K3sRow } from './tables.js';

const DOCS_FOLDERS = ['docs/release-notes-old', 'docs/release-notes'];
/** The table's columns in the order rows list them; columns not named here follow, in table order. */
const COMPONENT_ORDER = [
  'kubernetes',
  'containerd',
  'runc',
  'etcd',
  'kine',
  'sqlite',
  'flannel',
  'metrics_server',
  'traefik',
  'coredns',
  'helm_controller',
  'local_path_provisioner',
];

/** `Metrics-server` -> `metrics_server`, `CoreDNS` -> `coredns`. */
export function componentKey(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export interface K3sResult {
  table: K3sBundleTable;
  carried: string[];
}

export async function readK3s(
  docs: { dir: string; head: Head },
  previous: K3sBundleTable | null,
  warn: (message: string) => void,
): Promise<K3sResult> {
  const rows = new Map<string, K3sRow>();
  for (const page of await releaseNotePages(docs.dir, DOCS_FOLDERS)) {
    for (const notesRow of tableRows(page.text, page.file)) {
      const where = `k3s-docs ${page.file}:${notesRow.line}`;
      const { Version: versionText, ...cells } = notesRow.cells;
      const release = versionCell(versionText ?? null);
      const parsed = release ? parseReleaseName('k3s', release) : null;
      if (!release || !parsed) {
        warn(`${where}: "${release ?? ''}" is not a K3s release; row left out`);
        continue;
      }
      if (rows.has(release)) continue;
      const components: Record<string, string | null> = {};
      let dateText: string | null = null;
      for (const [header, value] of Object.entries(cells)) {
        const key = componentKey(header);
        if (key === 'release_date') dateText = value;
        else components[key] = value;
      }
      const date = dateText ? releaseNotesDate(dateText) : null;
      if (dateText && !date) warn(`${where}: release date "${dateText}" is not a date; left null`);
      const ordered: Record<string, string | null> = {};
      for (const key of COMPONENT_ORDER) ordered[key] = components[key] ?? null;
      for (const [key, value] of Object.entries(components))
        if (!(key in ordered)) ordered[key] = value;
      rows.set(release, {
        release,
        minor: `v${parsed.line}`,
        release_date: date,
        ...(ordered as {
          kubernetes: string | null;
          containerd: string | null;
          runc: string | null;
          etcd: string | null;
        }),
        source: `k3s-io/docs:${page.file}@${docs.head.commit}`,
        confidence: 'docs-table',
        ...(dateText && !date ? { note: `date: table says "${dateText}"` } : {}),
      });
    }
  }
  const carried: string[] = [];
  for (const row of previous?.releases ?? []) {
    if (rows.has(row.release)) continue;
    if (row.confidence === 'docs-table')
      warn(`k3s-docs no longer lists ${row.release}; its previous row is carried over`);
    rows.set(row.release, row);
    carried.push(row.release);
  }
  const order = (name: string) => parseReleaseName('k3s', name)!;
  const releases = [...rows.values()].sort((a, b) =>
    compareReleaseNames(order(a.release), order(b.release)),
  );
  const carriedText = carried.length
    ? `; ${carried.length} rows the tables lack carried over from the previous k3s.json (each row's source says where it came from)`
    : '';
  return {
    table: {
      generated_from: `k3s-io/docs release-notes tables (docs/release-notes-old/, docs/release-notes/v1.XX.X.md) at ${docs.head.commit}${carriedText}`,
      count: releases.length,
      releases,
    },
    carried,
  };
}
