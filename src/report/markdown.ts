/**
 * Markdown renderings of the report: the PR comment body (also the CLI's `--format markdown`),
 * the "all clear" body that replaces it when failing findings are gone, and the job summary.
 *
 * Layout: one table row per pinned release, formatting its decision (report/decision.ts): the
 * pin, the release to move to, and why in a line (the most urgent advisory in a few words, the
 * count of the others, and a release on the pin's own line that clears that advisory when
 * there is one). A release such as `v1.24.9+rke2r1` is reached by a dozen containerd and runc
 * advisories through its bundle; they are listed under the table, one `<details>` per pin,
 * never in the row. Failing pins come first, then by severity, so trimming to fit drops the
 * least severe rows.
 *
 * Every string from the repository or the advisory data goes through markdown-escape.ts.
 * Pure functions: no I/O, nothing runs at import.
 */
import { contextNote } from '../extract/contexts.js';
import { DEFAULT_COMMENT_TAG } from '../config/schema.js';
import { Buffer } from 'node:buffer';
import { fewWords, pinDecisions, type PinDecision } from './decision.js';
import {
  codeSpan,
  encodeUriPath,
  escapeMarkdown,
  markdownLink,
  safeLinkUrl,
  truncateText,
} from './markdown-escape.js';
import { isLiveIgnore, verdict, type Finding, type Report } from './model.js';

export interface MarkdownOptions {
  /** The action's `comment-tag`: one comment per tag, found by its hidden marker. Default `kube-pin-audit`. */
  tag?: string;
  /** e.g. `https://github.com/o/r/blob/<sha>`: file:line cells link to `${blobBaseUrl}/${path}#L${line}`. */
  blobBaseUrl?: string;
  /** Upper bound on the body's length in UTF-16 code units; GitHub's limit is 65,536. */
  maxLength?: number;
  /** Heading text; default `kube-pin-audit`, plus ` (tag)` when the tag is not the default. */
  title?: string;
  /** On a pull request: the suggested changes this run posted (see action/review.ts). */
  suggestions?: SuggestionCounts;
  /** Where a reader finds what did not fit; default: the job summary or the report file. */
  elsewhere?: string;
}

export interface SuggestionCounts {
  /** Posted by this run. */
  posted: number;
  /** Already on their lines from an earlier run, not posted again. */
  existing: number;
  /** Failing pins on changed lines past the per-run cap, or that could not be rewritten. */
  notPosted: number;
}

export interface SummaryOptions {
  /** The comment tag, shown in the heading when it is not the default (monorepo matrices). */
  tag?: string;
  blobBaseUrl?: string;
  /** Upper bound on the summary's size in UTF-8 bytes; GitHub's limit is 1 MiB per step. */
  maxBytes?: number;
  title?: string;
}

export const DEFAULT_MAX_COMMENT_LENGTH = 65_000;
export const DEFAULT_MAX_SUMMARY_BYTES = 1_048_576;
const DEFAULT_TITLE = 'kube-pin-audit';

/**
 * The hidden first line that identifies this tool's comment for a tag. The tag is
 * percent-encoded outside a small safe set, and `--` is broken up, so no tag can close the
 * HTML comment or collide with another tag's marker.
 */
export function commentMarker(tag: string = DEFAULT_COMMENT_TAG): string {
  const safe = [...tag]
    .map((c) => (/^[A-Za-z0-9._/+=:@-]$/.test(c) ? c : percentEncode(c)))
    .join('')
    .replace(/--/g, '-%2D');
  return `<!-- kube-pin-audit:${safe} -->`;
}

/** The PR comment body, and the CLI's `--format markdown`: marker, verdict, table, details. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  return render(report, {
    marker: commentMarker(options.tag ?? DEFAULT_COMMENT_TAG),
    title: titleFor(options),
    blobBaseUrl: options.blobBaseUrl,
    limit: options.maxLength ?? DEFAULT_MAX_COMMENT_LENGTH,
    measure: (s) => s.length,
    elsewhere: options.elsewhere ?? 'see the job summary or the report file',
    advisoriesPerPin: 25,
    summaryLength: 90,
    listPerReason: 20,
    warnings: 20,
    suggestions: options.suggestions,
  });
}

/** The job summary: the same table and counts, no marker, under 1 MiB. */
export function renderSummary(report: Report, options: SummaryOptions = {}): string {
  return render(report, {
    marker: null,
    title: titleFor(options),
    blobBaseUrl: options.blobBaseUrl,
    limit: options.maxBytes ?? DEFAULT_MAX_SUMMARY_BYTES,
    measure: (s) => Buffer.byteLength(s, 'utf8'),
    elsewhere: 'see the report file',
    advisoriesPerPin: 100,
    summaryLength: MAX_SUMMARY,
    listPerReason: 200,
    warnings: 200,
    suggestions: undefined,
  });
}

