/**
 * Issue 17 "Smaller": `check` applies the settings file's ignores, refuses the flags that choose
 * files, and takes containerd as its packages and images spell it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CheckedVersion } from '../src/check.js';
import { main } from '../src/cli/main.js';
import { DATA_DIR } from './support/db.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/check-settings', import.meta.url));

async function check(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['check', ...args], {
    cwd: FIXTURE,
    dataDir: DATA_DIR,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

const resultsOf = (stdout: string) => (JSON.parse(stdout) as { results: CheckedVersion[] }).results;

describe('check and the settings file', () => {
  it("applies the file's ignores: live ones silence, path-limited ones do not apply, expired ones count", async () => {
    const { code, stdout } = await check(['v1.24.9+rke2r1', '--format', 'json']);
    const [result] = resultsOf(stdout);
    const byId = new Map(result!.advisories.map((a) => [a.id, a]));
    expect(byId.get('KPA-2022-0001')).toMatchObject({
      failing: false,
      ignored: {
        reason: 'these nodes never restart containerd outside a maintenance window',
        expires: null,
      },
    });
    expect(byId.get('GHSA-p45j-vfv5-wprq')).toMatchObject({ failing: true, ignored: null });
    expect(byId.get('GO-2023-1627')).toMatchObject({
      failing: true,
      ignored: { reason: 'waiting for the r2 rollout', expires: '2023-06-30', expired: true },
    });
    expect(code).toBe(1);
  });

  it('says so in the text output', async () => {
    const { stdout } = await check(['v1.24.9+rke2r1']);
    expect(stdout).toMatch(
      /^ {2}ignored KPA-2022-0001 .*\n.*\n {7}ignored by the settings file: these nodes never restart/m,
    );
    expect(stdout).toMatch(
      /^ {2}FAIL GO-2023-1627 .*\n.*\n {7}ignore expired on 2023-06-30: waiting for the r2 rollout$/m,
    );
    // Last, as in scan's text: the date of the advisory data the answer comes from.
    expect(stdout).toMatch(/\n\nAdvisory data as of \d{4}-\d{2}-\d{2} \([^\n]+\)\.\n$/);
  });

  it('an ignore limited to other versions leaves a release alone', async () => {
    const [result] = resultsOf((await check(['v1.25.5+rke2r1', '--format', 'json'])).stdout);
    expect(result!.advisories.find((a) => a.id === 'KPA-2022-0001')).toMatchObject({
      failing: true,
      ignored: null,
    });
  });
});

describe('check refuses the flags that choose files', () => {
  for (const [flag, value] of [
    ['--include', '*.tf'],
    ['--exclude', 'docs/**'],
    ['--max-file-size', '1000'],
  ] as const) {
    it(`${flag}: exit 2, naming the flag`, async () => {
      const { code, stdout, stderr } = await check(['v1.24.9+rke2r1', flag, value]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `kube-pin-audit: ${flag} applies to scan and fix only; check takes versions, not files\n`,
      );
    });
  }
});

describe('check takes containerd as packages and images name it', () => {
  it.each([
    ['containerd.io=1.6.12-1', 'v1.6.12'],
    ['containerd=1.6.12-0ubuntu1~22.04.1', 'v1.6.12'],
    ['containerd.io-1.6.12-3.1.el8', 'v1.6.12'],
    ['containerd.io-1.6.12-3.1.el8.aarch64.rpm', 'v1.6.12'],
    ['containerd.io_1.6.12-1_amd64.deb', 'v1.6.12'],
    ['rancher/hardened-containerd:v1.6.12-k3s1-build20221209', 'v1.6.12-k3s1'],
  ])('%s is containerd %s', async (input, version) => {
    const { code, stdout } = await check([input, '--format', 'json']);
    const [result] = resultsOf(stdout);
    expect(result).toMatchObject({ input, product: 'containerd', version });
    expect(result!.advisories.map((a) => a.id)).toContain('KPA-2022-0001');
    expect(code).toBe(1);
  });

  it('a package name with something else after it is still refused', async () => {
    const { code, stderr } = await check(['containerd.io=latest']);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /'containerd\.io=latest' is not an RKE2, K3s, RFO or containerd version/,
    );
  });
});

describe('check and the pin contexts', () => {
  it("judges a typed version as a deploy pin whatever the file's fail-on-context says", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpa-check-context-'));
    try {
      writeFileSync(join(dir, 'kpa.yml'), 'fail-on-context: [test]\n');
      const code = await main(['check', 'v1.24.9+rke2r1', '--config', 'kpa.yml'], {
        cwd: dir,
        dataDir: DATA_DIR,
        stdout: () => {},
        stderr: () => {},
      });
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the end-of-life finding of a line the bundle data covers only in part', () => {
  it('names no last release older than the pin: K3s 1.21 had releases after its last row', async () => {
    const { stdout } = await check(['v1.21.9+k3s1', '--format', 'json', '--date', '2026-12-06']);
    const eol = resultsOf(stdout)[0]!.advisories.find((a) => a.id === 'KPA-EOL-K3S-1.21');
    expect(eol?.summary).toMatch(/its last K3s 1\.21 release is not known to this data/);
    expect(eol?.summary).not.toMatch(/v1\.21\.7/);
  });
});
