/**
 * The lines a pull request (or a merge group) adds or modifies, from the patches GitHub's API
 * returns: it works on a shallow checkout, where git has no history to diff against.
 */
import type { ChangedLines } from '../audit.js';
import type { GitHubClient } from './github.js';

/** New-side line numbers of the `+` lines of a unified diff. */
export function addedLines(patch: string): Set<number> {
  const added = new Set<number>();
  let line = 0;
  for (const text of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (hunk) {
      line = Number(hunk[1]);
    } else if (text.startsWith('+')) {
      added.add(line++);
    } else if (text.startsWith(' ') || text === '') {
      line++;
    }
    // `-` lines and `\ No newline at end of file` do not exist on the new side.
  }
  return added;
}

export interface ChangedFile {
  filename: string;
  status?: string;
  patch?: string;
  /** Lines added plus lines removed. */
  changes?: number;
}

/**
 * A file GitHub sends without a patch (too large, binary) counts as changed throughout: better
 * to fail on a pin that was there than to pass one that is new. A file only renamed has no
 * patch either, and no changed line.
 */
export function changedLinesOf(files: ChangedFile[]): ChangedLines {
  const byFile = new Map<string, Set<number> | 'all'>();
  for (const f of files) {
    if (f.status === 'removed') continue;
    if (f.patch !== undefined) byFile.set(f.filename, addedLines(f.patch));
    else byFile.set(f.filename, f.status === 'renamed' && f.changes === 0 ? new Set() : 'all');
  }
  return {
    has(file, line) {
      const lines = byFile.get(file);
      return lines === 'all' || (lines?.has(line) ?? false);
    },
  };
}

export async function fetchPullRequestChanges(
  client: GitHubClient,
  pullNumber: number,
): Promise<ChangedLines> {
  return changedLinesOf(await client.listPullRequestFiles(pullNumber));
}

export async function fetchComparisonChanges(
  client: GitHubClient,
  base: string,
  head: string,
): Promise<ChangedLines> {
  return changedLinesOf(await client.compareFiles(base, head));
}
