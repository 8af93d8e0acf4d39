/**
 * The single report model every output format renders: the JSON report of DESIGN.md,
 * schemaVersion 1.
 */
import {
  SEVERITIES,
  type Advisory,
  type AdvisoryKind,
  type AdvisorySeverity,
  type DataSources,
} from '../data/schema.js';
import type { Skip } from '../discover/skips.js';
import { notesOtherOs } from '../match/platform.js';
import { PIN_CONTEXTS, type Pin, type PinContext, type ScanWarning } from '../extract/types.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool.js';
import { defineLazyFindings, failingCount, type FindingRows } from './finding-rows.js';

/** Severity order; `unknown` below `low`. */
function severityRank(severity: AdvisorySeverity): number {
  return SEVERITIES.indexOf(severity as (typeof SEVERITIES)[number]);
}

export interface AdvisoryRef {
  id: string;
  aliases: string[];
  kind: AdvisoryKind;
  severity: AdvisorySeverity;
  summary: string;
  url: string;
}

export interface Ignored {
  reason: string;
  expires: string | null;
  /** The ignore's expiry date has passed: the finding is live again. */
  expired?: boolean;
  /** Set by a `kube-pin-audit: ignore` comment in the scanned file, not the settings file. */
  inline?: true;
}

export interface ReportPin extends Pin {
  /** Nearest release no failing advisory affects; null when none is known. */
  upgradeTo: string | null;
}

/** A report pin's fields, in order: a finding starts with them. */
export const PIN_FIELDS = [
  'file',
  'line',
  'column',
  'product',
  'version',
  'text',
  'form',
  'inComment',
  'context',
  'upgradeTo',
] as const satisfies readonly (keyof ReportPin)[];
/** Compiles only while PIN_FIELDS names every field of ReportPin. */
const everyPinField: Exclude<keyof ReportPin, (typeof PIN_FIELDS)[number]> extends never
  ? true
  : never = true;
void everyPinField;

/** Whether two pins are the same, PIN_FIELDS spelled out: this runs once per finding. */
export function samePin(a: ReportPin, b: ReportPin): boolean {
  return (
    a.file === b.file &&
    a.line === b.line &&
    a.column === b.column &&
    a.product === b.product &&
    a.version === b.version &&
    a.text === b.text &&
    a.form === b.form &&
    a.inComment === b.inComment &&
    a.context === b.context &&
    a.upgradeTo === b.upgradeTo
  );
}

export interface Finding extends ReportPin {
  advisory: AdvisoryRef;
  /** The bundled component through which the advisory reaches the release, if not directly. */
  via: { component: string; version: string } | null;
  fixedIn: string[];
  suggestion: string | null;
  failing: boolean;
  ignored: Ignored | null;
  /** On a pull request or merge queue: whether the change adds or modifies this line. */
  introduced?: boolean;
  /**
   * How the match was judged or why it cannot fail: a release candidate judged as its release,
   * a Windows-only advisory on a pin that deploys no Windows nodes.
   */
  note?: string;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  summary: {
    filesScanned: number;
    filesSkipped: number;
    pins: number;
    findings: number;
    failing: number;
    /** Pins per context; every context is listed, also with 0. */
    pinsByContext: Record<PinContext, number>;
  };
  pins: ReportPin[];
  findings: Finding[];
  skipped: Skip[];
  warnings: ScanWarning[];
  /** The bundled data's date (its newest source snapshot) and sources; null without it. */
  data: DataSources | null;
}

/**
 * The report of a run. `findings` are objects (tests, `check`) or rows (`assess`): rows become
 * objects only when something reads `report.findings` (see finding-rows.ts).
 */
export function buildReport(input: {
  filesScanned: number;
  pins: ReportPin[];
  findings: Finding[] | FindingRows;
  skipped: Skip[];
  warnings: ScanWarning[];
  data?: DataSources | null;
}): Report {
  const rows = Array.isArray(input.findings) ? undefined : input.findings;
  const findings = Array.isArray(input.findings) ? input.findings : [];
  const report: Report = {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    summary: {
      filesScanned: input.filesScanned,
      filesSkipped: input.skipped.length,
      pins: input.pins.length,
      findings: rows ? rows.failing.length : findings.length,
      failing: rows ? failingCount(rows) : findings.filter((f) => f.failing).length,
      pinsByContext: pinsByContext(input.pins),
    },
    pins: input.pins,
    findings,
    skipped: input.skipped,
    warnings: input.warnings,
    data: input.data ?? null,
  };
  if (rows) defineLazyFindings(report, rows);
  return report;
}

function pinsByContext(pins: ReportPin[]): Record<PinContext, number> {
  const counts = Object.fromEntries(PIN_CONTEXTS.map((c) => [c, 0])) as Record<PinContext, number>;
  for (const pin of pins) counts[pin.context]++;
  return counts;
}

/**
 * The release a finding's message should add as the way out of every failing advisory: its
 * `upgradeTo`, unless that is the pin itself (nothing failing) or already the suggestion.
 */
export function alsoUpgradeTo(f: Finding): string | null {
  return f.upgradeTo && f.upgradeTo !== f.suggestion && f.upgradeTo !== f.version
    ? f.upgradeTo
    : null;
}

/** An ignore in force: the finding is silenced. */
export function isLiveIgnore(f: Finding): boolean {
  return f.ignored !== null && f.ignored.expired !== true;
}

/**
 * The order findings are shown in everywhere: failing first, silenced last, most severe first;
 * on a tie a defect (the kind of fault this tool was built for) before a security advisory,
 * and an advisory naming the release itself before one reaching it through a component.
 */
export function compareUrgency(a: Finding, b: Finding): number {
  return (
    Number(b.failing) - Number(a.failing) ||
    Number(isLiveIgnore(a)) - Number(isLiveIgnore(b)) ||
    Number(notesOtherOs(a.note)) - Number(notesOtherOs(b.note)) ||
    severityRank(b.advisory.severity) - severityRank(a.advisory.severity) ||
    Number(a.advisory.kind !== 'defect') - Number(b.advisory.kind !== 'defect') ||
    Number(a.via !== null) - Number(b.via !== null) ||
    (a.advisory.id < b.advisory.id ? -1 : a.advisory.id > b.advisory.id ? 1 : 0)
  );
}

/** The one place that decides pass or fail, from the findings the policy marked failing. */
export function verdict(failing: number): 'pass' | 'fail' {
  return failing > 0 ? 'fail' : 'pass';
}

const PREFERRED_REFERENCE = ['ADVISORY', 'REPORT', 'WEB', 'FIX', 'ARTICLE', 'PACKAGE'];

const refs = new WeakMap<Advisory, AdvisoryRef>();

/** The advisory as a finding names it; one shared object per advisory. */
export function advisoryRef(advisory: Advisory): AdvisoryRef {
  let known = refs.get(advisory);
  if (known) return known;
  const ref =
    PREFERRED_REFERENCE.map((type) => advisory.references.find((r) => r.type === type)).find(
      Boolean,
    ) ?? advisory.references[0]!;
  known = {
    id: advisory.id,
    aliases: advisory.aliases,
    kind: advisory.kind,
    severity: advisory.severity,
    summary: advisory.summary,
    url: ref.url,
  };
  refs.set(advisory, known);
  return known;
}
