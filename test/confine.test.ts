/**
 * Paths from the repository stay inside it (src/config/confine.ts): the settings file's paths are
 * confined, inputs never follow a link in the checkout nor write into .git/, and report files are
 * created fresh, never written through a link.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkInputPath,
  confineSettingPath,
  isGitFolderName,
  PathRefused,
} from '../src/config/confine.js';
import { readConfigFile, resolveSettings } from '../src/config/load.js';
import { PATH_SETTINGS, SETTING_KEYS, SettingsSchema } from '../src/config/schema.js';
import { InputError } from '../src/errors.js';
import { writeReportFile } from '../src/report/write.js';

let temp: string;
let root: string;
let outside: string;

beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'kpa-confine-'));
  root = join(temp, 'repo');
  outside = join(temp, 'outside');
  mkdirSync(join(root, '.git', 'hooks'), { recursive: true });
  mkdirSync(join(root, 'sub', 'real'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.json'), '{"token": "s3cr3t"}');
  writeFileSync(join(root, 'sub', 'real', 'a.json'), '{}');
  symlinkSync(outside, join(root, 'sub', 'outlink'));
  symlinkSync(join(root, 'sub', 'real'), join(root, 'sub', 'inlink'));
  symlinkSync(join(outside, 'secret.json'), join(root, 'report.json'));
});

afterEach(() => rmSync(temp, { recursive: true, force: true }));

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof PathRefused) return error.message;
    throw error;
  }
  throw new Error('not refused');
}

describe('a path the settings file names', () => {
  it.each([
    ['/etc/passwd', 'read', /not an absolute one/],
    ['C:\\Windows\\win.ini', 'read', /not an absolute one/],
    ['\\\\server\\share\\x.json', 'read', /not an absolute one/],
    ['C:x.json', 'read', /not an absolute one/],
    ['../../etc/passwd', 'read', /must not leave the workspace with '\.\.'/],
    ['sub/..\\..\\x', 'read', /must not leave the workspace with '\.\.'/],
    ['sub/outlink/', 'read', /symbolic link \(sub\/outlink\)/],
    ['sub/outlink/x.json', 'write', /symbolic link \(sub\/outlink\)/],
    ['sub/inlink/a.json', 'read', /symbolic link \(sub\/inlink\)/],
    ['report.json', 'write', /symbolic link \(report\.json\)/],
    ['.git/hooks/post-checkout', 'write', /into \.git\//],
    ['.GIT/hooks/post-checkout', 'write', /into \.git\//],
    ['./sub/../.git/config', 'read', /'\.\.'/],
    ['sub/.git/x', 'write', /into \.git\//],
    ['.git./hooks/x', 'write', /into \.git\//],
    ['GIT~1/hooks/x', 'write', /into \.git\//],
    ['missing/dir', 'read', /missing, which does not exist/],
    ['sub/real/a.json/x', 'read', /not a folder/],
    ['sub', 'write', /not a regular file/],
    ['a\0b', 'read', /NUL/],
  ] as const)('%s (%s) is refused', (given, use, reason) => {
    expect(refusal(() => confineSettingPath(root, given, use, 'the workspace'))).toMatch(reason);
  });

  it('resolves a plain path inside the root, and a file to write that does not exist yet', () => {
    expect(confineSettingPath(root, 'sub/real/a.json', 'read', 'the workspace')).toBe(
      join(root, 'sub/real/a.json'),
    );
    expect(confineSettingPath(root, 'out/new/r.sarif', 'write', 'the workspace')).toBe(
      join(root, 'out/new/r.sarif'),
    );
    expect(confineSettingPath(root, '.', 'read', 'the workspace')).toBe(root);
  });

  it('takes the root itself through a link (a runner folder is not the repository)', () => {
    symlinkSync(root, join(temp, 'rootlink'));
    expect(confineSettingPath(join(temp, 'rootlink'), 'sub/real', 'read', 'the scan root')).toBe(
      join(temp, 'rootlink', 'sub/real'),
    );
  });

  it('knows .git however a file system spells it', () => {
    for (const name of [
      '.git',
      '.GIT',
      '.Git',
      '.git.',
      '.git ',
      '.git::$INDEX_ALLOCATION',
      'GIT~1',
    ]) {
      expect(isGitFolderName(name), name).toBe(true);
    }
    for (const name of ['.github', 'git', '.gitignore', '.git-hooks', 'x.git']) {
      expect(isGitFolderName(name), name).toBe(false);
    }
  });
});

describe('a path an action input names', () => {
  it('may lie outside the workspace to read (the workflow chose it), but not through a link in it', () => {
    expect(checkInputPath(root, join(outside, 'secret.json'), 'read')).toBe(
      join(outside, 'secret.json'),
    );
    expect(checkInputPath(root, 'sub/real', 'read')).toBe(join(root, 'sub/real'));
    expect(refusal(() => checkInputPath(root, 'sub/outlink', 'read'))).toMatch(/symbolic link/);
    expect(refusal(() => checkInputPath(root, 'sub/inlink/a.json', 'read'))).toMatch(
      /symbolic link/,
    );
  });

  it('writes only in the workspace or RUNNER_TEMP, never into .git/, never through a link', () => {
    const bases = [root, outside];
    expect(checkInputPath(root, 'out/r.json', 'write', bases)).toBe(join(root, 'out/r.json'));
    expect(checkInputPath(root, join(outside, 'r.sarif'), 'write', bases)).toBe(
      join(outside, 'r.sarif'),
    );
    expect(refusal(() => checkInputPath(root, '../escaped.sarif', 'write', bases))).toMatch(
      /in the workspace or RUNNER_TEMP/,
    );
    expect(refusal(() => checkInputPath(root, '../escaped.sarif', 'write'))).toMatch(
      /must name a file in the workspace$/,
    );
    expect(refusal(() => checkInputPath(root, 'x/../.git/hooks/pre-push', 'write', bases))).toMatch(
      /into \.git\//,
    );
    expect(refusal(() => checkInputPath(root, '.Git/config', 'write', bases))).toMatch(/\.git\//);
    expect(refusal(() => checkInputPath(root, 'report.json', 'write', bases))).toMatch(
      /symbolic link \(report\.json\)/,
    );
  });
});

describe('every path setting is confined', () => {
  it('a setting that names a file or folder is declared as a path setting', () => {
    const named = SETTING_KEYS.filter(
      (k) => k === 'paths' || k === 'advisories' || /-(file|dir|folder|path)s?$/.test(k),
    );
    const declared = SETTING_KEYS.filter((k) => PATH_SETTINGS.get(SettingsSchema.shape[k]));
    expect(declared.sort()).toEqual(named.sort());
    expect(declared.length).toBeGreaterThanOrEqual(4);
  });

  it.each(SETTING_KEYS.filter((k) => PATH_SETTINGS.get(SettingsSchema.shape[k])))(
    "'%s' in a settings file is refused outside the root, naming the file, line and key",
    (key) => {
      const file = join(root, 'kpa.yml');
      writeFileSync(file, `comment: never\n${key}: ../outside/secret.json\n`);
      const config = readConfigFile(file, 'kpa.yml', true)!;
      let error: unknown;
      try {
        resolveSettings(config, {}, (k) => k, { root, rootName: 'the workspace' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe(
        `kpa.yml:2: '${key}' must not leave the workspace with '..' (got '../outside/secret.json')`,
      );
      expect((error as InputError).at).toEqual({ file: 'kpa.yml', line: 2 });
      // The file's own paths, when not confined (the CLI's --config), are taken as written.
      expect(() => resolveSettings(config, {}, (k) => k)).not.toThrow();
    },
  );

  it('points at the list item that is wrong, and makes the good ones absolute', () => {
    const file = join(root, 'kpa.yml');
    writeFileSync(file, 'advisories:\n  - sub/real\n  - sub/outlink/\n');
    const config = readConfigFile(file, 'kpa.yml', true)!;
    expect(() =>
      resolveSettings(config, {}, (k) => k, { root, rootName: 'the workspace' }),
    ).toThrow(
      "kpa.yml:3: 'advisories' goes through a symbolic link (sub/outlink); links in the repository are not followed (got 'sub/outlink/')",
    );
    writeFileSync(file, 'advisories: sub/real\npaths: [sub/real, .]\n');
    const settings = resolveSettings(readConfigFile(file, 'kpa.yml', true), {}, (k) => k, {
      root,
      rootName: 'the workspace',
    });
    expect(settings.advisories).toEqual([join(root, 'sub/real')]);
    expect(settings.paths).toEqual([join(root, 'sub/real'), root]);
  });
});

describe('the settings file itself', () => {
  it('is not read through a link when it lies in the repository', () => {
    mkdirSync(join(root, '.github'));
    symlinkSync(join(outside, 'secret.json'), join(root, '.github', 'kube-pin-audit.yml'));
    const read = () =>
      readConfigFile(
        join(root, '.github/kube-pin-audit.yml'),
        '.github/kube-pin-audit.yml',
        false,
        {
          root,
          rootName: 'the workspace',
        },
      );
    expect(read).toThrow(
      '.github/kube-pin-audit.yml: settings file goes through a symbolic link (.github/kube-pin-audit.yml); links in the repository are not followed',
    );
    // Missing and not asked for by name: no settings file, no error.
    rmSync(join(root, '.github'), { recursive: true });
    expect(read()).toBeNull();
  });

  it('reports a YAML error by line, column and reason, without its content', () => {
    const file = join(root, 'kpa.yml');
    writeFileSync(file, 'comment: never\nsecret-token: "ghp_abcdef\n');
    expect(() => readConfigFile(file, 'kpa.yml', true)).toThrow(
      /^kpa\.yml:3:1: not valid YAML \(a closing quote or bracket is missing\)$/,
    );
  });

  it('refuses a YAML alias bomb with a settings error', () => {
    const file = join(root, 'kpa.yml');
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(
        `${name}: &${name} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`,
      );
    }
    writeFileSync(file, `${levels.join('\n')}\n`);
    expect(() => readConfigFile(file, 'kpa.yml', true)).toThrow(/kpa\.yml: too many YAML aliases/);
  });
});

describe('a report file written fresh', () => {
  it('replaces a regular file, and leaves a file hard-linked to it alone', () => {
    const victim = join(outside, 'victim.txt');
    writeFileSync(victim, 'keep me');
    linkSync(victim, join(root, 'hard.json'));
    writeReportFile(join(root, 'hard.json'), ['{"report":1}'], { fresh: true });
    expect(readFileSync(join(root, 'hard.json'), 'utf8')).toBe('{"report":1}');
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
  });

  it('refuses a link or a folder standing at its path, and makes missing folders', () => {
    expect(() => writeReportFile(join(root, 'report.json'), ['x'], { fresh: true })).toThrow(
      expect.objectContaining({ code: 'ELOOP' }),
    );
    expect(readFileSync(join(outside, 'secret.json'), 'utf8')).toBe('{"token": "s3cr3t"}');
    expect(() => writeReportFile(join(root, 'sub'), ['x'], { fresh: true })).toThrow(
      expect.objectContaining({ code: 'EEXIST' }),
    );
    writeReportFile(join(root, 'a/b/r.json'), ['x'], { fresh: true });
    expect(existsSync(join(root, 'a/b/r.json'))).toBe(true);
  });
});
