/**
 * Finds the spans of a file that are comments (and, for HCL, documentation strings), so that a
 * pin can be told apart from a commented-out one. Each lexer is a single forward pass: linear in
 * the file's length whatever it holds.
 */
import { CODE_RULES, codeComments, type CodeSyntax } from './code-comments.js';
import { lineEnd } from './line-starts.js';
import { templateComments, withSpansBlanked, type TemplateEngine } from './template-comments.js';

export type CommentSyntax =
  | 'hash'
  | 'shell'
  | 'ini'
  | 'hcl'
  | 'markup'
  | 'asciidoc'
  | 'powershell'
  | 'ruby'
  | 'perl'
  | 'comment-lines'
  | 'none'
  | CodeSyntax;

/** Half-open [start, end) offsets into the text. */
export type Span = readonly [number, number];

export interface Spans {
  comments: Span[];
  /** HCL `description` and `error_message` strings: an example version there is not a pin. */
  docs: Span[];
  /** The first thing that makes the file malformed, for a warning; the text is scanned anyway. */
  problem?: { offset: number; message: string };
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r';
/** A quote opens a string only at the start of a token; `don't` in plain YAML text does not. */
const OPENS_TOKEN = new Set([
  undefined,
  ' ',
  '\t',
  '\n',
  '\r',
  '=',
  ':',
  '[',
  '{',
  '(',
  ',',
  '-',
  '$',
]);

/**
 * `#` comments that start at a word boundary (shell, YAML, Dockerfile, Makefile, .env, Python,
 * Ruby, PowerShell). Quotes are tracked within a line only, which keeps one stray apostrophe
 * from hiding every comment below it.
 */
export function hashComments(text: string, from = 0, to = text.length): Span[] {
  // Character codes, not one-character strings: this loop reads every character of large
  // generated YAML, and comparing codes took half the time.
  const spans: Span[] = [];
  let quote = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      quote = 0;
      continue;
    }
    if (quote) {
      if (c === BACKSLASH && quote === DOUBLE_QUOTE) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      if (i === 0 || OPENS_TOKEN_CODE[text.charCodeAt(i - 1)] === 1) quote = c;
    } else if (c === HASH) {
      const before = text.charCodeAt(i - 1);
      if (i === from || before === NEWLINE || before === SPACE || before === TAB || before === CR) {
        const end = lineEnd(text, i, to);
        spans.push([i, end]);
        i = end - 1;
      }
    }
  }
  return spans;
}

const NEWLINE = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const HASH = 35;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;
/** OPENS_TOKEN by character code (1: opens), for hashComments. */
const OPENS_TOKEN_CODE = new Uint8Array(128);
for (const c of OPENS_TOKEN) if (c !== undefined) OPENS_TOKEN_CODE[c.charCodeAt(0)] = 1;

const HEREDOC_RE = /<<[-~]?[ \t]{0,4}["']?([A-Za-z_][A-Za-z0-9_]{0,63})["']?[ \t]*\r?$/my;
/**
 * `description = ` and `error_message = ` (a `validation`, `check`/`assert` or pre/postcondition
 * block's message): text only ever shown to a person, whose versions are examples.
 */
const DESCRIPTION_RE = /^[ \t]*(?:description|error_message)[ \t]*=[ \t]*$/;

/**
 * HCL (Terraform, tfvars, Packer): `#`, `//` and `/* *\/` comments, strings, and heredocs,
 * whose lines are read with the `#` rule since they usually hold a script or cloud-config.
 * Braces are counted so that a malformed file can be named in a warning.
 */
export function hclSpans(text: string): Spans {
  const comments: Span[] = [];
  const docs: Span[] = [];
  const n = text.length;
  let problem: Spans['problem'];
  const note = (offset: number, message: string) => (problem ??= { offset, message });
  const openBraces: number[] = [];
  let lineStart = 0;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = i + 1;
    } else if (c === '"') {
      const { end, closed } = hclStringEnd(text, i);
      if (!closed) note(i, 'a string is not closed on its line');
      if (isDescriptionValue(text, lineStart, i)) docs.push([i, end]);
      i = end - 1;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const end = lineEnd(text, i);
      comments.push([i, end]);
      i = end - 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close === -1) note(i, "a '/*' comment is never closed");
      const end = close === -1 ? n : close + 2;
      comments.push([i, end]);
      // A comment over lines moves the line start; looked for within the comment only.
      for (let j = end - 1; j > i; j--) {
        if (text[j] === '\n') {
          lineStart = j + 1;
          break;
        }
      }
      i = end - 1;
    } else if (c === '{') {
      openBraces.push(i);
    } else if (c === '}') {
      if (openBraces.pop() === undefined) note(i, "a '}' closes nothing");
    } else if (c === '<' && text[i + 1] === '<') {
      HEREDOC_RE.lastIndex = i;
      const m = HEREDOC_RE.exec(text);
      if (!m) continue;
      const bodyStart = lineEnd(text, i) + 1;
      const close = findHeredocCloser(text, bodyStart, m[1]!);
      if (!close) note(i, `the heredoc <<${m[1]} is never closed`);
      const bodyEnd = close?.start ?? n;
      if (isDescriptionValue(text, lineStart, i)) docs.push([bodyStart, bodyEnd]);
      for (const span of hashComments(text, bodyStart, bodyEnd)) comments.push(span);
      i = close ? close.end - 1 : n;
      lineStart = close ? close.start : n;
    }
  }
  if (openBraces.length) note(openBraces[openBraces.length - 1]!, "a '{' is never closed");
  return problem ? { comments, docs, problem } : { comments, docs };
}

