/**
 * SARIF 2.1.0 for GitHub code scanning (`sarif-file` input, CLI `--format sarif`): one rule per
 * advisory that has findings, one result per finding at the pin's region. Pure: the report and
 * the full advisory records in, a plain object (or its JSON) out.
 */
import { contextNote } from '../extract/contexts.js';
import { severityRank } from '../advisories/types.js';
import { PRODUCT_LABELS } from '../versioning/index.js';
import { createHash } from 'node:crypto';
import type { Advisory, AdvisorySeverity, Severity } from '../data/schema.js';
import { TOOL_NAME, TOOL_VERSION } from '../tool.js';
import { terminalSafe } from './escape.js';
import {
  codeSpan,
  encodeUriPath,
  escapeMarkdown,
  escapeMarkdownBlock,
  markdownLink,
} from './markdown-escape.js';
import {
  alsoUpgradeTo,
  compareUrgency,
  type AdvisoryRef,
  type Finding,
  type Report,
} from './model.js';

/** Where the tool's documentation lives; a placeholder until the repository has its home. */
export const TOOL_INFORMATION_URI = 'https://github.com/kube-pin-audit/kube-pin-audit';

/** The schema GitHub's documentation points SARIF producers at. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Key of the one fingerprint each result carries; bump the suffix if its recipe changes. */
export const FINGERPRINT_KEY = 'kube-pin-audit/v1';

export type SarifLevel = 'error' | 'warning' | 'note';

/**
 * Results in one run, at most: GitHub code scanning rejects a SARIF run with more (its hard
 * limit "Results per run", https://docs.github.com/en/code-security/code-scanning/troubleshooting-sarif-uploads/results-exceed-limit).
 * Past it, a log keeps the most urgent findings and says in a tool notification how many it
 * left out; the JSON report keeps every one.
 */
export const MAX_SARIF_RESULTS = 25_000;

/**
 * What the CLI and the action warn with when a SARIF log leaves findings out (see
 * MAX_SARIF_RESULTS); null when it keeps them all.
 */
export function sarifOmissionNote(findings: number, maxResults = MAX_SARIF_RESULTS): string | null {
  if (findings <= maxResults) return null;
  return (
    `${findings} findings: the SARIF log keeps the ${maxResults} most urgent, since GitHub ` +
    `code scanning rejects a run with more results; the JSON report has every one`
  );
}

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: {
    tags: string[];
    precision: 'very-high';
    'security-severity'?: string;
  };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: [
    {
      physicalLocation: {
        artifactLocation: { uri: string; uriBaseId: '%SRCROOT%' };
        region: { startLine: number; startColumn: number; endColumn: number };
      };
    },
  ];
  fingerprints: Record<string, string>;
  suppressions?: { kind: 'external' | 'inSource'; justification: string }[];
  properties: Record<string, unknown>;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: {
        driver: {
          name: string;
          version: string;
          semanticVersion: string;
          informationUri: string;
          rules: SarifRule[];
        };
      };
      columnKind: 'utf16CodeUnits';
      results: SarifResult[];
      /** Only when findings were left out (see MAX_SARIF_RESULTS). */
      invocations?: {
        executionSuccessful: true;
        toolExecutionNotifications: { level: 'warning'; message: { text: string } }[];
      }[];
    },
  ];
}

/** A rule's default level, and a non-failing result's level. */
const LEVEL_BY_SEVERITY: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/**
 * `security-severity` for a security advisory without a CVSS score. GitHub buckets the score
 * as critical > 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9; each level maps to a value well
 * inside its bucket (not on an edge, so rounding can never move it), so code scanning shows
 * the same severity as our advisory data. A known CVSS base score always wins.
 */
const SECURITY_SEVERITY_BY_LEVEL: Record<AdvisorySeverity, number> = {
  critical: 9.5,
  high: 8.0,
  medium: 5.5,
  low: 2.0,
  // No rating could be found: shown as medium in code scanning rather than hidden.
  unknown: 5.5,
};

