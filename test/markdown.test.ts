import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { makeFinding } from './support/findings.js';
import {
  codeSpan,
  encodeUriPath,
  escapeMarkdown,
  escapeMarkdownBlock,
  markdownLink,
} from '../src/report/markdown-escape.js';
import {
  commentMarker,
  renderAllClear,
  renderMarkdown,
  renderSummary,
} from '../src/report/markdown.js';
import { buildReport, type AdvisoryRef, type Finding, type Report } from '../src/report/model.js';

const DEFECT: AdvisoryRef = {
  id: 'KPA-2022-0001',
  aliases: ['containerd/containerd#7843'],
  kind: 'defect',
  severity: 'high',
  summary: 'containerd forgets pod IPs across a restart',
  url: 'https://github.com/containerd/containerd/issues/7843',
};

function advisory(i: number, severity: AdvisoryRef['severity']): AdvisoryRef {
  return {
    id: `GO-2024-${String(1000 + i)}`,
    aliases: [],
    kind: 'security',
    severity,
    summary: `runc advisory number ${i}`,
    url: `https://pkg.go.dev/vuln/GO-2024-${1000 + i}`,
  };
}

function finding(over: Partial<Finding> = {}): Finding {
  return makeFinding({ advisory: DEFECT, ...over });
}

function report(findings: Finding[], extra: Partial<Parameters<typeof buildReport>[0]> = {}) {
  return buildReport({
    filesScanned: 42,
    pins: [],
    findings,
    skipped: [],
    warnings: [],
    ...extra,
  });
}

const HOSTILE_PATH = 'ops/a|b <img src=x onerror=alert(1)>/`tick`/@octocat\nsecond\u001b[31m.yaml';
const HOSTILE_TEXT = 'v1.24.9+rke2r1`|<img src=x>@octocat';

function hostileReport(): Report {
  return report(
    [
      finding({ file: HOSTILE_PATH, text: HOSTILE_TEXT }),
      finding({
        file: HOSTILE_PATH,
        line: 20,
        advisory: { ...DEFECT, summary: 'summary with | pipe and <script>x</script> and @team/x' },
        via: { component: 'runc<b>', version: 'v1.1.10|`x`' },
        failing: false,
        ignored: {
          reason: 'reason | with <img src=x onerror=alert(2)> and @octocat\nline',
          expires: null,
        },
      }),
    ],
    {
      skipped: [{ file: 'bin/<img src=x onerror=alert(3)>|@octocat.bin', reason: 'binary' }],
      warnings: [{ file: 'x|y.yaml', line: 3, message: 'not valid YAML: <img src=x> @octocat\n|' }],
    },
  );
}

/** Unescaped `|` characters in one line of Markdown (a backslash escapes the next character). */
function cellSeparators(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') n++;
  }
  return n;
}

/** The lines of the first pins table: header, delimiter and rows. */
function findingsTable(body: string): string[] {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Pinned release'));
  if (start < 0) return [];
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
  return lines.slice(start, end < 0 ? undefined : end);
}

/** The rows of every pins table (failing pins, then those folded into a details). */
function pinRows(body: string): string[] {
  const rows: string[] = [];
  let inTable = false;
  for (const line of body.split('\n')) {
    if (line.startsWith('| Pinned release')) inTable = true;
    else if (!line.startsWith('|')) inTable = false;
    else if (inTable && !line.startsWith('| ---')) rows.push(line);
  }
  return rows;
}

/** The text outside `<details>` bodies (a summary line is visible, so it counts). */
function visiblePart(body: string): string {
  return body.replace(/(<details><summary>.*?<\/summary>)[\s\S]*?<\/details>/g, '$1');
}

function expectNoLiveMarkup(body: string) {
  expect(body).not.toMatch(/<img|<script|<b>/i);
  expect(body).not.toMatch(/@octocat|@team/);
  // eslint-disable-next-line no-control-regex
  expect(body).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  expect(body.match(/<!--/g)?.length ?? 0).toBeLessThanOrEqual(1);
}

