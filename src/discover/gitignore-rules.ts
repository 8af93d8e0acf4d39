/**
 * The patterns of one .gitignore file, compiled once into regular expressions.
 *
 * Hand-written on purpose: the `ignore` package re-checks every parent folder of every path and
 * keeps a cache entry per path, which cost 230 ms of a 500 ms walk over 50,000 files. The walk
 * goes top down and never enters an ignored folder, so the only question left for a path is
 * which rule of its own folder's layers matches it last. The `ignore` package stays the oracle
 * in test/gitignore.test.ts.
 *
 * Syntax, as gitignore(5) gives it: blank lines and `#` lines are skipped; trailing spaces are
 * dropped unless escaped; `!` negates; a trailing `/` matches folders only; a pattern with a `/`
 * at its start or middle is matched from the .gitignore's folder, any other one against the
 * name alone; `*` and `?` do not match `/`; `[...]` is a bracket expression; `**` is any number
 * of folders when it is a whole segment, else a `*`; a backslash escapes the next character.
 */

export interface GitignoreRule {
  negative: boolean;
  dirOnly: boolean;
  /** Matched against the name alone (no `/` in the pattern) or the path from the base. */
  nameOnly: boolean;
  regex: RegExp;
  /**
   * The common shapes, tested without the regex: `name` (the whole string) and `*.ext` (a
   * suffix). Null for any other pattern.
   */
  exact: string | null;
  suffix: string | null;
}

export interface GitignoreRules {
  rules: GitignoreRule[];
  /** False when every rule is for folders only, so files need no check. */
  anyForFiles: boolean;
  /** As git's core.ignorecase: names differing only in case match. */
  ignoreCase: boolean;
}

export function parseGitignore(content: string, ignoreCase = false): GitignoreRules {
  const rules: GitignoreRule[] = [];
  for (const line of content.split(/\r?\n/)) {
    const rule = parseLine(line, ignoreCase);
    if (rule) rules.push(rule);
  }
  return { rules, anyForFiles: rules.some((r) => !r.dirOnly), ignoreCase };
}

/**
 * The last rule matching the path decides: true ignored, false re-included, undefined no rule.
 * The path is `folder` + `name`: `folder` is the path of the entry's folder from the .gitignore's
 * own folder, with `/` separators and a trailing `/` (empty at the .gitignore's folder). Most
 * rules test the name alone, so the whole path is only joined for the rules that need it.
 */
export function lastMatch(
  layer: GitignoreRules,
  folder: string,
  name: string,
  isDir: boolean,
): boolean | undefined {
  const { rules } = layer;
  if (layer.ignoreCase) {
    folder = folder.toLowerCase();
    name = name.toLowerCase();
  }
  let path: string | undefined;
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i]!;
    if (rule.dirOnly && !isDir) continue;
    const subject = rule.nameOnly ? name : (path ??= folder + name);
    const hit =
      rule.exact !== null
        ? subject === rule.exact
        : rule.suffix !== null
          ? subject.endsWith(rule.suffix)
          : rule.regex.test(subject);
    if (hit) return !rule.negative;
  }
  return undefined;
}

function parseLine(raw: string, ignoreCase: boolean): GitignoreRule | null {
  let line = trimTrailingSpaces(raw);
  if (!line || line.startsWith('#')) return null;
  let negative = false;
  if (line.startsWith('!')) {
    negative = true;
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith('/') && !isEscaped(line, line.length - 1)) {
    dirOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (!line) return null;
  const nameOnly = !line.includes('/');
  if (line.startsWith('/')) line = line.slice(1);
  const source = globToRegexSource(line);
  if (source === null) return null;
  const plain = (text: string) =>
    /[*?[\\]/.test(text) ? null : ignoreCase ? text.toLowerCase() : text;
  try {
    return {
      negative,
      dirOnly,
      nameOnly,
      regex: new RegExp(`^${source}$`, ignoreCase ? 'i' : ''),
      exact: plain(line),
      // `*.tfstate`: any name ending so (a `*` matches no `/`, and only names are tested).
      suffix: nameOnly && line.startsWith('*') ? plain(line.slice(1)) : null,
    };
  } catch {
    return null; // a reversed range such as [z-a]: git's wildmatch matches nothing with it
  }
}

/** Trailing spaces go unless the last one is escaped with a backslash. */
function trimTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ') {
    if (isEscaped(line, end - 1)) break;
    end--;
  }
  return line.slice(0, end);
}

