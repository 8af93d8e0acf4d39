/**
 * The lines a change adds or modifies, read from the local git checkout when it holds the base
 * commit: the merge base of the base and HEAD, diffed against HEAD. No API call, no token, and
 * no cut file list.
 *
 * The checkout's git config is not trusted (a fork-safe `pull_request_target` job checks out
 * code from a stranger, and an earlier step may have written .git/config): nothing it names may
 * run. Only plumbing commands are used (`diff-tree`, `merge-base`, `cat-file`), which read no
 * porcelain settings (colour, prefixes, `diff.relative`, `diff.noprefix`), and every setting that
 * could start a program is overridden on the command line, which wins over the repository's file.
 */
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ChangedLines } from '../audit.js';

/** Settings given with `-c`: each is a way a repository's config could start a program. */
const NEUTRAL_CONFIG = [
  'diff.external=', // an external diff program (also --no-ext-diff below)
  'core.fsmonitor=false', // a file-system monitor hook, run when the index is refreshed
  'core.hooksPath=/dev/null', // hooks (none of the commands used runs one; belt and braces)
  'core.pager=cat', // a pager (the output is a pipe, so none would start anyway)
  'core.quotePath=true', // names quoted the same way whatever the repository says
  'gc.auto=0', // no automatic housekeeping
  'maintenance.auto=false',
  // A partial clone fetches missing objects on demand: no transport may run (`ext::` runs a
  // command; a local path runs `remote.*.uploadpack`). A per-protocol setting would win over
  // `protocol.allow`, so each is set.
  'protocol.allow=never',
  ...['file', 'ext', 'ssh', 'git', 'http', 'https'].map((p) => `protocol.${p}.allow=never`),
];

/** The git environment of the job may point elsewhere (GIT_DIR, GIT_EXTERNAL_DIFF): none of it. */
function gitEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('GIT_')) clean[key] = value;
  }
  return {
    ...clean,
    GIT_PAGER: 'cat',
    GIT_TERMINAL_PROMPT: '0',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_LAZY_FETCH: '1',
    GIT_NO_REPLACE_OBJECTS: '1',
  };
}

/** A commit id as GitHub sends it; anything else never reaches git's command line. */
const COMMIT_RE = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i;

export type GitChanges =
  | {
      ok: true;
      /** The checkout's top folder (real path): the diff's paths are relative to it. */
      top: string;
      /** The commit the change is diffed from, and what it is. */
      base: string;
      baseIs: 'merge base' | "HEAD's first parent";
      /** Files the change touches (added, modified, renamed; not deleted). */
      files: number;
      changes: ChangedLines;
    }
  | { ok: false; reason: string };

export interface GitOptions {
  /**
   * The pull request's head commit. When HEAD is GitHub's merge of it into the base branch (the
   * default checkout of a pull request), the change is HEAD against its first parent: the base
   * branch as the merge saw it, which the event's base commit may lag behind.
   */
  headSha?: string;
  env?: NodeJS.ProcessEnv;
  /** Each git command is stopped after this long (default: two minutes). */
  timeoutMs?: number;
}

