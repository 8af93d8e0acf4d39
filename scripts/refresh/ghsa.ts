/**
 * GitHub advisories (github/advisory-database): the record of every GHSA that a taken vulndb
 * record names, plus reviewed RKE2/K3s advisories that vulndb lacks. Written as `ghsa.json`
 * (severity, CVSS, ranges, references, and how GitHub's ranges compare with vulndb's) and
 * `ghsa.tsv` (one line per advisory, for reading).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { cvss3BaseScore } from './cvss.js';
import type { IndexRow, OsvRecord, RangeEvent } from './vulndb.js';

interface GhsaOsv {
  id: string;
  aliases?: string[];
  summary?: string;
  published?: string;
  modified?: string;
  withdrawn?: string;
  severity?: { type: string; score: string }[];
  affected?: {
    package?: { ecosystem?: string; name?: string };
    ranges?: { type: string; events: RangeEvent[] }[];
  }[];
  references?: { type?: string; url?: string }[];
  database_specific?: { severity?: string; cwe_ids?: string[]; github_reviewed?: boolean };
}

export interface GhsaAffected {
  ecosystem: string;
  name: string;
  events: RangeEvent[];
}

export interface GhsaRow {
  ghsa: string;
  in_input_file?: boolean;
  osv_ids: string[];
  cve: string[];
  summary?: string | null;
  severity?: string | null;
  cwe_ids?: string[];
  cvss?: { type: string; vector: string; score: number | null }[];
  cvss_score?: number | null;
  cvss_vector?: string | null;
  published?: string | null;
  modified?: string | null;
  withdrawn?: string;
  affected?: GhsaAffected[];
  packages_and_ranges?: string;
  references?: string[];
  status: string;
  record?: string | null;
  note?: string;
  vulndb_comparison?: string[];
}

export interface GhsaFile {
  generated_by: string;
  input: string;
  counts: Record<string, number>;
  records: GhsaRow[];
}

const EXTRA_MODULES = ['github.com/rancher/rke2', 'github.com/k3s-io/k3s'];

// ---------------------------------------------------------------------------------------------
// Ranges as text: `<1.24.17; >=1.25.0 <1.25.13`, `all versions (no fix)`.

export function rangeTexts(events: RangeEvent[]): string[] {
  const out: string[] = [];
  let from: string | null = null;
  const close = (bound: string) => {
    out.push(from === null || from === '0' ? bound : `>=${from} ${bound}`);
    from = null;
  };
  for (const event of events) {
    if (event.introduced !== undefined) {
      if (from !== null) out.push(from === '0' ? 'all versions (no fix)' : `>=${from}`);
      from = event.introduced;
    } else if (event.fixed !== undefined) close(`<${event.fixed}`);
    else if (event.last_affected !== undefined) close(`<=${event.last_affected}`);
  }
  if (from !== null) out.push(from === '0' ? 'all versions (no fix)' : `>=${from}`);
  return out;
}

function sameRanges(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

export function packagesAndRanges(affected: GhsaAffected[]): string {
  const byPackage = new Map<string, string[]>();
  for (const a of affected) {
    const key = `${a.ecosystem}:${a.name}`;
    byPackage.set(key, [...(byPackage.get(key) ?? []), ...rangeTexts(a.events)]);
  }
  return [...byPackage].map(([key, ranges]) => `${key} ${ranges.join('; ')}`).join(' | ');
}

/** How GitHub's ranges compare with vulndb's, per (vulndb record, package); ["match"] when all agree. */
export function compareWithVulndb(
  affected: GhsaAffected[],
  rows: IndexRow[],
  records: Map<string, OsvRecord>,
): string[] {
  const ghsa = new Map<string, string[]>();
  for (const a of affected)
    ghsa.set(a.name, [...(ghsa.get(a.name) ?? []), ...rangeTexts(a.events)]);
  const out: string[] = [];
  for (const row of rows) {
    const vulndb = rangeTexts(row.events);
    const shown = vulndb.length ? vulndb.join('; ') : 'no ranges';
    const custom = records
      .get(row.osv_id)
      ?.affected.find((a) => a.package.name === row.package)
      ?.ecosystem_specific?.custom_ranges?.flatMap((r) => rangeTexts(r.events));
    const theirs = ghsa.get(row.package);
    const customText = (against: string[] | undefined) =>
      custom?.length
        ? ` (vulndb custom_ranges [${custom.join('; ')}]${against && sameRanges(custom, against) ? ' = GHSA' : ''})`
        : '';
    if (theirs) {
      if (sameRanges(theirs, vulndb)) continue;
      out.push(
        `${row.osv_id} ${row.package}: GHSA [${theirs.join('; ')}] vs vulndb [${shown}]${customText(theirs)}`,
      );
      continue;
    }
    const twin = [...ghsa].find(([, ranges]) => sameRanges(ranges, vulndb));
    const others = twin
      ? `; GHSA gives the same ranges under ${twin[0]}`
      : ghsa.size
        ? ` (GHSA: ${[...ghsa].map(([name, ranges]) => `${name} [${ranges.join('; ')}]`).join(' | ')})`
        : ' (GHSA: no affected packages)';
    out.push(
      `${row.osv_id} ${row.package}: vulndb lists package (${shown}) but GHSA has no range for it${others}${customText(undefined)}`,
    );
  }
  return out.length ? out : ['match'];
}

