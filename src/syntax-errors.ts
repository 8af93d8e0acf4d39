/**
 * Where a JSON or YAML text stops being valid, and why, in words of our own. The parsers' own
 * messages quote the text (`Unexpected token 'r', "root:x:0:0"...`), and the text may be a file
 * a pull request pointed us at: a message says the line, the column and the reason, never a byte.
 */
import type { LineCounter, YAMLError } from 'yaml';

export interface SyntaxErrorAt {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units. */
  column: number;
  reason: string;
}

/** `line 3, column 7: <reason>`, as every loader words it. */
export function describeSyntaxError(at: SyntaxErrorAt): string {
  return `line ${at.line}, column ${at.column}: ${at.reason}`;
}

/** The first place `text` is not valid JSON (call it after JSON.parse threw). */
export function jsonSyntaxError(text: string): SyntaxErrorAt {
  const found = firstJsonError(text) ?? { offset: 0, reason: 'not valid JSON' };
  return { ...lineAndColumn(text, found.offset), reason: found.reason };
}

/** The line, column and reason of a YAML parse error, from its code, not its message. */
export function yamlSyntaxError(error: YAMLError, lines: LineCounter): SyntaxErrorAt {
  const { line, col } = lines.linePos(error.pos[0]);
  return { line, column: col, reason: YAML_REASONS[error.code] ?? humanize(error.code) };
}

const YAML_REASONS: Partial<Record<string, string>> = {
  BAD_INDENT: 'wrong indentation',
  TAB_AS_INDENT: 'a tab used as indentation',
  DUPLICATE_KEY: 'a key given twice in one mapping',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  MULTILINE_IMPLICIT_KEY: 'a key spans more than one line',
  BLOCK_AS_IMPLICIT_KEY: 'a block used as a key',
  MULTIPLE_DOCS: 'more than one document',
  UNEXPECTED_TOKEN: 'unexpected text',
};

function humanize(code: string): string {
  return code.toLowerCase().replace(/_/g, ' ');
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

type Expecting = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after';

const LITERALS = ['true', 'false', 'null'];
const ENDS_EARLY = 'the text ends before the JSON value does';

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/**
 * The offset just past the number that starts at `start`, or where it goes wrong: each part of
 * `-0.5e+3` that needs a digit and has none, at the character where the digit should be.
 */
function numberEnd(text: string, start: number): number | { offset: number; reason: string } {
  let i = start;
  const digits = (what: string) => {
    if (!isDigit(text[i])) {
      return { offset: i, reason: i >= text.length ? ENDS_EARLY : `a digit should follow ${what}` };
    }
    while (isDigit(text[i])) i++;
    return null;
  };
  if (text[i] === '-') i++;
  if (text[i] === '0') i++;
  else {
    const wrong = digits('the minus sign');
    if (wrong) return wrong;
  }
  if (text[i] === '.') {
    i++;
    const wrong = digits('the decimal point');
    if (wrong) return wrong;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    const wrong = digits('the exponent');
    if (wrong) return wrong;
  }
  return i;
}

/**
 * Walks the text as JSON's grammar (RFC 8259) reads it, without recursion (nesting depth is the
 * file's to choose), and returns the offset of the first character that cannot be there.
 */
function firstJsonError(text: string): { offset: number; reason: string } | null {
  const open: ('{' | '[')[] = [];
  let expecting: Expecting = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i >= text.length) {
      return expecting === 'after' && open.length === 0 ? null : { offset: i, reason: ENDS_EARLY };
    }
    const c = text[i]!;
    switch (expecting) {
      case 'first-value':
      case 'value':
        if (expecting === 'first-value' && c === ']') {
          open.pop();
          i++;
          expecting = 'after';
        } else if (c === '{' || c === '[') {
          open.push(c);
          i++;
          expecting = c === '{' ? 'first-key' : 'first-value';
        } else if (c === '"') {
          const end = stringEnd(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expecting = 'after';
        } else if (c === '-' || isDigit(c)) {
          const end = numberEnd(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expecting = 'after';
        } else {
          const literal = LITERALS.find((word) => word[0] === c);
          if (!literal) {
            return {
              offset: i,
              reason:
                i === 0 && c === '\uFEFF'
                  ? 'a byte order mark before the JSON value'
                  : 'unexpected character where a value should start',
            };
          }
          for (let k = 1; k < literal.length; k++) {
            if (i + k >= text.length) return { offset: i + k, reason: ENDS_EARLY };
            if (text[i + k] !== literal[k]) {
              return { offset: i + k, reason: `unexpected character in '${literal}'` };
            }
          }
          i += literal.length;
          expecting = 'after';
        }
        break;
      case 'first-key':
      case 'key':
        if (expecting === 'first-key' && c === '}') {
          open.pop();
          i++;
          expecting = 'after';
        } else if (c === '"') {
          const end = stringEnd(text, i);
          if (typeof end !== 'number') return end;
          i = end;
          expecting = 'colon';
        } else {
          return { offset: i, reason: 'a property name in double quotes should be here' };
        }
        break;
      case 'colon':
        if (c !== ':') return { offset: i, reason: "a ':' should follow the property name" };
        i++;
        expecting = 'value';
        break;
      case 'after': {
        const inside = open[open.length - 1];
        if (!inside) return { offset: i, reason: 'more text after the JSON value' };
        const close = inside === '{' ? '}' : ']';
        if (c === ',') {
          i++;
          expecting = inside === '{' ? 'key' : 'value';
        } else if (c === close) {
          open.pop();
          i++;
        } else {
          return { offset: i, reason: `a ',' or '${close}' should be here` };
        }
        break;
      }
    }
  }
}

/** The offset just past the string that opens at `start`, or where and why it is broken. */
function stringEnd(text: string, start: number): number | { offset: number; reason: string } {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return { offset: i, reason: 'a control character inside a string' };
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === undefined) break;
      if (next === 'u') {
        for (let k = i + 2; k < i + 6; k++) {
          if (k >= text.length) return { offset: k, reason: 'a string that is never closed' };
          if (!/[0-9a-fA-F]/.test(text[k]!)) {
            return { offset: k, reason: 'a \\u escape without four hex digits' };
          }
        }
        i += 5;
      } else if ('"\\/bfnrt'.includes(next)) {
        i++;
      } else {
        return { offset: i + 1, reason: 'an escape sequence JSON does not have' };
      }
    }
  }
  return { offset: text.length, reason: 'a string that is never closed' };
}
