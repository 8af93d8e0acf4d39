/**
 * Suggested changes on a pull request: for each failing pin on a line the pull request adds or
 * changes, a review comment holding a GitHub ```suggestion that rewrites the line as `fix`
 * would, and one sentence saying why. All of one run's suggestions go in one review (event
 * COMMENT); a suggestion already on its line is not posted again. A failure is the caller's
 * warning, never a change of the check's result.
 */
import type { ChangedLines } from '../audit.js';
import type { FixResult } from '../fix/apply.js';
import { fewWords, othersPhrase, pinDecisions, type PinDecision } from '../report/decision.js';
import type { SuggestionCounts } from '../report/markdown.js';
import { codeSpan, escapeMarkdown } from '../report/markdown-escape.js';
import type { Report } from '../report/model.js';
import type { GitHubClient } from './github.js';

/** Suggestions posted per run at most; the comment counts the rest. */
export const MAX_SUGGESTIONS = 20;
const MARKER = '<!-- kube-pin-audit:suggestion -->';

export interface SuggestionDraft {
  path: string;
  line: number;
  /** The line as `fix` would write it. */
  after: string;
  body: string;
}

/**
 * One draft per changed line holding failing pins `fix` can rewrite, most urgent first; and
 * how many failing pins on changed lines have no suggestion (fix leaves them, with a reason).
 */
export function planSuggestions(
  report: Report,
  changes: ChangedLines,
  fixes: FixResult,
): { drafts: SuggestionDraft[]; withoutSuggestion: number } {
  const lineChanges = new Map<string, string>();
  for (const { plan } of fixes.files) {
    for (const l of plan.lines) lineChanges.set(`${plan.file}\u0000${l.line}`, l.after);
  }
  const byLine = new Map<string, PinDecision[]>();
  let withoutSuggestion = 0;
  for (const d of pinDecisions(report)) {
    if (d.verdict !== 'fail' || !changes.has(d.file, d.line)) continue;
    const key = `${d.file}\u0000${d.line}`;
    const rewritten = fixes.changed.some(
      (c) => c.file === d.file && c.line === d.line && c.column === d.column,
    );
    if (!rewritten || !lineChanges.has(key)) {
      withoutSuggestion++;
      continue;
    }
    byLine.set(key, [...(byLine.get(key) ?? []), d]);
  }
  const drafts = [...byLine].map(([key, decisions]) => {
    const after = lineChanges.get(key)!;
    const first = decisions[0]!;
    return { path: first.file, line: first.line, after, body: suggestionBody(decisions, after) };
  });
  return { drafts, withoutSuggestion };
}

function suggestionBody(decisions: PinDecision[], after: string): string {
  const why = decisions.map((d) => {
    const others = othersPhrase(d);
    return (
      `${codeSpan(d.version, 'inline')} is affected by ${escapeMarkdown(d.lead.advisory.id)} ` +
      `(${escapeMarkdown(fewWords(d.lead.advisory.summary))})${others ? ` and ${others}` : ''}; ` +
      `${codeSpan(d.upgradeTo ?? '', 'inline')} is the nearest release free of failing advisories.`
    );
  });
  let longest = 2;
  for (const run of after.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  return [MARKER, why.join(' '), '', `${fence}suggestion`, after, fence].join('\n');
}

/** The suggestion block a body holds for `after`, whatever fence it uses. */
function holdsSuggestion(body: string | undefined, after: string): boolean {
  if (!body) return false;
  const lines = body.replace(/\r\n/g, '\n').split('\n');
  return lines.some(
    (l, i) =>
      /^`{3,}suggestion\s*$/.test(l) &&
      lines[i + 1] === after &&
      /^`{3,}$/.test(lines[i + 2] ?? ''),
  );
}

/** Posts the drafts not already on their lines, at most MAX_SUGGESTIONS, in one review. */
export async function publishSuggestions(
  client: GitHubClient,
  pullRequest: { number: number; headSha: string },
  plan: { drafts: SuggestionDraft[]; withoutSuggestion: number },
): Promise<SuggestionCounts> {
  const counts: SuggestionCounts = { posted: 0, existing: 0, notPosted: plan.withoutSuggestion };
  if (!plan.drafts.length) return counts;
  const existing = await client.listReviewComments(pullRequest.number);
  const fresh = plan.drafts.filter(
    (d) =>
      !existing.some(
        (c) => c.path === d.path && c.line === d.line && holdsSuggestion(c.body, d.after),
      ),
  );
  counts.existing = plan.drafts.length - fresh.length;
  const posted = fresh.slice(0, MAX_SUGGESTIONS);
  counts.notPosted += fresh.length - posted.length;
  if (!posted.length) return counts;
  await client.createReview(pullRequest.number, {
    commitId: pullRequest.headSha,
    body: `${MARKER}\nkube-pin-audit suggests ${posted.length === 1 ? 'a change' : `${posted.length} changes`} to the pinned releases this pull request adds; each applies with one click.`,
    comments: posted.map((d) => ({ path: d.path, line: d.line, body: d.body })),
  });
  counts.posted = posted.length;
  return counts;
}

/** A warning that says what to do about a refused review, without failing the step. */
export function reviewFailureMessage(error: unknown): string {
  const status = (error as { status?: number }).status;
  const reason = (error as Error).message?.split('\n')[0] ?? String(error);
  if (status === 403 || status === 404) {
    return `kube-pin-audit could not post its suggested changes (HTTP ${status}: ${reason}). The workflow needs 'permissions: pull-requests: write'; a pull request from a fork gets a read-only token. The check's result is unchanged.`;
  }
  return `kube-pin-audit could not post its suggested changes (${status ? `HTTP ${status}: ` : ''}${reason}). The check's result is unchanged.`;
}
