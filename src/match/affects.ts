/**
 * Whether an advisory affects one version of one component: OSV range events and explicit
 * version lists, read through the component's version scheme. Fork builds of containerd are
 * judged by an advisory's `k3s-containerd` entries where it has any, else by their base version.
 */
import type { Advisory, AffectedPackage, Ecosystem, RangeEvent } from '../advisories/types.js';
import { baseOf, type ContainerdVersion } from '../versioning/containerd.js';
import { schemes } from '../versioning/index.js';
import { runcScheme } from '../versioning/runc.js';
import {
  componentBase,
  etcdScheme,
  kubernetesScheme,
  type ComponentVersion,
} from '../versioning/component.js';

/** Something a release is made of, or the release itself. */
export type ComponentName = 'rke2' | 'k3s' | 'rfo' | 'containerd' | 'runc' | 'kubernetes' | 'etcd';

interface Comparer {
  parse(text: string): unknown;
  compare(a: never, b: never): number;
}

const SCHEME_BY_ECOSYSTEM: Record<Ecosystem, Comparer> = {
  RKE2: schemes.rke2,
  K3s: schemes.k3s,
  RFO: schemes.rfo,
  containerd: schemes.containerd,
  'k3s-containerd': schemes.containerd,
  runc: runcScheme,
  kubernetes: kubernetesScheme,
  etcd: etcdScheme,
};

const ECOSYSTEM_BY_COMPONENT: Record<Exclude<ComponentName, 'containerd'>, Ecosystem> = {
  rke2: 'RKE2',
  k3s: 'K3s',
  rfo: 'RFO',
  runc: 'runc',
  kubernetes: 'kubernetes',
  etcd: 'etcd',
};

export function ecosystemsFor(component: ComponentName, version: string): Ecosystem {
  if (component !== 'containerd') return ECOSYSTEM_BY_COMPONENT[component];
  return schemes.containerd.parse(version)?.fork ? 'k3s-containerd' : 'containerd';
}

/** Parsed forms of advisory version strings, shared by every lookup. */
const parsedCache = new Map<string, unknown>();

function parseWith(ecosystem: Ecosystem, text: string): unknown {
  const key = `${ecosystem}\u0000${text}`;
  if (!parsedCache.has(key)) {
    const scheme = SCHEME_BY_ECOSYSTEM[ecosystem];
    parsedCache.set(key, text === '0' ? 'zero' : scheme.parse(text));
  }
  return parsedCache.get(key);
}

function compare(ecosystem: Ecosystem, a: unknown, b: unknown): number {
  if (a === 'zero') return b === 'zero' ? 0 : -1;
  if (b === 'zero') return 1;
  return (SCHEME_BY_ECOSYSTEM[ecosystem].compare as (x: unknown, y: unknown) => number)(a, b);
}

function eventVersion(event: RangeEvent): string {
  return 'introduced' in event
    ? event.introduced
    : 'fixed' in event
      ? event.fixed
      : event.last_affected;
}

interface SortedEvent {
  event: RangeEvent;
  at: unknown;
}

/** Each range's events parsed and put in version order once, not on every lookup. */
const sortedEvents = new WeakMap<RangeEvent[], SortedEvent[]>();

function eventsInOrder(ecosystem: Ecosystem, events: RangeEvent[]): SortedEvent[] {
  let sorted = sortedEvents.get(events);
  if (!sorted) {
    sorted = events
      .map((event) => ({ event, at: parseWith(ecosystem, eventVersion(event)) }))
      .filter((e) => e.at !== null)
      .sort((x, y) => compare(ecosystem, x.at, y.at));
    sortedEvents.set(events, sorted);
  }
  return sorted;
}

/** The OSV evaluation: walk the events in version order, toggling affected. */
function inRange(ecosystem: Ecosystem, events: RangeEvent[], version: unknown): boolean {
  let affected = false;
  for (const { event, at } of eventsInOrder(ecosystem, events)) {
    const c = compare(ecosystem, at, version);
    if (c > 0) break; // later events lie above the version
    if ('introduced' in event) affected = true;
    else if ('fixed' in event) affected = false;
    else if (c < 0) affected = false;
  }
  return affected;
}

/**
 * Each entry's listed versions, parsed once: a Kubernetes record lists hundreds, and looking
 * each up by its text on every release was most of the matching time.
 */
const parsedVersions = new WeakMap<AffectedPackage, unknown[]>();

function listedVersions(entry: AffectedPackage): unknown[] {
  let parsed = parsedVersions.get(entry);
  if (!parsed) {
    const ecosystem = entry.package.ecosystem;
    // A listed version that does not parse names no release.
    parsed = (entry.versions ?? []).map((v) => parseWith(ecosystem, v)).filter((v) => v !== null);
    parsedVersions.set(entry, parsed);
  }
  return parsed;
}

function entryAffects(entry: AffectedPackage, version: unknown): boolean {
  const ecosystem = entry.package.ecosystem;
  if (listedVersions(entry).some((v) => compare(ecosystem, v, version) === 0)) return true;
  return entry.ranges?.some((r) => inRange(ecosystem, r.events, version)) ?? false;
}

export function advisoryAffects(
  advisory: Advisory,
  component: ComponentName,
  version: string,
): boolean {
  if (component === 'containerd') return affectsContainerd(advisory, version);
  const ecosystem = ECOSYSTEM_BY_COMPONENT[component];
  let parsed = parseWith(ecosystem, version);
  if (!parsed) return false;
  // Fork builds of Kubernetes and etcd (`v3.5.4-k3s1`) are judged by their upstream base.
  if (component === 'kubernetes' || component === 'etcd') {
    parsed = componentBase(parsed as ComponentVersion);
  }
  return advisory.affected.some(
    (e) => e.package.ecosystem === ecosystem && entryAffects(e, parsed),
  );
}

function affectsContainerd(advisory: Advisory, version: string): boolean {
  const parsed = schemes.containerd.parse(version);
  if (!parsed) return false;
  if (parsed.fork) {
    const forkEntries = advisory.affected.filter((e) => e.package.ecosystem === 'k3s-containerd');
    // An advisory that lists fork builds knows which carry a backported fix: that list wins.
    if (forkEntries.length) return forkEntries.some((e) => entryAffects(e, parsed));
  }
  const base: ContainerdVersion = baseOf(parsed);
  return advisory.affected.some(
    (e) => e.package.ecosystem === 'containerd' && entryAffects(e, base),
  );
}
