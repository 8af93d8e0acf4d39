/**
 * Reading each file once (src/scan/read.ts): sizes around the page and the small-file room,
 * where a read stops on a page boundary or the file needs a buffer of its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeText,
  isBinary,
  mayHoldPin,
  mayHoldPinByIndexOf,
  prefilterSearch,
  readFileBytes,
} from '../src/scan/read.js';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

describe('reading a file', () => {
  it('reads every byte, whatever the size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpa-read-'));
    try {
      for (const size of [0, 1, 4095, 4096, 8192, 65535, 65536, 65537, 69632, 300_000]) {
        const tail = 'v1.24.9+rke2r1';
        const content = Buffer.alloc(size, 'a');
        if (size >= tail.length) content.write(tail, size - tail.length);
        const file = join(dir, `f${size}`);
        writeFileSync(file, content);
        const read = readFileBytes(file, 1 << 20);
        expect(Buffer.isBuffer(read) && read.equals(content), `size ${size}`).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a file larger than the prefilter searches in place (16 MB) into a buffer of its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpa-read-'));
    try {
      const content = Buffer.alloc(16 * 1024 * 1024 + 100_000, 'a');
      content.write('v1.24.9+rke2r1', 10);
      content.write('v1.25.5+k3s1', content.length - 20);
      writeFileSync(join(dir, 'huge'), content);
      const read = readFileBytes(join(dir, 'huge'), 64 << 20);
      expect(Buffer.isBuffer(read) && read.equals(content)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds the same without WebAssembly (node --jitless), in small and large files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpa-nowasm-'));
    try {
      writeFileSync(join(dir, 'small.tfvars'), 'rke2_version = "v1.24.9+rke2r1"\n');
      writeFileSync(
        join(dir, 'large.tfvars'),
        `k3s_version = "v1.25.5+k3s1"\n# ${'x'.repeat(200_000)}\nimage: rancher/k3s:v1.26.1-k3s1\n`,
      );
      const scan = (flags: string[]) =>
        spawnSync(process.execPath, [...flags, CLI, 'scan', '.', '--format', 'json'], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, KUBE_PIN_AUDIT_WORKERS: '0' },
        }).stdout;
      const plain = JSON.parse(scan([])) as { pins: { version: string }[] };
      expect(plain.pins.map((p) => p.version).sort()).toEqual([
        'v1.24.9+rke2r1',
        'v1.25.5+k3s1',
        'v1.26.1+k3s1',
      ]);
      expect(scan(['--jitless'])).toBe(scan([]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves a file larger than a small one unread past its start, when asked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpa-read-'));
    try {
      writeFileSync(join(dir, 'small'), Buffer.alloc(65_536, 'a'));
      writeFileSync(join(dir, 'large'), Buffer.alloc(65_537, 'a'));
      const small = readFileBytes(join(dir, 'small'), 1 << 20, true);
      expect(Buffer.isBuffer(small) && small.length).toBe(65_536);
      expect(readFileBytes(join(dir, 'large'), 1 << 20, true)).toEqual({ kind: 'large' });
      const whole = readFileBytes(join(dir, 'large'), 1 << 20);
      expect(Buffer.isBuffer(whole) && whole.length).toBe(65_537);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a file over the size limit without reading it whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpa-read-'));
    try {
      writeFileSync(join(dir, 'big'), Buffer.alloc(200_000, 'a'));
      writeFileSync(join(dir, 'small'), Buffer.alloc(2_000, 'a'));
      expect(readFileBytes(join(dir, 'big'), 100_000)).toEqual({
        kind: 'skip',
        reason: 'too-large',
        detail: '200000 bytes > 100000',
      });
      expect(readFileBytes(join(dir, 'small'), 1_000)).toMatchObject({
        reason: 'too-large',
      });
      expect(readFileBytes(join(dir, 'missing'), 1_000)).toMatchObject({
        reason: 'unreadable',
        detail: 'ENOENT',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('decodeText', () => {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const lenient = new TextDecoder('utf-8');
  const reference = (bytes: Uint8Array) => {
    try {
      return { text: strict.decode(bytes), invalidUtf8: false };
    } catch {
      return { text: lenient.decode(bytes), invalidUtf8: true };
    }
  };

  it('gives what TextDecoder gives, for ASCII, UTF-8, a byte order mark and broken bytes', () => {
    const samples = [
      'k3s_version: v1.24.9+k3s1\n',
      'naïve — v1.24.9+rke2r1 ✓\n',
      '\ufeffINSTALL_RKE2_VERSION=v1.24.9+rke2r1\n',
      '',
    ].map((s) => Buffer.from(s));
    samples.push(Buffer.from([0x41, 0xff, 0x42]), Buffer.from([0xef, 0xbb, 0xbf]));
    for (const bytes of samples) expect(decodeText(bytes)).toEqual(reference(bytes));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodeText(bytes)).toEqual(reference(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it('decodes a view of shared memory (the scan ring) at its offset', () => {
    const ring = Buffer.from(new SharedArrayBuffer(64));
    ring.write('xxk3s v1.24.9+k3s1 é', 0);
    const view = ring.subarray(2, 2 + Buffer.byteLength('k3s v1.24.9+k3s1 é'));
    expect(decodeText(view)).toEqual({ text: 'k3s v1.24.9+k3s1 é', invalidUtf8: false });
  });
});

describe('isBinary', () => {
  it('is git’s test: a NUL among the first 8,000 bytes, for files of any size', () => {
    for (const size of [10, 8_000, 16_384, 16_385, 100_000, 2_000_000]) {
      const bytes = Buffer.alloc(size, 'a');
      expect(isBinary(bytes), `${size}, none`).toBe(false);
      bytes[Math.min(7_999, size - 1)] = 0;
      expect(isBinary(bytes), `${size}, within`).toBe(true);
      if (size > 8_000) {
        bytes[7_999] = 0x61;
        bytes[8_000] = 0;
        expect(isBinary(bytes), `${size}, just past`).toBe(false);
      }
    }
  });
});

describe('the prefilter', () => {
  // Needles, their look-alikes and the bytes around them, at every offset of the 16-byte blocks
  // the WebAssembly search reads and of its byte-by-byte tail.
  const piece = fc.constantFrom(
    'k3s',
    'k3',
    'ke2r',
    'ke2',
    'ainerd',
    'ainer',
    'AINERD',
    'AINERd',
    'rfor',
    '+rfor',
    '-rfor',
    '%2Brfor',
    '%2brfor',
    'Brfor',
    '2rfor',
    'performance',
    '#cloud-config',
    '#cloud-confi',
    'b64',
    'base64',
    '!!binary',
    'k',
    'r',
    'a',
    '#',
    'g',
    'd',
    'D',
    ' ',
    '\n',
    '\u0000',
    'x',
    'é',
  );
  const filler = fc.integer({ min: 0, max: 40 }).map((n) => 'y'.repeat(n));
  const text = fc
    .array(fc.oneof(piece, filler), { maxLength: 30 })
    .map((parts) => Buffer.from(parts.join('')));

  it('gives the same answer in one WebAssembly pass as with one indexOf pass per needle', () => {
    // Node 20 and later run WebAssembly SIMD: the comparison is between the two searches.
    expect(prefilterSearch()).toBe('webassembly');
    fc.assert(
      fc.property(text, (bytes) => {
        expect(mayHoldPin(bytes)).toBe(mayHoldPinByIndexOf(bytes));
      }),
      { numRuns: 20000 },
    );
  });

  it('finds each needle at every offset, the first and last bytes included', () => {
    for (const needle of ['k3s', 'ke2r', 'ainerd', 'AINERD', '+rfor', '%2Brfor']) {
      for (let length = needle.length; length <= 80; length++) {
        for (let at = 0; at + needle.length <= length; at++) {
          const bytes = Buffer.alloc(length, 'y');
          bytes.write(needle, at);
          expect(mayHoldPin(bytes), `${needle} at ${at} of ${length}`).toBe(true);
        }
      }
    }
    // rfor needs what comes before it, and no byte before the start counts.
    expect(mayHoldPin(Buffer.from('rfor1'))).toBe(false);
    expect(mayHoldPin(Buffer.from('Brfor1'))).toBe(false);
    expect(mayHoldPin(Buffer.from('2Brfor1'))).toBe(true);
  });

  it('takes a cloud-config for a pin only with an encoded payload in the file', () => {
    const cloud = Buffer.from(`#cloud-config\n${'y'.repeat(50)}\n`);
    expect(mayHoldPin(cloud)).toBe(false);
    expect(mayHoldPin(Buffer.concat([cloud, Buffer.from('encoding: b64\n')]))).toBe(true);
  });

  it('searches a large file too, and again after it (the module memory has grown)', () => {
    const large = Buffer.alloc(3_000_000, 'y');
    large.write('ainerd', large.length - 6);
    expect(mayHoldPin(large)).toBe(true);
    expect(mayHoldPin(Buffer.from('no needle here'))).toBe(false);
    expect(mayHoldPin(Buffer.from('v1.26.0+k3s1'))).toBe(true);
  });
});
