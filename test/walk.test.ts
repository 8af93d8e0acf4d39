/**
 * The walk hands each file with the path to open it by: from the working folder when the file
 * lies in it (fewer path parts for the kernel to resolve), else absolute; and its report path.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discover, type Discovered } from '../src/discover/walk.js';

const cwd = process.cwd();
afterEach(() => process.chdir(cwd));

function walk(root: string): Discovered[] {
  const items: Discovered[] = [];
  discover({ root, paths: [root], include: [], exclude: [] }, (item) => items.push(item));
  return items;
}

describe('the walk', () => {
  it('opens files by their path from the working folder, or absolute outside it', () => {
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'kpa-walk-')));
    try {
      mkdirSync(join(base, 'repo', 'infra'), { recursive: true });
      writeFileSync(join(base, 'repo', 'infra', 'main.tf'), 'x');
      const root = join(base, 'repo');
      process.chdir(root);
      expect(walk(root)).toEqual([{ kind: 'file', path: 'infra/main.tf', file: 'infra/main.tf' }]);
      process.chdir(base);
      expect(walk(root)).toEqual([
        { kind: 'file', path: join('repo', 'infra', 'main.tf'), file: 'infra/main.tf' },
      ]);
      const elsewhere = join(base, 'elsewhere');
      mkdirSync(elsewhere);
      process.chdir(elsewhere);
      const outside = walk(root)[0] as { path: string };
      expect(outside.path).toBe(join(root, 'infra', 'main.tf'));
    } finally {
      process.chdir(cwd);
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('a scan path in a folder git ignores', () => {
  it('is walked, and the rules apply inside it', () => {
    const base = realpathSync(mkdtempSync(join(tmpdir(), 'kpa-walk-ignored-')));
    try {
      mkdirSync(join(base, '.git'));
      writeFileSync(join(base, '.gitignore'), 'build/\n*.log\n');
      mkdirSync(join(base, 'build', 'sub'), { recursive: true });
      writeFileSync(join(base, 'build', 'sub', 'pins.yaml'), 'x');
      writeFileSync(join(base, 'build', 'sub', 'run.log'), 'x');
      const items: Discovered[] = [];
      const start = join(base, 'build', 'sub');
      discover({ root: base, paths: [start], include: [], exclude: [] }, (item) =>
        items.push(item),
      );
      expect(
        items.map((i) => (i.kind === 'file' ? i.file : `${i.skip.file} ${i.skip.reason}`)),
      ).toEqual(['build/sub/pins.yaml', 'build/sub/run.log gitignored']);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
