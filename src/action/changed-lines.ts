/**
 * The lines a pull request (or a merge group) adds or modifies. From the local git checkout
 * when it holds the base commit (see git-changes.ts); otherwise from the patches GitHub's API
 * returns, which works on a shallow checkout but whose file lists GitHub cuts without an error
 * (3,000 files for a pull request, 300 for a comparison). A list that may be cut is not used:
 * every finding then counts, as when no list could be had.
 */
import { join, posix, relative, sep } from 'node:path';
import type { ChangedLines } from '../audit.js';
import type { RunContext } from './context.js';
import { checkoutTop, gitChangedLines, HUNK_HEADER_RE } from './git-changes.js';
import type { GitHubClient } from './github.js';

/** GitHub's pull request files list stops here. */
export const PULL_REQUEST_FILES_LIMIT = 3000;
/** GitHub's comparison (merge groups) lists at most this many files. */
export const COMPARISON_FILES_LIMIT = 300;

const FETCH_DEPTH_FIX =
  'Check out with `fetch-depth: 0` (actions/checkout) so that the changed lines come from git, which lists every file.';

/** New-side line numbers of the `+` lines of a unified diff. */
export function addedLines(patch: string): Set<number> {
  const added = new Set<number>();
  let line = 0;
  for (const text of patch.split('\n')) {
    const hunk = HUNK_HEADER_RE.exec(text);
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

export interface ChangesOutcome {
  /** Absent when the changed lines are unknown: every finding then counts. */
  changes?: ChangedLines;
  /** The folder the changes' paths are relative to (the checkout's top). */
  pathsFrom: string;
  /** Where the lines came from, for the log. */
  notes: string[];
  /** Why the lines are unknown, and what to do about it. */
  warnings: string[];
}

export interface ChangeReaders {
  git?: typeof gitChangedLines;
}

/**
 * The changed lines of the run's pull request or merge group: git first, the API second. No
 * API call is made when git can answer. Undefined `changes` with a warning when neither can
 * answer in full.
 */
export async function readChangedLines(
  client: GitHubClient | null,
  context: Pick<RunContext, 'pullRequest' | 'mergeGroup'> & {
    /** The scan root, then the scan paths: the first inside a git checkout names it. */
    scanned: string[];
  },
  readers: ChangeReaders = {},
): Promise<ChangesOutcome> {
  const { pullRequest, mergeGroup } = context;
  const top = context.scanned.map(topOrNull).find((t) => t !== null) ?? null;
  const outcome: ChangesOutcome = {
    // Without a checkout, GitHub's paths are taken as relative to the scan root.
    pathsFrom: top ?? context.scanned[0]!,
    notes: [],
    warnings: [],
  };
  if (!pullRequest && !mergeGroup) return outcome;
  const baseSha = pullRequest ? pullRequest.baseSha : mergeGroup!.baseSha;
  let gitMiss = top
    ? 'the event names no base commit'
    : 'the scanned files are not in a git checkout';
  if (baseSha && top) {
    const git = await (readers.git ?? gitChangedLines)(
      top,
      baseSha,
      pullRequest?.headSha ? { headSha: pullRequest.headSha } : {},
    );
    if (git.ok) {
      outcome.pathsFrom = git.top;
      outcome.changes = git.changes;
      outcome.notes.push(
        `changed lines from git: ${git.files} file(s) changed between the ${git.baseIs} ${git.base.slice(0, 12)} and HEAD`,
      );
      return outcome;
    }
    gitMiss = git.reason;
  }
  outcome.notes.push(`changed lines from GitHub's API: not from git, because ${gitMiss}`);
  if (!client) {
    outcome.warnings.push(
      `kube-pin-audit has no github-token, so it cannot list the lines this change introduces (and git cannot: ${gitMiss}).`,
    );
    return outcome;
  }
  let files: ChangedFile[];
  try {
    files = pullRequest
      ? await client.listPullRequestFiles(pullRequest.number)
      : await client.compareFiles(mergeGroup!.baseSha, mergeGroup!.headSha);
  } catch (error) {
    outcome.warnings.push(
      `kube-pin-audit could not list the change's files: ${(error as Error).message.split('\n')[0]}`,
    );
    return outcome;
  }
  const cut = pullRequest
    ? pullRequestListCut(files.length, pullRequest.changedFiles)
    : comparisonListCut(files.length);
  if (cut) {
    outcome.warnings.push(`${cut} ${FETCH_DEPTH_FIX}`);
    return outcome;
  }
  outcome.changes = changedLinesOf(files);
  return outcome;
}

/** Why a pull request's files list may be incomplete, or null when it is whole. */
export function pullRequestListCut(listed: number, changedFiles: number | null): string | null {
  if (changedFiles !== null && listed < changedFiles) {
    return `GitHub listed ${listed} of the ${changedFiles} files this pull request changes (its list stops at ${PULL_REQUEST_FILES_LIMIT.toLocaleString('en-US')}), so every finding counts: a pin in a file left off the list could not be placed.`;
  }
  if (listed >= PULL_REQUEST_FILES_LIMIT) {
    return `GitHub listed ${listed} files for this pull request, the most its list holds (${PULL_REQUEST_FILES_LIMIT.toLocaleString('en-US')}), so the list may be cut and every finding counts.`;
  }
  return null;
}

/** Why a comparison's files list (a merge group) may be incomplete, or null when it is whole. */
export function comparisonListCut(listed: number): string | null {
  if (listed < COMPARISON_FILES_LIMIT) return null;
  return `GitHub's comparison listed ${listed} files for this merge group, the most it lists (${COMPARISON_FILES_LIMIT}), so the list may be cut and every finding counts.`;
}

function topOrNull(path: string): string | null {
  try {
    return checkoutTop(path);
  } catch {
    return null;
  }
}

/**
 * The changes with paths relative to the scan root, as findings have them: the changes' paths
 * are relative to `pathsFrom` (the checkout's top). A file outside the checkout is unchanged.
 */
export function relativeToScanRoot(
  changes: ChangedLines,
  pathsFrom: string,
  scanRoot: string,
): ChangedLines {
  const prefix = relative(pathsFrom, scanRoot).split(sep).join(posix.sep);
  if (prefix === '') return changes;
  if (!prefix.startsWith('..'))
    return { has: (file, line) => changes.has(`${prefix}/${file}`, line) };
  return {
    has(file, line) {
      const path = relative(pathsFrom, join(scanRoot, file)).split(sep).join(posix.sep);
      return !path.startsWith('../') && changes.has(path, line);
    },
  };
}