/** The nearest folder at or above `start` that holds `.git` (a folder, or a worktree's file). */
export function checkoutTop(start: string): string | null {
  let dir = realpathSync(start);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export async function gitChangedLines(
  workspace: string,
  baseSha: string,
  options: GitOptions = {},
): Promise<GitChanges> {
  if (!COMMIT_RE.test(baseSha)) return { ok: false, reason: `'${baseSha}' is not a commit id` };
  let top: string | null;
  try {
    top = checkoutTop(workspace);
  } catch {
    top = null;
  }
  if (!top) return { ok: false, reason: 'the workspace is not a git checkout' };
  const git = gitRunner(top, options);
  const firstParent = options.headSha ? await mergedBase(git, options.headSha) : null;
  const found = firstParent
    ? { ok: true as const, base: firstParent }
    : await mergeBaseOf(git, baseSha);
  if (!found.ok) return found;
  const base = found.base;
  const baseIs = firstParent ? "HEAD's first parent" : 'merge base';
  const range = [base, 'HEAD', '--'];
  const raw = await git(['diff-tree', '-r', '-z', '-M', '--raw', '--no-abbrev', ...range]);
  if (raw.code !== 0) return { ok: false, reason: `git diff-tree failed: ${raw.stderrLine}` };
  const entries = parseRaw(raw.stdout);
  const { hunks, onLine } = hunkCollector();
  const patch = await git(
    [
      'diff-tree',
      '-r',
      '-M',
      '-p',
      '-U0',
      '--no-ext-diff',
      '--no-textconv',
      '--no-color',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      ...range,
    ],
    onLine,
  );
  if (patch.code !== 0) return { ok: false, reason: `git diff-tree failed: ${patch.stderrLine}` };
  return { ok: true, top, base, baseIs, ...changedLinesOfDiff(entries, hunks) };
}

/** HEAD's first parent, when HEAD is a merge whose second parent is the pull request's head. */
async function mergedBase(git: GitRunner, headSha: string): Promise<string | null> {
  if (!COMMIT_RE.test(headSha)) return null;
  const parents = await git(['rev-parse', 'HEAD^1^{commit}', 'HEAD^2^{commit}']);
  const [first, second] = parents.stdout.toString('latin1').split('\n');
  return parents.code === 0 &&
    second?.toLowerCase() === headSha.toLowerCase() &&
    COMMIT_RE.test(first ?? '')
    ? first!
    : null;
}

/** The merge base of the base commit and HEAD, when the checkout holds the base commit. */
async function mergeBaseOf(
  git: GitRunner,
  baseSha: string,
): Promise<{ ok: true; base: string } | { ok: false; reason: string }> {
  const present = await git(['cat-file', '-e', `${baseSha}^{commit}`]);
  if (present.code === null)
    return { ok: false, reason: `git did not run (${present.stderrLine})` };
  if (present.code !== 0) {
    return { ok: false, reason: `the checkout does not hold the base commit ${baseSha}` };
  }
  const mergeBase = await git(['merge-base', baseSha, 'HEAD']);
  const base = mergeBase.stdout.toString('latin1').trim();
  if (mergeBase.code !== 0 || !COMMIT_RE.test(base)) {
    return {
      ok: false,
      reason: `git found no merge base of ${baseSha} and HEAD (a shallow checkout?)`,
    };
  }
  return { ok: true, base };
}

// --- running git ---------------------------------------------------------------------------

interface GitResult {
  code: number | null;
  stdout: Buffer;
  stderrLine: string;
}

type GitRunner = (args: string[], onLine?: (line: Buffer) => void) => Promise<GitResult>;

function gitRunner(top: string, options: GitOptions): GitRunner {
  const env = gitEnv(options.env ?? process.env);
  const prefix = [
    '--no-replace-objects',
    `--git-dir=${join(top, '.git')}`,
    `--work-tree=${top}`,
    ...NEUTRAL_CONFIG.flatMap((c) => ['-c', c]),
  ];
  /** With `onLine`, the output is handed over line by line and not kept (a large diff). */
  return (args, onLine) =>
    new Promise((resolve) => {
      const child = spawn('git', [...prefix, ...args], {
        cwd: top,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: options.timeoutMs ?? 120_000,
      });
      const kept: Buffer[] = [];
      let pending: Buffer = Buffer.alloc(0);
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        if (!onLine) return void kept.push(chunk);
        let data = pending.length ? Buffer.concat([pending, chunk]) : chunk;
        for (let nl = data.indexOf(10); nl !== -1; nl = data.indexOf(10)) {
          onLine(data.subarray(0, nl));
          data = data.subarray(nl + 1);
        }
        pending = Buffer.from(data);
      });
      child.stderr.on('data', (chunk: Buffer) => {
        if (stderr.length < 4096) stderr += chunk.toString('utf8');
      });
      child.on('error', (error) =>
        resolve({ code: null, stdout: Buffer.alloc(0), stderrLine: error.message }),
      );
      child.on('close', (code) => {
        if (onLine && pending.length) onLine(pending);
        resolve({
          code,
          stdout: Buffer.concat(kept),
          stderrLine: stderr.split('\n')[0] || `exit ${code}`,
        });
      });
    });
}

// --- reading git's output ------------------------------------------------------------------

export interface RawEntry {
  status: string;
  /** Similarity of a rename or copy, 0-100. */
  score: number;
  oldMode: string;
  newMode: string;
  oldSha: string;
  newSha: string;
  /** The path on the new side (the old one for a deletion). */
  path: string;
}

