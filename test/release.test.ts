/**
 * Releases: .github/workflows/release.yml runs only what exists (scripts, package.json scripts,
 * inputs the pinned actions declare), in the order the issue asks for; and the scripts it and
 * `npm run release` call do their job on a throwaway git repository.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  accessSync,
  constants,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { throwawayGitEnv } from './support/git-env.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORKFLOW_FILE = join(ROOT, '.github/workflows/release.yml');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  scripts: Record<string, string>;
};

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push?: { tags?: string[]; branches?: string[] } } & Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

/**
 * The inputs each pinned action declares in its action.yml at that commit: actions/checkout
 * v4.2.2 and actions/setup-node v4.4.0.
 */
const ACTION_INPUTS: Record<string, string[]> = {
  'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683': [
    'repository',
    'ref',
    'token',
    'ssh-key',
    'ssh-known-hosts',
    'ssh-strict',
    'ssh-user',
    'persist-credentials',
    'path',
    'clean',
    'filter',
    'sparse-checkout',
    'sparse-checkout-cone-mode',
    'fetch-depth',
    'fetch-tags',
    'show-progress',
    'lfs',
    'submodules',
    'set-safe-directory',
    'github-server-url',
  ],
  'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020': [
    'node-version',
    'node-version-file',
    'architecture',
    'check-latest',
    'registry-url',
    'scope',
    'token',
    'cache',
    'cache-dependency-path',
    'always-auth',
    'mirror',
    'mirror-token',
  ],
};

/** GitHub's filter patterns, the part a tag filter uses: `*`, `+`, `?`, `[...]`, literal `.`. */
function filterPattern(pattern: string): RegExp {
  const source = pattern.replace(/\./g, '\\.').replace(/\*/g, '[^/]*');
  return new RegExp(`^${source}$`);
}

