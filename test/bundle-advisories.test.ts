/**
 * Issue 12 and issue 17 item 12: Kubernetes and etcd advisories through each release's bundle,
 * Windows-only advisories, end of life on the scan date, the data's date, release candidates.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkVersions } from '../src/check.js';
import { main } from '../src/cli/main.js';
import type { Database } from '../src/advisories/types.js';
import type { Report } from '../src/report/model.js';
import { DATA_DIR, projectDb } from './support/db.js';

const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
const HIGH = { failOnSeverity: 'high', warnOnly: false, scope: 'all' } as const;

function check(version: string, date: string, db: Database = projectDb(), policy = HIGH) {
  return checkVersions([version], db, policy, { date, endOfLife: 'medium' })[0]!;
}

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd: FIXTURES,
    dataDir: DATA_DIR,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** A line ending later than every date these tests use: (1.35 ends 2027-02-28, 1.36 2027-06-28). */
function line(version: string): string {
  return /^v(\d+\.\d+)\./.exec(version)![1]!;
}

describe('check v1.24.9+rke2r1 on 2026-12-06', () => {
  const r = check('v1.24.9+rke2r1', '2026-12-06');

  it('reaches CVE-2023-2727 through its Kubernetes v1.24.9', () => {
    expect(r.advisories.find((a) => a.aliases.includes('CVE-2023-2727'))).toMatchObject({
      id: 'GO-2023-1891',
      via: { component: 'kubernetes', version: 'v1.24.9' },
    });
  });

  it('reaches etcd advisories through its etcd fork build, compared by its base v3.5.4', () => {
    const etcd = r.advisories.filter((a) => a.via?.component === 'etcd');
    expect(etcd.map((a) => a.id)).toContain('GO-2026-4806');
    expect(etcd.every((a) => a.via!.version === 'v3.5.4-k3s1')).toBe(true);
  });

  it('reports its line past its end of life, naming a release on a supported line', () => {
    const eol = r.advisories.find((a) => a.kind === 'end-of-life')!;
    expect(eol).toMatchObject({ id: 'KPA-EOL-RKE2-1.24', severity: 'medium', failing: false });
    expect(eol.summary).toContain('Kubernetes 1.24 support ended 2023-07-28');
    expect(eol.summary).toContain('v1.24.17+rke2r1');
    expect(['1.35', '1.36']).toContain(line(eol.suggestion!));
    expect(['1.35', '1.36']).toContain(line(r.upgradeTo!));
  });

  it('never suggests a release on an ended line, although the defect is fixed in v1.24.9+rke2r2', () => {
    const defect = r.advisories.find((a) => a.id === 'KPA-2022-0001')!;
    expect(defect.fixedIn).toEqual(['v1.24.9+rke2r2']);
    for (const a of r.advisories.filter((x) => x.suggestion)) {
      expect(['1.35', '1.36']).toContain(line(a.suggestion!));
    }
  });
});

describe('end of life depends on the scan date', () => {
  it('v1.33.13+rke2r1 is past its end of life on 2026-12-06, not on 2026-03-01', () => {
    const ids = (date: string) => check('v1.33.13+rke2r1', date).advisories.map((a) => a.id);
    expect(ids('2026-12-06')).toContain('KPA-EOL-RKE2-1.33');
    expect(ids('2026-03-01')).not.toContain('KPA-EOL-RKE2-1.33');
  });

  it('a line ending within 60 days gets a low notice', () => {
    const notice = check('v1.35.7+rke2r1', '2027-01-10').advisories.find(
      (a) => a.id === 'KPA-EOL-RKE2-1.35',
    );
    expect(notice).toMatchObject({ severity: 'low', kind: 'end-of-life' });
    expect(notice!.summary).toContain('ends 2027-02-28 (in 49 days)');
  });

  it('the setting changes the severity or turns it off', () => {
    const db = projectDb();
    const at = (endOfLife: 'off' | 'high') =>
      checkVersions(['v1.33.13+k3s1'], db, HIGH, { date: '2026-12-06', endOfLife })[0]!;
    expect(at('off').advisories.some((a) => a.kind === 'end-of-life')).toBe(false);
    expect(at('high').advisories.find((a) => a.kind === 'end-of-life')).toMatchObject({
      id: 'KPA-EOL-K3S-1.33',
      severity: 'high',
      failing: true,
    });
  });

  it('says so when no release on a supported line is known', () => {
    // Every RKE2 line in the data (the newest is 1.36) has ended by 2028.
    const r = check('v1.30.14+rke2r4', '2028-01-01');
    const eol = r.advisories.find((a) => a.kind === 'end-of-life')!;
    expect(eol.suggestion).toBeNull();
    expect(eol.summary).toContain('no release on a line supported on 2028-01-01 is known');
    expect(r.upgradeTo).toBeNull();
  });
});

