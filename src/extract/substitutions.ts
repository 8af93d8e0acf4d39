/**
 * The search side of a substitution names the text being replaced, not a setting: in
 * `sed 's/k3s_version: v1.33.4+k3s1/k3s_version: v1.34.1+k3s1/'` only the replacement is a pin.
 * Each finder is one pass over the text with bounded patterns, and each reads one line at a time
 * (a substitution never spans lines), so the extractor runs them on candidate lines only.
 */
import { spansOnLines } from './candidate-lines.js';
import type { Span } from './comments.js';

/** `s/OLD/NEW/` (sed, perl -pe, vim): `s` after a word boundary, any punctuation delimiter. */
const SED_RE = /(?<=(?:^|[\s;(|{=&])["'`]?)s([/|#@!%:,^+~])/gm;
/** Shell pattern substitution: `${var/OLD/NEW}`, `${var//OLD/NEW}`, `${var/#OLD/NEW}`. */
const PARAMETER_RE = /\$\{[A-Za-z_][A-Za-z0-9_]{0,63}\/[/#%]?/g;
/** Calls whose quoted arguments are a search and its replacement: `.replace("OLD", "NEW")`,
 * Terraform `replace(str, "OLD", "NEW")`, Jinja `replace('OLD','NEW')`, `regex_replace(…)`,
 * PowerShell `-replace 'OLD', 'NEW'`. */
const CALL_RE = /\b(replace|replaceAll|Replace|ReplaceAll|regex_replace|regexreplace|gsub|sub)\(/g;
const POWERSHELL_RE = /-c?replace[ \t]+/gi;
/** YAML keys that hold a search pattern (Ansible `replace:`/`lineinfile:` `regexp:`). */
const PATTERN_KEY_RE = /^[ \t]*(?:-[ \t]+)?["']?(?:regexp|regex|search)["']?[ \t]*:[ \t]*(\S.*)$/gm;

/** Where the unescaped `delimiter` closes a part that starts at `from`, on the same line. */
function partEnd(text: string, from: number, delimiter: string): number {
  for (let i = from; i < text.length && i - from < 4096; i++) {
    const c = text[i];
    if (c === '\n') return -1;
    if (c === '\\') i++;
    else if (c === delimiter) return i;
  }
  return -1;
}

function sedSearchSides(text: string, spans: Span[]): void {
  for (const m of text.matchAll(SED_RE)) {
    const delimiter = m[1]!;
    const searchStart = m.index + m[0].length;
    const searchEnd = partEnd(text, searchStart, delimiter);
    if (searchEnd === -1) continue;
    // Only a whole substitution counts: the replacement must be closed too.
    if (partEnd(text, searchEnd + 1, delimiter) === -1) continue;
    spans.push([searchStart, searchEnd]);
  }
}

function parameterSearchSides(text: string, spans: Span[]): void {
  for (const m of text.matchAll(PARAMETER_RE)) {
    const searchStart = m.index + m[0].length;
    const searchEnd = partEnd(text, searchStart, '/');
    if (searchEnd !== -1 && !text.slice(searchStart, searchEnd).includes('}'))
      spans.push([searchStart, searchEnd]);
  }
}

/** A quoted argument at `at` (after spaces): its span inside the quotes, and where it ends. */
function quotedAt(text: string, at: number): { span: Span; next: number } | null {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const quote = text[i];
  if (quote !== '"' && quote !== "'") return null;
  const close = partEnd(text, i + 1, quote);
  return close === -1 ? null : { span: [i + 1, close], next: close + 1 };
}

/** How far a call's arguments are read: a search and its replacement are short. */
const CALL_REACH = 1024;

/**
 * Top-level arguments of a call on one line: each one's start (none when the call is not closed
 * on its line within reach), and where reading stopped.
 */
function callArguments(text: string, open: number): { starts: number[]; end: number } {
  const starts = [open];
  let depth = 0;
  let quote: string | null = null;
  let i = open;
  for (; i < text.length && i - open < CALL_REACH; i++) {
    const c = text[i];
    if (c === '\n') break;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return { starts, end: i };
      depth--;
    } else if (c === ',' && depth === 0) starts.push(i + 1);
  }
  return { starts: [], end: i };
}

function callSearchSides(text: string, spans: Span[]): void {
  let readTo = 0;
  for (const m of text.matchAll(CALL_RE)) {
    // A call nested in the arguments of one already read was read with it.
    if (m.index < readTo) continue;
    const { starts: args, end } = callArguments(text, m.index + m[0].length);
    readTo = end;
    // Terraform's `replace(string, search, replacement)` and Go's `strings.Replace(s, old, new, n)`
    // take the string first; methods (`x.replace(search, new)`) and `sub`/`regex_replace` the
    // pattern first (Python's `re.sub(pattern, new, string)` too).
    const stringFirst = /^replace/i.test(m[1]!) && args.length >= 3;
    const search = args.length >= 2 ? args[stringFirst ? 1 : 0] : undefined;
    const quoted = search === undefined ? null : quotedAt(text, search);
    if (quoted) spans.push(quoted.span);
  }
  for (const m of text.matchAll(POWERSHELL_RE)) {
    const quoted = quotedAt(text, m.index + m[0].length);
    if (quoted) spans.push(quoted.span);
  }
}

function patternKeys(text: string, spans: Span[]): void {
  for (const m of text.matchAll(PATTERN_KEY_RE)) {
    const start = m.index + m[0].length - m[1]!.length;
    spans.push([start, m.index + m[0].length]);
  }
}

/** Spans of search patterns in the text, in no particular order. */
export function substitutionSearchSpans(text: string): Span[] {
  return searchSpansIn(text);
}

/** The spans on the lines that hold `offsets` (sorted): the same there as for the whole text. */
export function substitutionSearchSpansAt(text: string, offsets: readonly number[]): Span[] {
  return spansOnLines(text, offsets, searchSpansIn);
}

function searchSpansIn(text: string): Span[] {
  const spans: Span[] = [];
  if (text.includes('s')) sedSearchSides(text, spans);
  if (text.includes('${')) parameterSearchSides(text, spans);
  if (/replace|sub\(/i.test(text)) callSearchSides(text, spans);
  if (/regexp|regex|search/.test(text)) patternKeys(text, spans);
  return spans;
}
