/**
 * Issue 17 "Smaller": the text report escapes control characters and newlines in file names,
 * so a file's name cannot forge a line of the report or repaint the terminal.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { DATA_DIR } from './support/db.js';

const PIN_FILE = fileURLToPath(new URL('./fixtures/text-file-names/install.sh', import.meta.url));
// A name that, printed raw, would start a line claiming the scan passed, after an ANSI escape.
const HOSTILE = 'a\n  0 files scanned\tok\r\u001b[2Kb\u2028.sh';
let repo: string;

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'kpa-names-'));
  copyFileSync(PIN_FILE, join(repo, HOSTILE));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe('text report', () => {
  it('prints a file name with newlines, tabs and escapes on one line, escaped', async () => {
    let stdout = '';
    const code = await main(['scan', '.'], {
      cwd: repo,
      dataDir: DATA_DIR,
      stdout: (t) => (stdout += t),
      stderr: () => {},
    });
    expect(code).toBe(1);
    const shown = 'a\\n  0 files scanned\\tok\\r\\x1b[2Kb\\u2028.sh';
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(shown);
    expect(lines).toContainEqual(
      expect.stringMatching(/^ {2}FAIL {4}a\\n {2}0 files .*\.sh:2 {2}/),
    );
    expect(lines.filter((l) => l.startsWith('  0 files scanned'))).toEqual([]);
    // eslint-disable-next-line no-control-regex
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u2028]/);
  });
});
