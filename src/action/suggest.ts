/**
 * The action's suggested-changes step: plans the rewrites as `fix --dry-run` would, posts them
 * as one review, and turns any failure into a warning. Returns the counts the comment shows,
 * or undefined when nothing could be tried.
 */
import * as core from '@actions/core';
import type { ChangedLines } from '../audit.js';
import { fixFiles } from '../fix/apply.js';
import type { SuggestionCounts } from '../report/markdown.js';
import type { Report } from '../report/model.js';
import type { GitHubClient } from './github.js';
import { planSuggestions, publishSuggestions, reviewFailureMessage } from './review.js';

export async function suggestChanges(
  client: GitHubClient | null,
  pullRequest: { number: number; headSha: string },
  report: Report,
  changes: ChangedLines | undefined,
  root: string,
): Promise<SuggestionCounts | undefined> {
  // Without the changed lines there is no line a suggestion may go on.
  if (!client || !changes || report.summary.failing === 0) return undefined;
  try {
    const plan = planSuggestions(report, changes, fixFiles(root, report, false));
    const counts = await publishSuggestions(client, pullRequest, plan);
    core.info(
      `suggested changes: ${counts.posted} posted, ${counts.existing} already there, ${counts.notPosted} not posted`,
    );
    return counts;
  } catch (error) {
    core.warning(reviewFailureMessage(error));
    return undefined;
  }
}