describe('escapeMarkdown', () => {
  it('escapes markup, HTML, mentions, references and controls', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe(
      '&lt;img src=x onerror=alert(1)&gt;',
    );
    expect(escapeMarkdown('*bold* _it_ `code` [l](u) ~s~ \\ $x$')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[l\\](u) \\~s\\~ \\\\ \\$x\\$',
    );
    expect(escapeMarkdown('a & b')).toBe('a &amp; b');
    expect(escapeMarkdown('hi @octocat')).toBe('hi @\u2060octocat');
    expect(escapeMarkdown('see #123')).toBe('see \\#\u2060123');
    expect(escapeMarkdown('line1\nline2\r\n')).toBe('line1\u240aline2\u240d\u240a');
    expect(escapeMarkdown('\u001b[31mred')).toBe('\u241b\\[31mred');
    expect(escapeMarkdown('x\u202ey')).toBe('x\ufffdy');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('https://evil.example')).toBe('https:\u2060//evil.example');
    expect(escapeMarkdown('v1.24.9+rke2r1')).toBe('v1.24.9+rke2r1');
  });

  it('keeps paragraphs in blocks', () => {
    expect(escapeMarkdownBlock('one <b>\r\n\r\n\r\n    two `x`')).toBe(
      'one &lt;b&gt;\n\ntwo \\`x\\`',
    );
  });

  it('renders code spans around backticks and pipes', () => {
    expect(codeSpan('v1.24.9+rke2r1')).toBe('`v1.24.9+rke2r1`');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x')).toBe('`` `x ``');
    expect(codeSpan('a``b`')).toBe('``` a``b` ```');
    expect(codeSpan('a|b')).toBe('`a\\|b`');
    expect(codeSpan('a|b', 'inline')).toBe('`a|b`');
    expect(codeSpan('a\nb')).toBe('`a\u240ab`');
    expect(codeSpan('')).toBe('');
    expect(codeSpan('<img src=x>|`')).toBe('<code>&lt;img src=x&gt;\\|\\`</code>');
  });

  it('encodes paths and link destinations', () => {
    expect(encodeUriPath('docs/upgrade notes #1.md')).toBe('docs/upgrade%20notes%20%231.md');
    expect(encodeUriPath('a/100%/b?c:d(e)/v1.2+k3s1@x=y,z')).toBe(
      'a/100%25/b%3Fc%3Ad%28e%29/v1.2+k3s1%40x=y,z',
    );
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x');
    expect(markdownLink('x]', 'https://e.example/a(b)|c')).toBe(
      '[x\\]](https://e.example/a%28b%29%7Cc)',
    );
  });
});

describe('commentMarker', () => {
  it('cannot be closed or confused by the tag', () => {
    expect(commentMarker('infra')).toBe('<!-- kube-pin-audit:infra -->');
    expect(commentMarker()).toBe('<!-- kube-pin-audit:kube-pin-audit -->');
    const marker = commentMarker('x --> <script> a--b');
    expect(marker.match(/-->/g)).toHaveLength(1);
    expect(marker.endsWith(' -->')).toBe(true);
    expect(marker).not.toMatch(/<script|--b/);
    expect(commentMarker('a b')).not.toBe(commentMarker('a_b'));
  });
});

describe('renderMarkdown', () => {
  it('renders the marker, the verdict and one row per pin with its decision', () => {
    const body = renderMarkdown(
      report([
        finding(),
        finding({ advisory: advisory(1, 'medium'), failing: false, suggestion: 'v1.24.17+rke2r1' }),
        finding({
          file: 'docs/upgrade notes #1.md',
          line: 3,
          form: 'documentation',
          failing: false,
        }),
      ]),
      { tag: 'infra', blobBaseUrl: 'https://github.com/o/r/blob/0123abc/' },
    );
    const lines = body.split('\n');
    expect(lines[0]).toBe('<!-- kube-pin-audit:infra -->');
    expect(body.split('<!-- kube-pin-audit:infra -->')).toHaveLength(2);
    expect(lines[1]).toBe(
      '## ❌ kube-pin-audit (infra): 1 pinned release fails the check (1 failing finding)',
    );
    const table = findingsTable(body);
    expect(table).toHaveLength(3); // header, delimiter, the failing pin
    for (const line of table) expect(cellSeparators(line)).toBe(4);
    const [first, second] = pinRows(body);
    expect(first).toBe(
      '| ❌ [infra/user-data.yaml:12](https://github.com/o/r/blob/0123abc/infra/user-data.yaml#L12)<br>`v1.24.9+rke2r1` | `v1.24.10+rke2r1` | KPA-2022-0001 high defect: containerd forgets pod IPs across a restart<br>same line: `v1.24.9+rke2r2` fixes it |',
    );
    // The pin that does not fail is one click down, in a details of its own.
    expect(second).toContain(
      '(https://github.com/o/r/blob/0123abc/docs/upgrade%20notes%20%231.md#L3)',
    );
    expect(second).toContain('📄 docs');
    expect(second!.startsWith('| ⚠️')).toBe(true);
    expect(visiblePart(body)).not.toContain('upgrade notes');
    // Every advisory, per pin, one details away, with its link and its fix.
    expect(body).toContain(
      '<details><summary>Every advisory, per pinned release (3 findings)</summary>',
    );
    expect(body).toContain(
      '- ❌ [KPA-2022-0001](https://github.com/containerd/containerd/issues/7843) (high defect) containerd forgets pod IPs across a restart · fix: `v1.24.9+rke2r2`',
    );
    expect(body).toMatch(
      /- ⚠️ \[GO-2024-1001\]\([^)]+\) \(medium security\) runc advisory number 1 · fix: `v1\.24\.17\+rke2r1`/,
    );
    expect(visiblePart(body)).not.toContain('GO-2024-1001');
    expect(body).toContain('<details><summary>Scan details</summary>');
    expect(body).toContain('| Files scanned | 42 |');
  });

  it('never lets hostile repository text break the table or reach HTML', () => {
    const body = renderMarkdown(hostileReport(), { blobBaseUrl: 'https://github.com/o/r/blob/s' });
    expectNoLiveMarkup(body);
    const rows = pinRows(body);
    expect(rows).toHaveLength(2);
    for (const line of rows) expect(cellSeparators(line)).toBe(4);
    for (const line of body
      .split('\n')
      .filter(
        (l) =>
          l.startsWith('| ') &&
          !l.startsWith('| Pinned') &&
          !l.startsWith('| ---') &&
          !rows.includes(l) &&
          !l.startsWith('| |'),
      )) {
      expect(cellSeparators(line)).toBe(3);
    }
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(body).toContain('\u241b\\[31m');
    // The link to a hostile path stays one link.
    expect(body).toContain(
      '(https://github.com/o/r/blob/s/ops/a%7Cb%20%3Cimg%20src=x%20onerror=alert%281%29%3E/%60tick%60/%40octocat%0Asecond%1B%5B31m.yaml#L12)',
    );
    expect(renderSummary(hostileReport())).not.toMatch(/<img|@octocat/);
    expectNoLiveMarkup(renderSummary(hostileReport()));
  });

  it('keeps one short row for a pin with many advisories, each of them one details away', () => {
    const many = Array.from({ length: 15 }, (_, i) =>
      finding({
        advisory: advisory(i, i < 5 ? 'high' : 'medium'),
        failing: i < 5,
        via: { component: 'runc', version: 'v1.1.4' },
      }),
    );
    const body = renderMarkdown(report(many));
    const rows = pinRows(body);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('GO-2024-1000 high: runc advisory number 0 (+4 failing)');
    expect(rows[0]).not.toContain('GO-2024-1001');
    for (let i = 0; i < 15; i++) expect(body).toContain(`[GO-2024-${1000 + i}](`);
    expect(body.match(/· via runc `v1\.1\.4`/g)).toHaveLength(15);
  });

  it('puts failing pins first and marks ignored, documentation and new pins', () => {
    const body = renderMarkdown(
      report([
        finding({ file: 'a.tf', advisory: advisory(1, 'low'), failing: false }),
        finding({
          file: 'b.tf',
          failing: false,
          ignored: { reason: 'legacy', expires: '2030-01-01' },
        }),
        { ...finding({ file: 'c.tf' }), introduced: true } as Finding,
      ]),
    );
    const rows = pinRows(body);
    expect(rows.map((r) => r.match(/ (\w\.tf):12/)?.[1])).toEqual(['c.tf', 'a.tf', 'b.tf']);
    expect(rows[0]).toContain('🆕 new');
    expect(rows[2]).toContain('🔕');
    expect(rows[2]).toContain('ignored: legacy');
    expect(body).toContain('ignored: legacy (until 2030-01-01)');
    expect(body).toContain('3 findings in 3 pinned releases, 1 new in this PR, 1 ignored.');
  });

  it('shows an expired ignore as live again', () => {
    const body = renderMarkdown(
      report([finding({ ignored: { reason: 'legacy', expires: '2024-01-01', expired: true } })]),
    );
    const [row] = pinRows(body);
    expect(row!.startsWith('| ❌')).toBe(true);
    expect(row).toContain('ignore expired 2024-01-01');
    expect(body).toContain('ignore: legacy (expired on 2024-01-01)');
    expect(row).not.toContain('🔕');
    expect(body).toContain('| Ignored | 0 |');
  });

  it('counts the suggested changes of the run', () => {
    const body = renderMarkdown(report([finding()]), {
      suggestions: { posted: 20, existing: 1, notPosted: 3 },
    });
    expect(visiblePart(body)).toContain(
      "20 suggested changes posted on this PR's lines, 1 already there from an earlier push, 3 more not posted; `kube-pin-audit fix` rewrites every failing pin.",
    );
  });

  it('says so when nothing is affected', () => {
    const body = renderMarkdown(report([]));
    expect(body).toContain('## ✅ kube-pin-audit: no failing findings');
    expect(findingsTable(body)).toEqual([]);
  });

  it('drops the least severe rows to stay under maxLength, then falls back to counts', () => {
    const findings: Finding[] = [];
    for (let i = 0; i < 400; i++) {
      findings.push(
        finding({
          file: `clusters/cluster-${i}/user-data.yaml`,
          failing: i < 50,
          advisory: i < 50 ? DEFECT : advisory(i, i < 200 ? 'medium' : 'low'),
        }),
      );
    }
    const big = report(findings, {
      skipped: Array.from({ length: 3000 }, (_, i) => ({
        file: `vendor/${i}.bin`,
        reason: 'binary' as const,
      })),
    });
    const body = renderMarkdown(big, { maxLength: 20_000 });
    expect(body.length).toBeLessThanOrEqual(20_000);
    expect(body).toMatch(
      /_\d+ more findings \(\d+ pinned releases\) not shown; see the job summary/,
    );
    const rows = pinRows(body);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.slice(0, 50).every((r) => r.startsWith('| ❌'))).toBe(true);
    expect(body.split(commentMarker()).length).toBe(2);

    const tiny = renderMarkdown(big, { maxLength: 600 });
    expect(tiny.length).toBeLessThanOrEqual(600);
    expect(tiny.startsWith(commentMarker())).toBe(true);
    expect(tiny).toContain(
      '## ❌ kube-pin-audit: 50 pinned releases fail the check (50 failing findings)',
    );
    expect(tiny).toContain('42 files scanned, 3000 skipped, 0 pins, 400 findings, 50 failing.');
    expect(findingsTable(tiny)).toEqual([]);

    // The default limit holds for a very large report.
    expect(renderMarkdown(big).length).toBeLessThanOrEqual(65_000);
  });
});

describe('renderSummary', () => {
  it('has the table, counts and skipped files, but no marker', () => {
    const body = renderSummary(
      report([finding()], {
        skipped: [
          { file: 'a.bin', reason: 'binary' },
          { file: 'huge.yaml', reason: 'too-large' },
          { file: 'b.bin', reason: 'binary' },
        ],
      }),
    );
    expect(body).not.toContain('<!--');
    expect(pinRows(body)).toHaveLength(1);
    expect(body).toContain('- binary (2): a.bin, b.bin');
    expect(body).toContain('- too-large (1): huge.yaml');
  });

  it('stays under the byte limit', () => {
    const findings = Array.from({ length: 3000 }, (_, i) =>
      finding({ file: `ünïcødé/🚀-${i}.yaml`, advisory: advisory(i, 'high') }),
    );
    const big = report(findings);
    const body = renderSummary(big, { maxBytes: 50_000 });
    expect(Buffer.byteLength(body, 'utf8')).toBeLessThanOrEqual(50_000);
    expect(body).toContain('not shown; see the report file');
    expect(Buffer.byteLength(renderSummary(big), 'utf8')).toBeLessThanOrEqual(1_048_576);
  });
});

describe('renderAllClear', () => {
  it('replaces the comment with an all-clear under the same marker', () => {
    const body = renderAllClear('infra');
    expect(body.split('\n')[0]).toBe(commentMarker('infra'));
    expect(body).toContain('## ✅ kube-pin-audit (infra): all clear');

    const withCounts = renderAllClear(
      'infra',
      report([finding({ failing: false, advisory: advisory(1, 'low') })]),
    );
    expect(withCounts).toContain('42 files scanned');
    expect(withCounts).toContain('1 finding that does not fail the check remains');
  });
});

describe("a finding's note", () => {
  it('is shown in its advisory line: why it does not fail, or how it was judged', () => {
    const note =
      "applies to Windows nodes only; this pin is not in a PowerShell file or a Windows node pool's path";
    const body = renderSummary(report([finding({ failing: false, note })]));
    expect(body).toContain(`· note: ${note}`);
  });
});
