/**
 * Text from the scanned repository is data: before it reaches a terminal it loses control
 * characters, so an ANSI escape sequence in a file name or value cannot repaint the screen.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL_RE, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
