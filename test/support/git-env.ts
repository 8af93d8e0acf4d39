/**
 * The environment for git run on a throwaway repository: without the GIT_* variables a calling
 * git hook sets (GIT_DIR, GIT_INDEX_FILE...), which would point it back at this checkout.
 */
export function throwawayGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')),
  );
  return { ...env, ...extra };
}
