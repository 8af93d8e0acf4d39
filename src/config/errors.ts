/** Turns a schema failure into one line that names the key and what it accepts. */
import type * as z from 'zod/mini';

export function describeIssue(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } {
  const path = [...issue.path];
  if (issue.code === 'invalid_value' && 'values' in issue) {
    return { path, message: `must be one of ${issue.values.map(String).join(', ')}` };
  }
  if (issue.code === 'invalid_type') {
    const expected =
      issue.expected === 'array'
        ? 'a list'
        : issue.expected === 'number'
          ? 'a number'
          : issue.expected === 'boolean'
            ? 'true or false'
            : issue.expected === 'object'
              ? 'a mapping (key: value)'
              : `a ${issue.expected}`;
    return {
      path,
      message: issue.message.startsWith('is required') ? issue.message : `must be ${expected}`,
    };
  }
  if (issue.code === 'unrecognized_keys')
    return { path: [...path, issue.keys[0]!], message: 'is not a known key' };
  if (issue.code === 'invalid_union')
    return { path, message: 'must be a list (or a comma-separated string)' };
  return { path, message: issue.message };
}

/** The valid key nearest to a misspelled one, by edit distance, if any is near enough. */
export function closestKey(key: string, valid: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of valid) {
    const d = editDistance(key.toLowerCase(), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}
