/**
 * Where the lines of a text start and end, and the binary search that finds the line of an
 * offset.
 */

/**
 * The offset at which each line starts: 0, then one past each `\n`; in a string, or in a file's
 * bytes (`fix`: a `\n` byte is never inside a UTF-8 sequence). In a typed array grown by
 * doubling: pushing onto a plain array took nine times as long on a 4 MB generated manifest.
 * (A string never exceeds 2^29 code units and a Buffer 2^32 bytes, so every offset fits.)
 */
export function lineStarts(text: string | Buffer): Uint32Array {
  let starts = new Uint32Array(64);
  let count = 1;
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    if (count === starts.length) {
      const grown = new Uint32Array(starts.length * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = nl + 1;
  }
  return starts.subarray(0, count);
}

/** Where the line that holds `from` ends: its `\n`, or `to` (the text's end) if that comes first. */
export function lineEnd(text: string, from: number, to = text.length): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 || nl > to ? to : nl;
}

/** Index of the last element of ascending `values` that is <= target (0 when none is). */
export function lastAtOrBefore(values: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid]! <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
