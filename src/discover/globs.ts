/**
 * Glob lists as users write them in --include, --exclude and ignore `paths`: a glob without a
 * `/` matches a name in any folder (as in .gitignore); one with a `/` matches from the root.
 */
import picomatch from 'picomatch';

export function globMatcher(globs: readonly string[]): ((path: string) => boolean) | null {
  if (!globs.length) return null;
  // picomatch's own `basename` option also rewrites globs that hold a slash, so expand here.
  const expanded = globs.map((g) => (g.includes('/') ? g.replace(/^\.\//, '') : `**/${g}`));
  return picomatch(expanded, { dot: true });
}
