/**
 * The policy stage: which findings fail the check. Report rendering and exit codes read the
 * `failing` flag set here and decide nothing themselves.
 */
import { severityRank, type Advisory, type Severity } from '../advisories/types.js';
import type { Pin, PinContext } from '../extract/types.js';
import type { ContextGlobs } from './contexts.js';

/** Only pins that deploy something fail unless the settings say otherwise. */
export const DEFAULT_FAIL_ON_CONTEXTS: readonly PinContext[] = ['deploy'];

export interface PolicyOptions {
  /** Findings at or above this severity fail. */
  failOnSeverity: Severity;
  /** Report everything, fail nothing. */
  warnOnly: boolean;
  /** `introduced`: only findings on lines the change adds or modifies fail. */
  scope: 'all' | 'introduced';
  /** The pin contexts whose findings can fail; DEFAULT_FAIL_ON_CONTEXTS when absent. */
  failOnContexts?: readonly PinContext[];
  /** Globs that set the context of the files they match, over the guess (see contexts.ts). */
  contexts?: ContextGlobs;
  /** Whether an advisory whose severity could not be found fails (default: no). */
  failOnUnknownSeverity?: boolean;
}

/** Whether an advisory is severe enough to fail a check, whatever pin it is found at. */
export function isFailingAdvisory(advisory: Advisory, policy: PolicyOptions): boolean {
  if (advisory.severity === 'unknown') return policy.failOnUnknownSeverity === true;
  return severityRank(advisory.severity) >= severityRank(policy.failOnSeverity);
}

/** Whether findings of pins in this context can fail under the policy. */
export function contextCanFail(context: PinContext, policy: PolicyOptions): boolean {
  return (policy.failOnContexts ?? DEFAULT_FAIL_ON_CONTEXTS).includes(context);
}

/**
 * A pin fails only where it deploys something: in a context that can fail (documentation,
 * test data and release catalogs mention a release; they are reported, not failed).
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
  if (policy.warnOnly || pin.inComment || otherOs) return false;
  if (!contextCanFail(pin.context, policy)) return false;
  if (policy.scope === 'introduced' && introduced === false) return false;
  return isFailingAdvisory(advisory, policy);
}
