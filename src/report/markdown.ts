/**
 * Markdown renderings of the report: the PR comment body (also the CLI's `--format markdown`),
 * the "all clear" body that replaces it when failing findings are gone, and the job summary.
 *
 * Layout: one table row per pinned release (file, line, version), not per finding. A release
 * such as `v1.24.9+rke2r1` can be reached by a dozen containerd and runc advisories through
 * its bundle; a row per finding would repeat the same file, version and nearest clean release
 * a dozen times and push the failing pins off the screen. Per pin, the Advisory cell lists
 * the advisories most severe first (failing ones first, ignored ones last), the first few
 * with their summary and the rest as a compact line of links; Severity is the worst one; Fix
 * groups the advisories by the release that fixes them; "Nearest clean release" is the pin's
 * `upgradeTo`, the one move that clears every failing advisory. Rows with failing findings
 * come first, then by severity, so trimming to fit drops the least severe rows.
 *
 * Every string from the repository or the advisory data goes through markdown-escape.ts.
 * Pure functions: no I/O, nothing runs at import.
 */
import { severityRank } from '../advisories/types.js';
import { PRODUCT_LABELS, type Product } from '../versioning/index.js';
import { DEFAULT_COMMENT_TAG } from '../config/schema.js';
import { Buffer } from 'node:buffer';
import type { Severity } from '../data/schema.js';
import {
  codeSpan,
  encodeUriPath,
  escapeMarkdown,
  markdownLink,
  safeLinkUrl,
  truncateText,
} from './markdown-escape.js';
import { compareUrgency, isLiveIgnore, verdict, type Finding, type Report } from './model.js';

export interface MarkdownOptions {
  /** The action's `comment-tag`: one comment per tag, found by its hidden marker. Default `kube-pin-audit`. */
  tag?: string;
  /** e.g. `https://github.com/o/r/blob/<sha>`: file:line cells link to `${blobBaseUrl}/${path}#L${line}`. */
  blobBaseUrl?: string;
  /** Upper bound on the body's length in UTF-16 code units; GitHub's limit is 65,536. */
  maxLength?: number;
  /** Heading text; default `kube-pin-audit`, plus ` (tag)` when the tag is not the default. */
  title?: string;
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
    elsewhere: 'see the job summary or the report file',
    fullAdvisories: 3,
    compactAdvisories: 15,
    listPerReason: 20,
    warnings: 20,
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
    fullAdvisories: 10,
    compactAdvisories: 100,
    listPerReason: 200,
    warnings: 200,
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
  /** Per row: advisories shown with their summary, then as compact links. */
  fullAdvisories: number;
  compactAdvisories: number;
  /** Skipped files listed per reason, and warnings listed, before "and N more". */
  listPerReason: number;
  warnings: number;
}

interface PinRow {
  file: string;
  line: number;
  version: string;
  text: string;
  product: Product;
  upgradeTo: string | null;
  documentation: boolean;
  introduced: boolean;
  findings: Finding[];
  failing: boolean;
  ignoredOnly: boolean;
  severity: Severity;
}

const ICON = { failing: '❌', warning: '⚠️', ignored: '🔕', documentation: '📄', introduced: '🆕' };
const TABLE_HEAD = [
  '| File:line | Pinned release | Advisory | Severity | Fix | Nearest clean release |',
  '| --- | --- | --- | --- | --- | --- |',
];
/** Caps on repository text inside one cell, before escaping. */
const MAX_PATH = 200;
const MAX_TEXT = 100;
const MAX_SUMMARY = 200;
const MAX_REASON = 200;

