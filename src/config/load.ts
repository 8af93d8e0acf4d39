/**
 * Settings from their three sources, each over the last: the schema's defaults, the config
 * file, then flags or action inputs. A wrong key or value stops the run (exit 2) with one line
 * naming the file, line and key, or the flag or input.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type * as z from 'zod/mini';
import { withMessages } from './messages.js';
import { InputError } from '../errors.js';
import { closestKey, describeIssue } from './errors.js';
import { yamlSyntaxError } from '../syntax-errors.js';
import { confineSettingPath, liesWithin, PathRefused } from './confine.js';
import {
  IGNORE_KEYS,
  PATH_SETTINGS,
  SETTING_KEYS,
  SettingsSchema,
  type Settings,
} from './schema.js';
import { PIN_CONTEXTS } from '../extract/types.js';

export interface ConfigFile {
  /** Absolute. */
  path: string;
  /** As the user should see it: relative to the working folder or workspace. */
  shownAs: string;
  values: Record<string, unknown>;
  lineOf(path: PropertyKey[]): number | null;
}

/**
 * Reads and parses a config file; null when it does not exist and was not asked for by name.
 * Inside the `confinement` root (the workspace, or the scan root of a tree the user may not
 * trust) the file is the repository's: it is read only when no link leads to it.
 */
export function readConfigFile(
  path: string,
  shownAs: string,
  required: boolean,
  confinement?: Confinement,
): ConfigFile | null {
  let text: string;
  try {
    if (confinement && liesWithin(resolve(confinement.root), path)) {
      const rel = relative(resolve(confinement.root), path);
      confineSettingPath(confinement.root, rel, 'read', confinement.rootName);
    }
    text = readRegularFile(path);
  } catch (error) {
    if (error instanceof PathRefused) {
      if (error.missing && !required) return null;
      throw new InputError(`${shownAs}: settings file ${error.message}`, { file: shownAs });
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return null;
    throw new InputError(`${shownAs}: cannot read the config file (${code ?? 'error'})`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    // The reason from the error's code: its message may quote the file.
    const at = yamlSyntaxError(doc.errors[0]!, lineCounter);
    throw new InputError(`${shownAs}:${at.line}:${at.column}: not valid YAML (${at.reason})`, {
      file: shownAs,
      line: at.line,
    });
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new InputError(`${shownAs}:1: must be a mapping of settings (key: value)`, {
      file: shownAs,
      line: 1,
    });
  }
  let values: Record<string, unknown>;
  try {
    values = (doc.toJS() ?? {}) as Record<string, unknown>;
  } catch {
    // yaml refuses aliases that expand past its limit (a billion laughs).
    throw new InputError(`${shownAs}: too many YAML aliases to expand`, { file: shownAs });
  }
  return {
    // The real path, as discovery sees files, so that the scan can leave this file out.
    path: realpathSync(path),
    shownAs,
    values,
    lineOf: (path) => lineOfPath(doc, lineCounter, path),
  };
}

/** The text of a regular file, never through a link at its last part, never a pipe or device. */
function readRegularFile(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    if (!fstatSync(fd).isFile()) {
      throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
    }
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
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

/** Where the paths a settings file names must stay, and how to name that place to a reader. */
export interface Confinement {
  root: string;
  rootName: string;
}

/**
 * Merges the sources. `inline` holds only what flags or inputs set; `inlineName` names one for
 * an error message (`--fail-on-severity`, `input 'fail-on-severity'`). With `confinement`, every
 * path setting the file holds is checked to stay inside the root and becomes absolute; without,
 * the file is the user's own and its paths are taken as written.
 */
export function resolveSettings(
  file: ConfigFile | null,
  inline: Record<string, unknown>,
  inlineName: (key: string) => string,
  confinement?: Confinement,
): Settings {
  let fileValues = file?.values ?? {};
  if (file) {
    const fromFile = withMessages(SettingsSchema).safeParse(file.values);
    if (!fromFile.success) {
      const { path, message } = firstIssue(fromFile.error);
      const what =
        message === 'is not a known key'
          ? `unknown key '${formatPath(path)}'${suggestion(path)}`
          : `'${formatPath(path)}' ${message}${gotValue(file.values, path)}`;
      throw fileError(file, path, what);
    }
    if (confinement) fileValues = confinedValues(file, fromFile.data, confinement);
  }
  const merged = withMessages(SettingsSchema).safeParse({ ...fileValues, ...inline });
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

function fileError(file: ConfigFile, path: PropertyKey[], what: string): InputError {
  const line = file.lineOf(path);
  return new InputError(
    `${file.shownAs}${line ? `:${line}` : ''}: ${what}`,
    line ? { file: file.shownAs, line } : { file: file.shownAs },
  );
}

/** The file's values with each path setting it holds confined and made absolute. */
function confinedValues(
  file: ConfigFile,
  parsed: Settings,
  { root, rootName }: Confinement,
): Record<string, unknown> {
  const values = { ...file.values };
  for (const key of SETTING_KEYS) {
    const path = PATH_SETTINGS.get(SettingsSchema.shape[key]);
    if (!path || file.values[key] === undefined) continue;
    const given = parsed[key] as string | string[];
    const confine = (item: string, at: PropertyKey[]) => {
      try {
        return confineSettingPath(root, item, path.use, rootName);
      } catch (error) {
        if (!(error instanceof PathRefused)) throw error;
        throw fileError(file, at, `'${key}' ${error.message} (got '${item}')`);
      }
    };
    // A list written as a YAML list points at its item's line; a comma string at the key's.
    const itemPath = (i: number) => (Array.isArray(file.values[key]) ? [key, i] : [key]);
    values[key] = Array.isArray(given)
      ? given.map((item, i) => confine(item, itemPath(i)))
      : confine(given, [key]);
  }
  return values;
}
