/** Where the lines of a text start, and the binary search that finds the line of an offset. */

/** The offset at which each line starts: 0, then one past each `\n`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return starts;
}

/** Index of the last element of ascending `values` that is <= target (0 when none is). */
export function lastAtOrBefore(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid]! <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
