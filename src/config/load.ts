/**
 * Settings from their three sources, each over the last: the schema's defaults, the config
 * file, then flags or action inputs. A wrong key or value stops the run (exit 2) with one line
 * naming the file, line and key, or the flag or input.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type * as z from 'zod/mini';
import { withMessages } from './messages.js';
import { InputError } from '../errors.js';
import { closestKey, describeIssue } from './errors.js';
import { PIN_CONTEXTS } from '../extract/types.js';
import { IGNORE_KEYS, SETTING_KEYS, SettingsSchema, type Settings } from './schema.js';

export interface ConfigFile {
  /** Absolute. */
  path: string;
  /** As the user should see it: relative to the working folder or workspace. */
  shownAs: string;
  values: Record<string, unknown>;
  lineOf(path: PropertyKey[]): number | null;
}

/** Reads and parses a config file; null when it does not exist and was not asked for by name. */
export function readConfigFile(
  path: string,
  shownAs: string,
  required: boolean,
): ConfigFile | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return null;
    throw new InputError(`${shownAs}: cannot read the config file (${code ?? 'error'})`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    const line = lineCounter.linePos(error.pos[0]).line;
    throw new InputError(`${shownAs}:${line}: not valid YAML (${error.message.split('\n')[0]})`, {
      file: shownAs,
      line,
    });
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new InputError(`${shownAs}:1: must be a mapping of settings (key: value)`, {
      file: shownAs,
      line: 1,
    });
  }
  return {
    // The real path, as discovery sees files, so that the scan can leave this file out.
    path: realpathSync(path),
    shownAs,
    values: (doc.toJS() ?? {}) as Record<string, unknown>,
    lineOf: (path) => lineOfPath(doc, lineCounter, path),
  };
}

function lineOfPath(doc: Document, lines: LineCounter, path: PropertyKey[]): number | null {
  for (let n = path.length; n > 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) return lines.linePos(node.range[0]).line;
    // An unknown or missing key: point at its pair within the parent mapping.
    const parent = doc.getIn(path.slice(0, n - 1) as (string | number)[], true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown })?.value === path[n - 1]);
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (range) return lines.linePos(range[0]).line;
      if (parent.range) return lines.linePos(parent.range[0]).line;
    }
  }
  return null;
}

/** ` (got 'x')` for a scalar the file set at `path`, so the message shows what was written. */
function gotValue(values: Record<string, unknown>, path: PropertyKey[]): string {
  let value: unknown = values;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? ` (got '${String(value)}')`
    : '';
}

function formatPath(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

function firstIssue(error: z.core.$ZodError): { path: PropertyKey[]; message: string } {
  return describeIssue(error.issues[0]!);
}

/** The closest valid key at that level: a setting, or a key of an `ignore` entry. */
function suggestion(path: PropertyKey[]): string {
  const valid =
    path.length === 1
      ? SETTING_KEYS
      : path[0] === 'ignore' && path.length === 3
        ? IGNORE_KEYS
        : path[0] === 'contexts' && path.length === 2
          ? PIN_CONTEXTS
          : null;
  if (!valid) return '';
  const near = closestKey(String(path[path.length - 1]), valid);
  return near ? ` (did you mean '${near}'?)` : ` (known keys: ${valid.join(', ')})`;
}

/**
 * Merges the sources. `inline` holds only what flags or inputs set; `inlineName` names one for
 * an error message (`--fail-on-severity`, `input 'fail-on-severity'`).
 */
export function resolveSettings(
  file: ConfigFile | null,
  inline: Record<string, unknown>,
  inlineName: (key: string) => string,
): Settings {
  if (file) {
    const fromFile = withMessages(SettingsSchema).safeParse(file.values);
    if (!fromFile.success) {
      const { path, message } = firstIssue(fromFile.error);
      const line = file.lineOf(path);
      const where = `${file.shownAs}${line ? `:${line}` : ''}`;
      const what =
        message === 'is not a known key'
          ? `unknown key '${formatPath(path)}'${suggestion(path)}`
          : `'${formatPath(path)}' ${message}${gotValue(file.values, path)}`;
      throw new InputError(
        `${where}: ${what}`,
        line ? { file: file.shownAs, line } : { file: file.shownAs },
      );
    }
  }
  const merged = withMessages(SettingsSchema).safeParse({ ...(file?.values ?? {}), ...inline });
  if (!merged.success) {
    const { path, message } = firstIssue(merged.error);
    const key = String(path[0]);
    const given = inline[key];
    throw new InputError(
      `${inlineName(key)} ${message}${given === undefined ? '' : ` (got '${String(given)}')`}`,
    );
  }
  return merged.data;
}
