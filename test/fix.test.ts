/**
 * `kube-pin-audit fix` on a copy of test/fixtures/fix/spellings: every spelling kept, only the
 * versions' bytes changed, pins whose target spelling cannot be known left with a reason.
 */
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Report } from '../src/report/model.js';
import { respell } from '../src/fix/spelling.js';
import { unifiedDiff } from '../src/fix/diff.js';
import { DATA_DIR } from './support/db.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/fix/spellings', import.meta.url));

interface FixJson {
  changed: { file: string; line: number; column: number; from: string; to: string }[];
  unchanged: { file: string; line: number; column: number; version: string; reason: string }[];
}

let temp: string;
let tree: string;

beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'kpa-fix-'));
  tree = join(temp, 'tree');
  cpSync(FIXTURE, tree, { recursive: true });
  chmodSync(join(tree, 'scripts/install.sh'), 0o755);
  chmodSync(join(tree, 'terraform/edge.tfvars'), 0o640);
});

afterEach(() => rmSync(temp, { recursive: true, force: true }));

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

function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) files.set(relative(dir, p).split('\\').join('/'), readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

describe('fix', () => {
  it('rewrites every failing deploy pin in its own spelling and leaves the rest with a reason', async () => {
    const before = snapshot(tree);
    const scan = JSON.parse((await cli(['scan', '.', '--format', 'json'])).stdout) as Report;
    const { code, stdout } = await cli(['fix', '.', '--format', 'json']);
    expect(code).toBe(1); // pins whose target spelling is unknown remain
    const result = JSON.parse(stdout) as FixJson;
    const upgradeTo = (file: string, line: number, column: number) =>
      scan.pins.find((p) => p.file === file && p.line === line && p.column === column)!.upgradeTo!;

    const changed = new Map(result.changed.map((c) => [`${c.file}:${c.line}:${c.column}`, c]));
    expect([...changed.keys()].sort()).toEqual(
      [
        'ansible/containerd.yml:1:22',
        'charts/values.yaml:2:22',
        'cloud-init/user-data.yaml:7:58',
        'scripts/install.sh:4:54',
        'scripts/install.sh:5:62',
        'terraform/edge.tfvars:1:17',
        'terraform/prod.tfvars:1:17',
      ].sort(),
    );
    // Spelling kept: v or none, `+`, `-` (image tag), `%2B` (URL).
    const to = (key: string) => changed.get(key)!.to;
    const target = (key: string) => {
      const [file, line, column] = key.split(':');
      return upgradeTo(file!, Number(line), Number(column));
    };
    expect(to('scripts/install.sh:4:54')).toBe(target('scripts/install.sh:4:54'));
    expect(to('scripts/install.sh:5:62')).toBe(
      target('scripts/install.sh:5:62').replace('+', '%2B'),
    );
    expect(to('charts/values.yaml:2:22')).toBe(target('charts/values.yaml:2:22').replace('+', '-'));
    expect(to('terraform/edge.tfvars:1:17')).toBe(
      target('terraform/edge.tfvars:1:17').replace(/^v/, ''),
    );
    expect(to('ansible/containerd.yml:1:22')).toBe(
      target('ansible/containerd.yml:1:22').replace(/^v/, ''),
    );
    expect(changed.get('terraform/edge.tfvars:1:17')!.from).toBe('1.25.5+k3s1');

    const reasons = Object.fromEntries(
      result.unchanged.map((u) => [`${u.file}:${u.line}`, u.reason]),
    );
    expect(reasons).toEqual({
      'ansible/containerd.yml:3': expect.stringMatching(/Debian package revision \(-1\)/),
      'ansible/containerd.yml:5': expect.stringMatching(/RPM package revision \(-3\.1\.el8\)/),
      'ansible/containerd.yml:6': expect.stringMatching(/build-date suffix \(-build20221209\)/),
      'cloud-init/user-data.yaml:5': expect.stringMatching(/encoded payload/),
      'scripts/install.sh:6': expect.stringMatching(/names 1\.6\.12 again/),
    });

    // Only the versions' bytes changed: same files, line endings, BOM, modes.
    const after = snapshot(tree);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [file, old] of before) {
      let expected = old.toString('latin1');
      const lines = expected.split('\n');
      for (const c of result.changed.filter((c) => c.file === file)) {
        const line = lines[c.line - 1]!;
        const i = line.indexOf(c.from, c.line === 1 && line.startsWith('\xef\xbb\xbf') ? 3 : 0);
        expect(i).toBeGreaterThanOrEqual(0);
        lines[c.line - 1] = line.slice(0, i) + c.to + line.slice(i + c.from.length);
      }
      expected = lines.join('\n');
      expect(after.get(file)!.toString('latin1'), file).toBe(expected);
    }
    expect(after.get('terraform/prod.tfvars')!.subarray(0, 3)).toEqual(
      Buffer.from([0xef, 0xbb, 0xbf]),
    );
    expect(after.get('terraform/edge.tfvars')!.toString()).toMatch(/^k3s_version {2}= "[^"]+"\r\n/);
    expect(after.get('docs/upgrading.md')).toEqual(before.get('docs/upgrading.md'));
    expect(after.get('scripts/install.sh')!.toString()).toContain(
      'was v1.23.15+rke2r1 (kept for the changelog)',
    );
    expect(statSync(join(tree, 'scripts/install.sh')).mode & 0o777).toBe(0o755);
    expect(statSync(join(tree, 'terraform/edge.tfvars')).mode & 0o777).toBe(0o640);

    // Then scan: no failing deploy pin but those fix listed with a reason.
    const rescan = JSON.parse((await cli(['scan', '.', '--format', 'json'])).stdout) as Report;
    const failingPins = new Set(
      rescan.findings.filter((f) => f.failing).map((f) => `${f.file}:${f.line}`),
    );
    expect([...failingPins].sort()).toEqual(Object.keys(reasons).sort());

    // A second run changes nothing.
    const second = await cli(['fix', '.', '--format', 'json']);
    expect(JSON.parse(second.stdout).changed).toEqual([]);
    expect(snapshot(tree)).toEqual(after);
  });

  it('--dry-run writes nothing and prints a unified diff', async () => {
    const before = snapshot(tree);
    const { code, stdout, stderr } = await cli(['fix', '--dry-run']);
    expect(code).toBe(1);
    expect(snapshot(tree)).toEqual(before);
    expect(stdout).toContain(
      '--- a/scripts/install.sh\n+++ b/scripts/install.sh\n@@ -1,6 +1,6 @@\n',
    );
    expect(stdout).toMatch(
      /^-curl -sfL https:\/\/get\.rke2\.io \| INSTALL_RKE2_VERSION=v1\.24\.9\+rke2r1 sh -$/m,
    );
    expect(stdout).toMatch(
      /^\+curl -sfL https:\/\/get\.rke2\.io \| INSTALL_RKE2_VERSION=v1\.\d+\.\d+\+rke2r\d+ sh -$/m,
    );
    // The last line has no newline: the diff says so, as git does.
    expect(stdout).toContain('+++ b/terraform/prod.tfvars\n@@ -1,2 +1,2 @@\n-\ufeffrke2_version');
    expect(stdout).toContain(' node_count   = 5\n\\ No newline at end of file\n');
    expect(stderr).toMatch(/^would change {2}scripts\/install\.sh:4:54/m);
    expect(stderr).toMatch(/^left {5}ansible\/containerd\.yml:3:19 {2}v1\.6\.12: a Debian/m);
  });

  it('judges on the same scan date and end-of-life setting as scan', async () => {
    // Kubernetes 1.33 is supported on 2026-03-01 and has ended by 2026-12-06: the release to move
    // to depends on the date, and fix must move to what scan names on that date.
    for (const date of ['2026-03-01', '2026-12-06']) {
      const scan = await cli(['scan', '--format', 'json', '--date', date]);
      const report = JSON.parse(scan.stdout) as Report;
      const upgradeTo = report.pins.find((p) => p.file === 'scripts/install.sh')!.upgradeTo;
      const fix = await cli(['fix', '--dry-run', '--format', 'json', '--date', date]);
      const changed = (JSON.parse(fix.stdout) as FixJson).changed;
      expect(changed.find((c) => c.file === 'scripts/install.sh')!.to).toBe(upgradeTo);
    }
    const on = async (date: string) =>
      (
        JSON.parse(
          (await cli(['fix', '--dry-run', '--format', 'json', '--date', date])).stdout,
        ) as FixJson
      ).changed.find((c) => c.file === 'scripts/install.sh')!.to;
    expect(await on('2026-03-01')).not.toBe(await on('2026-12-06'));
  });

  it('exits 0 once nothing failing is left, and 2 on a usage error', async () => {
    const clean = join(temp, 'clean');
    cpSync(join(FIXTURE, 'terraform'), clean, { recursive: true });
    const run = (args: string[]) =>
      main(args, { cwd: clean, dataDir: DATA_DIR, stdout: () => {}, stderr: () => {} });
    expect(await run(['fix', '.'])).toBe(0);
    expect(await run(['fix', '.'])).toBe(0);
    expect(await run(['fix', '.', '--format', 'sarif'])).toBe(2);
    expect(await run(['scan', '.', '--dry-run'])).toBe(2);
  });

  it('never writes through a link that a --config file names in paths', async () => {
    const outside = join(temp, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'v.tfvars'), 'rke2_version = "v1.24.9+rke2r1"\n');
    const work = join(temp, 'work');
    mkdirSync(work);
    symlinkSync(outside, join(work, 'lnk'));
    writeFileSync(join(work, 'my.yml'), 'paths: [lnk]\n');
    const out: string[] = [];
    const code = await main(['fix', '--config', 'my.yml', '--format', 'json'], {
      cwd: work,
      dataDir: DATA_DIR,
      stdout: (t) => out.push(t),
      stderr: () => {},
    });
    expect(readFileSync(join(outside, 'v.tfvars'), 'utf8')).toBe(
      'rke2_version = "v1.24.9+rke2r1"\n',
    );
    const result = JSON.parse(out.join('')) as FixJson;
    expect(result.changed).toEqual([]);
    expect(result.unchanged.map((u) => u.reason)).toEqual([expect.stringMatching(/symbolic link/)]);
    expect(code).toBe(1);
  });

  it('never writes through a symbolic link', async () => {
    const outside = join(temp, 'outside.tfvars');
    writeFileSync(outside, 'rke2_version = "v1.24.9+rke2r1"\n');
    const linked = join(temp, 'linked');
    cpSync(join(FIXTURE, 'docs'), join(linked, 'docs'), { recursive: true });
    symlinkSync(outside, join(linked, 'cluster.tfvars'));
    const out: string[] = [];
    // The file named as a scan path is read through its link, yet not written through it.
    const code = await main(['fix', 'cluster.tfvars', 'docs', '--format', 'json'], {
      cwd: linked,
      dataDir: DATA_DIR,
      stdout: (t) => out.push(t),
      stderr: () => {},
    });
    const result = JSON.parse(out.join('')) as FixJson;
    expect(readFileSync(outside, 'utf8')).toBe('rke2_version = "v1.24.9+rke2r1"\n');
    expect(result.changed).toEqual([]);
    expect(code).toBe(1);
    expect(result.unchanged).toHaveLength(1);
    expect(result.unchanged[0]!.reason).toMatch(/symbolic link/);
    // Scanning the folder instead: the link points outside it and is skipped, never written.
    await main(['fix', '.'], {
      cwd: linked,
      dataDir: DATA_DIR,
      stdout: () => {},
      stderr: () => {},
    });
    expect(readFileSync(outside, 'utf8')).toBe('rke2_version = "v1.24.9+rke2r1"\n');
  });
});

