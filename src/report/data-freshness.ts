/**
 * The bundled data's date in reports: one line for text and the job summary, and a warning
 * when the data is much older than the scan date.
 */
import type { DataSources } from '../data/schema.js';
import type { ScanWarning } from '../extract/types.js';

/** Data older than this many days before the scan date gets a warning. */
export const STALE_AFTER_DAYS = 90;

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function dataFreshnessWarning(data: DataSources | null, scanDate: string): ScanWarning[] {
  if (!data) return [];
  const age = days(data.date, scanDate);
  if (age <= STALE_AFTER_DAYS) return [];
  return [
    {
      file: '.',
      message: `the advisory data is from ${data.date}, ${age} days before the scan date ${scanDate}: update kube-pin-audit for newer advisories and end-of-life dates`,
    },
  ];
}

/** `Advisory data as of 2026-09-30 (golang/vulndb@…, …).` */
export function dataLine(data: DataSources | null): string {
  return data
    ? `Advisory data as of ${data.date} (${data.sources.join('; ')}).`
    : 'Advisory data: no date known.';
}

/** The same line for the job summary (Markdown; the sources are the project's own strings). */
export function dataSummaryLine(data: DataSources | null): string {
  return `\n${dataLine(data)}\n`;
}
