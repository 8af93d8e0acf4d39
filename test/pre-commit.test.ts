/**
 * The hooks of .pre-commit-hooks.yaml, run by Debian's `pre-commit` the way a user's repository
 * runs them: a throwaway git repository whose .pre-commit-config.yaml is the README's, pointed at
 * a hook repository made from this checkout's files as they are (committed or not). The hooks are
 * `language: script`, so pre-commit installs nothing and nothing needs the network.
 * Without `pre-commit` on PATH (.ci/run installs it with apt where it can) these tests skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { throwawayGitEnv } from './support/git-env.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist/cli.js');
const AFFECTED_PIN = 'v1.24.9+rke2r1';
const INSTALL_SH = `#!/bin/sh\ncurl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=${AFFECTED_PIN} sh -\n`;

interface Hook {
  id: string;
  entry: string;
  language: string;
  pass_filenames?: boolean;
}
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

/** The README's .pre-commit-config.yaml example. */
function readmeConfig(): { repos: { repo: string; rev: string; hooks: { id: string }[] }[] } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => parse(m[1]!) as Record<string, unknown>)
    .find((b) => b && 'repos' in b);
  expect(block, 'README shows a .pre-commit-config.yaml').toBeDefined();
  return block as ReturnType<typeof readmeConfig>;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync(
    'git',
    [
      '-c',
      'user.name=Hook Test',
      '-c',
      'user.email=hook@example.invalid',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd, encoding: 'utf8', env: throwawayGitEnv() },
  ).replace(/\n$/, '');

