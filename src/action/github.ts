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

export interface GitHubClient {
  listPullRequestFiles(pullNumber: number): Promise<ChangedFile[]>;
  compareFiles(base: string, head: string): Promise<ChangedFile[]>;
  /** The login the token acts as, or null when the token may not ask (GITHUB_TOKEN). */
  viewerLogin(): Promise<string | null>;
  listComments(issueNumber: number): Promise<IssueComment[]>;
  createComment(issueNumber: number, body: string): Promise<void>;
  updateComment(commentId: number, body: string): Promise<void>;
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
      return octokit.paginate(octokit.rest.pulls.listFiles, {
        owner,
        repo,
        pull_number: pullNumber,
        per_page: 100,
      });
    },
    async compareFiles(base, head) {
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
    },
    async viewerLogin() {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
      } catch {
        return null;
      }
    },
    async listComments(issueNumber) {
      return octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
      });
    },
    async createComment(issueNumber, body) {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    },
    async updateComment(commentId, body) {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: commentId, body });
    },
  };
}
