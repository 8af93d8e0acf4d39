/**
 * Issue 17 item 14: a suppression written in the scanned file is `inSource` (SARIF 2.1.0
 * §3.35.3); one from the settings file stays `external`.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { DATA_DIR } from './support/db.js';
import { sarifValidator } from './support/sarif.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/sarif-suppressions', import.meta.url));

interface Result {
  ruleId: string;
  locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
  suppressions?: { kind: string; justification: string }[];
}

describe('SARIF suppressions', () => {
  it('are inSource for an inline ignore comment and external for the settings file', async () => {
    let stdout = '';
    const code = await main(['scan', '.', '--format', 'sarif'], {
      cwd: FIXTURE,
      dataDir: DATA_DIR,
      stdout: (t) => (stdout += t),
      stderr: () => {},
    });
    const sarif = JSON.parse(stdout);
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const defect = (file: string) =>
      (sarif.runs[0].results as Result[]).find(
        (r) =>
          r.ruleId === 'KPA-2022-0001' &&
          r.locations[0]!.physicalLocation.artifactLocation.uri === file,
      )!;
    expect(defect('nodes/install.sh').suppressions).toEqual([
      {
        kind: 'inSource',
        justification: 'edge nodes restart containerd only in maintenance windows',
      },
    ]);
    expect(defect('lab/user-data.yaml').suppressions).toEqual([
      { kind: 'external', justification: 'the lab cluster is rebuilt every night' },
    ]);
    // Other advisories on these pins still fail: the ignores name one advisory only.
    expect(code).toBe(1);
  });
});