function render(report: Report, layout: Layout): string {
  const rows = pinRows(report.findings);
  // Rows past the size limit can never be shown: they are not rendered (the benchmark's 3,000
  // pinned releases made 1 MB of job summary from several MB of rows).
  const renderedRows: string[] = [];
  let rowBytes = 0;
  for (const row of rows) {
    if (rowBytes > layout.limit) break;
    const rendered = renderRow(row, layout);
    renderedRows.push(rendered);
    rowBytes += layout.measure(rendered) + 1;
  }
  const allRendered = renderedRows.length === rows.length;
  const head = headLines(report, rows, layout);
  const fullDetails = detailsLines(report, layout, false);
  const compactDetails = detailsLines(report, layout, true);
  const fits = (s: string) => layout.measure(s) <= layout.limit;

  const assemble = (shown: number, details: string[]): string => {
    const out = [...head];
    if (shown > 0) out.push('', ...TABLE_HEAD, ...renderedRows.slice(0, shown));
    if (shown < rows.length) {
      const hidden = rows.slice(shown);
      const findings = hidden.reduce((n, r) => n + r.findings.length, 0);
      out.push(
        '',
        `_${plural(findings, 'more finding')} (${plural(hidden.length, 'pinned release')}) not shown; ${layout.elsewhere}._`,
      );
    }
    if (shown > 0) out.push('', legend(rows.slice(0, shown)));
    out.push('', ...details);
    return `${out.join('\n')}\n`;
  };

  if (allRendered) {
    for (const details of [fullDetails, compactDetails]) {
      const body = assemble(rows.length, details);
      if (fits(body)) return body;
    }
  }
  // Drop rows from the end (least severe first): the largest prefix that fits. Rows rendered
  // only up to past the limit, so the last of them already does not fit.
  let lo = 0;
  let hi = allRendered ? rows.length - 1 : renderedRows.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(assemble(mid, compactDetails))) lo = mid;
    else hi = mid - 1;
  }
  const trimmed = assemble(lo, compactDetails);
  if (lo > 0 && fits(trimmed)) return trimmed;
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
  const heading =
    verdict(failing) === 'fail'
      ? `## ${ICON.failing} ${title}: ${plural(failing, 'failing finding')}`
      : `## ✅ ${title}: no failing findings`;
  return layout.marker ? [layout.marker, heading] : [heading];
}

function headLines(report: Report, rows: PinRow[], layout: Layout): string[] {
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
  out.push('', `${parts.join(', ')}.`);
  return out;
}

function countsLine(report: Report): string {
  const s = report.summary;
  return (
    `${plural(s.filesScanned, 'file')} scanned, ${s.filesSkipped} skipped, ` +
    `${plural(s.pins, 'pin')}, ${plural(s.findings, 'finding')}, ${s.failing} failing.`
  );
}

