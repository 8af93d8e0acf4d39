/**
 * Line annotations, one per pinned release with live findings: its decision (report/decision.ts)
 * in a sentence or three. GitHub shows at most 10 annotations of each level per step, so the
 * most urgent pins come first and a notice counts what did not fit.
 */
import { contextNote } from '../extract/contexts.js';
import { terminalSafe } from '../report/escape.js';
import { othersPhrase, pinDecisions, type PinDecision } from '../report/decision.js';
import type { Report } from '../report/model.js';

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

function annotationOf(d: PinDecision, level: 'error' | 'warning'): Annotation {
  const lead = d.lead;
  const via = lead.via ? ` through its bundled ${lead.via.component} ${lead.via.version}` : '';
  const expired = lead.ignored?.expired ? ` (its ignore expired on ${lead.ignored.expires})` : '';
  const others = othersPhrase(d);
  const move = d.upgradeTo
    ? ` Move to ${d.upgradeTo}, the nearest release free of failing advisories.`
    : d.verdict === 'fail'
      ? ' No release free of failing advisories is known.'
      : '';
  const sameLine = d.sameLine ? ` On its own line, ${d.sameLine} fixes ${lead.advisory.id}.` : '';
  const context = d.context === 'deploy' ? '' : ` (${contextNote(d.context)})`;
  const title = d.upgradeTo
    ? `${d.version}: move to ${d.upgradeTo} (${lead.advisory.id}${d.others ? ` +${d.others}` : ''})`
    : `${d.version}: ${lead.advisory.id}${d.others ? ` +${d.others}` : ''}`;
  return {
    level,
    title: terminalSafe(title),
    message: terminalSafe(
      `${d.version}${context} is affected by ${lead.advisory.id} (${lead.advisory.severity} ${lead.advisory.kind})${via}${expired}: ${lead.advisory.summary}${others ? `; and ${others}` : ''}.${move}${sameLine} The job summary lists every advisory.`,
    ),
    file: d.file,
    startLine: d.line,
    startColumn: d.column,
    endColumn: d.column + d.text.length,
  };
}

/** One annotation per pin: an error for a failing pin, a warning for a pin with live findings. */
export function planAnnotations(report: Report): Annotation[] {
  const decisions = pinDecisions(report);
  const errors = decisions.filter((d) => d.verdict === 'fail');
  const warnings = decisions.filter((d) => d.verdict === 'warn');
  const annotations = [
    ...errors.slice(0, ANNOTATIONS_PER_LEVEL).map((d) => annotationOf(d, 'error')),
    ...warnings.slice(0, ANNOTATIONS_PER_LEVEL).map((d) => annotationOf(d, 'warning')),
  ];
  const hiddenErrors = Math.max(0, errors.length - ANNOTATIONS_PER_LEVEL);
  const hiddenWarnings = Math.max(0, warnings.length - ANNOTATIONS_PER_LEVEL);
  if (hiddenErrors || hiddenWarnings) {
    annotations.push({
      level: 'notice',
      title: 'More kube-pin-audit findings than annotations',
      message: `${hiddenErrors} more failing and ${hiddenWarnings} more non-failing pinned releases are not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} per level); the job summary and the report list them all.`,
    });
  }
  return annotations;
}
