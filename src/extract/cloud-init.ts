/**
 * cloud-init `write_files` entries may carry their content base64- or gzip+base64-encoded, or
 * as YAML's `!!binary` (base64, gzip-compressed with `encoding: gzip`);
 * a pin inside such a payload is invisible to a text scan, so the payload is decoded and
 * scanned on its own, and its pins are reported at the line where the payload starts.
 */
import { gunzipSync } from 'node:zlib';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { flowNestingProblem } from './yaml-check.js';

export interface EncodedContent {
  /** Offset of the first character of the encoded payload. */
  offset: number;
  /** The `path:` the entry writes, which tells the payload's format. */
  path: string;
  decoded: string;
}

export interface DecodeProblem {
  offset: number;
  message: string;
}

const BASE64_ENCODINGS = new Set(['b64', 'base64']);
const GZIP_ENCODINGS = new Set(['gz+b64', 'gzip+base64', 'gz+base64', 'gzip+b64']);
/** With `!!binary` content the YAML tag is the base64; `encoding` says only whether it is gzip. */
const BINARY_GZIP_ENCODINGS = new Set(['gz', 'gzip', ...GZIP_ENCODINGS]);
const BINARY_TAG = 'tag:yaml.org,2002:binary';
/** A template's directive on a line of its own (`%{ for f in files ~}`, `{% if x %}`): it is
 * not YAML until the template is rendered, so it is blanked before the text is parsed. */
const TEMPLATE_DIRECTIVE_LINE_RE = /^[ \t]*(?:%\{[^\n]*\}|\{%[^\n]*%\}|\{#[^\n]*#\})[ \t]*\r?$/gm;
/** Bounds what one payload may inflate to, so a gzip bomb costs nothing. */
export const MAX_DECODED_BYTES = 8 * 1024 * 1024;

const decoder = new TextDecoder('utf-8');

export function encodedContents(text: string): {
  contents: EncodedContent[];
  problems: DecodeProblem[];
} {
  const contents: EncodedContent[] = [];
  const problems: DecodeProblem[] = [];
  // The parser slows sharply on deep flow nesting; such a file keeps its payloads encoded.
  const nesting = flowNestingProblem(text);
  if (nesting) {
    problems.push({
      offset: nesting.offset,
      message: `write_files not decoded: ${nesting.message}`,
    });
    return { contents, problems };
  }
  // A malformed file is still searched for payloads; the YAML warning itself comes from
  // yaml-check.ts, as for every YAML file.
  const doc = parseDocument(
    text.replace(TEMPLATE_DIRECTIVE_LINE_RE, (line) => ' '.repeat(line.length)),
    { uniqueKeys: false },
  );
  const files = isMap(doc.contents) ? doc.contents.get('write_files', true) : undefined;
  if (!isSeq(files)) return { contents, problems };
  for (const item of files.items) {
    if (!isMap(item)) continue;
    const encoding = String(item.get('encoding') ?? '').toLowerCase();
    const content = item.get('content', true);
    if (!isScalar(content) || !content.range) continue;
    const binary = content.tag === BINARY_TAG && content.value instanceof Uint8Array;
    const gzip = binary ? BINARY_GZIP_ENCODINGS.has(encoding) : GZIP_ENCODINGS.has(encoding);
    if (!binary && !gzip && !BASE64_ENCODINGS.has(encoding)) continue;
    if (!binary && typeof content.value !== 'string') continue;
    // A template's expression (`${base64encode(f.content)}`) is not a payload written in the file.
    if (!binary && /\$\{|\{\{/.test(String(content.value))) continue;
    const offset = payloadStart(text, content.range[0]);
    try {
      const bytes = binary
        ? Buffer.from(content.value as Uint8Array)
        : Buffer.from(String(content.value).replace(/\s+/g, ''), 'base64');
      const raw = gzip ? gunzipSync(bytes, { maxOutputLength: MAX_DECODED_BYTES }) : bytes;
      contents.push({ offset, path: String(item.get('path') ?? ''), decoded: decoder.decode(raw) });
    } catch (error) {
      problems.push({
        offset,
        message: `write_files content (${binary ? `!!binary${encoding ? ` ${encoding}` : ''}` : encoding}) could not be decoded: ${(error as Error).message}`,
      });
    }
  }
  return { contents, problems };
}

/** A block scalar's value starts on the line after its `|` or `>` indicator. */
function payloadStart(text: string, nodeStart: number): number {
  let at = nodeStart;
  // `content: !!binary |`: the node's range starts at its tag.
  if (text.startsWith('!!', at)) {
    while (at < text.length && !/[ \t\n]/.test(text[at]!)) at++;
    while (text[at] === ' ' || text[at] === '\t') at++;
  }
  const c = text[at];
  if (c !== '|' && c !== '>') return c === '"' || c === "'" ? at + 1 : at;
  let i = text.indexOf('\n', at) + 1;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i;
}
