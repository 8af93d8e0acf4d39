/**
 * Issue 17 item 13: when the report cannot be written to standard output (`> /dev/full`, a
 * reader that closed the pipe), the CLI says so in one line on standard error and exits 2,
 * never 1 ("failing findings") or 0, and never with a stack trace.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('the report on standard output', () => {
  it('is the --output file, byte for byte, redirected to a file or read from a pipe', async () => {
    // 200 pins in files named with non-ASCII letters: a report of many 64 KiB writes.
    const out = mkdtempSync(join(tmpdir(), 'kpa-stdout-'));
    const root = join(out, 'tree');
    mkdirSync(root);
    try {
      for (let i = 0; i < 200; i++) {
        writeFileSync(join(root, `clúster-${i}.tfvars`), `rke2_version = "v1.24.9+rke2r1"\n`);
      }
      const args = ['scan', root, '--format', 'json'];
      const expected = join(out, 'expected.json');
      await runCli([...args, '--output', expected], 'pipe');
      const wanted = readFileSync(expected);
      expect(wanted.length).toBeGreaterThan(4 * 65536);

      const redirected = join(out, 'redirected.json');
      const file = openSync(redirected, 'w');
      try {
        expect((await runCli(args, file)).code).toBe(1);
      } finally {
        closeSync(file);
      }
      expect(readFileSync(redirected).equals(wanted)).toBe(true);

      const chunks: Buffer[] = [];
      const piped = await runCli(args, 'pipe', (c) =>
        c.stdout!.on('data', (d: Buffer) => chunks.push(d)),
      );
      expect(piped.code).toBe(1);
      expect(Buffer.concat(chunks).equals(wanted)).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
