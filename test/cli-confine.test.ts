/**
 * The CLI scanning a tree it may not trust (issue 15): a settings file found in the scanned tree
 * is confined to the scan root like the action's; paths the user gives as flags are the user's.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Report } from '../src/report/model.js';
import { DATA_DIR } from './support/db.js';

const SECRET = 'kpa-secret-41d2';
const PIN = 'curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=v1.24.9+rke2r1 sh -\n';

let temp: string;
let clone: string;
let outside: string;

beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'kpa-cli-confine-'));
  clone = join(temp, 'clone');
  outside = join(temp, 'home');
  mkdirSync(join(clone, '.github'), { recursive: true });
  mkdirSync(join(clone, 'infra'));
  mkdirSync(outside);
  writeFileSync(join(clone, 'infra', 'install.sh'), PIN);
  writeFileSync(join(outside, 'notes.txt'), `${SECRET}\n`);
  writeFileSync(join(outside, 'deploy.sh'), PIN.replace('v1.24.9+rke2r1', 'v1.25.5+rke2r1'));
  // A user advisory in plain OSV form, to show a flag may read outside the tree.
  writeFileSync(
    join(outside, 'extra.json'),
    JSON.stringify({
      id: 'GHSA-test-0000-0000',
      summary: 'test advisory',
      severity: [],
      affected: [
        {
          package: { ecosystem: 'Go', name: 'github.com/rancher/rke2' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.0.0' }] }],
        },
      ],
    }),
  );
  symlinkSync(outside, join(clone, 'home'));
});

afterEach(() => rmSync(temp, { recursive: true, force: true }));

async function cli(args: string[], cwd = temp) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    cwd,
    dataDir: DATA_DIR,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('a settings file found in the scanned tree', () => {
  it.each([
    ['paths: [home]', "'paths' goes through a symbolic link (home)"],
    ['paths: [../home]', "'paths' must not leave the scan root with '..'"],
    ['advisories: [home/notes.txt]', "'advisories' goes through a symbolic link (home)"],
    ['advisories: [OUTSIDE/notes.txt]', "'advisories' must be a path relative to the scan root"],
    ['report-file: .git/hooks/pre-commit', "'report-file' must not point into .git/"],
  ])('%s exits 2 naming the file, line and key', async (line, message) => {
    writeFileSync(
      join(clone, '.github', 'kube-pin-audit.yml'),
      `fail-on-severity: high\n${line.replace('OUTSIDE', outside)}\n`,
    );
    // Run from inside the clone, where the scan root (and its settings file) is.
    const run = await cli(['scan', '.', '--format', 'json'], clone);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`kube-pin-audit: .github/kube-pin-audit.yml:2: ${message}`);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(run.stdout + run.stderr).not.toContain('v1.25.5');
  });

  it('that is a link out of the tree is not read', async () => {
    symlinkSync(join(outside, 'notes.txt'), join(clone, '.github', 'kube-pin-audit.yml'));
    // A scan path outside the working folder is its own scan root.
    const run = await cli(['scan', clone], join(temp, 'home'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '../clone/.github/kube-pin-audit.yml: settings file goes through a symbolic link (.github/kube-pin-audit.yml)',
    );
    expect(run.stdout + run.stderr).not.toContain(SECRET);
  });
});

describe('a .gitignore in the scanned tree', () => {
  it('that is a link is not read, as git does not read one: it could hide any file', async () => {
    writeFileSync(join(outside, 'rules'), '*.sh\n');
    mkdirSync(join(clone, '.git'));
    const scan = async () => {
      // A folder below the root: the root's .gitignore applies inside it.
      const run = await cli(['scan', 'infra', '--format', 'json'], clone);
      return (JSON.parse(run.stdout) as Report).pins.map((p) => p.file);
    };
    writeFileSync(join(clone, '.gitignore'), '*.sh\n');
    expect(await scan()).toEqual([]);
    rmSync(join(clone, '.gitignore'));
    symlinkSync(join(outside, 'rules'), join(clone, '.gitignore'));
    expect(await scan()).toEqual(['infra/install.sh']);
  });
});

describe('paths the user gives', () => {
  it('are theirs: --config and --advisories may name files outside the tree; a file that is not JSON is never quoted', async () => {
    writeFileSync(join(temp, 'mine.yml'), `advisories: [${join(outside, 'extra.json')}]\n`);
    const own = await cli(['scan', 'clone', '--config', 'mine.yml', '--format', 'json']);
    expect(own.code).toBe(1);
    const report = JSON.parse(own.stdout) as Report;
    expect(report.findings.some((f) => f.advisory.id === 'GHSA-test-0000-0000')).toBe(true);

    const run = await cli(['scan', 'clone', '--advisories', join(outside, 'notes.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `kube-pin-audit: home/notes.txt: not valid JSON at line 1, column 1: unexpected character where a value should start\n`,
    );
  });
});
