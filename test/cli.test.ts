import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Report } from '../src/report/model.js';
import type { SarifLog } from '../src/report/sarif.js';
import { DATA_DIR } from './support/db.js';

const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Scans and checks are judged on one day (end of life, ignore expiry), not on today. */
const SCAN_DATE = '2023-01-10';

async function cli(args: string[], cwd = FIXTURES) {
  let stdout = '';
  let stderr = '';
  const dated =
    (args[0] === 'scan' || args[0] === 'check') && !args.includes('--date')
      ? [...args, '--date', SCAN_DATE]
      : args;
  const code = await main(dated, {
    cwd,
    dataDir: DATA_DIR,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('scan', () => {
  it('fails on an affected pin and names the fix', async () => {
    const { code, stdout } = await cli(['scan', 'cli/affected', '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.pins.map((p) => [p.file, p.line, p.version, p.inComment])).toEqual([
      ['cli/affected/user-data.yaml', 3, 'v1.24.9+rke2r1', false],
      ['cli/affected/user-data.yaml', 4, 'v1.25.5+rke2r1', true],
    ]);
    const defect = report.findings.find((f) => f.advisory.id === 'KPA-2022-0001')!;
    expect(defect).toMatchObject({
      file: 'cli/affected/user-data.yaml',
      line: 3,
      column: 58,
      version: 'v1.24.9+rke2r1',
      via: null,
      fixedIn: ['v1.24.9+rke2r2'],
      suggestion: 'v1.24.9+rke2r2',
      failing: true,
      ignored: null,
    });
    expect(defect.advisory.url).toMatch(/^https:\/\//);
    // The commented-out pin is listed but is never a finding.
    expect(report.findings.some((f) => f.line === 4)).toBe(false);
    expect(report.summary.failing).toBe(report.findings.filter((f) => f.failing).length);
  });

  it('passes a tree whose only mention is documentation, and finds no look-alikes', async () => {
    const { code, stdout } = await cli(['scan', 'cli/clean', '--format', 'json']);
    const report = JSON.parse(stdout) as Report;
    expect(report.pins.map((p) => [p.file, p.form])).toEqual([
      ['cli/clean/docs.md', 'documentation'],
    ]);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => !f.failing)).toBe(true);
    expect(code).toBe(0);
  });

  it('--include and --exclude take globs with and without a folder', async () => {
    const { stdout } = await cli(['scan', 'cli', '--exclude', 'cli/clean/**', '--format', 'json']);
    const report = JSON.parse(stdout) as Report;
    expect(report.pins.every((p) => p.file.startsWith('cli/affected/'))).toBe(true);
    expect(report.skipped).toContainEqual({ file: 'cli/clean/', reason: 'excluded' });
    const only = JSON.parse(
      (await cli(['scan', 'cli', '--include', '*.md', '--format', 'json'])).stdout,
    ) as Report;
    expect(only.pins.map((p) => p.file)).toEqual(['cli/clean/docs.md']);
    expect(only.skipped).toContainEqual({
      file: 'cli/affected/user-data.yaml',
      reason: 'not-included',
    });
  });

  it('--warn-only reports findings and exits 0', async () => {
    const { code, stdout } = await cli(['scan', 'cli/affected', '--warn-only', '--format', 'json']);
    const report = JSON.parse(stdout) as Report;
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.summary.failing).toBe(0);
    expect(code).toBe(0);
  });

  it('--fail-on-severity critical lets a high finding pass', async () => {
    const { stdout } = await cli([
      'scan',
      'cli/affected',
      '--fail-on-severity',
      'critical',
      '--format',
      'json',
    ]);
    const report = JSON.parse(stdout) as Report;
    expect(
      report.findings.filter((f) => f.failing).every((f) => f.advisory.severity === 'critical'),
    ).toBe(true);
    expect(report.findings.find((f) => f.advisory.id === 'KPA-2022-0001')?.failing).toBe(false);
  });

  it('prints text grouped by file, one decision per pin, and a summary line', async () => {
    const { stdout } = await cli(['scan', 'cli/affected']);
    expect(stdout).toContain('cli/affected/user-data.yaml\n  3:58');
    // One decision per pin: the release to move to, the most urgent advisory and the count of
    // the others, and the release on the pin's own line that fixes that advisory.
    expect(stdout).toMatch(
      /\n {2}FAIL {4}cli\/affected\/user-data\.yaml:3 {2}v1\.24\.9\+rke2r1 -> v1\.\d+\.\d+\+rke2r\d+\n {10}KPA-2022-0001 \(high defect\): [^\n]+; \d+ more failing advisories\n {10}same line: v1\.24\.9\+rke2r2 fixes KPA-2022-0001\n/,
    );
    expect(stdout).not.toMatch(/GO-\d{4}-\d+/);
    expect(stdout).toContain('Every advisory of a release: kube-pin-audit check VERSION');
    expect(stdout).toMatch(/1 files scanned, 0 skipped, 2 pins, \d+ findings \(\d+ failing\)\n$/);
  });

  it.each([
    [
      ['scan', '--format', 'yaml'],
      /--format must be one of text, json, sarif, markdown \(got 'yaml'\)/,
    ],
    [
      ['scan', '--fail-on-severity', 'severe'],
      /--fail-on-severity must be one of low, medium, high, critical/,
    ],
    [['scan', '--bogus'], /^kube-pin-audit: Unknown option '--bogus'; see --help\n$/],
    [['scan', 'no/such/path'], /path not found: no\/such\/path/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [[], /^Usage:/],
    [['scan', '--max-file-size', 'big'], /--max-file-size must be a positive whole number/],
    // The report's folder is made as needed; a file where a folder should be cannot be.
    [
      ['scan', 'cli/clean', '--output', 'cli/clean/build.sh/report.json'],
      /--output: cannot write cli\/clean\/build\.sh\/report\.json \((?:ENOTDIR|EEXIST)\)/,
    ],
  ])('%j exits 2 with one line naming the problem', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    // Without a command the usage is the message; otherwise one line.
    if (args.length) expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('the text report names a pin as a search of its file finds it', () => {
  it('shows the spelling as written, and the column of pins that share a line', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kpa-written-'));
    try {
      writeFileSync(join(root, 'Dockerfile'), 'FROM rancher/k3s:v1.24.9-k3s1\n');
      writeFileSync(
        join(root, 'matrix.tfvars'),
        'versions = ["v1.24.9+rke2r1", "v1.25.5+rke2r1"]\n',
      );
      const { stdout } = await cli(['scan', '.'], root);
      expect(stdout).toMatch(
        /^ {2}FAIL {4}Dockerfile:1 {2}v1\.24\.9\+k3s1 \(written v1\.24\.9-k3s1\) -> /m,
      );
      expect(stdout).toMatch(/^ {2}FAIL {4}matrix\.tfvars:1:14 {2}v1\.24\.9\+rke2r1 -> /m);
      expect(stdout).toMatch(/^ {2}FAIL {4}matrix\.tfvars:1:32 {2}v1\.25\.5\+rke2r1 -> /m);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('scan --format markdown', () => {
  it('is not cut to a pull request comment, and says where the rest is when it is cut', async () => {
    // 120 pins of 12 old releases: far more than a comment's 65,536 characters.
    const root = mkdtempSync(join(tmpdir(), 'kpa-md-'));
    try {
      for (let i = 0; i < 120; i++) {
        writeFileSync(
          join(root, `stack-${i}.tfvars`),
          `rke2_version = "v1.2${i % 6}.${4 + (i % 2)}+rke2r1"\n`,
        );
      }
      const { stdout } = await cli(['scan', '.', '--format', 'markdown'], root);
      expect(stdout.length).toBeGreaterThan(65_536);
      expect(stdout).not.toMatch(/not shown/);
      for (let i = 0; i < 120; i++) expect(stdout).toContain(`stack-${i}.tfvars`);
      expect(stdout).not.toMatch(/job summary/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the warning for a release missing from the bundle data', () => {
  it('names its first pin that can fail, never a commented-out one or one in the docs', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kpa-unknown-'));
    try {
      mkdirSync(join(root, 'docs'));
      writeFileSync(join(root, 'docs', 'guide.md'), 'Run v1.99.1+rke2r1 here.\n');
      writeFileSync(join(root, 'a.tfvars'), '# rke2_version = "v1.99.1+rke2r1"\n');
      writeFileSync(join(root, 'b.tfvars'), 'rke2_version = "v1.99.1+rke2r1"\n');
      // Only in a comment, or only in the docs: nothing that can fail was matched short.
      writeFileSync(join(root, 'c.tfvars'), '# k3s_version = "v1.99.2+k3s1"\n');
      writeFileSync(join(root, 'docs', 'old.md'), 'We ran v1.99.3+k3s1 once.\n');
      const { stdout } = await cli(['scan', '.', '--format', 'json'], root);
      const report = JSON.parse(stdout) as Report;
      expect(report.warnings).toEqual([
        {
          file: 'b.tfvars',
          line: 1,
          message:
            'v1.99.1+rke2r1 is not in the bundle data: matched on its own advisories only, its bundled containerd and runc are unknown',
        },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('scan --format sarif past 25,000 findings', () => {
  it('keeps the 25,000 most urgent and warns on standard error', async () => {
    // 51 files of 10 pins of v1.20.4+rke2r1 (50 advisories each): 25,500 findings.
    const root = mkdtempSync(join(tmpdir(), 'kpa-sarif-many-'));
    try {
      const body = Array.from({ length: 10 }, (_, i) => `v${i} = "v1.20.4+rke2r1"\n`).join('');
      for (let i = 0; i < 51; i++) writeFileSync(join(root, `stack-${i}.tfvars`), body);
      const { code, stdout, stderr } = await cli(['scan', '.', '--format', 'sarif'], root);
      expect(code).toBe(1);
      const log = JSON.parse(stdout) as SarifLog;
      expect(log.runs[0].results).toHaveLength(25_000);
      expect(log.runs[0].invocations?.[0]?.toolExecutionNotifications[0]?.message.text).toMatch(
        /^25500 findings: the SARIF log keeps the 25000 most urgent/,
      );
      expect(stderr).toMatch(/^kube-pin-audit: warning: 25500 findings: the SARIF log keeps/m);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('user advisories', () => {
  it('takes a plain OSV record as published', async () => {
    const { code, stdout } = await cli([
      'check',
      '1.6.50',
      '--advisories',
      'advisories/plain-osv-containerd.json',
      '--format',
      'json',
    ]);
    const [result] = JSON.parse(stdout).results;
    expect(result.advisories.map((a: { id: string }) => a.id)).toContain('TEST-OSV-0001');
    const mine = result.advisories.find((a: { id: string }) => a.id === 'TEST-OSV-0001');
    expect(mine).toMatchObject({ severity: 'high', suggestion: 'v1.6.99', fixedIn: ['v1.6.99'] });
    expect(code).toBe(1);
  });

  it('a malformed file exits 2 naming the file and the field', async () => {
    const { code, stderr } = await cli([
      'check',
      '1.6.12',
      '--advisories',
      'advisories/malformed-ecosystem.json',
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /advisories\/malformed-ecosystem\.json: affected\.0\.package\.ecosystem/,
    );
  });

  it('a missing advisory path exits 2', async () => {
    const { code, stderr } = await cli(['check', '1.6.12', '--advisories', 'advisories/nope.json']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/advisories\/nope\.json: advisory file or folder not found/);
  });
});

describe('check', () => {
  it('names v1.24.9+rke2r2 as the #7843 fix and the nearest clean release', async () => {
    const { code, stdout } = await cli(['check', 'v1.24.9+rke2r1', '--format', 'json']);
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout).results;
    expect(result.product).toBe('rke2');
    expect(result.bundle).toMatchObject({ containerd: 'v1.6.12-k3s1', runc: 'v1.1.4' });
    const defect = result.advisories.find((a: { id: string }) => a.id === 'KPA-2022-0001');
    expect(defect).toMatchObject({ suggestion: 'v1.24.9+rke2r2', severity: 'high', failing: true });
    expect(result.upgradeTo).toMatch(/^v1\.\d+\.\d+\+rke2r\d+$/);
    const text = await cli(['check', 'v1.24.9+rke2r1']);
    expect(text.stdout).toContain('KPA-2022-0001');
    expect(text.stdout).toContain('fix: v1.24.9+rke2r2');
    expect(text.stdout).toContain(
      `nearest release free of failing advisories: ${result.upgradeTo}`,
    );
  });

  it('accepts every spelling and reports a release without bundle data', async () => {
    const { stdout } = await cli([
      'check',
      'v1.24.9%2Brke2r2',
      'v1.26.4+rfor1',
      '--format',
      'json',
    ]);
    const [rke2, rfo] = JSON.parse(stdout).results;
    expect(rke2.version).toBe('v1.24.9+rke2r2');
    expect(rke2.advisories.some((a: { id: string }) => a.id === 'KPA-2022-0001')).toBe(false);
    expect(rfo).toMatchObject({ product: 'rfo', bundleKnown: false, bundle: null });
  });

  it('refuses channels and unknown text with exit 2', async () => {
    expect((await cli(['check', 'stable'])).stderr).toMatch(/'stable' is a channel, not a version/);
    expect((await cli(['check', 'go1.19.4'])).code).toBe(2);
    expect((await cli(['check', 'v1.26.0'])).stderr).toMatch(
      /'v1\.26\.0' looks like a Kubernetes version; give the release, e\.g\. v1\.26\.0\+rke2r1/,
    );
    expect((await cli(['check'])).code).toBe(2);
  });
});

describe('the committed bundle', () => {
  it('dist/cli.js runs the same engine as a process, with the exit code', () => {
    const version = execFileSync(process.execPath, ['dist/cli.js', '--version'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const run = spawnSync(
      process.execPath,
      [`${ROOT}/dist/cli.js`, 'scan', 'examples', '--format', 'json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(
      report.findings.some(
        (f) => f.file === 'examples/terraform/variables.tf' && f.advisory.id === 'KPA-2022-0001',
      ),
    ).toBe(true);
  });
});

describe('the JSON report', () => {
  it('is written in pieces: keys indented, one line per pin, finding, skip and warning', async () => {
    const { renderJson } = await import('../src/report/json.js');
    const { stdout } = await cli(['scan', 'cli', '--format', 'json']);
    const report = JSON.parse(stdout) as Report;
    expect(renderJson(report)).toBe(stdout);
    const lines = stdout.split('\n');
    expect(lines).toContain('  "schemaVersion": 1,');
    const itemLines = new Set(lines.map((l) => l.trim().replace(/,$/, '')));
    for (const finding of report.findings)
      expect(itemLines.has(JSON.stringify(finding))).toBe(true);
    const empty = { ...report, pins: [], findings: [], skipped: [], warnings: [] };
    expect(JSON.parse(renderJson(empty))).toEqual(empty);
    expect(renderJson(empty)).toBe(`${JSON.stringify(empty, null, 2)}\n`);
  });

  it('writes each finding line exactly as JSON.stringify would, whatever the finding holds', async () => {
    const { renderJson } = await import('../src/report/json.js');
    const advisory = {
      id: 'GHSA-x',
      aliases: ['CVE-1'],
      kind: 'security' as const,
      severity: 'high' as const,
      summary: 'a "quoted" summary\nwith a newline',
      url: 'https://example.test/x',
    };
    const fixedIn = ['v1.24.9+rke2r2'];
    const pin = {
      file: 'a "b"/\u2028é\ud800.tf',
      line: 3,
      column: 7,
      product: 'rke2' as const,
      version: 'v1.24.9+rke2r1',
      text: 'v1.24.9+rke2r1',
      form: 'terraform' as const,
      inComment: false,
      upgradeTo: null,
    };
    const base = {
      ...pin,
      advisory,
      via: { component: 'containerd', version: '1.6.12' },
      fixedIn,
      suggestion: 'v1.24.9+rke2r2',
      failing: true,
      ignored: null,
    };
    const findings = [
      base,
      { ...base, failing: false, ignored: { reason: 'lab', expires: null } },
      { ...base, ignored: { reason: 'old', expires: '2020-01-01', expired: true } },
      { ...base, via: null, suggestion: null, fixedIn: [] },
      { ...base, line: 4, introduced: true },
      { ...base, line: 5, introduced: false, upgradeTo: 'v1.33.13+rke2r1' },
      { ...base, line: 6, note: 'applies to Windows nodes only; "quoted"' },
      { ...base, line: 7, introduced: true, note: 'judged as v1.26.0+rke2r1' },
      { ...base, line: 8, note: 'x', introduced: true },
      { ...base, extra: 'not a finding key' },
      { advisory, ...pin, via: null, fixedIn, suggestion: null, failing: true, ignored: null },
    ];
    const report = JSON.parse(
      renderJson({ ...emptyReport(), findings } as unknown as Report),
    ) as Report;
    const lines = renderJson({ ...emptyReport(), findings } as unknown as Report)
      .split('\n')
      .filter((l) => l.startsWith('    {'))
      .map((l) => l.trim().replace(/,$/, ''));
    expect(lines).toEqual(findings.map((f) => JSON.stringify(f)));
    expect(report.findings).toEqual(JSON.parse(JSON.stringify(findings)));
  });
});

describe('the report writer', () => {
  it('writes text and encoded pieces in order, whatever their size', async () => {
    const { writeReportFile, writePieces } = await import('../src/report/write.js');
    const dir = mkdtempSync(join(tmpdir(), 'kpa-write-'));
    try {
      const big = Buffer.alloc(3 * 1024 * 1024 + 7, 'b');
      const pieces = ['é', Buffer.from('ü,'), 'x'.repeat(700_000), big, 'z', Buffer.from('\n')];
      const expected = `é${'ü,'}${'x'.repeat(700_000)}${big.toString()}z\n`;
      writeReportFile(join(dir, 'deep', 'report.json'), pieces);
      expect(readFileSync(join(dir, 'deep', 'report.json'), 'utf8')).toBe(expected);
      // Writes of up to 64 KiB (the default) or 4 bytes; a larger piece is written on its own.
      for (const size of [undefined, 4]) {
        const chunks: Buffer[] = [];
        writePieces(pieces, (bytes) => chunks.push(Buffer.from(bytes)), size);
        expect(Buffer.concat(chunks).toString()).toBe(expected);
        expect(chunks.map((c) => c.length)).toEqual(
          size ? [2, 3, 700_000, big.length, 2] : [5, 700_000, big.length, 2],
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function emptyReport(): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'kube-pin-audit', version: '0' },
    summary: {
      filesScanned: 0,
      filesSkipped: 0,
      pins: 0,
      findings: 0,
      failing: 0,
      pinsByContext: { deploy: 0, test: 0, catalog: 0, docs: 0 },
    },
    pins: [],
    findings: [],
    skipped: [],
    warnings: [],
    data: null,
  };
}

describe('plain OSV records for RKE2/K3s', () => {
  it('read ecosystem_specific.custom_ranges and name releases for plain Kubernetes versions', async () => {
    const { stdout, stderr } = await cli([
      'check',
      'v1.33.9+k3s1',
      'v1.37.1+k3s1',
      '--advisories',
      'advisories/plain-osv-k3s.json',
      '--format',
      'json',
    ]);
    const [old, current] = JSON.parse(stdout).results;
    const mine = old.advisories.find((a: { id: string }) => a.id === 'TEST-OSV-K3S');
    expect(mine).toMatchObject({ suggestion: 'v1.33.10+k3s1', fixedIn: ['v1.33.10+k3s1'] });
    expect(current.advisories.some((a: { id: string }) => a.id === 'TEST-OSV-K3S')).toBe(false);
    expect(stderr).toContain('no severity in the record; taken as high');
  });
});

describe('an RFO release', () => {
  it('is matched and named a fix though RFO has no support data (the releases above it have no line support)', async () => {
    const { code, stdout } = await cli([
      'check',
      'v1.32.5+rfor1',
      '--advisories',
      'advisories/rfo-fixed.json',
      '--format',
      'json',
    ]);
    expect(code).toBe(1);
    const [result] = JSON.parse(stdout).results;
    expect(result.advisories.find((a: { id: string }) => a.id === 'TEST-RFO-FIXED')).toMatchObject({
      suggestion: 'v1.32.6+rfor1',
      fixedIn: ['v1.32.6+rfor1'],
    });
  });
});
