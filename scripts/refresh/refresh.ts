/**
 * The refresh: reads local checkouts of the upstreams and returns every source table as file
 * contents (path relative to the output folder -> bytes). Nothing is written here and nothing is
 * fetched; the entry script writes the result.
 */
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { distributionLines } from './distribution-lines.js';
import { EOL_PRODUCTS, readEol } from './eol.js';
import { headOf, RefreshError, type Head } from './git.js';
import { ghsaTsv, readGhsa } from './ghsa.js';
import { readK3s } from './k3s.js';
import { readRke2 } from './rke2.js';
import type { K3sBundleTable } from './tables.js';
import { readVulndb } from './vulndb.js';

/** The folders expected under `--from DIR`, and the repository each is a checkout of. */
export const UPSTREAMS = {
  vulndb: 'golang/vulndb',
  'advisory-database': 'github/advisory-database',
  'endoflife.date': 'endoflife-date/endoflife.date',
  rke2: 'rancher/rke2',
  'rke2-docs': 'rancher/rke2-docs',
  'k3s-docs': 'k3s-io/docs',
} as const;
export type UpstreamName = keyof typeof UPSTREAMS;

export interface RefreshOptions {
  /** The folder holding one checkout per upstream (see UPSTREAMS). */
  from: string;
  /** The previous tables (for K3s rows the docs lack); null when there are none. */
  previousK3s: K3sBundleTable | null;
}

export interface RefreshResult {
  files: Map<string, Buffer>;
  heads: Record<UpstreamName, Head>;
  counts: Record<string, number>;
  warnings: string[];
}

function json(value: unknown): Buffer {
  // One-space indent, as the extracted tables in ../shared/data are written.
  return Buffer.from(`${JSON.stringify(value, null, 1)}\n`);
}

/** The checkout folder of each upstream under `from`; an error names every one that is missing. */
export async function upstreamDirs(from: string): Promise<Record<UpstreamName, string>> {
  const dirs = Object.fromEntries(
    Object.keys(UPSTREAMS).map((name) => [name, path.join(from, name)]),
  ) as Record<UpstreamName, string>;
  const missing: string[] = [];
  for (const [name, dir] of Object.entries(dirs)) {
    try {
      await access(dir);
    } catch {
      missing.push(`${name} (${UPSTREAMS[name as UpstreamName]})`);
    }
  }
  if (missing.length)
    throw new RefreshError(
      `${from}: missing checkouts: ${missing.join(', ')}; each upstream is read from a folder of that name`,
    );
  return dirs;
}

export async function refresh(options: RefreshOptions): Promise<RefreshResult> {
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const dirs = await upstreamDirs(options.from);
  const heads = {} as Record<UpstreamName, Head>;
  for (const name of Object.keys(UPSTREAMS) as UpstreamName[])
    heads[name] = await headOf(dirs[name]);

  const files = new Map<string, Buffer>();

  const vulndb = await readVulndb(dirs.vulndb, heads.vulndb.commit, warn);
  for (const [name, bytes] of vulndb.files) files.set(`osv/${name}`, bytes);
  files.set('osv-index.json', json(vulndb.index));

  const ghsa = await readGhsa(
    {
      checkout: dirs['advisory-database'],
      commit: heads['advisory-database'].commit,
      records: vulndb.records,
      index: vulndb.index,
    },
    warn,
  );
  files.set('ghsa.json', json(ghsa));
  files.set('ghsa.tsv', Buffer.from(ghsaTsv(ghsa)));

  const eol = await readEol(dirs['endoflife.date'], heads['endoflife.date'].commit);
  for (const product of EOL_PRODUCTS) files.set(`eol/${product}.md`, eol.pages.get(product)!);
  files.set('eol/lines.json', json(eol.lines));

  const rke2 = await readRke2(
    {
      rke2: { dir: dirs.rke2, head: heads.rke2 },
      docs: { dir: dirs['rke2-docs'], head: heads['rke2-docs'] },
    },
    warn,
  );
  if (!rke2.table.releases.length)
    throw new RefreshError(
      `${dirs.rke2}: no release tags (v1.x.y+rke2rN); was it checked out with its tags (fetch-depth: 0)?`,
    );
  files.set('bundles/rke2.json', json(rke2.table));

  const k3s = await readK3s(
    { dir: dirs['k3s-docs'], head: heads['k3s-docs'] },
    options.previousK3s,
    warn,
  );
  if (!options.previousK3s)
    warn(
      'no previous bundles/k3s.json: K3s rows the release-notes tables lack are not carried over',
    );
  files.set('bundles/k3s.json', json(k3s.table));

  files.set(
    'eol/distribution-lines.json',
    json(distributionLines(rke2.table, k3s.table, eol.lines, heads['endoflife.date'].commit)),
  );
  files.set(
    'sources.json',
    json({
      generated_by: 'scripts/refresh-data.ts',
      sources: (Object.keys(UPSTREAMS) as UpstreamName[]).map((name) => ({
        name,
        repository: UPSTREAMS[name],
        commit: heads[name].commit,
        date: heads[name].date,
      })),
    }),
  );
  files.set('README.md', Buffer.from(readme(heads)));

  return {
    files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    heads,
    counts: {
      vulndb_records_read: vulndb.considered,
      osv_records: vulndb.files.size,
      osv_index_rows: vulndb.index.length,
      ghsa_rows: ghsa.records.length,
      ghsa_not_found: ghsa.counts.not_found ?? 0,
      eol_lines: eol.lines.length,
      rke2_releases: rke2.table.count,
      rke2_prerelease_tags_skipped: rke2.skippedTags.length,
      rke2_docs_mismatches: rke2.table.git_vs_docs_mismatches.length,
      k3s_releases: k3s.table.count,
      k3s_rows_carried_over: k3s.carried.length,
    },
    warnings,
  };
}

function readme(heads: Record<UpstreamName, Head>): string {
  const rows = (Object.keys(UPSTREAMS) as UpstreamName[])
    .map((name) => `| ${UPSTREAMS[name]} | ${heads[name].commit} | ${heads[name].date} |`)
    .join('\n');
  return `# Source tables (generated)

Written by \`npm run data:refresh\` (scripts/refresh-data.ts) from checkouts of the upstreams
below; \`npm run data -- --shared data-src/upstream\` builds \`data/\` from them. Do not edit by
hand. The file formats are those of the extracted tables the project started from.

| upstream | commit | commit date |
| --- | --- | --- |
${rows}

- \`osv/\` are golang/vulndb records copied byte for byte, and \`ghsa.*\` holds facts from
  github/advisory-database: both CC-BY-4.0; keep the attribution and the record ids.
- \`eol/*.md\` are endoflife.date product pages, unchanged (MIT license).
- \`bundles/rke2.json\` is read from rancher/rke2's release tags and rancher/rke2-docs;
  \`bundles/k3s.json\` from k3s-io/docs release notes, with rows the notes lack carried over.
`;
}

/** The previous K3s table, if the folder has one; a broken file is an error, not a fresh start. */
export async function readPreviousK3s(dir: string): Promise<K3sBundleTable | null> {
  const file = path.join(dir, 'bundles', 'k3s.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const table = JSON.parse(text) as K3sBundleTable;
    if (!Array.isArray(table.releases)) throw new Error('no releases list');
    return table;
  } catch (err) {
    throw new RefreshError(`${file}: ${(err as Error).message}`);
  }
}
