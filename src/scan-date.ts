/**
 * The scan date when neither `--date` nor the `date` input sets it: `KUBE_PIN_AUDIT_DATE`
 * (YYYY-MM-DD; to reproduce an earlier run, and how the test suite pins its date), else today
 * in UTC.
 */
import { InputError } from './errors.js';

export const SCAN_DATE_VARIABLE = 'KUBE_PIN_AUDIT_DATE';

export function defaultScanDate(env: NodeJS.ProcessEnv = process.env): string {
  const given = env[SCAN_DATE_VARIABLE];
  if (given === undefined || given === '') return new Date().toISOString().slice(0, 10);
  const t = /^\d{4}-\d{2}-\d{2}$/.test(given) ? Date.parse(`${given}T00:00:00Z`) : NaN;
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== given) {
    throw new InputError(`${SCAN_DATE_VARIABLE} must be a real date written YYYY-MM-DD`);
  }
  return given;
}
