/**
 * The `fix` command after the scan: rewrite (or, with --dry-run, show) and say what happened.
 * Exit code 0 when no failing pin is left, 1 when some remain (a dry run changes nothing, so
 * every failing pin remains).
 */
import type { Report } from '../report/model.js';
import { fixFiles } from './apply.js';
export { linkedScanPaths } from './apply.js';
import { renderFixDiff, renderFixJson, renderFixText, summaryLine } from './render.js';

export interface FixOutcome {
  stdout: string;
  stderr: string;
  exitCode: 0 | 1;
}

export function runFix(
  root: string,
  report: Report,
  options: { dryRun: boolean; format: 'text' | 'json'; linked?: string[] },
): FixOutcome {
  const result = fixFiles(root, report, !options.dryRun, options.linked);
  const remaining = options.dryRun
    ? result.changed.length + result.unchanged.length
    : result.unchanged.length;
  const exitCode = remaining > 0 ? 1 : 0;
  if (options.format === 'json') return { stdout: renderFixJson(result), stderr: '', exitCode };
  if (options.dryRun) {
    // The diff alone on standard output, so that it can be piped to `git apply`.
    return {
      stdout: renderFixDiff(result),
      stderr: renderFixText(result, true),
      exitCode,
    };
  }
  return { stdout: renderFixText(result, false), stderr: '', exitCode };
}

export { summaryLine };
