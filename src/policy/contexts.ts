/**
 * The user's correction of the guessed contexts: `contexts: {test: [e2e/**], deploy:
 * [tests/prod-smoke/**]}` assigns a context to every pin in files its globs match, both ways.
 */
import { globMatcher } from '../discover/globs.js';
import { PIN_CONTEXTS, type PinContext } from '../extract/types.js';

export type ContextGlobs = Partial<Record<PinContext, readonly string[]>>;

/**
 * The context the globs give a file, or undefined when none matches. When globs of several
 * contexts match, the first in PIN_CONTEXTS order wins: `deploy` first, so that an overlap never
 * turns a deploying file into one that cannot fail.
 */
export function contextAssigner(
  globs: ContextGlobs | undefined,
): ((file: string) => PinContext | undefined) | null {
  const matchers: [PinContext, (path: string) => boolean][] = [];
  for (const context of PIN_CONTEXTS) {
    const matcher = globMatcher(globs?.[context] ?? []);
    if (matcher) matchers.push([context, matcher]);
  }
  if (!matchers.length) return null;
  const known = new Map<string, PinContext | undefined>();
  return (file) => {
    if (known.has(file)) return known.get(file);
    const found = matchers.find(([, matches]) => matches(file))?.[0];
    known.set(file, found);
    return found;
  };
}
