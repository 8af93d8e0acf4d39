/**
 * Finds candidate version strings in text. RKE2, K3s and RFO versions identify themselves by
 * their suffix; a containerd version is only taken where the text around it says containerd.
 * Every pattern has bounded quantifiers or is anchored on a fixed word, so matching stays
 * linear on any input.
 */
import { schemes, type Product } from '../versioning/index.js';
import { LineIndex, subjectNames, wordsOf } from './subject.js';

export interface Candidate {
  /** Offset of the version text in the scanned text. */
  offset: number;
  text: string;
  product: Product;
  version: string;
}

const DISTRIBUTION_RE =
  /(?<![0-9A-Za-z.])v?\d{1,4}\.\d{1,4}\.\d{1,4}(?:-(?:rc|alpha|beta)\.?\d{1,4})?(?:\+|-|%2[Bb])(rke2r|k3s|rfor)(\d{1,4})(?![0-9A-Za-z])/g;

const PRODUCT_BY_SUFFIX: Record<string, 'rke2' | 'k3s' | 'rfo'> = {
  rke2r: 'rke2',
  k3s: 'k3s',
  rfor: 'rfo',
};

/** The word that names each product in a key, image or URL (`K3S_VERSION`, `rancher/k3s`). */
const PRODUCT_WORD: Record<'rke2' | 'k3s' | 'rfo', string> = {
  rke2: 'rke2',
  k3s: 'k3s',
  rfo: 'rfo',
};

/**
 * Whether the version at `at` is the bound of a range rather than a release: it follows a
 * comparison (`>=v1.21.4+rke2r4` in a semver check, `~> 1.24`, `^1.24.9+k3s1`, `< "v1.25.0+k3s1"`),
 * with at most spaces and one quote between. A lone `>` or `<` counts only after a space, a
 * quote, a bracket or a comma, with more than marks before it on its line: `<td>v1.24.9+rke2r1`,
 * `-> v1.24.9+rke2r1`, `=> v1.24.9+rke2r1` (an arrow, a hash entry) and a Markdown quote's
 * `> v1.24.9+rke2r1` stay pins. Equality (`==`) is left a pin.
 */
export function isRangeBound(text: string, at: number): boolean {
  let i = at - 1;
  for (let spaces = 0; spaces < 8 && (text[i] === ' ' || text[i] === '\t'); spaces++) i--;
  if (text[i] === '"' || text[i] === "'") i--;
  for (let spaces = 0; spaces < 8 && (text[i] === ' ' || text[i] === '\t'); spaces++) i--;
  const c = text[i];
  const before = text[i - 1];
  if (c === '=') return before === '>' || before === '<' || before === '!';
  if (c === '>' && before === '~') return true;
  if (c === '>' || c === '<' || c === '^' || c === '~') {
    if (before !== undefined && !OPENS_BOUND.has(before)) return false;
    // A Markdown quote or a quoted mail in a comment (`> v1.24.9+rke2r1 is what we run`): only
    // marks stand before it on its line.
    for (let j = i - 1; j >= 0 && text[j] !== '\n'; j--) {
      if (!LINE_MARKS.has(text[j]!)) return true;
    }
    return false;
  }
  return false;
}
const OPENS_BOUND = new Set([' ', '\t', '\n', '\r', '"', "'", '(', '[', '{', ',']);
const LINE_MARKS = new Set([' ', '\t', '\r', '>', '#', '/', '*', '-']);

/**
 * Whether `at` lies in a YAML document of k3k (K3s in Kubernetes, `apiVersion: k3k.io/…`), whose
 * `spec.version` is a K3s release written with a hyphen (`v1.33.1-k3s1`) under no key naming K3s.
 */
