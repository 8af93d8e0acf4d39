/**
 * cloud-config written inside another file: a Terraform heredoc (`user_data = <<-EOT`,
 * `base64encode(<<EOT … EOT)`) or a YAML block scalar (`userData: |`) whose text starts with
 * `#cloud-config`. Each is handed back dedented, as cloud-init would receive it, with a map from
 * its offsets to the offsets of the file, so that its encoded payloads can be decoded and their
 * pins placed on the file's lines.
 */
import type { FileKind } from './file-kinds.js';
import { lastAtOrBefore, lineEnd } from './line-starts.js';

export interface EmbeddedCloudConfig {
  text: string;
  /** The file's offset of an offset into `text`. */
  fileOffset: (offset: number) => number;
}

const HEREDOC_RE = /<<(-?)[ \t]{0,4}["']?([A-Za-z_][A-Za-z0-9_]{0,63})["']?[ \t]*\r?$/gm;
const BLOCK_SCALAR_RE = /:[ \t]*[|>][-+0-9]{0,3}[ \t]*\r?$/gm;
const CLOUD_CONFIG_RE = /^[ \t]*#cloud-config\b/;
/** How many lines an embedded cloud-config may have: a longer one is named, not decoded. */
export const MAX_EMBEDDED_LINES = 20_000;

/** How many embedded cloud-configs of one file are decoded; the rest are named in a warning. */
export const MAX_EMBEDDED_PER_FILE = 1000;

/** What marks a cloud-config payload that a text scan cannot read. */
const ENCODED_PAYLOAD_RE = /\bencoding:|!!binary/;

/**
 * ENCODED_PAYLOAD_RE's test, its words looked for first: a regular expression with an
 * alternation scans a text several times slower than `includes` does, and most texts hold
 * neither word.
 */
export function hasEncodedPayloadMark(text: string): boolean {
  return (text.includes('encoding:') || text.includes('!!binary')) && ENCODED_PAYLOAD_RE.test(text);
}

export interface EmbeddedCloudConfigs {
  configs: EmbeddedCloudConfig[];
  /** Offsets of cloud-configs left encoded, with why. */
  problems: { offset: number; message: string }[];
}

const tooLong = (offset: number) => ({
  offset,
  message: `embedded cloud-config not decoded: longer than ${MAX_EMBEDDED_LINES.toLocaleString('en-US')} lines`,
});

function indentOf(line: string): number {
  let i = 0;
  while (line[i] === ' ' || line[i] === '\t') i++;
  return i;
}

/** Lines from `bodyStart` while `keep` says so: their start offsets and text. */
function bodyLines(
  text: string,
  bodyStart: number,
  keep: (line: string) => boolean,
): { starts: number[]; lines: string[] } {
  const starts: number[] = [];
  const lines: string[] = [];
  for (let at = bodyStart; at < text.length && lines.length <= MAX_EMBEDDED_LINES;) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    if (!keep(line)) break;
    starts.push(at);
    lines.push(line);
    at = end + 1;
  }
  return { starts, lines };
}

/** Removes `indent` leading blanks from each line and keeps the way back to the file. */
function dedented(starts: number[], lines: string[], indent: number): EmbeddedCloudConfig {
  const localStarts: number[] = [];
  const removed: number[] = [];
  let length = 0;
  const parts = lines.map((line) => {
    const cut = Math.min(indent, indentOf(line));
    localStarts.push(length);
    removed.push(cut);
    length += line.length - cut + 1;
    return line.slice(cut);
  });
  return {
    text: parts.join('\n'),
    fileOffset(offset) {
      const lo = lastAtOrBefore(localStarts, offset);
      return starts[lo]! + removed[lo]! + (offset - localStarts[lo]!);
    },
  };
}

function firstLineIsCloudConfig(text: string, at: number): boolean {
  return CLOUD_CONFIG_RE.test(text.slice(at, lineEnd(text, at)));
}