// ---------------------------------------------------------------------------------------------
// Finding records

/** GHSA id -> path relative to the checkout, for every record under the given folder. */
async function recordPaths(checkout: string, folder: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const list = async (dir: string) => {
    try {
      return await readdir(path.join(checkout, dir), { withFileTypes: true });
    } catch {
      return [];
    }
  };
  for (const year of await list(folder)) {
    if (!year.isDirectory()) continue;
    for (const month of await list(`${folder}/${year.name}`)) {
      if (!month.isDirectory()) continue;
      for (const entry of await list(`${folder}/${year.name}/${month.name}`)) {
        if (!entry.isDirectory() || !entry.name.startsWith('GHSA-')) continue;
        out.set(
          entry.name,
          `${folder}/${year.name}/${month.name}/${entry.name}/${entry.name}.json`,
        );
      }
    }
  }
  return out;
}

function rowFromRecord(record: GhsaOsv, rel: string, commit: string): GhsaRow {
  const cvss = (record.severity ?? [])
    .filter((s) => /^CVSS_V[34]$/.test(s.type))
    .map((s) => ({ type: s.type, vector: s.score, score: cvss3BaseScore(s.score) }));
  const preferred = cvss.find((c) => c.type === 'CVSS_V3') ?? cvss[0];
  const affected: GhsaAffected[] = [];
  for (const a of record.affected ?? []) {
    for (const range of a.ranges ?? []) {
      affected.push({
        ecosystem: a.package?.ecosystem ?? '',
        name: a.package?.name ?? '',
        events: range.events,
      });
    }
  }
  const reviewed = rel.startsWith('advisories/github-reviewed/');
  const notes: string[] = [];
  if (!reviewed)
    notes.push('only the unreviewed record is in the checkout (advisories/unreviewed/)');
  if (cvss.some((c) => c.score === null))
    notes.push('CVSS 4.0 vectors are not scored by the refresh (score null)');
  return {
    ghsa: record.id,
    in_input_file: true,
    osv_ids: [],
    cve: (record.aliases ?? []).filter((a) => a.startsWith('CVE-')),
    // Left out, not null, when the record has none (an unreviewed record): build-data reads it as optional.
    ...(record.summary ? { summary: record.summary } : {}),
    severity: record.database_specific?.severity ?? null,
    cwe_ids: record.database_specific?.cwe_ids ?? [],
    cvss,
    cvss_score: preferred?.score ?? null,
    cvss_vector: preferred?.vector ?? null,
    published: record.published ?? null,
    modified: record.modified ?? null,
    ...(record.withdrawn ? { withdrawn: record.withdrawn } : {}),
    affected,
    packages_and_ranges: packagesAndRanges(affected),
    references: (record.references ?? []).map((r) => r.url ?? '').filter(Boolean),
    status: 'found:advisory-database',
    record: `github/advisory-database:${rel}@${commit}`,
    ...(notes.length ? { note: notes.join('; ') } : {}),
  };
}

export interface GhsaInput {
  checkout: string;
  commit: string;
  records: OsvRecord[];
  index: IndexRow[];
}