/**
 * The body an existing comment is updated to when its failing findings are gone (the action's
 * `comment: on-failure` mode). Given the new report, it also gives the counts and says whether
 * findings that do not fail the check remain.
 */
export function renderAllClear(
  tag: string = DEFAULT_COMMENT_TAG,
  report: Report | null = null,
  options: { title?: string } = {},
): string {
  const title = escapeMarkdown(truncateText(titleFor({ ...options, tag }), 100));
  const out = [
    commentMarker(tag),
    `## ✅ ${title}: all clear`,
    '',
    'No pinned release is affected by an advisory that fails this check any more.',
  ];
  if (report) {
    out.push('', countsLine(report));
    const remaining = report.findings.filter((f) => !f.failing).length;
    if (remaining === 1) {
      out.push('', '1 finding that does not fail the check remains: see the job summary.');
    } else if (remaining > 1) {
      out.push('', `${remaining} findings that do not fail the check remain: see the job summary.`);
    }
  }
  return `${out.join('\n')}\n`;
}

function titleFor(options: { tag?: string; title?: string }): string {
  if (options.title !== undefined) return options.title;
  const tag = options.tag;
  return tag && tag !== DEFAULT_COMMENT_TAG ? `${DEFAULT_TITLE} (${tag})` : DEFAULT_TITLE;
}

interface Layout {
  marker: string | null;
  title: string;
  blobBaseUrl: string | undefined;
  limit: number;
  measure: (s: string) => number;
  /** Where the reader finds what did not fit. */
  elsewhere: string;
  /** Advisories listed per pin before "and N more", and their summaries' length. */
  advisoriesPerPin: number;
  summaryLength: number;
  /** Skipped files listed per reason, and warnings listed, before "and N more". */
  listPerReason: number;
  warnings: number;
  suggestions: SuggestionCounts | undefined;
}

const ICON = {
  failing: '❌',
  warning: '⚠️',
  ignored: '🔕',
  documentation: '📄',
  introduced: '🆕',
  context: 'ℹ️',
};
const TABLE_HEAD = ['| Pinned release | Move to | Why |', '| --- | --- | --- |'];
/** Caps on repository text inside one cell, before escaping. */
const MAX_PATH = 200;
const MAX_TEXT = 100;
const MAX_SUMMARY = 200;
const MAX_REASON = 200;
/** No table row is longer than this (a reviewer reads a row, not a paragraph). */
export const MAX_ROW_LENGTH = 400;

/**
 * Text rendered and measured once: a table row, or a pin's list of advisories (its lines joined).
 * A body is assembled from these and plain lines, and measured from their sizes, so that finding
 * the most rows that fit joins one body, not one per try (on the byte-heavy benchmark tree, the
 * job summary took 450-600 ms, mostly in bodies of 1 MiB joined and measured a dozen times, and
 * in advisory lists rendered in full for rows only ever shown compact).
 */
interface Measured {
  text: string;
  size: number;
}

/** A body's lines: each plain line or measured block is followed by a newline. */
type Part = string | Measured;

