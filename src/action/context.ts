/**
 * What the runner tells a step about its run, read from the environment and the event payload
 * file the way the runner provides them. Read once, in run(), never at import.
 */
import { readFileSync } from 'node:fs';
import { describeSyntaxError, jsonSyntaxError } from '../syntax-errors.js';

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
  /** What went wrong reading the event payload, worded without its content. */
  warnings: string[];
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

export function readRunContext(env: NodeJS.ProcessEnv): RunContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: Record<string, unknown> = {};
  const warnings: string[] = [];
  if (env.GITHUB_EVENT_PATH) {
    // A missing or broken payload leaves the run without pull request details, and says so.
    const unknown = 'so the pull request is unknown to this run';
    let text: string | null = null;
    try {
      text = readFileSync(env.GITHUB_EVENT_PATH, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      warnings.push(
        `kube-pin-audit cannot read the event payload (GITHUB_EVENT_PATH: ${code}), ${unknown}.`,
      );
    }
    if (text !== null) {
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === 'object') payload = parsed as Record<string, unknown>;
      } catch {
        // JSON.parse's message would quote the payload, which holds text anyone can write.
        const at = describeSyntaxError(jsonSyntaxError(text));
        warnings.push(
          `kube-pin-audit: the event payload (GITHUB_EVENT_PATH) is not valid JSON at ${at}, ${unknown}.`,
        );
      }
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
    warnings,
  };
}

/** `introduced` on pull requests and merge queues, `all` on every other event. */
export function defaultScope(context: RunContext): 'all' | 'introduced' {
  return PULL_REQUEST_EVENTS.has(context.eventName) || context.eventName === 'merge_group'
    ? 'introduced'
    : 'all';
}
