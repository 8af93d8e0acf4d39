/**
 * Every setting kube-pin-audit takes, with its default: the one schema behind action inputs,
 * the config file and (for the keys it shares) the CLI. Keys are the action inputs' kebab-case.
 */
import * as z from 'zod/mini';
import { SEVERITIES } from '../data/schema.js';
import { PIN_CONTEXTS } from '../extract/types.js';
import { IGNORE_VERSION_MESSAGE, isIgnorableVersion } from '../policy/ignores.js';

export const SCOPES = ['all', 'introduced'] as const;
export const COMMENT_MODES = ['always', 'on-failure', 'never'] as const;
export const DEFAULT_CONFIG_FILE = '.github/kube-pin-audit.yml';
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
export const DEFAULT_COMMENT_TAG = 'kube-pin-audit';

/**
 * A list given as one string: comma- or newline-separated items, a YAML block list
 * (`- infra` lines) or a flow list (`[infra, clusters]`), as action inputs are written.
 */
export function splitList(text: string): string[] {
  const trimmed = text.trim();
  const body = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
  return body
    .split(/[\n,]/)
    .map((s) =>
      s
        .trim()
        .replace(/^- +/, '')
        .replace(/^(["'])(.*)\1$/, '$2'),
    )
    .filter(Boolean);
}

const list = z.pipe(
  z.union([z.string(), z.array(z.string())]),
  z.transform((v) =>
    typeof v === 'string' ? splitList(v) : v.map((s) => s.trim()).filter(Boolean),
  ),
);

const isoDay = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  // Date.parse rolls 2025-02-30 over to March; a real date survives the round trip.
  z.refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, 'must be a real date'),
);

/**
 * Settings that name a file or folder. Declare every such setting with `pathSetting`: the config
 * loader confines each one (src/config/confine.ts) before anything opens it, so a path setting
 * added later is confined by construction (test/confine.test.ts holds the list to that).
 */
export const PATH_SETTINGS = z.registry<{ use: 'read' | 'write' }>();

function pathSetting<T extends z.core.$ZodType>(use: 'read' | 'write', schema: T): T {
  PATH_SETTINGS.add(schema, { use });
  return schema;
}

const contextList = z.pipe(
  list,
  z
    .array(z.enum(PIN_CONTEXTS))
    .check(z.minLength(1, 'must name at least one context (warn-only: true fails nothing)')),
);

/** `contexts: {test: [e2e/**], deploy: [tests/prod-smoke/**]}`: globs per context. */
const contextGlobs = z.strictObject({
  deploy: z.optional(list),
  test: z.optional(list),
  catalog: z.optional(list),
  docs: z.optional(list),
});

export const IgnoreSchema = z.strictObject({
  id: z.string().check(z.minLength(1, 'must name an advisory id or alias')),
  paths: z.optional(list),
  versions: z.optional(
    z.pipe(list, z.array(z.string().check(z.refine(isIgnorableVersion, IGNORE_VERSION_MESSAGE)))),
  ),
  reason: z
    .string({ error: 'is required: say why this finding may be ignored' })
    .check(z.trim(), z.minLength(1, 'must not be empty')),
  // YAML reads an unquoted 2025-01-31 as a date; take it as the day it names.
  expires: z.optional(
    z.pipe(
      z.transform((v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
      isoDay,
    ),
  ),
});
export type IgnoreRule = z.infer<typeof IgnoreSchema>;
export const IGNORE_KEYS = Object.keys(IgnoreSchema.shape);

export const SettingsSchema = z.strictObject({
  paths: pathSetting('read', z._default(list, ['.'])),
  include: z._default(list, []),
  exclude: z._default(list, []),
  'fail-on-severity': z._default(z.enum(SEVERITIES), 'high'),
  /** Unset means: `introduced` on pull requests and merge queues, `all` elsewhere. */
  'fail-on-scope': z.optional(z.enum(SCOPES)),
  'warn-only': z._default(z.boolean(), false),
  /** Whether an advisory whose severity could not be found fails the check. */
  'fail-on-unknown-severity': z._default(z.boolean(), false),
  /** Severity of a pin on a line past its end of life, or `off`. */
  'end-of-life': z._default(z.enum([...SEVERITIES, 'off']), 'medium'),
  /** The scan date (YYYY-MM-DD) end of life and ignore expiry are judged on; unset: today. */
  date: z.optional(
    z.pipe(
      z.transform((v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
      isoDay,
    ),
  ),
  comment: z._default(z.enum(COMMENT_MODES), 'on-failure'),
  /** On a pull request: a suggested change on each line that introduces a failing pin. */
  suggestions: z._default(z.boolean(), true),
  'comment-tag': z._default(
    z
      .string()
      .check(
        z.regex(
          /^[A-Za-z0-9._/-]{1,64}$/,
          'must be 1 to 64 letters, digits, dots, dashes, underscores or slashes',
        ),
      ),
    DEFAULT_COMMENT_TAG,
  ),
  'sarif-file': pathSetting('write', z.optional(z.string().check(z.minLength(1)))),
  'report-file': pathSetting('write', z.optional(z.string().check(z.minLength(1)))),
  advisories: pathSetting('read', z._default(list, [])),
  'max-file-size': z._default(z.int().check(z.positive()), DEFAULT_MAX_FILE_SIZE),
  /** The pin contexts whose findings can fail the check. */
  'fail-on-context': z._default(contextList, ['deploy']),
  /** Globs (relative to the scan root) that set the context of the files they match. */
  contexts: z._default(contextGlobs, {}),
  ignore: z._default(z.array(IgnoreSchema), []),
});

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as (keyof Settings)[];
