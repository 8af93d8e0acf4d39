import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entryPaths, tuneForShortRun } from '../src/entry.js';

describe('the entry points', () => {
  it('find the data beside the bundle and the worker bundle beside the entry', () => {
    const paths = entryPaths('file:///opt/kpa/dist/cli.js');
    expect(paths).toEqual({
      dataDir: '/opt/kpa/data',
      workerScript: '/opt/kpa/dist/scan-worker.cjs',
    });
    expect(entryPaths('file:///opt/kpa/src/cli.ts')).toEqual({ dataDir: '/opt/kpa/data' });
  });

  it('tune V8 only on the Node releases whose V8 has the flag', () => {
    expect(tuneForShortRun('18.20.0')).toBe(false);
    expect(tuneForShortRun('25.0.0')).toBe(false);
    expect(tuneForShortRun('20.20.2')).toBe(true);
  });

  it('print nothing on standard error when tuning', () => {
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    const run = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
