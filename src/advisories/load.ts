/**
 * Loads the advisory database: the project's data/ folder and any user advisory files or
 * folders. User files are validated by the schema the data build uses; a bad file stops the
 * run with exit code 2 and a message naming the file and the field.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  parseAdvisory,
  type Advisory,
  type BundleFile,
  type DataSources,
  type SupportFile,
} from '../data/schema.js';
import { InputError } from '../errors.js';
import { convertOsv, isOwnFormat } from './osv.js';
import type { BundledComponents, Database } from './types.js';

export interface LoadedDatabase {
  db: Database;
  /** Choices made for user records that left a fact out. */
  notes: string[];
}

function readJson(file: string, shownAs: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(
      `${shownAs}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${shownAs}: not valid JSON (${(error as Error).message})`);
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

function jsonFilesIn(path: string, shownAs: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError(`${shownAs}: advisory file or folder not found`);
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(path, name));
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

export function loadDatabase(dataDir: string, userPaths: string[], cwd: string): LoadedDatabase {
  const shown = (file: string) => relative(cwd, file) || file;
  const advisories = new Map<string, Advisory>();
  for (const file of jsonFilesIn(join(dataDir, 'advisories'), shown(join(dataDir, 'advisories')))) {
    const advisory = trusted<Advisory>(file, shown(file));
    advisories.set(advisory.id, advisory);
  }
  const notes: string[] = [];
  const bundled = new Set(advisories.keys());
  for (const userPath of userPaths) {
    for (const file of jsonFilesIn(resolve(cwd, userPath), userPath)) {
      const json = readJson(file, shown(file));
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
