/**
 * The pipeline both front ends share: discover -> extract (a scan, on this thread or spread
 * over workers), then `assess`: resolve and match against the advisory database, apply the
 * policy, and build the report model.
 */
import type { Advisory, Database } from './advisories/types.js';
import type { Pin, ScanWarning } from './extract/types.js';
import { createMatcher } from './match/matcher.js';
import { pinOs } from './match/platform.js';
import {
  factsOptionsKey,
  releaseFacts,
  releaseKey,
  type FactsOptions,
} from './match/release-facts.js';
import type { EndOfLifeSetting } from './match/support.js';
import { dataFreshnessWarning } from './report/data-freshness.js';
import type { IgnoreRule } from './config/schema.js';
import { IgnoreBook } from './policy/ignores.js';
import { contextAssigner } from './policy/contexts.js';
import {
  contextCanFail,
  findingFails,
  isFailingAdvisory,
  type PolicyOptions,
} from './policy/policy.js';
import { emptyFindingRows, type FindingMatch } from './report/finding-rows.js';
import { advisoryRef, buildReport, type Report, type ReportPin } from './report/model.js';
import { scanFilesInWorkers } from './scan/parallel.js';
import { scanFiles, type ScanOptions, type ScanResult } from './scan/scan.js';
import { defaultScanDate } from './scan-date.js';
import { markStage } from './timings.js';

/** The lines a pull request adds or modifies, per file; a file absent from it is unchanged. */
export interface ChangedLines {
  has(file: string, line: number): boolean;
}

export interface AssessOptions {
  db: Database;
  policy: PolicyOptions;
  /** Known on pull requests and merge queues; findings are then marked `introduced`. */
  changes?: ChangedLines;
  ignores?: { rules: IgnoreRule[]; file: string };
  /** YYYY-MM-DD, the scan date: end of life and ignore expiry are judged on it; today by default. */
  today?: string;
  /** Severity of a pin on a line past its end of life, or `off`; medium by default. */
  endOfLife?: EndOfLifeSetting;
}

/** What the release facts of a run depend on besides the database. */
export function factsOptionsOf(options: AssessOptions): FactsOptions {
  return {
    failOnSeverity: options.policy.failOnSeverity,
    failOnUnknownSeverity: options.policy.failOnUnknownSeverity === true,
    date: options.today ?? defaultScanDate(),
    endOfLife: options.endOfLife ?? 'medium',
  };
}

export type AuditOptions = ScanOptions &
  AssessOptions & {
    /** The running bundle's file, to read and extract in worker threads; absent: this thread. */
    workerScript?: string;
  };

export async function audit(options: AuditOptions): Promise<Report> {
  const scanned = options.workerScript
    ? await scanFilesInWorkers(options, {
        workerScript: options.workerScript,
        match: { db: options.db, options: factsOptionsOf(options) },
      })
    : scanFiles(options);
  markStage('scanned');
  const report = assess(scanned, options);
  markStage('assessed');
  return report;
}

/** A release's facts with the advisories themselves, as findings name them. */
interface ReleaseAssessment {
  upgradeTo: string | null;
  bundleKnown: boolean;
  matches: (FindingMatch & { advisory: Advisory; otherOs?: boolean })[];
}

