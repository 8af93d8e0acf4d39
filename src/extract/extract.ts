/**
 * Text in, pins with positions out: the extract stage of the pipeline. Pure; it neither reads
 * files nor decides anything about advisories.
 */
import { encodedContents } from './cloud-init.js';
import {
  embeddedCloudConfigs,
  hasEncodedPayloadMark,
  type EmbeddedCloudConfig,
} from './embedded-cloud-config.js';
import { yamlProblem } from './yaml-check.js';
import { commentSpans, inSpans, mergeSpans, type Span, type Spans } from './comments.js';
import { helpTextSpans } from './help-text.js';
import { substitutionSearchSpansAt } from './substitutions.js';
import { assignContexts } from './contexts.js';
import { fileKindOf, yamlFormOfDocument, yamlFormOfPath, type FileKind } from './file-kinds.js';
import { containerdCandidates, distributionCandidates, type Candidate } from './matchers.js';
import type { Extraction, Form, InlineIgnore, Pin, ScanWarning } from './types.js';
import { lastAtOrBefore } from './line-starts.js';
import { LineIndex } from './subject.js';

export function extractPins(file: string, text: string): Extraction {
  const kind = fileKindOf(file, head(text));
  const warnings: ScanWarning[] = [];
  let spans: Spans | undefined;
  const spansOf = () => (spans ??= commentSpans(text, kind.syntax, kind.template));
  // One line index for the file, built on first use, shared by every lookup below and by the
  // matchers' look around a pin's line.
  const lines = new LineIndex(text);
  const position = positionTracker(lines);
  const pins = pinsInText(file, text, kind, spansOf, lines);
  const inlineIgnores = text.includes('kube-pin-audit:')
    ? inlineIgnoresIn(file, text, spansOf(), position, warnings)
    : [];
  if (hasEncodedPayloadMark(text)) {
    const embedded =
      kind.form === 'cloud-init'
        ? { configs: [{ text, fileOffset: (offset: number) => offset }], problems: [] }
        : embeddedCloudConfigs(text, kind);
    for (const p of embedded.problems)
      warnings.push({ file, line: position(p.offset).line, message: p.message });
    // A payload's pins take the form of the file (or YAML document) that holds the cloud-config.
    const formAt = kind.yaml ? yamlForms(file, text, kind.form) : () => kind.form;
    for (const cloudConfig of embedded.configs) {
      for (const pin of pinsInEncodedContent(file, cloudConfig, position, warnings))
        pins.push({ ...pin, form: formAt(cloudConfig.fileOffset(0)) });
    }
    pins.sort((a, b) => a.line - b.line || a.column - b.column);
  }
  assignContexts(file, text, pins);
  // A malformed file is named once it matters: when it holds pins read by the text scan alone.
  if (pins.length) {
    const problem = malformation(text, kind, spansOf);
    if (problem)
      warnings.unshift({
        file,
        line: position(problem.offset).line,
        message: problem.message,
      });
  }
  return { pins, warnings, inlineIgnores };
}

function malformation(
  text: string,
  kind: FileKind,
  spansOf: () => Spans,
): { offset: number; message: string } | null {
  // A template is not YAML or HCL until it is rendered.
  if (kind.template) return null;
  if (kind.syntax === 'hcl') {
    const problem = spansOf().problem;
    return problem
      ? { offset: problem.offset, message: `not valid HCL (${problem.message}); scanned as text` }
      : null;
  }
  if (kind.yaml) {
    const problem = yamlProblem(text);
    return problem
      ? { offset: problem.offset, message: `not valid YAML (${problem.message}); scanned as text` }
      : null;
  }
  return null;
}

const INLINE_IGNORE_RE =
  /kube-pin-audit:[ \t]*ignore[ \t]+([^\s]{1,200})(?:[ \t]+--[ \t]*([^\n]*))?/g;