/** `git diff-tree -z --raw`: `:old new oldsha newsha STATUS\0path\0[newpath\0]`. */
export function parseRaw(out: Buffer): RawEntry[] {
  const fields = out.toString('utf8').split('\0');
  const entries: RawEntry[] = [];
  for (let i = 0; i < fields.length; i++) {
    const head = /^:(\d{6}) (\d{6}) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])(\d*)$/.exec(fields[i]!);
    if (!head) continue;
    const status = head[5]!;
    const twoPaths = status === 'R' || status === 'C';
    const path = twoPaths ? fields[i + 2]! : fields[i + 1]!;
    i += twoPaths ? 2 : 1;
    entries.push({
      status,
      score: Number(head[6] || 0),
      oldMode: head[1]!,
      newMode: head[2]!,
      oldSha: head[3]!,
      newSha: head[4]!,
      path,
    });
  }
  return entries;
}

/** Undoes git's C-style quoting of a path (`"b/caf\303\251 \"x\".tf"`), bytes read as UTF-8. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"')) return text;
  const bytes: number[] = [];
  const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13 };
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') break;
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = text[++i]!;
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(text.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A unified diff's hunk header `@@ -a,b +c,d @@`: group 1 is the new side's first line, c. */
export const HUNK_HEADER_RE = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;

/**
 * Reads `git diff-tree -p -U0` line by line: after a `diff --git` header, `+++ b/path` names the
 * file; `@@ -a,b +c,d @@` starts a hunk whose `+` lines are new-side lines c, c+1, ... Inside a
 * hunk every line starts with `+`, `-`, ` ` or `\`, so an added line that reads `++ x` (shown
 * `+++ x`) is content, not a header.
 */
export function hunkCollector(): { hunks: Map<string, Set<number>>; onLine(line: Buffer): void } {
  const hunks = new Map<string, Set<number>>();
  let lines: Set<number> | null = null;
  let inHunk = false;
  let next = 0;
  return {
    hunks,
    onLine(line) {
      const first = line[0];
      if (inHunk && (first === 0x2b || first === 0x2d || first === 0x20 || first === 0x5c)) {
        if (first === 0x2b) lines?.add(next++);
        else if (first === 0x20) next++;
        return;
      }
      const text = line.toString('utf8');
      const hunk = HUNK_HEADER_RE.exec(text);
      inHunk = hunk !== null;
      if (hunk) next = Number(hunk[1]);
      else if (text.startsWith('diff --git ')) lines = null;
      else if (text.startsWith('+++ ')) {
        const name = text.slice(4);
        // Git ends an unquoted name that holds a space with a tab; a name with a tab is quoted.
        const path = unquoteGitPath(name.startsWith('"') ? name : name.replace(/\t$/, ''));
        lines = null;
        if (path.startsWith('b/')) {
          lines = hunks.get(path.slice(2)) ?? new Set();
          hunks.set(path.slice(2), lines);
        }
      }
    },
  };
}

const SUBMODULE = '160000';
const SYMLINK = '120000';

/**
 * Fails closed wherever the diff says less than the files will: a file changed without
 * readable hunks (binary, or `-diff` in .gitattributes) counts as changed throughout, and so do
 * a copy, a type change, and everything under a changed submodule or symbolic link, whose
 * content the diff does not show. A pure rename and a mode change add no line; a deletion
 * leaves nothing to scan.
 */
export function changedLinesOfDiff(
  entries: RawEntry[],
  hunks: Map<string, Set<number>>,
): { files: number; changes: ChangedLines } {
  const byFile = new Map<string, Set<number> | 'all'>();
  const wholeFolders: string[] = [];
  let files = 0;
  for (const e of entries) {
    if (e.status === 'D') continue;
    files++;
    if (e.newMode === SUBMODULE || e.newMode === SYMLINK) {
      byFile.set(e.path, 'all');
      wholeFolders.push(`${e.path}/`);
    } else if (e.status === 'C' || e.status === 'T') {
      byFile.set(e.path, 'all');
    } else if (hunks.has(e.path)) {
      byFile.set(e.path, hunks.get(e.path)!);
    } else if (e.oldSha === e.newSha) {
      byFile.set(e.path, new Set()); // renamed unchanged, or only its mode changed
    } else {
      byFile.set(e.path, 'all');
    }
  }
  return {
    files,
    changes: {
      has(file, line) {
        const lines = byFile.get(file);
        if (lines !== undefined) return lines === 'all' || lines.has(line);
        return wholeFolders.some((folder) => file.startsWith(folder));
      },
    },
  };
}