describe('the release workflow', () => {
  const text = readFileSync(WORKFLOW_FILE, 'utf8');
  const workflow = parse(text) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const runs = steps.filter((s) => s.run).map((s) => s.run!);

  it('runs on a pushed vX.Y.Z tag and nothing else', () => {
    expect(Object.keys(workflow.on)).toEqual(['push']);
    expect(workflow.on.push?.branches).toBeUndefined();
    const tags = workflow.on.push!.tags!.map(filterPattern);
    const matches = (tag: string) => tags.some((t) => t.test(tag));
    for (const tag of ['v1.2.3', 'v0.1.0', 'v10.20.30']) expect(matches(tag), tag).toBe(true);
    // The major tag the workflow moves must not start it again.
    for (const tag of ['v1', 'v1.2', 'v1.2.3-rc.1', '1.2.3', 'vx.y.z'])
      expect(matches(tag), tag).toBe(false);
  });

  it('asks for no permission beyond writing the release and the tag', () => {
    expect(workflow.permissions).toEqual({ contents: 'write' });
  });

  it('pins each action by full commit SHA, naming the release, and sets only its inputs', () => {
    const actions = steps.filter((s) => s.uses);
    expect(actions.length).toBeGreaterThan(0);
    for (const step of actions) {
      expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
      expect(text).toMatch(new RegExp(`uses: ${step.uses} # v\\d+\\.\\d+\\.\\d+\\n`));
      const declared = ACTION_INPUTS[step.uses!];
      expect(declared, `inputs of ${step.uses} are not listed in this test`).toBeDefined();
      for (const input of Object.keys(step.with ?? {})) expect(declared).toContain(input);
    }
    const checkout = actions.find((s) => s.uses!.startsWith('actions/checkout@'))!;
    // The notes need every commit since the previous tag, and the tags themselves.
    expect(checkout.with?.['fetch-depth']).toBe(0);
  });

  it('passes the tag to scripts through the environment, never pasted into a script', () => {
    for (const run of runs) expect(run).not.toContain('${{');
    for (const step of steps.filter((s) => s.run?.includes('$TAG')))
      expect(step.env?.TAG).toBe('${{ github.ref_name }}');
  });

  it('calls only scripts that exist', () => {
    const commands = runs.flatMap((run) => run.split('\n'));
    for (const line of commands) {
      for (const [, script] of line.matchAll(/npm run ([\w:-]+)/g))
        expect(Object.keys(pkg.scripts)).toContain(script);
      for (const [, file] of line.matchAll(/(?:node|bash) ((?:scripts|\.ci)\/[\w./-]+)/g))
        expect(() => accessSync(join(ROOT, file!), constants.R_OK), file).not.toThrow();
    }
    accessSync(join(ROOT, '.ci/run'), constants.X_OK);
    expect(pkg.scripts.release).toBe('node scripts/release.mjs');
  });

  it('tests, checks dist/ and the version, then releases with the package, then moves the major tag', () => {
    const at = (pattern: RegExp) => {
      const index = runs.findIndex((run) => pattern.test(run));
      expect(index, String(pattern)).toBeGreaterThanOrEqual(0);
      return index;
    };
    const order = [
      at(/^bash \.ci\/run$/),
      at(/^npm run check-dist$/),
      at(/release-ci\.mjs verify "\$TAG"/),
      at(/release-ci\.mjs notes "\$TAG" > "\$RUNNER_TEMP\/notes\.md"/),
      at(/^npm pack --pack-destination "\$RUNNER_TEMP"$/),
      at(
        /gh release create "\$TAG" [^]*--notes-file "\$RUNNER_TEMP\/notes\.md" "\$RUNNER_TEMP\/kube-pin-audit-\$\{TAG#v\}\.tgz"/,
      ),
      at(/release-ci\.mjs major "\$TAG"/),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const move = runs[order.at(-1)!]!;
    expect(move).toContain('git tag --force "$major" "$TAG^{commit}"');
    expect(move).toContain('git push --force origin "refs/tags/$major"');
  });
});

describe('npm run release and the workflow scripts, on a throwaway repository', () => {
  let dir = '';
  const script = (name: string, args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts', name), ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: throwawayGitEnv({ GITHUB_REPOSITORY: 'acme/kube-pin-audit' }),
    });
  const release = (version: string) => script('release.mjs', [version]);
  const ci = (...args: string[]) => script('release-ci.mjs', args);
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: throwawayGitEnv() }).replace(
      /\n$/,
      '',
    );
  const commit = (file: string, subject: string) => {
    writeFileSync(join(dir, file), `${subject}\n`);
    git('add', file);
    git('commit', '--quiet', '-m', subject);
  };
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpa-release-'));
    git('init', '--quiet', '--initial-branch=main');
    for (const [key, value] of [
      ['user.name', 'Release Test'],
      ['user.email', 'release@example.invalid'],
      ['commit.gpgsign', 'false'],
      ['tag.gpgsign', 'false'],
    ])
      git('config', key!, value!);
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src/tool.ts'), "export const TOOL_VERSION = '0.1.0';\n");
    // The build embeds the version, as esbuild does with src/tool.ts.
    writeFileSync(
      join(dir, 'build.mjs'),
      "import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';\n" +
        "mkdirSync('dist', { recursive: true });\n" +
        "writeFileSync('dist/cli.js', readFileSync('src/tool.ts', 'utf8'));\n",
    );
    writeFileSync(
      join(dir, 'package.json'),
      `${JSON.stringify({ name: 'demo', version: '0.1.0', scripts: { build: 'node build.mjs' } }, null, 2)}\n`,
    );
    writeFileSync(
      join(dir, 'package-lock.json'),
      `${JSON.stringify({ name: 'demo', version: '0.1.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'demo', version: '0.1.0' } } }, null, 2)}\n`,
    );
    execFileSync(process.execPath, ['build.mjs'], { cwd: dir });
    git('add', '-A');
    git('commit', '--quiet', '-m', 'Scan Terraform variable defaults');
    commit('notes.txt', 'Pre-commit hook');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a version that is not X.Y.Z, with a usage line', () => {
    for (const bad of ['1.2', 'v1.2.3-rc.1', '01.2.3', 'latest']) {
      const result = release(bad);
      expect(result.status, bad).toBe(2);
      expect(result.stderr).toContain('npm run release -- X.Y.Z');
    }
  });

  it('refuses a working tree with changes, and changes nothing', () => {
    writeFileSync(join(dir, 'notes.txt'), 'edited\n');
    const result = release('1.2.3');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the working tree has changes');
    git('checkout', '--', 'notes.txt');
    expect(JSON.parse(read('package.json')).version).toBe('0.1.0');
    expect(git('tag', '--list')).toBe('');
  });

  it('bumps every version, rebuilds dist/, commits and tags in one command', () => {
    const before = git('rev-parse', 'HEAD');
    const result = release('1.2.3');
    expect(result.stderr).not.toContain('release:');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('git push --atomic origin main v1.2.3');
    expect(JSON.parse(read('package.json')).version).toBe('1.2.3');
    const lock = JSON.parse(read('package-lock.json'));
    expect([lock.version, lock.packages[''].version]).toEqual(['1.2.3', '1.2.3']);
    expect(read('src/tool.ts')).toBe("export const TOOL_VERSION = '1.2.3';\n");
    expect(read('dist/cli.js')).toBe("export const TOOL_VERSION = '1.2.3';\n");
    expect(git('log', '-1', '--format=%s')).toBe('Release v1.2.3');
    expect(git('rev-parse', 'HEAD~1')).toBe(before);
    expect(git('diff', '--name-only', 'HEAD~1', 'HEAD').split('\n').sort()).toEqual([
      'dist/cli.js',
      'package-lock.json',
      'package.json',
      'src/tool.ts',
    ]);
    expect(git('cat-file', '-t', 'v1.2.3')).toBe('tag');
    expect(git('rev-parse', 'v1.2.3^{commit}')).toBe(git('rev-parse', 'HEAD'));
    expect(git('status', '--porcelain')).toBe('');
  });

  it('refuses a tag that exists or a version older than the last release', () => {
    expect(release('1.2.3').stderr).toContain('tag v1.2.3 already exists');
    const older = release('1.2.2');
    expect(older.status).toBe(1);
    expect(older.stderr).toContain('older than the release tag v1.2.3');
    expect(git('status', '--porcelain')).toBe('');
  });

  it('verify accepts the tagged checkout and names what disagrees otherwise', () => {
    const ok = ci('verify', 'v1.2.3');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('package.json, package-lock.json');
    git('tag', 'v1.2.9'); // tagged by hand, without the version bump
    const wrong = ci('verify', 'v1.2.9');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('package.json (1.2.3)');
    expect(wrong.stderr).toContain('src/tool.ts (1.2.3)');
    git('tag', '--delete', 'v1.2.9');
    expect(ci('verify', 'v1.2').status).toBe(2);
  });

  it('notes list the commits since the previous release, and how to pin it', () => {
    const first = ci('notes', 'v1.2.3');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(
      /^## Changes\n\n- Pre-commit hook \([0-9a-f]+\)\n- Scan Terraform/,
    );
    expect(first.stdout).not.toContain('Release v1.2.3');
    expect(first.stdout).toContain('- uses: acme/kube-pin-audit@v1.2.3');
    expect(first.stdout).toContain(`\`@${git('rev-parse', 'v1.2.3^{commit}')}\``);

    commit('fix.txt', 'Fix command');
    expect(release('1.3.0').status).toBe(0);
    const second = ci('notes', 'v1.3.0');
    expect(second.stdout).toMatch(
      /^## Changes since v1\.2\.3\n\n- Fix command \([0-9a-f]+\)\n\n## Use it/,
    );
  });

  it('major names the tag to move only for the newest release of that major', () => {
    expect(ci('major', 'v1.3.0').stdout).toBe('v1\n');
    const old = ci('major', 'v1.2.3');
    expect(old.status).toBe(0);
    expect(old.stdout).toBe('');
    expect(old.stderr).toContain('v1 stays: v1.3.0 is newer');
  });
});