function render(report: Report, layout: Layout): string {
  const rows = pinDecisions(report);
  const refs: References = new Map();
  const measured = (lines: string[]): Measured => {
    const text = lines.join('\n');
    return { text, size: layout.measure(text) };
  };
  // Rows past the size limit can never be shown: they are not rendered (the benchmark's 3,000
  // pinned releases made 1 MB of job summary from several MB of rows).
  const rendered: { row: Measured; compact: Measured; refsUsed: number[] }[] = [];
  let renderedBytes = 0;
  for (const row of rows) {
    if (renderedBytes > layout.limit) break;
    const compactLines = pinAdvisories(row, layout, true, refs);
    const r = {
      row: measured([renderRow(row, layout)]),
      compact: measured(compactLines),
      refsUsed: referencesIn(compactLines),
    };
    rendered.push(r);
    renderedBytes += r.row.size + r.compact.size + 2;
  }
  const allRendered = rendered.length === rows.length;
  // Every advisory written out: only when every row is shown, and only if that fits.
  const full = allRendered ? rows.map((row) => measured(pinAdvisories(row, layout, false))) : [];
  const head = headLines(report, rows, layout);
  const fullDetails = detailsLines(report, layout, false);
  const compactDetails = detailsLines(report, layout, true);
  const sizeOf = (parts: Part[]) =>
    parts.reduce((n, p) => n + (typeof p === 'string' ? layout.measure(p) : p.size) + 1, 0);
  const textOf = (parts: Part[]) =>
    `${parts.map((p) => (typeof p === 'string' ? p : p.text)).join('\n')}\n`;
  const fits = (parts: Part[]) => sizeOf(parts) <= layout.limit;

  const assemble = (shown: number, perPin: 'full' | 'compact', details: string[]): Part[] => {
    const out: Part[] = [...head];
    const visible = rendered.slice(0, shown);
    const failing = visible.filter((_, i) => rows[i]!.verdict === 'fail');
    const others = visible.filter((_, i) => rows[i]!.verdict !== 'fail');
    if (failing.length) out.push('', ...TABLE_HEAD, ...failing.map((r) => r.row));
    if (others.length) {
      // Pins that do not fail stay out of the reviewer's way, one click down.
      out.push(
        '',
        `<details><summary>${plural(others.length, 'more pinned release')} with findings that do not fail the check</summary>`,
        '',
        ...TABLE_HEAD,
        ...others.map((r) => r.row),
        '',
        '</details>',
      );
    }
    if (shown < rows.length) {
      const hidden = rows.slice(shown);
      const findings = hidden.reduce((n, r) => n + r.findings.length, 0);
      out.push(
        '',
        `_${plural(findings, 'more finding')} (${plural(hidden.length, 'pinned release')}) not shown; ${layout.elsewhere}._`,
      );
    }
    if (shown > 0) {
      out.push('', legend(rows.slice(0, shown)));
      const advisories = visible.reduce((n, _, i) => n + rows[i]!.findings.length, 0);
      out.push(
        '',
        `<details><summary>Every advisory, per pinned release (${plural(advisories, 'finding')})</summary>`,
      );
      for (let i = 0; i < shown; i++) {
        out.push('', perPin === 'full' ? full[i]! : rendered[i]!.compact);
      }
      // Definitions render as nothing; inside the block they stay out of the visible part.
      if (perPin === 'compact') out.push('', ...referenceDefinitions(refs, visible));
      out.push('', '</details>');
    }
    out.push('', ...details);
    return out;
  };

  if (allRendered) {
    for (const [perPin, details] of [
      ['full', fullDetails],
      ['full', compactDetails],
      ['compact', compactDetails],
    ] as const) {
      const body = assemble(rows.length, perPin, details);
      if (fits(body)) return textOf(body);
    }
  }
  // Drop rows from the end (least severe first): the largest prefix that fits. Rows rendered
  // only up to past the limit, so the last of them already does not fit.
  let lo = 0;
  let hi = allRendered ? rows.length - 1 : rendered.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(assemble(mid, 'compact', compactDetails))) lo = mid;
    else hi = mid - 1;
  }
  const trimmed = textOf(assemble(lo, 'compact', compactDetails));
  if (lo > 0 && layout.measure(trimmed) <= layout.limit) return trimmed;
  return minimalBody(report, layout);
}

/** The last resort: marker, verdict and counts, nothing from the repository. */
function minimalBody(report: Report, layout: Layout): string {
  const out = [...verdictLines(report, layout)];
  out.push('', countsLine(report), '', `The findings do not fit here; ${layout.elsewhere}.`);
  return `${out.join('\n')}\n`;
}

function verdictLines(report: Report, layout: Layout): string[] {
  const title = escapeMarkdown(truncateText(layout.title, 100));
  const failing = report.summary.failing;
  const failingPins = new Set(
    report.findings
      .filter((f) => f.failing)
      .map((f) => `${f.file}\u0000${f.line}\u0000${f.column}`),
  ).size;
  const heading =
    verdict(failing) === 'fail'
      ? `## ${ICON.failing} ${title}: ${plural(failingPins, 'pinned release')} ${failingPins === 1 ? 'fails' : 'fail'} the check (${plural(failing, 'failing finding')})`
      : `## ✅ ${title}: no failing findings`;
  return layout.marker ? [layout.marker, heading] : [heading];
}

