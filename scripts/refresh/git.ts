/**
 * Reading the upstream checkouts with git: which commit each one is at, its tags, and files at a
 * tag. Only `git` itself is run, with fixed arguments; nothing from the checkouts is executed.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export class RefreshError extends Error {}

/** Runs git in `dir` and returns standard output; a failure names the folder and the command. */
export async function git(dir: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-C', dir, ...args], {
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
    return stdout;
  } catch (err) {
    const stderr = (err as { stderr?: string }).stderr?.trim();
    throw new RefreshError(
      `${dir}: git ${args.join(' ')} failed: ${stderr || (err as Error).message}`,
    );
  }
}

export interface Head {
  commit: string;
  /** Committer date of HEAD, YYYY-MM-DD, in the committer's own time zone (as git shows it). */
  date: string;
}

export async function headOf(dir: string): Promise<Head> {
  const out = (await git(dir, ['log', '-1', '--format=%H %cI'])).trim();
  const [commit, iso] = out.split(' ');
  if (!commit || !iso) throw new RefreshError(`${dir}: cannot read HEAD (${out})`);
  return { commit, date: iso.slice(0, 10) };
}

export interface Tag {
  name: string;
  /** The commit the tag points at (annotated tags are peeled). */
  commit: string;
  /** That commit's committer date, YYYY-MM-DD, in the committer's own time zone. */
  date: string;
}

export async function tagsOf(dir: string): Promise<Tag[]> {
  const out = await git(dir, [
    'for-each-ref',
    '--format=%(refname:short)%09%(objectname)%09%(*objectname)',
    'refs/tags',
  ]);
  const tags = out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [name = '', object = '', peeled = ''] = line.split('\t');
      return { name, commit: peeled || object };
    });
  if (!tags.length) return [];
  const dates = await batch(
    dir,
    tags.map((t) => t.commit),
  );
  return tags.map((t) => {
    const text = dates.get(t.commit);
    const m = text ? /^committer .* (\d+) ([+-])(\d{2})(\d{2})$/m.exec(text) : null;
    if (!m) throw new RefreshError(`${dir}: tag ${t.name}: no commit date`);
    const offset = (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4])) * 60;
    const local = new Date((Number(m[1]) + offset) * 1000);
    return { ...t, date: local.toISOString().slice(0, 10) };
  });
}

/**
 * Reads many objects at once (`git cat-file --batch`): `rev` -> text, or no entry when the object
 * does not exist (a file missing at that tag).
 */
export function batch(dir: string, revs: string[]): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', dir, 'cat-file', '--batch'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', (err) => reject(new RefreshError(`${dir}: git cat-file: ${err.message}`)));
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new RefreshError(`${dir}: git cat-file --batch exited ${code}: ${stderr.trim()}`));
        return;
      }
      const out = Buffer.concat(chunks);
      const result = new Map<string, string>();
      let at = 0;
      for (const rev of revs) {
        const eol = out.indexOf(10, at);
        if (eol < 0) break;
        const header = out.subarray(at, eol).toString();
        at = eol + 1;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) continue;
        const size = Number(header.split(' ')[2]);
        result.set(rev, out.subarray(at, at + size).toString('utf8'));
        at += size + 1;
      }
      resolve(result);
    });
    child.stdin.end(revs.map((r) => `${r}\n`).join(''));
  });
}