/** Whether the character at `i` follows an odd number of backslashes. */
function isEscaped(text: string, i: number): boolean {
  let count = 0;
  for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) count++;
  return count % 2 === 1;
}

const REGEX_SPECIAL = /[\\^$.*+?()[\]{}|/-]/;
const literal = (ch: string) => (REGEX_SPECIAL.test(ch) ? `\\${ch}` : ch);

/** The regex source for one glob; null for a pattern that can match nothing (a bad range). */
function globToRegexSource(glob: string): string | null {
  // Three or more stars alone in a segment are a `**` too; `**/**` is one `**`.
  const segments = glob
    .split('/')
    .map((seg) => (/^\*{3,}$/.test(seg) ? '**' : seg))
    .filter((seg, i, all) => !(seg === '**' && all[i - 1] === '**'));
  const out: string[] = [];
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s]!;
    const first = s === 0;
    const last = s === segments.length - 1;
    if (segment === '**') {
      // A whole-segment `**`: any number of folders, at the start, inside or at the end.
      if (segments.length === 1) out.push('.*');
      else if (first) out.push('(?:.*/)?');
      else if (last) out.push('/.+');
      else out.push('/(?:.*/)?');
      continue;
    }
    const previousWasGlobstar = s > 0 && segments[s - 1] === '**';
    if (!first && !previousWasGlobstar) out.push('/');
    const part = segmentToRegexSource(segment);
    if (part === null) return null;
    out.push(part);
  }
  return out.join('');
}

function segmentToRegexSource(segment: string): string | null {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === '\\') {
      // A trailing backslash escapes nothing: git matches no path with it.
      if (i + 1 >= segment.length) return null;
      out += literal(segment[++i]!);
    } else if (ch === '*') {
      while (segment[i + 1] === '*') i++;
      out += '[^/]*';
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '[') {
      const bracket = bracketToRegexSource(segment, i);
      if (bracket === null) {
        out += '\\[';
      } else {
        out += bracket.source;
        i = bracket.end;
      }
    } else {
      out += literal(ch);
    }
  }
  return out;
}

const POSIX_CLASSES: Record<string, string> = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '\\x21-\\x7e',
  lower: 'a-z',
  print: '\\x20-\\x7e',
  punct: '!-\\/:-@\\[-`{-~',
  space: ' \\t\\n\\r\\f\\v',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f',
};

/**
 * A bracket expression starting at `start`: `[!…]` or `[^…]` negates, `]` first is literal,
 * `[:class:]` names a POSIX class. Null when it never closes (the `[` is then literal).
 */
function bracketToRegexSource(
  segment: string,
  start: number,
): { source: string; end: number } | null {
  let i = start + 1;
  let negate = false;
  if (segment[i] === '!' || segment[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let firstMember = true;
  for (; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === ']' && !firstMember) {
      // `/` never matches inside a bracket: a path separator is not a name character.
      return { source: negate ? `[^/${body}]` : `(?!/)[${body}]`, end: i };
    }
    firstMember = false;
    if (ch === '[' && segment[i + 1] === ':') {
      const close = segment.indexOf(':]', i + 2);
      const cls = close === -1 ? undefined : POSIX_CLASSES[segment.slice(i + 2, close)];
      if (cls !== undefined) {
        body += cls;
        i = close + 1;
        continue;
      }
    }
    if (ch === '\\' && i + 1 < segment.length) {
      const escaped = segment[++i]!;
      body += /[\\\]^-]/.test(escaped) ? `\\${escaped}` : escaped;
    } else if (ch === '-' && body && segment[i + 1] !== ']') {
      body += '-';
    } else {
      body += /[\\\]^-]/.test(ch) ? `\\${ch}` : ch;
    }
  }
  return null;
}
