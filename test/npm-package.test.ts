/**
 * The npm package as a user gets it: `npm pack`, then `npm install` of the tarball into an empty
 * folder with no registry to reach, then the installed `kube-pin-audit` run on a small tree. It
 * must install alone (the bundles already hold every dependency) and answer exactly as the
 * checkout's CLI does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/npm-package');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Packed {
  filename: string;
  files: { path: string }[];
}

describe.skipIf(process.platform === 'win32')('the npm package', () => {
  let tmp = '';
  let packed: Packed;
  let app = '';
  let installed = '';
  // No registry to reach and an empty cache: anything beyond the tarball fails the install.
  const offline = (cache: string) => [
    '--offline',
    '--no-audit',
    '--no-fund',
    `--cache=${cache}`,
    '--registry=http://127.0.0.1:9/',
  ];

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'kpa-npm-'));
    const out = execFileSync(
      NPM,
      ['pack', '--json', `--pack-destination=${tmp}`, ...offline(join(tmp, 'cache'))],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    packed = (JSON.parse(out) as Packed[])[0]!;
    app = join(tmp, 'app');
    mkdirSync(app);
    installed = join(app, 'node_modules/.bin/kube-pin-audit');
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('carries the CLI bundles and every data/ file, and nothing from test/', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toContain('dist/cli.js');
    expect(paths).toContain('dist/scan-worker.cjs');
    const data = execFileSync('git', ['ls-files', 'data'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    expect(data.length).toBeGreaterThan(0);
    for (const file of data) expect(paths).toContain(file);
    expect(paths.filter((p) => /^(test|src|node_modules|examples)\//.test(p))).toEqual([]);
  });

  it('installs from the tarball alone, offline', () => {
    const install = spawnSync(
      NPM,
      ['install', ...offline(join(tmp, 'cache')), join(tmp, packed.filename)],
      { cwd: app, encoding: 'utf8' },
    );
    expect(install.stderr).not.toMatch(/ERR!/);
    expect(install.status).toBe(0);
    expect(readdirSync(join(app, 'node_modules')).sort()).toEqual([
      '.bin',
      '.package-lock.json',
      'kube-pin-audit',
    ]);
    const lock = JSON.parse(readFileSync(join(app, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>;
    };
    expect(Object.keys(lock.packages).sort()).toEqual(['', 'node_modules/kube-pin-audit']);
  });

  /** The installed CLI and the checkout's, on the same arguments in the same folder. */
  function both(args: string[], cwd = ROOT) {
    const run = (command: string, commandArgs: string[]) =>
      spawnSync(command, commandArgs, { cwd, encoding: 'utf8' });
    return [run(installed, args), run(process.execPath, [join(ROOT, 'dist/cli.js'), ...args])];
  }

  it('scan answers as the checkout does', () => {
    // From inside the fixture: under test/ its pins would be test data, which does not fail.
    const [packedRun, checkoutRun] = both(
      ['scan', '.', '--format', 'json', '--date', '2026-12-06'],
      join(ROOT, 'test/fixtures/npm-package'),
    );
    expect(packedRun!.stderr).toBe('');
    expect(packedRun!.status).toBe(1);
    const report = JSON.parse(packedRun!.stdout) as {
      pins: { file: string; version: string }[];
      summary: { failing: number };
    };
    expect(report.pins.map((p) => [p.file, p.version])).toEqual([
      ['infra/main.tf', 'v1.25.5+k3s1'],
      ['infra/user-data.sh', 'v1.6.12'],
    ]);
    expect(report.summary.failing).toBeGreaterThan(0);
    expect(packedRun!.stdout).toBe(checkoutRun!.stdout);
  });

  it('check answers as the checkout does', () => {
    const [packedRun, checkoutRun] = both(['check', 'v1.25.5+k3s1', 'v1.6.12']);
    expect(packedRun!.status).toBe(1);
    expect(packedRun!.stdout).toContain('v1.25.5+k3s1');
    expect(packedRun!.stdout).toBe(checkoutRun!.stdout);
    expect(packedRun!.status).toBe(checkoutRun!.status);
  });

  it('fix rewrites as the checkout does', (ctx) => {
    // `fix` (issue 11) is built on another branch; this runs once it is merged.
    const help = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'fix', '--help']);
    if (help.status !== 0) {
      const note = 'dist/cli.js has no `fix` command yet; the packed `fix` is not run';
      console.warn(`test/npm-package.test.ts: ${note}`);
      ctx.skip(note);
    }
    const copies = ['packed', 'checkout'].map((name) => {
      const dir = join(tmp, `fix-${name}`);
      cpSync(FIXTURE, dir, { recursive: true });
      return dir;
    });
    const packedRun = spawnSync(installed, ['fix', '.'], { cwd: copies[0], encoding: 'utf8' });
    const checkoutRun = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'fix', '.'], {
      cwd: copies[1],
      encoding: 'utf8',
    });
    expect(packedRun.status).not.toBe(2);
    expect(packedRun.status).toBe(checkoutRun.status);
    expect(packedRun.stdout).toBe(checkoutRun.stdout);
    const main = (dir: string) => readFileSync(join(dir, 'infra/main.tf'), 'utf8');
    expect(main(copies[0]!)).not.toContain('v1.25.5+k3s1');
    expect(main(copies[0]!)).toBe(main(copies[1]!));
  });
});