function headLines(report: Report, rows: readonly PinDecision[], layout: Layout): string[] {
  const out = verdictLines(report, layout);
  const findings = report.findings.length;
  if (!findings) {
    out.push(
      '',
      `No pinned release is affected by a known advisory (${plural(report.summary.pins, 'pin')} in ${plural(report.summary.filesScanned, 'file')} scanned).`,
    );
    return out;
  }
  const parts = [`${plural(findings, 'finding')} in ${plural(rows.length, 'pinned release')}`];
  const hasIntroduced = report.findings.some((f) => f.introduced !== undefined);
  if (hasIntroduced) {
    const introduced = report.findings.filter((f) => f.introduced === true).length;
    parts.push(`${introduced} new in this PR`);
  }
  const ignored = report.findings.filter(isLiveIgnore).length;
  if (ignored) parts.push(`${ignored} ignored`);
  out.push('', `${parts.join(', ')}. Each pin's advisories are listed under the table.`);
  // Other one-line notes about the run (the data's date, say) belong here, under the counts.
  if (layout.suggestions) out.push('', suggestionsLine(layout.suggestions));
  return out;
}

function suggestionsLine(s: SuggestionCounts): string {
  const parts: string[] = [];
  if (s.posted) parts.push(`${plural(s.posted, 'suggested change')} posted on this PR's lines`);
  if (s.existing) parts.push(`${s.existing} already there from an earlier push`);
  if (s.notPosted) parts.push(`${s.notPosted} more not posted`);
  const fix = s.notPosted ? '; `kube-pin-audit fix` rewrites every failing pin' : '';
  return parts.length
    ? `${parts.join(', ')}${fix}.`
    : 'No suggested change: no failing pin on a line this PR changes can be rewritten.';
}

function countsLine(report: Report): string {
  const s = report.summary;
  return (
    `${plural(s.filesScanned, 'file')} scanned, ${s.filesSkipped} skipped, ` +
    `${plural(s.pins, 'pin')}, ${plural(s.findings, 'finding')}, ${s.failing} failing.`
  );
}

function legend(rows: readonly PinDecision[]): string {
  const seen = new Set<string>();
  for (const row of rows) {
    seen.add(rowIcon(row));
    for (const label of pinLabels(row)) seen.add(label.icon);
  }
  const names: [string, string][] = [
    [ICON.failing, 'fails the check'],
    [ICON.warning, 'reported, not failing'],
    [ICON.ignored, 'ignored by configuration'],
    [ICON.documentation, 'in documentation'],
    [ICON.context, 'test data or a release catalog'],
    [ICON.introduced, 'new in this PR'],
  ];
  return names
    .filter(([icon]) => seen.has(icon))
    .map(([icon, name]) => `${icon} ${name}`)
    .join(' · ');
}

function detailsLines(report: Report, layout: Layout, compact: boolean): string[] {
  const s = report.summary;
  const ignored = report.findings.filter(isLiveIgnore).length;
  const out = [
    '<details><summary>Scan details</summary>',
    '',
    '| | Count |',
    '| --- | ---: |',
    `| Files scanned | ${s.filesScanned} |`,
    `| Files skipped | ${s.filesSkipped} |`,
    `| Pins found | ${s.pins} |`,
    `| Findings | ${s.findings} |`,
    `| Failing | ${s.failing} |`,
    `| Ignored | ${ignored} |`,
  ];
  if (report.skipped.length) {
    out.push('', '**Skipped files**', '');
    const byReason = new Map<string, string[]>();
    for (const skip of report.skipped) {
      const list = byReason.get(skip.reason) ?? [];
      list.push(skip.file);
      byReason.set(skip.reason, list);
    }
    for (const [reason, files] of [...byReason].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const head = `- ${escapeMarkdown(reason)} (${files.length})`;
      if (compact) {
        out.push(head);
        continue;
      }
      const shown = files
        .slice(0, layout.listPerReason)
        .map((f) => escapeMarkdown(truncateText(f, MAX_PATH)));
      const more =
        files.length > layout.listPerReason
          ? `, and ${files.length - layout.listPerReason} more`
          : '';
      out.push(`${head}: ${shown.join(', ')}${more}`);
    }
  }
  if (report.warnings.length) {
    out.push('', `**Warnings** (${report.warnings.length})`);
    if (!compact) {
      out.push('');
      for (const w of report.warnings.slice(0, layout.warnings)) {
        const where = `${truncateText(w.file, MAX_PATH)}${w.line ? `:${w.line}` : ''}`;
        out.push(`- ${escapeMarkdown(where)}: ${escapeMarkdown(truncateText(w.message, 500))}`);
      }
      if (report.warnings.length > layout.warnings) {
        out.push(`- and ${report.warnings.length - layout.warnings} more`);
      }
    }
  }
  out.push('', '</details>');
  return out;
}

