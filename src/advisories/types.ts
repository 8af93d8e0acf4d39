/**
 * The advisory database as the matcher sees it: advisories in the project's OSV-shaped format
 * (validated by src/data/schema.ts) and, per RKE2/K3s release, the components it bundles.
 */
import type { Advisory, AdvisorySeverity, DataSources, SupportLine } from '../data/schema.js';
import { SEVERITIES } from '../data/schema.js';

export type {
  Advisory,
  Affected as AffectedPackage,
  Ecosystem,
  RangeEvent,
  Severity,
} from '../data/schema.js';
export { SEVERITIES } from '../data/schema.js';

export interface BundledComponents {
  kubernetes: string | null;
  containerd: string | null;
  runc: string | null;
  etcd: string | null;
  /** RKE2's Windows agents' containerd; null where unknown or not shipped. */
  containerd_windows: string | null;
  /** When the release was made (YYYY-MM-DD), where the data knows. */
  date: string | null;
}

export interface Database {
  advisories: Advisory[];
  /** Canonical release -> bundled components, per distribution. */
  bundles: { rke2: Map<string, BundledComponents>; k3s: Map<string, BundledComponents> };
  /** Release lines' end of life (data/support.json); empty when none is loaded. */
  support: SupportLine[];
  /** The snapshots the bundled data was built from (data/sources.json). */
  sources: DataSources | null;
}

/** Severity order; `unknown` ranks below `low` (whether it fails is a setting of its own). */
export function severityRank(severity: AdvisorySeverity): number {
  return SEVERITIES.indexOf(severity as (typeof SEVERITIES)[number]);
}
