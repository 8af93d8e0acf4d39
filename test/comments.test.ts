/**
 * Comments and file kinds (issue 10 classes 3, 4 and 10; issue 17 items 2, 4, 5, 6, 7 and 8):
 * each folder under test/fixtures/comments is one case, with an `expected.json` naming every pin
 * in it (worked out by hand from the fixture). A folder is one test, so each fails as a whole
 * when its lexer or kind is wrong. None of these files is malformed, so none gets a warning: a
 * template is not YAML until it is rendered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commentSpans, inSpans } from '../src/extract/comments.js';
import { extractPins } from '../src/extract/extract.js';
import { fileKindOf } from '../src/extract/file-kinds.js';
import type { Pin } from '../src/extract/types.js';

const CASES = fileURLToPath(new URL('./fixtures/comments/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name !== 'expected.json')
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

type Shown = Omit<Pin, 'context'>;

const byPosition = (a: Shown, b: Shown) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;

function normalize(p: Shown): Shown {
  const { file, line, column, product, version, text, form, inComment } = p;
  return { file, line, column, product, version, text, form, inComment };
}

const cases = readdirSync(CASES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('comments and file kinds (test/fixtures/comments)', () => {
  for (const name of cases) {
    it(name, () => {
      const dir = join(CASES, name);
      const expected = (JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Pin[])
        .map(normalize)
        .sort(byPosition);
      const pins: Shown[] = [];
      const warnings: string[] = [];
      for (const file of filesUnder(dir)) {
        const extraction = extractPins(file, readFileSync(join(dir, file), 'utf8'));
        pins.push(...extraction.pins.map(normalize));
        warnings.push(...extraction.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`));
      }
      expect(pins.sort(byPosition)).toEqual(expected);
      expect(warnings).toEqual([]);
    });
  }
});

/** Whether the first occurrence of `needle` in `text` lies in a comment of the file's kind. */
function commented(path: string, text: string, needle: string): boolean {
  const kind = fileKindOf(path, text);
  const at = text.indexOf(needle);
  expect(at, needle).toBeGreaterThanOrEqual(0);
  return inSpans(commentSpans(text, kind.syntax, kind.template).comments, at);
}

describe('comment lexers: edges', () => {
  it('a template comment holding a quote or a `#` leaves the line after it live', () => {
    const text = `{# don't #} version: v1.24.9+k3s1\n{{/* it's */}} tag: v1.25.5+k3s1\n`;
    expect(commented('a.yaml.j2', text, 'v1.24.9')).toBe(false);
    expect(commented('chart/templates/a.yaml', text, 'v1.25.5')).toBe(false);
  });

  it('`${#array[@]}` in a shell script is no comment, but in a Jinja template `{#` is one', () => {
    const text = 'n=${#versions[@]} v=v1.24.9+k3s1 #}\n';
    expect(commented('install.sh', text, 'v1.24.9')).toBe(false);
    expect(commented('install.sh.j2', text, 'v1.24.9')).toBe(true);
  });

  it('a PowerShell here-string holds no comment, and its `"@` closes it', () => {
    const text = '$a = @"\n# v1.24.9+rke2r1\n"@\n# v1.25.5+rke2r1\n';
    expect(commented('a.ps1', text, 'v1.24.9')).toBe(false);
    expect(commented('a.ps1', text, 'v1.25.5')).toBe(true);
  });

  it('an unclosed no-op heredoc runs to the end of the file, as the shell reads it', () => {
    const text = ': <<OLD\nINSTALL_RKE2_VERSION=v1.24.9+rke2r1\n';
    expect(commented('a.sh', text, 'v1.24.9')).toBe(true);
  });

  it('an inline ignore in a template comment is read, and on a line of its own covers the next', () => {
    const text = [
      '{# kube-pin-audit: ignore KPA-2022-0001 -- lab cluster, rebuilt nightly #}',
      'k3s_version: v1.24.9+k3s1',
      '{{/* kube-pin-audit: ignore KPA-2022-0001 -- same lab */}}',
      '<%# kube-pin-audit: ignore KPA-2022-0001 -- same lab -%>',
    ].join('\n');
    const ignores = (file: string) =>
      extractPins(file, text).inlineIgnores.map(({ line, reason, ownLine }) => [
        line,
        reason,
        ownLine,
      ]);
    expect(ignores('vars.yml.j2')).toEqual([[1, 'lab cluster, rebuilt nightly', true]]);
    expect(ignores('chart/templates/vars.yaml')).toEqual([[3, 'same lab', true]]);
    expect(ignores('vars.yml.erb')).toEqual([[4, 'same lab', true]]);
  });
});
