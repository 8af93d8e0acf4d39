/**
 * Text from the scanned repository is data: before it reaches a terminal it loses control
 * characters, so an ANSI escape sequence in a file name or value cannot repaint the screen.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL_RE, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

// eslint-disable-next-line no-control-regex
const ANY_CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * For a file name on a line of its own or before `:line`: newlines and tabs are escaped too
 * (`a\nb.tf`), so a name cannot start a line that looks like another entry of the report.
 */
export function oneLine(text: string): string {
  return text.replace(ANY_CONTROL_RE, (c) => NAMED[c] ?? codeEscape(c));
}

function codeEscape(c: string): string {
  const code = c.charCodeAt(0);
  return code > 0xff
    ? `\\u${code.toString(16).padStart(4, '0')}`
    : `\\x${code.toString(16).padStart(2, '0')}`;
}
