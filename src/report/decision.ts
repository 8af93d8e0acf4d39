/**
 * One decision per pinned release, worked out once from the report model and only formatted by
 * the renderers (text, PR comment, job summary, annotations, suggested changes): the verdict,
 * the most urgent advisory in a few words with the count of the others, the release to move
 * to (`upgradeTo`) and, when a release on the pin's own line clears that advisory but not
 * everything, that release. Pure: no I/O, nothing runs at import.
 */
import { severityRank } from '../advisories/types.js';
import type { AdvisorySeverity } from '../data/schema.js';
import type { PinContext } from '../extract/types.js';
import { schemeFor } from '../versioning/index.js';
import { notesOtherOs } from '../match/platform.js';
import { compareUrgency, isLiveIgnore, type Finding, type Report } from './model.js';

/** `fail`: at least one finding fails the check; `ignored`: every finding is silenced. */
export type PinVerdict = 'fail' | 'warn' | 'ignored';

export interface PinDecision {
  file: string;
  line: number;
  column: number;
  product: Finding['product'];
  version: string;
  /** The version as written in the file. */
  text: string;
  form: Finding['form'];
  /** `deploy` unless the scan said otherwise (test data, catalogs and docs never deploy). */
  context: PinContext;
  verdict: PinVerdict;
  /** On a pull request: whether the change adds or modifies the pin's line. */
  introduced: boolean | undefined;
  /** Every finding of the pin, most urgent first. */
  findings: Finding[];
  /** How many of them fail the check. */
  failing: number;
  /** The most urgent finding: a failing one when there is one. */
  lead: Finding;
  /** Findings besides the lead that count the same way (failing ones for a failing pin). */
  others: number;
  /** The worst severity among findings that are not silenced. */
  severity: AdvisorySeverity;
  /** The release to move to; null when the pin is already there or none is known. */
  upgradeTo: string | null;
  /** A release on the pin's own line that clears the lead advisory but not everything. */
  sameLine: string | null;
}

/** Summaries longer than this are cut for a row or an annotation title. */
const FEW_WORDS = 70;

/**
 * Decisions already worked out, by report: the action's log, job summary, comment, annotations
 * and suggested changes each ask for them (on the byte-heavy benchmark tree, 62,514 findings,
 * each asking took about 50 ms). A report's findings are not changed once it is made; a report
 * with other findings is another object.
 */
const decided = new WeakMap<Report, { findings: readonly Finding[]; decisions: PinDecision[] }>();

/** The decisions for every pin with findings, most urgent first. */
export function pinDecisions(report: Report): readonly PinDecision[] {
  const known = decided.get(report);
  if (known?.findings === report.findings) return known.decisions;
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = `${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.version}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const decisions = [...groups.values()].map(decide).sort(compareDecisions);
  decided.set(report, { findings: report.findings, decisions });
  return decisions;
}

function decide(list: Finding[]): PinDecision {
  const findings = [...list].sort(compareUrgency);
  const lead = findings[0]!;
  const failing = findings.filter((f) => f.failing).length;
  const live = findings.filter((f) => !isLiveIgnore(f));
  const verdict: PinVerdict = failing ? 'fail' : live.length ? 'warn' : 'ignored';
  // The worst severity among what applies: an advisory for other nodes' operating system
  // cannot fail this pin, and rates it only when nothing else does.
  const applying = live.filter((f) => !notesOtherOs(f.note));
  const rated = applying.length ? applying : live.length ? live : findings;
  const upgradeTo = lead.upgradeTo && lead.upgradeTo !== lead.version ? lead.upgradeTo : null;
  return {
    file: lead.file,
    line: lead.line,
    column: lead.column,
    product: lead.product,
    version: lead.version,
    text: lead.text,
    form: lead.form,
    context: lead.context,
    verdict,
    introduced: findings.some((f) => f.introduced === true)
      ? true
      : findings.some((f) => f.introduced === false)
        ? false
        : undefined,
    findings,
    failing,
    lead,
    others: (verdict === 'fail' ? failing : findings.length) - 1,
    severity: rated.reduce<AdvisorySeverity>(
      (worst, f) =>
        severityRank(f.advisory.severity) > severityRank(worst) ? f.advisory.severity : worst,
      'low',
    ),
    upgradeTo,
    sameLine: verdict === 'fail' ? sameLineFix(lead, upgradeTo) : null,
  };
}

/**
 * The lead advisory's own nearest fix when it stays on the pin's line and is not already the
 * release to move to: its suggestion, or, where that moved to a supported line because the pin's
 * line has ended, the advisory's own fixed release on the pin's line (`fixedIn`, same line
 * first). It clears the lead advisory; whether it clears the rest is not claimed.
 */
function sameLineFix(lead: Finding, upgradeTo: string | null): string | null {
  const scheme = schemeFor(lead.product);
  const pinned = scheme.parse(lead.version);
  if (!pinned) return null;
  for (const fix of [lead.suggestion, ...lead.fixedIn]) {
    if (!fix || fix === upgradeTo || fix === lead.version) continue;
    const target = scheme.parse(fix);
    if (target && scheme.line(pinned) === scheme.line(target) && scheme.compare(target, pinned) > 0)
      return fix;
  }
  return null;
}

/** Failing pins first, silenced ones last, then by severity, new lines first, then position. */
function compareDecisions(a: PinDecision, b: PinDecision): number {
  const rank = { fail: 0, warn: 1, ignored: 2 };
  return (
    rank[a.verdict] - rank[b.verdict] ||
    severityRank(b.severity) - severityRank(a.severity) ||
    Number(b.introduced === true) - Number(a.introduced === true) ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column
  );
}

/** An advisory in a few words: its summary without the Go module path, cut to fit a row. */
export function fewWords(summary: string, max = FEW_WORDS): string {
  const short = summary.replace(/\s+in\s+\S+\/\S+\s*$/, '').trim() || summary;
  if (short.length <= max) return short;
  const cut = short.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** `and 7 more failing` / `and 3 more`: the count of the others, for prose. */
export function othersPhrase(d: PinDecision): string {
  if (!d.others) return '';
  const kind = d.verdict === 'fail' ? ' failing' : '';
  return `${d.others} more${kind} advisor${d.others === 1 ? 'y' : 'ies'}`;
}
