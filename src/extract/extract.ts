/**
 * Text in, pins with positions out: the extract stage of the pipeline. Pure; it neither reads
 * files nor decides anything about advisories.
 */
import { encodedContents } from './cloud-init.js';
import { commentSpans, inSpans, type Spans } from './comments.js';
import { fileKindOf, yamlFormOfDocument, yamlFormOfPath, type FileKind } from './file-kinds.js';
import { containerdCandidates, distributionCandidates, type Candidate } from './matchers.js';
import type { Extraction, Form, InlineIgnore, Pin, ScanWarning } from './types.js';

export function extractPins(file: string, text: string): Extraction {
  const kind = fileKindOf(file, head(text));
  const warnings: ScanWarning[] = [];
  let spans: Spans | undefined;
  const spansOf = () => (spans ??= commentSpans(text, kind.syntax));
  const pins = pinsInText(file, text, kind, spansOf);
  const inlineIgnores = text.includes('kube-pin-audit:')
    ? inlineIgnoresIn(file, text, spansOf(), warnings)
    : [];
  if (kind.form === 'cloud-init' && /\bencoding:/.test(text)) {
    pins.push(...pinsInEncodedContent(file, text, warnings));
    pins.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  return { pins, warnings, inlineIgnores };
}

const INLINE_IGNORE_RE =
  /kube-pin-audit:[ \t]*ignore[ \t]+([^\s]{1,200})(?:[ \t]+--[ \t]*([^\n]*))?/g;
const COMMENT_CLOSER_RE = /[ \t]*(?:-->|\*\/|#>)?[ \t\r]*$/;

/** Ignore directives written in the file's comments, in whatever comment syntax it has. */
function inlineIgnoresIn(
  file: string,
  text: string,
  spans: Spans,
  warnings: ScanWarning[],
): InlineIgnore[] {
  const found: InlineIgnore[] = [];
  const position = positionTracker(text);
  for (const m of text.matchAll(INLINE_IGNORE_RE)) {
    if (!inSpans(spans.comments, m.index)) continue;
    const { line } = position(m.index);
    const reason = (m[2] ?? '').replace(COMMENT_CLOSER_RE, '').trim();
    if (!reason) {
      warnings.push({
        file,
        line,
        message: `inline ignore of ${m[1]} has no reason ('-- why'): not applied`,
      });
      continue;
    }
    found.push({ file, line, id: m[1]!, reason });
  }
  return found;
}

/** The first two lines (at most 1 KiB): enough to recognize a header or a shebang. */
function head(text: string): string {
  const first = text.indexOf('\n');
  const second = first === -1 ? -1 : text.indexOf('\n', first + 1);
  return text.slice(0, Math.min(second === -1 ? text.length : second, 1024));
}

function candidatesIn(text: string): Candidate[] {
  return [...distributionCandidates(text), ...containerdCandidates(text)].sort(
    (a, b) => a.offset - b.offset,
  );
}

function pinsInText(file: string, text: string, kind: FileKind, spansOf: () => Spans): Pin[] {
  const candidates = candidatesIn(text);
  if (!candidates.length) return [];
  const spans = spansOf();
  const formAt = kind.yaml ? yamlForms(file, text, kind.form) : () => kind.form;
  const pins: Pin[] = [];
  const position = positionTracker(text);
  // Context can name one containerd version twice on a line (a release URL and its archive).
  const seen = new Set<string>();
  for (const c of candidates) {
    if (inSpans(spans.docs, c.offset)) continue;
    const { line, column } = position(c.offset);
    const key = c.product === 'containerd' ? `${line}:${c.version}` : `${line}@${column}`;
    if (seen.has(key) || seen.has(`${line}@${column}`)) continue;
    seen.add(key).add(`${line}@${column}`);
    pins.push({
      file,
      line,
      column,
      product: c.product,
      version: c.version,
      text: c.text,
      form: formAt(c.offset),
      inComment: inSpans(spans.comments, c.offset),
    });
  }
  return pins;
}

/** Line and column of ascending offsets, counting newlines once across the whole file. */
function positionTracker(text: string): (offset: number) => { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  return (offset) => {
    for (
      let nl = text.indexOf('\n', lineStart);
      nl !== -1 && nl < offset;
      nl = text.indexOf('\n', nl + 1)
    ) {
      line++;
      lineStart = nl + 1;
    }
    return { line, column: offset - lineStart + 1 };
  };
}

const DOCUMENT_MARKER_RE = /^---(?=[ \t\r]|$)/gm;

/** The form of each YAML document in a (possibly multi-document) file, looked up by offset. */
function yamlForms(file: string, text: string, fileForm: Form): (offset: number) => Form {
  if (fileForm === 'cloud-init') return () => 'cloud-init';
  const pathForm = yamlFormOfPath(file);
  const starts = [0];
  for (const m of text.matchAll(DOCUMENT_MARKER_RE)) if (m.index > 0) starts.push(m.index);
  const forms = starts.map((start, i) =>
    yamlFormOfDocument(text.slice(start, starts[i + 1]), pathForm),
  );
  return (offset) => forms[lastAtOrBefore(starts, offset)]!;
}

function pinsInEncodedContent(file: string, text: string, warnings: ScanWarning[]): Pin[] {
  const { contents, problems } = encodedContents(text);
  // Payloads are few; a fresh tracker per lookup keeps offsets free to come in any order.
  const position = (offset: number) => positionTracker(text)(offset);
  for (const p of problems)
    warnings.push({ file, line: position(p.offset).line, message: p.message });
  const pins: Pin[] = [];
  for (const content of contents) {
    const at = position(content.offset);
    const innerKind = fileKindOf(content.path || file, head(content.decoded));
    const innerSpans = () => commentSpans(content.decoded, innerKind.syntax);
    for (const inner of pinsInText(file, content.decoded, innerKind, innerSpans)) {
      pins.push({ ...inner, line: at.line, column: at.column, form: 'cloud-init' });
    }
  }
  return pins;
}

/** Index of the last element of ascending `values` that is <= target (0 when none is). */
function lastAtOrBefore(values: readonly number[], target: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid]! <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
