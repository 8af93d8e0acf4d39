/**
 * Scans test/fixtures/realistic (a small infrastructure repository holding most forms) the way a
 * user would, and checks every pin (file, line, product, version, inComment), nothing else, and
 * every skipped file with its reason. What git could not hold in the fixture (ignored files,
 * node_modules, a binary, symlinks) is created in a temporary copy before the scan.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanFiles, type ScanResult } from '../src/scan/scan.js';

const FIXTURE = fileURLToPath(new URL('./fixtures/realistic/', import.meta.url));
/** Every committed fixture file is well under this; CHANGELOG.md (about 6 KB) is over it. */
const MAX_FILE_SIZE = 2048;

let tmp: string;
let result: ScanResult;

beforeAll(() => {
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'kpa-realistic-')));
  const root = join(tmp, 'repo');
  cpSync(FIXTURE, root, { recursive: true });

  // Ignored by infra/terraform/.gitignore (nested) and by the root .gitignore.
  writeFileSync(
    join(root, 'infra/terraform/local.auto.tfvars'),
    'rke2_version = "v1.22.17+rke2r1"\n',
  );
  writeFileSync(
    join(root, 'infra/terraform/terraform.tfstate'),
    '{ "resources": [ { "instances": [ { "attributes": { "kubernetes_version": "v1.24.9+rke2r1" } } ] } ] }\n',
  );
  // A vendored package with a decoy pin.
  mkdirSync(join(root, 'node_modules/rke2-helper'), { recursive: true });
  writeFileSync(
    join(root, 'node_modules/rke2-helper/install.sh'),
    'curl -sfL https://get.rke2.io | INSTALL_RKE2_VERSION=v1.24.9+rke2r1 sh -\n',
  );
  // A binary file that happens to hold a pin string.
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(
    join(root, 'assets/logo.bin'),
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]),
      Buffer.from('v1.24.9+rke2r1'),
      Buffer.from([0]),
    ]),
  );
  // A link out of the root, to a script that pins a version.
  mkdirSync(join(tmp, 'outside'));
  writeFileSync(join(tmp, 'outside/install.sh'), 'INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n');
  symlinkSync(join(tmp, 'outside/install.sh'), join(root, 'shared-install.sh'));
  // A folder link back to an ancestor, and a pair of links pointing at each other.
  symlinkSync('..', join(root, 'infra/loop'));
  symlinkSync('cycle-b', join(root, 'scripts/cycle-a'));
  symlinkSync('cycle-a', join(root, 'scripts/cycle-b'));

  result = scanFiles({ root, paths: [root], include: [], exclude: [], maxFileSize: MAX_FILE_SIZE });
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