function legend(rows: PinRow[]): string {
  const seen = new Set<string>();
  for (const row of rows) {
    for (const f of row.findings) seen.add(findingIcon(f));
    if (row.documentation) seen.add(ICON.documentation);
    if (row.introduced) seen.add(ICON.introduced);
  }
  const names: [string, string][] = [
    [ICON.failing, 'fails the check'],
    [ICON.warning, 'reported, not failing'],
    [ICON.ignored, 'ignored by configuration'],
    [ICON.documentation, 'in documentation (never fails)'],
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

function pinRows(findings: Finding[]): PinRow[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.file}\u0000${f.line}\u0000${f.column}\u0000${f.version}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const rows: PinRow[] = [];
  for (const list of groups.values()) {
    list.sort(compareUrgency);
    const first = list[0]!;
    const live = list.filter((f) => !isLiveIgnore(f));
    const rated = live.length ? live : list;
    rows.push({
      file: first.file,
      line: first.line,
      version: first.version,
      text: first.text,
      product: first.product,
      upgradeTo: first.upgradeTo,
      documentation: first.form === 'documentation',
      introduced: list.some((f) => f.introduced === true),
      findings: list,
      failing: list.some((f) => f.failing),
      ignoredOnly: live.length === 0,
      severity: rated.reduce<Severity>(
        (worst, f) =>
          severityRank(f.advisory.severity) > severityRank(worst)
            ? (f.advisory.severity as Severity)
            : worst,
        'low',
      ),
    });
  }
  return rows.sort(
    (a, b) =>
      Number(b.failing) - Number(a.failing) ||
      Number(a.ignoredOnly) - Number(b.ignoredOnly) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      Number(b.introduced) - Number(a.introduced) ||
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      compareStrings(a.version, b.version),
  );
}

function renderRow(row: PinRow, layout: Layout): string {
  const rowIcon = row.failing ? ICON.failing : row.ignoredOnly ? ICON.ignored : ICON.warning;
  const location = `${truncateText(row.file, MAX_PATH)}:${row.line}`;
  const fileCell = [`${rowIcon} ${markdownLink(location, blobUrl(layout.blobBaseUrl, row))}`];
  if (row.introduced) fileCell.push(`${ICON.introduced} new in this PR`);
  if (row.documentation) fileCell.push(`${ICON.documentation} documentation`);

  const product = PRODUCT_LABELS[row.product];
  const pinnedCell = [`${codeSpan(row.version)} (${product})`];
  if (row.text !== row.version) {
    pinnedCell.push(`written ${codeSpan(truncateText(row.text, MAX_TEXT))}`);
  }

  const cells = [
    fileCell.join('<br>'),
    pinnedCell.join('<br>'),
    advisoryCell(row.findings, layout),
    row.ignoredOnly ? `${row.severity} (ignored)` : row.severity,
    fixCell(row.findings),
    row.upgradeTo ? codeSpan(row.upgradeTo) : 'none known',
  ];
  return `| ${cells.join(' | ')} |`;
}

function advisoryCell(findings: Finding[], layout: Layout): string {
  const lines = findings.slice(0, layout.fullAdvisories).map((f) => {
    const parts = [
      `${findingIcon(f)} ${markdownLink(f.advisory.id, f.advisory.url)} (${f.advisory.severity})`,
      escapeMarkdown(truncateText(f.advisory.summary, MAX_SUMMARY)),
    ];
    if (f.via) {
      parts.push(
        `· via ${escapeMarkdown(truncateText(f.via.component, MAX_TEXT))} ${codeSpan(truncateText(f.via.version, MAX_TEXT))}`,
      );
    }
    if (f.ignored) parts.push(`· ${isExpiredIgnore(f) ? 'ignore' : 'ignored'}: ${ignoreText(f)}`);
    return parts.join(' ');
  });
  const rest = findings.slice(layout.fullAdvisories);
  if (rest.length) {
    const shown = rest
      .slice(0, layout.compactAdvisories)
      .map(
        (f) =>
          `${findingIcon(f)} ${markdownLink(f.advisory.id, f.advisory.url)} (${f.advisory.severity})`,
      );
    const more =
      rest.length > layout.compactAdvisories
        ? `, and ${rest.length - layout.compactAdvisories} more`
        : '';
    lines.push(`also: ${shown.join(', ')}${more}`);
  }
  return lines.join('<br>');
}

/** The releases that fix this pin, grouped by release; "none known" when there is none. */
function fixCell(findings: Finding[]): string {
  const live = findings.filter((f) => !isLiveIgnore(f));
  const considered = live.length ? live : findings;
  const groups = new Map<string, string[]>();
  for (const f of considered) {
    const fix = f.suggestion
      ? codeSpan(f.suggestion)
      : f.fixedIn.length
        ? f.fixedIn
            .slice(0, 3)
            .map((v) => codeSpan(v))
            .join(', ') + (f.fixedIn.length > 3 ? ', …' : '')
        : 'none known';
    const ids = groups.get(fix) ?? [];
    ids.push(f.advisory.id);
    groups.set(fix, ids);
  }
  const entries = [...groups];
  if (entries.length === 1) return entries[0]![0];
  const shown = entries.slice(0, 4).map(([fix, ids]) => {
    const names = ids.slice(0, 3).map((id) => escapeMarkdown(id));
    const more = ids.length > 3 ? ` +${ids.length - 3}` : '';
    return `${fix} (${names.join(', ')}${more})`;
  });
  if (entries.length > 4) shown.push(`and ${entries.length - 4} more`);
  return shown.join('<br>');
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

function blobUrl(base: string | undefined, row: PinRow): string | null {
  if (!base) return null;
  const root = safeLinkUrl(base.replace(/\/+$/, ''));
  return root ? `${root}/${encodeUriPath(row.file)}#L${row.line}` : null;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function percentEncode(c: string): string {
  return [...Buffer.from(c, 'utf8')]
    .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
    .join('');
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
