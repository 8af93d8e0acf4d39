import { describe, expect, it } from 'vitest';
import { addedLines, changedLinesOf } from '../src/action/changed-lines.js';

describe('addedLines', () => {
  it('numbers the + lines on the new side across hunks', () => {
    const patch = [
      '@@ -1,3 +1,4 @@',
      ' a',
      '-b',
      '+B',
      '+C',
      ' d',
      '@@ -10,2 +11,3 @@ resource "x" {',
      ' k',
      '+new',
      ' m',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...addedLines(patch)]).toEqual([2, 3, 12]);
  });
});

describe('changedLinesOf', () => {
  it('reads patches, treats a patchless change as wholly changed and a pure rename as unchanged', () => {
    const changes = changedLinesOf([
      { filename: 'a.tf', status: 'modified', patch: '@@ -1 +1,2 @@\n x\n+y' },
      { filename: 'big.yaml', status: 'modified', changes: 4000 },
      { filename: 'moved.sh', status: 'renamed', changes: 0 },
      { filename: 'gone.tf', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
    ]);
    expect(changes.has('a.tf', 2)).toBe(true);
    expect(changes.has('a.tf', 1)).toBe(false);
    expect(changes.has('big.yaml', 77)).toBe(true);
    expect(changes.has('moved.sh', 1)).toBe(false);
    expect(changes.has('gone.tf', 1)).toBe(false);
    expect(changes.has('untouched.tf', 1)).toBe(false);
  });
});
