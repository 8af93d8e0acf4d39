/**
 * What a value written at some offset is the value of: the key, flag, image or URL it is
 * attached to, the keys it is nested under, and the image a `tag:` sits beside. A version whose
 * spelling does not say its product (`v1.24.9-k3s1` is also a Go module version of K3s' fork of
 * Kubernetes) is a pin only where this subject names the product.
 */
import { lastAtOrBefore, lineStarts } from './line-starts.js';

/** How far back on its line a value's key is looked for. */
const SUBJECT_REACH = 160;
/** How many lines above a value its parent keys are looked for. */
const PARENT_REACH = 40;
/** How many lines around a `tag:` its image's repository is looked for. */
const SIBLING_REACH = 8;
/** How much of a line is read for its key: keys stand at the start of their line. */
const KEY_REACH = 256;

/**
 * The words of a key, name or path, lower-cased: `K3S_IMAGE_TAG` -> k3s image tag,
 * `k3sVersion` -> k3s version, `rancher/rke2-runtime:` -> rancher rke2 runtime. The GitHub
 * organization `k3s-io` names who maintains a project, not the project: dropped.
 */
export function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .replace(/(?:^|[^a-z0-9])k3s-io(?=\/|$)/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** How many tokens back a value's subject is looked for. */
const SUBJECT_TOKENS = 6;
const VERSION_TOKEN_RE = /^v?\d{1,4}\.\d/;
const OPERATORS_RE = /^[\s"'`=:?+(,[{]+|[\s"'`=:?+(,[{]+$/g;

/**
 * The lines of one text, indexed once (on first use), so that looking around a value costs the
 * same on a file of one long line as on a file of many short ones.
 */
export class LineIndex {
  private starts: Uint32Array | undefined;
  constructor(readonly text: string) {}

  /** Index of the line that holds `offset`. */
  lineOf(offset: number): number {
    return lastAtOrBefore((this.starts ??= lineStarts(this.text)), offset);
  }

  get count(): number {
    return (this.starts ??= lineStarts(this.text)).length;
  }

  start(line: number): number {
    return (this.starts ??= lineStarts(this.text))[line]!;
  }

  /**
   * The indentation of line `line`, or -1 when it is blank or a `#` comment (it says nothing
   * about nesting). Read without copying the line.
   */
  indent(line: number): number {
    const start = this.start(line);
    let i = start;
    for (; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09) break;
    }
    const c = this.text.charCodeAt(i);
    return i >= this.text.length || c === 0x0a || c === 0x0d || c === 0x23 ? -1 : i - start;
  }

  /** The start of line `line`, at most KEY_REACH characters of it, without its `\r`. */
  head(line: number): string {
    const start = this.start(line);
    const next = line + 1 < this.count ? this.start(line + 1) - 1 : this.text.length;
    return this.text.slice(start, Math.min(next, start + KEY_REACH)).replace(/\r$/, '');
  }
}

/**
 * The token a value is attached to on its line: `rancher/k3s:` in `rancher/k3s:v1…`,
 * `K3S_VERSION=` in `K3S_VERSION=v1…`; when the value stands alone, the token before it
 * (`K3S_TAG := v1…`, `"k3sVersion": "v1…"`, `--k3s-version v1…`, `github.com/k3s-io/kubernetes v1…`).
 */
export function subjectBefore(lines: LineIndex, offset: number): string {
  const lineStart = lines.start(lines.lineOf(offset));
  let prefix = lines.text.slice(Math.max(lineStart, offset - SUBJECT_REACH), offset);
  for (let tokens = 0; tokens < SUBJECT_TOKENS && prefix; tokens++) {
    const token = /\S*$/.exec(prefix)![0];
    const subject = token.replace(OPERATORS_RE, '');
    // Another version before it is a sibling in a list (`k3s: [v1.24.9-k3s1, v1.25.5-k3s1]`).
    if (/[A-Za-z]/.test(subject) && !VERSION_TOKEN_RE.test(subject)) return subject;
    prefix = prefix.slice(0, prefix.length - token.length).trimEnd();
  }
  return '';
}

function indentOf(line: string): number {
  let i = 0;
  while (line[i] === ' ' || line[i] === '\t') i++;
  return i;
}

/** A line's key: YAML `k3s:`, HCL `k3s = {` or `variable "k3s_version" {`. */
const KEY_OF_LINE_RE =
  /^[ \t]*(?:-[ \t]+)?(?:[A-Za-z_]{1,40}[ \t]+)?["']?([A-Za-z0-9_.$/-]{1,80})["']?[ \t]*(?:[:=]|\{)/;

/**
 * The keys a value is nested under, nearest first: `version` under `k3s:` (YAML) or inside
 * `k3s = {` (HCL) has the parent `k3s`.
 */
export function parentKeys(lines: LineIndex, offset: number): string[] {
  const line = lines.lineOf(offset);
  let indent = lines.indent(line);
  const keys: string[] = [];
  for (let above = line - 1; indent > 0 && above >= 0 && line - above <= PARENT_REACH; above--) {
    const lineIndent = lines.indent(above);
    if (lineIndent === -1 || lineIndent >= indent) continue;
    indent = lineIndent;
    const key = KEY_OF_LINE_RE.exec(lines.head(above))?.[1];
    if (key) keys.push(key);
  }
  return keys;
}

const TAG_KEY_RE = /^[ \t]*(?:-[ \t]+)?["']?(?:tag|newTag|version)["']?[ \t]*:/;
const IMAGE_KEY_RE =
  /^[ \t]*(?:-[ \t]+)?["']?(?:repository|image|name|newName)["']?[ \t]*:[ \t]*["']?([^\s"'#]{1,200})/;

/**
 * For a value of a `tag:` key, the image named beside it in the same mapping: Helm's
 * `repository: rancher/k3s` next to `tag:`, Kustomize's `name:` next to `newTag:`.
 */
export function siblingImage(lines: LineIndex, offset: number): string | null {
  const line = lines.lineOf(offset);
  const own = lines.head(line);
  if (!TAG_KEY_RE.test(own)) return null;
  const indent = itemIndent(own);
  // Upward, the mapping ends at its own list item's `- ` line (checked, then stop).
  if (!isListItem(own)) {
    for (let above = line - 1; above >= 0 && line - above <= SIBLING_REACH; above--) {
      const other = lines.head(above);
      if (!other.trim()) continue;
      const otherIndent = itemIndent(other);
      if (otherIndent < indent) break;
      if (otherIndent > indent) continue;
      const image = IMAGE_KEY_RE.exec(other)?.[1];
      if (image) return image;
      if (isListItem(other)) break;
    }
  }
  // Downward, the next `- ` line at the same depth starts another mapping.
  for (let below = line + 1; below < lines.count && below - line <= SIBLING_REACH; below++) {
    const other = lines.head(below);
    if (!other.trim()) continue;
    const otherIndent = itemIndent(other);
    if (otherIndent < indent || (otherIndent === indent && isListItem(other))) break;
    if (otherIndent > indent) continue;
    const image = IMAGE_KEY_RE.exec(other)?.[1];
    if (image) return image;
  }
  return null;
}

const isListItem = (line: string) => /^[ \t]*-[ \t]/.test(line);
/** The column a line's mapping keys start at: `  - name:` and `    newTag:` share one. */
const itemIndent = (line: string) => indentOf(line) + (isListItem(line) ? 2 : 0);

/**
 * Whether the text around a value names `word` as the project it belongs to: its key, flag,
 * image or URL, a key it is nested under, or the image beside its `tag:`.
 */
export function subjectNames(lines: LineIndex, offset: number, word: string): boolean {
  if (wordsOf(subjectBefore(lines, offset)).includes(word)) return true;
  if (parentKeys(lines, offset).some((key) => wordsOf(key).includes(word))) return true;
  const image = siblingImage(lines, offset);
  return image !== null && wordsOf(image).includes(word);
}
