/**
 * Action inputs as settings: only what the workflow set (an empty input is unset), converted
 * from the strings the runner passes to the types the settings schema checks.
 */
import { SETTING_KEYS } from '../config/schema.js';

/** Settings a config file holds but an input cannot (a list of objects). */
const FILE_ONLY = new Set(['ignore']);

export function inlineSettingsFromInputs(
  getInput: (name: string) => string,
): Record<string, unknown> {
  const inline: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    if (FILE_ONLY.has(key)) continue;
    const raw = getInput(key).trim();
    if (!raw) continue;
    if (key === 'warn-only') inline[key] = raw === 'true' ? true : raw === 'false' ? false : raw;
    else if (key === 'max-file-size') inline[key] = /^\d+$/.test(raw) ? Number(raw) : raw;
    else inline[key] = raw;
  }
  return inline;
}