function rowIcon(row: PinDecision): string {
  return row.verdict === 'fail'
    ? ICON.failing
    : row.verdict === 'ignored'
      ? ICON.ignored
      : ICON.warning;
}

/** Marks beside a pin's location: new in this PR, and where it is not a deploy pin, why. */
function pinLabels(row: PinDecision): { icon: string; text: string }[] {
  const labels: { icon: string; text: string }[] = [];
  if (row.introduced) labels.push({ icon: ICON.introduced, text: 'new' });
  if (row.form === 'documentation') labels.push({ icon: ICON.documentation, text: 'docs' });
  else if (row.context !== 'deploy')
    labels.push({ icon: ICON.context, text: contextNote(row.context)! });
  return labels;
}

/**
 * One pin's row: where, the release to move to, and why in a line. Variants from the richest
 * to the plainest are tried until one is at most MAX_ROW_LENGTH long.
 */
function renderRow(row: PinDecision, layout: Layout): string {
  const link = blobUrl(layout.blobBaseUrl, row);
  const labels = pinLabels(row).map((l) => `${l.icon} ${l.text}`);
  const moveTo = row.upgradeTo
    ? codeSpan(truncateText(row.upgradeTo, MAX_TEXT))
    : row.verdict === 'fail'
      ? 'none known'
      : '—';
  const variants: [path: number, linked: boolean, words: number, sameLine: boolean][] = [
    [MAX_PATH, true, 48, true],
    [MAX_PATH, true, 30, true],
    [MAX_PATH, false, 40, true],
    [60, false, 40, true],
    [60, false, 0, true],
    [40, false, 0, false],
  ];
  let last = '';
  for (const [pathMax, linked, words, withSameLine] of variants) {
    const location = `${truncatePath(row.file, pathMax)}:${row.line}`;
    const pin = [
      `${rowIcon(row)} ${markdownLink(location, linked ? link : null)}`,
      [codeSpan(truncateText(row.version, MAX_TEXT)), ...labels].join(' '),
    ];
    const cells = [pin.join('<br>'), moveTo, whyCell(row, words, withSameLine)];
    last = `| ${cells.join(' | ')} |`;
    if (last.length <= MAX_ROW_LENGTH) return last;
  }
  return last;
}

function whyCell(row: PinDecision, words: number, withSameLine: boolean): string {
  const lead = row.lead;
  const kind = lead.advisory.kind === 'defect' ? ' defect' : '';
  const summary = words ? `: ${escapeMarkdown(fewWords(lead.advisory.summary, words))}` : '';
  const others = row.others ? ` (+${row.others}${row.verdict === 'fail' ? ' failing' : ''})` : '';
  const out = [
    `${escapeMarkdown(lead.advisory.id)} ${lead.advisory.severity}${kind}${summary}${others}`,
  ];
  if (row.verdict === 'ignored' && lead.ignored)
    out.push(`ignored: ${escapeMarkdown(truncateText(lead.ignored.reason, 60))}`);
  else if (lead.ignored?.expired)
    out.push(`ignore expired ${escapeMarkdown(lead.ignored.expires ?? '')}`);
  if (withSameLine && row.sameLine) {
    out.push(`same line: ${codeSpan(row.sameLine)} fixes it`);
  }
  return out.join('<br>');
}

/** A pin's advisories, under its location: the group the `<details>` below the table holds. */
/**
 * Advisory links in the compact list are Markdown references (`[GO-2024-2491][3]`), each URL
 * written once at the end of the body: a pin of a 1.2x release has forty advisories, sixteen such
 * pins would not fit GitHub's comment size with every URL written out each time.
 */
type References = Map<string, { n: number; url: string }>;

function referenceLink(f: Finding, refs: References): string {
  const label = escapeMarkdown(f.advisory.id);
  const url = f.advisory.url ? safeLinkUrl(f.advisory.url) : null;
  if (!url) return label;
  let ref = refs.get(url);
  if (!ref) {
    ref = { n: refs.size + 1, url };
    refs.set(url, ref);
  }
  return `[${label}][${ref.n}]`;
}

/** The numbers of the references a pin's compact list uses. */
function referencesIn(lines: string[]): number[] {
  const used = new Set<number>();
  for (const line of lines) for (const m of line.matchAll(/\]\[(\d+)\]/g)) used.add(Number(m[1]));
  return [...used];
}

