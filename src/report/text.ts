/**
 * Plain text for a terminal: pins grouped by file; then one decision per pin with findings
 * (verdict, the release to move to, the most urgent advisory and the count of the others);
 * one summary line.
 */
import { isLiveIgnore, type Report } from './model.js';
import { fewWords, othersPhrase, pinDecisions } from './decision.js';
import { oneLine, terminalSafe } from './escape.js';
import { contextNote } from '../extract/contexts.js';
import { TOOL_NAME } from '../tool.js';
import { dataLine } from './data-freshness.js';

export function renderText(report: Report): string {
  const out: string[] = [];
  let currentFile = '';
  for (const pin of report.pins) {
    if (pin.file !== currentFile) {
      currentFile = pin.file;
      out.push(oneLine(pin.file));
    }
    const where = `${pin.line}:${pin.column}`.padEnd(9);
    const context = pin.form === 'documentation' ? null : contextNote(pin.context);
    const note = [pin.form, context, pin.inComment ? 'in a comment' : '']
      .filter(Boolean)
      .join(', ');
    out.push(
      `  ${where} ${pin.product.padEnd(10)} ${terminalSafe(pin.version).padEnd(22)} ${note}`,
    );
  }
  if (report.findings.length)
    out.push('', 'Findings, one decision per pin:', ...findingLines(report));
  if (report.skipped.length) {
    const byReason = new Map<string, number>();
    for (const s of report.skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
    out.push('', `Skipped: ${[...byReason].map(([reason, n]) => `${n} ${reason}`).join(', ')}`);
  }
  for (const w of report.warnings) {
    out.push(`warning: ${oneLine(w.file)}${w.line ? `:${w.line}` : ''}: ${oneLine(w.message)}`);
  }
  const s = report.summary;
  if (out.length) out.push('');
  out.push(dataLine(report.data));
  out.push(
    `${s.filesScanned} files scanned, ${s.filesSkipped} skipped, ${s.pins} pins, ` +
      `${s.findings} findings (${s.failing} failing)`,
  );
  return `${out.join('\n')}\n`;
}

function findingLines(report: Report): string[] {
  const out: string[] = [];
  const decisions = pinDecisions(report);
  // Pins that share a line are told apart by their column.
  const perLine = new Map<string, number>();
  for (const d of decisions) {
    const key = `${d.file}\u0000${d.line}`;
    perLine.set(key, (perLine.get(key) ?? 0) + 1);
  }
  for (const d of decisions) {
    const mark = { fail: 'FAIL', warn: 'warn', ignored: 'ignored' }[d.verdict];
    // Marks beside the location (a non-deploy context, say) go after the version.
    const note = d.context === 'deploy' ? '' : ` (${contextNote(d.context)})`;
    const move = d.upgradeTo
      ? ` -> ${d.upgradeTo}`
      : d.verdict === 'fail'
        ? ' (no clean release known)'
        : '';
    const column = perLine.get(`${d.file}\u0000${d.line}`)! > 1 ? `:${d.column}` : '';
    // The version as the file writes it, when that differs: what a search of the file finds.
    const written = d.text !== d.version ? ` (written ${terminalSafe(d.text)})` : '';
    out.push(
      `  ${mark.padEnd(7)} ${oneLine(d.file)}:${d.line}${column}  ${terminalSafe(d.version)}${written}${note}${move}`,
    );
    const lead = d.lead;
    const via = lead.via ? ` via ${lead.via.component} ${lead.via.version}` : '';
    const others = othersPhrase(d);
    out.push(
      `          ${lead.advisory.id} (${lead.advisory.severity} ${lead.advisory.kind})${via}: ` +
        `${terminalSafe(fewWords(lead.advisory.summary))}${others ? `; ${others}` : ''}`,
    );
    if (lead.note) out.push(`          note: ${terminalSafe(lead.note)}`);
    if (d.sameLine) {
      out.push(`          same line: ${d.sameLine} fixes ${lead.advisory.id}`);
    }
    const silenced = d.findings.filter(isLiveIgnore);
    if (silenced.length && d.verdict !== 'ignored')
      out.push(`          ${silenced.length} ignored`);
    if (d.verdict === 'ignored') {
      const until = lead.ignored!.expires ? ` until ${lead.ignored!.expires}` : '';
      out.push(`          ignored${until}: ${terminalSafe(lead.ignored!.reason)}`);
    }
    if (lead.ignored?.expired) out.push(`          its ignore expired on ${lead.ignored.expires}`);
  }
  out.push('', `Every advisory of a release: ${TOOL_NAME} check VERSION, or --format json.`);
  return out;
}
