// `npm run release -- X.Y.Z`: sets the version in package.json, package-lock.json and
// src/tool.ts, rebuilds dist/, commits that as "Release vX.Y.Z" and tags the commit vX.Y.Z.
// Pushing the tag starts .github/workflows/release.yml, which checks and publishes the release.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  TOOL_VERSION_FILE,
  TOOL_VERSION_LINE,
  compareReleases,
  fail,
  git,
  parseRelease,
  releaseTags,
} from './release-versions.mjs';

const USAGE = 'usage: npm run release -- X.Y.Z   (for example: npm run release -- 1.2.3)';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
if (args.length !== 1) fail(`expected one version, got ${args.length}; ${USAGE}`, 2);
const next = parseRelease(args[0]);
if (!next) fail(`'${args[0]}' is not a release version X.Y.Z; ${USAGE}`, 2);
const version = next.join('.');
const tag = `v${version}`;
const root = process.cwd();

try {
  git(root, 'rev-parse', '--git-dir');
} catch {
  fail(`${root} is not a git repository`);
}
const branch = (() => {
  try {
    return git(root, 'symbolic-ref', '--quiet', '--short', 'HEAD');
  } catch {
    return fail('HEAD is detached; check out the branch to release from');
  }
})();
const dirty = git(root, 'status', '--porcelain');
if (dirty) fail(`the working tree has changes; commit or stash them first:\n${dirty}`);

const tags = releaseTags(root);
if (tags.some(([name]) => name === tag)) fail(`tag ${tag} already exists`);
const newest = tags
  .map(([, v]) => v)
  .sort(compareReleases)
  .at(-1);
if (newest && compareReleases(newest, next) > 0)
  fail(`${tag} is older than the release tag v${newest.join('.')}`);

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const current = parseRelease(pkg.version);
// Equal is allowed: the first release of the version package.json already declares.
if (current && compareReleases(next, current) < 0)
  fail(`${version} is older than package.json's version ${pkg.version}`);

const toolSource = readFileSync(TOOL_VERSION_FILE, 'utf8');
if (!TOOL_VERSION_LINE.test(toolSource))
  fail(`${TOOL_VERSION_FILE} has no line "export const TOOL_VERSION = '...';" to update`);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command, ...commandArgs) =>
  execFileSync(command, commandArgs, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });

// npm keeps package.json's and package-lock.json's own formatting.
run(npm, 'version', version, '--no-git-tag-version', '--allow-same-version');
writeFileSync(
  TOOL_VERSION_FILE,
  toolSource.replace(TOOL_VERSION_LINE, `export const TOOL_VERSION = '${version}';`),
);
// The bundles embed the version, and the release workflow checks dist/ against the source.
run(npm, 'run', 'build');

const released = ['package.json', 'package-lock.json', TOOL_VERSION_FILE, 'dist'];
git(root, 'add', '--', ...released.filter((path) => existsSync(path)));
const unexpected = git(root, 'status', '--porcelain');
const staged = git(root, 'diff', '--cached', '--name-only');
if (unexpected.split('\n').some((line) => line && line[1] !== ' '))
  fail(`the build changed files outside ${released.join(', ')}:\n${unexpected}`);
if (staged) git(root, 'commit', '--quiet', '-m', `Release ${tag}`);
git(root, 'tag', '--annotate', tag, '-m', `kube-pin-audit ${tag}`);

console.log(
  `${staged ? `Committed "Release ${tag}" and tagged` : 'Tagged'} it ${tag}. ` +
    `Publish it with:\n  git push --atomic origin ${branch} ${tag}`,
);