/** The line that closes a heredoc: its identifier alone, indentation allowed. */
function findHeredocCloser(
  text: string,
  from: number,
  id: string,
): { start: number; end: number } | null {
  for (let start = from; start < text.length;) {
    const end = lineEnd(text, start);
    if (text.slice(start, end).trim() === id) return { start, end };
    start = end + 1;
  }
  return null;
}

/**
 * A quoted string and where it ends: one past its closing quote, or its line's end when left
 * open (a quoted HCL template never spans lines). It may hold `${ … }` or `%{ … }` with strings
 * of its own: `"${var.m != "" ? var.m : "https://x"}/v1"`.
 */
function hclStringEnd(text: string, open: number): { end: number; closed: boolean } {
  const stack: ('string' | 'expression')[] = ['string'];
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return { end: i, closed: false };
    if (stack[stack.length - 1] === 'string') {
      if (c === '\\') i++;
      else if ((c === '$' || c === '%') && text[i + 1] === '{') {
        stack.push('expression');
        i++;
      } else if (c === '"') {
        stack.pop();
        if (!stack.length) return { end: i + 1, closed: true };
      }
    } else if (c === '"') {
      stack.push('string');
    } else if (c === '{') {
      stack.push('expression');
    } else if (c === '}') {
      stack.pop();
    }
  }
  return { end: text.length, closed: false };
}

/** `description = ` (or `error_message = `) and nothing else before the value on its line. */
function isDescriptionValue(text: string, lineStart: number, valueStart: number): boolean {
  return valueStart - lineStart <= 64 && DESCRIPTION_RE.test(text.slice(lineStart, valueStart));
}

/**
 * PowerShell: `#` at the start of a token, `<# … #>` blocks, and strings, which are skipped
 * first: a `<#` or `#` inside a string opens nothing. The escape character is the backtick, so
 * `"C:\bin\"` ends at its second quote. Here-strings (`@" … "@`) run over lines; other strings
 * are read within their line, which keeps one stray quote from hiding every comment below it.
 */
export function powershellComments(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '<' && text[i + 1] === '#') {
      const close = text.indexOf('#>', i + 2);
      const end = close === -1 ? n : close + 2;
      spans.push([i, end]);
      i = end - 1;
    } else if (c === '#' && (i === 0 || PS_TOKEN_BEFORE.has(text[i - 1]!))) {
      const end = lineEnd(text, i);
      spans.push([i, end]);
      i = end - 1;
    } else if (c === '@' && (text[i + 1] === '"' || text[i + 1] === "'")) {
      const end = hereStringEnd(text, i);
      if (end !== null) i = end - 1;
    } else if (c === '"' || c === "'") {
      for (i++; i < n && text[i] !== c && text[i] !== '\n'; i++) {
        if (c === '"' && text[i] === '`') i++;
      }
      if (text[i] === '\n') i--;
    }
  }
  return spans;
}

/** What may stand before a `#` that opens a PowerShell comment: a token ends there. */
const PS_TOKEN_BEFORE = new Set([' ', '\t', '\r', '\n', ';', '(', ')', '{', '}', '|']);

/** A here-string's end: its opener ends its line, its closer (`"@`, `'@`) starts one. */
function hereStringEnd(text: string, at: number): number | null {
  const quote = text[at + 1]!;
  let eol = at + 2;
  while (isSpace(text[eol])) eol++;
  if (eol < text.length && text[eol] !== '\n') return null;
  const close = text.indexOf(`\n${quote}@`, eol);
  return close === -1 ? text.length : close + 3;
}

/**
 * Shell no-op commands used as block comments: `: <<'OLD'` … `OLD` feeds a heredoc to `:`, and
 * `: '` … `'` a string, so nothing in them runs. The whole construct is a comment; a heredoc
 * never closed runs to the end of the file, as the shell reads it.
 */