/**
 * Renders the report as a SARIF 2.1.0 log. `advisories` are the full records behind the
 * findings' AdvisoryRefs (details, fixed releases, references, CVSS); an advisory missing
 * from them still gets a rule, built from the AdvisoryRef alone.
 *
 * Results are sorted by file, line, column and rule id; rules by id. Ignored findings are
 * kept, with an external suppression carrying the ignore's reason. Each result has one
 * fingerprint, a hash of advisory id, file and the version as written (no line number, so
 * the alert survives lines moving); `partialFingerprints` are left to the upload action.
 */
export function renderSarif(
  report: Report,
  advisories: Map<string, Advisory> | Advisory[],
  maxResults = MAX_SARIF_RESULTS,
): SarifLog {
  const byId =
    advisories instanceof Map ? advisories : new Map(advisories.map((a) => [a.id, a] as const));

  const omitted = sarifOmissionNote(report.findings.length, maxResults);
  // Past the limit, the most urgent findings (failing first, then by severity), earliest first
  // among equals; then in file order like the rest.
  const kept = omitted
    ? [...report.findings]
        .sort((a, b) => compareUrgency(a, b) || compareFindings(a, b))
        .slice(0, maxResults)
    : [...report.findings];
  const findings = kept.sort(compareFindings);
  const refs = new Map<string, { ref: AdvisoryRef; findings: Finding[] }>();
  for (const finding of findings) {
    const entry = refs.get(finding.advisory.id);
    if (entry) entry.findings.push(finding);
    else refs.set(finding.advisory.id, { ref: finding.advisory, findings: [finding] });
  }
  const ruleIds = [...refs.keys()].sort(compareStrings);
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i] as const));
  const rules = ruleIds.map((id) => {
    const { ref, findings: ruleFindings } = refs.get(id)!;
    return buildRule(ref, byId.get(id), ruleFindings);
  });

  const occurrences = new Map<string, number>();
  const results = findings.map((finding) => {
    const key = fingerprintSource(finding);
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);
    return buildResult(finding, ruleIndex.get(finding.advisory.id)!, `${sha256(key)}:${n}`);
  });

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: TOOL_INFORMATION_URI,
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
        ...(omitted
          ? {
              invocations: [
                {
                  executionSuccessful: true as const,
                  toolExecutionNotifications: [
                    {
                      level: 'warning' as const,
                      message: { text: omitted },
                    },
                  ],
                },
              ],
            }
          : {}),
      },
    ],
  };
}

/** `renderSarif` as JSON text, two-space indented, with a final newline. */
export function renderSarifJson(
  report: Report,
  advisories: Map<string, Advisory> | Advisory[],
): string {
  return `${JSON.stringify(renderSarif(report, advisories), null, 2)}\n`;
}

function buildRule(
  ref: AdvisoryRef,
  advisory: Advisory | undefined,
  findings: Finding[],
): SarifRule {
  const kind = advisory?.kind ?? ref.kind;
  const severity = advisory?.severity ?? ref.severity;
  const summary = plain(advisory?.summary ?? ref.summary);
  const details = advisory?.details ?? ref.summary;
  const ecosystems = advisory
    ? advisory.affected.map((a) => a.package.ecosystem as string)
    : findings.map((f) => PRODUCT_LABELS[f.product]);
  // `security` (the kind) is the tag GitHub uses to list an alert under security alerts.
  const tags = unique([kind, ...ecosystems]);

  const properties: SarifRule['properties'] = { tags, precision: 'very-high' };
  if (kind === 'security') {
    const score = advisory?.cvss?.score ?? SECURITY_SEVERITY_BY_LEVEL[severity];
    properties['security-severity'] = score.toFixed(1);
  }

  return {
    id: ref.id,
    name: ruleName(ref.id),
    shortDescription: { text: summary },
    fullDescription: { text: plain(firstParagraph(details)) },
    help: {
      text: helpText(ref, advisory),
      markdown: helpMarkdown(ref, advisory),
    },
    helpUri: ref.url,
    defaultConfiguration: {
      level: severity === 'unknown' ? 'warning' : LEVEL_BY_SEVERITY[severity],
    },
    properties,
  };
}

