/**
 * Recognizes a report kube-pin-audit wrote (JSON `tool.name`, SARIF `runs[].tool.driver.name`):
 * its pins are copies of pins found in the files it names, so scanning it again would report
 * every pin twice and fail on the copies.
 */
import { TOOL_NAME } from '../tool.js';

const QUOTED_NAME = `"${TOOL_NAME}"`;

export function isToolReport(text: string): boolean {
  // Cheap tests first: most JSON files never name the tool.
  if (!text.includes(QUOTED_NAME)) return false;
  // Leading space (a byte order mark included) is allowed; a report is one JSON object.
  const start = text.search(/\S/);
  if (start === -1 || text[start] !== '{') return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(start ? text.slice(start) : text);
  } catch {
    return false;
  }
  if (typeof parsed !== 'object' || parsed === null) return false;
  const report = parsed as { tool?: { name?: unknown }; runs?: unknown };
  if (report.tool?.name === TOOL_NAME) return true;
  return (
    Array.isArray(report.runs) &&
    report.runs.some(
      (run) =>
        (run as { tool?: { driver?: { name?: unknown } } } | null)?.tool?.driver?.name ===
        TOOL_NAME,
    )
  );
}
