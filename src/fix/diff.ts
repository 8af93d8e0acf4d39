/**
 * A unified diff of a file whose lines were rewritten in place (fix never adds or removes a
 * line), with three lines of context, as `git apply` and `patch -p1` read it.
 */
import type { LineChange } from './plan.js';

const CONTEXT = 3;

export function unifiedDiff(file: string, text: string, changes: LineChange[]): string {
  if (!changes.length) return '';
  const lines = text.split('\n');
  // A final newline ends the last line; it does not start another.
  const endsWithNewline = lines.length > 1 && lines[lines.length - 1] === '';
  if (endsWithNewline) lines.pop();
  const changed = new Map(changes.map((c) => [c.line, c]));
  const numbers = [...changed.keys()].sort((a, b) => a - b);
  const hunks: [first: number, last: number][] = [];
  for (const n of numbers) {
    const first = Math.max(1, n - CONTEXT);
    const last = Math.min(lines.length, n + CONTEXT);
    const previous = hunks[hunks.length - 1];
    if (previous && first <= previous[1] + 1) previous[1] = last;
    else hunks.push([first, last]);
  }
  const out = [`--- a/${file}`, `+++ b/${file}`];
  for (const [first, last] of hunks) {
    const count = last - first + 1;
    out.push(`@@ -${first},${count} +${first},${count} @@`);
    const removed: string[] = [];
    const added: string[] = [];
    const flush = () => {
      out.push(...removed.splice(0), ...added.splice(0));
    };
    for (let n = first; n <= last; n++) {
      const line = lines[n - 1]!;
      const noNewline = n === lines.length && !endsWithNewline;
      const change = changed.get(n);
      if (change) {
        // The line as it is in the file (a CR or a BOM kept), only the versions changed.
        removed.push(`-${line}`);
        added.push(`+${line.replace(change.before, () => change.after)}`);
        if (noNewline) {
          removed.push('\\ No newline at end of file');
          added.push('\\ No newline at end of file');
        }
      } else {
        flush();
        out.push(` ${line}`);
        if (noNewline) out.push('\\ No newline at end of file');
      }
    }
    flush();
  }
  return `${out.join('\n')}\n`;
}
