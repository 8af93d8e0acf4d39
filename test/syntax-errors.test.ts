/**
 * Parse errors located without quoting the text (src/syntax-errors.ts): the JSON locator agrees
 * with JSON.parse on what is valid and, where V8 names a position, on where it breaks.
 */
import fc from 'fast-check';
import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError, yamlSyntaxError } from '../src/syntax-errors.js';

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/** JSON.parse's verdict: valid, or the position it names (null when it names none). */
function v8(text: string): { valid: true } | { valid: false; position: number | null } {
  try {
    JSON.parse(text);
    return { valid: true };
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    if (at) return { valid: false, position: Number(at[1]) };
    if (message === 'Unexpected end of JSON input') return { valid: false, position: text.length };
    return { valid: false, position: null };
  }
}

const mutated = fc
  .tuple(
    fc.json({ maxDepth: 3 }),
    fc.nat(),
    fc.constantFrom('insert', 'delete', 'replace'),
    fc.constantFrom(...'{}[],:"\\-.0123456789eE+tfnulr \n\u0001x'.split('')),
  )
  .map(([text, at, how, c]) => {
    const i = text.length ? at % text.length : 0;
    if (how === 'insert') return text.slice(0, i) + c + text.slice(i);
    if (how === 'delete') return text.slice(0, i) + text.slice(i + 1);
    return text.slice(0, i) + c + text.slice(i + 1);
  });

describe('jsonSyntaxError', () => {
  it('finds an error exactly when JSON.parse does, at the position V8 names', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const verdict = v8(text);
        const found = jsonSyntaxError(text);
        // The fallback reason means the locator walked the whole text and found it valid.
        expect(found.reason === 'not valid JSON').toBe(verdict.valid);
        if (!verdict.valid && verdict.position !== null) {
          expect(offsetOf(text, found.line, found.column)).toBe(verdict.position);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('names the line, column and reason of the issue case, and not a byte of the file', () => {
    const text = 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin\n';
    const found = jsonSyntaxError(text);
    expect(found).toEqual({
      line: 1,
      column: 1,
      reason: 'unexpected character where a value should start',
    });
    expect(JSON.stringify(found)).not.toMatch(/root|daemon|bash/);
  });

  it('counts lines and columns in UTF-16 units, 1-based', () => {
    expect(jsonSyntaxError('{\n  "a": 1,\n  "b": ☃\n}')).toMatchObject({ line: 3, column: 8 });
    expect(jsonSyntaxError('["😀" 1]')).toMatchObject({ line: 1, column: 7 });
  });

  it('walks deep nesting without recursion', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(199_999);
    expect(jsonSyntaxError(deep)).toMatchObject({ line: 1, column: 400_000 });
  });
});

describe('yamlSyntaxError', () => {
  it('words the reason from the error code, never from the text', () => {
    const cases: [text: string, reason: string][] = [
      ['comment: never\n\tsecret-token: abc\n', 'a tab used as indentation'],
      ['comment: never\nsecret-token: "abc\n', 'a closing quote or bracket is missing'],
    ];
    for (const [text, reason] of cases) {
      const lines = new LineCounter();
      const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
      const found = yamlSyntaxError(doc.errors[0]!, lines);
      expect(found).toMatchObject({ line: expect.any(Number), column: 1, reason });
      expect(found.line).toBeGreaterThan(1);
    }
  });
});
