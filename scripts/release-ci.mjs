// The release workflow's checks and texts, one subcommand each (run from the tagged checkout):
//   verify vX.Y.Z   the tag is HEAD and package.json, package-lock.json and src/tool.ts say X.Y.Z
//   notes vX.Y.Z    Markdown release notes: the commits since the previous release tag
//   major vX.Y.Z    prints vX when this is the newest release of major X (the tag to move), else nothing
import { existsSync, readFileSync } from 'node:fs';
import {
  TOOL_VERSION_FILE,
  TOOL_VERSION_LINE,
  compareReleases,
  fail,
  git,
  parseRelease,
  releaseTags,
} from './release-versions.mjs';

const USAGE = 'usage: node scripts/release-ci.mjs verify|notes|major vX.Y.Z';
const [command, tag, ...extra] = process.argv.slice(2);
const version = parseRelease(tag);
if (!['verify', 'notes', 'major'].includes(command) || extra.length)
  fail(`unknown arguments; ${USAGE}`, 2);
if (!version || !tag.startsWith('v')) fail(`'${tag ?? ''}' is not a release tag vX.Y.Z`, 2);
const root = process.cwd();

if (command === 'verify') verify();
if (command === 'notes') process.stdout.write(notes());
if (command === 'major') {
  const major = `v${version[0]}`;
  const newer = releaseTags(root).filter(
    ([, v]) => v[0] === version[0] && compareReleases(v, version) > 0,
  );
  if (newer.length) console.error(`${major} stays: ${newer.map(([t]) => t).join(', ')} is newer`);
  else console.log(major);
}

function verify() {
  let tagged;
  try {
    tagged = git(root, 'rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`);
  } catch {
    fail(`there is no tag ${tag}`);
  }
  if (tagged !== git(root, 'rev-parse', 'HEAD'))
    fail(`the checkout is not ${tag}: HEAD is ${git(root, 'rev-parse', '--short', 'HEAD')}`);
  const expected = version.join('.');
  const stated = [['package.json', JSON.parse(readFileSync('package.json', 'utf8')).version]];
  if (existsSync('package-lock.json')) {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    stated.push(
      ['package-lock.json', lock.version],
      ['package-lock.json packages[""]', lock.packages?.['']?.version],
    );
  }
  stated.push([
    TOOL_VERSION_FILE,
    TOOL_VERSION_LINE.exec(readFileSync(TOOL_VERSION_FILE, 'utf8'))?.[1],
  ]);
  const wrong = stated.filter(([, v]) => v !== expected);
  if (wrong.length)
    fail(
      `${tag} does not match ${wrong.map(([file, v]) => `${file} (${v ?? 'no version'})`).join(', ')}; release with \`npm run release -- ${expected}\``,
    );
  console.log(`${tag}: ${stated.map(([file]) => file).join(', ')} say ${expected}`);
}

function notes() {
  let previous = null;
  try {
    previous = git(
      root,
      'describe',
      '--tags',
      '--abbrev=0',
      '--match',
      'v[0-9]*.[0-9]*.[0-9]*',
      `${tag}^`,
    );
  } catch {
    // no earlier release tag (or no parent commit): every commit is new
  }
  const range = previous ? `${previous}..${tag}` : tag;
  const commits = git(root, 'log', '--no-merges', '--format=%h%x09%s', range)
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .filter(([, subject]) => !/^Release v\d+\.\d+\.\d+$/.test(subject));
  const repository = process.env.GITHUB_REPOSITORY || 'kube-pin-audit/kube-pin-audit';
  const sha = git(root, 'rev-parse', `${tag}^{commit}`);
  return [
    previous ? `## Changes since ${previous}` : '## Changes',
    '',
    ...(commits.length
      ? commits.map(([hash, subject]) => `- ${subject} (${hash})`)
      : ['- no changes besides the version']),
    '',
    '## Use it',
    '',
    '```yaml',
    `- uses: ${repository}@${tag}`,
    '```',
    '',
    `\`@v${version[0]}\` follows the newest ${version[0]}.x release; \`@${sha}\` is this release for good.`,
    '',
  ].join('\n');
}
