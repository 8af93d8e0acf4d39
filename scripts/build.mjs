// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// `--check` builds into a temporary folder and fails when the committed dist/ differs.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(join(tmpdir(), 'kpa-dist-')) : 'dist';

await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  sourcesContent: false,
  legalComments: 'linked',
  logLevel: 'warning',
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __kpaCreateRequire } from 'node:module'; const require = __kpaCreateRequire(import.meta.url);",
  },
});

if (check) {
  const stale = [];
  const built = readdirSync(outdir).sort();
  let committed = [];
  try {
    committed = readdirSync('dist').sort();
  } catch {
    // no dist/ at all: every built file is missing
  }
  for (const name of new Set([...built, ...committed])) {
    let a = null;
    let b = null;
    try {
      a = readFileSync(join(outdir, name));
    } catch {
      /* missing */
    }
    try {
      b = readFileSync(join('dist', name));
    } catch {
      /* missing */
    }
    if (!a || !b || !a.equals(b)) stale.push(name);
  }
  rmSync(outdir, { recursive: true, force: true });
  if (stale.length) {
    console.error(`dist/ is stale (${stale.join(', ')}): run \`npm run build\` and commit dist/`);
    process.exit(1);
  }
  console.log('dist/ is up to date');
}
