/**
 * Reading each file once (src/scan/read.ts): sizes around the page and the small-file room,
 * where a read stops on a page boundary or the file needs a buffer of its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READ_ROOM_BYTES, readFileBytes } from '../src/scan/read.js';

describe('reading a file', () => {
  it('reads every byte, whatever the size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpa-read-'));
    try {
      const room = Buffer.alloc(READ_ROOM_BYTES + 10);
      for (const size of [0, 1, 4095, 4096, 8192, 65535, 65536, 65537, 69632, 300_000]) {
        const tail = 'v1.24.9+rke2r1';
        const content = Buffer.alloc(size, 'a');
        if (size >= tail.length) content.write(tail, size - tail.length);
        const file = join(dir, `f${size}`);
        writeFileSync(file, content);
        const read = readFileBytes(file, 1 << 20, room, 5);
        const bytes =
          typeof read === 'number'
            ? room.subarray(5, 5 + read)
            : read.kind === 'bytes'
              ? read.bytes
              : null;
        expect(bytes?.equals(content), `size ${size}`).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a file over the size limit without reading it whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpa-read-'));
    try {
      writeFileSync(join(dir, 'big'), Buffer.alloc(200_000, 'a'));
      writeFileSync(join(dir, 'small'), Buffer.alloc(2_000, 'a'));
      const room = Buffer.alloc(READ_ROOM_BYTES);
      expect(readFileBytes(join(dir, 'big'), 100_000, room, 0)).toEqual({
        kind: 'skip',
        reason: 'too-large',
        detail: '200000 bytes > 100000',
      });
      expect(readFileBytes(join(dir, 'small'), 1_000, room, 0)).toMatchObject({
        reason: 'too-large',
      });
      expect(readFileBytes(join(dir, 'missing'), 1_000, room, 0)).toMatchObject({
        reason: 'unreadable',
        detail: 'ENOENT',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
