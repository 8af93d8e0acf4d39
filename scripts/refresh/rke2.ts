/**
 * RKE2 bundles (`bundles/rke2.json`): what each release tag of rancher/rke2 builds in, read from
 * the tagged files (Dockerfile, Dockerfile.windows, scripts/version.sh, scripts/build-images), and
 * cross-checked with the release-notes tables of rancher/rke2-docs. Where the two disagree the
 * tagged Dockerfile wins and the disagreement is listed.
 */
import { batch, tagsOf, type Head } from './git.js';
import { column, releaseNotePages, tableRows, versionCell } from './release-notes.js';
import { compareReleaseNames, parseReleaseName } from './releases.js';
import type { DocsTableRow, Rke2BundleTable, Rke2Mismatch, Rke2Row } from './tables.js';

const TAG_FILES = [
  'Dockerfile',
  'Dockerfile.windows',
  'scripts/version.sh',
  'scripts/build-images',
];
const DOCS_FOLDERS = ['docs/release-notes-old', 'docs/release-notes'];
const COMPARED = ['kubernetes', 'containerd', 'etcd', 'runc'] as const;

/** `v1.7.7-k3s1-build20231010` -> `v1.7.7-k3s1` */
function withoutBuild(tag: string): string {
  return tag.replace(/-build\d{8}.*$/, '');
}

/** The tag of a `FROM [--platform=...] [registry/]rancher/hardened-<image>:<tag>` line. */
export function hardenedImage(dockerfile: string, image: string): string | null {
  const m = new RegExp(
    `^\\s*FROM\\s+(?:--\\S+\\s+)*(?:\\S+/)?rancher/hardened-${image}:(\\S+)`,
    'im',
  ).exec(dockerfile);
  return m && !m[1]!.includes('$') ? m[1]! : null;
}

/** `KUBERNETES_VERSION=${KUBERNETES_VERSION:-v1.30.4}` (or a plain assignment) -> `v1.30.4`. */
export function shellDefault(script: string, variable: string): string | null {
  const m = new RegExp(
    `^\\s*(?:export\\s+)?${variable}=(?:\\$\\{${variable}:-([^}]+)\\}|"?([^"\\s$]+)"?)`,
    'm',
  ).exec(script);
  const value = (m?.[1] ?? m?.[2])?.replace(/^"|"$/g, '');
  return value && /^v?\d/.test(value) ? value : null;
}

interface Facts {
  kubernetes: string | null;
  containerd: string | null;
  runc: string | null;
  crictl: string | null;
  containerdWindows: string | null;
  etcd: string | null;
  sources: Record<string, string>;
}

