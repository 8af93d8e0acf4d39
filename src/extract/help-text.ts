/**
 * Help and description text names example versions; it deploys nothing. Like an HCL
 * `description` string (found by the HCL lexer), these spans are documentation, not pins:
 * `description:` values in YAML (action.yml inputs, Ansible argument_specs, workflow inputs)
 * and JSON, a script's usage function, `Usage:` heredoc or many-line `Usage:` echo, and echo
 * lines that give an example.
 */
import { spansOnLines } from './candidate-lines.js';
import type { Span } from './comments.js';
import type { FileKind } from './file-kinds.js';
import { lineEnd } from './line-starts.js';

/**
 * Keys whose value is prose, or (a Node's `status.nodeInfo`: `kubeletVersion`, `kubeProxyVersion`,
 * `containerRuntimeVersion`) what a running cluster reported: Kubernetes ignores `status` on
 * create, so a version there deploys nothing.
 */
const DESCRIPTION_KEYS =
  'description|short_description|long_description|desc|help|help_text|helptext|usage|example|examples|kubeletVersion|kubeProxyVersion|containerRuntimeVersion';
const YAML_DESCRIPTION_RE = new RegExp(
  `^([ \\t]*)(-[ \\t]+)?["']?(?:${DESCRIPTION_KEYS})["']?[ \\t]*:(?=[ \\t]|\\r?$)[ \\t]*`,
  'gm',
);
const JSON_DESCRIPTION_RE = new RegExp(`"(?:${DESCRIPTION_KEYS})"[ \\t]*:[ \\t]*(?=")`, 'g');

function indentAt(text: string, lineStart: number): number {
  let i = lineStart;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i - lineStart;
}