export function shellNoOpBlocks(text: string): Span[] {
  const spans: Span[] = [];
  if (!text.includes(':')) return spans;
  NO_OP_RE.lastIndex = 0;
  for (let m = NO_OP_RE.exec(text); m; m = NO_OP_RE.exec(text)) {
    const bodyStart = m.index + m[0].length + 1;
    let end: number;
    if (m[2]) {
      const close = findHeredocCloser(text, bodyStart, m[2]);
      end = close ? close.end : text.length;
    } else {
      const close = text.indexOf("'", bodyStart);
      end = close === -1 ? text.length : close + 1;
    }
    spans.push([m.index, end]);
    NO_OP_RE.lastIndex = Math.max(end, NO_OP_RE.lastIndex);
  }
  return spans;
}

/** `: <<'ID'`, `: <<-ID`, `:<<"ID"` or `: '` ending its line (group 2: the heredoc's id). */
const NO_OP_RE =
  /^[ \t]*:[ \t]*(?:<<-?[ \t]*(["']?)([A-Za-z_][A-Za-z0-9_]{0,63})\1|[ \t]'[^'\n]*)[ \t]*\r?$/gm;

/** Markdown and HTML: `<!-- -->`. */
export function markupComments(text: string): Span[] {
  const spans: Span[] = [];
  let i = text.indexOf('<!--');
  while (i !== -1) {
    const close = text.indexOf('-->', i + 4);
    const end = close === -1 ? text.length : close + 3;
    spans.push([i, end]);
    i = text.indexOf('<!--', end);
  }
  return spans;
}

/** Whole lines a pattern marks as comments (INI's `;`). */
function lineComments(text: string, line: RegExp): Span[] {
  return [...text.matchAll(line)].map((m) => [m.index, m.index + m[0].length] as const);
}

/** Block comments delimited on lines of their own or inline (`<# #>`, `=begin`/`=end`). */
function blockComments(text: string, open: RegExp, close: RegExp): Span[] {
  const spans: Span[] = [];
  open.lastIndex = 0;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    close.lastIndex = m.index + m[0].length;
    const c = close.exec(text);
    const end = c ? c.index + c[0].length : text.length;
    spans.push([m.index, end]);
    open.lastIndex = end;
  }
  return spans;
}

/**
 * A file's comments in its syntax; with a template engine, the engine's comments are read first
 * and blanked for the inner syntax (a `{# … #}` may hold a `#` or a quote of its own).
 */
export function commentSpans(
  text: string,
  syntax: CommentSyntax,
  template?: TemplateEngine,
): Spans {
  const templated = template ? templateComments(text, template) : [];
  if (!templated.length) return innerSpans(text, syntax);
  const inner = innerSpans(withSpansBlanked(text, templated), syntax);
  return { ...inner, comments: mergeSpans(templated, inner.comments) };
}

function innerSpans(text: string, syntax: CommentSyntax): Spans {
  if (syntax in CODE_RULES) return { comments: codeComments(text, syntax as CodeSyntax), docs: [] };
  switch (syntax as Exclude<CommentSyntax, CodeSyntax>) {
    case 'hash':
      return { comments: hashComments(text), docs: [] };
    case 'shell':
      return { comments: mergeSpans(hashComments(text), shellNoOpBlocks(text)), docs: [] };
    case 'ini':
      return {
        comments: mergeSpans(hashComments(text), lineComments(text, /^[ \t]*;.*$/gm)),
        docs: [],
      };
    case 'hcl':
      return hclSpans(text);
    case 'markup':
      return { comments: markupComments(text), docs: [] };
    case 'asciidoc':
      return {
        comments: mergeSpans(
          lineComments(text, /^\/\/(?!\/\/[ \t]*\r?$).*$/gm),
          blockComments(text, /^\/{4,}[ \t]*\r?$/gm, /^\/{4,}[ \t]*\r?$/gm),
        ),
        docs: [],
      };
    case 'powershell':
      return { comments: powershellComments(text), docs: [] };
    case 'ruby':
      return {
        comments: mergeSpans(
          hashComments(text),
          blockComments(text, /^=begin\b/gm, /^=end\b.*$/gm),
        ),
        docs: [],
      };
    case 'perl':
      // POD: from a line that starts `=word` to the line `=cut`.
      return {
        comments: mergeSpans(
          hashComments(text),
          blockComments(text, /^=[A-Za-z]\w*/gm, /^=cut\b.*$/gm),
        ),
        docs: [],
      };
    case 'comment-lines':
      return { comments: lineComments(text, /^[ \t]*(?:#|\/\/).*$/gm), docs: [] };
    case 'none':
      return { comments: [], docs: [] };
  }
}

/** Sorted, overlapping spans joined, so that a binary search can answer. */
export function mergeSpans(a: Span[], b: Span[]): Span[] {
  const all = [...a, ...b].sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of all) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

/** Whether offset lies in one of the sorted, disjoint spans. */
export function inSpans(spans: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid]!;
    if (offset < s) hi = mid - 1;
    else if (offset >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
