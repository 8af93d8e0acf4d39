/**
 * The pure pipeline both front ends share: discover -> extract (scanFiles), then resolve,
 * match and policy, then the report model.
 */
import { buildReport, type Report } from './report/model.js';
import { scanFiles, type ScanOptions } from './scan/scan.js';

export type AuditOptions = ScanOptions;

export function audit(options: AuditOptions): Report {
  const scanned = scanFiles(options);
  return buildReport({
    filesScanned: scanned.filesScanned,
    pins: scanned.pins.map((pin) => ({ ...pin, upgradeTo: null })),
    findings: [],
    skipped: scanned.skipped,
    warnings: scanned.warnings,
  });
}
