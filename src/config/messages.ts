/**
 * zod/mini, chosen over zod's classic API because it is a tenth of the size (the classic API
 * cost 31 ms of each start, its bundle being parsed and its classes built), carries no error
 * messages until a locale is configured. The first schema use configures English.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

let configured = false;

/** Returns the schema, English error messages configured. */
export function withMessages<T>(schema: T): T {
  if (!configured) {
    config(en());
    configured = true;
  }
  return schema;
}
