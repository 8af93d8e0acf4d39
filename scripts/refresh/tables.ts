/**
 * The shapes of the source tables the refresh writes: the same files, fields and key order as the
 * extracted tables in ../shared/data, so scripts/build-data.ts reads either.
 */

export interface DocsTableRow {
  file: string;
  release_date: string | null;
  kubernetes: string | null;
  etcd: string | null;
  containerd: string | null;
  runc: string | null;
}

export interface Rke2Row {
  release: string;
  minor: string;
  tag_commit: string;
  tag_commit_date: string | null;
  kubernetes: string | null;
  containerd: string | null;
  runc: string | null;
  crictl: string | null;
  containerd_windows: string | null;
  etcd: string | null;
  sources: Record<string, string>;
  docs_table?: DocsTableRow;
}

export interface Rke2Mismatch {
  release: string;
  component: string;
  git: string;
  docs: string;
}

export interface Rke2BundleTable {
  generated_from: Record<string, string>;
  count: number;
  docs_rows: number;
  docs_only_releases: number;
  git_vs_docs_mismatches: Rke2Mismatch[];
  releases: Rke2Row[];
}

export interface K3sRow {
  release: string;
  minor: string;
  release_date: string | null;
  kubernetes: string | null;
  containerd: string | null;
  runc: string | null;
  etcd: string | null;
  [component: string]: string | null | undefined;
  source: string;
  confidence: string;
  note?: string;
}

export interface K3sBundleTable {
  generated_from: string;
  count: number;
  releases: K3sRow[];
}
