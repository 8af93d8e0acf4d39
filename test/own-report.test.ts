/**
 * The scan's own reports (issue 17 item 3) and the context settings on the command line: a
 * report this run writes, or any kube-pin-audit report left in the tree, yields no pins and is
 * listed as skipped; `--fail-on-context` and `--context` reach the one place that decides.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inlineSettingsFromInputs } from '../src/action/inputs.js';
import { main } from '../src/cli/main.js';
import { resolveSettings } from '../src/config/load.js';
import type { Report } from '../src/report/model.js';
import { isToolReport } from '../src/scan/own-report.js';
import { DATA_DIR } from './support/db.js';

let tree: string;

beforeEach(() => {
  tree = mkdtempSync(join(tmpdir(), 'kpa-own-report-'));
  mkdirSync(join(tree, 'infra'));
  mkdirSync(join(tree, 'tests/smoke'), { recursive: true });
  writeFileSync(
    join(tree, 'infra/user-data.yaml'),
    '#cloud-config\nruncmd:\n  - curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=v1.24.9+rke2r1 sh -\n',
  );
  writeFileSync(
    join(tree, 'tests/smoke/install.sh'),
    '#!/bin/sh\ncurl -sfL https://get.k3s.io | INSTALL_K3S_VERSION=v1.25.5+k3s1 sh -\n',
  );
});

afterEach(() => rmSync(tree, { recursive: true, force: true }));

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: tree,
    dataDir: DATA_DIR,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

const readReport = (file: string) => JSON.parse(readFileSync(join(tree, file), 'utf8')) as Report;

describe("the run's own output", () => {
  it('--output report.json, run twice: the second run skips it and finds the same', async () => {
    const first = await cli(['scan', '.', '--format', 'json', '--output', 'report.json']);
    const before = readReport('report.json');
    const second = await cli(['scan', '.', '--format', 'json', '--output', 'report.json']);
    const after = readReport('report.json');
    expect(second.code).toBe(first.code);
    expect(after.pins).toEqual(before.pins);
    expect(after.summary.failing).toBe(before.summary.failing);
    expect(after.skipped).toContainEqual({ file: 'report.json', reason: 'output' });
  });

  it('--format sarif --output, run twice: the same', async () => {
    await cli(['scan', '.', '--format', 'sarif', '--output', 'out/scan.sarif']);
    const json = await cli(['scan', '.', '--format', 'json']);
    const report = JSON.parse(json.stdout) as Report;
    // Not this run's output: recognized by its content.
    expect(report.skipped).toEqual([{ file: 'out/scan.sarif', reason: 'kube-pin-audit-report' }]);
    expect(report.pins.map((p) => p.file)).not.toContain('out/scan.sarif');
    const again = await cli(['scan', '.', '--format', 'sarif', '--output', 'out/scan.sarif']);
    expect(again.code).toBe(1);
  });

  it('an earlier report under another name yields no pins and is counted as skipped', async () => {
    await cli(['scan', '.', '--format', 'json', '--output', 'report.json']);
    renameSync(join(tree, 'report.json'), join(tree, 'last-week.json'));
    const { stdout } = await cli(['scan', '.', '--format', 'json']);
    const report = JSON.parse(stdout) as Report;
    expect(report.skipped).toEqual([{ file: 'last-week.json', reason: 'kube-pin-audit-report' }]);
    expect(report.summary.filesSkipped).toBe(1);
    expect(report.summary.filesScanned).toBe(2);
    expect(new Set(report.pins.map((p) => p.file))).toEqual(
      new Set(['infra/user-data.yaml', 'tests/smoke/install.sh']),
    );
  });
});

describe('a kube-pin-audit report, by its content', () => {
  it.each([
    ['JSON report', '{"schemaVersion":1,"tool":{"name":"kube-pin-audit","version":"0.1.0"}}'],
    [
      'JSON report, keys reordered',
      '\n{ "pins": [], "tool": { "version": "9", "name": "kube-pin-audit" } }',
    ],
    [
      'SARIF',
      '{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"kube-pin-audit"}},"results":[]}]}',
    ],
  ])('%s is one', (_, text) => {
    expect(isToolReport(text)).toBe(true);
  });

  it.each([
    ['another tool', '{"tool":{"name":"trivy"},"pins":["v1.24.9+rke2r1"]}'],
    ['a file naming the tool elsewhere', '{"extends":["kube-pin-audit"],"k3s":"v1.24.9+k3s1"}'],
    ['a YAML file', 'tool:\n  name: "kube-pin-audit"\n'],
    ['broken JSON', '{"tool":{"name":"kube-pin-audit"'],
    ['a JSON list', '[{"tool":{"name":"kube-pin-audit"}}]'],
  ])('%s is not', (_, text) => {
    expect(isToolReport(text)).toBe(false);
  });
});

describe('context settings on the command line and as inputs', () => {
  it('by default a tests/ pin is reported but does not fail', async () => {
    const { stdout } = await cli(['scan', 'tests', '--format', 'json']);
    const report = JSON.parse(stdout) as Report;
    expect(report.pins.map((p) => p.context)).toEqual(['test']);
    expect(report.summary.pinsByContext).toEqual({ deploy: 0, test: 1, catalog: 0, docs: 0 });
    expect(report.summary.failing).toBe(0);
  });

  it('--fail-on-context deploy,test lets it fail', async () => {
    const run = await cli(['scan', 'tests', '--fail-on-context', 'deploy,test']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /tests\/smoke\/install\.sh\n {2}2:\d+ +k3s +v1\.25\.5\+k3s1 +shell, test data/,
    );
  });

  it('--context deploy=GLOB moves it to deploy', async () => {
    const run = await cli([
      'scan',
      'tests',
      '--format',
      'json',
      '--context',
      'deploy=tests/smoke/**',
    ]);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as Report).pins[0]!.context).toBe('deploy');
  });

  it('refuses a context that does not exist, naming the flag', async () => {
    const badContext = await cli(['scan', '.', '--context', 'prod=infra/**']);
    expect(badContext.code).toBe(2);
    expect(badContext.stderr).toMatch(
      /--context must be CONTEXT=GLOB with CONTEXT one of deploy, test, catalog, docs \(got 'prod=infra\/\*\*'\)/,
    );
    const badFail = await cli(['scan', '.', '--fail-on-context', 'prod']);
    expect(badFail.code).toBe(2);
    expect(badFail.stderr).toMatch(/--fail-on-context must be one of deploy, test, catalog, docs/);
  });

  it('refuses a wrong key or value in the settings file, naming the line', async () => {
    writeFileSync(
      join(tree, 'kpa.yml'),
      'fail-on-context: [deploy]\ncontexts:\n  tests: [e2e/**]\n',
    );
    const unknown = await cli(['scan', '.', '--config', 'kpa.yml']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /kpa\.yml:3: unknown key 'contexts\.tests' \(did you mean 'test'\?\)/,
    );
    writeFileSync(join(tree, 'kpa.yml'), 'fail-on-context: []\n');
    const empty = await cli(['scan', '.', '--config', 'kpa.yml']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/kpa\.yml:1: 'fail-on-context' must name at least one context/);
  });

  it('takes the settings file contexts, and the action inputs as YAML', async () => {
    writeFileSync(join(tree, 'kpa.yml'), 'contexts:\n  test: [infra/**]\n');
    const run = await cli(['scan', '.', '--config', 'kpa.yml', '--format', 'json']);
    expect(run.code).toBe(0);
    const inputs: Record<string, string> = {
      contexts: 'test: [e2e/**]\ndeploy:\n  - tests/prod-smoke/**\n',
      'fail-on-context': 'deploy, catalog',
    };
    const settings = resolveSettings(
      null,
      inlineSettingsFromInputs((n) => inputs[n] ?? ''),
      (k) => k,
    );
    expect(settings.contexts).toEqual({ test: ['e2e/**'], deploy: ['tests/prod-smoke/**'] });
    expect(settings['fail-on-context']).toEqual(['deploy', 'catalog']);
    expect(() =>
      resolveSettings(
        null,
        inlineSettingsFromInputs((n) => (n === 'contexts' ? 'e2e/**' : '')),
        (k) => `input '${k}'`,
      ),
    ).toThrow(/input 'contexts' must be a mapping \(key: value\)/);
  });
});
