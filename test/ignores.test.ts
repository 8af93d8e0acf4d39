import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Report } from '../src/report/model.js';
import { DATA_DIR } from './support/db.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/ignores', import.meta.url));
let repo: string;

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'kpa-ignores-'));
  cpSync(FIXTURE, repo, { recursive: true });
  mkdirSync(join(repo, '.github'), { recursive: true });
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

async function scan(config: string | null, ...args: string[]) {
  if (config !== null) writeFileSync(join(repo, '.github/kube-pin-audit.yml'), config);
  let stdout = '';
  let stderr = '';
  const code = await main(['scan', '--format', 'json', ...args], {
    cwd: repo,
    dataDir: DATA_DIR,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stderr, report: code === 2 ? null : (JSON.parse(stdout) as Report) };
}

const defectAt = (report: Report, file: string, line: number) =>
  report.findings.find(
    (f) => f.file === file && f.line === line && f.advisory.id === 'KPA-2022-0001',
  )!;

describe('ignores from the config file', () => {
  it('a live ignore silences its finding, which stays in the report', async () => {
    const { report } = await scan(
      'ignore:\n  - id: KPA-2022-0001\n    paths: ["infra/**"]\n    reason: rolling out r2 this sprint\n    expires: 2999-12-31\n',
    );
    const f = defectAt(report!, 'infra/user-data.yaml', 3);
    expect(f.ignored).toEqual({ reason: 'rolling out r2 this sprint', expires: '2999-12-31' });
    expect(f.failing).toBe(false);
  });

  it('an expired ignore no longer does, and says so', async () => {
    const { report } = await scan(
      'ignore:\n  - id: KPA-2022-0001\n    reason: was rolling out\n    expires: 2020-01-31\n',
    );
    const f = defectAt(report!, 'infra/user-data.yaml', 3);
    expect(f.ignored).toEqual({ reason: 'was rolling out', expires: '2020-01-31', expired: true });
    expect(f.failing).toBe(true);
    expect(report!.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(/ignore\.0 \(KPA-2022-0001\) expired on 2020-01-31/),
    );
  });

  it('matches any alias, and limits by version', async () => {
    const { report } = await scan(
      'ignore:\n  - id: containerd/containerd#7843\n    versions: [v1.24.9-rke2r1]\n    reason: tracked in INFRA-12\n',
    );
    expect(defectAt(report!, 'infra/user-data.yaml', 3).ignored?.reason).toBe(
      'tracked in INFRA-12',
    );
    // The settings file names a version, but it is not a pin: it is skipped as the config.
    expect(report!.pins.some((p) => p.file.startsWith('.github/'))).toBe(false);
    expect(report!.skipped).toContainEqual({
      file: '.github/kube-pin-audit.yml',
      reason: 'config',
    });
  });

  it('a live rule wins over an expired one naming the same finding, and neither is called stale', async () => {
    const { report } = await scan(
      'ignore:\n  - id: containerd/containerd#7843\n    reason: old\n    expires: 2020-01-01\n' +
        '  - id: KPA-2022-0001\n    paths: [infra/**]\n    reason: lab cluster\n',
    );
    const f = defectAt(report!, 'infra/user-data.yaml', 3);
    expect(f.ignored).toEqual({ reason: 'lab cluster', expires: null });
    expect(f.failing).toBe(false);
    expect(report!.warnings.some((w) => /ignore\.1 .*matches no finding/.test(w.message))).toBe(
      false,
    );
  });

  it('is read at the scan root when scanning from another folder', async () => {
    writeFileSync(join(repo, '.github/kube-pin-audit.yml'), 'warn-only: true\n');
    let stdout = '';
    // A working folder that does not hold the scanned tree: the tree is the scan root.
    const elsewhere = mkdtempSync(join(tmpdir(), 'kpa-elsewhere-'));
    const code = await main(['scan', repo, '--format', 'json'], {
      cwd: elsewhere,
      dataDir: DATA_DIR,
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
    });
    rmSync(elsewhere, { recursive: true, force: true });
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Report).summary.failing).toBe(0);
  });

  it('an entry that matches nothing is reported as stale', async () => {
    const { report } = await scan(
      'ignore:\n  - id: CVE-1999-0001\n    reason: copied from another repo\n',
    );
    expect(report!.warnings).toContainEqual({
      file: '.github/kube-pin-audit.yml',
      message: 'ignore.0 (CVE-1999-0001) matches no finding in this scan: remove it if it is stale',
    });
  });

  it('an ignore without a reason exits 2 asking for one', async () => {
    const { code, stderr } = await scan(
      'ignore:\n  - id: KPA-2022-0001\n    expires: 2999-01-01\n',
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      "kube-pin-audit: .github/kube-pin-audit.yml:2: 'ignore.0.reason' is required: say why this finding may be ignored\n",
    );
  });

  it('a misspelled key exits 2 naming it and the closest key', async () => {
    const { code, stderr } = await scan('fail-on-severty: critical\n');
    expect(code).toBe(2);
    expect(stderr).toBe(
      "kube-pin-audit: .github/kube-pin-audit.yml:1: unknown key 'fail-on-severty' (did you mean 'fail-on-severity'?)\n",
    );
  });

  it('a bad expiry date exits 2 naming the key', async () => {
    const { code, stderr } = await scan(
      'ignore:\n  - id: X\n    reason: y\n    expires: next week\n',
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/:4: 'ignore\.0\.expires' must be a date written YYYY-MM-DD/);
  });

  it('a date that does not exist exits 2, and a misspelled ignore key gets the closest one', async () => {
    const bad = await scan('ignore:\n  - id: X\n    reason: y\n    expires: 2025-02-30\n');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/'ignore\.0\.expires' must be a real date \(got '2025-02-30'\)/);
    const typo = await scan('ignore:\n  - id: X\n    path: [infra/**]\n    reason: y\n');
    expect(typo.stderr).toMatch(/:3: unknown key 'ignore\.0\.path' \(did you mean 'paths'\?\)/);
  });

  it('flags win over the file', async () => {
    const { report } = await scan('fail-on-severity: critical\n', '--fail-on-severity', 'high');
    expect(defectAt(report!, 'infra/user-data.yaml', 3).failing).toBe(true);
    const fromFile = await scan('fail-on-severity: critical\nwarn-only: true\n');
    expect(fromFile.report!.summary.failing).toBe(0);
  });
});

describe('inline ignores', () => {
  it('cover the line they are on and the next, with their reason', async () => {
    const { report } = await scan(null);
    expect(defectAt(report!, 'edge/install.sh', 3).ignored).toEqual({
      reason: 'edge nodes never restart containerd outside maintenance',
      expires: null,
      inline: true,
    });
    // At the end of a pin's line, a directive covers that line only (line 6 holds its own pin).
    expect(defectAt(report!, 'edge/install.sh', 5).ignored?.reason).toBe('lab only');
    expect(defectAt(report!, 'edge/install.sh', 6).ignored).toBeNull();
    // Without a reason the directive is not applied, and a warning says why.
    expect(defectAt(report!, 'edge/install.sh', 4).ignored).toBeNull();
    expect(report!.warnings).toContainEqual({
      file: 'edge/install.sh',
      line: 4,
      message: "inline ignore of KPA-2022-0001 has no reason ('-- why'): not applied",
    });
  });
});
