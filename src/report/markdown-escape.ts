/**
 * Escaping for text that goes into GitHub-flavoured Markdown: PR comments, the job summary and
 * SARIF `help.markdown`. Everything read from the scanned repository (paths, versions as
 * written, warning messages) is data, never markup, and advisory text is treated the same way
 * as a second line of defence. The helpers return single-line text that is safe in a table
 * cell, in a link's text and in running prose; none of them ever emits a raw `<`, a newline,
 * an unescaped `|` or a live `@mention`.
 */

/** U+2060 WORD JOINER: invisible, and GitHub no longer sees `@name` or `#123` as a reference. */
const JOINER = '\u2060';

// C0 controls (newlines and tabs included), DEL, C1 controls, the Unicode line/paragraph
// separators and the bidirectional overrides used in "Trojan Source" attacks.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes control characters visible and harmless: C0 controls and DEL become their Unicode
 * "control pictures" (a newline shows as `␊`, ESC as `␛`), everything else in CONTROL_RE
 * becomes U+FFFD. An ANSI sequence is thereby shown, not obeyed: a path holding
 * `\u001b[31m` reads `␛[31m`.
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROL_RE, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\ufffd';
  });
}

/**
 * Neutralizes what GitHub would act on in rendered text: `@user` / `@org/team` mentions (a
 * notification), `#123` and `owner/repo#123` references (a cross-reference in that issue's
 * timeline), and bare `https://` / `www.` autolinks (a clickable link in a bot comment).
 */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@/g, `@${JOINER}`)
    .replace(/#(?=\d)/g, `#${JOINER}`)
    .replace(/:\/\//g, `:${JOINER}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${JOINER}.`);
}

// The ASCII punctuation that can start markup in GFM inline text or table cells (emphasis,
// code, links and images, strikethrough, table cells, math, headings); CommonMark lets any
// of them be backslash-escaped. `<`, `>`, `&` and `"` become entities instead, because a
// backslash does not stop an HTML tag.
const MARKDOWN_PUNCTUATION_RE = /[\\`*_[\]|~#$]/g;
// Only at the start of a line: list items, setext underlines, ordered lists.
const LINE_START_RE = /^([-+=]|\d+(?=[.)]))/;

/**
 * Escapes text for GitHub-flavoured Markdown inline content. The result is one line (newlines
 * and other control characters made visible), holds no raw `<`, `>` or `&`, no unescaped
 * Markdown punctuation (so no links, images, emphasis, code, strikethrough, math or
 * table-cell breaks), and no `@mention`, `#123` reference or bare autolink that GitHub would
 * act on. Safe in a table cell, in a link's text, and at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  const visible = visibleControls(text);
  const entities = visible.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]!);
  // Entities first: their `&` and `;` are not in MARKDOWN_PUNCTUATION_RE, so they survive.
  const escaped = entities
    .replace(MARKDOWN_PUNCTUATION_RE, (c) => `\\${c}`)
    .replace(LINE_START_RE, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
  return neutralizeMentions(escaped);
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/**
 * Escapes multi-line text (advisory details) as Markdown paragraphs: each line goes through
 * `escapeMarkdown`, line breaks survive (CRLF normalized; indentation is dropped so that no
 * line turns into a code block), and runs of blank lines collapse.
 */
export function escapeMarkdownBlock(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeMarkdown(line.trim()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Renders `text` as an inline code span that survives any content: the fence is one backtick
 * longer than the longest run of backticks inside, and the content is padded with spaces
 * when it starts or ends with a backtick or a space (CommonMark strips exactly one padding
 * space on each side). Inside a code span neither backslash escapes nor entities work, so
 * controls are made visible, `@` is still neutralized (GitHub ignores mentions in code, but
 * this keeps every helper's guarantee the same), and - in a table, the default - `|` is
 * written `\|`, which GFM requires even inside code in a table cell and renders as `|`.
 * Outside a table pass `'inline'`, where `\|` would show its backslash. Text holding `<`, `>`
 * or `&` is rendered as `<code>` around `escapeMarkdown` text, so no raw `<` is ever emitted.
 */
export function codeSpan(text: string, context: 'table' | 'inline' = 'table'): string {
  if (text === '') return '';
  // Raw `<`, `>` or `&` would be harmless inside a code span, but they would still be in the
  // Markdown source; such text becomes an HTML <code> element around escaped text instead.
  if (/[<>&]/.test(text)) return `<code>${escapeMarkdown(text)}</code>`;
  let content = visibleControls(text).replace(/@/g, `@${JOINER}`);
  if (context === 'table') content = content.replace(/\|/g, '\\|');
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Shortens text to at most `max` characters, ending with `…` when it was cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  // Do not split a surrogate pair.
  let end = Math.max(0, max - 1);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Percent-encodes a repo-relative path (`/`-separated) for use in a URL or a SARIF artifact
 * URI: each segment is encoded, so spaces, `#`, `?`, `%`, `:` and non-ASCII text cannot
 * change the URL's meaning, and `@` is encoded so no mention-like text survives; the characters
 * that are plainly safe in a path segment and common in file names (`+`, `=`, `,`) stay
 * readable. Parentheses are encoded too, so the
 * result can be used as a Markdown link destination as is.
 */
export function encodeUriPath(path: string): string {
  return path
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment)
        .replace(/%(2B|3D|2C)/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
        .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}

/**
 * Makes a URL safe as a Markdown link destination: only `https:` and `http:` URLs are
 * accepted (anything else returns null, and the caller renders plain text), and characters
 * that could end the destination, break a table cell or open markup are percent-encoded.
 */
export function safeLinkUrl(url: string): string | null {
  if (!/^https?:\/\/[^\s/]/i.test(url)) return null;
  return url.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0020\u007f-\u009f()<>"'`|\\[\]{}^\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) =>
      encodeURIComponent(c).replace(
        /[!'()*]/g,
        (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
  );
}

/** `[text](url)` with escaped text, or just the escaped text when the URL is not usable. */
export function markdownLink(text: string, url: string | null | undefined): string {
  const label = escapeMarkdown(text);
  const safe = url ? safeLinkUrl(url) : null;
  return safe ? `[${label}](${safe})` : label;
}