function inK3kObject(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n---', at) + 1;
  const next = text.indexOf('\n---', at);
  const doc = text.slice(start, next === -1 ? text.length : next);
  return K3K_API_RE.test(doc);
}
const K3K_API_RE = /^apiVersion:[ \t]*["']?k3k\.io\//m;

/** `rancher/rke2/data/`, `rancher\\k3s\\data\\` (escaped in a string) just before a version. */
const DATA_FOLDER_RE = /rancher[\\/]+(?:rke2|k3s)[\\/]+data[\\/]+$/i;

/** `lines`: the text's line index, when the caller has one to share (it is built on first use). */
export function distributionCandidates(text: string, lines = new LineIndex(text)): Candidate[] {
  const found: Candidate[] = [];
  DISTRIBUTION_RE.lastIndex = 0;
  for (let m = DISTRIBUTION_RE.exec(text); m; m = DISTRIBUTION_RE.exec(text)) {
    // A range's bound names no release anyone runs; `fix` must not move it either.
    if (isRangeBound(text, m.index)) continue;
    // An installed release's folder (`/var/lib/rancher/rke2/data/v1.27.4-rke2r1-66ae4fa01104`).
    if (DATA_FOLDER_RE.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    const product = PRODUCT_BY_SUFFIX[m[1]!]!;
    const scheme = schemes[product];
    const parsed = scheme.parse(m[0]);
    if (!parsed) continue;
    // `v1.36.4-k3s1` is also how K3s' forks (github.com/k3s-io/kubernetes) tag their modules:
    // written with a hyphen, a release is only a release where its subject names the product.
    const hyphen = m[0][m[0].length - m[1]!.length - m[2]!.length - 1] === '-';
    if (
      hyphen &&
      !subjectNames(lines, m.index, PRODUCT_WORD[product]) &&
      !(product === 'k3s' && inK3kObject(text, m.index))
    ) {
      continue;
    }
    found.push({ offset: m.index, text: m[0], product, version: scheme.format(parsed) });
  }
  return found;
}

/**
 * A containerd version as it is written after its context: upstream, prerelease, fork build
 * with build stamp, or a distribution package version (`1.6.12-1`, `1.6.12-3.1.el8`).
 */
const CONTAINERD_VERSION_RE =
  /v?\d{1,4}\.\d{1,4}\.\d{1,4}(?:[-~](?:alpha|beta|rc)\.?\d{1,4})?(?:-(?:k3s|bd)\d{1,4}(?:[.-]\d{1,4}){0,3})?(?:-build\d{1,14})?(?:-\d[0-9A-Za-z.~+]{0,40})?(?![0-9A-Za-z])/y;

/** Keys that hold another component's version even though they say containerd. */
const OTHER_COMPONENT_RE =
  /runc|shim|crictl|cni|nerdctl|snapshotter|stargz|nydus|overlayfs|wasm|sha|checksum|hash|url|path|dir/i;
/**
 * Words that may stand between `containerd` and the version word of a key that still names
 * containerd itself (`CONTAINERD_PACKAGE_VERSION`, `containerd.io`); any other word there makes
 * it another project's name (`CONTAINERD_FUSE_OVERLAYFS_VERSION`, `containerd_shim_spin_version`).
 * Words after the version word qualify the value (`containerd_version_override`).
 */
const CONTAINERD_QUALIFIERS = new Set([
  'io',
  'package',
  'pkg',
  'image',
  'default',
  'pinned',
  'deb',
  'rpm',
]);
const VERSION_WORDS = new Set(['version', 'ver', 'tag', 'release']);

/** Whether a key names containerd itself, not a project whose name contains containerd. */
function keyNamesContainerd(key: string): boolean {
  if (OTHER_COMPONENT_RE.test(key)) return false;
  const words = wordsOf(key);
  const at = words.lastIndexOf('containerd');
  if (at === -1) return false;
  for (const word of words.slice(at + 1)) {
    if (VERSION_WORDS.has(word)) return true;
    if (!CONTAINERD_QUALIFIERS.has(word)) return false;
  }
  return true;
}
const VERSION_KEY_RE = /version|tag|release|^containerd(?:\.io)?$/i;

/** Characters a key or image name is made of: letters, digits and `_ . - / $`. */
const KEY_CHARS = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-/$')
  KEY_CHARS[c.charCodeAt(0)] = 1;
/** Longest key looked at around the word containerd. */
const KEY_REACH = 80;

/** An rpm file name's architecture and extension after the package revision:
 * `1.6.12-3.1.el8.x86_64.rpm`, `.aarch64.rpm`, `.noarch.rpm`, `.src.rpm`. */
const PACKAGE_FILE_SUFFIX_RE =
  /(?:\.(?:x86|x86_64|amd64|aarch64|arm64|armv7hl|armhfp|ppc64le|ppc64|s390x|i386|i586|i686|riscv64|noarch|src))?(?:\.d?rpm)?$/;

/** Reads a containerd version at `at`, after optional quotes/spaces; null when none is there. */
function versionAt(text: string, at: number): { offset: number; text: string } | null {
  CONTAINERD_VERSION_RE.lastIndex = at;
  const m = CONTAINERD_VERSION_RE.exec(text);
  if (!m) return null;
  // An rpm file name's architecture and extension, or a sentence's full stop, follow the
  // package revision without a separator the pattern can stop at.
  const written = m[0].replace(/\.$/, '').replace(PACKAGE_FILE_SUFFIX_RE, '');
  return { offset: at, text: written };
}

function containerdCandidate(text: string, at: number): Candidate | null {
  const v = versionAt(text, at);
  if (!v) return null;
  const parsed = schemes.containerd.parse(v.text);
  if (!parsed) return null;
  return {
    offset: v.offset,
    text: v.text,
    product: 'containerd',
    version: schemes.containerd.format(parsed),
  };
}

/** After `key`: optional closing quote, `:`/`=`/`?=`/`:=`, optional quote, then the value. */
const ASSIGNMENT_RE = /["']?[ \t]{0,8}(?:[?:+]?=|:)[ \t]{0,8}["']?/y;
/** Package and archive spellings: `containerd.io=1.6.12-1`, `containerd.io-1.6.12-3.1.el8`,
 * `containerd_1.6.12`, `containerd-1.6.12-linux-amd64.tar.gz`, `containerd=1.6.12-0ubuntu1`,
 * and cloud-init's `packages: [[containerd.io, 1.6.12-1]]`. */
const PACKAGE_SEPARATOR_RE = /(?:\.io)?(?:[=_-]|["']?,[ \t]{0,4}["']?)/y;
/** A download; a release's page (`releases/tag/`) is a reference, as `blob/` and `tree/` are. */
const RELEASE_URL_RE = /\/releases\/download\//y;
const IMAGE_TAG_RE = /:/y;

function stickyMatch(re: RegExp, text: string, at: number): number | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : null;
}

/**
 * Every containerd version that its own line marks as one: package pins, `*containerd*version`
 * keys, `rancher/hardened-containerd:` image tags and release download URLs.
 */
export function containerdCandidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  CONTAINERD_WORD_RE.lastIndex = 0;
  for (let m = CONTAINERD_WORD_RE.exec(text); m; m = CONTAINERD_WORD_RE.exec(text)) {
    const i = m.index;
    const wordEnd = i + m[0].length;
    const keyStart = extendKey(text, i, -1);
    const keyEnd = extendKey(text, wordEnd, 1);
    const key = text.slice(keyStart, keyEnd);
    const candidate =
      fromPackage(text, key, keyStart, wordEnd) ??
      fromUrl(text, wordEnd) ??
      fromImage(text, key, keyEnd) ??
      fromKey(text, key, keyStart, keyEnd) ??
      fromBlock(text, key, keyStart, keyEnd) ??
      fromSiblingTag(text, key, keyStart, keyEnd) ??
      fromSourceRepo(text, key, keyStart);
    if (candidate) found.push(candidate);
  }
  return found;
}

const CONTAINERD_WORD_RE = /containerd/gi;

function extendKey(text: string, from: number, step: 1 | -1): number {
  let i = from;
  const limit =
    step === 1 ? Math.min(text.length, from + KEY_REACH) : Math.max(0, from - KEY_REACH);
  while (i !== limit) {
    const code = text.charCodeAt(step === 1 ? i : i - 1);
    if (!(code < 128 && KEY_CHARS[code])) break;
    i += step;
  }
  return i;
}

function fromPackage(
  text: string,
  key: string,
  keyStart: number,
  wordEnd: number,
): Candidate | null {
  // `containerd` must start the package word (`cri-containerd-1.6.12` is an archive of it too).
  const before = text.slice(keyStart, wordEnd - 'containerd'.length);
  if (before && !/(?:^|[/=:"' ]|cri-)$/.test(before)) return null;
  const at = stickyMatch(PACKAGE_SEPARATOR_RE, text, wordEnd);
  return at === null ? null : containerdCandidate(text, at);
}

function fromUrl(text: string, wordEnd: number): Candidate | null {
  const at = stickyMatch(RELEASE_URL_RE, text, wordEnd);
  return at === null ? null : containerdCandidate(text, at);
}

function fromImage(text: string, key: string, keyEnd: number): Candidate | null {
  if (!/hardened-containerd$/i.test(key)) return null;
  const at = stickyMatch(IMAGE_TAG_RE, text, keyEnd);
  return at === null ? null : containerdCandidate(text, at);
}

/** `${NAME:-default}`, `${NAME-default}`, `${NAME:=default}`: the operator after the name. */
const PARAMETER_OPERATOR_RE = /:?[-=]/y;
/** A value that is itself a parameter expansion with a default: `"${CONTAINERD_VERSION:-`. */
const PARAMETER_DEFAULT_RE = /\$\{[A-Za-z0-9_]{1,64}:?[-=]/y;

function fromKey(text: string, key: string, keyStart: number, keyEnd: number): Candidate | null {
  const name = key.replace(/^\$/, '');
  if (!VERSION_KEY_RE.test(name) || !keyNamesContainerd(name)) return null;
  const inParameter = text[keyStart - 1] === '{' && text[keyStart - 2] === '$';
  let at = stickyMatch(inParameter ? PARAMETER_OPERATOR_RE : ASSIGNMENT_RE, text, keyEnd);
  if (at === null) return null;
  at = stickyMatch(PARAMETER_DEFAULT_RE, text, at) ?? at;
  return containerdCandidate(text, at);
}

/** After a block's key: `variable "containerd_version" {` (HCL) or `containerd:` (YAML). */
const BLOCK_OPENER_RE = /["']?[ \t]{0,8}(?:(?:[:=][ \t]{0,8})?\{|:)[ \t]{0,8}\r?$/my;
const INNER_KEY_RE = /^[ \t]*(?:- )?["']?(default|version|tag)["']?[ \t]{0,8}[:=][ \t]{0,8}["']?/;
const IMAGE_BLOCK_RE = /^[ \t]*(?:- )?["']?image["']?[ \t]*(?::|=[ \t]*\{)[ \t]*\r?$/;
/** How far below its key a block's version attribute is looked for. */
const BLOCK_REACH = 20;

/**
 * A version directly below a containerd key: the `default` of a Terraform variable named for
 * the containerd version, or `version:`/`tag:` of a YAML `containerd:` mapping or of its own
 * `image:`. A `version:` deeper down belongs to something else (`containerd: {runc: {version:}}`).
 */
function fromBlock(text: string, key: string, keyStart: number, keyEnd: number): Candidate | null {
  const name = key.replace(/^\$/, '');
  if (!keyNamesContainerd(name)) return null;
  if (stickyMatch(BLOCK_OPENER_RE, text, keyEnd) === null) return null;
  const keyLineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const keyIndent = indentOf(text, keyLineStart);
  const versionNamed = /version/i.test(name);
  let childIndent = -1;
  let imageChildIndent: number | null = null;
  let lineStart = text.indexOf('\n', keyEnd) + 1;
  for (let n = 0; lineStart > 0 && n < BLOCK_REACH; n++) {
    const end = text.indexOf('\n', lineStart);
    const start = lineStart;
    const line = text.slice(start, end === -1 ? text.length : end);
    lineStart = end + 1;
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const indent = indentOf(line, 0);
    if (trimmed.startsWith('}') || indent <= keyIndent) return null;
    if (childIndent === -1) childIndent = indent;
    const m = INNER_KEY_RE.exec(line);
    if (indent === childIndent) {
      imageChildIndent = IMAGE_BLOCK_RE.test(line) ? -1 : null;
      if (m && (m[1] === 'default' ? versionNamed : true))
        return containerdCandidate(text, start + m[0].length);
    } else if (imageChildIndent !== null && indent > childIndent) {
      if (imageChildIndent === -1) imageChildIndent = indent;
      if (indent === imageChildIndent && m && m[1] !== 'default')
        return containerdCandidate(text, start + m[0].length);
    }
  }
  return null;
}

function indentOf(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - lineStart;
}

const LINE_ENDS_RE = /["']?[ \t]{0,8}\r?(?:\n|$)/y;
const REPOSITORY_LINE_RE = /^([ \t]*)(?:- )?["']?(?:repository|image|name)["']?[ \t]*:[ \t]*["']?$/;
const TAG_LINE_RE = /^([ \t]*)(?:- )?["']?(?:tag|newTag)["']?[ \t]*:[ \t]*["']?/;
/** How many lines around an image repository its tag is looked for. */
const SIBLING_REACH = 8;

/** containerd's own repository or K3s' fork of it, as a build names its source. */
const CONTAINERD_SOURCE_RE = /(?:^|\/)github\.com\/(?:k3s-io|containerd)\/containerd(?:\.git)?$/i;
/** `ARG SRC="`, `SRC ?= `, `export REPO=`: what stands before the source on its line. */
const SOURCE_ASSIGNMENT_RE =
  /^[ \t]*(?:(?:ARG|ENV|export)[ \t]+)?[A-Za-z_][A-Za-z0-9_]{0,63}[ \t]*(?:\?=|:=|=)[ \t]*["']?(?:https?:)?$/;
/** The version a build of that source checks out: `ARG TAG="v2.1.5-k3s1"`, `TAG ?= v2.0.2-k3s1`. */
const SOURCE_TAG_RE =
  /^[ \t]*(?:(?:ARG|ENV|export)[ \t]+)?(?:TAG|VERSION|REF)[ \t]*(?:\?=|:=|=)[ \t]*["']?/;

/**
 * A build of containerd from source (`rancher/image-build-containerd`): its repository in one
 * variable (`ARG SRC="github.com/k3s-io/containerd"`) and, beside it in the same build stage,
 * the tag it checks out in a generic one (`ARG TAG="v2.1.5-k3s1"`), which alone names nothing.
 * Only containerd's own repositories count: a file that builds nerdctl or a snapshotter names
 * theirs.
 */
function fromSourceRepo(text: string, key: string, keyStart: number): Candidate | null {
  if (!CONTAINERD_SOURCE_RE.test(key)) return null;
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  if (!SOURCE_ASSIGNMENT_RE.test(text.slice(lineStart, keyStart))) return null;
  return nearbyLines(text, lineStart, (at, line) => {
    // Another build stage builds something else.
    if (/^[ \t]*FROM[ \t]/i.test(line)) return STOP;
    const tag = SOURCE_TAG_RE.exec(line);
    return tag ? containerdCandidate(text, at + tag[0].length) : null;
  });
}

/** What a look at nearby lines answers to end the look in that direction. */
const STOP = 'stop';

/**
 * Looks at up to SIBLING_REACH lines below the line at `lineStart`, then above it, until `look`
 * finds a candidate (returned) or says STOP for that direction.
 */
function nearbyLines(
  text: string,
  lineStart: number,
  look: (at: number, line: string) => Candidate | typeof STOP | null,
): Candidate | null {
  for (const direction of [1, -1] as const) {
    let at = lineStart;
    for (let n = 0; n < SIBLING_REACH; n++) {
      at = direction === 1 ? text.indexOf('\n', at) + 1 : text.lastIndexOf('\n', at - 2) + 1;
      if (at <= 0 && direction === 1) break;
      const end = text.indexOf('\n', at);
      const found = look(at, text.slice(at, end === -1 ? text.length : end));
      if (found === STOP) break;
      if (found) return found;
      if (direction === -1 && at === 0) break;
    }
  }
  return null;
}

/**
 * Helm values name an image in two keys: `repository: rancher/hardened-containerd` and, beside
 * it in the same mapping, `tag: v1.6.12-k3s1-build20221209`; Kustomize's `images:` entries
 * write `name:` and `newTag:`.
 */
function fromSiblingTag(
  text: string,
  key: string,
  keyStart: number,
  keyEnd: number,
): Candidate | null {
  if (!/hardened-containerd$/i.test(key)) return null;
  // Nothing may follow the name on its line; checked first, as it costs nothing.
  if (stickyMatch(LINE_ENDS_RE, text, keyEnd) === null) return null;
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  const repo = REPOSITORY_LINE_RE.exec(text.slice(lineStart, keyStart));
  if (!repo) return null;
  const indent = repo[1]!.length + (text.slice(lineStart, keyStart).includes('- ') ? 2 : 0);
  return nearbyLines(text, lineStart, (at, line) => {
    if (line.trim() && indentOf(text, at) < indent) return STOP;
    const tag = TAG_LINE_RE.exec(line);
    return tag && tag[1]!.length === indent ? containerdCandidate(text, at + tag[0].length) : null;
  });
}
