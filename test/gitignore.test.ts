/**
 * The walk's own .gitignore matcher (src/discover/gitignore-rules.ts): gitignore(5)'s examples by
 * hand, then agreement with the `ignore` package, kept as the oracle, on generated rules and paths.
 */
import fc from 'fast-check';
import ignore from 'ignore';
import { describe, expect, it } from 'vitest';
import { lastMatch, parseGitignore, type GitignoreRules } from '../src/discover/gitignore-rules.js';

/** As the walk decides: a path is ignored when a folder above it is, else by its own last match. */
function walkIgnores(rules: GitignoreRules, path: string, isDir: boolean): boolean {
  const parts = path.split('/');
  for (let i = 1; i <= parts.length; i++) {
    const folder = parts
      .slice(0, i - 1)
      .map((p) => `${p}/`)
      .join('');
    const dir = i < parts.length || isDir;
    if (lastMatch(rules, folder, parts[i - 1]!, dir)) return true;
  }
  return false;
}

const ignored = (content: string, path: string, isDir = false) =>
  walkIgnores(parseGitignore(content), path, isDir);

describe('gitignore rules', () => {
  it('matches a pattern without a slash at any depth, by name', () => {
    expect(ignored('*.tfstate\n', 'terraform.tfstate')).toBe(true);
    expect(ignored('*.tfstate\n', 'infra/prod/terraform.tfstate')).toBe(true);
    expect(ignored('*.tfstate\n', 'infra/prod/terraform.tfstate.backup')).toBe(false);
    expect(ignored('secrets\n', 'a/secrets/x.yaml')).toBe(true);
  });

  it('anchors a pattern with a leading or middle slash to the file folder', () => {
    expect(ignored('/build\n', 'build/out.txt')).toBe(true);
    expect(ignored('/build\n', 'src/build/out.txt')).toBe(false);
    expect(ignored('doc/frotz\n', 'doc/frotz/a')).toBe(true);
    expect(ignored('doc/frotz\n', 'a/doc/frotz/a')).toBe(false);
  });

  it('matches folders only with a trailing slash', () => {
    expect(ignored('generated/\n', 'generated', false)).toBe(false);
    expect(ignored('generated/\n', 'generated', true)).toBe(true);
    expect(ignored('generated/\n', 'x/generated/pins.tf')).toBe(true);
  });

  it('re-includes with ! and lets the last matching rule win', () => {
    const rules = '*.tfvars\n!prod.tfvars\n';
    expect(ignored(rules, 'dev.tfvars')).toBe(true);
    expect(ignored(rules, 'prod.tfvars')).toBe(false);
    expect(ignored('!prod.tfvars\n*.tfvars\n', 'prod.tfvars')).toBe(true);
  });

  it('cannot re-include a file inside an ignored folder', () => {
    expect(ignored('build/\n!build/keep.tf\n', 'build/keep.tf')).toBe(true);
    expect(ignored('build/*\n!build/keep.tf\n', 'build/keep.tf')).toBe(false);
  });

  it('reads ** as any number of folders only as a whole segment', () => {
    expect(ignored('**/cache\n', 'cache/x')).toBe(true);
    expect(ignored('**/cache\n', 'a/b/cache/x')).toBe(true);
    expect(ignored('a/**/b\n', 'a/b')).toBe(true);
    expect(ignored('a/**/b\n', 'a/x/y/b')).toBe(true);
    expect(ignored('logs/**\n', 'logs/a/b.log')).toBe(true);
    expect(ignored('logs/**\n', 'logs', true)).toBe(false);
    expect(ignored('a**b\n', 'axxb')).toBe(true);
    expect(ignored('/a**b\n', 'ax/yb')).toBe(false);
  });

  it('honours escapes, brackets, comments and trailing spaces', () => {
    expect(ignored('\\#notes\n', '#notes')).toBe(true);
    expect(ignored('#notes\n', '#notes')).toBe(false);
    expect(ignored('\\!keep\n', '!keep')).toBe(true);
    expect(ignored('trail   \n', 'trail')).toBe(true);
    expect(ignored('trail\\ \n', 'trail ')).toBe(true);
    expect(ignored('v[0-9].tf\n', 'v7.tf')).toBe(true);
    expect(ignored('v[!0-9].tf\n', 'v7.tf')).toBe(false);
    expect(ignored('v[!0-9].tf\n', 'vx.tf')).toBe(true);
    expect(ignored('[[:digit:]]x\n', '5x')).toBe(true);
    expect(ignored('a[b\n', 'a[b')).toBe(true);
    expect(ignored('ma(in|x).tf\n', 'main.tf')).toBe(false);
    expect(ignored('ma(in|x).tf\n', 'ma(in|x).tf')).toBe(true);
    expect(ignored('v[z-a]\n', 'vz')).toBe(false);
  });

  it('reads three or more stars alone in a segment as **', () => {
    expect(ignored('***/x.yaml\n', 'x.yaml')).toBe(true);
    expect(ignored('***/x.yaml\n', 'd/e/x.yaml')).toBe(true);
    expect(ignored('a/***\n', 'a/b/c')).toBe(true);
  });

  it('counts the backslashes before a trailing slash', () => {
    // `foo\\/`: an escaped backslash, then the slash that makes the rule folder-only.
    expect(ignored('foo\\\\/\n', 'foo\\', true)).toBe(true);
    expect(ignored('foo\\\\/\n', 'foo\\', false)).toBe(false);
  });

  it('ignores case where git does (core.ignorecase)', () => {
    const caseless = parseGitignore('*.YAML\nSecrets/\n', true);
    expect(walkIgnores(caseless, 'a.yaml', false)).toBe(true);
    expect(walkIgnores(caseless, 'secrets/x', false)).toBe(true);
    const exact = parseGitignore('*.YAML\nSecrets/\n');
    expect(walkIgnores(exact, 'a.yaml', false)).toBe(false);
    expect(walkIgnores(exact, 'secrets/x', false)).toBe(false);
  });

  it('reads CRLF files and drops blank and comment-only files', () => {
    expect(ignored('*.log\r\n*.tmp\r\n', 'x.tmp')).toBe(true);
    expect(parseGitignore('# only a comment\n\n   \n').rules).toHaveLength(0);
  });

  it('agrees with the ignore package on generated rules and paths', () => {
    const segment = fc.constantFrom(
      'a',
      'b',
      'ab',
      'a.tf',
      '.x',
      '*',
      '?',
      '*.tf',
      '[ab]',
      '[!a]',
      'a*',
    );
    const pattern = fc
      .tuple(
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.oneof(segment, fc.constant('**')), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
      )
      .map(
        ([neg, lead, segs, trail]) =>
          `${neg ? '!' : ''}${lead ? '/' : ''}${segs.join('/')}${trail ? '/' : ''}`,
      );
    const name = fc.constantFrom('a', 'b', 'ab', 'a.tf', 'b.tf', '.x', 'c');
    const path = fc.array(name, { minLength: 1, maxLength: 4 }).map((p) => p.join('/'));
    fc.assert(
      fc.property(
        fc.array(pattern, { minLength: 1, maxLength: 4 }),
        path,
        fc.boolean(),
        (patterns, p, isDir) => {
          const content = patterns.join('\n');
          const oracle = ignore()
            .add(content)
            .ignores(isDir ? `${p}/` : p);
          expect(
            ignored(content, p, isDir),
            `${JSON.stringify(content)} on ${p}${isDir ? '/' : ''}`,
          ).toBe(oracle);
        },
      ),
      { seed: 7843, numRuns: 3000 },
    );
  });
});
