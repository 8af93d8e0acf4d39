/**
 * Issue 17 "Smaller": `ignore.versions: [latest]` is a settings error naming the file, line and
 * key, not an ignore that is later called stale.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { isIgnorableVersion } from '../src/policy/ignores.js';
import { DATA_DIR } from './support/db.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/ignore-versions', import.meta.url));

describe('ignore.versions', () => {
  it('refuses a channel with exit 2, naming the file, line and key', async () => {
    let stdout = '';
    let stderr = '';
    const code = await main(['scan', '.', '--format', 'json'], {
      cwd: FIXTURE,
      dataDir: DATA_DIR,
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "kube-pin-audit: .github/kube-pin-audit.yml:6: 'ignore.0.versions.1' must be a release such as v1.24.9+rke2r1, v1.24.9+k3s1 or 1.6.12 (a channel or a Kubernetes version never matches a pin) (got 'latest')\n",
    );
  });

  it('takes every spelling a pin can have, and nothing that is not a release', () => {
    for (const ok of ['v1.24.9+rke2r1', '1.24.9+k3s1', 'v1.24.9-rke2r1', '1.6.12', '1.6.12-1'])
      expect(isIgnorableVersion(ok), ok).toBe(true);
    for (const bad of ['latest', 'stable', 'v1.26', '1.26.0', 'main', ''])
      expect(isIgnorableVersion(bad), bad).toBe(false);
  });
});
