/**
 * The benchmark's corpus generator (scripts/bench/generate.mjs): deterministic, its planted list
 * points at real text, and the scanner finds every planted pin and nothing else in a small tree
 * that still holds every planted form, decoy, vendored and gitignored file.
 */
import { mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_NAMES, generateTree, type GenerateResult } from '../scripts/bench/generate.mjs';
import { scanFiles } from '../src/scan/scan.js';

/** Small, but above the generator's minimum, so every form is planted at least once. */
const FILES = 120;
const SEED = 7;
/** The CLI's default limit; the generator's large files (1-5 MB) stay under it. */
const MAX_FILE_SIZE = 10 * 1024 * 1024;

let tmp: string;
let treeA: string;
let treeB: string;
let a: GenerateResult;
let b: GenerateResult;

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const abs = join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else out.push(relative(root, abs).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

const key = (p: { file: string; line: number; version: string }) =>
  `${p.file}:${p.line}:${p.version}`;

beforeAll(() => {
  tmp = realpathSync(mkdtempSync(join(tmpdir(), 'kpa-bench-gen-')));
  treeA = join(tmp, 'a');
  treeB = join(tmp, 'b');
  a = generateTree({ dir: treeA, files: FILES, seed: SEED });
  b = generateTree({ dir: treeB, files: FILES, seed: SEED });
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

describe('bench corpus generator', () => {
  it('writes exactly the requested number of files', () => {
    expect(a.files).toBe(FILES);
    expect(listFiles(treeA)).toHaveLength(FILES);
  });

  it('is deterministic: same seed, byte-identical files and planted lists', () => {
    const filesA = listFiles(treeA);
    expect(listFiles(treeB)).toEqual(filesA);
    for (const f of filesA) {
      expect(readFileSync(join(treeB, f)).equals(readFileSync(join(treeA, f))), f).toBe(true);
    }
    expect(JSON.stringify(b.planted)).toBe(JSON.stringify(a.planted));
  });

  it('gives a different tree for a different seed', () => {
    const dir = join(tmp, 'c');
    const c = generateTree({ dir, files: FILES, seed: SEED + 1, git: false });
    expect(JSON.stringify(c.planted)).not.toBe(JSON.stringify(a.planted));
  });

  it('refuses a size too small to hold every form', () => {
    expect(() => generateTree({ dir: join(tmp, 'd'), files: 10, seed: 1, git: false })).toThrow(
      /at least \d+ files/,
    );
  });

  it('plants every form, with unique (file, line, version) entries', () => {
    expect(a.pinFiles).toBeGreaterThanOrEqual(FORM_NAMES.length);
    expect(new Set(a.planted.map(key)).size).toBe(a.planted.length);
    const products = new Set(a.planted.map((p) => p.product));
    expect([...products].sort()).toEqual(['containerd', 'k3s', 'rfo', 'rke2']);
    expect(a.planted.some((p) => p.encoding === 'base64')).toBe(true);
    expect(a.planted.some((p) => p.encoding === 'gzip+base64')).toBe(true);
    expect(a.planted.some((p) => p.inComment)).toBe(true);
    for (const p of a.planted) expect(p.version, key(p)).toMatch(/^v\d+\.\d+\.\d+/);
  });

  it('points every planted entry at a line that holds the version text', () => {
    for (const p of a.planted) {
      const lines = readFileSync(join(treeA, p.file), 'utf8').split('\n');
      const line = lines[p.line - 1];
      expect(line, key(p)).toBeDefined();
      let text = line!;
      if (p.encoding) {
        const payload = /content:\s*(\S+)/.exec(text)?.[1] ?? '';
        const raw = Buffer.from(payload, 'base64');
        text = (p.encoding === 'gzip+base64' ? gunzipSync(raw) : raw).toString('utf8');
      }
      expect(text, key(p)).toContain(p.text);
      // The written text and the canonical version name the same release.
      const core = p.version.replace(/^v/, '').split(/[+-]/)[0]!;
      expect(p.text, key(p)).toContain(core);
    }
  });

  it('is scanned with every planted pin found and nothing else reported', () => {
    const result = scanFiles({
      root: treeA,
      paths: [treeA],
      include: [],
      exclude: [],
      maxFileSize: MAX_FILE_SIZE,
    });
    const reported = new Map(result.pins.map((p) => [key(p), p]));
    const planted = new Set(a.planted.map(key));
    const misses = a.planted.filter((p) => !reported.has(key(p))).map(key);
    const decoys = result.pins.filter((p) => !planted.has(key(p))).map(key);
    expect(misses).toEqual([]);
    expect(decoys).toEqual([]);
    for (const p of a.planted) {
      expect(reported.get(key(p))!.inComment, key(p)).toBe(Boolean(p.inComment));
    }
    // The vendored and gitignored decoys were skipped, not scanned.
    const reasons = new Set(result.skipped.map((s) => s.reason));
    expect(reasons).toContain('vendored');
    expect(reasons).toContain('gitignored');
    expect(reasons).toContain('binary');
  });
});

describe('bench corpus generator, byte-heavy shape', () => {
  let dir: string;
  let heavy: GenerateResult;

  beforeAll(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'kpa-bench-bytes-')));
    generateTree({ dir: join(dir, 'plain'), files: 300, seed: SEED, git: false });
    heavy = generateTree({
      dir: join(dir, 'heavy'),
      files: 300,
      seed: SEED,
      fillerScale: 3,
      largeFiles: 1,
      nodeModulesFiles: 60,
    });
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('puts the asked share of the files into node_modules/, the total unchanged', () => {
    const files = listFiles(join(dir, 'heavy'));
    expect(files).toHaveLength(300);
    // Besides the 60: the first shape's vendored decoys that also live there.
    const installed = files.filter((f) => f.startsWith('node_modules/')).length;
    expect(installed).toBeGreaterThanOrEqual(60);
    expect(installed).toBeLessThan(70);
    expect(heavy.nodeModulesFiles).toBe(60);
    expect(heavy.nodeModulesBytes).toBeGreaterThan(0);
    expect(heavy.largeFiles).toBe(1);
  });

  it('writes larger files than the first shape, of at least 1 MB for the large ones', () => {
    // Both trees hold 1-5 MB files; without them the filler is what differs.
    const large = listFiles(join(dir, 'heavy')).filter((f) =>
      /^(data\/inventory|docs\/archive|k8s\/generated|infra\/terraform\/generated)\//.test(f),
    );
    expect(large).toHaveLength(1);
    expect(readFileSync(join(dir, 'heavy', large[0]!)).length).toBeGreaterThanOrEqual(1_000_000);
    const withoutLarge = (root: string) => {
      let bytes = 0;
      let n = 0;
      for (const f of listFiles(root)) {
        if (f.startsWith('node_modules/')) continue;
        const size = readFileSync(join(root, f)).length;
        if (size >= 1_000_000) continue;
        bytes += size;
        n++;
      }
      return bytes / n;
    };
    expect(withoutLarge(join(dir, 'heavy'))).toBeGreaterThan(
      1.8 * withoutLarge(join(dir, 'plain')),
    );
  });

  it('is scanned with every planted pin found, node_modules/ skipped as one folder', () => {
    const root = join(dir, 'heavy');
    const result = scanFiles({
      root,
      paths: [root],
      include: [],
      exclude: [],
      maxFileSize: MAX_FILE_SIZE,
    });
    const reported = new Set(result.pins.map(key));
    const planted = new Set(heavy.planted.map(key));
    expect(heavy.planted.filter((p) => !reported.has(key(p))).map(key)).toEqual([]);
    expect(result.pins.filter((p) => !planted.has(key(p))).map(key)).toEqual([]);
    expect(result.pins.some((p) => p.file.startsWith('node_modules/'))).toBe(false);
    expect(result.skipped).toContainEqual({ file: 'node_modules/', reason: 'vendored' });
  });
});
