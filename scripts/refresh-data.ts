/**
 * Regenerates the extracted source tables (osv/, osv-index.json, ghsa.json, ghsa.tsv, eol/,
 * bundles/) from local checkouts of their upstreams, in the formats scripts/build-data.ts reads.
 *
 *   npx tsx scripts/refresh-data.ts --from DIR [--out DIR] [--previous DIR | --no-previous]
 *
 * DIR holds one checkout per upstream, in folders named vulndb, advisory-database,
 * endoflife.date, rke2 (with its tags), rke2-docs and k3s-docs. --out defaults to
 * <project>/data-src/upstream; --previous (where K3s rows the release notes lack are carried
 * over from) defaults to the --out folder, and a missing previous k3s.json is an error unless
 * --no-previous says to drop those rows. Nothing is fetched. Exits 1 with `<path>: <problem>`.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RefreshError } from './refresh/git.js';
import { readPreviousK3s, refresh, upstreamDirs } from './refresh/refresh.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = 'usage: refresh-data.ts --from DIR [--out DIR] [--previous DIR | --no-previous]';

export interface RefreshArgs {
  from: string;
  out: string;
  /** null: --no-previous */
  previous: string | null;
}

export function parseRefreshArgs(argv: string[]): RefreshArgs {
  let from: string | undefined;
  let out = path.join(projectRoot, 'data-src', 'upstream');
  let previous: string | null | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (!v || v.startsWith('--')) throw new RefreshError(`${arg}: needs a directory (${USAGE})`);
      return path.resolve(v);
    };
    if (arg === '--from') from = value();
    else if (arg === '--out') out = value();
    else if (arg === '--previous') previous = value();
    else if (arg === '--no-previous') previous = null;
    else throw new RefreshError(`unknown argument ${arg} (${USAGE})`);
  }
  if (!from) throw new RefreshError(`--from is required (${USAGE})`);
  return { from, out, previous: previous === undefined ? out : previous };
}

/** Writes the tables; osv/ records no longer taken are removed, nothing else in `out` is touched. */
export async function writeTables(out: string, files: Map<string, Buffer>): Promise<void> {
  for (const sub of ['osv', 'eol', 'bundles'])
    await mkdir(path.join(out, sub), { recursive: true });
  for (const name of await readdir(path.join(out, 'osv'))) {
    if (name.endsWith('.json') && !files.has(`osv/${name}`)) await rm(path.join(out, 'osv', name));
  }
  for (const [rel, bytes] of files) await writeFile(path.join(out, rel), bytes);
}

async function main(): Promise<void> {
  const args = parseRefreshArgs(process.argv.slice(2));
  await upstreamDirs(args.from);
  const previousK3s = args.previous ? await readPreviousK3s(args.previous) : null;
  if (args.previous && !previousK3s)
    throw new RefreshError(
      `${path.join(args.previous, 'bundles', 'k3s.json')}: not found; K3s rows the release notes lack (before v1.24) come only from it. ` +
        'Pass --previous DIR (a folder of earlier tables, e.g. ../shared/data), or --no-previous to drop those rows',
    );
  const result = await refresh({ from: args.from, previousK3s });
  await writeTables(args.out, result.files);
  for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
  const counts = Object.entries(result.counts)
    .map(([k, v]) => `${k.replace(/_/g, ' ')} ${v}`)
    .join(', ');
  process.stdout.write(
    `data:refresh: ${result.files.size} files -> ${path.relative(process.cwd(), args.out) || '.'} (${counts}; ${result.warnings.length} warnings)\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`data:refresh: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
