/**
 * Every setting kube-pin-audit takes, with its default: the one schema behind action inputs,
 * the config file and (for the keys it shares) the CLI. Keys are the action inputs' kebab-case.
 */
import { z } from 'zod';
import { SEVERITIES } from '../data/schema.js';

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

const list = z
  .union([z.string(), z.array(z.string())])
  .transform((v) =>
    typeof v === 'string' ? splitList(v) : v.map((s) => s.trim()).filter(Boolean),
  );

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  // Date.parse rolls 2025-02-30 over to March; a real date survives the round trip.
  .refine((d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
  }, 'must be a real date');

export const IgnoreSchema = z
  .object({
    id: z.string().min(1, 'must name an advisory id or alias'),
    paths: list.optional(),
    versions: list.optional(),
    reason: z
      .string({ error: 'is required: say why this finding may be ignored' })
      .trim()
      .min(1, 'must not be empty'),
    // YAML reads an unquoted 2025-01-31 as a date; take it as the day it names.
    expires: z
      .preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDay)
      .optional(),
  })
  .strict();
export type IgnoreRule = z.infer<typeof IgnoreSchema>;
export const IGNORE_KEYS = Object.keys(IgnoreSchema.shape);

export const SettingsSchema = z
  .object({
    paths: list.default(['.']),
    include: list.default([]),
    exclude: list.default([]),
    'fail-on-severity': z.enum(SEVERITIES).default('high'),
    /** Unset means: `introduced` on pull requests and merge queues, `all` elsewhere. */
    'fail-on-scope': z.enum(SCOPES).optional(),
    'warn-only': z.boolean().default(false),
    comment: z.enum(COMMENT_MODES).default('on-failure'),
    'comment-tag': z
      .string()
      .regex(
        /^[A-Za-z0-9._/-]{1,64}$/,
        'must be 1 to 64 letters, digits, dots, dashes, underscores or slashes',
      )
      .default(DEFAULT_COMMENT_TAG),
    'sarif-file': z.string().min(1).optional(),
    'report-file': z.string().min(1).optional(),
    advisories: list.default([]),
    'max-file-size': z.number().int().positive().default(DEFAULT_MAX_FILE_SIZE),
    ignore: z.array(IgnoreSchema).default([]),
  })
  .strict();

export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;
export const SETTING_KEYS = Object.keys(SettingsSchema.shape) as (keyof Settings)[];
