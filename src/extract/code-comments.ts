/**
 * Comments in general-purpose source code (JavaScript, Go, Java, Kotlin, Rust, C#, C/C++, PHP,
 * Python, Lua, SQL, Puppet…): one forward pass that skips string literals, so that a version in
 * a string stays a pin and one in a comment is a comment. Each language is a row of rules, not
 * a lexer of its own.
 */
import type { Span } from './comments.js';
import { lineEnd } from './line-starts.js';

export interface CodeRules {
  /** Markers that open a comment running to the end of the line. */
  line: readonly string[];
  /** The markers of a block comment, if the language has one. */
  block: readonly [open: string, close: string] | null;
  /** Block comments nest (Rust, Kotlin, Scala, Swift). */
  nested: boolean;
  /** `'…'` is a string (JavaScript, PHP, Python) or only a character literal (`'x'`, `'\n'`). */
  singleQuote: 'string' | 'char';
  /** A `"…"` string may run over lines (Rust, PHP, SQL, Puppet); elsewhere it ends at its line. */
  multiline: boolean;
  /** A backslash escapes in a backtick string (JavaScript, PHP); in Go's raw strings it does not. */
  backtickEscapes: boolean;
  /** Raw and verbatim strings, long brackets, heredocs: the language's own string forms. */
  extra?: 'csharp' | 'rust' | 'php' | 'lua';
  /** Characters at which something may start: everything else is skipped at once. */
  starts: ReadonlySet<string>;
}

const EXTRA_STARTS = { csharp: '@', rust: 'r', php: '<', lua: '[-' } as const;

const C_BLOCK = ['/*', '*/'] as const;

const rules = (
  line: readonly string[],
  block: CodeRules['block'],
  rest: Partial<Omit<CodeRules, 'starts'>> = {},
): CodeRules => {
  const firsts = [...line.map((m) => m[0]), block?.[0][0], '"', "'", '`'].join('');
  const starts = new Set(firsts + (rest.extra ? EXTRA_STARTS[rest.extra] : ''));
  return {
    line,
    block,
    nested: false,
    singleQuote: 'string',
    multiline: false,
    backtickEscapes: false,
    ...rest,
    starts,
  };
};

/** The rows; file-kinds.ts picks one per extension or file name. */
export const CODE_RULES = {
  /** JavaScript, TypeScript, JSON5/JSONC, Groovy (Jenkinsfile, Gradle), Dart. */
  c: rules(['//'], C_BLOCK, { backtickEscapes: true }),
  /** C, C++, Java, Go, Zig: `'x'` is a character; a Go raw string has no escapes. */
  java: rules(['//'], C_BLOCK, { singleQuote: 'char' }),
  /** Kotlin, Scala, Swift: nested block comments. */
  kotlin: rules(['//'], C_BLOCK, { singleQuote: 'char', nested: true }),
  /** Rust: nested block comments, `'a` lifetimes, `r#"…"#` raw strings, multi-line strings. */
  rust: rules(['//'], C_BLOCK, {
    singleQuote: 'char',
    nested: true,
    multiline: true,
    extra: 'rust',
  }),
  /** C#: `@"…"` verbatim strings. */
  csharp: rules(['//'], C_BLOCK, { singleQuote: 'char', extra: 'csharp' }),
  /** PHP: `#` too (but `#[` is an attribute), heredocs, multi-line strings. */
  php: rules(['//', '#'], C_BLOCK, { multiline: true, backtickEscapes: true, extra: 'php' }),
  /** Python and Starlark (Tiltfile, Bazel): `#`, and `"""`/`'''` strings. */
  python: rules(['#'], null),
  /** Lua: `--`, `--[[ … ]]`, `[[ … ]]` strings. */
  lua: rules(['--'], null, { extra: 'lua' }),
  /** SQL: `--`, `/* *\/`, multi-line strings. */
  sql: rules(['--'], C_BLOCK, { multiline: true }),
  /** Puppet manifests, Nix: `#` and `/* *\/`, multi-line strings. */
  puppet: rules(['#'], C_BLOCK, { multiline: true }),
} satisfies Record<string, CodeRules>;

export type CodeSyntax = keyof typeof CODE_RULES;

const isWordChar = (c: string | undefined) => c !== undefined && /[0-9A-Za-z_]/.test(c);

export function codeComments(text: string, syntax: CodeSyntax): Span[] {
  const r: CodeRules = CODE_RULES[syntax];
  const spans: Span[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (!r.starts.has(c)) continue;
    if (r.block && text.startsWith(r.block[0], i)) {
      const end = blockEnd(text, i, r.block, r.nested);
      spans.push([i, end]);
      i = end - 1;
    } else if (r.extra === 'lua' && c === '-' && text.startsWith('--[', i)) {
      const end = longBracketEnd(text, i + 2) ?? lineEnd(text, i);
      spans.push([i, end]);
      i = end - 1;
    } else if (r.line.some((marker) => text.startsWith(marker, i))) {
      if (r.extra === 'php' && c === '#' && text[i + 1] === '[') continue;
      const end = lineEnd(text, i);
      spans.push([i, end]);
      i = end - 1;
    } else if (c === '"' || c === '`' || (c === "'" && r.singleQuote === 'string')) {
      const raw = c === '`' && !r.backtickEscapes;
      i = stringEnd(text, i, r.multiline || c === '`', !raw) - 1;
    } else if (c === "'") {
      i = charLiteralEnd(text, i) - 1;
    } else {
      const end = extraStringEnd(text, i, r.extra);
      if (end !== null) i = end - 1;
    }
  }
  return spans;
}

