/**
 * Loads the advisory database: the project's data/ folder and any user advisory files or
 * folders. User files are validated by the schema the data build uses; a bad file stops the
 * run with exit code 2 and a message naming the file and the field.
 */
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkInputPath, liesWithin, PathRefused } from '../config/confine.js';
import {
  parseAdvisory,
  type Advisory,
  type BundleFile,
  type DataSources,
  type SupportFile,
} from '../data/schema.js';
import { InputError } from '../errors.js';
import { describeSyntaxError, jsonSyntaxError } from '../syntax-errors.js';
import { convertOsv, isOwnFormat } from './osv.js';
import type { BundledComponents, Database } from './types.js';

export interface LoadedDatabase {
  db: Database;
  /** Choices made for user records that left a fact out. */
  notes: string[];
}

function readJson(file: string, shownAs: string, noFollow = false): unknown {
  let text: string;
  try {
    text = noFollow ? readWithoutFollowing(file) : readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(
      `${shownAs}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  // A byte order mark is how some editors begin UTF-8; JSON may ignore it, so this does.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the text; the file may not be ours to show.
    throw new InputError(
      `${shownAs}: not valid JSON at ${describeSyntaxError(jsonSyntaxError(text))}`,
    );
  }
}

/** A regular file's text, refusing a link at its last part (ELOOP) and pipes or devices. */
function readWithoutFollowing(file: string): string {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error(), { code: 'not a regular file' });
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** Schema errors become input errors: exit 2 with the file and field. */
function validated<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError((error as Error).message);
  }
}

/**
 * The `.json` files a user path names. With `noLinks` (the path lies in the repository) a link
 * among a folder's files is an error: it could lead anywhere, and leaving a file out could pass
 * a check that should fail.
 */
function jsonFilesIn(path: string, shownAs: string, noLinks = false): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(`${shownAs}: advisory file or folder not found`);
  }
  if (!stat.isDirectory()) return [path];
  const entries = readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.name.endsWith('.json'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (noLinks) {
    const link = entries.find((entry) => entry.isSymbolicLink());
    if (link) {
      throw new InputError(
        `${shownAs}/${link.name}: a symbolic link; advisory files in the repository are read only when they are not links`,
      );
    }
  }
  return entries.map((entry) => join(path, entry.name));
}

/**
 * The project's own data is read as it is: test/data.test.ts validates every committed file
 * with the same schemas, and validating them again on every run cost 24 ms of a 140 ms start.
 * User advisory files are always validated.
 */
function trusted<T>(file: string, shownAs: string): T {
  return readJson(file, shownAs) as T;
}

function loadBundles(file: string, shownAs: string): Map<string, BundledComponents> {
  const bundle = trusted<BundleFile>(file, shownAs);
  return new Map(
    Object.entries(bundle.releases).map(([release, r]) => [
      release,
      {
        kubernetes: r.kubernetes,
        containerd: r.containerd,
        runc: r.runc,
        etcd: r.etcd,
        containerd_windows: r.containerd_windows ?? null,
        date: r.date,
      },
    ]),
  );
}

/**
 * `repositoryRoot`: the folder whose content is the repository's (the workspace, or the scan root
 * of a settings file found there). A user path inside it is read through no link.
 */
export function loadDatabase(
  dataDir: string,
  userPaths: string[],
  cwd: string,
  repositoryRoot?: string,
): LoadedDatabase {
  const shown = (file: string) => relative(cwd, file) || file;
  const advisories = new Map<string, Advisory>();
  for (const file of jsonFilesIn(join(dataDir, 'advisories'), shown(join(dataDir, 'advisories')))) {
    const advisory = trusted<Advisory>(file, shown(file));
    advisories.set(advisory.id, advisory);
  }
  const notes: string[] = [];
  const bundled = new Set(advisories.keys());
  for (const userPath of userPaths) {
    const absolute = resolve(cwd, userPath);
    const inRepository =
      repositoryRoot !== undefined && liesWithin(resolve(repositoryRoot), absolute);
    if (inRepository) {
      try {
        checkInputPath(repositoryRoot, absolute, 'read');
      } catch (error) {
        if (!(error instanceof PathRefused)) throw error;
        throw new InputError(`${shown(absolute)}: ${error.message}`);
      }
    }
    for (const file of jsonFilesIn(absolute, shown(absolute), inRepository)) {
      const json = readJson(file, shown(file), inRepository);
      let advisory: Advisory;
      if (isOwnFormat(json)) {
        advisory = validated(() => parseAdvisory(json, shown(file)));
      } else {
        const converted = validated(() => convertOsv(json, shown(file)));
        advisory = converted.advisory;
        notes.push(...converted.notes);
      }
      if (bundled.has(advisory.id)) {
        notes.push(`${shown(file)}: replaces the bundled advisory ${advisory.id}`);
      }
      advisories.set(advisory.id, advisory);
    }
  }
  return {
    db: {
      advisories: [...advisories.values()],
      bundles: {
        rke2: loadBundles(
          join(dataDir, 'bundles', 'rke2.json'),
          shown(join(dataDir, 'bundles', 'rke2.json')),
        ),
        k3s: loadBundles(
          join(dataDir, 'bundles', 'k3s.json'),
          shown(join(dataDir, 'bundles', 'k3s.json')),
        ),
      },
      support: trusted<SupportFile>(
        join(dataDir, 'support.json'),
        shown(join(dataDir, 'support.json')),
      ).lines,
      sources: trusted<DataSources>(
        join(dataDir, 'sources.json'),
        shown(join(dataDir, 'sources.json')),
      ),
    },
    notes,
  };
}
