/**
 * What the runner tells a step about its run, read from the environment and the event payload
 * file the way the runner provides them. Read once, in run(), never at import.
 */
import { readFileSync } from 'node:fs';

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The commit the findings' links point at: the PR head, else GITHUB_SHA. */
  sha: string;
  serverUrl: string;
  workspace: string;
  pullRequest: {
    number: number;
    headSha: string;
    /** The base branch's commit the pull request was opened against; '' when not given. */
    baseSha: string;
    /** How many files the pull request changes, as GitHub counts them; null when not given. */
    changedFiles: number | null;
  } | null;
  mergeGroup: { baseSha: string; headSha: string } | null;
  summaryFile: string | null;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      // A missing or unreadable payload leaves the run without pull request details.
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const pr = payload.pull_request as
    | { number?: number; head?: { sha?: string }; base?: { sha?: string }; changed_files?: number }
    | undefined;
  const pullRequest =
    PULL_REQUEST_EVENTS.has(eventName) && typeof pr?.number === 'number'
      ? {
          number: pr.number,
          headSha: pr.head?.sha ?? env.GITHUB_SHA ?? '',
          baseSha: typeof pr.base?.sha === 'string' ? pr.base.sha : '',
          changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : null,
        }
      : null;
  const group = payload.merge_group as { base_sha?: string; head_sha?: string } | undefined;
  const mergeGroup =
    eventName === 'merge_group' && group?.base_sha && group.head_sha
      ? { baseSha: group.base_sha, headSha: group.head_sha }
      : null;
  return {
    eventName,
    owner,
    repo,
    sha: pullRequest?.headSha || mergeGroup?.headSha || env.GITHUB_SHA || '',
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    pullRequest,
    mergeGroup,
    summaryFile: env.GITHUB_STEP_SUMMARY || null,
  };
}

/** `introduced` on pull requests and merge queues, `all` on every other event. */
export function defaultScope(context: RunContext): 'all' | 'introduced' {
  return PULL_REQUEST_EVENTS.has(context.eventName) || context.eventName === 'merge_group'
    ? 'introduced'
    : 'all';
}
