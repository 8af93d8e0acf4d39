/**
 * Issue 5, item 3 ("Hostile input"), done-when: a tree of hostile files, tried as a new user
 * would (`kube-pin-audit scan . --format json`), with pins planted among them, gives every
 * planted pin or a skip reason, exits 0 or 1 (never 2, never a crash) and stays fast.
 *
 * Files git can hold live in test/fixtures/hostile/; everything else (CRLF, a BOM, invalid
 * bytes, megabyte lines, regex bait, a gzip bomb, links, an unreadable file, a FIFO) is made
 * in a temporary copy in `beforeAll`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Report } from '../src/report/model.js';
import { DATA_DIR } from './support/db.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/hostile', import.meta.url));
const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const MiB = 1024 * 1024;
/** Passed as --max-file-size: above every megabyte-line file, below too-large.sh. */
const MAX_FILE_SIZE = 5 * MiB;
/** The generous bound on one whole scan; vitest fails a test or hook that runs longer. */
const SCAN_BOUND_MS = 30_000;

interface Planted {
  file: string;
  line: number;
  version: string;
  /** As written in the file; the canonical version when omitted. */
  text?: string;
  /** Expected column; by default where `text` stands on the line as an editor shows it. */
  column?: number;
  /** Pins inside an encoded cloud-init payload are reported where the payload starts. */
  payload?: boolean;
}

