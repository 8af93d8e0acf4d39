/**
 * Findings as rows. A pin's findings are the matches of its release, so the report keeps, per
 * pin, its release's list of matches (shared by every pin of that release) and, per finding,
 * only what differs: whether it fails, and how an ignore settled it. The JSON report writes its
 * findings from the rows; Finding objects are made the first time anything reads
 * `report.findings`, and then kept.
 *
 * Why: on the byte-heavy benchmark tree, 5,800 pins make 177,000 findings. Making them as
 * objects and writing them out took about 400 ms of a 1.6 s scan, most of it in garbage
 * collection; the scan without them took 60 ms for the same step.
 */
import type { Finding, Ignored, ReportPin } from './model.js';

/** What a finding takes from its release's match with an advisory. */
export interface FindingMatch {
  ref: Finding['advisory'];
  via: Finding['via'];
  fixedIn: string[];
  suggestion: string | null;
  note?: string;
}

export interface FindingRows {
  /** Pins with findings, in report order. */
  pins: ReportPin[];
  /** Per pin: its release's matches, in order; each is one finding. */
  matches: FindingMatch[][];
  /** Per pin: whether the change adds or modifies its line (undefined when no change is known). */
  introduced: (boolean | undefined)[];
  /** Per finding, in order. */
  failing: boolean[];
  /** The ignored findings only, by their index. */
  ignored: Map<number, Ignored>;
}

export function emptyFindingRows(): FindingRows {
  return { pins: [], matches: [], introduced: [], failing: [], ignored: new Map() };
}

/** The findings as objects, in order, with their keys in the order of the JSON report. */
export function findingsOf(rows: FindingRows): Finding[] {
  const findings: Finding[] = new Array(rows.failing.length);
  let at = 0;
  for (let p = 0; p < rows.pins.length; p++) {
    const pin = rows.pins[p]!;
    const introduced = rows.introduced[p];
    for (const match of rows.matches[p]!) {
      // PIN_FIELDS spelled out, not spread: a fixed shape is much cheaper to build.
      const finding: Finding = {
        file: pin.file,
        line: pin.line,
        column: pin.column,
        product: pin.product,
        version: pin.version,
        text: pin.text,
        form: pin.form,
        inComment: pin.inComment,
        context: pin.context,
        upgradeTo: pin.upgradeTo,
        advisory: match.ref,
        via: match.via,
        fixedIn: match.fixedIn,
        suggestion: match.suggestion,
        failing: rows.failing[at]!,
        ignored: rows.ignored.get(at) ?? null,
      };
      if (introduced !== undefined) finding.introduced = introduced;
      if (match.note) finding.note = match.note;
      findings[at++] = finding;
    }
  }
  return findings;
}

export function failingCount(rows: FindingRows): number {
  let count = 0;
  for (const failing of rows.failing) if (failing) count++;
  return count;
}

const ROWS = Symbol('finding rows');

/**
 * Sets `report.findings` (already a key of the report, so that its place among the keys holds)
 * to a property that makes the findings from the rows when first read. Until then the rows stay
 * reachable for `unreadRows`.
 */
export function defineLazyFindings(report: { findings: Finding[] }, rows: FindingRows): void {
  const settle = (findings: Finding[]) => {
    Object.defineProperty(report, 'findings', {
      value: findings,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return findings;
  };
  Object.defineProperty(report, 'findings', {
    enumerable: true,
    configurable: true,
    get: () => settle(findingsOf(rows)),
    set: settle,
  });
  Object.defineProperty(report, ROWS, { value: rows, enumerable: false });
}

/** The rows of a report whose findings nothing has read or replaced yet; else undefined. */
export function unreadRows(report: object): FindingRows | undefined {
  const lazy = Object.getOwnPropertyDescriptor(report, 'findings')?.get !== undefined;
  return lazy ? (report as { [ROWS]?: FindingRows })[ROWS] : undefined;
}