describe('fix and the rest of a rewritten file', () => {
  it('names the lines that still name the old release (checksums, comments), and says nothing to fix when so', async () => {
    const dir = join(temp, 'airgap');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'download.sh'),
      [
        'RKE2_VERSION="v1.26.0+rke2r1"',
        '# renovate: rke2=v1.26.0+rke2r1',
        'CHECKSUM="0123abcd"  # sha256sum of the v1.26.0+rke2r1 tarball',
        '# not this one: v1.26.0+rke2r10',
        '',
      ].join('\n'),
    );
    let stdout = '';
    const run = (args: string[]) =>
      main(args, { cwd: dir, dataDir: DATA_DIR, stdout: (t) => (stdout += t), stderr: () => {} });
    expect(await run(['fix', '.', '--date', '2023-01-10', '--format', 'json'])).toBe(0);
    const result = JSON.parse(stdout) as FixJson & {
      stillNamed: { file: string; line: number; text: string }[];
    };
    expect(result.changed.map((c) => c.line)).toEqual([1]);
    expect(result.stillNamed).toEqual([
      { file: 'download.sh', line: 2, text: 'v1.26.0+rke2r1' },
      { file: 'download.sh', line: 3, text: 'v1.26.0+rke2r1' },
    ]);
    stdout = '';
    await run(['fix', '.', '--date', '2023-01-10']);
    expect(stdout).toBe('Nothing to fix: no failing pin.\n');
  });
});