/** Match, policy and report: pure, from what a scan found. */
export function assess(scanned: ScanResult, options: AssessOptions): Report {
  const factsOptions = factsOptionsOf(options);
  const matcher = createMatcher(options.db, factsOptions);
  // One function for the whole run, so that the matcher's upgradeTo cache is shared by every pin.
  const isFailing = (a: Advisory) => isFailingAdvisory(a, options.policy);
  const advisoryById = new Map(options.db.advisories.map((a) => [a.id, a]));
  // Facts a worker worked out during the scan are used as they are: same data, same code.
  const known =
    scanned.releases?.optionsKey === factsOptionsKey(factsOptions)
      ? scanned.releases.facts
      : undefined;
  const releases = new Map<string, ReleaseAssessment>();
  const releaseOf = (pin: Pin): ReleaseAssessment => {
    const os = pinOs(pin);
    const key = releaseKey(pin.product, pin.version, os);
    let assessed = releases.get(key);
    if (!assessed) {
      const facts =
        known?.get(key) ?? releaseFacts(matcher, pin.product, pin.version, os, isFailing);
      assessed = {
        upgradeTo: facts.upgradeTo,
        bundleKnown: facts.bundleKnown,
        matches: facts.matches.map((m) => {
          const advisory = m.advisory ?? advisoryById.get(m.advisoryId)!;
          return {
            advisory,
            ref: advisoryRef(advisory),
            via: m.via,
            ...(m.note ? { note: m.note } : {}),
            ...(m.otherOs ? { otherOs: true } : {}),
            fixedIn: m.fixedIn,
            suggestion: m.suggestion,
          };
        }),
      };
      releases.set(key, assessed);
    }
    return assessed;
  };
  const contextOf = contextAssigner(options.policy.contexts);
  const sorted = scanned.pins.sort(byPosition);
  const pins: ReportPin[] = new Array(sorted.length);
  const rows = emptyFindingRows();
  const ignores = new IgnoreBook({
    rules: options.ignores?.rules ?? [],
    rulesFile: options.ignores?.file ?? '',
    inline: scanned.inlineIgnores,
    today: factsOptions.date,
  });
  const warnings: ScanWarning[] = [...scanned.warnings];
  /** Per release missing from the bundle data, the pin its warning names (see below). */
  const unknownBundles = new Map<string, ReportPin>();
  for (let i = 0; i < sorted.length; i++) {
    const found = sorted[i]!;
    const release = releaseOf(found);
    const pin: ReportPin = {
      ...found,
      context: contextOf?.(found.file) ?? found.context,
      upgradeTo: release.upgradeTo,
    };
    pins[i] = pin;
    // A commented-out pin deploys nothing: it is listed, never a finding.
    if (pin.inComment) continue;
    // Matched on its own advisories only: said once per release, at its first pin whose
    // findings can fail (docs and test data mention releases nobody runs).
    if (
      !release.bundleKnown &&
      !unknownBundles.has(pin.version) &&
      contextCanFail(pin.context, options.policy)
    ) {
      unknownBundles.set(pin.version, pin);
    }
    if (!release.matches.length) continue;
    const introduced = options.changes?.has(pin.file, pin.line);
    rows.pins.push(pin);
    rows.matches.push(release.matches);
    rows.introduced.push(introduced);
    // What the ignores look at: the pin, and each advisory in turn.
    const target = { ...pin, advisory: release.matches[0]!.ref };
    for (const match of release.matches) {
      let failing = findingFails(pin, match.advisory, options.policy, introduced, match.otherOs);
      if (!ignores.empty) {
        target.advisory = match.ref;
        const verdict = ignores.verdict(target, failing);
        if (verdict) {
          rows.ignored.set(rows.failing.length, verdict.ignored);
          failing = verdict.failing;
        }
      }
      rows.failing.push(failing);
    }
  }
  for (const pin of [...unknownBundles.values()].sort(byPosition)) {
    warnings.push({
      file: pin.file,
      line: pin.line,
      message: `${pin.version} is not in the bundle data: matched on its own advisories only, its bundled containerd and runc are unknown`,
    });
  }
  return buildReport({
    filesScanned: scanned.filesScanned,
    pins,
    findings: rows,
    skipped: scanned.skipped,
    warnings: [
      ...dataFreshnessWarning(options.db.sources, factsOptions.date),
      ...warnings,
      ...ignores.warnings(),
      ...emptyScanWarning(scanned),
    ],
    data: options.db.sources,
  });
}

/** A gate that checked nothing must not look like one that found nothing. */
function emptyScanWarning(scanned: ScanResult): ScanWarning[] {
  if (scanned.filesScanned > 0) return [];
  return [
    {
      file: '.',
      message:
        'no file was scanned: check the paths and the include/exclude globs (they are relative to the scan root)',
    },
  ];
}

function byPosition(a: Pin, b: Pin): number {
  return (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column;
}
