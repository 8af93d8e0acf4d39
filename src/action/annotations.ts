/**
 * Line annotations for the findings. GitHub shows at most 10 annotations of each level per
 * step, so the most severe come first, one per pin before a second on the same pin, and a
 * notice counts what did not fit.
 */
import { contextNote } from '../extract/contexts.js';
import { terminalSafe } from '../report/escape.js';
import { alsoUpgradeTo, compareUrgency, type Finding, type Report } from '../report/model.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  title: string;
  message: string;
  file?: string;
  startLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** GitHub's per-step display limit for each annotation level. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** Ranked so that the first ten cover as many pins as possible, each by its most urgent finding. */
function ordered(findings: Finding[]): Finding[] {
  const rankInPin = new Map<Finding, number>();
  const seen = new Map<string, number>();
  const byUrgency = [...findings].sort(compareUrgency);
  for (const f of byUrgency) {
    const key = `${f.file}:${f.line}:${f.column}`;
    const n = seen.get(key) ?? 0;
    rankInPin.set(f, n);
    seen.set(key, n + 1);
  }
  return byUrgency.sort(
    (a, b) =>
      rankInPin.get(a)! - rankInPin.get(b)! ||
      compareUrgency(a, b) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line),
  );
}

function annotationOf(f: Finding, level: 'error' | 'warning'): Annotation {
  const via = f.via ? ` through its bundled ${f.via.component} ${f.via.version}` : '';
  const fix = f.suggestion ? ` Move to ${f.suggestion}.` : ' No unaffected release is known.';
  const upgrade = alsoUpgradeTo(f);
  const clean = upgrade ? ` Nearest release free of failing advisories: ${upgrade}.` : '';
  const expired = f.ignored?.expired ? ` (its ignore expired on ${f.ignored.expires})` : '';
  const context = f.context === 'deploy' ? '' : ` (${contextNote(f.context)})`;
  return {
    level,
    title: terminalSafe(
      `${f.advisory.id} (${f.advisory.severity} ${f.advisory.kind}): ${f.version}`,
    ),
    message: terminalSafe(
      `${f.version}${context} is affected by ${f.advisory.id}${via}${expired}: ${f.advisory.summary}.${fix}${clean}`,
    ),
    file: f.file,
    startLine: f.line,
    startColumn: f.column,
    endColumn: f.column + f.text.length,
  };
}

export function planAnnotations(report: Report): Annotation[] {
  const live = report.findings.filter((f) => !f.ignored || f.ignored.expired);
  const errors = ordered(live.filter((f) => f.failing));
  const warnings = ordered(live.filter((f) => !f.failing));
  const annotations = [
    ...errors.slice(0, ANNOTATIONS_PER_LEVEL).map((f) => annotationOf(f, 'error')),
    ...warnings.slice(0, ANNOTATIONS_PER_LEVEL).map((f) => annotationOf(f, 'warning')),
  ];
  const hiddenErrors = Math.max(0, errors.length - ANNOTATIONS_PER_LEVEL);
  const hiddenWarnings = Math.max(0, warnings.length - ANNOTATIONS_PER_LEVEL);
  if (hiddenErrors || hiddenWarnings) {
    annotations.push({
      level: 'notice',
      title: 'More kube-pin-audit findings than annotations',
      message: `${hiddenErrors} more failing and ${hiddenWarnings} more non-failing findings are not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level); the job summary and the report list them all.`,
    });
  }
  return annotations;
}