/** HCL heredocs that hold cloud-config; `<<-` strips the common indentation, `<<` none. */
function heredocs(text: string, found: EmbeddedCloudConfigs): void {
  let readTo = 0;
  for (const m of text.matchAll(HEREDOC_RE)) {
    // A heredoc's body holds no other heredoc of the file.
    if (m.index < readTo) continue;
    const bodyStart = m.index + m[0].length + 1;
    if (bodyStart >= text.length || !firstLineIsCloudConfig(text, bodyStart)) continue;
    const id = m[2]!;
    const { starts, lines } = bodyLines(text, bodyStart, (line) => line.trim() !== id);
    readTo = lines.length
      ? starts[starts.length - 1]! + lines[lines.length - 1]!.length
      : bodyStart;
    if (lines.length > MAX_EMBEDDED_LINES) {
      found.problems.push(tooLong(bodyStart));
      continue;
    }
    let indent = 0;
    if (m[1] === '-') {
      indent = Infinity;
      for (const line of lines) if (line.trim()) indent = Math.min(indent, indentOf(line));
    }
    found.configs.push(dedented(starts, lines, Number.isFinite(indent) ? indent : 0));
  }
}

/** YAML block scalars (`userData: |`) that hold cloud-config: the block's indentation is cut. */
function blockScalars(text: string, found: EmbeddedCloudConfigs): void {
  let readTo = 0;
  for (const m of text.matchAll(BLOCK_SCALAR_RE)) {
    // A block's text holds no other block of the file.
    if (m.index < readTo) continue;
    const bodyStart = m.index + m[0].length + 1;
    if (bodyStart >= text.length || !firstLineIsCloudConfig(text, bodyStart)) continue;
    const keyLineStart = text.lastIndexOf('\n', m.index) + 1;
    const keyIndent = indentOf(text.slice(keyLineStart, m.index));
    const indent = indentOf(text.slice(bodyStart, lineEnd(text, bodyStart)));
    const { starts, lines } = bodyLines(
      text,
      bodyStart,
      (line) => !line.trim() || indentOf(line) > keyIndent,
    );
    readTo = lines.length
      ? starts[starts.length - 1]! + lines[lines.length - 1]!.length
      : bodyStart;
    if (lines.length > MAX_EMBEDDED_LINES) found.problems.push(tooLong(bodyStart));
    else found.configs.push(dedented(starts, lines, indent));
  }
}

/** Template lines that may come before a template's `#cloud-config`: directives, comments. */
const LEADING_TEMPLATE_LINES_RE =
  /^(?:[ \t]*(?:%\{[^\n]{0,200}\}|\{%[^\n]{0,200}%\}|\{#[^\n]{0,200}#\}|#(?!cloud-config)[^\n]{0,200})?[ \t]*\r?\n){1,20}(?=#cloud-config\b)/;

/**
 * A template (`user-data.tftpl`) whose `#cloud-config` comes after a directive line
 * (`%{ if enabled ~}`): from that line on it is cloud-config once rendered.
 */
function templateCloudConfig(text: string, found: EmbeddedCloudConfigs): void {
  const m = LEADING_TEMPLATE_LINES_RE.exec(text);
  if (!m) return;
  const start = m[0].length;
  found.configs.push({ text: text.slice(start), fileOffset: (offset) => start + offset });
}

/** cloud-config documents held inside a file of another kind. */
export function embeddedCloudConfigs(text: string, kind: FileKind): EmbeddedCloudConfigs {
  const found: EmbeddedCloudConfigs = { configs: [], problems: [] };
  if (!text.includes('#cloud-config')) return found;
  if (kind.syntax === 'hcl') heredocs(text, found);
  else templateCloudConfig(text, found);
  if (kind.yaml && kind.form !== 'cloud-init') blockScalars(text, found);
  // Only a cloud-config with an encoded payload holds what the text scan cannot see.
  found.configs = found.configs.filter((config) => hasEncodedPayloadMark(config.text));
  if (found.configs.length > MAX_EMBEDDED_PER_FILE) {
    const first = found.configs[MAX_EMBEDDED_PER_FILE]!;
    found.problems.push({
      offset: first.fileOffset(0),
      message: `embedded cloud-configs not decoded from here on: more than ${MAX_EMBEDDED_PER_FILE.toLocaleString('en-US')} in one file (${found.configs.length - MAX_EMBEDDED_PER_FILE} left encoded)`,
    });
    found.configs.length = MAX_EMBEDDED_PER_FILE;
  }
  return found;
}