describe('.pre-commit-hooks.yaml', () => {
  it('declares both hooks, each running the committed, executable CLI bundle', () => {
    expect(hooks.map((h) => h.id)).toEqual(['kube-pin-audit', 'kube-pin-audit-fix']);
    expect(hooks.map((h) => h.entry)).toEqual(['dist/cli.js scan', 'dist/cli.js fix']);
    for (const hook of hooks) {
      // `script`: run from the hook repository as is; `node` would npm-install every devDependency.
      expect(hook.language).toBe('script');
      expect(hook.pass_filenames ?? true).toBe(true);
    }
    expect(git(ROOT, 'ls-files', '--stage', 'dist/cli.js')).toMatch(/^100755 /);
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it("the README's config names hooks that exist", () => {
    for (const repo of readmeConfig().repos)
      for (const hook of repo.hooks) expect(hooks.map((h) => h.id)).toContain(hook.id);
  });
});

const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const hasPreCommit = preCommit.status === 0;
if (!hasPreCommit)
  console.warn('test/pre-commit.test.ts: pre-commit is not installed; the hook runs are skipped');

describe.skipIf(!hasPreCommit)(`pre-commit (${preCommit.stdout?.trim()}) runs the hooks`, () => {
  let tmp = '';
  let hookRepo = '';
  let hookRev = '';
  let repoCount = 0;

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'kpa-pre-commit-'));
    hookRepo = join(tmp, 'hooks');
    mkdirSync(hookRepo);
    // This checkout's files as they are, tracked or new, the way a clone of a pushed commit has them.
    const files = execFileSync(
      'git',
      ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    ).split('\0');
    for (const file of files.filter(Boolean)) {
      let stat;
      try {
        stat = lstatSync(join(ROOT, file));
      } catch {
        continue; // deleted in the working tree
      }
      mkdirSync(dirname(join(hookRepo, file)), { recursive: true });
      if (stat.isSymbolicLink()) symlinkSync(readlinkSync(join(ROOT, file)), join(hookRepo, file));
      else if (stat.isFile()) copyFileSync(join(ROOT, file), join(hookRepo, file));
    }
    git(hookRepo, 'init', '--quiet');
    git(hookRepo, 'add', '-A');
    git(hookRepo, 'commit', '--quiet', '--no-verify', '-m', 'hooks under test');
    hookRev = git(hookRepo, 'rev-parse', 'HEAD');
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** A fresh repository using the README's config, pointed at the hook repository, with `hookIds`. */
  function userRepo(hookIds: string[]): string {
    const dir = join(tmp, `repo-${++repoCount}`);
    mkdirSync(dir);
    git(dir, 'init', '--quiet');
    const config = readmeConfig();
    const [repo] = config.repos;
    repo!.repo = hookRepo;
    repo!.rev = hookRev;
    repo!.hooks = hookIds.map((id) => ({ id }));
    writeFileSync(join(dir, '.pre-commit-config.yaml'), stringify(config));
    return dir;
  }

  function write(dir: string, file: string, text: string) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }

  function run(dir: string, ...args: string[]) {
    const result = spawnSync('pre-commit', ['run', '--color', 'never', ...args], {
      cwd: dir,
      encoding: 'utf8',
      // Its own cache, so the clone of the hook repository is fresh and nothing is shared.
      env: throwawayGitEnv({ PRE_COMMIT_HOME: join(tmp, 'pre-commit-home') }),
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  }

  it('kube-pin-audit fails on a staged failing pin and prints what the CLI prints', () => {
    const dir = userRepo(['kube-pin-audit']);
    write(dir, 'install.sh', INSTALL_SH);
    write(dir, 'docs/upgrade.md', `We used to run ${AFFECTED_PIN}.\n`);
    git(dir, 'add', '-A');
    const { status, output } = run(dir);
    expect(output).toMatch(/kube-pin-audit\.+Failed/);
    expect(status).toBe(1);
    const cli = spawnSync(
      process.execPath,
      [CLI, 'scan', '.pre-commit-config.yaml', 'docs/upgrade.md', 'install.sh'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain(AFFECTED_PIN);
    expect(output).toContain(cli.stdout.trim());
  });

  it('kube-pin-audit scans only the staged files, and passes them', () => {
    const dir = userRepo(['kube-pin-audit']);
    write(dir, 'install.sh', INSTALL_SH);
    git(dir, 'add', '-A');
    git(dir, 'commit', '--quiet', '--no-verify', '-m', 'pin committed before the hook');
    // A pin in a comment is reported but never fails.
    write(dir, 'upgrade.sh', `#!/bin/sh\n# was INSTALL_RKE2_VERSION=${AFFECTED_PIN}\n`);
    git(dir, 'add', 'upgrade.sh');
    const { status, output } = run(dir, '--verbose');
    expect(output).toMatch(/kube-pin-audit\.+Passed/);
    expect(status).toBe(0);
    expect(output).toContain('upgrade.sh');
    expect(output).not.toContain('install.sh');
    expect(output).toContain('1 files scanned');
  });

  it('kube-pin-audit-fix rewrites a failing pin, then leaves the file alone', (ctx) => {
    // `fix` (issue 11) is built on another branch; this runs once it is merged.
    const fix = spawnSync(process.execPath, [CLI, 'fix', '--help'], { encoding: 'utf8' });
    if (fix.status !== 0) {
      const note = 'dist/cli.js has no `fix` command yet; the kube-pin-audit-fix hook is not run';
      console.warn(`test/pre-commit.test.ts: ${note}`);
      ctx.skip(note);
    }
    const dir = userRepo(['kube-pin-audit-fix']);
    write(dir, 'install.sh', INSTALL_SH);
    git(dir, 'add', '-A');
    const first = run(dir);
    expect(first.output).toMatch(/kube-pin-audit fix\.+Failed/);
    expect(first.status).toBe(1);
    const fixed = readFileSync(join(dir, 'install.sh'), 'utf8');
    expect(fixed).not.toContain(AFFECTED_PIN);
    expect(fixed).toMatch(/INSTALL_RKE2_VERSION=v\d+\.\d+\.\d+\+rke2r\d+ sh -/);

    git(dir, 'add', '-A');
    const second = run(dir);
    expect(readFileSync(join(dir, 'install.sh'), 'utf8')).toBe(fixed);
    // What is left failing, if anything, is what a scan of the fixed file says.
    const scan = spawnSync(process.execPath, [CLI, 'scan', 'install.sh'], { cwd: dir });
    expect(second.status).toBe(scan.status === 0 ? 0 : 1);
  });
});