describe('respell', () => {
  it('keeps the pin spelling', () => {
    expect(respell('rke2', 'v1.24.9+rke2r1', 'v1.24.9+rke2r2')).toEqual({ text: 'v1.24.9+rke2r2' });
    expect(respell('rke2', '1.24.9-rke2r1', 'v1.24.10+rke2r1')).toEqual({ text: '1.24.10-rke2r1' });
    expect(respell('k3s', 'v1.24.9%2bk3s1', 'v1.24.9+k3s2')).toEqual({ text: 'v1.24.9%2bk3s2' });
    expect(respell('containerd', 'v1.5.16-k3s1-1-22', 'v1.5.16-k3s2-1-22')).toEqual({
      text: 'v1.5.16-k3s2-1-22',
    });
    expect(respell('containerd', '1.6.12-0ubuntu1~22.04.1', 'v1.6.15')).toMatchObject({
      reason: expect.stringMatching(/Debian package revision/),
    });
  });
});

describe('unifiedDiff', () => {
  it('joins nearby changes into one hunk and keeps CRs', () => {
    const text =
      ['a', 'b', 'x=1.0\r', 'c', 'd', 'e', 'f', 'g', 'h', 'y=1.0', 'i'].join('\n') + '\n';
    const diff = unifiedDiff('f.txt', text, [
      { line: 3, before: 'x=1.0', after: 'x=2.0' },
      { line: 10, before: 'y=1.0', after: 'y=2.0' },
    ]);
    expect(diff).toBe(
      [
        '--- a/f.txt',
        '+++ b/f.txt',
        '@@ -1,11 +1,11 @@',
        ' a',
        ' b',
        '-x=1.0\r',
        '+x=2.0\r',
        ' c',
        ' d',
        ' e',
        ' f',
        ' g',
        ' h',
        '-y=1.0',
        '+y=2.0',
        ' i',
        '',
      ].join('\n'),
    );
  });
});

