/**
 * Turns the fixture copies under test/fixtures/refresh/ into git checkouts, laid out as
 * `npm run data:refresh -- --from DIR` expects them. Dates are fixed, so commits are too.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const refreshFixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'refresh',
);

/** Commit date of each plain checkout's single commit. */
export const CHECKOUT_DATES: Record<string, string> = {
  vulndb: '2026-08-21T09:00:00Z',
  'advisory-database': '2026-08-20T09:00:00Z',
  'endoflife.date': '2026-08-22T09:00:00Z',
  'rke2-docs': '2026-08-05T09:00:00Z',
  'k3s-docs': '2026-10-01T09:00:00Z',
};

async function git(dir: string, args: string[], date: string): Promise<string> {
  const { stdout } = await run(
    'git',
    [
      '-c',
      'user.name=fixture',
      '-c',
      'user.email=fixture@example.invalid',
      '-c',
      'commit.gpgsign=false',
      '-c',
      'tag.gpgsign=false',
      '-C',
      dir,
      ...args,
    ],
    {
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_CONFIG_GLOBAL: '/dev/null',
      },
    },
  );
  return stdout.trim();
}

async function commitAll(dir: string, date: string, message: string): Promise<string> {
  await git(dir, ['add', '-A'], date);
  await git(dir, ['commit', '-q', '--allow-empty', '-m', message], date);
  return git(dir, ['rev-parse', 'HEAD'], date);
}

export interface Upstreams {
  from: string;
  /** Folder name -> HEAD commit. */
  heads: Record<string, string>;
  /** RKE2 tag -> the commit it points at. */
  rke2Tags: Record<string, string>;
}

export async function makeUpstreams(root: string): Promise<Upstreams> {
  const from = path.join(root, 'from');
  const heads: Record<string, string> = {};
  for (const [name, date] of Object.entries(CHECKOUT_DATES)) {
    const dir = path.join(from, name);
    await cp(path.join(refreshFixtures, name), dir, { recursive: true });
    await git(dir, ['init', '-q', '-b', 'main'], date);
    heads[name] = await commitAll(dir, date, `fixture ${name}`);
  }
  // rancher/rke2: one commit per tag, each holding that tag's files.
  const rke2 = path.join(from, 'rke2');
  await mkdir(rke2, { recursive: true });
  const tagsDir = path.join(refreshFixtures, 'rke2-tags');
  const tags = JSON.parse(await readFile(path.join(tagsDir, 'tags.json'), 'utf8')) as {
    tag: string;
    date: string;
    annotated: boolean;
  }[];
  await git(rke2, ['init', '-q', '-b', 'main'], tags[0]!.date);
  const rke2Tags: Record<string, string> = {};
  for (const { tag, date, annotated } of tags) {
    for (const entry of await readdir(rke2)) {
      if (entry !== '.git') await rm(path.join(rke2, entry), { recursive: true, force: true });
    }
    await cp(path.join(tagsDir, tag), rke2, { recursive: true });
    rke2Tags[tag] = await commitAll(rke2, date, `Release ${tag}`);
    await git(rke2, annotated ? ['tag', '-a', '-m', tag, tag] : ['tag', tag], date);
  }
  heads.rke2 = await git(rke2, ['rev-parse', 'HEAD'], tags[0]!.date);
  return { from, heads, rke2Tags };
}