function buildResult(finding: Finding, ruleIndex: number, fingerprint: string): SarifResult {
  const introduced = finding.introduced;
  const result: SarifResult = {
    ruleId: finding.advisory.id,
    ruleIndex,
    level: finding.failing ? 'error' : nonFailingLevel(finding.advisory.severity),
    message: { text: resultMessage(finding) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeUriPath(finding.file), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: Math.max(1, finding.line),
            startColumn: Math.max(1, finding.column),
            endColumn: Math.max(1, finding.column) + Math.max(1, finding.text.length),
          },
        },
      },
    ],
    fingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: {
      product: finding.product,
      version: finding.version,
      failing: finding.failing,
      context: finding.context,
      ...(finding.form === 'documentation' ? { documentation: true } : {}),
      ...(introduced !== undefined ? { introduced } : {}),
    },
  };
  // A live ignore suppresses the result; an expired one (flagged `expired`, or failing again
  // under an older policy that had no flag) does not.
  const ignored = finding.ignored as {
    reason: string;
    expires: string | null;
    expired?: boolean;
    inline?: true;
  } | null;
  if (ignored && !ignored.expired && !finding.failing) {
    const expires = ignored.expires ? ` (until ${ignored.expires})` : '';
    result.suppressions = [
      {
        // SARIF 2.1.0 §3.35.3: a suppression written in the analysed file is `inSource`.
        kind: ignored.inline ? 'inSource' : 'external',
        justification: plain(`${ignored.reason}${expires}`),
      },
    ];
  }
  return result;
}

function nonFailingLevel(severity: AdvisorySeverity): SarifLevel {
  return severity === 'low' ? 'note' : 'warning';
}

/** One line a code-scanning alert shows: what is pinned, why it matters, where to move. */
function resultMessage(f: Finding): string {
  const written = f.text !== f.version ? ` (written "${f.text}")` : '';
  const via = f.via ? ` through its bundled ${f.via.component} ${f.via.version}` : '';
  const parts = [
    `${f.version}${written} is affected by ${f.advisory.id} (${f.advisory.severity} ${f.advisory.kind})${via}: ${f.advisory.summary}.`,
  ];
  if (f.suggestion) parts.push(`Fix: move to ${f.suggestion}.`);
  else if (f.fixedIn.length) parts.push(`Fixed in ${f.fixedIn.join(', ')}.`);
  else parts.push('No fixed release is known.');
  const upgrade = alsoUpgradeTo(f);
  if (upgrade) {
    parts.push(`Nearest release clear of failing advisories: ${upgrade}.`);
  } else if (!f.upgradeTo) {
    parts.push('No release clear of failing advisories is known.');
  }
  if (f.form === 'documentation') parts.push('In documentation: reported, not failing.');
  else if (f.context !== 'deploy') parts.push(`Context: ${contextNote(f.context)}.`);
  if (f.ignored) {
    const expired = f.ignored.expired === true;
    const until = f.ignored.expires ? ` ${expired ? 'on' : 'until'} ${f.ignored.expires}` : '';
    parts.push(`${expired ? 'Ignore expired' : 'Ignored'}${until}: ${f.ignored.reason}.`);
  }
  return sarifText(parts.join(' '));
}

/**
 * Plain text for SARIF: control characters shown as `\xNN`, and `[`/`]` escaped as SARIF
 * plain-text messages require (`[text](n)` would otherwise be an embedded link).
 */
function sarifText(text: string): string {
  return plain(text).replace(/[[\]]/g, (c) => `\\${c}`);
}

