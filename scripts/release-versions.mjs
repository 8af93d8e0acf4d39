// What the release scripts share: the shape of a release version and a quiet way to run git.
import { execFileSync } from 'node:child_process';

/** A release is `X.Y.Z` (no prerelease, no leading zeros); its tag is `vX.Y.Z`. */
const RELEASE = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** `1.2.3` or `v1.2.3` -> [1, 2, 3]; anything else -> null. */
export function parseRelease(text) {
  const m = RELEASE.exec(text ?? '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

export function compareReleases(a, b) {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** Runs git in `cwd` and returns its standard output without the final newline. */
export function git(cwd, ...args) {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).replace(/\n$/, '');
}

/** Every `vX.Y.Z` tag of the repository, as [tag, [X, Y, Z]]. */
export function releaseTags(cwd) {
  return git(cwd, 'tag', '--list', 'v*')
    .split('\n')
    .map((tag) => [tag, parseRelease(tag)])
    .filter(([tag, version]) => version && tag.startsWith('v'));
}

/** Where the tool states its own version (bundled code cannot read package.json). */
export const TOOL_VERSION_FILE = 'src/tool.ts';
export const TOOL_VERSION_LINE = /^export const TOOL_VERSION = '([^']*)';$/m;

/** Ends the script with a one-line reason on standard error. */
export function fail(message, code = 1) {
  console.error(`release: ${message}`);
  process.exit(code);
}