/** Only a comment marker (and space) before the directive: it stands on a line of its own. */
const OWN_LINE_PREFIX_RE =
  /^[ \t]*(?:#|\/\/|\/\*|<!--|<#|;|--|\{#-?|\{\{-?[ \t]*\/\*|<%-?#)?[ \t]*$/;
/** What closes a comment at the end of an ignore's line (`-->`, `*\/`, `#>`, `#}`, `*\/}}`, `%>`). */
const COMMENT_CLOSERS = ['*/ -}}', '*/}}', '-->', '-#}', '-%>', '*/', '#>', '#}', '%>'];

/** Trims a reason and any comment closer after it, without a backtracking pattern. */
function reasonOf(written: string): string {
  let reason = written.trim();
  const closer = COMMENT_CLOSERS.find((c) => reason.endsWith(c));
  if (closer) reason = reason.slice(0, -closer.length).trim();
  return reason;
}

/** Ignore directives written in the file's comments, in whatever comment syntax it has. */
function inlineIgnoresIn(
  file: string,
  text: string,
  spans: Spans,
  position: Position,
  warnings: ScanWarning[],
): InlineIgnore[] {
  const found: InlineIgnore[] = [];
  for (const m of text.matchAll(INLINE_IGNORE_RE)) {
    if (!inSpans(spans.comments, m.index)) continue;
    const { line, column } = position(m.index);
    const reason = reasonOf(m[2] ?? '');
    if (!reason) {
      warnings.push({
        file,
        line,
        message: `inline ignore of ${m[1]} has no reason ('-- why'): not applied`,
      });
      continue;
    }
    const lineStart = m.index - column + 1;
    const ownLine =
      m.index - lineStart <= 256 && OWN_LINE_PREFIX_RE.test(text.slice(lineStart, m.index));
    found.push({ file, line, id: m[1]!, reason, ownLine });
  }
  return found;
}

/** The first two lines (at most 1 KiB): enough to recognize a header or a shebang. */
function head(text: string): string {
  const first = text.indexOf('\n');
  const second = first === -1 ? -1 : text.indexOf('\n', first + 1);
  return text.slice(0, Math.min(second === -1 ? text.length : second, 1024));
}

function candidatesIn(text: string, lines: LineIndex): Candidate[] {
  return [...distributionCandidates(text, lines), ...containerdCandidates(text)].sort(
    (a, b) => a.offset - b.offset,
  );
}

function pinsInText(
  file: string,
  text: string,
  kind: FileKind,
  spansOf: () => Spans,
  lines: LineIndex,
): Pin[] {
  const candidates = candidatesIn(text, lines);
  const position = positionTracker(lines);
  if (!candidates.length) return [];
  const spans = spansOf();
  const notSettings = notSettingSpans(
    text,
    kind,
    spans,
    candidates.map((c) => c.offset),
  );
  const formAt = kind.yaml ? yamlForms(file, text, kind.form) : () => kind.form;
  const pins: Pin[] = [];
  // Context can name one containerd version twice on a line (a release URL and its archive).
  const seen = new Set<string>();
  for (const c of candidates) {
    if (inSpans(notSettings, c.offset)) continue;
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
      context: 'deploy',
    });
  }
  return pins;
}

/**
 * Text that names a version without setting it: documentation strings (HCL `description`, from
 * the lexer), help and description text, and the search side of a substitution.
 */
function notSettingSpans(
  text: string,
  kind: FileKind,
  spans: Spans,
  candidates: readonly number[],
): Span[] {
  // Only the candidates' offsets are ever looked up in these spans.
  return mergeSpans(spans.docs, [
    ...helpTextSpans(text, kind, candidates),
    ...substitutionSearchSpansAt(text, candidates),
  ]);
}

/**
 * Line and column of any offset: the line starts are found once (one pass), then each lookup
 * is a binary search, so many pins on one long line cost no more than pins on many lines.
 */
type Position = (offset: number) => { line: number; column: number };

function positionTracker(lines: LineIndex): Position {
  return (offset) => {
    const index = lines.lineOf(offset);
    return { line: index + 1, column: offset - lines.start(index) + 1 };
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

function pinsInEncodedContent(
  file: string,
  cloudConfig: EmbeddedCloudConfig,
  position: Position,
  warnings: ScanWarning[],
): Pin[] {
  const { contents, problems } = encodedContents(cloudConfig.text);
  for (const p of problems) {
    warnings.push({
      file,
      line: position(cloudConfig.fileOffset(p.offset)).line,
      message: p.message,
    });
  }
  const pins: Pin[] = [];
  for (const content of contents) {
    const at = position(cloudConfig.fileOffset(content.offset));
    const innerKind = fileKindOf(content.path || file, head(content.decoded));
    const innerSpans = () => commentSpans(content.decoded, innerKind.syntax, innerKind.template);
    const inner = pinsInText(
      file,
      content.decoded,
      innerKind,
      innerSpans,
      new LineIndex(content.decoded),
    );
    for (const pin of inner) {
      pins.push({ ...pin, line: at.line, column: at.column });
    }
  }
  return pins;
}
