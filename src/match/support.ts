/**
 * End of life: whether a release line is still supported on the scan date, and the
 * `end-of-life` advisory a pin on a line past (or within 60 days of) its end gets. An RKE2 or
 * K3s line ends with its upstream Kubernetes minor: its late rebuilds carry upstream's final
 * patch and nothing newer.
 */
import type { Advisory, Ecosystem, Severity, SupportLine } from '../data/schema.js';
import { PRODUCT_LABELS, type Product } from '../versioning/index.js';

/** A line ending within this many days of the scan date gets a `low` notice. */
export const NOTICE_DAYS = 60;

export type LineState = 'supported' | 'ending' | 'ended';

export interface LineSupport {
  state: LineState;
  /** What the data says about the line; null for a line newer than any the data knows. */
  line: SupportLine | null;
  /** Days from the scan date to the end of life (negative once past); null without a date. */
  days: number | null;
}

/** `off`, or the severity a pin on an ended line is reported at. */
export type EndOfLifeSetting = Severity | 'off';

const SUPPORTED_PRODUCTS = new Set<Product>(['rke2', 'k3s', 'containerd']);

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}

function lineParts(line: string): [number, number] {
  const [major, minor] = line.split('.').map(Number);
  return [major ?? 0, minor ?? 0];
}

/** Per product, its lines by name, and the newest line the data knows. */
export function supportIndex(lines: SupportLine[]) {
  const byKey = new Map<string, SupportLine>();
  const newest = new Map<string, [number, number]>();
  for (const l of lines) {
    byKey.set(`${l.product} ${l.line}`, l);
    const [major, minor] = lineParts(l.line);
    const known = newest.get(l.product);
    if (!known || major > known[0] || (major === known[0] && minor > known[1])) {
      newest.set(l.product, [major, minor]);
    }
  }
  /**
   * A line's state on `date`; null for a product the data says nothing about (RFO). A line
   * newer than every line the data knows has not ended; an older line it lacks is taken as
   * ended, so that it is never recommended.
   */
  return function supportOf(product: Product, line: string, date: string): LineSupport | null {
    if (!SUPPORTED_PRODUCTS.has(product)) return null;
    const known = byKey.get(`${product} ${line}`);
    if (!known) {
      const top = newest.get(product);
      if (!top) return null;
      const [major, minor] = lineParts(line);
      const newer = major > top[0] || (major === top[0] && minor > top[1]);
      return { state: newer ? 'supported' : 'ended', line: null, days: null };
    }
    if (!known.eol) return { state: 'supported', line: known, days: null };
    const days = dayNumber(known.eol) - dayNumber(date);
    const state: LineState = days <= 0 ? 'ended' : days <= NOTICE_DAYS ? 'ending' : 'supported';
    return { state, line: known, days };
  };
}

const ECOSYSTEM: Partial<Record<Product, Ecosystem>> = {
  rke2: 'RKE2',
  k3s: 'K3s',
  containerd: 'containerd',
};

const RELEASES_PAGE: Partial<Record<Product, string>> = {
  rke2: 'https://github.com/rancher/rke2/releases',
  k3s: 'https://github.com/k3s-io/k3s/releases',
  containerd: 'https://github.com/containerd/containerd/releases',
};

/** `KPA-EOL-RKE2-1.33`: one id per product line, for ignores and code scanning. */
export function endOfLifeId(product: Product, line: string): string {
  return `KPA-EOL-${PRODUCT_LABELS[product].toUpperCase()}-${line}`;
}

/** The range of every release of a line, in the ecosystem's spelling. */
function wholeLine(product: Product, line: string): { introduced: string; fixed: string } {
  const [major, minor] = lineParts(line);
  const suffix = product === 'rke2' ? '+rke2r0' : product === 'k3s' ? '+k3s0' : '';
  return {
    introduced: `v${major}.${minor}.0-alpha.0${suffix}`,
    fixed: `v${major}.${minor + 1}.0-alpha.0${suffix}`,
  };
}

/**
 * The `end-of-life` advisory for a pin's line: `severity` once the line has ended, `low`
 * within NOTICE_DAYS of the end. `nextSupported` is the release a finding will suggest, or null
 * when no release on a line supported on the scan date is known (the text says so).
 */
export function endOfLifeAdvisory(
  product: Product,
  support: LineSupport & { line: SupportLine },
  severity: Severity,
  date: string,
  nextSupported: string | null,
): Advisory {
  const l = support.line;
  const label = PRODUCT_LABELS[product];
  const eol = l.eol!;
  const upstream = l.upstream ?? `${label} ${l.line}`;
  const ended = support.state === 'ended';
  const head = ended
    ? `${upstream} support ended ${eol}`
    : `${upstream} support ends ${eol} (in ${support.days} days)`;
  const last = l.last_release
    ? `the last ${label} ${l.line} release${l.may_continue ? ' in the data' : ''}, ${l.last_release}, shipped ${l.last_release_date ?? '(date unknown)'}`
    : `its last ${label} ${l.line} release is not known to this data`;
  const way = !ended
    ? 'plan the move to a newer line'
    : nextSupported
      ? `move to a supported line (${nextSupported})`
      : `no release on a line supported on ${date} is known`;
  const summary = `${head}; ${last}; ${way}`;
  const details =
    `${summary}.\n\n` +
    (l.upstream
      ? `An ${label} line gets no more patches once ${l.upstream} reaches its end of life: its later rebuilds carry upstream's final patch and nothing newer. `
      : '') +
    `Last release: ${l.last_release ?? 'unknown'}${l.may_continue ? ' (the bundle data ends with it; later rebuilds may exist)' : ''}. ` +
    `Judged on ${date}. Sources: ${l.sources.join('; ')}.`;
  const range = wholeLine(product, l.line);
  return {
    schema_version: '1.6.0',
    id: endOfLifeId(product, l.line),
    aliases: [],
    kind: 'end-of-life',
    severity: ended ? severity : 'low',
    cvss: null,
    summary: summary.length > 200 ? `${summary.slice(0, 199)}…` : summary,
    details,
    published: eol,
    affected: [
      {
        package: { ecosystem: ECOSYSTEM[product]!, name: `${product} ${l.line}` },
        ranges: [
          { type: 'ECOSYSTEM', events: [{ introduced: range.introduced }, { fixed: range.fixed }] },
        ],
      },
    ],
    references: [
      {
        type: 'WEB',
        url: `https://endoflife.date/${product === 'containerd' ? 'containerd' : 'kubernetes'}`,
      },
      { type: 'WEB', url: RELEASES_PAGE[product]! },
    ],
    database_specific: { sources: l.sources },
  };
}
