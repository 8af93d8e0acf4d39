/**
 * The few GitHub REST calls the action makes, behind one small interface so that main.ts takes
 * a client instead of building one at import, and tests can point it at a local server.
 */
import { getOctokit } from '@actions/github';
import type { ChangedFile } from './changed-lines.js';

export interface IssueComment {
  id: number;
  body?: string;
  user: { login: string; type?: string } | null;
}

export interface ReviewComment {
  path: string;
  /** The line on the pull request's head; null when the comment is outdated. */
  line: number | null;
  body?: string;
}

export interface ReviewDraft {
  commitId: string;
  body: string;
  comments: { path: string; line: number; body: string }[];
}

export interface GitHubClient {
  listPullRequestFiles(pullNumber: number): Promise<ChangedFile[]>;
  compareFiles(base: string, head: string): Promise<ChangedFile[]>;
  /** The login the token acts as, or null when the token may not ask (GITHUB_TOKEN). */
  viewerLogin(): Promise<string | null>;
  listComments(issueNumber: number): Promise<IssueComment[]>;
  createComment(issueNumber: number, body: string): Promise<void>;
  updateComment(commentId: number, body: string): Promise<void>;
  /** The pull request's review comments (suggested changes among them). */
  listReviewComments(pullNumber: number): Promise<ReviewComment[]>;
  /** One review, event COMMENT, its comments on the head's lines (RIGHT side). */
  createReview(pullNumber: number, review: ReviewDraft): Promise<void>;
}

export function createGitHubClient(
  token: string,
  owner: string,
  repo: string,
  apiUrl: string,
): GitHubClient {
  const octokit = getOctokit(token, { baseUrl: apiUrl });
  return {
    async listPullRequestFiles(pullNumber) {
      return withRetries(() =>
        octokit.paginate(octokit.rest.pulls.listFiles, {
          owner,
          repo,
          pull_number: pullNumber,
          per_page: 100,
        }),
      );
    },
    async compareFiles(base, head) {
      return withRetries(async () => {
        const files: ChangedFile[] = [];
        for await (const page of octokit.paginate.iterator(
          octokit.rest.repos.compareCommitsWithBasehead,
          {
            owner,
            repo,
            basehead: `${base}...${head}`,
            per_page: 100,
          },
        )) {
          files.push(...((page.data as { files?: ChangedFile[] }).files ?? []));
        }
        return files;
      });
    },
    async viewerLogin() {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
      } catch {
        return null;
      }
    },
    async listComments(issueNumber) {
      return withRetries(() =>
        octokit.paginate(octokit.rest.issues.listComments, {
          owner,
          repo,
          issue_number: issueNumber,
          per_page: 100,
        }),
      );
    },
    async createComment(issueNumber, body) {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    },
    async updateComment(commentId, body) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
    },
    async listReviewComments(pullNumber) {
      const comments = await withRetries(() =>
        octokit.paginate(octokit.rest.pulls.listReviewComments, {
          owner,
          repo,
          pull_number: pullNumber,
          per_page: 100,
        }),
      );
      return comments.map((c) => ({ path: c.path, line: c.line ?? null, body: c.body }));
    },
    async createReview(pullNumber, review) {
      await octokit.rest.pulls.createReview({
        owner,
        repo,
        pull_number: pullNumber,
        commit_id: review.commitId,
        body: review.body,
        event: 'COMMENT',
        comments: review.comments.map((c) => ({ ...c, side: 'RIGHT' as const })),
      });
    },
  };
}

/** Pauses before the second and third tries of a read. */
const RETRY_DELAYS_MS = [500, 1500];

/**
 * Reads are tried again on a server error or a dropped connection (GitHub answers 502/503 now
 * and then); writes are not, so a comment is never posted twice.
 */
async function withRetries<T>(read: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      const status = (error as { status?: number }).status;
      const transient = status === undefined || status >= 500 || status === 429;
      if (!transient || attempt >= RETRY_DELAYS_MS.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
    }
  }
}
