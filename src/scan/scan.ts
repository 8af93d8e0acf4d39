/**
 * discover -> read -> extract: every pin in the scanned paths, every skipped file with its
 * reason, and the warnings met on the way.
 */
import { discover } from '../discover/walk.js';
import { skipOf, type Skip, type SkipReason } from '../discover/skips.js';
import type { ReleaseFacts } from '../match/release-facts.js';
import { extractPins } from '../extract/extract.js';
import type { InlineIgnore, Pin, ScanWarning } from '../extract/types.js';
import { isToolReport } from './own-report.js';
import { decodeText, isBinary, mayHoldPin, readFileBytes } from './read.js';

export interface ScanOptions {
  root: string;
  paths: string[];
  include: string[];
  exclude: string[];
  maxFileSize: number;
  /** The settings file in use: reported as skipped, never scanned. */
  configFiles?: string[];
  /** The report files this run writes: reported as skipped, never scanned. */
  outputFiles?: string[];
}

export interface ScanResult {
  filesScanned: number;
  pins: Pin[];
  inlineIgnores: InlineIgnore[];
  skipped: Skip[];
  warnings: ScanWarning[];
  /**
   * Facts of releases the extraction workers met, worked out while the walk went on, for the
   * failing threshold they were worked out with; `assess` works out the rest.
   */
  releases?: { optionsKey: string; facts: Map<string, ReleaseFacts> };
}

export function emptyScanResult(): ScanResult {
  return { filesScanned: 0, pins: [], inlineIgnores: [], skipped: [], warnings: [] };
}

/**
 * Reads one discovered file and adds what it holds (or why it was skipped) to `into`. Given
 * `elsewhere`, a file that may hold a pin, or is larger than a small file, is handed to it.
 */
export function scanFile(
  path: string,
  file: string,
  maxFileSize: number,
  into: ScanResult,
  elsewhere?: () => void,
): void {
  const read = readFileBytes(path, maxFileSize, elsewhere !== undefined);
  if (Buffer.isBuffer(read)) scanBytes(file, read, into, elsewhere);
  else if (read.kind === 'skip') addSkip(into, file, read.reason, read.detail);
  else elsewhere!();
}

export function addSkip(into: ScanResult, file: string, reason: SkipReason, detail?: string): void {
  into.skipped.push(skipOf(file, reason, detail));
}

/**
 * A file's bytes: binary (skipped), no candidate (scanned, nothing more), or extracted; or, given
 * `elsewhere`, a candidate handed to it.
 */
export function scanBytes(
  file: string,
  bytes: Buffer,
  into: ScanResult,
  elsewhere?: () => void,
): void {
  if (isBinary(bytes)) addSkip(into, file, 'binary');
  else if (!mayHoldPin(bytes)) into.filesScanned++;
  else if (elsewhere) elsewhere();
  else extractInto(file, bytes, into);
}

/** Decodes a candidate file's bytes and adds its pins, inline ignores and warnings to `into`. */
export function extractInto(file: string, bytes: Uint8Array, into: ScanResult): void {
  const { text, invalidUtf8 } = decodeText(bytes);
  if (isToolReport(text)) {
    addSkip(into, file, 'kube-pin-audit-report');
    return;
  }
  into.filesScanned++;
  if (invalidUtf8) {
    into.warnings.push({
      file,
      message: 'not valid UTF-8; invalid bytes were replaced and the rest scanned',
    });
  }
  const extraction = extractPins(file, text);
  for (const pin of extraction.pins) into.pins.push(pin);
  for (const warning of extraction.warnings) into.warnings.push(warning);
  for (const ignore of extraction.inlineIgnores) into.inlineIgnores.push(ignore);
}

export function mergeScanResults(into: ScanResult, part: ScanResult): void {
  into.filesScanned += part.filesScanned;
  for (const pin of part.pins) into.pins.push(pin);
  for (const ignore of part.inlineIgnores) into.inlineIgnores.push(ignore);
  for (const skip of part.skipped) into.skipped.push(skip);
  for (const warning of part.warnings) into.warnings.push(warning);
}

/** Files in path order, whichever thread read them. */
export function inFileOrder(result: ScanResult): ScanResult {
  const byFile = (a: { file: string }, b: { file: string }) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  result.skipped.sort(byFile);
  result.warnings.sort((a, b) => byFile(a, b) || (a.line ?? 0) - (b.line ?? 0));
  // The stale-ignore warnings follow this order, whatever order the workers answered in.
  result.inlineIgnores.sort((a, b) => byFile(a, b) || a.line - b.line);
  return result;
}

/** The whole scan on this thread. */
export function scanFiles(options: ScanOptions): ScanResult {
  const result = emptyScanResult();
  discover(options, (item) => {
    if (item.kind === 'skip') result.skipped.push(item.skip);
    else scanFile(item.path, item.file, options.maxFileSize, result);
  });
  return inFileOrder(result);
}
