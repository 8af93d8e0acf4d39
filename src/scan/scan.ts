/**
 * discover -> read -> extract: every pin in the scanned paths, every skipped file with its
 * reason, and the warnings met on the way.
 */
import { discover } from '../discover/walk.js';
import type { Skip } from '../discover/skips.js';
import { extractPins } from '../extract/extract.js';
import type { InlineIgnore, Pin, ScanWarning } from '../extract/types.js';
import { readCandidate } from './read.js';

export interface ScanOptions {
  root: string;
  paths: string[];
  include: string[];
  exclude: string[];
  maxFileSize: number;
}

export interface ScanResult {
  filesScanned: number;
  pins: Pin[];
  inlineIgnores: InlineIgnore[];
  skipped: Skip[];
  warnings: ScanWarning[];
}

export function scanFiles(options: ScanOptions): ScanResult {
  const result: ScanResult = {
    filesScanned: 0,
    pins: [],
    inlineIgnores: [],
    skipped: [],
    warnings: [],
  };
  for (const item of discover(options)) {
    if (item.kind === 'skip') {
      result.skipped.push(item.skip);
      continue;
    }
    const read = readCandidate(item.path, options.maxFileSize);
    if (read.kind === 'skip') {
      result.skipped.push(
        read.detail
          ? { file: item.file, reason: read.reason, detail: read.detail }
          : { file: item.file, reason: read.reason },
      );
      continue;
    }
    result.filesScanned++;
    if (read.kind === 'no-candidate') continue;
    if (read.invalidUtf8) {
      result.warnings.push({
        file: item.file,
        message: 'not valid UTF-8; invalid bytes were replaced and the rest scanned',
      });
    }
    const extraction = extractPins(item.file, read.text);
    for (const pin of extraction.pins) result.pins.push(pin);
    for (const warning of extraction.warnings) result.warnings.push(warning);
    for (const ignore of extraction.inlineIgnores) result.inlineIgnores.push(ignore);
  }
  return result;
}