describe('fixTargets', () => {
  it('rewrites deploy pins only', async () => {
    const { fixTargets } = await import('../src/fix/plan.js');
    const { makeFinding } = await import('./support/findings.js');
    const advisory = {
      id: 'KPA-2022-0001',
      aliases: [],
      kind: 'defect' as const,
      severity: 'high' as const,
      summary: 's',
      url: 'https://example.com/a',
    };
    const deploy = makeFinding({ advisory, file: 'a.tf' });
    const test = { ...makeFinding({ advisory, file: 'b.tf' }), context: 'test' };
    const catalog = { ...makeFinding({ advisory, file: 'c.tf' }), context: 'catalog' };
    const report = {
      pins: [deploy, test, catalog],
      findings: [deploy, test, catalog],
    } as unknown as Report;
    const { byFile, left } = fixTargets(report);
    expect([...byFile.keys()]).toEqual(['a.tf']);
    expect(left.map((l) => [l.file, l.reason])).toEqual([
      ['b.tf', 'a test pin: fix rewrites deploy pins only'],
      ['c.tf', 'a catalog pin: fix rewrites deploy pins only'],
    ]);
  });
});

describe('fix on the fixture trees', () => {
  it('leaves no failing deploy pin but those it listed with a reason', async () => {
    const ROOT = fileURLToPath(new URL('..', import.meta.url));
    const trees = join(temp, 'trees');
    cpSync(join(ROOT, 'examples'), join(trees, 'examples'), { recursive: true });
    for (const name of ['forms', 'realistic', 'cli', 'action', 'ignores']) {
      cpSync(join(ROOT, 'test/fixtures', name), join(trees, name), { recursive: true });
    }
    const run = async (args: string[]) => {
      let stdout = '';
      const code = await main(args, {
        cwd: trees,
        dataDir: DATA_DIR,
        stdout: (t) => (stdout += t),
        stderr: () => {},
      });
      return { code, stdout };
    };
    const fixed = JSON.parse((await run(['fix', '.', '--format', 'json'])).stdout) as FixJson;
    expect(fixed.changed.length).toBeGreaterThan(50);
    const after = JSON.parse((await run(['scan', '.', '--format', 'json'])).stdout) as Report;
    // Columns in fix's list are the scan's before the change; a rewrite earlier on the line
    // moves a pin left as it was, so pins are compared by line.
    const listed = new Set(fixed.unchanged.map((u) => `${u.file}:${u.line}`));
    const failing = new Set(
      after.findings.filter((f) => f.failing).map((f) => `${f.file}:${f.line}`),
    );
    expect([...failing].filter((k) => !listed.has(k))).toEqual([]);
    expect(JSON.parse((await run(['fix', '.', '--format', 'json'])).stdout).changed).toEqual([]);
  }, 60_000);
});
