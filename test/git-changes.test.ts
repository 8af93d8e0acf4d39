/**
 * Issue 13: the changed lines from the local git checkout, right for renames, binary and
 * `-diff` files, deletions, mode changes and names with spaces, non-ASCII letters and newlines,
 * and with nothing run that the checkout's git config names.
 */
import {
  appendFileSync,
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChangedLines } from '../src/audit.js';
import {
  changedLinesOfDiff,
  gitChangedLines,
  hunkCollector,
  unquoteGitPath,
  type GitChanges,
} from '../src/action/git-changes.js';
import { commitAll, commitTree, gitIn, initRepo } from './support/git-repo.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/git-changes', import.meta.url));
const NEWLINE_NAME = 'notes\nline two.sh';

let temp: string;
let repo: string;
let baseSha: string;

/** The fixture's base, then its head with a binary file, a mode change and an odd name added. */
function buildRepo(): void {
  initRepo(repo);
  commitTree(repo, join(FIXTURE, 'base'), 'base');
  writeFileSync(join(repo, 'blob.bin'), Buffer.from([0, 1, 2, 3, 0, 10, 65]));
  writeFileSync(join(repo, 'run.sh'), '#!/bin/sh\necho run\n');
  baseSha = commitAll(repo, 'base, with a binary file and a script');
  commitTree(repo, join(FIXTURE, 'head'), 'head');
  writeFileSync(join(repo, 'blob.bin'), Buffer.from([0, 1, 2, 3, 0, 10, 66, 67]));
  writeFileSync(join(repo, 'run.sh'), '#!/bin/sh\necho run\n');
  chmodSync(join(repo, 'run.sh'), 0o755);
  writeFileSync(join(repo, NEWLINE_NAME), 'echo one\nK3S=v1.24.9+k3s1\n');
  commitAll(repo, 'head, with odd names');
}

let built: string;
beforeAll(() => {
  built = mkdtempSync(join(tmpdir(), 'kpa-git-built-'));
  repo = join(built, 'repo');
  mkdirSync(repo);
  buildRepo();
});
afterAll(() => rmSync(built, { recursive: true, force: true }));

// Each test gets its own copy of the repository, which it may change.
beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'kpa-git-'));
  cpSync(join(built, 'repo'), join(temp, 'repo'), { recursive: true });
  repo = join(temp, 'repo');
});
afterEach(() => rmSync(temp, { recursive: true, force: true }));

function linesOf(changes: ChangedLines, file: string, upTo = 12): number[] {
  const lines: number[] = [];
  for (let n = 1; n <= upTo; n++) if (changes.has(file, n)) lines.push(n);
  return lines;
}

