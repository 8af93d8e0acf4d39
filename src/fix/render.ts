/** What `fix` says: a line per change and per pin left, or the JSON the issue names, or a diff. */
import { terminalSafe } from '../report/escape.js';
import type { FixResult } from './apply.js';
import { unifiedDiff } from './diff.js';

export function renderFixJson(result: FixResult): string {
  const { changed, unchanged, stillNamed } = result;
  return `${JSON.stringify({ changed, unchanged, stillNamed }, null, 2)}\n`;
}

export function renderFixText(result: FixResult, dryRun: boolean): string {
  const out: string[] = [];
  const verb = dryRun ? 'would change' : 'changed';
  for (const c of result.changed) {
    out.push(
      `${verb}  ${terminalSafe(c.file)}:${c.line}:${c.column}  ${terminalSafe(c.from)} -> ${c.to}`,
    );
  }
  for (const u of result.unchanged) {
    out.push(
      `left     ${terminalSafe(u.file)}:${u.line}:${u.column}  ${terminalSafe(u.version)}: ${terminalSafe(u.reason)}`,
    );
  }
  for (const n of result.stillNamed) {
    out.push(
      `check    ${terminalSafe(n.file)}:${n.line}  still names ${terminalSafe(n.text)}, which fix does not rewrite (a checksum's release, a comment?)`,
    );
  }
  if (out.length) out.push('');
  out.push(summaryLine(result, dryRun));
  return `${out.join('\n')}\n`;
}

export function summaryLine(result: FixResult, dryRun: boolean): string {
  const files = new Set(result.changed.map((c) => c.file)).size;
  const pins = (n: number) => `${n} failing pin${n === 1 ? '' : 's'}`;
  const done = dryRun ? 'would be rewritten' : 'rewritten';
  if (!result.changed.length && !result.unchanged.length) return 'Nothing to fix: no failing pin.';
  const named = result.stillNamed.length;
  const check = !named
    ? ''
    : named === 1
      ? ' 1 other line still names an old release: check it.'
      : ` ${named} other lines still name an old release: check them.`;
  return `${pins(result.changed.length)} ${done} in ${files} file${files === 1 ? '' : 's'}; ${pins(result.unchanged.length)} left as ${result.unchanged.length === 1 ? 'it is' : 'they are'}.${check}`;
}

/** The unified diff of every file that would change, in path order. */
export function renderFixDiff(result: FixResult): string {
  return result.files
    .map(({ plan, before }) => unifiedDiff(plan.file, before, plan.lines))
    .join('');
}
