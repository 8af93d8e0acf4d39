/**
 * One decision per pin, and the PR comment for examples/ within the limits: visible
 * part under 5,000 characters, no row over 400, each failing row naming its upgradeTo, and
 * every advisory of every pin one details away.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { planAnnotations } from '../src/action/annotations.js';
import { pinDecisions } from '../src/report/decision.js';
import { renderMarkdown, renderSummary } from '../src/report/markdown.js';
import type { Report } from '../src/report/model.js';
import { renderText } from '../src/report/text.js';
import { DATA_DIR } from './support/db.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BLOB =
  'https://github.com/acme-platform/infrastructure/blob/0123456789abcdef0123456789abcdef01234567';

async function examplesReport(): Promise<Report> {
  let stdout = '';
  await main(['scan', 'examples', '--format', 'json'], {
    cwd: ROOT,
    dataDir: DATA_DIR,
    stdout: (t) => (stdout += t),
    stderr: () => {},
  });
  return JSON.parse(stdout) as Report;
}

/** A path as Markdown text shows it. */
function escaped(path: string): string {
  return path.replace(/_/g, '\\_');
}

function visiblePart(body: string): string {
  return body.replace(/(<details><summary>.*?<\/summary>)[\s\S]*?<\/details>/g, '$1');
}

describe('pinDecisions on examples/', () => {
  it('gives each pin one verdict, its most urgent advisory, the count of the others and the same-line fix', async () => {
    const report = await examplesReport();
    const decisions = pinDecisions(report);
    const pinsWithFindings = new Set(report.findings.map((f) => `${f.file}:${f.line}:${f.column}`));
    expect(decisions).toHaveLength(pinsWithFindings.size);
    const pin = decisions.find((d) => d.file === 'examples/terraform/variables.tf')!;
    expect(pin).toMatchObject({
      verdict: 'fail',
      version: 'v1.24.9+rke2r1',
      sameLine: 'v1.24.9+rke2r2',
    });
    expect(pin.lead.advisory.id).toBe('KPA-2022-0001');
    expect(pin.others).toBe(pin.failing - 1);
    expect(pin.upgradeTo).toBe(report.pins.find((p) => p.file === pin.file)!.upgradeTo);
    expect(decisions.findIndex((d) => d.verdict !== 'fail')).toBe(
      decisions.filter((d) => d.verdict === 'fail').length,
    );
  });

  it('keeps the PR comment within the limits', async () => {
    const report = await examplesReport();
    expect(report.findings.length).toBeGreaterThan(200);
    for (const blobBaseUrl of [undefined, BLOB]) {
      const body = renderMarkdown(report, blobBaseUrl ? { blobBaseUrl } : {});
      expect(visiblePart(body).length).toBeLessThan(5_000);
      const rows = body.split('\n').filter((l) => /^\| (❌|⚠️|🔕) /.test(l));
      for (const row of rows) expect(row.length).toBeLessThanOrEqual(400);
      const decisions = pinDecisions(report);
      expect(rows).toHaveLength(decisions.length);
      for (const d of decisions.filter((d) => d.verdict === 'fail')) {
        const row = rows.find((r) => r.includes(`${escaped(d.file)}:${d.line}`))!;
        expect(row).toContain(`| \`${d.upgradeTo}\` |`);
      }
      // Every advisory of every pin, under that pin's heading, in the details.
      const groups = body.split(/\n(?=(?:❌|⚠️|🔕) \*\*)/);
      for (const d of decisions) {
        const group = groups.find((g) =>
          g.startsWith(`${d.verdict === 'fail' ? '❌' : '⚠️'} **${escaped(d.file)}:${d.line}**`),
        )!;
        expect(group, d.file).toBeDefined();
        for (const f of d.findings) expect(group).toMatch(new RegExp(`\\[${f.advisory.id}\\][[(]`));
      }
      // Each advisory reference used in the compact lists is defined once, with its URL.
      const used = new Set([...body.matchAll(/\]\[(\d+)\]/g)].map((m) => m[1]));
      const defined = [...body.matchAll(/^\[(\d+)\]: (https:\/\/\S+)$/gm)].map((m) => m[1]);
      expect(new Set(defined)).toEqual(used);
      expect(defined).toHaveLength(used.size);
    }
  });

  it('the text report, job summary and annotations give one decision per pin', async () => {
    const report = await examplesReport();
    const text = renderText(report);
    expect(text).toMatch(
      /^ {2}FAIL {4}examples\/terraform\/variables\.tf:5 {2}v1\.24\.9\+rke2r1 -> v1\.\d+\.\d+\+rke2r\d+\n {10}KPA-2022-0001 \(high defect\): containerd forgets pod IPs across a restart[^\n]*; \d+ more failing advisories\n {10}same line: v1\.24\.9\+rke2r2 fixes KPA-2022-0001$/m,
    );
    expect(text).not.toContain('GO-2024-2491'); // the other advisories are a command away
    const summary = renderSummary(report);
    expect(summary).toContain('GO-2024-2491');
    const annotations = planAnnotations(report);
    const errors = annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(10); // 11 failing deploy pins (e2e.yml is test data), 10 shown
    expect(new Set(errors.map((a) => `${a.file}:${a.startLine}`)).size).toBe(10);
    expect(annotations.at(-1)).toMatchObject({ level: 'notice' });
    expect(annotations.at(-1)!.message).toMatch(
      /^1 more failing and 0 more non-failing pinned releases/,
    );
  });
});

describe('an advisory for other nodes than the pin deploys', () => {
  it('never leads its row nor sets its severity while another applies', async () => {
    const { makeFinding } = await import('./support/findings.js');
    const { buildReport } = await import('../src/report/model.js');
    const { otherOsNote, notesOtherOs } = await import('../src/match/platform.js');
    const ref = (id: string, severity: 'critical' | 'high') => ({
      id,
      aliases: [],
      kind: 'security' as const,
      severity,
      summary: id,
      url: `https://pkg.go.dev/vuln/${id}`,
    });
    const windowsOnly = makeFinding({
      advisory: ref('GO-2024-3222', 'critical'),
      failing: false,
      note: otherOsNote(['windows'], 'linux'),
    });
    const applies = makeFinding({ advisory: ref('GO-2024-3286', 'high'), failing: false });
    const report = buildReport({
      filesScanned: 1,
      pins: [],
      findings: [windowsOnly, applies],
      skipped: [],
      warnings: [],
    });
    const [decision] = pinDecisions(report);
    expect(decision!.lead.advisory.id).toBe('GO-2024-3286');
    expect(decision!.severity).toBe('high');
    expect(notesOtherOs(otherOsNote(['windows'], 'windows'))).toBe(true);
    expect(notesOtherOs('judged as v1.18.4+rke2r1, the release this candidate leads to')).toBe(
      false,
    );
  });
});