/** A quoted string starting at `open`, to its closing quote on the same line. */
function quotedEnd(text: string, open: number): number {
  const quote = text[open];
  const end = lineEnd(text, open);
  for (let i = open + 1; i < end; i++) {
    if (text[i] === '\\' && quote === '"') i++;
    else if (text[i] === quote) {
      // YAML escapes a single quote by doubling it.
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return end;
}

/**
 * A YAML description's value: a quoted string, a plain scalar to its line's end, or a block
 * scalar or list on the lines indented below the key (a list may also start at the key's own
 * indentation).
 */
function yamlDescriptions(text: string, spans: Span[]): void {
  let coveredTo = 0;
  for (const m of text.matchAll(YAML_DESCRIPTION_RE)) {
    // A key inside a description already taken is part of it.
    if (m.index < coveredTo) continue;
    const valueStart = m.index + m[0].length;
    const keyIndent = m[1]!.length + (m[2]?.length ?? 0);
    const first = text[valueStart];
    let end =
      first === '"' || first === "'" ? quotedEnd(text, valueStart) : lineEnd(text, valueStart);
    const inline = text.slice(valueStart, end).trim();
    // A quoted value ends at its quote; a plain, block or empty value continues below.
    if (first !== '"' && first !== "'") {
      const opensBlock = !inline || /^[|>][-+0-9]*$/.test(inline);
      for (let next = end + 1; next < text.length;) {
        const nextEnd = lineEnd(text, next);
        const line = text.slice(next, nextEnd);
        const indent = indentAt(text, next);
        const listAtKey = opensBlock && indent === keyIndent && /^[ \t]*- /.test(line);
        if (line.trim() && indent <= keyIndent && !listAtKey) break;
        if (!opensBlock && line.trim() && /^[ \t]*["']?[A-Za-z0-9_.-]+["']?[ \t]*:/.test(line))
          break;
        end = nextEnd;
        next = nextEnd + 1;
      }
    }
    spans.push([valueStart, end]);
    coveredTo = end;
  }
}

function jsonDescriptions(text: string, spans: Span[]): void {
  for (const m of text.matchAll(JSON_DESCRIPTION_RE)) {
    const open = m.index + m[0].length;
    spans.push([open, quotedEnd(text, open)]);
  }
}

/**
 * `usage() {`, `function show_help {`, `function Show-Usage {`: a function that prints help. A
 * bare `usage` line is a call, so `function` or `()` must say it is a definition.
 */
const FUNCTION_HEAD = String.raw`(?:function[ \t]+([\w:-]{1,64})[ \t]*(?:\([ \t]*\))?|([\w:-]{1,64})[ \t]*\([ \t]*\))`;
const FUNCTION_RE = new RegExp(String.raw`^([ \t]*)${FUNCTION_HEAD}[ \t]*(\{[^\n]*)?\r?$`, 'gm');
/** `usage`, `print_help`, `Show-Usage`, `showHelp`; not `setup_helpers`. */
const HELP_WORD_RE = /^(?:usage|help)$/i;
const isHelpName = (name: string) =>
  name.split(/[_\-:.]+|(?<=[a-z])(?=[A-Z])/).some((word) => HELP_WORD_RE.test(word));
/** How many lines a help function may span, and how many are looked at in one file. */
const HELP_FUNCTION_REACH = 300;
const HELP_FUNCTIONS_PER_FILE = 256;

function helpFunctions(text: string, spans: Span[]): void {
  let looked = 0;
  for (const m of text.matchAll(FUNCTION_RE)) {
    if (!isHelpName(m[2] ?? m[3] ?? '')) continue;
    if (++looked > HELP_FUNCTIONS_PER_FILE) break;
    const rest = (m[4] ?? '').replace(/\r$/, '');
    // A one-line body: `usage() { echo "…"; }`.
    if (/\}[ \t]*;?[ \t]*$/.test(rest)) {
      spans.push([m.index, m.index + m[0].length]);
      continue;
    }
    const indent = m[1]!.length;
    let next = lineEnd(text, m.index) + 1;
    for (let n = 0; next < text.length && n < HELP_FUNCTION_REACH; n++) {
      const nextEnd = lineEnd(text, next);
      const line = text.slice(next, nextEnd);
      if (/^[ \t]*\}[ \t]*;?[ \t]*\r?$/.test(line) && indentAt(text, next) <= indent) {
        spans.push([m.index, nextEnd]);
        break;
      }
      next = nextEnd + 1;
    }
  }
}

const HEREDOC_RE = /<<-?[ \t]{0,4}["']?([A-Za-z_][A-Za-z0-9_]{0,63})["']?/g;

/** Heredocs whose first line is `Usage:`: the text a script prints for `--help`. */
function usageHeredocs(text: string, spans: Span[]): void {
  // Text already read (the rest of a heredoc's line, a body) opens no heredoc of its own here.
  let readTo = 0;
  for (const m of text.matchAll(HEREDOC_RE)) {
    if (m.index < readTo) continue;
    const bodyStart = lineEnd(text, m.index) + 1;
    readTo = bodyStart;
    if (!/^[ \t]*usage\b/i.test(text.slice(bodyStart, bodyStart + 64))) continue;
    for (let next = bodyStart; next < text.length; next = readTo + 1) {
      readTo = lineEnd(text, next);
      if (text.slice(next, readTo).trim() === m[1]) {
        spans.push([bodyStart, next]);
        break;
      }
    }
  }
}

/** `echo "` (or `printf '`) with nothing after the quote: a string printed over many lines. */
const OPEN_ECHO_RE =
  /(?:^|[;&|{][ \t]*|\)[ \t]+)[ \t]*(?:echo(?:[ \t]+-[neE]{1,3})?|printf)[ \t]+(["'])[ \t]*\r?$/gm;
/** How many lines a printed usage text may span. */
const USAGE_ECHO_REACH = 100;

/**
 * A string printed over many lines whose first words are `Usage:` (`echo "⏎  Usage: …⏎  -v:
 * version. Ex: v1.31.6+rke2r1⏎  "`): the script's help, as a usage heredoc is. It ends at the
 * first line that ends with its quote, an odd count of that quote on the line.
 */
function usageEchoes(text: string, spans: Span[]): void {
  for (const m of text.matchAll(OPEN_ECHO_RE)) {
    const quote = m[1]!;
    const bodyStart = lineEnd(text, m.index + m[0].length - 1) + 1;
    if (!/^\s*usage\b/i.test(text.slice(bodyStart, bodyStart + 256))) continue;
    for (let next = bodyStart, n = 0; next < text.length && n < USAGE_ECHO_REACH; n++) {
      const end = lineEnd(text, next);
      const line = text.slice(next, end).trimEnd();
      if (line.endsWith(quote) && line.split(quote).length % 2 === 0) {
        spans.push([bodyStart, end]);
        break;
      }
      next = end + 1;
    }
  }
}

/** A line that prints an example: `echo "  --version  e.g. v1.24.9+rke2r1"`. */
const EXAMPLE_LINE_RE =
  /(?:^[ \t]*(?:-[ \t]+)?(?:run:[ \t]+)?|[;&|{][ \t]*)@?(?:echo|printf|print|puts|say|Write-Host|Write-Output|Write-Information|Write-Verbose)\b[^\n#]{0,400}?(?:\be\.?g\.|\bsuch as\b|\bexamples?\b(?!\.)|\bex:|\bfor instance\b|\busage\b)[^\n]*/gim;

/** The words that say a string gives an example: `"… e.g. v1.24.9+rke2r1"`. */
const EXAMPLE_PHRASE_RE = /\be\.?g\.|\bsuch as\b|\bfor (?:example|instance)\b|\bex(?:ample)?:/gi;

/**
 * A string literal that gives an example (a program's error or help message: `throw new
 * Error('give a release such as v1.24.9+rke2r1')`) is prose from its phrase to its closing
 * quote. The phrase is inside a string when an odd number of that quote stands before it on
 * the line.
 */
function examplesInStrings(text: string, spans: Span[]): void {
  for (const m of text.matchAll(EXAMPLE_PHRASE_RE)) {
    const end = lineEnd(text, m.index);
    const before = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
    for (const quote of ['"', "'", '`']) {
      if (before.split(quote).length % 2 === 0) {
        const close = text.indexOf(quote, m.index);
        spans.push([m.index, close === -1 || close > end ? end : close]);
        break;
      }
    }
  }
}

/** A Node's reported versions on a line of their own, whatever the file (a heredoc, a dump). */
const NODE_INFO_LINE_RE =
  /^[ \t]*["']?(?:kubeletVersion|kubeProxyVersion|containerRuntimeVersion)["']?[ \t]*:[^\n]*/gm;

function exampleLines(text: string, spans: Span[]): void {
  for (const m of text.matchAll(EXAMPLE_LINE_RE)) spans.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(NODE_INFO_LINE_RE)) spans.push([m.index, m.index + m[0].length]);
  examplesInStrings(text, spans);
}

/**
 * Spans of help and description text, in no particular order. With `candidates` (offsets,
 * sorted), the example lines, which never span lines, are looked for on their lines only.
 */
export function helpTextSpans(
  text: string,
  kind: FileKind,
  candidates?: readonly number[],
): Span[] {
  const spans: Span[] = [];
  if (kind.form === 'documentation') return spans;
  if (kind.yaml) yamlDescriptions(text, spans);
  if (kind.form === 'json') jsonDescriptions(text, spans);
  if (/usage|help/i.test(text)) {
    helpFunctions(text, spans);
    usageHeredocs(text, spans);
    usageEchoes(text, spans);
  }
  if (candidates) {
    for (const span of spansOnLines(text, candidates, (line) => {
      const found: Span[] = [];
      exampleLines(line, found);
      return found;
    }))
      spans.push(span);
  } else exampleLines(text, spans);
  return spans;
}
