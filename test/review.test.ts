/** Suggested changes: the cap, the duplicate check and the fence, against a recording client. */
import { describe, expect, it } from 'vitest';
import type { GitHubClient, ReviewComment, ReviewDraft } from '../src/action/github.js';
import { MAX_SUGGESTIONS, publishSuggestions, type SuggestionDraft } from '../src/action/review.js';

function recordingClient(existing: ReviewComment[]) {
  const reviews: ReviewDraft[] = [];
  const client = {
    listReviewComments: async () => existing,
    createReview: async (_n: number, review: ReviewDraft) => {
      reviews.push(review);
    },
  } as unknown as GitHubClient;
  return { client, reviews };
}

function draft(line: number, after = `version: v1.33.13+rke2r1 # ${line}`): SuggestionDraft {
  return { path: 'a.yaml', line, after, body: `why\n\n\`\`\`suggestion\n${after}\n\`\`\`` };
}

describe('publishSuggestions', () => {
  it('posts at most 20 in one review and counts the rest', async () => {
    const { client, reviews } = recordingClient([]);
    const drafts = Array.from({ length: 23 }, (_, i) => draft(i + 1));
    const counts = await publishSuggestions(
      client,
      { number: 7, headSha: 'abc' },
      { drafts, withoutSuggestion: 2 },
    );
    expect(reviews).toHaveLength(1);
    expect(reviews[0]!.comments).toHaveLength(MAX_SUGGESTIONS);
    expect(reviews[0]!.commitId).toBe('abc');
    expect(counts).toEqual({ posted: 20, existing: 0, notPosted: 5 });
  });

  it('does not post a suggestion already on its line, and posts nothing when all are there', async () => {
    const there = draft(3);
    const { client, reviews } = recordingClient([
      {
        path: 'a.yaml',
        line: 3,
        body: `earlier\r\n\r\n\`\`\`\`suggestion\r\n${there.after}\r\n\`\`\`\``,
      },
      // Same text on another line, or an outdated comment, is not the same suggestion.
      { path: 'a.yaml', line: 9, body: there.body },
      { path: 'a.yaml', line: null, body: draft(4).body },
    ]);
    const counts = await publishSuggestions(
      client,
      { number: 7, headSha: 'abc' },
      { drafts: [there, draft(4)], withoutSuggestion: 0 },
    );
    expect(reviews[0]!.comments.map((c) => c.line)).toEqual([4]);
    expect(counts).toEqual({ posted: 1, existing: 1, notPosted: 0 });

    const again = recordingClient([{ path: 'a.yaml', line: 3, body: there.body }]);
    const none = await publishSuggestions(
      again.client,
      { number: 7, headSha: 'abc' },
      { drafts: [there], withoutSuggestion: 0 },
    );
    expect(again.reviews).toHaveLength(0);
    expect(none).toEqual({ posted: 0, existing: 1, notPosted: 0 });
  });
});

describe('planSuggestions', () => {
  it('rewrites the whole line in a fence longer than any backtick run on it', async () => {
    const { planSuggestions } = await import('../src/action/review.js');
    const { makeFinding } = await import('./support/findings.js');
    const { buildReport } = await import('../src/report/model.js');
    const advisory = {
      id: 'KPA-2022-0001',
      aliases: [],
      kind: 'defect' as const,
      severity: 'high' as const,
      summary: 'containerd forgets pod IPs across a restart',
      url: 'https://example.com/a',
    };
    const onChanged = makeFinding({ advisory, file: 'x.md.sh', line: 2 });
    const unchanged = makeFinding({ advisory, file: 'x.md.sh', line: 5 });
    const report = buildReport({
      filesScanned: 1,
      pins: [],
      findings: [onChanged, unchanged],
      skipped: [],
      warnings: [],
    });
    const after = 'echo ```v1.24.10+rke2r1```';
    const fixes = {
      changed: [
        { file: 'x.md.sh', line: 2, column: 30, from: 'v1.24.9+rke2r1', to: 'v1.24.10+rke2r1' },
        { file: 'x.md.sh', line: 5, column: 30, from: 'v1.24.9+rke2r1', to: 'v1.24.10+rke2r1' },
      ],
      unchanged: [],
      stillNamed: [],
      files: [
        {
          before: '',
          plan: {
            file: 'x.md.sh',
            changes: [],
            left: [],
            after: null,
            lines: [
              { line: 2, before: 'echo ```v1.24.9+rke2r1```', after },
              { line: 5, before: 'x', after: 'y' },
            ],
          },
        },
      ],
    };
    const plan = planSuggestions(report, { has: (_f, line) => line === 2 }, fixes);
    expect(plan.drafts).toHaveLength(1);
    expect(plan.drafts[0]).toMatchObject({ path: 'x.md.sh', line: 2, after });
    expect(plan.drafts[0]!.body).toContain(`\n\`\`\`\`suggestion\n${after}\n\`\`\`\``);
    expect(plan.drafts[0]!.body).toContain(
      '`v1.24.9+rke2r1` is affected by KPA-2022-0001 (containerd forgets pod IPs across a restart); `v1.24.10+rke2r1` is the nearest release free of failing advisories.',
    );
  });
});