const planted: Planted[] = [
  // Malformed YAML: pins inside and after the broken part.
  { file: 'yaml/tabs.yaml', line: 3, version: 'v1.24.9+rke2r1' },
  { file: 'yaml/tabs.yaml', line: 5, version: 'v1.25.5+k3s1' },
  { file: 'yaml/unclosed-flow.yaml', line: 1, version: 'v1.24.9+rke2r1' },
  {
    file: 'yaml/unclosed-flow.yaml',
    line: 3,
    version: 'v1.6.12-k3s1',
    text: 'v1.6.12-k3s1-build20221209',
  },
  { file: 'yaml/unclosed-flow.yaml', line: 4, version: 'v1.26.0+k3s1' },
  { file: 'yaml/duplicate-keys.yaml', line: 1, version: 'v1.23.15+rke2r1' },
  { file: 'yaml/duplicate-keys.yaml', line: 2, version: 'v1.24.9+rke2r1' },
  { file: 'yaml/duplicate-keys.yaml', line: 3, version: 'v1.6.12', text: '1.6.12' },
  { file: 'yaml/duplicate-keys.yaml', line: 4, version: 'v1.6.9', text: '1.6.9' },
  // Malformed HCL.
  { file: 'hcl/unbalanced-braces.tf', line: 5, version: 'v1.24.9+rke2r1' },
  { file: 'hcl/unbalanced-braces.tf', line: 9, version: 'v1.25.5+k3s1' },
  { file: 'hcl/unterminated-string.tf', line: 3, version: 'v1.24.9+rke2r1' },
  { file: 'hcl/unterminated-string.tf', line: 7, version: 'v1.6.12', text: '1.6.12' },
  { file: 'hcl/unterminated-string.tf', line: 9, version: 'v1.26.0+k3s1' },
  { file: 'hcl/unterminated-heredoc.tf', line: 5, version: 'v1.24.9+rke2r1' },
  { file: 'hcl/unterminated-heredoc.tf', line: 8, version: 'v1.25.5+k3s1' },
  { file: 'hcl/unclosed-comment.tf', line: 3, version: 'v1.24.9+rke2r1' },
  // A `${` left open inside a description string, then an ordinary variable default.
  { file: 'hcl/open-interpolation.tf', line: 8, version: 'v1.24.9+rke2r1' },
  // Line endings, BOM, encodings.
  { file: 'crlf/install.sh', line: 3, version: 'v1.24.9+rke2r1' },
  { file: 'crlf/install.sh', line: 5, version: 'v1.25.5+k3s1' },
  { file: 'crlf/user-data.yaml', line: 5, version: 'v1.6.12', text: '1.6.12' },
  { file: 'crlf/user-data.yaml', line: 7, version: 'v1.26.0+rke2r1' },
  // Column as an editor shows it: the BOM is not a character of the line.
  { file: 'bom/install.sh', line: 1, version: 'v1.24.9+rke2r1', column: 22 },
  { file: 'bom/install.sh', line: 2, version: 'v1.25.5+k3s1' },
  { file: 'bom/user-data.yaml', line: 3, version: 'v1.24.9+rke2r1' },
  { file: 'encoding/latin1.env', line: 2, version: 'v1.24.9+rke2r1' },
  { file: 'encoding/latin1.env', line: 3, version: 'v1.25.5+k3s1' },
  { file: 'encoding/latin1.env', line: 4, version: 'v1.26.0+rke2r1' },
  { file: 'encoding/broken-utf8.sh', line: 1, version: 'v1.24.9+rke2r1' },
  { file: 'encoding/broken-utf8.sh', line: 2, version: 'v1.25.5+k3s1' },
  // Megabyte lines.
  { file: 'huge/long-line.sh', line: 1, version: 'v1.24.9+rke2r1' },
  { file: 'huge/long-line.sh', line: 2, version: 'v1.25.5+k3s1' },
  { file: 'huge/minified.json', line: 1, version: 'v1.24.9+rke2r1' },
  // Regular-expression bait, each followed by a pin.
  { file: 'bait/digits-dots.conf', line: 1, version: 'v1.24.9+rke2r1' },
  { file: 'bait/digits-dots.conf', line: 2, version: 'v1.25.5+k3s1' },
  { file: 'bait/semver-dashes.sh', line: 1, version: 'v1.24.9+rke2r1', column: 700_001 },
  { file: 'bait/semver-dashes.sh', line: 3, version: 'v1.25.5+k3s1' },
  { file: 'bait/containerd-words.yaml', line: 3, version: 'v1.6.12', text: '1.6.12' },
  { file: 'bait/containerd-spaces.yaml', line: 2, version: 'v1.6.9', text: '1.6.9' },
  { file: 'bait/heredoc-open.tf', line: 100_002, version: 'v1.24.9+rke2r1' },
  { file: 'bait/interpolation.tf', line: 2, version: 'v1.24.9+rke2r1' },
  { file: 'bait/interpolation.tf', line: 4, version: 'v1.25.5+k3s1' },
  { file: 'bait/comment-open.tf', line: 1, version: 'v1.24.9+rke2r1' },
  { file: 'bait/comment-open.tf', line: 3, version: 'v1.25.5+k3s1' },
  // cloud-init: a huge base64 payload, a gzip bomb, a real gzip payload, deep flow nesting.
  { file: 'cloud/huge-b64.yaml', line: 5, version: 'v1.24.9+rke2r1', column: 14, payload: true },
  { file: 'cloud/huge-b64.yaml', line: 7, version: 'v1.25.5+k3s1' },
  { file: 'cloud/gzip-bomb.yaml', line: 7, version: 'v1.25.5+k3s1' },
  { file: 'cloud/gz-payload.yaml', line: 5, version: 'v1.24.9+rke2r1', column: 14, payload: true },
  { file: 'cloud/deep-flow.yaml', line: 5, version: 'v1.24.9+rke2r1' },
  // Paths a new user's tree may hold.
  { file: `deep/${'d/'.repeat(100)}pin.sh`, line: 1, version: 'v1.24.9+rke2r1' },
  { file: 'odd/a b|c <x> `y`.sh', line: 1, version: 'v1.24.9+rke2r1' },
  { file: 'odd/new\nline.sh', line: 1, version: 'v1.25.5+k3s1' },
];

/** Files that must be skipped, with the reasons accepted. */
const expectedSkips: [file: string, reasons: string[]][] = [
  ['huge/too-large.sh', ['too-large']],
  ['binary/blob.bin', ['binary']],
  ['special/pipe', ['special-file']],
  ['links/loop-up', ['link-loop']],
  ['links/self-a', ['link-loop']],
  ['links/self-b', ['link-loop']],
  ['links/out-file', ['link-outside-root']],
  ['links/out-dir', ['link-outside-root']],
  ['links/dangling', ['broken-link']],
];

