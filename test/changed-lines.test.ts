import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addedLines,
  changedLinesOf,
  comparisonListCut,
  pullRequestListCut,
  readChangedLines,
  relativeToScanRoot,
} from '../src/action/changed-lines.js';
import type { GitHubClient } from '../src/action/github.js';

describe('addedLines', () => {
  it('numbers the + lines on the new side across hunks', () => {
    const patch = [
      '@@ -1,3 +1,4 @@',
      ' a',
      '-b',
      '+B',
      '+C',
      ' d',
      '@@ -10,2 +11,3 @@ resource "x" {',
      ' k',
      '+new',
      ' m',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...addedLines(patch)]).toEqual([2, 3, 12]);
  });
});

describe('changedLinesOf', () => {
  it('reads patches, treats a patchless change as wholly changed and a pure rename as unchanged', () => {
    const changes = changedLinesOf([
      { filename: 'a.tf', status: 'modified', patch: '@@ -1 +1,2 @@\n x\n+y' },
      { filename: 'big.yaml', status: 'modified', changes: 4000 },
      { filename: 'moved.sh', status: 'renamed', changes: 0 },
      { filename: 'gone.tf', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
    ]);
    expect(changes.has('a.tf', 2)).toBe(true);
    expect(changes.has('a.tf', 1)).toBe(false);
    expect(changes.has('big.yaml', 77)).toBe(true);
    expect(changes.has('moved.sh', 1)).toBe(false);
    expect(changes.has('gone.tf', 1)).toBe(false);
    expect(changes.has('untouched.tf', 1)).toBe(false);
  });
});

describe('cut file lists', () => {
  it('a pull request list is cut when it holds fewer files than changed_files, or reaches 3,000', () => {
    expect(pullRequestListCut(3, 4)).toMatch(/^GitHub listed 3 of the 4 files/);
    expect(pullRequestListCut(3000, 3001)).toMatch(/^GitHub listed 3000 of the 3001 files/);
    expect(pullRequestListCut(3000, null)).toMatch(/the most its list holds \(3,000\)/);
    expect(pullRequestListCut(3000, 3000)).toMatch(/the most its list holds/);
    expect(pullRequestListCut(2999, 2999)).toBeNull();
    expect(pullRequestListCut(12, null)).toBeNull();
  });

  it('a comparison is cut at 300 files', () => {
    expect(comparisonListCut(299)).toBeNull();
    expect(comparisonListCut(300)).toMatch(/listed 300 files for this merge group/);
  });
});

describe('readChangedLines', () => {
  // A folder that looks like a checkout; git itself is stood in for.
  const checkout = mkdtempSync(join(tmpdir(), 'kpa-checkout-'));
  mkdirSync(join(checkout, '.git'));
  afterAll(() => rmSync(checkout, { recursive: true, force: true }));
  const refusingClient = {
    listPullRequestFiles: () => Promise.reject(new Error('the API was asked')),
    compareFiles: () => Promise.reject(new Error('the API was asked')),
  } as unknown as GitHubClient;
  const pullRequest = { number: 7, headSha: 'h', baseSha: 'a'.repeat(40), changedFiles: 4 };

  it('asks git first, and not the API when git answers', async () => {
    const changes = { has: (file: string, line: number) => file === 'x.tf' && line === 2 };
    const read = await readChangedLines(
      refusingClient,
      { pullRequest, mergeGroup: null, scanned: [checkout] },
      {
        git: async (top, base) => {
          expect(base).toBe('a'.repeat(40));
          return {
            ok: true,
            top,
            base: 'b'.repeat(40),
            baseIs: 'merge base',
            files: 1,
            changes,
          };
        },
      },
    );
    expect(read.warnings).toEqual([]);
    expect(read.changes).toBe(changes);
  });

  it('falls back to the API, and refuses a list shorter than changed_files', async () => {
    const client = {
      listPullRequestFiles: async () => [
        { filename: 'a.tf', status: 'modified', patch: '@@ -1 +1 @@\n-x\n+y' },
      ],
    } as unknown as GitHubClient;
    const read = await readChangedLines(
      client,
      { pullRequest, mergeGroup: null, scanned: [checkout] },
      { git: async () => ({ ok: false, reason: 'the checkout does not hold the base commit' }) },
    );
    expect(read.changes).toBeUndefined();
    expect(read.notes).toEqual([
      "changed lines from GitHub's API: not from git, because the checkout does not hold the base commit",
    ]);
    expect(read.warnings).toEqual([
      expect.stringMatching(/^GitHub listed 1 of the 4 files.*`fetch-depth: 0`/),
    ]);
  });
});

describe('relativeToScanRoot', () => {
  const changes = { has: (file: string) => file === 'clusters/prod/main.tf' };
  it('re-roots paths from the checkout top to the scan root, below or above it', () => {
    expect(relativeToScanRoot(changes, '/w/repo', '/w/repo').has('clusters/prod/main.tf', 1)).toBe(
      true,
    );
    expect(relativeToScanRoot(changes, '/w/repo', '/w/repo/clusters').has('prod/main.tf', 1)).toBe(
      true,
    );
    expect(relativeToScanRoot(changes, '/w/repo', '/w').has('repo/clusters/prod/main.tf', 1)).toBe(
      true,
    );
    expect(relativeToScanRoot(changes, '/w/repo', '/w').has('clusters/prod/main.tf', 1)).toBe(
      false,
    );
  });
});