function expectFixtureChanges(result: GitChanges): void {
  expect(result.ok, result.ok ? '' : result.reason).toBe(true);
  if (!result.ok) return;
  const { changes } = result;
  // Modified: only the added module, lines 6-11.
  expect(linesOf(changes, 'clusters/prod/main.tf')).toEqual([6, 7, 8, 9, 10, 11]);
  // Renamed without a change: nothing added, under either name.
  expect(linesOf(changes, 'clusters/new/main.tf')).toEqual([]);
  expect(linesOf(changes, 'clusters/old/main.tf')).toEqual([]);
  // Renamed with a change: the changed line only, under the new name.
  expect(linesOf(changes, 'scripts/bootstrap.sh')).toEqual([8]);
  // Deleted: nothing to scan.
  expect(linesOf(changes, 'legacy/install.sh')).toEqual([]);
  // `-diff` in .gitattributes and a real binary file: git shows no lines, so every line counts.
  expect(linesOf(changes, 'nodes/agent.cfg')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  expect(changes.has('blob.bin', 1)).toBe(true);
  // A mode change alone adds no line.
  expect(linesOf(changes, 'run.sh')).toEqual([]);
  // Names with a space, a non-ASCII letter, a newline.
  expect(linesOf(changes, 'clusters/edge east/ñode.env')).toEqual([1, 2]);
  expect(linesOf(changes, NEWLINE_NAME)).toEqual([1, 2]);
  // Untouched.
  expect(changes.has('.gitattributes', 1)).toBe(false);
  expect(result.files).toBe(8);
}

describe('changed lines from git', () => {
  it('reads the merge base of the base commit and HEAD', async () => {
    expectFixtureChanges(await gitChangedLines(repo, baseSha));
  });

  it('diffs from the merge base, not the base: later commits on the base branch do not count', async () => {
    const head = gitIn(repo, ['rev-parse', 'HEAD']);
    gitIn(repo, ['checkout', '-q', '-b', 'main-later', baseSha]);
    writeFileSync(join(repo, 'later.tf'), 'rke2_version = "v1.24.9+rke2r1"\n');
    const later = commitAll(repo, 'the base branch moves on');
    gitIn(repo, ['checkout', '-q', head]);
    const result = await gitChangedLines(repo, later);
    expectFixtureChanges(result);
    expect(result.ok && result.base).toBe(baseSha);
  });

  it("a pull request's merge checkout: the change is HEAD against its first parent, whatever the event's base", async () => {
    const prHead = gitIn(repo, ['rev-parse', 'HEAD']);
    // The base branch moves on after the event's base commit; GitHub merges the head into it.
    gitIn(repo, ['checkout', '-q', '-b', 'main-later', baseSha]);
    writeFileSync(join(repo, 'later.tf'), 'rke2_version = "v1.24.9+rke2r1"\n');
    const later = commitAll(repo, 'the base branch moves on');
    gitIn(repo, ['merge', '-q', '--no-ff', '--no-edit', prHead]);
    const merged = await gitChangedLines(repo, baseSha, { headSha: prHead });
    expectFixtureChanges(merged);
    expect(merged.ok && [merged.base, merged.baseIs]).toEqual([later, "HEAD's first parent"]);
    expect(merged.ok && merged.changes.has('later.tf', 1)).toBe(false);
    // Without the head commit to recognize the merge, the stale base makes later.tf count too.
    const stale = await gitChangedLines(repo, baseSha);
    expect(stale.ok && stale.changes.has('later.tf', 1)).toBe(true);
  });

  it('runs nothing the checkout’s config or attributes name, and still reads the same lines', async () => {
    const marker = join(temp, 'ran');
    const evil = join(temp, 'evil.sh');
    writeFileSync(evil, `#!/bin/sh\necho "$0 $*" >> '${marker}'\nexit 0\n`);
    chmodSync(evil, 0o755);
    mkdirSync(join(temp, 'hooks'));
    for (const hook of ['post-checkout', 'post-index-change', 'reference-transaction'])
      copyFileSync(evil, join(temp, 'hooks', hook));
    appendFileSync(
      join(repo, '.git/config'),
      [
        '[core]',
        `\tfsmonitor = ${evil}`,
        `\tpager = ${evil}`,
        `\thooksPath = ${join(temp, 'hooks')}`,
        '\tworktree = /',
        '\tquotePath = false',
        '[diff]',
        `\texternal = ${evil}`,
        '\tnoprefix = true',
        '\tmnemonicPrefix = true',
        '\trelative = true',
        '\trenames = copies',
        '\tcontext = 5',
        `[diff "evil"]`,
        `\tcommand = ${evil}`,
        `\ttextconv = ${evil}`,
        '[color]',
        '\tui = always',
        '[protocol "ext"]',
        '\tallow = always',
        '[remote "origin"]',
        `\turl = ext::${evil} %S`,
        `\tuploadpack = ${evil}`,
        '\tpromisor = true',
        '',
      ].join('\n'),
    );
    // `-diff` on *.cfg stays: those are read as wholly changed either way.
    writeFileSync(
      join(repo, '.git/info/attributes'),
      '*.tf diff=evil\n*.sh diff=evil\n*.env diff=evil\n',
    );
    const result = await gitChangedLines(repo, baseSha, {
      env: { ...process.env, GIT_EXTERNAL_DIFF: evil, GIT_PAGER: evil },
    });
    expect(existsSync(marker)).toBe(false);
    expectFixtureChanges(result);
  });

  it('says why when the checkout does not hold the base commit (a shallow clone)', async () => {
    const shallow = join(temp, 'shallow');
    gitIn(temp, ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    const result = await gitChangedLines(shallow, baseSha);
    expect(result).toEqual({
      ok: false,
      reason: `the checkout does not hold the base commit ${baseSha}`,
    });
  });

  it('refuses what is not a commit id before it reaches git', async () => {
    expect(await gitChangedLines(repo, '--output=/tmp/x')).toEqual({
      ok: false,
      reason: "'--output=/tmp/x' is not a commit id",
    });
  });

  it('says so outside a git checkout', async () => {
    const plain = join(temp, 'plain');
    mkdirSync(plain);
    expect(await gitChangedLines(plain, baseSha)).toMatchObject({ ok: false });
  });
});

describe('reading git output', () => {
  it('unquotes C-style quoted names', () => {
    expect(unquoteGitPath('"b/caf\\303\\251 \\"x\\"\\tz.tf"')).toBe('b/café "x"\tz.tf');
    expect(unquoteGitPath('b/plain name.tf')).toBe('b/plain name.tf');
  });

  it('takes an added line that reads `++ x` as content, not as a file header', () => {
    const { hunks, onLine } = hunkCollector();
    for (const line of [
      'diff --git a/x.md b/x.md',
      '--- a/x.md',
      '+++ b/x.md',
      '@@ -1,0 +2,2 @@',
      '+++ b/other.md',
      '+second',
      '@@ -5 +7,0 @@',
      '-gone',
      '\\ No newline at end of file',
    ])
      onLine(Buffer.from(line));
    expect([...hunks]).toEqual([['x.md', new Set([2, 3])]]);
  });
});

describe('what the diff cannot show counts as changed', () => {
  const entry = (status: string, path: string, newMode = '100644', same = false) => ({
    status,
    score: 0,
    oldMode: '100644',
    newMode,
    oldSha: 'a'.repeat(40),
    newSha: (same ? 'a' : 'b').repeat(40),
    path,
  });
  it('a changed submodule or symbolic link, with everything under it; a copy; a type change', () => {
    const { changes, files } = changedLinesOfDiff(
      [
        entry('M', 'vendor/infra-modules', '160000'),
        entry('A', 'clusters/shared', '120000'),
        entry('C', 'clusters/copy.tf'),
        entry('T', 'clusters/was-link.tf'),
        entry('M', 'clusters/prod.tf'),
        entry('D', 'clusters/gone.tf'),
      ],
      new Map([['clusters/prod.tf', new Set([4])]]),
    );
    expect(files).toBe(5);
    expect(changes.has('vendor/infra-modules/rke2/main.tf', 40)).toBe(true);
    expect(changes.has('clusters/shared/values.yaml', 2)).toBe(true);
    expect(changes.has('clusters/shared', 1)).toBe(true);
    expect(changes.has('clusters/copy.tf', 9)).toBe(true);
    expect(changes.has('clusters/was-link.tf', 9)).toBe(true);
    expect(changes.has('clusters/prod.tf', 4)).toBe(true);
    expect(changes.has('clusters/prod.tf', 5)).toBe(false);
    expect(changes.has('clusters/gone.tf', 1)).toBe(false);
    expect(changes.has('vendor/infra-modules-2/x.tf', 1)).toBe(false);
  });
});