export function factsAtTag(tag: string, files: Map<string, string>): Facts {
  const at = (file: string) => `rancher/rke2@${tag}:${file}`;
  const dockerfile = files.get('Dockerfile') ?? '';
  const windows = files.get('Dockerfile.windows') ?? '';
  const version = files.get('scripts/version.sh') ?? '';
  const buildImages = files.get('scripts/build-images') ?? '';
  const sources: Record<string, string> = {};

  const containerdImage = hardenedImage(dockerfile, 'containerd');
  if (containerdImage)
    sources.containerd = `${at('Dockerfile')} (rancher/hardened-containerd:${containerdImage})`;
  const runcImage = hardenedImage(dockerfile, 'runc');
  if (runcImage) sources.runc = `${at('Dockerfile')} (rancher/hardened-runc:${runcImage})`;
  const crictlImage = hardenedImage(dockerfile, 'crictl');

  let etcd = shellDefault(version, 'ETCD_VERSION');
  if (etcd) sources.etcd = at('scripts/version.sh');
  else {
    // Older tags name the etcd image in scripts/build-images instead of setting ETCD_VERSION.
    const fromBuild = /rancher\/hardened-etcd:(v\d[^\s"'$]*)/.exec(buildImages)?.[1];
    if (fromBuild) {
      etcd = withoutBuild(fromBuild);
      sources.etcd = at('scripts/build-images');
    }
  }

  let kubernetes = shellDefault(version, 'KUBERNETES_VERSION');
  if (!kubernetes) {
    const image = hardenedImage(dockerfile, 'kubernetes');
    kubernetes = image ? (/^(v\d+\.\d+\.\d+)/.exec(image)?.[1] ?? null) : null;
  }

  let containerdWindows: string | null = null;
  const windowsImage = hardenedImage(windows, 'containerd');
  if (windowsImage) {
    containerdWindows = withoutBuild(windowsImage);
    sources.containerd_windows = `${at('Dockerfile.windows')} (rancher/hardened-containerd:${windowsImage})`;
  } else {
    const m = /CONTAINERD_VERSION[\s=:]+["']?v?(\d+\.\d+\.\d+[^\s"']*)/.exec(windows);
    if (m) {
      containerdWindows = `v${m[1]} (upstream)`;
      sources.containerd_windows = `${at('Dockerfile.windows')} (CONTAINERD_VERSION ${m[1]}, containerd/containerd release)`;
    }
  }
  return {
    kubernetes: kubernetes && (kubernetes.startsWith('v') ? kubernetes : `v${kubernetes}`),
    containerd: containerdImage && withoutBuild(containerdImage),
    runc: runcImage && withoutBuild(runcImage),
    crictl: crictlImage && withoutBuild(crictlImage),
    containerdWindows,
    etcd,
    sources,
  };
}

export interface Rke2Input {
  rke2: { dir: string; head: Head };
  docs: { dir: string; head: Head };
}

export async function readRke2(
  input: Rke2Input,
  warn: (message: string) => void,
): Promise<{ table: Rke2BundleTable; skippedTags: string[] }> {
  const tags = await tagsOf(input.rke2.dir);
  const releases = tags.filter((t) => /^v\d+\.\d+\.\d+\+rke2r\d+$/.test(t.name));
  const skippedTags = tags
    .filter((t) => !releases.includes(t) && /\+rke2r\d+$/.test(t.name))
    .map((t) => t.name);
  const revs = releases.flatMap((t) => TAG_FILES.map((f) => `${t.commit}:${f}`));
  const contents = await batch(input.rke2.dir, revs);

  // Docs tables: first page that lists a release wins (release-notes-old before release-notes).
  const docs = new Map<string, DocsTableRow>();
  for (const page of await releaseNotePages(input.docs.dir, DOCS_FOLDERS)) {
    for (const row of tableRows(page.text, page.file)) {
      const release = versionCell(row.cells.Version ?? column(row.cells, 'version'));
      if (!release || !parseReleaseName('rke2', release)) {
        warn(
          `rke2-docs ${page.file}:${row.line}: "${release ?? ''}" is not an RKE2 release; row left out`,
        );
        continue;
      }
      if (docs.has(release)) continue;
      docs.set(release, {
        file: `rancher/rke2-docs:${page.file}`,
        release_date: column(row.cells, 'release date'),
        kubernetes: column(row.cells, 'kubernetes'),
        etcd: column(row.cells, 'etcd'),
        containerd: column(row.cells, 'containerd'),
        runc: column(row.cells, 'runc'),
      });
    }
  }

  const rows: Rke2Row[] = [];
  const mismatches: Rke2Mismatch[] = [];
  for (const tag of releases) {
    const files = new Map<string, string>();
    for (const f of TAG_FILES) {
      const text = contents.get(`${tag.commit}:${f}`);
      if (text !== undefined) files.set(f, text);
    }
    if (!files.has('Dockerfile'))
      warn(`rancher/rke2 ${tag.name}: no Dockerfile at the tag; containerd and runc unknown`);
    const facts = factsAtTag(tag.name, files);
    for (const [fact, value] of Object.entries({
      kubernetes: facts.kubernetes,
      containerd: facts.containerd,
      runc: facts.runc,
      etcd: facts.etcd,
    })) {
      if (!value)
        warn(`rancher/rke2 ${tag.name}: ${fact} not found in the tagged files; left null`);
    }
    const parsed = parseReleaseName('rke2', tag.name)!;
    const row: Rke2Row = {
      release: tag.name,
      minor: `v${parsed.line}`,
      tag_commit: tag.commit,
      tag_commit_date: tag.date,
      kubernetes: facts.kubernetes,
      containerd: facts.containerd,
      runc: facts.runc,
      crictl: facts.crictl,
      containerd_windows: facts.containerdWindows,
      etcd: facts.etcd,
      sources: facts.sources,
    };
    const docsRow = docs.get(tag.name);
    if (docsRow) {
      row.docs_table = docsRow;
      for (const component of COMPARED) {
        const gitValue = row[component];
        const docsValue = docsRow[component];
        if (gitValue && docsValue && gitValue !== docsValue)
          mismatches.push({ release: tag.name, component, git: gitValue, docs: docsValue });
      }
    }
    rows.push(row);
  }
  const order = (name: string) => parseReleaseName('rke2', name)!;
  rows.sort((a, b) => compareReleaseNames(order(a.release), order(b.release)));
  mismatches.sort((a, b) => compareReleaseNames(order(a.release), order(b.release)));
  const tagged = new Set(rows.map((r) => r.release));
  const docsOnly = [...docs.keys()].filter((r) => !tagged.has(r));
  for (const release of docsOnly)
    warn(`rke2-docs lists ${release}, which has no tag in rancher/rke2; not in the table`);
  return {
    table: {
      generated_from: {
        rke2_git: `github.com/rancher/rke2 tags (Dockerfile, Dockerfile.windows, scripts/version.sh, scripts/build-images) at ${input.rke2.head.commit}`,
        rke2_docs: `github.com/rancher/rke2-docs docs/release-notes*/v1.XX.X.md tables at ${input.docs.head.commit}`,
      },
      count: rows.length,
      docs_rows: rows.filter((r) => r.docs_table).length,
      docs_only_releases: docsOnly.length,
      git_vs_docs_mismatches: mismatches,
      releases: rows,
    },
    skippedTags,
  };
}
