/**
 * endoflife.date (`products/<product>.md`): the product pages, copied byte for byte, and
 * `eol/lines.json`, one row per release line from each page's `releases:` front matter.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { RefreshError } from './git.js';

export const EOL_PRODUCTS = ['kubernetes', 'containerd', 'etcd'] as const;
export type EolProduct = (typeof EOL_PRODUCTS)[number];

export interface LineRow {
  product: EolProduct;
  line: string;
  released: string | null;
  end_of_standard_support?: string | boolean;
  eol: string | boolean;
  lts?: boolean | string;
  latest: string | null;
  latest_release_date: string | null;
  source: string;
}

export interface EolResult {
  pages: Map<EolProduct, Buffer>;
  lines: LineRow[];
}

/** YAML dates stay as written (`2026-04-22`); `true`/`false` stay booleans. */
function dateOrFlag(value: unknown, where: string): string | boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  throw new RefreshError(`${where}: expected a date or true/false, found ${JSON.stringify(value)}`);
}

function optionalText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

export function linesOfPage(product: EolProduct, text: string, source: string): LineRow[] {
  const file = `products/${product}.md`;
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) throw new RefreshError(`${file}: no front matter (--- ... ---)`);
  let front: unknown;
  try {
    front = parse(match[1]!);
  } catch (err) {
    throw new RefreshError(`${file}: front matter is not valid YAML: ${(err as Error).message}`);
  }
  const releases = (front as { releases?: unknown })?.releases;
  if (!Array.isArray(releases) || !releases.length)
    throw new RefreshError(`${file}: front matter has no releases: list`);
  return releases.map((entry: Record<string, unknown>, i) => {
    const where = `${file}: releases[${i}]`;
    const line = entry.releaseCycle;
    if (typeof line !== 'string' && typeof line !== 'number')
      throw new RefreshError(`${where}: releaseCycle is missing`);
    // Key order as in the table: released, end_of_standard_support, eol, lts, latest...
    return {
      product,
      line: String(line),
      released: optionalText(entry.releaseDate),
      ...('eoas' in entry
        ? { end_of_standard_support: dateOrFlag(entry.eoas, `${where} (${line}): eoas`) }
        : {}),
      eol: dateOrFlag(entry.eol, `${where} (${line}): eol`),
      ...('lts' in entry ? { lts: entry.lts as boolean | string } : {}),
      latest: optionalText(entry.latest),
      latest_release_date: optionalText(entry.latestReleaseDate),
      source,
    };
  });
}

export async function readEol(checkout: string, commit: string): Promise<EolResult> {
  const pages = new Map<EolProduct, Buffer>();
  const lines: LineRow[] = [];
  for (const product of EOL_PRODUCTS) {
    const file = path.join(checkout, 'products', `${product}.md`);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (err) {
      throw new RefreshError(
        `${file}: ${(err as Error).message} (is this an endoflife.date checkout?)`,
      );
    }
    pages.set(product, bytes);
    const source = `endoflife-date/endoflife.date@${commit}:products/${product}.md`;
    lines.push(...linesOfPage(product, bytes.toString('utf8'), source));
  }
  return { pages, lines };
}