/** One past a block comment's close (the file's end when it is never closed). */
function blockEnd(
  text: string,
  open: number,
  [opener, closer]: readonly [string, string],
  nested: boolean,
): number {
  let depth = 1;
  let i = open + opener.length;
  // The next opener is looked up again only once it is passed: each search is done once.
  let inner = nested ? text.indexOf(opener, i) : -1;
  while (depth > 0) {
    const close = text.indexOf(closer, i);
    if (close === -1) return text.length;
    if (inner !== -1 && inner < close) {
      depth++;
      i = inner + opener.length;
      inner = text.indexOf(opener, i);
      continue;
    }
    depth--;
    i = close + closer.length;
    if (inner !== -1 && inner < i) inner = text.indexOf(opener, i);
  }
  return i;
}

/**
 * One past a string's closing quote. `"""` and `'''` strings run over lines (Python, Kotlin,
 * Java text blocks, Swift, Scala, Groovy, C# raw strings); a one-quote string left open ends at
 * its line unless the language lets it run on, so one stray quote cannot hide the comments
 * below it.
 */
function stringEnd(text: string, open: number, multiline: boolean, escapes: boolean): number {
  const q = text[open]!;
  if (q !== '`' && text[open + 1] === q && text[open + 2] === q) {
    const close = text.indexOf(q + q + q, open + 3);
    return close === -1 ? text.length : close + 3;
  }
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && escapes) i++;
    else if (c === q) return i + 1;
    else if (c === '\n' && !multiline) return i;
  }
  return text.length;
}

/** `'x'`, `'\n'`, `'\u{1F600}'` are characters; `'a` (a Rust lifetime, a label) is not a string. */
function charLiteralEnd(text: string, open: number): number {
  if (text[open + 1] === '\\') {
    const close = text.indexOf("'", open + 3);
    return close !== -1 && close - open <= 12 && !text.slice(open, close).includes('\n')
      ? close + 1
      : open + 1;
  }
  if (text[open + 2] === "'" && text[open + 1] !== '\n') return open + 3;
  // A character outside the Basic Multilingual Plane takes two UTF-16 units.
  if (text[open + 3] === "'" && /[\uD800-\uDBFF]/.test(text[open + 1]!)) return open + 4;
  return open + 1;
}

/** The language's own string forms that start at `at`, or null when none does. */
function extraStringEnd(text: string, at: number, extra: CodeRules['extra']): number | null {
  const c = text[at];
  if (extra === 'csharp' && c === '@' && text[at + 1] === '"') {
    // Verbatim: no escapes (`""` is a quote, which reads as a close and a reopen), any lines.
    const close = text.indexOf('"', at + 2);
    return close === -1 ? text.length : close + 1;
  }
  if (extra === 'rust' && c === 'r' && !isWordChar(text[at - 1])) {
    let hashes = 0;
    while (text[at + 1 + hashes] === '#') hashes++;
    if (text[at + 1 + hashes] !== '"') return null;
    const closer = '"' + '#'.repeat(hashes);
    const close = text.indexOf(closer, at + 2 + hashes);
    return close === -1 ? text.length : close + closer.length;
  }
  if (extra === 'php' && c === '<' && text.startsWith('<<<', at)) return phpHeredocEnd(text, at);
  if (extra === 'lua' && c === '[') return longBracketEnd(text, at);
  return null;
}

const PHP_HEREDOC_RE = /<<<[ \t]*(["']?)([A-Za-z_][A-Za-z0-9_]{0,63})\1[ \t]*\r?\n/y;

/** `<<<EOT … EOT` and `<<<'EOT' … EOT`: the closing identifier may be indented (PHP 7.3). */
function phpHeredocEnd(text: string, at: number): number | null {
  PHP_HEREDOC_RE.lastIndex = at;
  const m = PHP_HEREDOC_RE.exec(text);
  if (!m) return null;
  const closer = new RegExp(`^[ \\t]*${m[2]}\\b`, 'gm');
  closer.lastIndex = at + m[0].length;
  const close = closer.exec(text);
  return close ? close.index + close[0].length : text.length;
}

/** Lua's `[[ … ]]` and `[==[ … ]==]`, at `at`'s `[`; null when `at` opens no long bracket. */
function longBracketEnd(text: string, at: number): number | null {
  if (text[at] !== '[') return null;
  let level = 0;
  while (text[at + 1 + level] === '=') level++;
  if (text[at + 1 + level] !== '[') return null;
  const closer = ']' + '='.repeat(level) + ']';
  const close = text.indexOf(closer, at + 2 + level);
  return close === -1 ? text.length : close + closer.length;
}
