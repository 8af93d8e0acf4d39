/**
 * The one pull request comment per comment-tag: found by its hidden marker among the comments
 * the token's own identity wrote, updated in place, never duplicated.
 */
import type { GitHubClient, IssueComment } from './github.js';

export type CommentMode = 'always' | 'on-failure' | 'never';
export type CommentOutcome = 'created' | 'updated' | 'cleared' | 'skipped';

/** Who GITHUB_TOKEN comments as; a personal token is asked who it is instead. */
export const ACTIONS_BOT = 'github-actions[bot]';

export interface CommentPlan {
  issueNumber: number;
  mode: CommentMode;
  /** The hidden line every body starts with, unique per comment-tag. */
  marker: string;
  failing: boolean;
  body: string;
  allClearBody: string;
}

export async function publishComment(
  client: GitHubClient,
  plan: CommentPlan,
): Promise<CommentOutcome> {
  if (plan.mode === 'never') return 'skipped';
  const self = await client.viewerLogin();
  const comments = await client.listComments(plan.issueNumber);
  // Someone quoting the marker in their own comment must not have it overwritten. A token that
  // may not say who it is (GITHUB_TOKEN, a GitHub App's) wrote as a bot, its body led by the marker.
  const ours = (c: IssueComment) =>
    self
      ? c.user?.login === self && Boolean(c.body?.includes(plan.marker))
      : (c.user?.login === ACTIONS_BOT || c.user?.type === 'Bot') &&
        Boolean(c.body?.startsWith(plan.marker));
  const existing = comments.find(ours);
  if (plan.mode === 'on-failure' && !plan.failing) {
    if (!existing) return 'skipped';
    if (existing.body !== plan.allClearBody)
      await client.updateComment(existing.id, plan.allClearBody);
    return 'cleared';
  }
  if (existing) {
    if (existing.body !== plan.body) await client.updateComment(existing.id, plan.body);
    return 'updated';
  }
  await client.createComment(plan.issueNumber, plan.body);
  return 'created';
}

/** A warning that says what to do about a failed comment, without failing the step. */
export function commentFailureMessage(error: unknown): string {
  const status = (error as { status?: number }).status;
  const reason = (error as Error).message?.split('\n')[0] ?? String(error);
  if (status === 403 || status === 404) {
    return `kube-pin-audit could not comment on the pull request (HTTP ${status}: ${reason}). The workflow needs 'permissions: pull-requests: write'; a pull request from a fork gets a read-only token, so the comment is skipped there. The check's result is unchanged.`;
  }
  return `kube-pin-audit could not comment on the pull request (${status ? `HTTP ${status}: ` : ''}${reason}). The check's result is unchanged.`;
}
