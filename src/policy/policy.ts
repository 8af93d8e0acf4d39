/**
 * The policy stage: which findings fail the check. Report rendering and exit codes read the
 * `failing` flag set here and decide nothing themselves.
 */
import { severityRank, type Advisory, type Severity } from '../advisories/types.js';
import type { Pin } from '../extract/types.js';

export interface PolicyOptions {
  /** Findings at or above this severity fail. */
  failOnSeverity: Severity;
  /** Report everything, fail nothing. */
  warnOnly: boolean;
  /** `introduced`: only findings on lines the change adds or modifies fail. */
  scope: 'all' | 'introduced';
  /** Whether an advisory whose severity could not be found fails (default: no). */
  failOnUnknownSeverity?: boolean;
}

/** Whether an advisory is severe enough to fail a check, whatever pin it is found at. */
export function isFailingAdvisory(advisory: Advisory, policy: PolicyOptions): boolean {
  if (advisory.severity === 'unknown') return policy.failOnUnknownSeverity === true;
  return severityRank(advisory.severity) >= severityRank(policy.failOnSeverity);
}

/**
 * Documentation mentions a release; it does not deploy one, so it is reported, not failed.
 * `introduced` is undefined when no change is known (not a pull request): everything counts.
 */
export function findingFails(
  pin: Pin,
  advisory: Advisory,
  policy: PolicyOptions,
  introduced?: boolean,
  /** The advisory is limited to other operating systems than the nodes the pin deploys. */
  otherOs = false,
): boolean {
  if (policy.warnOnly || pin.inComment || pin.form === 'documentation' || otherOs) return false;
  if (policy.scope === 'introduced' && introduced === false) return false;
  return isFailingAdvisory(advisory, policy);
}