describe('scan: the --date flag, the data date and Windows nodes', () => {
  it('CVE-2023-3676 (Windows nodes) fails the PowerShell pin, not the Linux install script', async () => {
    const { stdout } = await cli(['scan', 'node-os', '--format', 'json', '--date', '2026-12-06']);
    const report = JSON.parse(stdout) as Report;
    const cve = report.findings.filter((f) => f.advisory.aliases.includes('CVE-2023-3676'));
    const byFile = Object.fromEntries(cve.map((f) => [f.file, f]));
    expect(byFile['node-os/scripts/install-agent.ps1']).toMatchObject({ failing: true });
    expect(byFile['node-os/pools/windows/terraform.tfvars']).toMatchObject({
      failing: true,
    });
    expect(byFile['node-os/scripts/install-server.sh']).toMatchObject({ failing: false });
    expect(byFile['node-os/scripts/install-server.sh']!.note).toContain(
      'applies to Windows nodes only',
    );
  });

  it('Windows pins of RKE2 are matched through its Windows bundle', async () => {
    const { stdout } = await cli(['scan', 'node-os', '--format', 'json', '--date', '2026-12-06']);
    const report = JSON.parse(stdout) as Report;
    const viaContainerd = (file: string) =>
      new Set(
        report.findings
          .filter((f) => f.file === file && f.via?.component === 'containerd')
          .map((f) => f.via!.version),
      );
    expect(viaContainerd('node-os/scripts/install-agent.ps1')).toEqual(new Set(['v1.6.12']));
    expect(viaContainerd('node-os/scripts/install-server.sh')).toEqual(new Set(['v1.6.12-k3s1']));
    // Windows agents run no etcd and no runc.
    expect(
      report.findings.some(
        (f) =>
          f.file.endsWith('.ps1') && (f.via?.component === 'etcd' || f.via?.component === 'runc'),
      ),
    ).toBe(false);
  });

  it('the JSON report carries the data date and sources; old data gets a warning', async () => {
    const fresh = JSON.parse(
      (await cli(['scan', 'node-os', '--format', 'json', '--date', '2026-12-06'])).stdout,
    ) as Report;
    expect(fresh.data!.date).toBe('2026-09-30');
    expect(fresh.data!.sources.some((s) => s.startsWith('golang/vulndb@'))).toBe(true);
    expect(fresh.warnings.some((w) => w.message.includes('update kube-pin-audit'))).toBe(false);
    const late = JSON.parse(
      (await cli(['scan', 'node-os', '--format', 'json', '--date', '2027-01-05'])).stdout,
    ) as Report;
    expect(late.warnings.find((w) => w.message.includes('update kube-pin-audit'))!.message).toBe(
      'the advisory data is from 2026-09-30, 97 days before the scan date 2027-01-05: update kube-pin-audit for newer advisories and end-of-life dates',
    );
  });

  it('the text report shows the data date on one line', async () => {
    const { stdout } = await cli(['scan', 'node-os', '--date', '2026-12-06']);
    expect(stdout).toMatch(/^Advisory data as of 2026-09-30 \(golang\/vulndb@[^\n]*\)\.$/m);
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    const { code, stderr } = await cli(['check', 'v1.24.9+rke2r1', '--date', '2026-02-30']);
    expect(code).toBe(2);
    expect(stderr).toContain('--date');
  });
});

