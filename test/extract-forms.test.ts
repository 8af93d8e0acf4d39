/**
 * Fixture tests for the extraction forms of issue 2: each folder under test/fixtures/forms holds
 * realistic files of one form and an `expected.json` with every pin a careful user expects
 * (worked out by hand from the fixture, not from the engine's output).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPins } from '../src/extract/extract.js';
import type { Pin } from '../src/extract/types.js';

const FORMS = fileURLToPath(new URL('./fixtures/forms/', import.meta.url));

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(abs));
    else if (entry.isFile()) out.push(abs);
  }
  return out;
}

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
function byPosition(a: Omit<Pin, 'context'>, b: Omit<Pin, 'context'>): number {
  return (
    cmp(a.file, b.file) ||
    cmp(a.line, b.line) ||
    cmp(a.column, b.column) ||
    cmp(a.product, b.product) ||
    cmp(a.version, b.version) ||
    cmp(a.text, b.text)
  );
}

/** Only the contract's fields, in a fixed key order, so a diff reads well. */
function normalize(p: Pin): Omit<Pin, 'context'> {
  const { file, line, column, product, version, text, form, inComment } = p;
  return { file, line, column, product, version, text, form, inComment };
}

const fixtureDirs = readdirSync(FORMS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('extraction forms (test/fixtures/forms)', () => {
  it('has fixture folders', () => {
    expect(fixtureDirs.length).toBeGreaterThan(20);
  });

  for (const name of fixtureDirs) {
    const dir = join(FORMS, name);
    const expected = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Pin[]).map(
      normalize,
    );
    const files = filesUnder(dir)
      .map((abs) => relative(dir, abs).split(sep).join('/'))
      .filter((file) => file !== 'expected.json')
      .sort();

    describe(name, () => {
      it('expected.json names only files that exist', () => {
        const unknown = expected.map((p) => p.file).filter((f) => !files.includes(f));
        expect(unknown).toEqual([]);
      });

      for (const file of files) {
        it(file, () => {
          const text = readFileSync(join(dir, file), 'utf8');
          const { pins } = extractPins(file, text);
          const actual = pins.map(normalize).sort(byPosition);
          const want = expected.filter((p) => p.file === file).sort(byPosition);
          expect(actual).toEqual(want);
        });
      }
    });
  }
});
