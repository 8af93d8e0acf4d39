/** KUBE_PIN_AUDIT_TIMINGS=1: the CLI says when each stage of a scan ended (npm run bench reads it). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../examples', import.meta.url));

function scan(env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [CLI, 'scan', '.', '--format', 'json'], {
    cwd: EXAMPLES,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('stage timings', () => {
  it('are printed on standard error, in order and rising, when asked', () => {
    const run = scan({ KUBE_PIN_AUDIT_TIMINGS: '1' });
    const line = /timings: (.*)/.exec(run.stderr)?.[1];
    expect(line).toBeDefined();
    const stages = [...line!.matchAll(/(\w+) (\d+) ms/g)].map((m) => [m[1], Number(m[2])] as const);
    expect(stages.map(([name]) => name)).toEqual([
      'settings',
      'walked',
      'scanned',
      'assessed',
      'written',
    ]);
    for (let i = 1; i < stages.length; i++) {
      expect(stages[i]![1]).toBeGreaterThanOrEqual(stages[i - 1]![1]);
    }
    // The report on standard output is the same as without them.
    expect(run.stdout).toBe(scan({}).stdout);
  });

  it('are not printed unless asked', () => {
    expect(scan({ KUBE_PIN_AUDIT_TIMINGS: '' }).stderr).not.toContain('timings');
  });
});