/** Malformed files the engine should name in a warning ("not valid YAML at line 3; …"). */
const malformed: [file: string, language: 'YAML' | 'HCL'][] = [
  ['yaml/tabs.yaml', 'YAML'],
  ['yaml/unclosed-flow.yaml', 'YAML'],
  ['yaml/duplicate-keys.yaml', 'YAML'],
  ['hcl/unbalanced-braces.tf', 'HCL'],
  ['hcl/unterminated-string.tf', 'HCL'],
  ['hcl/unterminated-heredoc.tf', 'HCL'],
  ['hcl/unclosed-comment.tf', 'HCL'],
  ['hcl/open-interpolation.tf', 'HCL'],
];

let base: string;
let tree: string;
/** Each file's text as an editor shows it (decoded, BOM dropped), by its report path. */
const views = new Map<string, string>();
let unreadableReadable = false;
let result: { code: number; stdout: string; stderr: string; thrown: unknown };
let report: Report;

function put(rel: string, content: string | Buffer, view?: string): void {
  const abs = join(tree, rel);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  views.set(
    rel,
    view ?? (typeof content === 'string' ? content.replace(/^\ufeff/, '') : content.toString()),
  );
}

function canRead(path: string): boolean {
  try {
    const fd = openSync(path, 'r');
    try {
      readSync(fd, Buffer.alloc(1), 0, 1, null);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch {
    return false;
  }
}

async function cli(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  let thrown: unknown = null;
  let code = -1;
  try {
    code = await main(args, {
      cwd,
      dataDir: DATA_DIR,
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
  } catch (error) {
    thrown = error;
  }
  return { code, stdout, stderr, thrown };
}

function buildTree(): void {
  base = mkdtempSync(join(tmpdir(), 'kpa-hostile-'));
  tree = join(base, 'tree');
  cpSync(FIXTURES, tree, { recursive: true });
  for (const [file] of malformed) views.set(file, readFileSync(join(tree, file), 'utf8'));

  // CRLF line endings.
  put(
    'crlf/install.sh',
    [
      '#!/bin/sh',
      'set -e',
      'export INSTALL_RKE2_VERSION=v1.24.9+rke2r1',
      '',
      'curl -sfL https://get.k3s.io | INSTALL_K3S_VERSION="v1.25.5+k3s1" sh -',
      '',
    ].join('\r\n'),
  );
  put(
    'crlf/user-data.yaml',
    [
      '#cloud-config',
      'write_files:',
      '  - path: /etc/rancher/rke2/config.yaml',
      '    content: |',
      '      containerd_version: 1.6.12',
      'runcmd:',
      '  - INSTALL_RKE2_VERSION=v1.26.0+rke2r1 sh install.sh',
      '',
    ].join('\r\n'),
  );

  // A UTF-8 BOM before a pin on line 1, and before a cloud-init header.
  put(
    'bom/install.sh',
    '\ufeffINSTALL_RKE2_VERSION=v1.24.9+rke2r1\nINSTALL_K3S_VERSION=v1.25.5+k3s1\n',
  );
  put(
    'bom/user-data.yaml',
    '\ufeff#cloud-config\nruncmd:\n  - INSTALL_RKE2_VERSION=v1.24.9+rke2r1 sh -\n',
  );

  // Latin-1 bytes around pins: an editor opened as Latin-1 shows one character per byte, and
  // each stray byte decodes to one U+FFFD, so columns agree.
  const latin1 =
    '# configuración del clúster «prod»\n' +
    'RKE2_VERSION=v1.24.9+rke2r1 # versión estable\n' +
    'éèINSTALL_K3S_VERSION=v1.25.5+k3s1ÿ\n' +
    'naïve=év1.26.0+rke2r1\n';
  put('encoding/latin1.env', Buffer.from(latin1, 'latin1'), latin1);
  // Invalid UTF-8: truncated, overlong, lone continuation, encoded surrogate, above U+10FFFF.
  const broken = Buffer.concat([
    Buffer.from('echo '),
    Buffer.from([0xe2, 0x82]),
    Buffer.from(' ; export INSTALL_RKE2_VERSION=v1.24.9+rke2r1 '),
    Buffer.from([0xc0, 0xaf, 0x80, 0xed, 0xa0, 0x80]),
    Buffer.from('\n'),
    Buffer.from([0xf4, 0x90, 0x80, 0x80]),
    Buffer.from('INSTALL_K3S_VERSION=v1.25.5+k3s1\n'),
  ]);
  put('encoding/broken-utf8.sh', broken, new TextDecoder().decode(broken));

  // Lines of megabytes, and a file above --max-file-size.
  put(
    'huge/long-line.sh',
    `echo "${'a'.repeat(3 * MiB)}" ; INSTALL_RKE2_VERSION=v1.24.9+rke2r1\nINSTALL_K3S_VERSION=v1.25.5+k3s1\n`,
  );
  put('huge/minified.json', `{"items":[${'{"k":"v"},'.repeat(300_000)}{"rke2":"v1.24.9+rke2r1"}]}`);
  put('huge/too-large.sh', `INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n${'x'.repeat(6 * MiB)}\n`);

  // Regular-expression bait.
  put(
    'bait/digits-dots.conf',
    `${'1.'.repeat(100_000)}1 v1.24.9+rke2r1\nk3s_version=v1.25.5+k3s1\n`,
  );
  put(
    'bait/semver-dashes.sh',
    `${'v1.2.3-'.repeat(100_000)}v1.24.9+rke2r1\n${'1.2.3-rc.1+'.repeat(50_000)}k3s1\nINSTALL_K3S_VERSION=v1.25.5+k3s1\n`,
  );
  put(
    'bait/containerd-words.yaml',
    `${'containerd'.repeat(100_000)}\n${'containerd '.repeat(100_000)}\ncontainerd_version: 1.6.12\n`,
  );
  put(
    'bait/containerd-spaces.yaml',
    `containerd_version: ${' '.repeat(MiB)}1.6.12\ncontainerd_version: "1.6.9"\n`,
  );
  put(
    'bait/heredoc-open.tf',
    `user_data = <<EOF\n${'echo filler\n'.repeat(100_000)}INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n`,
  );
  put(
    'bait/interpolation.tf',
    `x = "${'"${'.repeat(100_000)}\nrke2_version = "v1.24.9+rke2r1"\n` +
      `y = "${'${"'.repeat(100_000)}\nk3s_version = "v1.25.5+k3s1"\n`,
  );
  put(
    'bait/comment-open.tf',
    `rke2_version = "v1.24.9+rke2r1"\n/*${' /* *'.repeat(100_000)}\nk3s_version = "v1.25.5+k3s1"\n`,
  );

  // cloud-init: a huge base64 payload with a pin at its end.
  const payload = `${'# filler line\n'.repeat(150_000)}INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n`;
  put(
    'cloud/huge-b64.yaml',
    '#cloud-config\nwrite_files:\n  - path: /etc/rancher/rke2/install.env\n    encoding: b64\n' +
      `    content: ${Buffer.from(payload).toString('base64')}\n` +
      'runcmd:\n  - INSTALL_K3S_VERSION=v1.25.5+k3s1 sh -\n',
  );
  // A gzip bomb: ~100 MB of zeros behind a pin, compressed to ~100 KB.
  const bomb = gzipSync(
    Buffer.concat([Buffer.from('INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n'), Buffer.alloc(100 * MiB)]),
    { level: 9 },
  );
  put(
    'cloud/gzip-bomb.yaml',
    '#cloud-config\nwrite_files:\n  - path: /opt/bomb.sh\n    encoding: gz+b64\n' +
      `    content: ${bomb.toString('base64')}\n` +
      'runcmd:\n  - INSTALL_K3S_VERSION=v1.25.5+k3s1 sh -\n',
  );
  const script = gzipSync('#!/bin/sh\nINSTALL_RKE2_VERSION=v1.24.9+rke2r1 sh install.sh\n');
  put(
    'cloud/gz-payload.yaml',
    '#cloud-config\nwrite_files:\n  - path: /opt/install.sh\n    encoding: gz+b64\n' +
      `    content: ${script.toString('base64')}\n`,
  );
  put(
    'cloud/deep-flow.yaml',
    `#cloud-config\nencoding: b64\nx: ${'['.repeat(100_000)}\nruncmd:\n  - INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n`,
  );

  // Paths.
  put(`deep/${'d/'.repeat(100)}pin.sh`, 'INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n');
  put('odd/a b|c <x> `y`.sh', 'INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n');
  put('odd/new\nline.sh', 'INSTALL_K3S_VERSION=v1.25.5+k3s1\n');
  put('empty.sh', '');
  put('newlines.sh', '\n\n\n');

  // Skipped files.
  put(
    'binary/blob.bin',
    Buffer.concat([Buffer.from('\0\x01\x02INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n')]),
  );
  mkdirSync(join(tree, 'special'));
  execFileSync('mkfifo', [join(tree, 'special/pipe')]);

  // Links: a folder link to an ancestor, two links to each other, links out of the root (to a
  // pinned file that must never be reported), a dangling link.
  const outside = join(base, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'pinned.sh'), 'INSTALL_RKE2_VERSION=v1.22.17+rke2r1\n');
  mkdirSync(join(tree, 'links'));
  symlinkSync('..', join(tree, 'links/loop-up'));
  symlinkSync('self-b', join(tree, 'links/self-a'));
  symlinkSync('self-a', join(tree, 'links/self-b'));
  symlinkSync(join(outside, 'pinned.sh'), join(tree, 'links/out-file'));
  symlinkSync(outside, join(tree, 'links/out-dir'));
  symlinkSync('no-such-file', join(tree, 'links/dangling'));

  // An unreadable file (root reads it anyway: then it is an ordinary file).
  put('unreadable/secret.sh', 'INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n');
  chmodSync(join(tree, 'unreadable/secret.sh'), 0o000);
  unreadableReadable = canRead(join(tree, 'unreadable/secret.sh'));
}

beforeAll(async () => {
  buildTree();
  result = await cli(
    ['scan', '.', '--format', 'json', '--max-file-size', String(MAX_FILE_SIZE)],
    tree,
  );
  if (result.code === 0 || result.code === 1) report = JSON.parse(result.stdout) as Report;
}, SCAN_BOUND_MS + 30_000);

afterAll(() => {
  if (!base) return;
  try {
    chmodSync(join(tree, 'unreadable/secret.sh'), 0o644);
  } catch {
    // already gone
  }
  rmSync(base, { recursive: true, force: true });
});

/** The line of a file as an editor shows it (1-based). */
function lineOf(file: string, line: number): string | undefined {
  return views.get(file)?.split('\n')[line - 1];
}

function lineCount(file: string): number {
  const text = views.get(file) ?? readFileSync(join(tree, file), 'utf8');
  return text.split('\n').length;
}

describe('a hostile tree scanned as a new user would', () => {
  it('exits 0 or 1 without throwing, with a JSON report on stdout', () => {
    expect(result.thrown).toBeNull();
    expect([0, 1]).toContain(result.code);
    expect(report.schemaVersion).toBe(1);
    expect(result.stderr).not.toMatch(/\bat .*\.(?:ts|js):\d+/); // no stack trace
  });

  it('scans the tree within the bound (the hook above fails past it)', () => {
    expect(report.summary.filesScanned).toBeGreaterThan(30);
  });

  it.each(planted.map((p) => [`${p.file}:${p.line} ${p.version}`, p] as const))(
    'finds the pin planted at %s',
    (_name, p) => {
      const pin = report.pins.find(
        (x) => x.file === p.file && x.line === p.line && x.version === p.version,
      );
      const near = report.pins
        .filter((x) => x.file === p.file)
        .map((x) => `${x.line}:${x.column} ${x.version}`);
      expect(pin, `pins in ${p.file}: ${near.join(', ') || 'none'}`).toBeDefined();
      const text = p.text ?? p.version;
      expect(pin!.text).toBe(text);
      const line = lineOf(p.file, p.line);
      expect(line, 'the planted line exists').toBeDefined();
      if (!p.payload) expect(line).toContain(text);
      const column = p.column ?? line!.indexOf(text) + 1;
      expect(pin!.column).toBe(column);
    },
  );

  it.each(expectedSkips)('skips %s with a reason (%s)', (file, reasons) => {
    const skip = report.skipped.find((s) => s.file === file);
    expect(skip, `skipped: ${JSON.stringify(report.skipped)}`).toBeDefined();
    expect(reasons).toContain(skip!.reason);
    expect(report.pins.filter((p) => p.file === file)).toEqual([]);
  });

  it('reads an unreadable file only when the OS lets it, and says so otherwise', () => {
    const file = 'unreadable/secret.sh';
    if (unreadableReadable) {
      // Running as root: chmod 000 does not stop reading, so the file is an ordinary one.
      expect(report.pins.some((p) => p.file === file && p.line === 1)).toBe(true);
    } else {
      expect(report.skipped).toContainEqual(
        expect.objectContaining({ file, reason: 'unreadable' }),
      );
    }
  });

  it('follows no link: nothing outside the root is reported, nothing is reported twice', () => {
    expect(report.pins.some((p) => p.version === 'v1.22.17+rke2r1')).toBe(false);
    for (const p of report.pins) {
      expect(p.file).not.toMatch(/^(?:\/|\.\.)/);
      expect(p.file.startsWith('links/')).toBe(false);
    }
    const keys = report.pins.map((p) => `${p.file}:${p.line}:${p.column}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reports every line inside its file, and each pin text where it says it is', () => {
    const payloadFiles = new Set(planted.filter((p) => p.payload).map((p) => p.file));
    const located = [...report.pins, ...report.findings, ...report.warnings].filter(
      (x): x is typeof x & { line: number } => typeof x.line === 'number',
    );
    for (const x of located) {
      const count = lineCount(x.file);
      expect(x.line, `${x.file}: ${x.line} of ${count} lines`).toBeGreaterThanOrEqual(1);
      expect(x.line, `${x.file}: ${x.line} of ${count} lines`).toBeLessThanOrEqual(count);
    }
    for (const p of report.pins) {
      const line = lineOf(p.file, p.line) ?? '';
      expect(p.column).toBeGreaterThanOrEqual(1);
      expect(p.column).toBeLessThanOrEqual(line.length + 1);
      const at = line.slice(p.column - 1, p.column - 1 + p.text.length);
      if (at !== p.text) {
        // Only a pin decoded from a cloud-init payload may stand elsewhere than its text.
        expect(payloadFiles.has(p.file), `${p.file}:${p.line}:${p.column} ${p.text}`).toBe(true);
      }
    }
  });

  it('counts files that are not valid UTF-8 and scans them anyway', () => {
    for (const file of ['encoding/latin1.env', 'encoding/broken-utf8.sh']) {
      expect(report.warnings).toContainEqual(
        expect.objectContaining({ file, message: expect.stringMatching(/UTF-8/) }),
      );
    }
  });

  it('reports the form of a cloud-init file whose header follows a BOM', () => {
    const pin = report.pins.find((p) => p.file === 'bom/user-data.yaml');
    expect(pin?.form).toBe('cloud-init');
  });

  it('warns about a gzip bomb it refused to inflate and scans the rest of the file', () => {
    expect(report.warnings.some((w) => w.file === 'cloud/gzip-bomb.yaml')).toBe(true);
  });

  // DESIGN.md: "Bad input gets a clear message and the scan goes on: malformed YAML/HCL", e.g.
  // { file, message: "not valid YAML at line 3; scanned as text" }.
  it.each(malformed)('warns that %s is not valid %s, naming the line', (file, language) => {
    const warning = report.warnings.find(
      (w) => w.file === file && new RegExp(`not valid ${language}`, 'i').test(w.message),
    );
    expect(
      warning,
      `warnings for ${file}: ${JSON.stringify(report.warnings.filter((w) => w.file === file))}`,
    ).toBeDefined();
    expect(warning!.line ?? Number(/line (\d+)/.exec(warning!.message)?.[1])).toBeGreaterThan(0);
  });
});

describe('scan paths a new user may type', () => {
  it('exits 2 with one line naming a path that does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpa-missing-'));
    try {
      const { code, stdout, stderr, thrown } = await cli(
        ['scan', 'no/such/dir', '--format', 'json'],
        dir,
      );
      expect(thrown).toBeNull();
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toContain('no/such/dir');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The scans below run in a child process: a scan that blocks inside one synchronous call (an
// open() on a FIFO, a super-linear regex) cannot be interrupted in-process, so the child is
// killed at the bound instead and the test fails with that reason.
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});

function cliInChild(
  args: string[],
  cwd: string,
  boundMs: number,
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  const runner = join(cwd, '..', 'runner.mjs');
  writeFileSync(
    runner,
    `import { main } from ${JSON.stringify(pathToFileURL(join(PROJECT, 'src/cli/main.ts')).href)};
const [cwd, dataDir, ...argv] = process.argv.slice(2);
let out = '';
const code = await main(argv, { cwd, dataDir, stdout: (t) => (out += t), stderr: (t) => process.stderr.write(t) });
process.stdout.write(out);
process.exitCode = code;
`,
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', runner, cwd, DATA_DIR, ...args], {
      cwd: PROJECT,
      timeout: boundMs,
      killSignal: 'SIGKILL',
    });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

function oneFileTree(name: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpa-one-'));
  mkdirSync(join(dir, 'tree'));
  writeFileSync(join(dir, 'tree', name), content);
  return join(dir, 'tree');
}

describe('scans that must not hang', () => {
  const CHILD_BOUND_MS = 25_000;

  it('returns when a FIFO is named on the command line', async () => {
    const dir = oneFileTree('install.sh', 'INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n');
    try {
      execFileSync('mkfifo', [join(dir, 'pipe')]);
      const run = await cliInChild(['scan', 'pipe', '--format', 'json'], dir, 15_000);
      expect(run.signal, 'killed at the bound: the scan blocked opening the FIFO').toBeNull();
      if (run.code === 2) {
        expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      } else {
        expect([0, 1]).toContain(run.code);
        const r = JSON.parse(run.stdout) as Report;
        expect(r.skipped).toContainEqual(expect.objectContaining({ file: 'pipe' }));
      }
    } finally {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
  }, 30_000);

  // Inputs found super-linear while writing this file (see scripts/bench-adversarial.mjs); a
  // linear scan reads each in a second or two.
  const slow: [name: string, file: string, content: string, line: number, version: string][] = [
    [
      'an inline-ignore reason holding a long run of spaces (20 KB)',
      'ignore-reason.sh',
      `# kube-pin-audit: ignore KPA-2022-0001 -- a${' '.repeat(20_000)}b\nINSTALL_RKE2_VERSION=v1.24.9+rke2r1\n`,
      2,
      'v1.24.9+rke2r1',
    ],
    [
      '`hardened-containerd ` repeated on one line (3 MB)',
      'values.yaml',
      `${'hardened-containerd '.repeat(150_000)}\nimage: rancher/hardened-containerd:v1.6.12-k3s1-build20221209\n`,
      2,
      'v1.6.12-k3s1',
    ],
    [
      'a cloud-init file with 60,000 small base64 write_files entries (5.6 MB)',
      'user-data',
      // An RFO release has no advisories: 60,000 pins stay 60,000 pins, not a million findings.
      `#cloud-config\nwrite_files:\n${`  - path: /x\n    encoding: b64\n    content: ${Buffer.from('INSTALL_RKE2_VERSION=v1.26.4+rfor1\n').toString('base64')}\n`.repeat(60_000)}`,
      5,
      'v1.26.4+rfor1',
    ],
    [
      '`containerd=1.6.12 ` repeated on one line (7.2 MB)',
      'install.sh',
      `${'containerd=1.6.12 '.repeat(400_000)}\n`,
      1,
      'v1.6.12',
    ],
    [
      'a cloud-init file with 3 MB of `[` (flow nesting) and an `encoding:` key',
      'user-data',
      `#cloud-config\nencoding: b64\nx: ${'['.repeat(3 * MiB)}\nruncmd:\n  - INSTALL_RKE2_VERSION=v1.24.9+rke2r1\n`,
      5,
      'v1.24.9+rke2r1',
    ],
    [
      'many short HCL strings on one line (1.2 MB)',
      'main.tf',
      `${'"" '.repeat(400_000)}\nrke2_version = "v1.24.9+rke2r1"\n`,
      2,
      'v1.24.9+rke2r1',
    ],
  ];

  it.concurrent.for(slow)(
    'scans %s within the bound',
    { timeout: CHILD_BOUND_MS + 10_000 },
    async ([, file, content, line, version], { expect }) => {
      const dir = oneFileTree(file, content);
      try {
        const run = await cliInChild(['scan', '.', '--format', 'json'], dir, CHILD_BOUND_MS);
        expect(run.signal, `killed after ${CHILD_BOUND_MS} ms`).toBeNull();
        expect([0, 1]).toContain(run.code);
        const r = JSON.parse(run.stdout) as Report;
        expect(r.pins).toContainEqual(expect.objectContaining({ file, line, version }));
      } finally {
        rmSync(dirname(dir), { recursive: true, force: true });
      }
    },
  );
});
