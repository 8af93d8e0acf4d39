/**
 * Issue 17 item 13: when the report cannot be written to standard output (`> /dev/full`, a
 * reader that closed the pipe), the CLI says so in one line on standard error and exits 2,
 * never 1 ("failing findings") or 0, and never with a stack trace.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/stdout-failure', import.meta.url));

function runCli(
  args: string[],
  stdout: number | 'pipe',
  onSpawn: (child: ReturnType<typeof spawn>) => void = () => {},
) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: ROOT,
    stdio: ['ignore', stdout, 'pipe'],
  });
  onSpawn(child);
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  return new Promise<{ code: number | null; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stderr })),
  );
}

describe('a failed write to standard output', () => {
  it.runIf(existsSync('/dev/full'))('> /dev/full: one line, exit 2', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const { code, stderr } = await runCli(['scan', FIXTURE, '--format', 'json'], full);
      expect(stderr).toBe(
        'kube-pin-audit: cannot write the report to standard output (ENOSPC: no space left on the device)\n',
      );
      expect(code).toBe(2);
    } finally {
      closeSync(full);
    }
  });

  it('a reader that closed the pipe (EPIPE): one line, exit 2', async () => {
    const { code, stderr } = await runCli(['scan', FIXTURE, '--format', 'json'], 'pipe', (c) =>
      c.stdout!.destroy(),
    );
    expect(stderr).toBe(
      'kube-pin-audit: cannot write the report to standard output (EPIPE: the reader closed the pipe)\n',
    );
    expect(code).toBe(2);
  });

  it.runIf(existsSync('/dev/full'))('--version > /dev/full is exit 2 too', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const { code, stderr } = await runCli(['--version'], full);
      expect(stderr).toMatch(
        /^kube-pin-audit: cannot write the report to standard output \(ENOSPC/,
      );
      expect(code).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});
