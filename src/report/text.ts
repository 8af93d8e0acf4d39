/** Plain text for a terminal: pins grouped by file, findings with their fix, one summary line. */
import { alsoUpgradeTo, type Report } from './model.js';
import { terminalSafe } from './escape.js';

export function renderText(report: Report): string {
  const out: string[] = [];
  let currentFile = '';
  for (const pin of report.pins) {
    if (pin.file !== currentFile) {
      currentFile = pin.file;
      out.push(terminalSafe(pin.file));
    }
    const where = `${pin.line}:${pin.column}`.padEnd(9);
    const note = [pin.form, pin.inComment ? 'in a comment' : ''].filter(Boolean).join(', ');
    out.push(
      `  ${where} ${pin.product.padEnd(10)} ${terminalSafe(pin.version).padEnd(22)} ${note}`,
    );
  }
  if (report.findings.length) {
    out.push('', 'Findings:');
    for (const f of report.findings) {
      const mark = f.failing ? 'FAIL' : f.ignored ? 'ignored' : 'warn';
      const via = f.via ? ` (via ${f.via.component} ${f.via.version})` : '';
      const fix = f.suggestion ? `move to ${f.suggestion}` : 'no unaffected release known';
      out.push(
        `  ${mark.padEnd(7)} ${terminalSafe(f.file)}:${f.line}  ${f.version}${via}`,
        `          ${f.advisory.id} [${f.advisory.severity} ${f.advisory.kind}] ${terminalSafe(f.advisory.summary)}`,
        `          fix: ${fix}${alsoUpgradeTo(f) ? `; nearest clean release: ${alsoUpgradeTo(f)}` : ''}`,
      );
    }
  }
  if (report.skipped.length) {
    const byReason = new Map<string, number>();
    for (const s of report.skipped) byReason.set(s.reason, (byReason.get(s.reason) ?? 0) + 1);
    out.push('', `Skipped: ${[...byReason].map(([reason, n]) => `${n} ${reason}`).join(', ')}`);
  }
  for (const w of report.warnings) {
    out.push(
      `warning: ${terminalSafe(w.file)}${w.line ? `:${w.line}` : ''}: ${terminalSafe(w.message)}`,
    );
  }
  const s = report.summary;
  if (out.length) out.push('');
  out.push(
    `${s.filesScanned} files scanned, ${s.filesSkipped} skipped, ${s.pins} pins, ` +
      `${s.findings} findings (${s.failing} failing)`,
  );
  return `${out.join('\n')}\n`;
}