describe('scan of a realistic repository', () => {
  it('finds every pin, and nothing else', () => {
    const pins = result.pins
      .map(({ file, line, product, version, inComment }) => ({
        file,
        line,
        product,
        version,
        inComment,
      }))
      .sort((a, b) => cmp(a.file, b.file) || cmp(a.line, b.line) || cmp(a.version, b.version));
    expect(pins).toEqual([
      {
        file: '.env.example',
        line: 2,
        product: 'rke2',
        version: 'v1.24.9+rke2r1',
        inComment: false,
      },
      {
        file: '.github/workflows/ci.yml',
        line: 4,
        product: 'k3s',
        version: 'v1.24.9+k3s1',
        inComment: false,
      },
      { file: 'Makefile', line: 1, product: 'rke2', version: 'v1.24.9+rke2r1', inComment: false },
      { file: 'README.md', line: 5, product: 'rke2', version: 'v1.24.9+rke2r1', inComment: false },
      { file: 'README.md', line: 8, product: 'rke2', version: 'v1.24.9+rke2r1', inComment: false },
      {
        file: 'ansible/group_vars/all.yml',
        line: 2,
        product: 'rke2',
        version: 'v1.26.0+rke2r1',
        inComment: false,
      },
      {
        file: 'ansible/group_vars/all.yml',
        line: 4,
        product: 'rke2',
        version: 'v1.23.15+rke2r1',
        inComment: true,
      },
      {
        file: 'docker/Dockerfile',
        line: 4,
        product: 'k3s',
        version: 'v1.24.9+k3s1',
        inComment: false,
      },
      {
        file: 'infra/cloud-init/server.yaml',
        line: 7,
        product: 'k3s',
        version: 'v1.24.9+k3s1',
        inComment: false,
      },
      {
        file: 'infra/cloud-init/server.yaml',
        line: 9,
        product: 'rke2',
        version: 'v1.24.9+rke2r1',
        inComment: false,
      },
      {
        file: 'infra/terraform/edge.tf',
        line: 3,
        product: 'containerd',
        version: 'v1.6.12',
        inComment: false,
      },
      {
        file: 'infra/terraform/edge.tf',
        line: 12,
        product: 'k3s',
        version: 'v1.25.5+k3s1',
        inComment: false,
      },
      {
        file: 'infra/terraform/main.tf',
        line: 4,
        product: 'rke2',
        version: 'v1.24.9+rke2r1',
        inComment: false,
      },
      {
        file: 'infra/terraform/main.tf',
        line: 21,
        product: 'rke2',
        version: 'v1.25.5+rke2r1',
        inComment: false,
      },
      {
        file: 'infra/terraform/main.tf',
        line: 22,
        product: 'rke2',
        version: 'v1.24.9+rke2r1',
        inComment: true,
      },
      {
        file: 'infra/terraform/prod.tfvars',
        line: 2,
        product: 'rke2',
        version: 'v1.24.9+rke2r1',
        inComment: false,
      },
      {
        file: 'manifests/cluster.yaml',
        line: 7,
        product: 'k3s',
        version: 'v1.25.5+k3s1',
        inComment: false,
      },
      {
        file: 'manifests/upgrade-plan.yaml',
        line: 12,
        product: 'rke2',
        version: 'v1.24.9+rke2r1',
        inComment: false,
      },
      {
        file: 'manifests/upgrade-plan.yaml',
        line: 24,
        product: 'rke2',
        version: 'v1.24.9+rke2r1',
        inComment: false,
      },
      {
        file: 'scripts/install-agent.sh',
        line: 5,
        product: 'k3s',
        version: 'v1.25.5+k3s1',
        inComment: false,
      },
      {
        file: 'scripts/install-containerd.sh',
        line: 5,
        product: 'containerd',
        version: 'v1.6.12',
        inComment: false,
      },
    ]);
  });

  it('reports every skipped file with its reason', () => {
    const skipped = result.skipped
      .map(({ file, reason }) => ({ file, reason }))
      .sort((a, b) => cmp(a.file, b.file));
    expect(skipped).toEqual([
      { file: 'CHANGELOG.md', reason: 'too-large' },
      { file: 'assets/logo.bin', reason: 'binary' },
      { file: 'infra/loop', reason: 'link-loop' },
      { file: 'infra/terraform/local.auto.tfvars', reason: 'gitignored' },
      { file: 'infra/terraform/terraform.tfstate', reason: 'gitignored' },
      { file: 'node_modules/', reason: 'vendored' },
      { file: 'scripts/cycle-a', reason: 'link-loop' },
      { file: 'scripts/cycle-b', reason: 'link-loop' },
      { file: 'shared-install.sh', reason: 'link-outside-root' },
    ]);
  });

  it('counts the files it read and has no warnings', () => {
    // 15 content files plus the two .gitignore files; docs/images.txt is read but holds no pin.
    expect(result.filesScanned).toBe(17);
    expect(result.warnings).toEqual([]);
  });

  it('gives no pin from ignored, vendored, binary, too-large or out-of-root files', () => {
    const files = new Set(result.pins.map((p) => p.file));
    for (const f of [
      'CHANGELOG.md',
      'assets/logo.bin',
      'infra/terraform/local.auto.tfvars',
      'infra/terraform/terraform.tfstate',
      'node_modules/rke2-helper/install.sh',
      'shared-install.sh',
      'docs/images.txt',
    ]) {
      expect(files.has(f), f).toBe(false);
    }
  });
});
