/**
 * Builds small git repositories for tests: one commit per fixture tree, with a fixed author and
 * date, and no config of the machine's user (HOME and the global config are left out).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export function gitIn(repo: string, args: string[], input?: string): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
    env: {
      PATH: process.env.PATH,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'Infra Bot',
      GIT_AUTHOR_EMAIL: 'infra@example.com',
      GIT_COMMITTER_NAME: 'Infra Bot',
      GIT_COMMITTER_EMAIL: 'infra@example.com',
      GIT_AUTHOR_DATE: '2026-11-30T12:00:00Z',
      GIT_COMMITTER_DATE: '2026-11-30T12:00:00Z',
    },
  }).trim();
}

export function initRepo(repo: string): void {
  gitIn(repo, ['init', '-q', '-b', 'main']);
}

/** Makes the work tree hold exactly `tree` (a folder), commits it, and returns the commit id. */
export function commitTree(repo: string, tree: string, message: string): string {
  for (const entry of readdirSync(repo)) {
    if (entry !== '.git') rmSync(join(repo, entry), { recursive: true, force: true });
  }
  cpSync(tree, repo, { recursive: true });
  return commitAll(repo, message);
}

export function commitAll(repo: string, message: string): string {
  gitIn(repo, ['add', '-A']);
  gitIn(repo, ['commit', '-q', '--allow-empty', '-m', message]);
  return gitIn(repo, ['rev-parse', 'HEAD']);
}