function plain(text: string): string {
  return terminalSafe(text);
}

function helpText(ref: AdvisoryRef, advisory: Advisory | undefined): string {
  const out = [plain(advisory?.summary ?? ref.summary)];
  if (advisory) out.push('', plainBlock(advisory.details));
  const fixed = fixedReleases(advisory);
  out.push('', 'Fixed releases:');
  if (fixed.length)
    for (const [eco, versions] of fixed) out.push(`  ${eco}: ${versions.join(', ')}`);
  else out.push('  none known');
  out.push('', 'References:');
  for (const url of referenceUrls(ref, advisory)) out.push(`  ${plain(url)}`);
  return out.join('\n');
}

function helpMarkdown(ref: AdvisoryRef, advisory: Advisory | undefined): string {
  const severity = advisory?.severity ?? ref.severity;
  const kind = advisory?.kind ?? ref.kind;
  const cvss = advisory?.cvss
    ? `, CVSS ${advisory.cvss.score.toFixed(1)} ${codeSpan(advisory.cvss.vector, 'inline')}`
    : '';
  const aliases = advisory?.aliases ?? ref.aliases;
  const out = [`**${escapeMarkdown(advisory?.summary ?? ref.summary)}**`, ''];
  out.push(`${escapeMarkdown(kind)}, severity ${escapeMarkdown(severity)}${cvss}`);
  if (aliases.length) out.push('', `Aliases: ${aliases.map((a) => escapeMarkdown(a)).join(', ')}`);
  if (advisory) out.push('', escapeMarkdownBlock(advisory.details));
  out.push('', '**Fixed releases**', '');
  const fixed = fixedReleases(advisory);
  if (fixed.length) {
    for (const [eco, versions] of fixed) {
      out.push(
        `- ${escapeMarkdown(eco)}: ${versions.map((v) => codeSpan(v, 'inline')).join(', ')}`,
      );
    }
  } else {
    out.push('None known.');
  }
  out.push('', '**References**', '');
  for (const url of referenceUrls(ref, advisory)) out.push(`- ${markdownLink(url, url)}`);
  return out.join('\n');
}

/** Per ecosystem, the releases to move to: the package's `fixed` list, else its range fixes. */
function fixedReleases(advisory: Advisory | undefined): [string, string[]][] {
  if (!advisory) return [];
  const byEcosystem = new Map<string, string[]>();
  for (const affected of advisory.affected) {
    const fromRanges = (affected.ranges ?? []).flatMap((r) =>
      r.events.flatMap((e) =>
        'fixed' in e ? [e.fixed.startsWith('v') ? e.fixed : `v${e.fixed}`] : [],
      ),
    );
    const versions = affected.fixed?.length ? affected.fixed : fromRanges;
    if (!versions.length) continue;
    const list = byEcosystem.get(affected.package.ecosystem) ?? [];
    byEcosystem.set(affected.package.ecosystem, unique([...list, ...versions]));
  }
  return [...byEcosystem];
}

function referenceUrls(ref: AdvisoryRef, advisory: Advisory | undefined): string[] {
  return unique([ref.url, ...(advisory?.references.map((r) => r.url) ?? [])]);
}

function plainBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => plain(line))
    .join('\n');
}

function firstParagraph(text: string): string {
  const paragraph = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)[0] ?? text;
  return paragraph.replace(/\s*\n\s*/g, ' ').trim() || text;
}

/** `KPA-2022-0001` -> `Kpa20220001`, `GHSA-xxxx-yyyy` -> `GhsaXxxxYyyy`: SARIF's readable rule name. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('');
}

function fingerprintSource(f: Finding): string {
  return `${f.advisory.id}\u0000${f.file}\u0000${f.text}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareStrings(a.advisory.id, b.advisory.id) ||
    compareStrings(a.version, b.version) ||
    severityRank(b.advisory.severity) - severityRank(a.advisory.severity)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
