/**
 * Plain text for a terminal: pins grouped by file; findings grouped by pin, failing ones first
 * with their fix and the rest folded into one line; one summary line.
 */
import { compareUrgency, isLiveIgnore, type Finding, type Report } from './model.js';
import { terminalSafe } from './escape.js';
import { dataLine } from './data-freshness.js';

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
  if (report.findings.length) out.push('', 'Findings:', ...findingLines(report.findings));
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
  out.push(dataLine(report.data));
  out.push(
    `${s.filesScanned} files scanned, ${s.filesSkipped} skipped, ${s.pins} pins, ` +
      `${s.findings} findings (${s.failing} failing)`,
  );
  return `${out.join('\n')}\n`;
}

function findingLines(findings: Finding[]): string[] {
  const byPin = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.file}\u0000${f.line}\u0000${f.column}`;
    const list = byPin.get(key);
    if (list) list.push(f);
    else byPin.set(key, [f]);
  }
  const pins = [...byPin.values()].map((list) => list.sort(compareUrgency));
  pins.sort((a, b) => compareUrgency(a[0]!, b[0]!));
  const out: string[] = [];
  for (const list of pins) {
    const pin = list[0]!;
    const failing = list.filter((f) => f.failing);
    const shown = list.filter((f) => f.failing || f.ignored?.expired);
    const silenced = list.filter(isLiveIgnore);
    const folded = list.filter((f) => !shown.includes(f) && !silenced.includes(f));
    const mark = failing.length ? 'FAIL' : silenced.length === list.length ? 'ignored' : 'warn';
    out.push(
      `  ${mark.padEnd(7)} ${terminalSafe(pin.file)}:${pin.line}  ${pin.version}  ` +
        `(${failing.length} failing, ${list.length - failing.length} not)`,
    );
    for (const f of shown) {
      const via = f.via ? ` via ${f.via.component} ${f.via.version}` : '';
      const expired = f.ignored?.expired ? ` (ignore expired ${f.ignored.expires})` : '';
      out.push(
        `          ${f.advisory.id} [${f.advisory.severity} ${f.advisory.kind}]${via}${expired}: ${terminalSafe(f.advisory.summary)}`,
        `            fix: ${f.suggestion ? `move to ${f.suggestion}` : 'no unaffected release known'}`,
      );
      if (f.note) out.push(`            note: ${terminalSafe(f.note)}`);
    }
    for (const f of silenced) {
      const until = f.ignored!.expires ? ` until ${f.ignored!.expires}` : '';
      out.push(`          ${f.advisory.id} ignored${until}: ${terminalSafe(f.ignored!.reason)}`);
    }
    if (folded.length) {
      const ids = folded.map((f) => `${f.advisory.id} (${f.advisory.severity})`).join(', ');
      out.push(`          not failing: ${ids}`);
    }
    if (pin.upgradeTo && pin.upgradeTo !== pin.version) {
      out.push(`          nearest release free of failing advisories: ${pin.upgradeTo}`);
    }
  }
  return out;
}
