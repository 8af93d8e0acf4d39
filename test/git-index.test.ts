/**
 * git ignores no file it tracks: a pin committed under an ignored path deploys like any other,
 * and must fail the check. The walk reads the checkout's index (src/discover/git-index.ts) for
 * the tracked files among what .gitignore would skip.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discover, type Discovered } from '../src/discover/walk.js';
import { TrackedPaths } from '../src/discover/git-index.js';
import { commitAll, gitIn, initRepo } from './support/git-repo.js';

let repo: string;

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'kpa-tracked-'));
  initRepo(repo);
});

afterEach(() => rmSync(repo, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
}

function walk(root = repo, options: { exclude?: string[] } = {}) {
  const files: string[] = [];
  const skips: string[] = [];
  discover(
    { root, paths: [root], include: [], exclude: options.exclude ?? [] },
    (item: Discovered) => {
      if (item.kind === 'file') files.push(item.file);
      else
        skips.push(
          `${item.skip.file} ${item.skip.reason}${item.skip.detail ? ` (${item.skip.detail})` : ''}`,
        );
    },
  );
  return { files, skips };
}

/** A checkout whose .gitignore also matches committed files (added with --force). */
function checkout(): void {
  write('.gitignore', 'manager\n*.tfvars\nbuild/\n');
  write('config/manager/vars.yml', 'k3s_version: v1.27.1+k3s1\n');
  write('prod.tfvars', 'rke2_version = "v1.24.9+rke2r1"\n');
  write('build/deploy/main.tf', 'variable "v" { default = "v1.24.9+rke2r1" }\n');
  write('build/vendor/mod/x.tf', 'variable "v" { default = "v1.24.9+rke2r1" }\n');
  gitIn(repo, ['add', '.gitignore']);
  gitIn(repo, ['add', '--force', 'config', 'prod.tfvars', 'build']);
  commitAll(repo, 'tracked files under ignore rules');
  // Untracked and ignored: skipped as before.
  write('local.tfvars', 'rke2_version = "v1.24.9+rke2r1"\n');
  write('build/out/cache.tf', 'variable "v" { default = "v1.24.9+rke2r1" }\n');
  write('config/manager/notes.txt', 'v1.24.9+rke2r1\n');
}

describe('files git tracks under .gitignore rules', () => {
  for (const version of [2, 3, 4]) {
    it(`are scanned, and only they, with an index of version ${version}`, () => {
      checkout();
      gitIn(repo, ['update-index', '--index-version', String(version)]);
      const { files, skips } = walk();
      expect(files.sort()).toEqual([
        '.gitignore',
        'build/deploy/main.tf',
        'config/manager/vars.yml',
        'prod.tfvars',
      ]);
      expect(skips.sort()).toEqual([
        'build/ gitignored (2 tracked files in it not ignored)',
        'build/vendor/mod/x.tf vendored (in build/vendor/)',
        'config/manager/ gitignored (1 tracked file in it not ignored)',
        'local.tfvars gitignored',
      ]);
    });
  }

  it('from a scan root below the checkout top, with settings still applied', () => {
    checkout();
    const { files, skips } = walk(join(repo, 'config'), { exclude: ['**/vars.yml'] });
    expect(files).toEqual([]);
    expect(skips).toEqual([
      'manager/ gitignored (1 tracked file in it not ignored)',
      'manager/vars.yml excluded',
    ]);
    expect(walk(join(repo, 'config')).files).toEqual(['manager/vars.yml']);
  });

  it('from a folder above the checkout: named as a scan path, or met on the walk', () => {
    checkout();
    const parent = join(repo, '..');
    const name = repo.slice(parent.length + 1);
    const scanned = (paths: string[]) => {
      const files: string[] = [];
      discover({ root: parent, paths, include: [], exclude: [] }, (item) => {
        if (item.kind === 'file' && item.file.startsWith(`${name}/`)) files.push(item.file);
      });
      return files.sort();
    };
    const expected = [
      '.gitignore',
      'build/deploy/main.tf',
      'config/manager/vars.yml',
      'prod.tfvars',
    ];
    expect(scanned([repo])).toEqual(expected.map((f) => `${name}/${f}`));
    // The scan root holds the checkout as a folder of its own (a nested repository).
    const outer = mkdtempSync(join(tmpdir(), 'kpa-outer-'));
    try {
      gitIn(repo, ['clone', '-q', repo, join(outer, 'infra')]);
      writeFileSync(join(outer, 'infra', 'local.tfvars'), 'x\n');
      const files: string[] = [];
      discover({ root: outer, paths: [outer], include: [], exclude: [] }, (item) => {
        if (item.kind === 'file') files.push(item.file);
      });
      expect(files.sort()).toEqual(expected.map((f) => `infra/${f}`));
    } finally {
      rmSync(outer, { recursive: true, force: true });
    }
  });

  it("a nested checkout's ignore rules are its own, not the outer checkout's", () => {
    write('.gitignore', '*.tfvars\n');
    commitAll(repo, 'outer');
    const inner = join(repo, 'stacks');
    mkdirSync(inner);
    initRepo(inner);
    writeFileSync(join(inner, '.gitignore'), 'secret.yaml\n');
    writeFileSync(join(inner, 'prod.tfvars'), 'rke2_version = "v1.24.9+rke2r1"\n');
    writeFileSync(join(inner, 'secret.yaml'), 'x: 1\n');
    mkdirSync(join(inner, '.git', 'info'), { recursive: true });
    writeFileSync(join(inner, '.git', 'info', 'exclude'), 'scratch/\n');
    mkdirSync(join(inner, 'scratch'));
    writeFileSync(join(inner, 'scratch', 'a.tf'), 'x\n');
    const { files, skips } = walk();
    expect(files.sort()).toEqual(['.gitignore', 'stacks/.gitignore', 'stacks/prod.tfvars']);
    expect(skips.sort()).toEqual(['stacks/scratch/ gitignored', 'stacks/secret.yaml gitignored']);
  });

  it('without an index (nothing committed yet), ignored entries are skipped as before', () => {
    write('.gitignore', '*.tfvars\n');
    write('prod.tfvars', 'x\n');
    expect(walk().skips).toEqual(['prod.tfvars gitignored']);
  });

  it('a broken index is not read', () => {
    checkout();
    writeFileSync(join(repo, '.git', 'index'), 'DIRC\0\0\0\x02\0\0\0\x09garbage');
    expect(TrackedPaths.read(repo)).toBeNull();
    expect(walk().skips).toContain('prod.tfvars gitignored');
  });

  it('a worktree (.git is a file naming the git folder) is read through it', () => {
    checkout();
    const worktree = `${repo}-wt`;
    try {
      gitIn(repo, ['worktree', 'add', '-q', worktree]);
      const tracked = TrackedPaths.read(worktree);
      expect(tracked?.has('prod.tfvars')).toBe(true);
      expect(tracked?.under('build')).toEqual(['build/deploy/main.tf', 'build/vendor/mod/x.tf']);
      expect(tracked?.has('local.tfvars')).toBe(false);
    } finally {
      rmSync(worktree, { recursive: true, force: true });
    }
  });
});