describe('severity unknown', () => {
  it('an etcd advisory with no rating found is reported as unknown and does not fail by default', () => {
    const r = check('v1.24.9+rke2r1', '2026-03-01');
    const unknown = r.advisories.find((a) => a.id === 'GO-2026-4806')!;
    expect(unknown).toMatchObject({ severity: 'unknown', failing: false });
    const strict = check('v1.24.9+rke2r1', '2026-03-01', projectDb(), {
      ...HIGH,
      failOnUnknownSeverity: true,
    } as typeof HIGH);
    expect(strict.advisories.find((a) => a.id === 'GO-2026-4806')!.failing).toBe(true);
  });
});

describe('release candidates (issue 17 item 12)', () => {
  it('v1.26.0-rc1+rke2r1 is judged as v1.26.0+rke2r1, and the finding says so', () => {
    const r = check('v1.26.0-rc1+rke2r1', '2023-06-01');
    expect(r.advisories.find((a) => a.id === 'GHSA-p45j-vfv5-wprq')).toMatchObject({
      failing: true,
      note: 'judged as v1.26.0+rke2r1, the release this candidate leads to',
    });
  });

  it('an advisory that names a prerelease itself judges the candidate as written', () => {
    const db = projectDb();
    const own = {
      ...db.advisories.find((a) => a.id === 'GHSA-p45j-vfv5-wprq')!,
      id: 'TEST-RC2',
      affected: [
        {
          package: { ecosystem: 'RKE2' as const, name: 'github.com/rancher/rke2' },
          ranges: [
            {
              type: 'ECOSYSTEM' as const,
              events: [{ introduced: 'v1.26.0-rc2+rke2r1' }, { fixed: 'v1.26.8+rke2r1' }],
            },
          ],
        },
      ],
    };
    const withOwn = { ...db, advisories: [...db.advisories, own] };
    expect(
      check('v1.26.0-rc1+rke2r1', '2023-06-01', withOwn).advisories.map((a) => a.id),
    ).not.toContain('TEST-RC2');
    expect(
      check('v1.26.0-rc2+rke2r1', '2023-06-01', withOwn).advisories.find(
        (a) => a.id === 'TEST-RC2',
      ),
    ).toMatchObject({ failing: true });
    expect(
      check('v1.26.0-rc2+rke2r1', '2023-06-01', withOwn).advisories.find(
        (a) => a.id === 'TEST-RC2',
      )!.note,
    ).toBeUndefined();
  });
});

describe('plain OSV records for Kubernetes (--advisories)', () => {
  it('reach releases through their bundled Kubernetes, Windows-only by goos', async () => {
    const base = ['scan', 'node-os', '--format', 'json', '--date', '2023-06-01'];
    const { stdout } = await cli([
      ...base,
      '--advisories',
      'advisories/plain-osv-kubernetes-windows.json',
    ]);
    const report = JSON.parse(stdout) as Report;
    const own = report.findings.filter((f) => f.advisory.id === 'TEST-2026-0001');
    expect(own.map((f) => [f.file, f.via, f.failing])).toEqual([
      [
        'node-os/pools/windows/terraform.tfvars',
        { component: 'kubernetes', version: 'v1.26.0' },
        true,
      ],
      ['node-os/scripts/install-agent.ps1', { component: 'kubernetes', version: 'v1.26.0' }, true],
      ['node-os/scripts/install-server.sh', { component: 'kubernetes', version: 'v1.26.0' }, false],
    ]);
  });
});

describe("DESIGN's #7843 table holds for RKE2's Windows bundle too", () => {
  it('the releases of the table are affected on Windows nodes as well, their fixes are not', async () => {
    const { createMatcher } = await import('../src/match/matcher.js');
    const matcher = createMatcher(projectDb(), { date: '2023-01-10', endOfLife: 'medium' });
    const hit = (v: string) =>
      matcher
        .matchRelease('rke2', v, 'windows')
        .matches.find((m) => m.advisory.id === 'KPA-2022-0001');
    for (const v of ['v1.24.9+rke2r1', 'v1.25.5+rke2r1', 'v1.26.0+rke2r1', 'v1.23.15+rke2r1']) {
      expect(hit(v), v).toBeDefined();
    }
    for (const v of ['v1.24.9+rke2r2', 'v1.25.5+rke2r2', 'v1.26.0+rke2r2', 'v1.23.16+rke2r1']) {
      expect(hit(v), v).toBeUndefined();
    }
  });
});
