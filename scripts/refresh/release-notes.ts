/**
 * The release tables at the top of rancher/rke2-docs and k3s-io/docs release-notes pages
 * (`docs/release-notes/v1.XX.X.md`, `docs/release-notes-old/`):
 *   | Version | Release date | Kubernetes | ... |
 *   | [v1.36.3+rke2r1](v1.36.X.md#...) | Aug 04 2026 | [v1.36.3](https://...) | ... |
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface NotesRow {
  /** Column header (as written) -> cell text: a link's text, else the cell; null when empty. */
  cells: Record<string, string | null>;
  /** `docs/release-notes/v1.36.X.md` */
  file: string;
  line: number;
}

/** A cell's value: `[v1.36.3](url)` -> `v1.36.3`; several links keep their texts, joined by ` / `. */
export function cellValue(cell: string): string | null {
  const text = cell.replace(/<br\s*\/?>/gi, ' ').trim();
  const links = [...text.matchAll(/\[([^\]]*)\]\([^)]*\)/g)].map((m) => m[1]!.trim());
  const value = links.length ? links.join(' / ') : text;
  return value === '' || value === '-' ? null : value;
}

function splitRow(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|\s*$/, '');
  return inner.split('|').map((c) => c.trim());
}

export function tableRows(text: string, file: string): NotesRow[] {
  const lines = text.split(/\r?\n/);
  const rows: NotesRow[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = splitRow(lines[i]!);
    if (!lines[i]!.trim().startsWith('|') || header[0]?.toLowerCase() !== 'version') continue;
    if (!/^\|?\s*:?-{3,}/.test(lines[i + 1]?.trim() ?? '')) continue;
    for (let j = i + 2; j < lines.length && lines[j]!.trim().startsWith('|'); j++) {
      const cells = splitRow(lines[j]!);
      const row: Record<string, string | null> = {};
      header.forEach((name, k) => {
        if (name) row[name] = cellValue(cells[k] ?? '');
      });
      rows.push({ cells: row, file, line: j + 1 });
      i = j;
    }
  }
  return rows;
}

/** Every `v1.XX.X.md` page under the given folders of a docs checkout, in folder order. */
export async function releaseNotePages(
  checkout: string,
  folders: string[],
): Promise<{ file: string; text: string }[]> {
  const pages: { file: string; text: string }[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = await readdir(path.join(checkout, folder));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => /^v\d+\.\d+\.X\.md$/.test(n)).sort()) {
      const file = `${folder}/${name}`;
      pages.push({ file, text: await readFile(path.join(checkout, file), 'utf8') });
    }
  }
  return pages;
}

/** The header that names a component, whatever its case (`Etcd`, `etcd`, `Metrics-server`). */
export function column(cells: Record<string, string | null>, name: string): string | null {
  const key = Object.keys(cells).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? (cells[key] ?? null) : null;
}

/** The release in a Version cell, without footnote marks (`v1.32.13+rke2r2\*` -> `v1.32.13+rke2r2`). */
export function versionCell(value: string | null): string | null {
  return value ? value.replace(/(?:\\?\*|†)+$/, '').trim() : null;
}
