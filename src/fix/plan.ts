/**
 * What `fix` changes: every failing deploy pin, rewritten in place to its `upgradeTo` in the
 * pin's own spelling. Pure: the report and a file's bytes in, the new bytes and the reasons
 * for every pin left as it was out. Only the version's bytes change; line endings, a BOM and
 * every other byte stay as they were.
 */
import type { Finding, Report } from '../report/model.js';
import { lineStarts } from '../extract/line-starts.js';
import { respell } from './spelling.js';

/** A pin `fix` means to rewrite: a failing deploy pin with a release to move to. */
export interface FixTarget extends Pick<
  Finding,
  'file' | 'line' | 'column' | 'product' | 'version' | 'text' | 'form'
> {
  upgradeTo: string;
}

export interface PinChange {
  file: string;
  line: number;
  column: number;
  from: string;
  to: string;
}

export interface PinLeft {
  file: string;
  line: number;
  column: number;
  version: string;
  reason: string;
}

/** One rewritten line, for a diff or a suggested change; text without its line ending. */
export interface LineChange {
  line: number;
  before: string;
  after: string;
}

export interface FilePlan {
  file: string;
  changes: PinChange[];
  left: PinLeft[];
  lines: LineChange[];
  /** The file's new bytes; null when nothing in it changes. */
  after: Buffer | null;
}

/**
 * The failing pins, split into those `fix` will try to rewrite (grouped by file, in report
 * order) and those it leaves whatever the file holds: pins in comments, documentation and
 * non-deploy contexts, and pins with no release to move to.
 */
export function fixTargets(report: Report): { byFile: Map<string, FixTarget[]>; left: PinLeft[] } {
  const byFile = new Map<string, FixTarget[]>();
  const left: PinLeft[] = [];
  const seen = new Set<string>();
  for (const f of report.findings) {
    if (!f.failing) continue;
    const key = `${f.file}\u0000${f.line}\u0000${f.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = { file: f.file, line: f.line, column: f.column, version: f.version };
    const context = f.context;
    if (f.inComment) left.push({ ...where, reason: 'in a comment: fix never rewrites comments' });
    else if (context !== 'deploy') {
      left.push({ ...where, reason: `a ${context} pin: fix rewrites deploy pins only` });
    } else if (!f.upgradeTo || f.upgradeTo === f.version) {
      left.push({ ...where, reason: 'no release free of failing advisories is known' });
    } else {
      const list = byFile.get(f.file) ?? [];
      list.push({ ...f, upgradeTo: f.upgradeTo });
      byFile.set(f.file, list);
    }
  }
  return { byFile, left };
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const CR = 0x0d;

/** The rewrite of one file's failing pins; `bytes` are the file as it is now. */
export function planFile(file: string, bytes: Buffer, targets: FixTarget[]): FilePlan {
  const changes: PinChange[] = [];
  const left: PinLeft[] = [];
  const byLine = new Map<number, FixTarget[]>();
  for (const t of targets) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
  const starts = lineStarts(bytes);
  const splices: { start: number; end: number; text: string }[] = [];
  const lines: LineChange[] = [];
  for (const [line, pins] of [...byLine].sort(([a], [b]) => a - b)) {
    const leave = (t: FixTarget, reason: string) =>
      left.push({ file, line: t.line, column: t.column, version: t.version, reason });
    const start = starts[line - 1];
    if (start === undefined) {
      for (const t of pins) leave(t, 'the file has fewer lines than the scan saw: scan again');
      continue;
    }
    const bomLength = line === 1 && UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
    let end = line < starts.length ? starts[line]! - 1 : bytes.length;
    if (end > start && bytes[end - 1] === CR) end -= 1;
    const content = bytes.subarray(start + bomLength, end);
    const text = content.toString('utf8');
    // Byte spans of the pins on this line that can be rewritten.
    const edits: { from: number; to: number; text: string; pin: FixTarget }[] = [];
    for (const t of pins.sort((a, b) => a.column - b.column)) {
      const prefix = text.slice(0, t.column - 1);
      const at = Buffer.byteLength(prefix, 'utf8');
      const written = Buffer.from(t.text, 'utf8');
      if (
        text.slice(t.column - 1, t.column - 1 + t.text.length) !== t.text ||
        !content.subarray(at, at + written.length).equals(written)
      ) {
        leave(
          t,
          t.form === 'cloud-init'
            ? 'inside an encoded payload (base64 or gzip): change the source it was encoded from'
            : 'the version is not written at this position (composed from parts, or the file changed since the scan)',
        );
        continue;
      }
      const respelled = respell(t.product, t.text, t.upgradeTo);
      if ('reason' in respelled) {
        leave(t, respelled.reason);
        continue;
      }
      if (edits.some((e) => at < e.to)) {
        leave(t, 'overlaps another pin on the line');
        continue;
      }
      edits.push({ from: at, to: at + written.length, text: respelled.text, pin: t });
    }
    // The same release written again elsewhere on the line (a release URL's archive name)
    // would be left stale by a rewrite of the pin alone.
    const rest = edits.reduceRight(
      (s, e) => s.slice(0, e.from) + ' '.repeat(e.to - e.from) + s.slice(e.to),
      content.toString('latin1'),
    );
    const again = edits.filter((e) => rest.includes(coreOf(e.pin.text)));
    for (const e of again) {
      leave(
        e.pin,
        `the line names ${coreOf(e.pin.text)} again outside the pin (an archive name or a second spelling): change it by hand`,
      );
    }
    const kept = edits.filter((e) => !again.includes(e));
    if (!kept.length) continue;
    let after = text;
    for (const e of [...kept].reverse()) {
      const offset = start + bomLength;
      splices.push({ start: offset + e.from, end: offset + e.to, text: e.text });
      const col = e.pin.column - 1;
      after = after.slice(0, col) + e.text + after.slice(col + e.pin.text.length);
      changes.unshift({ file, line, column: e.pin.column, from: e.pin.text, to: e.text });
    }
    lines.push({ line, before: text, after });
  }
  changes.sort((a, b) => a.line - b.line || a.column - b.column);
  return { file, changes, left, lines, after: splices.length ? splice(bytes, splices) : null };
}

/** `1.24.9` of `v1.24.9%2Brke2r1`, `1.6.12` of `1.6.12-1`. */
function coreOf(text: string): string {
  return /\d{1,4}\.\d{1,4}\.\d{1,4}/.exec(text)?.[0] ?? text;
}

function splice(bytes: Buffer, splices: { start: number; end: number; text: string }[]): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (const s of [...splices].sort((a, b) => a.start - b.start)) {
    parts.push(bytes.subarray(at, s.start), Buffer.from(s.text, 'utf8'));
    at = s.end;
  }
  parts.push(bytes.subarray(at));
  return Buffer.concat(parts);
}
