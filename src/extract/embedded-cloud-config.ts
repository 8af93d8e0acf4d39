/**
 * cloud-config written inside another file: a Terraform heredoc (`user_data = <<-EOT`,
 * `base64encode(<<EOT … EOT)`) or a YAML block scalar (`userData: |`) whose text starts with
 * `#cloud-config`. Each is handed back dedented, as cloud-init would receive it, with a map from
 * its offsets to the offsets of the file, so that its encoded payloads can be decoded and their
 * pins placed on the file's lines.
 */
import type { FileKind } from './file-kinds.js';

export interface EmbeddedCloudConfig {
  text: string;
  /** The file's offset of an offset into `text`. */
  fileOffset: (offset: number) => number;
}

const HEREDOC_RE = /<<(-?)[ \t]{0,4}["']?([A-Za-z_][A-Za-z0-9_]{0,63})["']?[ \t]*\r?$/gm;
const BLOCK_SCALAR_RE = /:[ \t]*[|>][-+0-9]{0,3}[ \t]*\r?$/gm;
const CLOUD_CONFIG_RE = /^[ \t]*#cloud-config\b/;
/** How many lines an embedded cloud-config may have. */
const MAX_LINES = 100_000;

function lineEndAt(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl;
}

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
  for (let at = bodyStart; at < text.length && lines.length < MAX_LINES;) {
    const end = lineEndAt(text, at);
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
      let lo = 0;
      let hi = localStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (localStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return starts[lo]! + removed[lo]! + (offset - localStarts[lo]!);
    },
  };
}

function firstLineIsCloudConfig(text: string, at: number): boolean {
  return CLOUD_CONFIG_RE.test(text.slice(at, lineEndAt(text, at)));
}

/** HCL heredocs that hold cloud-config; `<<-` strips the common indentation, `<<` none. */
function heredocs(text: string): EmbeddedCloudConfig[] {
  const found: EmbeddedCloudConfig[] = [];
  for (const m of text.matchAll(HEREDOC_RE)) {
    const bodyStart = m.index + m[0].length + 1;
    if (bodyStart >= text.length || !firstLineIsCloudConfig(text, bodyStart)) continue;
    const id = m[2]!;
    const { starts, lines } = bodyLines(text, bodyStart, (line) => line.trim() !== id);
    let indent = 0;
    if (m[1] === '-') {
      indent = Infinity;
      for (const line of lines) if (line.trim()) indent = Math.min(indent, indentOf(line));
    }
    found.push(dedented(starts, lines, Number.isFinite(indent) ? indent : 0));
  }
  return found;
}

/** YAML block scalars (`userData: |`) that hold cloud-config: the block's indentation is cut. */
function blockScalars(text: string): EmbeddedCloudConfig[] {
  const found: EmbeddedCloudConfig[] = [];
  for (const m of text.matchAll(BLOCK_SCALAR_RE)) {
    const bodyStart = m.index + m[0].length + 1;
    if (bodyStart >= text.length || !firstLineIsCloudConfig(text, bodyStart)) continue;
    const keyLineStart = text.lastIndexOf('\n', m.index) + 1;
    const keyIndent = indentOf(text.slice(keyLineStart, m.index));
    const indent = indentOf(text.slice(bodyStart, lineEndAt(text, bodyStart)));
    const { starts, lines } = bodyLines(
      text,
      bodyStart,
      (line) => !line.trim() || indentOf(line) > keyIndent,
    );
    found.push(dedented(starts, lines, indent));
  }
  return found;
}

/** cloud-config documents held inside a file of another kind. */
export function embeddedCloudConfigs(text: string, kind: FileKind): EmbeddedCloudConfig[] {
  if (!text.includes('#cloud-config')) return [];
  if (kind.syntax === 'hcl') return heredocs(text);
  if (kind.yaml && kind.form !== 'cloud-init') return blockScalars(text);
  return [];
}
