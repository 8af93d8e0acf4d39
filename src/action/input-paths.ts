/**
 * The paths the action's settings name, checked where they land before anything is opened. The
 * settings file's paths arrive confined and absolute (src/config/load.ts); an input's may lie
 * outside the workspace (the workflow chose it), but inside it no link is followed, and a file
 * is written only in the workspace or RUNNER_TEMP, never into `.git/`.
 */
import { checkInputPath, PathRefused, type PathUse } from '../config/confine.js';
import type { Settings } from '../config/schema.js';
import { InputError } from '../errors.js';

export type OutputKey = 'report-file' | 'sarif-file';

function checked(
  workspace: string,
  given: string,
  key: string,
  use: PathUse,
  writeBases?: string[],
): string {
  try {
    return checkInputPath(workspace, given, use, writeBases);
  } catch (error) {
    if (!(error instanceof PathRefused)) throw error;
    throw new InputError(`input '${key}' ${error.message} (got '${given}')`);
  }
}

/** The folders and files to scan, as given once checked (an error then names them so). */
export function scanPaths(settings: Settings, workspace: string): string[] {
  for (const path of settings.paths) checked(workspace, path, 'paths', 'read');
  return settings.paths;
}

/** Where the report files go, absolute; a key the settings leave unset is absent. */
export function outputPaths(
  settings: Settings,
  workspace: string,
  runnerTemp: string | undefined,
): Partial<Record<OutputKey, string>> {
  const bases = runnerTemp ? [workspace, runnerTemp] : [workspace];
  const paths: Partial<Record<OutputKey, string>> = {};
  for (const key of ['report-file', 'sarif-file'] as const) {
    const given = settings[key];
    if (given) paths[key] = checked(workspace, given, key, 'write', bases);
  }
  return paths;
}
