/**
 * Action inputs as settings: only what the workflow set (an empty input is unset), converted
 * from the strings the runner passes to the types the settings schema checks.
 */
import { parse } from 'yaml';
import { SETTING_KEYS } from '../config/schema.js';

/** Settings a config file holds but an input cannot (a list of objects). */
const FILE_ONLY = new Set(['ignore']);

/** An input as the runner passes it: `INPUT_<NAME>` in the step's environment, hyphens kept. */
export function inputReader(env: NodeJS.ProcessEnv): (name: string) => string {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function inlineSettingsFromInputs(
  getInput: (name: string) => string,
): Record<string, unknown> {
  const inline: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    if (FILE_ONLY.has(key)) continue;
    const raw = getInput(key).trim();
    if (!raw) continue;
    // YAML 1.2 core booleans, as @actions/core's getBooleanInput reads them.
    if (key === 'warn-only' || key === 'suggestions' || key === 'fail-on-unknown-severity') {
      inline[key] = /^(?:true|True|TRUE)$/.test(raw)
        ? true
        : /^(?:false|False|FALSE)$/.test(raw)
          ? false
          : raw;
    } else if (key === 'max-file-size') inline[key] = /^\d+$/.test(raw) ? Number(raw) : raw;
    else if (key === 'contexts') inline[key] = yamlMapping(raw);
    else inline[key] = raw;
  }
  return inline;
}

/**
 * A mapping input written as YAML (`contexts: |` then `test: [e2e/**]` lines); anything else is
 * passed on as written, for the settings schema to refuse by name.
 */
function yamlMapping(raw: string): unknown {
  try {
    const value: unknown = parse(raw);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : raw;
  } catch {
    return raw;
  }
}
