/**
 * Line-local finders run on the lines that hold candidates only: a finder whose every match
 * starts and ends on one line (or on lines joined by a trailing backslash) gives each line the
 * same spans whether it reads the line alone or the whole text, and a large generated file with one pin near its end then costs one line,
 * not megabytes of regular-expression passes.
 */
import type { Span } from './comments.js';

/**
 * `find` applied to each distinct line (split at `\n`) that holds one of `offsets` (sorted
 * ascending), its spans moved to offsets in `text`. A line that ends in a backslash is read
 * with the next: an escape may carry a substitution over the line's end (`s/a/b\⏎c/`).
 */
export function spansOnLines(
  text: string,
  offsets: readonly number[],
  find: (line: string) => Span[],
): Span[] {
  const spans: Span[] = [];
  let lineEnd = -1;
  for (const offset of offsets) {
    if (offset <= lineEnd) continue;
    let lineStart = offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1;
    while (lineStart >= 2 && text[lineStart - 2] === '\\')
      lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    let nl = text.indexOf('\n', offset);
    while (nl > 0 && text[nl - 1] === '\\') nl = text.indexOf('\n', nl + 1);
    lineEnd = nl === -1 ? text.length : nl;
    for (const [s, e] of find(text.slice(lineStart, lineEnd)))
      spans.push([s + lineStart, e + lineStart]);
  }
  return spans;
}