/** The definitions of the references that the shown pins' lists use, in number order. */
function referenceDefinitions(refs: References, shown: { refsUsed: number[] }[]): string[] {
  const used = new Set<number>();
  for (const r of shown) for (const n of r.refsUsed) used.add(n);
  return [...refs.values()].filter((r) => used.has(r.n)).map((r) => `[${r.n}]: ${r.url}`);
}

function pinAdvisories(
  row: PinDecision,
  layout: Layout,
  compact: boolean,
  refs: References = new Map(),
): string[] {
  const location = escapeMarkdown(`${truncatePath(row.file, MAX_PATH)}:${row.line}`);
  const counts = row.failing
    ? `${plural(row.findings.length, 'advisory')}, ${row.failing} failing`
    : plural(row.findings.length, 'advisory');
  const out = [`${rowIcon(row)} **${location}** ${codeSpan(row.version, 'inline')}: ${counts}`, ''];
  // The compact list names every advisory: each is a few characters.
  const listed = compact ? row.findings : row.findings.slice(0, layout.advisoriesPerPin);
  if (compact) {
    out.push(listed.map((f) => `${findingIcon(f)} ${referenceLink(f, refs)}`).join(', '));
  } else {
    for (const f of listed) out.push(`- ${advisoryLine(f, layout.summaryLength)}`);
  }
  if (row.findings.length > listed.length) {
    out.push(`- and ${row.findings.length - listed.length} more; ${layout.elsewhere}`);
  }
  return out;
}

function advisoryLine(f: Finding, summaryLength: number): string {
  const parts = [
    `${findingIcon(f)} ${markdownLink(f.advisory.id, f.advisory.url)} (${f.advisory.severity} ${f.advisory.kind})`,
    escapeMarkdown(fewWords(f.advisory.summary, summaryLength)),
  ];
  if (f.via) {
    parts.push(
      `· via ${escapeMarkdown(truncateText(f.via.component, MAX_TEXT))} ${codeSpan(truncateText(f.via.version, MAX_TEXT), 'inline')}`,
    );
  }
  const fix = f.suggestion
    ? codeSpan(truncateText(f.suggestion, MAX_TEXT), 'inline')
    : f.fixedIn.length
      ? f.fixedIn
          .slice(0, 3)
          .map((v) => codeSpan(truncateText(v, MAX_TEXT), 'inline'))
          .join(', ')
      : 'none known';
  parts.push(`· fix: ${fix}`);
  if (f.ignored) parts.push(`· ${isExpiredIgnore(f) ? 'ignore' : 'ignored'}: ${ignoreText(f)}`);
  // Why it does not fail, or how it was judged (another OS's nodes, a release candidate).
  if (f.note) parts.push(`· note: ${escapeMarkdown(truncateText(f.note, MAX_SUMMARY))}`);
  return parts.join(' ');
}

/** Keeps a path's end (the file name) when it must be cut. */
function truncatePath(path: string, max: number): string {
  if (path.length <= max) return path;
  let start = path.length - max + 1;
  // Do not split a surrogate pair.
  const code = path.charCodeAt(start);
  if (code >= 0xdc00 && code <= 0xdfff) start += 1;
  return `…${path.slice(start)}`;
}

function ignoreText(f: Finding): string {
  const ignored = f.ignored!;
  const reason = escapeMarkdown(truncateText(ignored.reason, MAX_REASON));
  const date = ignored.expires ? escapeMarkdown(ignored.expires) : '';
  if (isExpiredIgnore(f)) return `${reason} (expired${date ? ` on ${date}` : ''})`;
  return `${reason}${date ? ` (until ${date})` : ''}`;
}

/** An ignore that still silences its finding; an expired one is shown but silences nothing. */

function isExpiredIgnore(f: Finding): boolean {
  return f.ignored?.expired === true;
}

function findingIcon(f: Finding): string {
  if (f.failing) return ICON.failing;
  if (isLiveIgnore(f)) return ICON.ignored;
  return ICON.warning;
}

function blobUrl(base: string | undefined, row: PinDecision): string | null {
  if (!base) return null;
  const root = safeLinkUrl(base.replace(/\/+$/, ''));
  return root ? `${root}/${encodeUriPath(row.file)}#L${row.line}` : null;
}

function plural(n: number, noun: string): string {
  if (n === 1) return `${n} ${noun}`;
  return `${n} ${noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}

function percentEncode(c: string): string {
  return [...Buffer.from(c, 'utf8')]
    .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}
