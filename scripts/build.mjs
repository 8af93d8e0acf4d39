// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild.
// `--check` builds in memory and fails when the committed dist/ differs from it.
import { build } from 'esbuild';
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { Buffer } from 'node:buffer';
import { buildPrefilterModule } from './build-wasm.mjs';

const check = process.argv.includes('--check');

// The prefilter's WebAssembly module is source the bundles import: made (or checked) first.
if (!(await buildPrefilterModule({ check }))) process.exit(1);

const result = await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts', 'scan-worker': 'src/scan-worker.ts' },
  outdir: 'dist',
  write: !check,
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
  const built = new Map(result.outputFiles.map((f) => [basename(f.path), Buffer.from(f.contents)]));
  let committed = [];
  try {
    committed = readdirSync('dist');
  } catch {
    // no dist/ at all: every built file is missing
  }
  const stale = [...new Set([...built.keys(), ...committed])].filter((name) => {
    const fresh = built.get(name);
    if (!fresh) return true;
    try {
      return !fresh.equals(readFileSync(`dist/${name}`));
    } catch {
      return true;
    }
  });
  if (stale.length) {
    console.error(
      `dist/ is stale (${stale.sort().join(', ')}): run \`npm run build\` and commit dist/`,
    );
    process.exit(1);
  }
  console.log('dist/ is up to date');
}