export async function readGhsa(
  input: GhsaInput,
  warn: (message: string) => void,
): Promise<GhsaFile> {
  const reviewed = await recordPaths(input.checkout, 'advisories/github-reviewed');
  if (!reviewed.size)
    warn(
      `${input.checkout}: no records under advisories/github-reviewed (is this a github/advisory-database checkout?)`,
    );
  let unreviewed: Map<string, string> | null = null;
  const recordsById = new Map(input.records.map((r) => [r.id, r]));

  // GHSA ids in vulndb order, with the vulndb records that name each.
  const wanted = new Map<string, { osv: string[]; cve: string[] }>();
  const noGhsa: OsvRecord[] = [];
  for (const record of input.records) {
    const ids = (record.aliases ?? []).filter((a) => a.startsWith('GHSA-'));
    if (!ids.length) noGhsa.push(record);
    for (const id of ids) {
      const entry = wanted.get(id) ?? { osv: [], cve: [] };
      entry.osv.push(record.id);
      for (const cve of (record.aliases ?? []).filter((a) => a.startsWith('CVE-')))
        if (!entry.cve.includes(cve)) entry.cve.push(cve);
      wanted.set(id, entry);
    }
  }

  const read = async (rel: string): Promise<GhsaOsv | null> => {
    try {
      return JSON.parse(await readFile(path.join(input.checkout, rel), 'utf8')) as GhsaOsv;
    } catch (err) {
      warn(`advisory-database ${rel}: ${(err as Error).message}; treated as not found`);
      return null;
    }
  };

  const rows: GhsaRow[] = [];
  for (const [id, { osv, cve }] of wanted) {
    let rel = reviewed.get(id);
    if (!rel) {
      unreviewed ??= await recordPaths(input.checkout, 'advisories/unreviewed');
      rel = unreviewed.get(id);
    }
    const record = rel ? await read(rel) : null;
    if (!rel || !record) {
      rows.push({
        ghsa: id,
        in_input_file: true,
        osv_ids: osv,
        cve,
        status: 'not_found',
        record: null,
        note: `no record of ${id} under advisories/github-reviewed${unreviewed?.size ? ' or advisories/unreviewed' : ''} at github/advisory-database@${input.commit}; no severity recorded`,
      });
      continue;
    }
    const row = rowFromRecord(record, rel, input.commit);
    row.osv_ids = osv;
    if (!row.cve.length) row.cve = cve;
    const indexRows = input.index.filter((r) => osv.includes(r.osv_id));
    row.vulndb_comparison = compareWithVulndb(row.affected ?? [], indexRows, recordsById);
    rows.push(row);
  }

  for (const record of noGhsa) {
    const indexRows = input.index.filter((r) => r.osv_id === record.id);
    rows.push({
      ghsa: 'no GHSA',
      osv_ids: [record.id],
      cve: (record.aliases ?? []).filter((a) => a.startsWith('CVE-')),
      status: 'no GHSA alias in input row',
      summary: record.summary ?? '',
      packages_and_ranges: indexRows
        .map((r) => `Go:${r.package} ${rangeTexts(r.events).join('; ') || 'no ranges'}`)
        .join(' | '),
    });
  }

  // Reviewed RKE2/K3s advisories that no vulndb record names.
  const extras: GhsaRow[] = [];
  for (const [id, rel] of reviewed) {
    if (wanted.has(id)) continue;
    const text = await readFile(path.join(input.checkout, rel), 'utf8').catch(() => '');
    if (!EXTRA_MODULES.some((m) => text.includes(`"${m}"`))) continue;
    let record: GhsaOsv;
    try {
      record = JSON.parse(text) as GhsaOsv;
    } catch (err) {
      warn(`advisory-database ${rel}: not valid JSON (${(err as Error).message}); left out`);
      continue;
    }
    if (!(record.affected ?? []).some((a) => EXTRA_MODULES.includes(a.package?.name ?? '')))
      continue;
    if (record.withdrawn) continue;
    const row = rowFromRecord(record, rel, input.commit);
    row.in_input_file = false;
    row.vulndb_comparison = ['no vulndb row in input'];
    extras.push(row);
  }
  extras.sort((a, b) => (a.ghsa < b.ghsa ? -1 : a.ghsa > b.ghsa ? 1 : 0));
  rows.push(...extras);

  const count = (status: string) => rows.filter((r) => r.status === status).length;
  return {
    generated_by: 'scripts/refresh-data.ts',
    input: 'osv-index.json (derived from golang/vulndb data/osv)',
    counts: {
      distinct_ghsa: wanted.size + extras.length,
      from_input: wanted.size,
      extra: extras.length,
      found_github_advisory_database: count('found:advisory-database'),
      not_found: count('not_found'),
      no_ghsa_rows: noGhsa.length,
    },
    records: rows,
  };
}

/** `ghsa.tsv`: one line per row of ghsa.json, for reading and grepping. */
export function ghsaTsv(file: GhsaFile): string {
  const clean = (value: unknown) =>
    value === null || value === undefined ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
  const lines = [
    [
      'ghsa',
      'cve',
      'severity',
      'cvss_score',
      'cvss_vector',
      'published',
      'packages_and_ranges',
      'summary',
      'record_path@commit',
    ].join('\t'),
  ];
  for (const row of file.records) {
    const last =
      row.status === 'not_found'
        ? `NOT FOUND (status not_found): ${row.note ?? ''}`
        : row.status === 'no GHSA alias in input row'
          ? row.status
          : `${row.record ?? ''}${row.note ? ` NOTE: ${row.note}` : ''}`;
    lines.push(
      [
        row.ghsa === 'no GHSA' ? `no GHSA [${row.osv_ids.join(', ')}]` : row.ghsa,
        row.cve.join(','),
        row.severity,
        row.cvss_score,
        row.cvss_vector,
        row.published?.slice(0, 10),
        row.packages_and_ranges,
        row.summary,
        last,
      ]
        .map(clean)
        .join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}
